"""How two counts of one kind told of the same incident (place and date) become one (`merge_toll`): the
better told of the two (`better`), or their sum when the later sentence tells one more event (an additive
cue); read by `core.extract.state` when it merges an incident's mentions."""
from __future__ import annotations

from core.model import Count
from core.quantities import VAGUE_BEST

SUM_JOIN = " + "
"""Between the words of the tolls an incident's count adds up."""
_SOME = 2
"""A vague count with this low bound or less only says "some" (عدد من، جرحى، several)."""


def merge_toll(a, b, kind: str) -> None:
    """`b`'s count of `kind` into `a`'s (incident tallies): added up when `b`'s sentence tells one
    more event (كما استشهد مقاتل ... after استشهاد مدني) and both are the body's own figures, else
    the better told of the two."""
    m = getattr(b, kind)
    if m is None:
        return
    old = getattr(a, kind)
    if old is not None and b.additive and all(_own(x) for x in (old, m)) and not _told(m[0], old[0]):
        setattr(a, kind, (_sum(old[0], m[0]), False, None, False))
    else:
        setattr(a, kind, m if old is None else better(old, m))


def _own(m: tuple) -> bool:
    """A mention of the body's own (no title's, no list's), with a figure above zero and not a bare victims word."""
    return not m[1] and not m[3] and bool(m[0].best) and not m[0].loose


def _told(c: Count, toll: Count) -> bool:
    """The same words with the same figure are already part of the toll (a paragraph told twice)."""
    return c.text in toll.text.split(SUM_JOIN)


def _sum(a: Count, b: Count) -> Count:
    """The toll of two events: their figures added (an open bound stays open)."""
    def add(x, y):
        return None if x is None or y is None else x + y
    return Count(add(a.low, b.low), add(a.best, b.best), add(a.high, b.high), a.vague or b.vague, f"{a.text}{SUM_JOIN}{b.text}")


def better(a: tuple, b: tuple) -> tuple:
    """Of two (count, shared, group, headline) mentions of a place: the body's before a title's
    (Twin blasts kill 16 / killing at least 16), own figures before shared ones, an exact figure
    before a mere "some" (إصابة عدد من المدنيين / 3 جرحى; باستشهاد مدنيين / مدنيان), a count of its own kind
    before a loose one (عشرات القتلى والجرحى، سقوط عدد من الضحايا: the dead and wounded together, so any
    figure of the kind tells it), a figure told as a
    bound (at least 20) before the same figure bare, then the larger (the earlier on a tie)."""
    def rank(c):
        n = c[0].best or c[0].low or 0
        return not c[3], not c[1], n > 0
    if rank(a) != rank(b):
        return b if rank(b) > rank(a) else a
    if a[0].loose != b[0].loose:
        return b if a[0].loose else a
    for x, y in ((a, b), (b, a)):
        if _fits(x[0], y[0]) or _bounds(x[0], y[0]):
            return x
    return b if (b[0].best or b[0].low or 0) > (a[0].best or a[0].low or 0) else a


def _fits(exact: Count, vague: Count) -> bool:
    """True when `exact` is an exact figure and `vague` only says "some" (عدد من، جرحى، several:
    low 2 at most), or "about" the same figure (نحو ثمانين / 80), which the figure tells exactly;
    also when `vague` is a word with no figure (dozens, hundreds) that the figure falls short of:
    the count made after the first word (سقوط عشرات الجرحى ... سقوط 15 جريحاً). A figure within the
    word's range may be a part of it (dozens wounded, 28 children among them) and does not replace it."""
    if exact.vague or not vague.vague or not exact.best:
        return False
    if vague.low is None:
        return vague.best == exact.best
    if vague.low > _SOME:
        return VAGUE_BEST.get(vague.low) == vague.best != vague.low and exact.best < vague.low
    return vague.low <= exact.best


def bound(c: Count) -> bool:
    """A figure told as a lower bound (at least 20, more than 19), not a vague word."""
    return c.vague and c.high is None and c.low is not None and c.low == c.best and c.low > _SOME


def _bounds(at_least: Count, exact: Count) -> bool:
    """Twenty people have died / airstrikes that have killed at least 20 people: the same figure told
    once as a bound, which says the toll may be higher, is kept over the bare figure."""
    return bound(at_least) and at_least.best == exact.best and not exact.vague


def size(c: Count) -> int:
    return c.best or c.low or 0
