"""Ages told beside people, which are no counts: a child under the age of ten, a boy aged 12, a 15 years
old teen (quantity kind `age`: the age words, and whether the number stands after or before them)."""
from __future__ import annotations

from core.date_tables import month_names
from core.numbers import digits

YEARS = range(1900, 2100)
"""The values a number of four digits takes when it writes a calendar year."""


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


def year_ending(r, end: int) -> bool:
    """ليستقبل أهالي الحي عام 2015 بارتقاء الشهيد؛ من العام الجاري 2018، استشهدوا؛ on October 6, 2023,
    killing two: a four-digit number ending at token end-1 right after a year word (quantity kind
    `year`) or a month name (with its day between) is a calendar year, never a count."""
    k = end - 1
    if k < 1 or digits(r.tokens[k]) not in YEARS or not r.tokens[k].text.isdigit():
        return False
    q = r.quantity_by_last.get(k)
    if q is not None and q.value[0] == "year":
        return True
    before = k - 1 if k > 1 and (digits(r.tokens[k - 1]) or 0) in range(1, 32) else k
    words = [r.tokens[t].text for t in range(max(0, before - 2), before)]
    months = month_names()
    return bool(words) and (words[-1] in months or " ".join(words[-2:]) in months)
