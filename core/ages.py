"""Ages told beside people, which are no counts: a child under the age of ten, a boy aged 12, a 15 years
old teen (quantity kind `age`: the age words, and whether the number stands after or before them)."""
from __future__ import annotations


def age_ending(r, end: int, lo: int) -> int | None:
    """A child under the age of ten died; a boy, 15 years old, was killed: the first token of an age
    phrase (the number and the age words) ending at token end-1, if one does. `r`: a count reader."""
    q = r.quantity_by_last.get(end)
    if q is not None and q.first > lo and q.value == ("age", "before"):
        n = r._number_ending(q.first, lo)
        return n.first if n is not None and not n.vague else None
    n = r._number_ending(end, lo)
    q = r.quantity_by_last.get(n.first) if n is not None and not n.vague and n.qualifier is None else None
    return q.first if q is not None and q.first >= lo and q.value == ("age", "after") else None


def age_starting(r, i: int, hi: int) -> int:
    """The token after an age phrase starting at token i (a 15 years old teen), or i when none does."""
    found = r._number_starting(i, hi)
    q = r.quantity_by_first.get(found[1]) if found is not None and not found[0].vague else None
    return q.last if q is not None and q.value == ("age", "before") and q.last <= hi else i
