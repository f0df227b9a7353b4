"""Briefing frames: which incidents share a panel. Incidents far apart (Aleppo and Eastern Ghouta)
get one panel each, with a locator map of Syria, instead of one frame where both are specks.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from core.gazetteer import km
from core.model import Incident

LINK_KM = 40      # incidents closer than this (through a chain of neighbours) share a panel
APART_KM = 120    # clusters closer than this stay in one frame
MAX_PANELS = 3
SYRIA_VIEW = ((32.2, 35.5), (37.45, 42.5))  # the locator's frame: Syria and its borders


def clusters(incidents: Sequence[Incident], link_km: float = LINK_KM) -> list[list[Incident]]:
    """Groups of incidents linked by neighbours closer than `link_km` (single linkage), the
    heaviest group first."""
    from core.style import weight

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    points = sorted({(i.place.lat, i.place.lon) for i in incidents})
    index = {p: n for n, p in enumerate(points)}
    parent = list(range(len(points)))
    reach = link_km / 111  # degrees of latitude; of longitude at least as many
    for a, (la, lo) in enumerate(points):
        for b in range(a + 1, len(points)):
            lb, lob = points[b]
            if lb - la > reach:
                break
            if abs(lob - lo) > 2 * reach or root(a) == root(b):
                continue
            if km(la, lo, lb, lob) < link_km:
                parent[root(a)] = root(b)
    groups: dict[int, list[Incident]] = {}
    for i in incidents:
        groups.setdefault(root(index[(i.place.lat, i.place.lon)]), []).append(i)
    return sorted(groups.values(), key=lambda g: (-sum(weight(i) for i in g), -len(g)))


def gap_km(a: Sequence[Incident], b: Sequence[Incident]) -> float:
    """The shortest distance between two groups of incidents."""
    return min(km(i.place.lat, i.place.lon, j.place.lat, j.place.lon) for i in a for j in b)


def panels(incidents: Sequence[Incident]) -> list[list[Incident]]:
    """The incidents of each briefing panel: one per group when 2 to MAX_PANELS groups lie at
    least APART_KM from one another, else one panel of them all; panels ordered north to south."""
    groups = clusters(incidents)
    if not 2 <= len(groups) <= MAX_PANELS or len(incidents) > 2000:
        return [list(incidents)]
    if any(gap_km(a, b) < APART_KM for n, a in enumerate(groups) for b in groups[n + 1:]):
        return [list(incidents)]
    return sorted(groups, key=lambda g: -max(i.place.lat for i in g))


def panel_name(group: Sequence[Incident]) -> str:
    """What a panel shows, as a reader names it: the city most of its places lie in, else their
    governorate ('Aleppo', 'Rif Dimashq')."""
    names = Counter((i.place.parent if i.place.level == "neighbourhood" and i.place.parent else i.place.governorate)
                    or "" for i in group)
    return names.most_common(1)[0][0] if names else ""


def bounds(group: Sequence[Incident]) -> list[list[float]]:
    lats = [i.place.lat for i in group]
    lons = [i.place.lon for i in group]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
