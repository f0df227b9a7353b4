"""Stage 7b, quarters the gazetteer lacks. Reads: `doc.hits` (gap, cue), the names the unresolved stage
listed, `doc.clauses`. Adds to a clause that names no place the city a recorded quarter is part of
(data/gazetteer_missing.csv, column `city`), when the quarter is named with its cue word: في حي ركن الدين
شمال العاصمة، ويعيش حي الوعر مأساة، clashes in the Al-Meshleb neighbourhood. The city, named as a city,
carries its quarter's events (one incident where the sentence names it too: وفي مدينة الحسكة، ... بحي
غويران), and the quarter stays listed as not mapped. Without its cue the name may be a word (في تشرين
الأول، القصور الرئاسية). A city that a sentence telling a period's toll names itself was left out by the
stages before for that reason (spec, "Counts": a place named only with such a toll is no incident), and its
quarter does not bring it back (وكان حي الجورة في مدينة دير الزور ... شهد الأسبوع الفائت 3 مجازر)."""
from __future__ import annotations

from core.extract.doc import PlaceMention


def run(doc) -> None:
    cities = doc.eng.quarter_cities
    quarters = [h for h in doc.hits["gap"] if h.value in cities]
    if not quarters:
        return
    after, before = _cue_sides(doc)
    named = {(doc.clauses[doc.tok_clause[h.first]].sentence, h.value.id) for h in doc.hits["place"]}
    for h in quarters:
        c, city = doc.clauses[doc.tok_clause[h.first]], cities[h.value]
        if not c.places and (h.first in after or h.last in before) and _listed(doc, h) \
                and not (c.sentence in doc.period_tolls and (c.sentence, city.id) in named):
            c.places.append(PlaceMention(city, h.first, h.last, h.cut, city.level, h.first, -1 - h.first, False))


def _cue_sides(doc) -> tuple[set, set]:
    """Where a name its cue word names starts (right after the cue: حي الوعر، بحي غويران، the neighbourhood
    of) and, in English, where it ends (the Al-Meshleb neighbourhood: at the cue)."""
    tokens, n, cues = doc.tokens, len(doc.tokens), doc.hits["cue"]
    after = {h.last + (h.last < n and tokens[h.last].key == "of") for h in cues}
    before = {h.first for h in cues} if doc.eng.lang != "ar" else set()
    return after, before


def _listed(doc, h) -> bool:
    """The unresolved stage listed the quarter's name as not mapped (a one-word name only where a
    place must stand: after its cue or a preposition of place), alone or inside a longer name."""
    s, e = doc.span(h.first, h.last)
    return any(a <= s + h.cut and e <= b for a, b in doc.state.unresolved_around(s + h.cut, e))
