"""A toll whose figure stands well after its casualty word, further on in the sentence: "The death
toll from the April 27 airstrikes on Al Quds hospital in Aleppo, Syria, has climbed to 55", "The
number of civilians who were killed due to dropping barrel bombs on the town of al-Latamnah has
risen to 5", إن عدد الشهداء في المدينة حتى الآن بلغ 5 مدنيين, وارتفع عدد القتلى الذين سقطوا في
انفجاري جامعة حلب الى 87. Read by `core.quantities.CountReader` once nearer numbers are ruled out."""
from __future__ import annotations

from core.numbers import Number

TOLL_REACH = 30
"""At most this many tokens from the casualty word to the verb that gives the toll its figure."""
FIGURE_REACH = 8
"""At most this many tokens from that verb to the end of its figure (at least 26, more than 1,031)."""
RISE = frozenset({"rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "jumped", "increased",
                  "بلغ", "بلغت", "وصل", "وصلت", "ارتفع", "ارتفعت", "ارتفاع"})
"""Verbs that give a toll its figure (has risen to 9, reached 23, بلغ 5، وصلت إلى 3)."""
TO = frozenset({"to", "الي", "إلى"})
"""The word between a rise verb and its figure (risen to 9, ارتفع إلى 13)."""


def figure_after_rise(r, start: int, risen: bool = False) -> tuple[Number, int] | None:
    """The figure after a rise verb (and "to") from token `start` on, in the same sentence and not
    past another killed or wounded word (the toll of a different kind); when the verb stood before
    the toll word (`risen`: ارتفع عدد القتلى ... الى 87), the figure after "to"."""
    tokens = r.tokens
    for k in range(start, min(len(tokens), start + TOLL_REACH)):
        if k > start and _sentence_break(r, k):
            return None
        if k in r._casualty_firsts and r.casualty_kind(k) in ("killed", "wounded"):
            return None
        if risen and tokens[k].key in TO:
            return r._qualified_number(k + 1, min(len(tokens), k + 1 + FIGURE_REACH))
        if any(v in RISE for _, v in tokens[k].variants):
            j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].key in TO)
            return r._qualified_number(j, min(len(tokens), j + FIGURE_REACH))
    return None


def rose_before(r, toll: int) -> bool:
    """A rise verb right before toll word `toll` (ارتفع عدد القتلى، وارتفعت حصيلة الضحايا)."""
    return toll > 0 and any(v in RISE for _, v in r.tokens[toll - 1].variants)


def _sentence_break(r, k: int) -> bool:
    """A full stop or a line break between token k-1 and token k."""
    gap = r.norm.text[r.tokens[k - 1].end:r.tokens[k].start]
    return "." in gap or "\n" in gap
