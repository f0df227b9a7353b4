"""Names the gazetteer knows only far from where a report is: every namesake of a village or town
lies in a governorate that none of the report's other places lies in (النيرب of Aleppo in a report on
Idlib villages, الأسدية of al-Hasakah among Idlib's, المرج of Aleppo beside Zabadani). The place meant
is one the gazetteer lacks: it is listed as not mapped, not put on the map far away. Asked by the
place mentions stage (`mentions.run`) once every mention of a run is read."""
from __future__ import annotations

from core.extract.state import km
from core.extract.wide_areas import drop_from
from core.places import is_coarse, same_governorate

_OTHERS = 1
"""Other places (distinct entries) a run must name before its governorates say where it is."""
_NEAR_KM = 100
"""A namesake this close to another place of the run may be the one meant, across a governorate line."""


def drop_far_namesakes(doc) -> None:
    """Each incident place with no namesake in a governorate of the run's other places, nor near one,
    goes to the unresolved names; its clause keeps its facts for the places left (or none). A name cued
    as a city (مدينة كوباني) is a large place the gazetteer has, wherever it lies."""
    if doc.eng.lang != "ar":
        return
    for c in doc.clauses:
        far = [pm for pm in c.places if not is_coarse(pm.entry) and pm.cue != "city" and _far(doc, pm)]
        for pm in far:
            s, e = doc.span(pm.first, pm.last)
            doc.state.note_unresolved(doc.full, s + pm.cut, e)  # والأسدية: the name without its و
        drop_from(c, far)


def _far(doc, pm) -> bool:
    """No namesake of `pm` lies in a governorate where the run's other places lie."""
    namesakes = (pm.entry, *pm.candidates)
    names = {e.id for e in namesakes}
    others = {m.entry.id: m.entry for m in doc.mentions
              if m.entry.id not in names and m.entry.level != "country" and m.entry.governorate}
    if len(others) < _OTHERS:
        return False
    govs = {o.governorate for o in others.values()}
    return not any(same_governorate(e.governorate, g) for e in namesakes for g in govs) \
        and not any(km(e, o) <= _NEAR_KM for e in namesakes for o in others.values())
