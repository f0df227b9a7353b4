"""Stage 7b, quarters the gazetteer lacks. Reads: `doc.hits` (gap), the names the unresolved stage
listed, `doc.clauses`. Adds to a clause that names no place the city a recorded quarter is part of
(data/gazetteer_missing.csv, column `city`), as named with its city cue: في حي ركن الدين شمال العاصمة،
ويعيش حي الوعر مأساة، clashes in the Al-Meshleb neighbourhood: the city carries its quarter's events
(its one incident where the sentence names it too: وفي مدينة الحسكة، ... بحي غويران), and the quarter
stays listed as not mapped."""
from __future__ import annotations

from core.extract.doc import PlaceMention


def run(doc) -> None:
    cities = doc.eng.quarter_cities
    for h in doc.hits["gap"]:
        city = cities.get(h.value)
        if city is None:
            continue
        c = doc.clauses[doc.tok_clause[h.first]]
        if not c.places and _listed(doc, h):
            c.places.append(PlaceMention(city, h.first, h.last, h.cut, city.level, h.first, -1 - h.first, False))


def _listed(doc, h) -> bool:
    """The unresolved stage listed the quarter's name as not mapped (a one-word name only where a
    place must stand: after its cue or a preposition of place), alone or inside a longer name."""
    s, e = doc.span(h.first, h.last)
    return any(a <= s + h.cut and e <= b for a, b in doc.state.unresolved_around(s + h.cut, e))
