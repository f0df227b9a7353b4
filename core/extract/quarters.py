"""Stage 7b, quarters the gazetteer lacks. Reads: `doc.hits` (gap), the names the unresolved stage
listed, `doc.clauses`. Adds to a clause that names no place the city a recorded quarter is part of
(data/gazetteer_missing.csv, column `city`), unless its sentence names that city (وفي مدينة الحسكة، ... بحي
غويران): في حي ركن الدين شمال العاصمة، ويعيش حي الوعر مأساة: the city carries its quarter's events, and the
quarter stays listed as not mapped."""
from __future__ import annotations

from collections import defaultdict

from core.extract.doc import PlaceMention


def run(doc) -> None:
    cities = doc.eng.quarter_cities
    quarters = [(h, cities[h.value]) for h in doc.hits["gap"] if h.value in cities]
    if not quarters:
        return
    named: dict[int, set] = defaultdict(set)
    for c in doc.clauses:
        named[c.sentence].update(pm.entry.id for pm in c.places)
    for h, city in quarters:
        c = doc.clauses[doc.tok_clause[h.first]]
        if not c.places and city.id not in named[c.sentence] and _listed(doc, h):
            c.places.append(PlaceMention(city, h.first, h.last, h.cut, None, None, -1 - h.first, False))
            named[c.sentence].add(city.id)


def _listed(doc, h) -> bool:
    """The unresolved stage listed the quarter's name as not mapped (a one-word name only where a
    place must stand: after its cue or a preposition of place), alone or inside a longer name."""
    s, e = doc.span(h.first, h.last)
    return any(a <= s + h.cut and e <= b for a, b in doc.state.unresolved_around(s + h.cut, e))
