"""How two counts of one kind told of the same incident (place and date) become one: the better
told of the two (`better`), read by `core.extract.state` when it merges an incident's mentions."""
from __future__ import annotations

from core.model import Count
from core.quantities import VAGUE_BEST

_SOME = 2
"""A vague count with this low bound or less only says "some" (عدد من، جرحى، several)."""


def better(a: tuple, b: tuple) -> tuple:
    """Of two (count, shared, group, headline) mentions of a place: the body's before a title's
    (Twin blasts kill 16 / killing at least 16), own figures before shared ones, an exact figure
    before a mere "some" (إصابة عدد من المدنيين / 3 جرحى; باستشهاد مدنيين / مدنيان), a figure told as a
    bound (at least 20) before the same figure bare, then the larger (the earlier on a tie)."""
    def rank(c):
        n = c[0].best or c[0].low or 0
        return not c[3], not c[1], n > 0
    if rank(a) != rank(b):
        return b if rank(b) > rank(a) else a
    for x, y in ((a, b), (b, a)):
        if _fits(x[0], y[0]) or _bounds(x[0], y[0]):
            return x
    return b if (b[0].best or b[0].low or 0) > (a[0].best or a[0].low or 0) else a


def _fits(exact: Count, vague: Count) -> bool:
    """True when `exact` is an exact figure and `vague` only says "some" (عدد من، جرحى، several:
    low 2 at most), or "about" the same figure (نحو ثمانين / 80), which the figure tells exactly;
    also when `vague` is a word with no figure (dozens, hundreds) that the figure falls short of:
    the count made after the first word (سقوط عشرات الجرحى ... سقوط 15 جريحاً). A figure within the
    word's range may be a part of it (dozens wounded, 28 children among them) and does not replace it.
    A bare victims word (سقوط عدد من الضحايا) counts the wounded too: any figure of the dead tells it."""
    if exact.vague or not vague.vague or not exact.best:
        return False
    if vague.low is None:
        return vague.best == exact.best
    if vague.low > _SOME:
        return VAGUE_BEST.get(vague.low) == vague.best != vague.low and exact.best < vague.low
    return vague.low <= exact.best or vague.loose


def bound(c: Count) -> bool:
    """A figure told as a lower bound (at least 20, more than 19), not a vague word."""
    return c.vague and c.high is None and c.low is not None and c.low == c.best and c.low > _SOME


def _bounds(at_least: Count, exact: Count) -> bool:
    """Twenty people have died / airstrikes that have killed at least 20 people: the same figure told
    once as a bound, which says the toll may be higher, is kept over the bare figure."""
    return bound(at_least) and at_least.best == exact.best and not exact.vague


def size(c: Count) -> int:
    return c.best or c.low or 0
