"""Lists of places: Arabic lists read through members the gazetteer lacks (part of stage 2, clauses),
and whether a place mention goes on the list before it (`continues_list`, asked by stage 5, mentions).

A list opens after a cue word (بلدات، أحياء، لقرى), a preposition marked `list` in locatives.csv
(في، على) or a colon,
and runs over members parted by و, an Arabic comma or a dash: على حزة وزملكا وحرستا، أحياء
المنشية والشيخ طه، بلدات “قلعة المضيق، الحويز، الحواش”، منها: أريحا-احسم-مرعيان. A member is a
known place name or a run of up to three words no lexicon knows (no digits); an unknown member
is one only when another member follows it. A list whose members are parted by dashes, or that
opens on a known place after a colon (أحياء دمشق الجنوبية: التضامن والقدم ومخيم اليرموك), is read
even when every member is known. Reads `doc.tokens`, `doc.hits`; gives
`doc.list_of` ({first token of a known member after an unknown one, or of any member of such a
list: the token where its list opens}) and the unknown members' spans."""
from __future__ import annotations

import re
from bisect import bisect_right

from core.extract.place_rules import cue_introduces

_KNOWN = ("cue", "type", "actor", "casualty", "quantity", "not_place", "common", "generic", "direction",
          "break", "victim", "massacre", "locative", "negation", "article", "anaphor", "target", "aggregate")
"""Hit kinds whose words are no part of an unknown place name."""
_DASHES = frozenset({"-", "–", "—"})
_SEPARATORS = frozenset({"،", ","}) | _DASHES
_COLON = re.compile(":")
_LONGEST_UNKNOWN = 3
_MOST_MEMBERS = 16


def arabic_lists(doc) -> tuple[dict[int, int], list[tuple[int, int]], list[int]]:
    """({first token of a known member: where its list opens}, [unknown members (first, last)],
    [first token of the member after the last known one]) for the lists that go on past a
    member the gazetteer lacks."""
    tokens, by_kind = doc.tokens, doc.hits
    n = len(tokens)
    known = bytearray(n + 1)
    for k in _KNOWN:
        for h in by_kind[k]:
            known[h.first:h.last] = b"\x01" * (h.last - h.first)
    place_end: dict[int, int] = {}
    for h in by_kind["place"]:
        if place_end.get(h.first, 0) < h.last:
            place_end[h.first] = h.last
    openers = {h.last for h in by_kind["cue"] if cue_introduces(doc, h)}
    openers |= {h.last for h in by_kind["locative"] if h.value == "yes"}
    colons = _colons(doc)
    openers |= colons
    list_of: dict[int, int] = {}
    unknown: list[tuple[int, int]] = []
    tail: list[int] = []
    for start in sorted(openers):
        if start >= n or start in list_of:
            continue
        members, dashed = _members(doc, start, known, place_end)
        found = [i for i, m in enumerate(members) if m[2]]
        if not found or all(m[2] for m in members[:found[-1]]) and not (
                (dashed or start in colons and found[0] == 0) and len(found) > 1):
            continue
        last_known = found[-1]
        list_of.update((f, start) for f, _, is_place in members[:last_known + 1] if is_place)
        unknown += [(f, l) for f, l, is_place in members[:last_known] if not is_place]
        if last_known + 1 < len(members):
            tail.append(members[last_known + 1][0])
    return list_of, unknown, tail


def _colons(doc) -> set[int]:
    """Tokens right after a gap that is only a colon (quote marks and spaces aside): only the gaps
    around a colon of the text are looked at, not every gap."""
    n = len(doc.tokens)
    after = {bisect_right(doc.starts, m.start()) for m in _COLON.finditer(doc.norm.text)}
    return {i for i in after if 0 < i < n and doc.gap(i).strip() == ":"}


def _members(doc, i: int, known: bytearray, place_end: dict[int, int]) -> tuple[list[tuple[int, int, bool]], bool]:
    """The members of a list from token `i` on, (first, last, known place), and whether a dash
    parts two of them."""
    tokens, n = doc.tokens, len(doc.tokens)
    out: list[tuple[int, int, bool]] = []
    dashed = False
    while i < n and len(out) < _MOST_MEMBERS:
        last = place_end.get(i, i)
        name_end = _unknown_end(doc, i, last, known, place_end)
        if name_end == i:
            break
        out.append((i, name_end, name_end == place_end.get(i)))
        last = name_end
        if last >= n:
            break
        gap = doc.gap(last).strip()
        if gap in _SEPARATORS:
            i, dashed = last, dashed or gap in _DASHES
            if tokens[i].text == "و" and i + 1 < n:
                i += 1  # ، و"مساكن هنانو": a quoted member after a comma and a bare و
        elif gap == "" and tokens[last].text.startswith("و") and len(tokens[last].text) > 2:
            i = last
        elif gap == "" and tokens[last].text == "و" and last + 1 < n:
            i = last + 1
        else:
            break
    return out, dashed


def _unknown_end(doc, i: int, last: int, known: bytearray, place_end: dict[int, int]) -> int:
    """The end of the member that begins at token `i`, whose known name (if any) ends at `last`:
    unknown words joined to it run on the name (باب الطاقة is no al-Bab), up to three words."""
    tokens, n = doc.tokens, len(doc.tokens)
    while last < n and last - i < _LONGEST_UNKNOWN and not known[last] and last not in place_end \
            and not any(ch.isdigit() for ch in tokens[last].text) \
            and (last == i or tokens[last].joined and doc.gap(last).strip() == ""
                 and not tokens[last].text.startswith("و")):
        last += 1
    return last


def continues_list(doc, prev_last: int, start: int) -> bool:
    """True when a mention starting at token `start` continues the list ending at `prev_last`:
    joined by و (a proclitic), 'and', or a comma, with nothing else between."""
    between = doc.tokens[prev_last:start]
    if between and _unknown_list_member(doc, prev_last, start):
        return True
    if len(between) > 2 or any(t.key not in doc.eng.conjunctions and t.key != "the" for t in between):
        return False
    tok = doc.tokens[start]
    gap = doc.gap(start)
    return bool(between) or tok.text.startswith("و") and tok.variants[-1][0] > 0 or gap.strip() in ("،", ",")


def new_clause_after_comma(doc, start: int) -> bool:
    """، وتبنى: a comma and then و open a new clause, so the word after them does not take the
    list's cue."""
    tok = doc.tokens[start]
    gap = doc.gap(start)
    return gap.strip() in ("،", ",") and tok.text.startswith("و") and tok.variants[-1][0] > 0


def _unknown_list_member(doc, prev_last: int, start: int) -> bool:
    """زملكا وعين ترما وحمورية: a list goes on through a name the gazetteer lacks, which is
    then listed as unresolved."""
    if doc.eng.lang != "ar":
        run = doc.english_members.get(prev_last)
        if run is None or not (run[1] == start or run[1] + 1 == start and doc.tokens[run[1]].key in doc.eng.conjunctions):
            return False
        s, e = doc.span(*run)
        doc.state.note_unresolved(doc.full, s, e, same_start=True)
        return True
    between = doc.tokens[prev_last:start]
    first = between[0]
    lead = 1 if first.key in doc.eng.conjunctions else 0
    names = between[lead:]
    if not 1 <= len(names) <= 3 or any(doc.blocked.get(t, 0) for t in range(start - len(names), start)):
        return False
    starts_with_and = lead == 1 or first.text.startswith("و") and len(first.text) > 3
    if not starts_with_and or not all(t.joined for t in between) or not doc.tokens[start].text.startswith("و"):
        return False
    s, e = doc.span(start - len(names), start)
    if lead == 0:
        s += 1
    doc.state.note_unresolved(doc.full, s, e, same_start=True)
    return True
