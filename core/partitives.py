"""A figure told as a part of the dead (ووثقت أسماء 38 من ضحايا المجزرة: the names of 38 of the
massacre's victims): at least that many; the words between are `partitives.csv`."""
from __future__ import annotations

from core import lexicon
from core.arabic import norm
from core.numbers import Number

PARTITIVES = frozenset(norm(r.phrase).lower() for lang in ("ar", "en") for r in lexicon.load(lang).get("partitives", ()))


def partitive_before(r, h, lo: int) -> Number | None:
    """The figure right before a partitive word that stands right before casualty word `h`; a bare
    figure becomes a floor (one told "about" stays so)."""
    k = h.first - 1
    if k <= lo or r.tokens[k].key not in PARTITIVES:
        return None
    num = r._number_ending(k, lo)
    if num is not None and num.qualifier is None:
        num.qualifier = "at_least"
    return num
