"""Killed and wounded told as one figure (قتل وجرح عشرة مدنيين، 17 شهيداً وجريحاً، قتل وأصيب عدد من
المدنيين): the figure counts neither kind, how many of each is not said (like مقتل وإصابة and بين
قتيل وجريح in the casualty lexicon); a vague word over both (عشرات القتلى والجرحى) counts each kind
only until the report gives that kind a count of its own (`loosen`)."""
from __future__ import annotations

from dataclasses import replace

from core.matcher import Hit
from core.numbers import Number

_KINDS = ("killed", "wounded")


def block_joint(r, lo: int, hi: int, blocked: set[int]) -> None:
    """Puts the tokens of every joint pair whose first word lies in [lo, hi), with its figure, into
    `blocked`, so neither casualty word is read one by one."""
    inside = [h for h in r.casualty if lo <= h.first < hi and h.value[0] in _KINDS]
    starting = {}
    for h in inside:
        starting.setdefault(h.first, h)
    for h in inside:
        if h.first in blocked:
            continue
        h2 = _partner(r, h, starting, hi)
        found = _figure(r, h, h2, lo, hi) if h2 is not None else None
        if found is not None:
            blocked.update(range(found[1], found[2]))


def _partner(r, h: Hit, starting: dict, hi: int) -> Hit | None:
    """The casualty word of the other kind joined by و right after `h` (قتل وجرح، شهيدا وجريحا)."""
    if h.last >= hi or not r._starts_with_wa(h.last):
        return None
    other = starting.get(h.last)
    if other is None or other.value[0] == h.value[0] or other.last > hi:
        return None
    return other


def _figure(r, h: Hit, h2: Hit, lo: int, hi: int) -> tuple[Number, int, int] | None:
    """The figure of a joint pair and the span it takes: after two verbs (قتل وجرح عشرة مدنيين، قتل
    وجرح مدنيون), or a number before two singular nouns (17 شهيداً وجريحاً)."""
    if h.value[2] and h2.value[2] and not _counted_before(r, h, lo):
        after = r._number_after(h2.last, hi)
        return (after[0], h.first, after[1]) if after is not None else None
    if h.value[1] == 1 and h2.value[1] == 1 and r._number_after(h2.last, hi) is None:  # not 12 شهيدا وإصابة 64
        before = r._number_ending(h.first, lo)
        if before is not None and before.value > 2:
            return before, before.first, h2.last
    return None


def _counted_before(r, h: Hit, lo: int, reach: int = 3) -> bool:
    """5 أشخاص على الأقل قتلوا وأصيب 7 آخرين، 6 أشخاص قد قتلوا وأصيب 15 آخرون: the first word has
    people or a figure a few words before it, so only the second word's figure follows it."""
    for k in range(h.first - 1, max(lo, h.first - reach) - 1, -1):
        if k in r.person_by_first or k in r.quantity_by_first or r._number_ending(k + 1, k) is not None:
            return True
    return False


def loosen(cm):
    """The count mention `cm` of one kind of a vague word told over the dead and the wounded together
    (عشرات القتلى والجرحى), marked loose: any count of its kind at the place replaces it
    (`core.extract.count_merge.better`)."""
    return replace(cm, count=replace(cm.count, loose=True))
