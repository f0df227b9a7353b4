"""A figure a toll may yet reach is no count: عدد القتلى يمكن أن يتجاوز العدد المتداول ويصل إلى 60 قتيلاً
(after about 37 killed); the opposition group predicted the death toll may increase to more than 50 (after at
least 30). A count whose figure follows "to" (إلى) a few words after a word of possibility in its clause
(function_words.csv role `projection`: يمكن أن، قد يصل، may, could) is the projection, not the toll. Read by
the counts stage (`core.extract.counts`)."""
from __future__ import annotations

from core.numbers import digits
from core.tolls import TO

REACH = 8
"""At most this many words from the word of possibility to the "to" before the figure."""
LONGEST = 3
"""The most words a projection phrase has (من الممكن أن)."""


def projected(doc, cm, clause) -> bool:
    """True when the figure of count mention `cm` in `clause` is what its toll may reach."""
    words = doc.eng.projections
    start = _figure_start(doc, cm)
    if not start or doc.tokens[start - 1].key not in TO:
        return False
    return any(_phrase_at(doc.tokens, i, words, start - 1) for i in range(max(clause.first, start - 1 - REACH), start - 1))


def _figure_start(doc, cm) -> int | None:
    """The first token of the count's figure: a quantity word (more than, أكثر من) or a number in digits."""
    quantities = doc.starts_in("quantity")
    return next((k for k in range(cm.first, cm.last) if k in quantities or digits(doc.tokens[k]) is not None), None)


def _phrase_at(tokens, i: int, words: frozenset[str], end: int) -> bool:
    """A projection phrase starts at token i and ends before token `end` (its clause holds no punctuation)."""
    key = ""
    for j in range(i, min(i + LONGEST, end)):
        key += tokens[j].key
        if key in words:
            return True
    return False
