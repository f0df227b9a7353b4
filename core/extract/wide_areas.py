"""Areas named only as the frame of an incident's place or of a toll, not as where it happened: a
sentence summing up a day by governorate, governorates a toll is shared out over (معظمهم في), a region or
governorate around places the report names inside it, a list of the countrysides or provinces a campaign
spans, the areas of a campaign whose losses keep rising, a wide area after a name the gazetteer lacks. Asked by the place mentions stage (`mentions.run`) once every mention of a run is
placed, and by assembly (`assemble.run`) for the areas after names the unresolved stage listed; each
drops such areas from their clause's places."""
from __future__ import annotations

from collections import defaultdict

from core.arabic import name_key
from core.extract import place_rules
from core.places import contains, is_coarse


def drop_frames(doc) -> None:
    """Every rule of this module, in order."""
    drop_governorate_lists(doc)
    drop_spread_lists(doc)
    drop_regions_around_places(doc)
    drop_period_frames(doc)
    drop_trend_frames(doc)
    drop_title_frames(doc)
    drop_untold_title_places(doc)


_TOLL_LIST = 3
"""Governorates named in one sentence from which on they are a toll or a summary by governorate."""


def drop_governorate_lists(doc) -> None:
    """43 قتيلاً بينهم 20 في دمشق وريفها، و9 في درعا، و5 في حلب / خاصة في حلب وإدلب وحمص / in
    Idlib, Hama and Aleppo: a sentence naming three governorates (or their capitals) sums up a
    day by governorate; they are no incident places, and their clauses keep their facts. A governorate's
    whole countryside counts as that governorate (قصفت أحياء حلب وريفها ودمشق وريف درعا ودير الزور)."""
    govs, by_sentence = doc.eng.governorates, defaultdict(list)
    for c in doc.clauses:
        by_sentence[c.sentence].append(c)
    for clauses in by_sentence.values():
        if sum(len(c.places) for c in clauses) < _TOLL_LIST:
            continue
        named = [(c, pm) for c in clauses for pm in c.places if _governorate_named(pm.entry) in govs]
        if len({_governorate_named(pm.entry) for _, pm in named}) < _TOLL_LIST:
            continue
        for c in clauses:
            drop_from(c, [pm for x, pm in named if x is c])


def _governorate_named(entry) -> str:
    """The key of the governorate a place's name names: its own (حلب، دمشق), or for a governorate's
    whole countryside (ريف درعا) that governorate's."""
    if entry.level == "region" and entry.name_ar.startswith("ريف "):
        return name_key(entry.name_ar[4:])
    return name_key(entry.name_ar)


_AROUND = frozenset({"region", "governorate"})
"""Areas that give way to the places inside them when named without figures of their own."""


def drop_regions_around_places(doc) -> None:
    """قصف على قرى وبلدات ريف حلب الغربي ... في بلدة أبين; بقصف على مدن وبلدات في محافظة إدلب ... جسر الشغور:
    a region or governorate named in a clause without figures of its own, in a text whose incident
    places lie inside it, only says where they are; its clause's facts go with the places before. A
    governorate is no place inside its countryside (Al- Suwaydaa Province: ... the countryside of al- Suwaydaa).
    A fight told there (فيما تتواصل المعارك ... في عدة محاور بريف حلب الشمالي) is the region's, not its towns':
    a clause left with no place keeps it unmapped (`drop_from`)."""
    under = _places_under(doc)
    for c in doc.clauses:
        if c.counts:
            continue
        gone = [pm for pm in c.places if pm.entry.level in _AROUND and _around_places(pm.entry, under)]
        if gone:
            if c.types == {"clashes"}:
                drop_from(c, gone)
            ids = {id(pm) for pm in gone}
            c.places[:] = [pm for pm in c.places if id(pm) not in ids]


def _places_under(doc) -> dict[tuple, dict]:
    """{("parent", id) or ("governorate", key): {id: entry} of the text's incident places with that
    parent or in that governorate}: where `contains` finds the places inside a region or governorate,
    so each area asks about a few entries, not every place of the text."""
    under: dict[tuple, dict] = defaultdict(dict)
    for c in doc.clauses:
        for pm in c.places:
            e = pm.entry
            under[("parent", getattr(e, "parent_id", None))].setdefault(e.id, e)
            under[("governorate", e.governorate)].setdefault(e.id, e)
    return under


def _around_places(area, under: dict) -> bool:
    """Some incident place of the text lies inside `area` (a region or governorate), a governorate
    being none inside a region."""
    for key in (("parent", area.id), ("governorate", area.governorate)):
        if any(contains(area, e) and not (area.level == "region" and e.level == "governorate")
               for e in under.get(key, {}).values()):
            return True
    return False


def drop_spread_lists(doc) -> None:
    """على مدن وبلدات ريفي إدلب وحلب، بأرياف حلب وإدلب ومنطقة سهل الغاب، in the two provinces of Raqqa and
    Aleppo, across Idleb and western Aleppo: a list opened by a dual or plural area word (`spread` in
    function_words.csv) or a preposition of spread before an area names the
    wide area a campaign or a toll spans; its members are no incident places, and their clauses keep
    their facts (no place before takes them), unless the list only says where the places named right
    before it are (`_locates_places_before`): then the places take the clause's facts."""
    spreads, tokens = doc.eng.spreads, doc.tokens
    openers = [pm for c in doc.clauses for pm in c.places if pm.cue_first is not None
               and any(k in spreads for _, k in tokens[pm.cue_first].variants)]
    lists = {pm.list_id for pm in openers} | {pm.list_id for c in doc.clauses for pm in _across(doc, c)}
    if not lists:
        return
    locating = {pm.list_id for pm in openers if _locates_places_before(doc, pm.cue_first)}
    for c in doc.clauses:
        gone = [pm for pm in c.places if pm.list_id in lists]
        if gone and all(pm.list_id in locating for pm in gone):
            c.places[:] = [pm for pm in c.places if pm.list_id not in lists]
        else:
            drop_from(c, gone)


_TELLING = ("type", "casualty", "quantity", "actor")
"""Hit kinds that tell an event: between a list of places and the countrysides after it, they part the two."""


def _locates_places_before(doc, t: int) -> bool:
    """قرى ” جب الدم، جب الحمرة، يلاني، وعون دادات” بريفي منبج والباب لقصف مكثف; مناطق دير سنبل ومعارة
    النعسان في ريفي إدلب الجنوبي والشرقي: a spread word (token `t`) after ب or في, right after the places
    of its sentence (nothing that tells an event between), says where those places are: the attack its
    clause tells goes to them, not left unmapped as a campaign's (على مناطق “خفض التصعيد” بريفي إدلب وحلب)."""
    tokens = doc.tokens
    located = any(k in doc.eng.spreads and tokens[t].text[:cut].endswith("ب") for cut, k in tokens[t].variants) \
        or t > 0 and tokens[t - 1].key == "في"
    sentence = doc.clauses[doc.tok_clause[t]].sentence
    before = [m for m in doc.mentions if m.last <= t and doc.clauses[doc.tok_clause[m.first]].sentence == sentence]
    if not located or not before:
        return False
    last = max(before, key=lambda m: m.last)
    if is_coarse(last.entry):
        return False
    return not any(last.last <= h.first < t for k in _TELLING for h in doc.hits[k])


def _across(doc, c) -> list:
    """intensified across Idleb and western Aleppo; 133 شخصا قتلوا ... معظمهم في ريف دمشق ودير الزور: governorates
    and regions right after a preposition of spread, or after a word for most of a toll and its link (`spread`
    in function_words.csv: across, throughout, معظمهم), and those joined to them by "and" or a comma (a compass
    word may open one), open such a list too."""
    tokens, spreads, out = doc.tokens, doc.eng.spreads, []
    for pm in c.places:
        start = pm.first if pm.cue_first is None else min(pm.first, pm.cue_first)
        start -= start > 0 and tokens[start - 1].key in doc.eng.compass
        before = tokens[start - 1].key if start > 0 else ""
        spread = before in spreads or before in doc.eng.links and start > 1 and tokens[start - 2].key in spreads
        if is_coarse(pm.entry) and (spread or out and out[-1].last >= start - 1
                                    and (before in doc.eng.conjunctions or doc.gap(start).strip() == ",")):
            out.append(pm)
    return out


def drop_period_frames(doc) -> None:
    """ومنذ توقيع الاتفاق حتى اللحظة، سجل في العاصمة دمشق سقوط مئات القذائف ... أودت بحياة عشرات المدنيين;
    1700 قتيل في الغوطة الشرقية منذ وقف إطلاق النار; اشتباكات ... منذ عدة سنوات ... كما فعلت في حلب ودير الزور:
    an area (a city, a governorate, a region) named in a sentence that tells a toll or a fight over a period
    (an aggregate cue; the counts stage leaves out its counts) frames that period; it is no incident place."""
    for c in doc.clauses:
        if c.sentence in doc.period_tolls:
            drop_from(c, [pm for pm in c.places if is_coarse(pm.entry)])


def drop_trend_frames(doc) -> None:
    """مع استمرار العمليات العسكرية ... في إدلب تتصاعد بشكل يومي حصيلة الضحايا / الخسائر ... تتزايد مع استمرار
    القصف والغارات الجوية في قصف إدلب: a sentence telling losses that keep rising (function_words role `trend`)
    as a campaign goes on (role `continuation`) sums up the campaign; the areas it names (a city, a governorate,
    a region) frame it, no incident place."""
    trends, goes_on = doc.eng.trends, doc.eng.continuations
    if not trends or not goes_on:
        return
    rising, going = set(), set()
    for k, t in enumerate(doc.tokens):
        keys = {v for _, v in t.variants}
        sentence = doc.clauses[doc.tok_clause[k]].sentence
        if keys & trends:
            rising.add(sentence)
        if keys & goes_on:
            going.add(sentence)
    for c in doc.clauses:
        if c.sentence in rising and c.sentence in going:
            drop_from(c, [pm for pm in c.places if is_coarse(pm.entry)])


def drop_from(c, gone: list) -> None:
    """Take `gone` out of the clause's places; a clause left with none keeps its facts unmapped (no
    place before takes them)."""
    for pm in gone:
        c.places.remove(pm)
    c.unmapped = c.unmapped or bool(gone) and not c.places


def drop_title_frames(doc) -> None:
    """Civilian killed ... in explosion in Syria's Hasakah / ... in the village of al-Humur east of
    Hasakah: a city or area of a title that the body names only to locate another place (a reference
    point, a dateline) frames that place; it is no incident of the title (English: Arabic titles name the
    city the body's quarters and villages belong to, مدينة حمص)."""
    headlines = doc.headlines
    if doc.eng.lang == "ar" or not headlines:
        return
    placed = {name_key(m.entry.name_ar) for c in doc.clauses if c.paragraph not in headlines for m in c.places}
    named = {name_key(m.entry.name_ar) for m in doc.mentions
             if doc.clauses[doc.tok_clause[m.first]].paragraph not in headlines}
    for c in doc.clauses:
        if c.paragraph not in headlines:
            continue
        drop_from(c, [pm for pm in c.places if pm.entry.level in _FRAMES
                      and (key := name_key(pm.entry.name_ar)) in named and key not in placed])


_FRAMES = frozenset({"city", "governorate", "region"})
"""Levels of a title's place that the body may name only as a reference point."""


_WIDE = frozenset({"region", "governorate", "district"})
"""Areas too wide to stand for a place the gazetteer lacks named right before them (a city does: the
Old City of Damascus is mapped at Damascus)."""


def drop_after_unknown_parts(doc) -> None:
    """بلدة المطب في ريف الرقة الشمالي: a wide area right after a name the gazetteer lacks only says where
    that place is; so does a governorate or district the text names elsewhere that holds that area (a
    frame of the place, `_frames_unknown`). Asked once the unresolved stage has listed the names the
    gazetteer lacks."""
    located = [pm.entry for pm in doc.mentions if pm.entry.level in _WIDE and place_rules.after_unknown_part(doc, pm)]
    for c in doc.clauses:
        drop_from(c, [pm for pm in c.places if pm.entry.level in _WIDE and place_rules.after_unknown_part(doc, pm)
                      or _frames_unknown(pm.entry, located)])


_FRAMING = frozenset({"governorate", "district"})
"""Areas wider than the best point a text gives for a place the gazetteer lacks (its countryside)."""


def _frames_unknown(entry, located: list) -> bool:
    """غارات ... على محافظة الرقة ... على بلدة المطب في ريف الرقة الشمالي; القصف على منطقة عفرين ... قرية جلبرة
    الواقعة في ريف عفرين: a governorate or district that is, or holds, the area a name the gazetteer lacks is
    located in names where that place's attack was, not a place of its own (a countryside named alone,
    بريف القنيطرة, stays the best point there is)."""
    return entry.level in _FRAMING and any(entry.id == a.id or contains(entry, a) for a in located)


def drop_untold_title_places(doc) -> None:
    """استشهاد 5 أشخاص بالقذائف الصاروخية على القنيطرة وحلب / طائرات الجيش تقصف حلب.. وقوات النظام تدك حي
    التضامن: of the places a title names, those the body never names (by any namesake, nor a place inside
    them), while it tells of another, belong to a part of the story not given; they are no incident places."""
    headlines = doc.headlines
    if not headlines:
        return
    titled = [(c, pm) for c in doc.clauses if c.paragraph in headlines for pm in c.places]
    named = {m.entry.id for m in doc.mentions if doc.clauses[doc.tok_clause[m.first]].paragraph in headlines}
    body = [m.entry for m in doc.mentions if doc.clauses[doc.tok_clause[m.first]].paragraph not in headlines]
    if not titled or len(named) < 2 or not body:
        return
    ids, names = {e.id for e in body}, {name_key(e.name_ar) for e in body}
    untold = [(c, pm) for c, pm in titled if pm.entry.id not in ids and name_key(pm.entry.name_ar) not in names
              and not any(contains(pm.entry, e) for e in body)]
    if len(untold) < len(titled):
        for c, pm in untold:
            drop_from(c, [pm])



def own_countrysides(doc, cs) -> list:
    """أكثر من 50 شهيدا ... لهجوم داعش على مدينة السويداء وريفها: the governorates of a sentence whose
    places are all cities it names, once at least, with their own countryside right after them
    (function_words.csv `own_countryside`); none when one place is not."""
    places = [pm for c in cs for pm in c.places]
    own = {pm.entry.id: pm.entry for pm in places if pm.entry.level == "city" and pm.last < len(doc.tokens)
           and any(k in doc.eng.own_countrysides for _, k in doc.tokens[pm.last].variants)}
    if not own or any(pm.entry.id not in own for pm in places):
        return []
    return [g for g in doc.eng.governorates.values() if any(g.governorate == e.governorate for e in own.values())]
