"""Stage 6, place anaphora. Reads: `doc.hits` (anaphor), `doc.mentions`, `doc.clauses`,
`doc.near_last` (a place named only as what another is near points nowhere). Adds to a
clause that names no place the place a definite place noun (the town, البلدة) points back to, or the places
of the list a plural one with its number (the two villages) points back to."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from core.extract import place_rules
from core.extract.doc import PlaceMention
from core.matcher import Hit
from core.places import contains, same_governorate

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_LEVEL_GROUPS = {"city": ("settlement",), "town": ("settlement", "town"), "village": ("settlement", "town"),
                 "neighbourhood": ("neighbourhood",), "camp": ("camp",)}
"""Which definite place nouns (anaphors.csv levels) can point back to a place of each level: the city
to any settlement, the town or the village (البلدة، القرية) to no governorate's capital."""


def run(doc) -> None:
    resolve_anaphors(doc, doc.hits["anaphor"], doc.mentions, doc.clauses, doc.tok_clause)


def resolve_anaphors(doc, anaphors: list[Hit], mentions: list[PlaceMention], clauses, tok_clause) -> None:
    """the town / البلدة in a clause that names no place: the clause speaks of the last town (or
    quarter, or camp) named before it in its line or the line before (not parted by a blank
    line), not one that only says where the place before it is, unless its sentence names places inside that one (fronts in the city, most notably
    Bustan al-Qasr), which then carry the events."""
    tokens = doc.tokens
    if not anaphors:
        return
    blanks = [m.start() for m in _BLANK_LINE.finditer(doc.norm.text)]
    firsts = [pm.first for pm in mentions]
    by_sentence: dict[int, list[PlaceMention]] = defaultdict(list)
    for pm in mentions:
        by_sentence[clauses[tok_clause[pm.first]].sentence].append(pm)
    antecedents = _antecedents(doc, mentions, clauses, tok_clause)
    placed = {id(p) for c in clauses for p in c.places}
    for h in anaphors:
        if h.value == "actor":
            continue
        c = clauses[tok_clause[h.first]]
        if c.places or (h.last < len(tokens) and tokens[h.last].key == "of"):
            continue
        if h.value in LIST_SIZES:
            c.places += _listed_before(mentions, bisect_right(firsts, h.first - 1), LIST_SIZES[h.value], h, placed)
            continue
        if doc.eng.lang == "ar" and place_rules.cue_introduces(doc, h):
            continue
        ks = antecedents.get(h.value, ())
        j = bisect_left(ks, bisect_right(firsts, h.first - 1))
        while j > 0:
            j -= 1
            pm = mentions[ks[j]]
            par = clauses[tok_clause[pm.first]].paragraph
            if par < c.paragraph - 1 or par < c.paragraph and \
                    bisect_right(blanks, tokens[pm.first].start) != bisect_right(blanks, tokens[h.first].start):
                break
            if pm.last > h.first:
                continue
            if not any(contains(pm.entry, o.entry) for o in by_sentence[c.sentence]):
                c.places.append(PlaceMention(pm.entry, h.first, h.last, h.cut, pm.entry.level, h.first,
                                             pm.list_id, False))
            break


LIST_SIZES = {"two": 2, "three": 3}
"""Anaphor levels that name how many places they point back to (the two villages, the three towns)."""
LIST_REACH = 40
"""How many place mentions back a plural anaphor looks for its list."""


def _listed_before(mentions: list[PlaceMention], k: int, size: int, h: Hit, placed: set[int]) -> list[PlaceMention]:
    """attacked Fuaa and Kafraya ... began heavily shelling the two villages / the bomb attacks in the two Syrian
    cities: the incident places (`placed`, ids; not reference points) of the last list before mention k that
    names `size` of them (up to LIST_REACH mentions back), taken at the anaphor's words."""
    lists: dict[int, dict] = {}
    for pm in reversed(mentions[max(0, k - LIST_REACH):k]):
        if id(pm) in placed:
            lists.setdefault(pm.list_id, {}).setdefault(pm.entry.id, pm)
    members = next((m for m in lists.values() if len(m) == size), {})
    return [PlaceMention(pm.entry, h.first, h.last, h.cut, pm.entry.level, h.first, pm.list_id, False)
            for pm in members.values()]


def _antecedents(doc, mentions: list[PlaceMention], clauses, tok_clause) -> dict[str, list[int]]:
    """{anaphor level: the indices, in text order, of the mentions it can point back to}, so an anaphor
    reads back only through those (the walk back stops where its paragraphs end, whatever it reads)."""
    placed = {id(p) for c in clauses for p in c.places}
    compass = {h.last for h in doc.hits["direction"] if not h.value}
    out: dict[str, list[int]] = defaultdict(list)
    for k, pm in enumerate(mentions):
        levels = _LEVEL_GROUPS.get(pm.entry.level, ())
        if levels and not _locates(mentions, k, placed, tok_clause) and not _near(doc, pm, placed, compass):
            for level in levels:
                out[level].append(k)
    return out


def _near(doc, pm: PlaceMention, placed: set[int], compass: set[int]) -> bool:
    """قصف حي المعادي القريب من باب النيرب ... في مجلس عزاء في الحي: a place named as what another is near
    (and not one of its clause's places) is no antecedent; nor is one named after a compass word (`compass`:
    where those end) as a reference point (Douma city, which is located in the west of the capital Damascus.
    The mortar artillery shelled the city: Douma)."""
    start = pm.first if pm.cue_first is None else min(pm.first, pm.cue_first)
    return (start in doc.near_last or start in compass) and id(pm) not in placed


def _locates(mentions: list[PlaceMention], k: int, placed: set[int], tok_clause) -> bool:
    """في كفر حمرة شمالي حلب ... على القرية: mention k only says where the place named before it in
    its clause is (it holds it, or is the city of its governorate, and is not one of the clause's
    places: `placed`, their ids), so it is no antecedent."""
    pm = mentions[k]
    if k == 0 or id(pm) in placed:
        return False
    prev = mentions[k - 1]
    return tok_clause[prev.first] == tok_clause[pm.first] and (
        contains(pm.entry, prev.entry) or pm.entry.level == "city" and same_governorate(pm.entry.governorate,
                                                                                        prev.entry.governorate))
