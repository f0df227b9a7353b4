"""Names the gazetteer knows only elsewhere: "the coastal town of Qantarah barely five kilometers from
the northern suburbs of Latakia", "Sheikh Youssef area on the western outskirts of Idlib city". When
a report locates a name by a distance from a town, or on that town's outskirts, and every entry of
that name lies far from the town, the entries are homonyms and the place itself is missing: each
mention of the name in the report stands for the town (the best point there is) and the name is
listed as unresolved. Read by `core.extract.mentions`."""
from __future__ import annotations

from core.extract.state import km
from core.numbers import digits
from core.places import is_coarse

FAR_KM = 10
"""A place told to be on a town's outskirts lies within this distance of it; one told to be N km from
it, within N km and this much more (where the gazetteer puts each town's point)."""
_REACH = 6
"""At most this many words between the name and the words that locate it (the area, barely five)."""
_TOWARDS = 4
"""At most this many words between those words and the town (the northern suburbs of)."""
_TOWNS = ("city", "town")
_UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.6}
"""Words of distance that open a direction phrase (five kilometers from), in km."""
_OUTSKIRTS = frozenset({"outskirts"})
"""Place cues that, with "of", locate what comes before them by the town after them (on the outskirts of
Idlib city); not "suburbs", which in SNHR's reports spans a governorate (Tal Rifaat in the northern
suburbs of Aleppo)."""


def locate(doc) -> dict[tuple, object]:
    """{name key of a place hit: the entry of the town it is located by}, for names whose entries (no
    areas: Eastern Ghouta on the outskirts of Damascus is a region) all lie farther from that town. The key is the hit's words (the same name spelt the same way)."""
    place_at = {p[0]: p for p in doc.place_hits}
    n = len(doc.tokens)
    anchors = {h.last + 1: FAR_KM for h in doc.hits["cue"]
               if h.phrase in _OUTSKIRTS and h.last < n and doc.tokens[h.last].key == "of"}
    numbers = {h.last: h.value[1] for h in doc.hits["quantity"] if h.value[0] == "exact"}
    for h in doc.hits["direction"]:
        n = numbers.get(h.first, digits(doc.tokens[h.first - 1]) if h.first else None)
        if not h.value and n is not None and doc.tokens[h.first].key in _UNITS:
            anchors[h.last] = n * _UNITS[doc.tokens[h.first].key] + FAR_KM  # five kilometers from
    out: dict[tuple, object] = {}
    for first, last, _, entries, _ in doc.place_hits:
        found = _town_after(doc, place_at, anchors, last)
        if found is None or not entries or any(e.lat is None or is_coarse(e) for e in entries):
            continue
        town, reach = found
        if all(km(e, town) > reach for e in entries):
            out[name_key(doc, first, last)] = town
    return out


def name_key(doc, first: int, last: int) -> tuple:
    """The words of a name, as the key of `locate`."""
    return tuple(doc.tokens[t].key for t in range(first, last))


def _town_after(doc, place_at: dict, anchors: dict, last: int) -> tuple | None:
    """(the city or town right after the locating words that follow a name ending at token `last`,
    the distance in km within which those words put the name)."""
    n = len(doc.tokens)
    for end in range(last + 1, min(n, last + _REACH + 1)):
        if end - 1 in place_at and end - 1 >= last:
            return None  # another place first
        if end not in anchors:
            continue
        for first in range(end, min(n, end + _TOWARDS + 1)):
            hit = place_at.get(first)
            if hit is not None:
                towns = [e for e in hit[3] if e.level in _TOWNS and e.lat is not None]
                return (towns[0], anchors[end]) if len(towns) == 1 else None
        return None
    return None
