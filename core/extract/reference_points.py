"""Constructions that make a named place a reference point for where something happened, not the
place hit (issue 12): asked by the place-mention stage (`mentions`) of each mention it keeps."""
from __future__ import annotations

from core.extract import place_rules, wide_areas

_SETTLEMENTS = frozenset({"village"})
"""Levels of a cue word that may follow a vicinity word (محيط قرية فركيا); not a town's or a city's,
whose surroundings are their outskirts (في محيط مدينة عفرين، سقطت قذيفة في محيط بلدة جديدة عرطوز, as
the hand-coded reports tests/reports/ar code them), nor an area's (في محيط منطقة جرمانا ويلدا)."""
_AROUND_LEVELS = _SETTLEMENTS | {"any"}
"""Levels of a cue that opens with a vicinity word (ومحيط البوابية)."""


def _vicinity_word(doc, t: int) -> bool:
    return 0 <= t and any(stem in doc.eng.vicinities for _, stem in doc.tokens[t].variants)


def vicinity(doc, pm, opener=None) -> bool:
    """قصف على محيط قرية فركيا، ومحيط البوابية: a place named after a word for its surroundings
    (`vicinity` in function_words.csv), alone or with a village's cue word, is named for what happened
    around it. English: the list `pm` is in (its first member `opener`) opens right after "vicinity of"."""
    if doc.eng.lang == "en":
        t = opener.first if opener is not None else pm.first
        return pm.cue in (None, *_SETTLEMENTS) and t > 1 and doc.tokens[t - 1].key == "of" and _vicinity_word(doc, t - 2)
    if pm.cue_first is None:
        return pm.first > 0 and doc.tokens[pm.first].joined and _vicinity_word(doc, pm.first - 1)
    t = pm.cue_first
    return pm.cue in _AROUND_LEVELS and _vicinity_word(doc, t) \
        or pm.cue in _SETTLEMENTS and t > 0 and doc.tokens[t].joined and _vicinity_word(doc, t - 1)


def _toll(doc, ci: int) -> bool:
    """The clause, or the placeless clause after it in its sentence, counts casualties (عمالاً في حقول الزيتون
    بمحيط الأتارب، ما أدى إلى إصابة ثلاثة أشخاص)."""
    clauses = doc.clauses
    told = [clauses[ci]] + [c for c in clauses[ci + 1:ci + 2] if c.sentence == clauses[ci].sentence and not c.places]
    return any((m.count.best or m.count.low or 0) > 0 for c in told for m in c.counts)


def drop_vicinities(doc) -> None:
    """قصف جوي على محيط قرية فركيا; اشتباكات على محاور في محيط مزرعة حطين: a place named only for its
    vicinity is a reference point, no incident place; its clause, left with no place, keeps its facts
    unmapped. A place the body names elsewhere too as a place hit is where the attack around it was (عمالاً في
    حقول الزيتون بمحيط الأتارب after مدينة الأتارب; not one named only in the title or as a reference point,
    strikes near the capital Damascus ... positions in the vicinity of Damascus ... the town of Dimas), and so
    is one whose vicinity has a toll of its own: the best point there is for it."""
    openers: dict[int, object] = {}
    for pm in doc.mentions:
        if pm.list_id not in openers or pm.first < openers[pm.list_id].first:
            openers[pm.list_id] = pm
    around = [pm for pm in doc.mentions if vicinity(doc, pm, openers[pm.list_id])]
    if not around:
        return
    ids = {id(pm) for pm in around}
    clauses = doc.clauses
    elsewhere = {pm.entry.id for c in clauses if c.paragraph not in doc.headlines
                 for pm in c.places if id(pm) not in ids}
    for pm in around:
        ci = doc.tok_clause[pm.first]
        if pm.entry.id not in elsewhere and pm in clauses[ci].places and not _toll(doc, ci):
            wide_areas.drop_from(clauses[ci], [pm])


_DASHES = frozenset("-–—")


def drop_road_ends(doc) -> None:
    """والطريق الدولي حلب – دمشق، قطع طريق رأس العين – الدرباسية: the towns a road is named after (a road
    word, `road` in function_words.csv, then two names joined by a dash) are its ends, not where the
    road was hit; they are no incident places there."""
    if doc.eng.lang != "ar" or not doc.eng.roads:
        return
    ends = sorted(doc.mentions, key=lambda m: m.first)
    for a, b in zip(ends, ends[1:]):
        if b.first != a.last or doc.gap(b.first).strip() not in _DASHES or not _after_road(doc, a.first):
            continue
        for pm in (a, b):
            c = doc.clauses[doc.tok_clause[pm.first]]
            if pm in c.places:
                wide_areas.drop_from(c, [pm])


def _after_road(doc, t: int) -> bool:
    """A road word stands right before token `t`, or before one adjective (الطريق الدولي حلب)."""
    tokens = doc.tokens
    for k in (t - 1, t - 2):
        if k >= 0 and any(stem in doc.eng.roads for _, stem in tokens[k].variants):
            return k == t - 1 or tokens[t - 1].text.startswith("ال")
    return False


def city_of_unknown_quarter(doc, w, start: int) -> bool:
    """على حي الوعر غربي حمص، في حي ركن الدين شمال العاصمة: a compass word right after a quarter the
    gazetteer lacks (its cue, then one or two unknown words) says which part of the city the quarter is
    in; the city, which carries the quarter's events, is no reference point."""
    if doc.eng.lang != "ar":
        return False
    f = w.direction_first.get(start)
    if f is None:
        return False
    for name_start in (f - 1, f - 2):
        cue = w.cue_by_last.get(name_start)
        if cue is not None and cue.value == "neighbourhood":
            return not any(t in w.place_at for t in range(name_start, f))
    return False


def near_named(doc, near_ends: set[int], cue, pm: PlaceMention) -> bool:
    """in the village of Tokhar, during an offensive ... near the city of Manbij; the last opposition-held
    district near the capital Damascus: a place named with its cue word right after 'near', in a sentence
    that has named a place or a place word before, is a reference point for it, even with other words
    between them (alone, near X is the best point there is). Arabic (`_near_word_before`) asks for a place
    word before in the clause, its place hits being many common words (بجروح; في أرض زراعية قرب مدينة
    الطبقة: Tabqa) and a region opening the sentence its scope (وفي ريف الرقة الشمالي، ... قرب بلدة عين عيسى)."""
    near = _near_word_before(doc, near_ends, pm) if doc.eng.lang == "ar" \
        else place_rules.reference_ahead(doc, near_ends, cue, pm)
    if near is None:
        return False
    clauses, ci = doc.clauses, doc.tok_clause[pm.first]
    while ci > 0 and clauses[ci - 1].sentence == clauses[ci].sentence and doc.eng.lang != "ar":
        ci -= 1
    kinds = ("cue",) if doc.eng.lang == "ar" else ("cue", "place")
    named = {h.last for k in kinds for h in doc.hits[k] if clauses[ci].first <= h.first < near}
    return bool(named)


def _near_word_before(doc, near_ends: set[int], pm: PlaceMention) -> int | None:
    """على المناطق التي تسيطر عليها المعارضة بالقرب من العاصمة السورية دمشق، ومناطق حراجية قرب مدينة إدلب:
    where a near word ends right before the place word naming `pm`, with one adjective between them or
    none; else None (قرب سرغايا, a bare name, is the best point there is)."""
    tokens, cues = doc.tokens, doc.starts_in("cue")
    if pm.cue_first is not None and pm.cue_first < pm.first:
        return pm.cue_first if pm.cue_first in near_ends else None
    t = pm.first - 2
    if t in near_ends and t in cues and tokens[t + 1].text.startswith("ال") and tokens[t + 1].joined \
            and tokens[pm.first].joined:
        return t
    return None
