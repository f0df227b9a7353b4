"""Names the gazetteer knows only far from where a report puts them: the place meant is a homonym the
gazetteer lacks, listed as not mapped (`doc.state`'s unresolved names), not put on the map far away.
Part of stage 5 (place mentions, `mentions.run`), with two kinds of evidence that every entry is far:
- a locating phrase (English, `by_locating_phrase`, before the walk): "the coastal town of Qantarah
  barely five kilometers from the northern suburbs of Latakia", "Sheikh Youssef area on the western
  outskirts of Idlib city". Reads `doc.place_hits` and the cue, quantity and direction hits; adds
  `doc.far_names`, by which each mention of the name stands for the town (`town_for`: the best point).
- the report's other places (`by_other_places`, Arabic and English, once every mention of the run is placed):
  every namesake of a village or town lies in a governorate none of the run's other places lies in,
  far from them all (الأسدية of al-Hasakah among Idlib villages, المرج of Aleppo beside Zabadani, عين
  التينة of Latakia in a Quneitra report). Reads the clauses' `places` and `doc.mentions`; drops those
  places from their clauses.
- a recorded gap (`by_recorded_gap`, after `by_other_places`): a name data/gazetteer_missing.csv records in
  a governorate where the run's places lie, whose every namesake lies far from those places (أبين of Afrin
  among al-Atarib's villages, النيرب of Aleppo beside Sarmin), is the place the gazetteer lacks."""
from __future__ import annotations

from collections import Counter, defaultdict

from core.extract.state import km
from core.gaps import gap_governorates
from core.extract.wide_areas import drop_from
from core.numbers import digits
from core.places import TOWNS, is_coarse, same_governorate

FAR_KM = 10
"""A place told to be on a town's outskirts lies within this distance of it; one told to be N km from
it, within N km and this much more (where the gazetteer puts each town's point)."""
_REACH = 6
"""At most this many words between the name and the words that locate it (the area, barely five)."""
_TOWARDS = 4
"""At most this many words between those words and the town (the northern suburbs of)."""
_UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.6}
"""Words of distance that open a direction phrase (five kilometers from), in km."""
_OUTNUMBERED = 3
"""Mentions of the run's other places, at least this many and this many times the name's own, before
they say where the run is: a report on two places far apart names each once, and both stay."""
_NEAR_KM = 100
"""A namesake this close to another place of the run may be the one meant, across a governorate line."""
_GAP_KM = 20
"""A namesake of a recorded gap this close to another place of the run may be the one meant: the towns
and villages one report names together lie within about this of one another (a western Aleppo countryside
report: Aleppo city to Hur 17 km; the gazetteer's أبين of Afrin lies 23 km from its nearest, Qabtan al-Jabal)."""


def _all_far(entries, points: list, reach: float) -> bool:
    """Every one of `entries` lies farther than `reach` km from every one of `points`."""
    return not any(km(e, p) <= reach for e in entries for p in points)


def by_locating_phrase(doc) -> None:
    """English: `doc.far_names` = {name key of a place hit: the entry of the town it is located by}, for
    names whose entries (no areas: Eastern Ghouta on the outskirts of Damascus is a region) all lie
    farther from that town. The key is the hit's words (the same name spelt the same way)."""
    doc.far_names = {}
    if doc.eng.lang != "en":
        return
    place_at = {p[0]: p for p in doc.place_hits}
    anchors = _anchors(doc)
    for first, last, _, entries, _ in doc.place_hits:
        found = _town_after(doc, place_at, anchors, last)
        if found is None or not entries or any(e.lat is None or is_coarse(e) for e in entries):
            continue
        town, reach = found
        if _all_far(entries, [town], reach):
            doc.far_names[_name_key(doc, first, last)] = town
    _by_quarter_cue(doc, place_at)


def _by_quarter_cue(doc, place_at: dict) -> None:
    """the al-Mazraa district in Damascus; the neighbourhoods of al-Zahra and Nozha in Homs: a name a quarter
    cue (place_cues.csv level `neighbourhood`) gives, then "in" a city or town, is a quarter of it; when the
    gazetteer knows the name only farther than FAR_KM from it (a village, or a district of another
    governorate: Suwayda's Mazra'a), the name is a quarter it lacks, and stands for the city."""
    tokens, n = doc.tokens, len(doc.tokens)
    ins = {t + 1: FAR_KM for t in _after_quarter_names(doc, place_at) if t < n - 1 and tokens[t].key == "in"}
    if not ins:
        return
    for first, last, _, entries, _ in doc.place_hits:
        found = _town_after(doc, place_at, ins, last)
        if found is None or not entries or any(e.lat is None or e.level in ("country", "governorate", "region")
                                               or is_coarse(e) and e.governorate == found[0].governorate
                                               for e in entries):
            continue
        if _all_far(entries, [found[0]], found[1]):
            doc.far_names[_name_key(doc, first, last)] = found[0]


def _after_quarter_names(doc, place_at: dict) -> set[int]:
    """Tokens right after a name a quarter cue gives: the cue written after the name (the al-Mazraa
    district), or a name at most `_REACH` words after the cue (the neighbourhoods of al-Zahra and Nozha)."""
    out, ends = set(), {p[1] for p in place_at.values()}
    for h in doc.hits["cue"]:
        if h.value != "neighbourhood":
            continue
        if h.first in ends:
            out.add(h.last)
        out.update(place_at[t][1] for t in range(h.last, h.last + _REACH) if t in place_at)
    return out


def town_for(doc, first: int, last: int):
    """The town a name at tokens [first, last) stands for (`by_locating_phrase`), or None."""
    return doc.far_names.get(_name_key(doc, first, last)) if doc.far_names else None


def _name_key(doc, first: int, last: int) -> tuple:
    """The words of a name, as the key of `doc.far_names`."""
    return tuple(doc.tokens[t].key for t in range(first, last))


def _anchors(doc) -> dict[int, float]:
    """{token right after words that locate what is before them by what follows (the outskirts of, five
    kilometers from): the distance in km within which they put it}."""
    n = len(doc.tokens)
    anchors = {h.last + 1: FAR_KM for h in doc.hits["cue"]
               if h.phrase in doc.eng.outskirts and h.last < n and doc.tokens[h.last].key == "of"}
    numbers = {h.last: h.value[1] for h in doc.hits["quantity"] if h.value[0] == "exact"}
    for h in doc.hits["direction"]:
        n = numbers.get(h.first, digits(doc.tokens[h.first - 1]) if h.first else None)
        if not h.value and n is not None and doc.tokens[h.first].key in _UNITS:
            anchors[h.last] = n * _UNITS[doc.tokens[h.first].key] + FAR_KM  # five kilometers from
    return anchors


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
                towns = [e for e in hit[3] if e.level in TOWNS and e.lat is not None]
                return (towns[0], anchors[end]) if len(towns) == 1 else None
        return None
    return None


def by_other_places(doc) -> None:
    """Each incident place with no namesake in a governorate of the run's other places, nor near one, goes
    to the unresolved names (Arabic and English: Qahtaniya near Quneitra, Tal al_Samn in a Raqqa report, both
    only Hasakah's in the gazetteer); its clause keeps its facts for the places left (or none). A name
    cued as a city (مدينة كوباني) is a large place the gazetteer has, wherever it lies."""
    named = [m.entry for m in doc.mentions if m.entry.level != "country" and m.entry.governorate]
    places = {e.id: e for e in named}
    times = Counter(e.id for e in named)
    by_gov: dict[str, set[str]] = defaultdict(set)
    for e in named:
        by_gov[e.governorate].add(e.id)
    verdicts: dict[tuple, bool] = {}
    for c in doc.clauses:
        far = [pm for pm in c.places if not is_coarse(pm.entry) and pm.cue != "city"
               and _far(pm, verdicts, places, times, by_gov)]
        for pm in far:
            s, e = doc.span(pm.first, pm.last)
            doc.state.note_unresolved(doc.full, s + pm.cut, e)  # والأسدية: the name without its و
        drop_from(c, far)


def _far(pm, verdicts: dict, places: dict, times: Counter, by_gov: dict) -> bool:
    """No namesake of `pm` lies in a governorate where the run's other places lie, nor near one of them,
    and those places are named far more often. `verdicts`: the answers so far by namesakes (asked once
    a name, not once a mention); `places`: {id: entry} of the run's places; `times`: {id: mentions};
    `by_gov`: {governorate: their ids}."""
    namesakes = (pm.entry, *pm.candidates)
    key = tuple(e.id for e in namesakes)
    if key in verdicts:
        return verdicts[key]
    names = set(key)
    own = sum(times[i] for i in names)
    outnumbered = sum(times.values()) - own >= _OUTNUMBERED * max(1, own)
    verdicts[key] = outnumbered and not any(same_governorate(e.governorate, g) and ids - names
                                            for e in namesakes for g, ids in by_gov.items()) \
        and _all_far(namesakes, [o for i, o in places.items() if i not in names], _NEAR_KM)
    return verdicts[key]


def by_recorded_gap(doc) -> None:
    """وبلدة إبين among al-Atarib's towns, بلدة النيرب beside Kafriya and Sarmin: a place named by a name
    that data/gazetteer_missing.csv records in a governorate holding another place of the run, with every
    namesake farther than `_GAP_KM` from all the run's other towns and villages (at least one), is the
    recorded place: listed unresolved and dropped from its clause (its facts stay for the places left)."""
    govs = gap_governorates(doc.eng.lang)
    gaps = {(h.first, h.last): govs[h.value] for h in doc.hits["gap"] if h.value in govs}
    if not gaps:
        return
    named = list({m.entry.id: m.entry for m in doc.mentions if m.entry.level != "country"}.values())
    verdicts: dict[tuple, bool] = {}
    for c in doc.clauses:
        meant = []
        for pm in c.places:
            if (pm.first, pm.last) not in gaps:
                continue
            key = (pm.entry.id, *(e.id for e in pm.candidates), gaps[pm.first, pm.last])
            if key not in verdicts:
                verdicts[key] = _gap_meant((pm.entry, *pm.candidates), gaps[pm.first, pm.last], named)
            if verdicts[key]:
                meant.append(pm)
        for pm in meant:
            s, e = doc.span(pm.first, pm.last)
            doc.state.note_unresolved(doc.full, s + pm.cut, e)
        drop_from(c, meant)


def _gap_meant(namesakes: tuple, govs: frozenset, named: list) -> bool:
    """The run's places other than `namesakes` lie in one of `govs` and include a town or village, and
    every namesake lies farther than `_GAP_KM` from each of those that are not areas."""
    ids = {e.id for e in namesakes}
    others = [e for e in named if e.id not in ids]
    points = [e for e in others if not is_coarse(e) and e.lat is not None]
    return bool(points) and any(same_governorate(e.governorate, g) for e in others for g in govs) \
        and _all_far(namesakes, points, _GAP_KM)
