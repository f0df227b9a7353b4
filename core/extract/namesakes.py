"""Names the gazetteer knows only far from where a report is: every namesake of a village or town
lies in a governorate that none of the report's other places lies in, far from them all (الأسدية of
al-Hasakah among Idlib villages, المرج of Aleppo beside Zabadani, عين التينة of Latakia in a Quneitra
report; in English too: Qahtaniya near Quneitra, Tal al_Samn in a Raqqa report, both only Hasakah's in the
gazetteer). The place meant is one the gazetteer lacks: it is listed as not mapped, not put on the map
far away. Asked by the place mentions stage (`mentions.run`) once every mention of a run is read."""
from __future__ import annotations

from collections import Counter, defaultdict

from core.extract.state import km
from core.extract.wide_areas import drop_from
from core.places import is_coarse, same_governorate

_OUTNUMBERED = 3
"""Mentions of the run's other places, at least this many and this many times the name's own, before
they say where the run is: a report on two places far apart names each once, and both stay."""
_NEAR_KM = 100
"""A namesake this close to another place of the run may be the one meant, across a governorate line."""


def drop_far_namesakes(doc) -> None:
    """Each incident place with no namesake in a governorate of the run's other places, nor near one,
    goes to the unresolved names; its clause keeps its facts for the places left (or none). A name cued
    as a city (مدينة كوباني) is a large place the gazetteer has, wherever it lies."""
    named = [m.entry for m in doc.mentions if m.entry.level != "country" and m.entry.governorate]
    places = {e.id: e for e in named}
    times = Counter(e.id for e in named)
    by_gov: dict[str, set[str]] = defaultdict(set)
    for e in named:
        by_gov[e.governorate].add(e.id)
    for c in doc.clauses:
        far = [pm for pm in c.places if not is_coarse(pm.entry) and pm.cue != "city" and _far(pm, places, times, by_gov)]
        for pm in far:
            s, e = doc.span(pm.first, pm.last)
            doc.state.note_unresolved(doc.full, s + pm.cut, e)  # والأسدية: the name without its و
        drop_from(c, far)


def _far(pm, places: dict, times: Counter, by_gov: dict) -> bool:
    """No namesake of `pm` lies in a governorate where the run's other places lie, nor near one of them,
    and those places are named far more often. `places`: {id: entry} of the run's places; `times`:
    {id: mentions}; `by_gov`: {governorate: their ids}."""
    namesakes = (pm.entry, *pm.candidates)
    names = {e.id for e in namesakes}
    own = sum(times[i] for i in names)
    others = sum(times.values()) - own
    if others < _OUTNUMBERED * max(1, own):
        return False
    if any(same_governorate(e.governorate, g) and ids - names for e in namesakes for g, ids in by_gov.items()):
        return False
    return not any(km(e, o) <= _NEAR_KM for e in namesakes for i, o in places.items() if i not in names)
