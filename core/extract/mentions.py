"""Stage 5, place mentions. Reads: `doc.hits` (place, cue, not_place, locative, direction and every
kind that blocks a name), `doc.clauses`, the running scope in `doc.state`. Adds: each clause's
`places` (the mentions that are where something happened, not reference points, datelines, the
area a place is in, or a repeat in brackets), `scope_area`, `doc.mentions` (every place named),
`doc.place_hits`, `doc.blocked`, `doc.locatives`, `doc.near_last`, `doc.foreign_ends`, `doc.far_names`;
names the gazetteer lacks in a list or after a cue, or knows only far from where the report puts them
(`far_homonyms`), are listed as unresolved."""
from __future__ import annotations

from collections import defaultdict

from core.arabic import name_key
from core.extract import (city_frames, context_places, far_homonyms, lists, place_rules, protests, reference_points,
                          regions, wide_areas)
from core.extract.doc import PlaceMention
from core.extract.lookup import ARTICLE_PREFIX
from core.places import choose, contains, fits_cue, is_coarse, same_governorate, sets_scope
from core.tokens import quote_opens

_DISTRICT_WORDS = frozenset({"district", "districts"})
"""A city quarter in these reports, but before a name with no quarter of that name, the unit named
after a town (Rajo district, Harem district)."""
_BLOCKERS = ("type", "actor", "casualty", "quantity", "not_place", "break", "generic", "massacre", "locative",
             "victim", "common")
"""Hit kinds whose words are no place name without a cue."""


def _adjective(tokens, h, cue_by_last) -> bool:
    """A compass word with the article describes the noun before it (المدخل الجنوبي لمدينة يبرود, the
    town's southern entrance): the place after it is where the event was, not a reference point;
    unless that noun is an area's (الريف الشمالي لمدينة الرقة: the countryside, not the city)."""
    area = cue_by_last.get(h.first)
    return tokens[h.first].text[h.cut:].startswith("ال") and not (area is not None and area.value == "region")


def _quote_opens(doc, t: int) -> bool:
    """A quote mark opens token `t` (جمعة «حمص تناديكم»): the words after it are a title."""
    return quote_opens(doc.tokens, doc.norm.text, t)


class _Walk:
    """Lookups of one run and the state carried from one mention to the next."""

    def __init__(self, doc):
        tokens, by_kind = doc.tokens, doc.hits
        self.cue_by_last = {h.last: h for h in by_kind["cue"]}
        self.cue_by_first = {h.first: h for h in by_kind["cue"]}
        self.cue_words = {t for h in by_kind["cue"] for t in range(h.first, h.last)}
        self.not_places = defaultdict(list)
        for h in by_kind["not_place"]:
            for t in range(h.first, h.last):
                self.not_places[t].append(h)
        self.locative_last = {h.last for h in by_kind["locative"]}
        self.common = {(h.first, h.last) for h in by_kind["common"]}
        directions = by_kind["direction"]
        self.direction_last = {h.last for h in directions if not h.value and not _adjective(tokens, h, self.cue_by_last)}
        self.direction_first = {h.last: h.first for h in directions if not h.value}
        self.source_last = {h.last + (h.last < len(tokens) and tokens[h.last].key in context_places.BEFORE_NAME)
                            for h in directions if h.value == "source"}
        self.source_last |= {h.last for h in directions if h.value == "quoted" and _quote_opens(doc, h.last)}
        self.near_last = {h.last + (h.last < len(tokens) and tokens[h.last].key == "the"): h.first
                          for h in directions if h.value == "after_place"}
        self.between_first = {h.last for h in directions if h.value == "second"}
        self.near_ends = {h.last for h in directions if h.value == "after_place"}
        self.gap_ends = {h.last for h in by_kind["gap"]} if doc.eng.lang == "ar" else set()
        """Ends of names the gazetteer is known to lack (في اللجاة قرب درعا: near makes Daraa a reference;
        English keeps the town near one, around Dahiyat al-Assad near Darayya, as its expectations code it)."""
        self.place_at = {p[0]: p for p in doc.place_hits}
        self.hit_ends = {h.last for k in ("type", "actor", "locative", "victim", "casualty", "quantity", "direction")
                         for h in by_kind[k] if not (k == "casualty" and h.value[0] == "person")}
        self.event_starts = sorted(h.first for k in ("type", "actor", "casualty", "quantity") for h in by_kind[k])
        self.source_lists: set[int] = set()
        self.foreign_ends: set[int] = set()
        self.scope_sentence = -1
        self.heading = False
        self.dropped: tuple[int, str] | None = None
        self.list_id = 0
        self.prev: PlaceMention | None = None


def run(doc) -> None:
    doc.blocked = blocked_spans(doc.hits)
    cues = {h.first for h in doc.hits["cue"]}
    doc.place_hits = _without_name_heads(doc, _longest_places(doc.hits["place"], cues), doc.hits, doc.blocked)
    doc.place_hits = context_places.city_parts_of_districts(doc, doc.place_hits)
    doc.locatives = doc.hits["locative"]
    far_homonyms.by_locating_phrase(doc)
    doc.start_area = doc.state.scope.area
    walk = _Walk(doc)
    for first, last, cut, entries, _ in doc.place_hits:
        if doc.eng.lang == "ar" and last - first == 1 and place_rules.article_differs(doc.tokens[first], cut, entries):
            cue = place_rules.cue_for(doc, first, last, walk.cue_by_last, walk.cue_by_first)
            if cue is None:
                continue
        _mention(doc, walk, first, last, cut, entries)
    doc.near_last, doc.foreign_ends = walk.near_last, walk.foreign_ends
    city_frames.drop(doc)
    context_places.drop_facility_areas(doc)
    wide_areas.drop_frames(doc)
    far_homonyms.by_other_places(doc)
    far_homonyms.by_recorded_gap(doc)
    reference_points.drop_vicinities(doc)
    reference_points.drop_road_ends(doc)
    context_places.drop_fighters_homes(doc)
    context_places.drop_speakers(doc)
    protests.drop_sites(doc)
    place_rules.mark_coordinated_targets(doc)
    area = doc.start_area
    for c in doc.clauses:
        area = c.scope_area = c.scope_area or area


def blocked_spans(by_kind) -> dict[int, int]:
    """{token: length of the longest blocking hit over it}."""
    blockers = [h for k in _BLOCKERS for h in by_kind[k]]
    spans: dict[int, int] = dict.fromkeys((h.first for h in blockers if h.last - h.first == 1), 1)
    get = spans.get
    for h in blockers:
        n = h.last - h.first
        if n > 1:
            for t in range(h.first, h.last):
                if get(t, 0) < n:
                    spans[t] = n
    return spans


def _mention(doc, w: _Walk, first: int, last: int, cut: int, entries: list) -> None:
    """One place name found at tokens [first, last): choose its entry, then place it."""
    c = doc.clauses[doc.tok_clause[first]]
    cue, cue_level, start, in_list = _cue_and_list(doc, w, first, last)
    blocked = doc.blocked and max(doc.blocked.get(t, 0) for t in range(first, last)) >= last - first
    if blocked and (not cue_level or cue is None and lists.new_clause_after_comma(doc, start)
                    or (cue_level == "any" or context_places.plural_after(doc, cue, last)) and (first, last) in w.common
                    or any(h.first <= first and last <= h.last for h in w.not_places.get(first, ()))):
        return  # a cue does not make a country or an organisation a place (the Syrian desert), nor محيط مدرسة a village
    prev, scope = w.prev, doc.state.scope
    before = prev.entry if prev is not None and doc.clauses[doc.tok_clause[prev.first]].sentence == c.sentence else None
    entry, cue_level = _entry(doc, c, cue, cue_level, first, last, entries, before)
    if (town := far_homonyms.town_for(doc, first, last)) is not None:
        _unresolved(doc, first, last)
        entry, entries = town, [town]  # Qantarah, five kilometers from Latakia: not the Qantara of Hama
    own = doc.eng.governorates.get(doc.tokens[last - 1].key)
    if entry is None or place_rules.quarter_of_another_city(entry, scope, cue.value if cue is not None else None,
                                                            before, own, cue_level):
        return
    ambiguous = _in_scope(doc, w, c, cue, cue_level, in_list, entry, first, last, cut, entries)
    if ambiguous is None or entry.level == "country":
        return
    if doc.eng.lang == "ar" and not (cue_level or in_list or is_coarse(entry)
                                     or place_rules.licensed(doc, first, cut, c, w.hit_ends)):
        return
    pm = PlaceMention(entry, first, last, cut, cue_level, cue.first if cue is not None else None,
                      w.list_id, ambiguous, candidates=tuple(entries))
    if prev is not None and not contains(entry, prev.entry) and doc.tok_clause[prev.first] == doc.tok_clause[first] \
            and place_rules.locates(doc, prev, start):
        wider = [e for e in entries if e.level in ("governorate", "region") and place_rules.surrounds(doc, e, prev.entry)]
        if wider:
            pm.entry = wider[0]  # Azaz, Aleppo: the governorate, not the city
        elif is_coarse(entry) and not (cue is not None and cue.phrase in place_rules.PAIR_CUES):
            place_rules.rechoose(doc, prev, entry, doc.clauses[doc.tok_clause[prev.first]], scope)
    doc.mentions.append(pm)
    tokens = doc.tokens
    if prev is not None and doc.norm.text[tokens[prev.last - 1].end:tokens[start].start].strip() == "(":
        return  # Kfar Nubl (Kafranbel): the same place spelt again
    _place(doc, w, c, pm, cue, start, in_list)


def _cue_and_list(doc, w: _Walk, first: int, last: int) -> tuple:
    """(cue hit, cue level, first token with the cue, whether the mention continues a list); a
    list member takes the cue of the list."""
    tok_clause, prev, dropped = doc.tok_clause, w.prev, w.dropped
    cue = place_rules.cue_for(doc, first, last, w.cue_by_last, w.cue_by_first)
    cue_level = cue.value if cue is not None else None
    start = min(first, cue.first) if cue is not None else first
    in_list = prev is not None and tok_clause[prev.first] == tok_clause[first] \
        and lists.continues_list(doc, prev.last, start)
    if in_list:
        cue_level = cue_level or prev.cue
    elif dropped is not None and tok_clause[dropped[0]] == tok_clause[first] \
            and lists.continues_list(doc, dropped[0], start):
        cue_level = cue_level or dropped[1]
        w.list_id += 1
    else:
        w.list_id += 1
    w.dropped = None
    if not in_list and first in doc.list_of:
        in_list, cue_level = _through_unknown(doc, w, first, cue_level)
    return cue, cue_level, start, in_list


def _through_unknown(doc, w: _Walk, first: int, cue_level) -> tuple[bool, str | None]:
    """A member of a list that went on past a name the gazetteer lacks (`lists.arabic_lists`):
    in the list of the member before it, under the cue that opened the list."""
    opens = doc.list_of[first]
    prev = w.prev
    if prev is not None and doc.list_of.get(prev.first) == opens:
        w.list_id -= 1
        return True, cue_level or prev.cue
    cue = w.cue_by_last.get(opens)
    return True, cue_level or (cue.value if cue is not None and place_rules.cue_introduces(doc, cue) else None)


def _entry(doc, c, cue, cue_level, first: int, last: int, entries: list, before=None) -> tuple:
    """(the entry that fits the cue, the scope and the place named `before` it in its sentence, the cue
    level as read); no entry for a quarter cue before a name the gazetteer has no quarter of (listed
    as unresolved)."""
    region = regions.countryside_of(doc, first, cue, entries)
    if region is not None:
        return region, "region"
    pool = [e for e in entries if fits_cue(e, cue_level)]
    if not pool and cue_level == "governorate":
        pool = [g for g in {doc.eng.governorates.get(name_key(e.name_ar)) for e in entries} if g is not None]
    tokens = doc.tokens
    adjacent = cue is not None and (cue.last == first and tokens[first].joined
                                    or cue.first == last and tokens[last].joined)
    if not pool and adjacent and cue_level == "neighbourhood" and cue.phrase in place_rules.QUARTERS_OF:
        pool = [e for e in entries if e.level in ("city", "town")]
        cue_level = "any" if pool else cue_level
    if not pool and adjacent and cue_level == "neighbourhood" and cue.phrase in _DISTRICT_WORDS:
        pool = [e for e in entries if e.level in ("district", "subdistrict")]
        cue_level = "district" if pool else cue_level  # Afrin's Rajo district: the unit, no quarter
    if not pool and (adjacent or cue is None and last - first == 1 and _joined_by_and(doc, first)) \
            and cue_level == "neighbourhood":
        _unresolved(doc, first, last)
        c.unmapped = True
        return None, cue_level
    return choose(pool or entries, doc.state.scope, cue_level, before), cue_level


def _joined_by_and(doc, first: int) -> bool:
    """والإسماعيلية / and Nozha: a one-word list member right after its conjunction, which takes the list's
    quarter cue (أحياء حلب الجديدة وباب الفرج والإسماعيلية; the neighbourhoods of al-Zahra and Nozha)."""
    tok = doc.tokens[first]
    if doc.eng.lang == "ar":
        return tok.text.startswith("و") and tok.variants[-1][0] > 0
    return first > 0 and doc.tokens[first - 1].key in doc.eng.conjunctions


def _unresolved(doc, first: int, last: int) -> None:
    """List the name at tokens [first, last) as one the gazetteer lacks (والإسماعيلية: without its و)."""
    s, e = doc.span(first, last)
    doc.state.note_unresolved(doc.full, s + (doc.eng.lang == "ar" and _joined_by_and(doc, first)), e)


def _in_scope(doc, w: _Walk, c, cue, cue_level, in_list, entry, first, last, cut, entries) -> bool | None:
    """Whether the mention is ambiguous (a name that is also a word, kept by its scope), or None
    when it is dropped: outside the governorate its sentence opened with, an ambiguous name with
    nothing to hold it, a cued quarter or homonym of another governorate (listed as unresolved)."""
    scope = doc.state.scope
    if (w.scope_sentence == c.sentence or w.heading) and scope.governorate and not same_governorate(entry.governorate, scope.governorate) \
            and not is_coarse(entry) and not any(same_governorate(e.governorate, scope.governorate) for e in entries) \
            and not place_rules.located_by_next(doc, w.place_at, last, entry):
        if cue_level:
            _unresolved(doc, first, last)
            w.dropped = (last, cue_level)
            c.unmapped = True
        return None
    kind = getattr(entry, "ambiguous", "")
    ambiguous = bool(kind) and cue_level in (None, "any", "suburb") and not (kind == "word" and doc.eng.lang != "ar")
    if ambiguous:
        loc = first in w.locative_last or cut > 0 and doc.tokens[first].text[:cut][-1] in "بل"
        if not ((loc or in_list) and scope.governorate and entry.governorate == scope.governorate):
            if cue is not None:
                _unresolved(doc, first, last)
            return None
    elif (kind or entry.level == "neighbourhood") and cue is not None and not is_coarse(entry) \
            and (home := scope.governorate or (scope.dateline if kind else None)) \
            and not any(same_governorate(e.governorate, home) for e in entries) \
            and not place_rules.located_by_next(doc, w.place_at, last, entry):
        _unresolved(doc, first, last)  # مخيم الكرامة in an Idlib report, حي الحميدية in Deir ez-Zor
        c.unmapped = True
        w.foreign_ends.add(last)
        return None
    return ambiguous


def _place(doc, w: _Walk, c, pm: PlaceMention, cue, start: int, in_list: bool) -> None:
    """Where a kept mention goes: a dateline or a place fire came from is no incident place, a
    place that only says where the one before is (or a reference point) qualifies it; any other
    is one of its clause's places. Cities and areas re-scope what follows."""
    tokens, tok_clause, prev, scope = doc.tokens, doc.tok_clause, w.prev, doc.state.scope
    pm.opener = place_rules.opens_clause(doc, start, pm.cut, c)
    pm.area = pm.opener and cue is not None and cue.phrase in place_rules.AREA_CUES
    dateline = pm.opener and place_rules.dateline(doc, pm, c)
    if dateline or start in w.source_last or in_list and w.list_id in w.source_lists \
            or context_places.source_ahead(doc, w.source_last, w.cue_words, start, pm.last):
        w.source_lists.add(w.list_id)
    elif start in w.direction_last and not reference_points.city_of_unknown_quarter(doc, w, start) \
            or place_rules.reference_ahead(doc, w.direction_last, cue, pm) is not None \
            or place_rules.attributive(doc, pm) or context_places.region_after_comma(doc, prev, pm, cue, start) \
            or w.near_last.get(start) in w.gap_ends \
            or reference_points.near_named(doc, w.near_ends, cue, pm) or prev is not None and (
                               place_rules.qualifies(doc, prev, pm, start) or
                               place_rules.area_around(doc, prev, pm, start, cue) or
                               w.near_last.get(start) == prev.last and tok_clause[prev.first] == tok_clause[pm.first] or
                               prev.first in w.between_first and start > 0 and tokens[start - 1].key == "and"
                               and start - prev.last <= 4 or
                               place_rules.apposition(doc, prev, pm, tok_clause, w.event_starts)):
        pass
    else:
        c.places.append(pm)
        if prev is not None and prev.last == start and tokens[prev.last - 1].text.endswith("'s") and prev in c.places:
            c.places.remove(prev)  # Afrin's Rajo district: the possessive only says where Rajo is
    w.prev = pm
    if dateline:
        scope.dateline = pm.entry.governorate
    elif sets_scope(pm.entry):
        scope.enter(pm.entry)
        if pm.opener:
            w.scope_sentence = c.sentence
            w.heading = regions.heading(doc, pm)
    c.scope_area = scope.area
    c.cue_tokens.append((pm.first, pm.last, "place"))


def _without_name_heads(doc, place_hits: list[tuple], by_kind, blocked: dict[int, int]) -> list[tuple]:
    """Kafr Nowhere, Tell Something, قرية تل النعيمة, قرية كفر جالس: a match ending on the head
    of a two-word name (written bare, without ال), followed by a word no lexicon knows, is a
    longer name the gazetteer lacks, not the place matched (al-Kafr, التل, قرية الكفر). In
    English the capital says the next word belongs to the name even when it alone spells a
    place (Kafr Jales is not Jallas; Bab al-Taqa is not al-Bab), and a place after a capitalised
    head ends a longer name (Abu Dali, Qalet al-Tal); a one-word place before Abdel, bin... begins
    a person's name (Rami Abdel Rahman), before Highway, Road, Street a road's (Khanasser Highway), before
    Hospital, Mosque a building's (Nabd al Hayat Hospital, al Shefaa Hospital)."""
    tokens, heads, n = doc.tokens, doc.eng.compound_heads, len(doc.tokens)
    if doc.eng.lang == "ar":
        place_hits = _without_tails(doc, place_hits)
        suspects = [p for p in place_hits if p[1] < n and tokens[p[1]].joined
                    and tokens[p[1] - 1].text[p[2] if p[1] - p[0] == 1 else 0:] in heads]
    else:
        particles, covered = doc.eng.name_particles, {t for p in place_hits for t in range(p[0], p[1])}
        suspects = [p for p in place_hits if p[1] < n and tokens[p[1]].joined and (
            tokens[p[1]].upper and tokens[p[1]].key in particles
            or p[1] - p[0] == 1 and tokens[p[0]].text.removeprefix("al-") in heads
            and (tokens[p[1]].upper or ARTICLE_PREFIX.match(tokens[p[1]].text)))]
        inner = [p for p in place_hits if p[0] > 0 and tokens[p[0]].joined and p[0] - 1 not in covered
                 and tokens[p[0] - 1].upper and (tokens[p[0] - 1].key in heads or tokens[p[0] - 1].key in
                                                 doc.eng.name_tails and not _named_area(p))]
        glued = context_places.glued_names(doc, place_hits, covered)
        suspects, inner = suspects + glued[0], inner + glued[1]
        if not suspects and not inner:
            return place_hits
        drop = {t for p in suspects for t in (p[0], p[1])} | {p[0] for p in inner}
        return [p for p in place_hits if p[0] not in drop]
    if not suspects:
        return place_hits
    known = set(blocked)
    for kind in ("place", "cue", "direction", "anaphor"):
        for h in by_kind[kind]:
            known.update(range(h.first, h.last))
    drop = {p[0] for p in suspects if p[1] not in known}
    return [p for p in place_hits if p[0] not in drop]


_NAMED_AREAS = frozenset({"country", "governorate", "region", "district", "city"})
"""Levels whose names a compass word after them describes (حلب الشرقية, eastern Aleppo), not lengthens."""


def _without_tails(doc, place_hits: list[tuple]) -> list[tuple]:
    """الغارية الغربية، زيزون الجديدة: a town or village name followed by a word that makes it
    another place (`name_tail` in function_words.csv) is a longer name the gazetteer lacks, not the
    place matched (listed unresolved by the unresolved stage after a cue); in English the word comes
    first (the Eastern Gharya: `_without_name_heads`)."""
    tokens, tails, n = doc.tokens, doc.eng.name_tails, len(doc.tokens)
    return [p for p in place_hits if not (p[1] < n and tokens[p[1]].joined and tokens[p[1]].key in tails
                                          and not _named_area(p))]


def _named_area(place_hit: tuple) -> bool:
    return any(e.level in _NAMED_AREAS for e in place_hit[3])


def _longest_places(hits: list, cues: set[int]) -> list[tuple]:
    """Place mentions, longest first, one per span, all candidate entries kept together; of two as
    long, one that does not open on a cue word (قرية كفر بطيخ: كفر بطيخ, not قرية الكفر), then the leftmost."""
    by_span: dict[tuple, dict] = {}
    meta: dict[tuple, tuple] = {}
    for h in hits:
        k = (h.first, h.last)
        entries = by_span.get(k)
        if entries is None:
            by_span[k] = {h.value.id: h.value}
            meta[k] = (h.cut, h.phrase)
            continue
        entries.setdefault(h.value.id, h.value)
        if h.cut < meta[k][0]:
            meta[k] = (h.cut, h.phrase)
    chosen, used = [], set()
    for (first, last) in sorted(by_span, key=lambda k: (k[0] - k[1], k[0] in cues, k[0])):
        if not used.isdisjoint(range(first, last)):
            continue
        used.update(range(first, last))
        cut, phrase = meta[(first, last)]
        chosen.append((first, last, cut, list(by_span[(first, last)].values()), phrase))
    return sorted(chosen)
