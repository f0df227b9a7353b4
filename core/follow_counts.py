"""Counts that carry on from the count before them with no casualty word of their own: a number
after "and" before a place (3 شهداء في عربين و2 في جسرين), a clause of numbers and places after
بينهم / including, and people added by "in addition to" or a bare "and" clause. Read by
`core.quantities.CountReader` `r` once the counts with casualty words are found."""
from __future__ import annotations

from dataclasses import replace

from core.count_parts import before_place, part_at
from core.model import Count


def add_to_last(r, lo: int, hi: int) -> bool:
    """مقتل تسعة مقاتلين، إضافة إلى مدنيين اثنين / the death of 27 members of regime forces, and 19
    jihadists: people counted after "in addition to", or a clause that is only "and" + counted
    people, raise the count before it, unless people counted right before that clause add up with it
    to no more than the count (10 civilians, six women, and four children: a breakdown)."""
    q = r.quantity_by_first.get(lo)
    if q is not None and q.value[0] == "plus":
        more = r._counted(q.last, hi, vague=False)
    elif lo + 2 <= hi and r.tokens[lo].key == "and" and not any(
            t in r._casualty_firsts and t not in r.person_by_first for t in range(lo, hi)):
        more = r._counted(lo + 1, hi, noun=False, article=True)
        more = more if more is not None and more[1] == hi else None
    else:
        more = None
    if more is None:
        return False
    out = r._last_out
    k = max(n for n, cm in enumerate(out) if cm.kind == r._last_kind)
    cm = out[k]
    start = cm.last + (cm.last < lo and r.tokens[cm.last].key in r.fillers)  # 7 people, three women
    listed = r._counted(start, lo, noun=False) if start < lo else None
    if listed is not None and listed[1] == lo and listed[0].value + more[0].value <= (cm.count.best or 0):
        return True  # killing 10 civilians, six women, and four children: who the 10 were
    out[k] = replace(cm, count=_plus(cm.count, more[0].value, r._text(cm.first, more[1])))
    return True


def elliptic_clause(r, lo: int, hi: int) -> list:
    """34 شهيداً، بينهم 12 في مدينة داريا ...، و8 في بلدة ببيلا / including 12 in Douma and 9 in
    Hamouria: a clause that opens with a bare number (after بينهم/منهم/including or و) and a place
    is a count of the kind counted just before it, and so is each further number + place in it."""
    i = lo + (lo < hi and (r.tokens[lo].key in r.openers or r.tokens[lo].key == "and"))
    found = r._number_starting(i, hi)
    if found is not None and (found[0].vague or found[1] >= hi):
        return [r._mention(r._last_kind, found[0], hi, i, first=i)] if _aside_to_place(r, found, hi) else []
    out = []
    while found is not None and not found[0].vague and found[1] < hi and before_place(r, found[1]):
        num, end = found
        out.append(r._mention(r._last_kind, num, end, i, first=i))
        i = next((j for j in range(end + 1, hi) if r._number_starting(j, hi) is not None), hi)
        found = r._number_starting(i, hi) if i < hi else None
    part = part_at(r, lo, hi) if not out else None  # ومدنيان في قرية برج حيدر
    return out or ([r._mention(r._last_kind, part[0], part[1], part[0].first, first=lo)] if part else [])


def _aside_to_place(r, found, hi: int) -> bool:
    """11 civilians ... killed in the city of Duma, 9, including 6 children and a woman, in the city of
    Erbin: a clause that is only a number, closed by an aside, whose next words lead to a place."""
    after = r._aside_after.get(hi)
    return not found[0].vague and found[1] == hi and after is not None and after < len(r.tokens) \
        and before_place(r, after)


def elliptic(r, found: list, lo: int, hi: int) -> list:
    """killed 3 people in Arbin and one in Jisrin / 3 شهداء في عربين و2 في جسرين: a number after
    'and' (or 'and another') that stands before 'in' repeats the kind of the count before it."""
    out = []
    used = {t for cm in found for t in range(cm.first, cm.last)}
    for cm in found:
        i = cm.last
        while i < hi and i in used:
            i += 1
        nxt = [c for c in found if c.first > cm.first]
        limit = min([c.first for c in nxt] + [hi])
        for j in range(i, min(limit, i + 8)):
            tok = r.tokens[j]
            starts_and = tok.key == "and" or tok.text.startswith("و") and len(tok.variants) > 1
            k = j + 1 + (j + 2 < hi and r.tokens[j + 1].key == "another") if tok.key == "and" else j
            num = r._number_starting(k, hi) if starts_and and k not in used else None
            if num is not None and num[1] in r.person_by_first:
                num = num[0], r.person_by_first[num[1]].last  # و53 آخرين في جبلة
            at = _place_at(r, num[1], hi) if num is not None else None
            if at is not None:
                out.append(r._mention(cm.kind, num[0], at, k, first=j))
                break
    return out


def _place_at(r, k: int, hi: int) -> int | None:
    """The token of "in" (role `part_link`) at token k, or right after a short aside of people that opens there
    with no comma (وأربعة مدنيين بينهم طفل في قرية البارة، وثلاثة آخرين بينهم طفلان في بلدة أرنبة)."""
    if k < hi and r.tokens[k].key in r.openers:
        inner = r._counted(k + 1, hi)
        k = inner[1] if inner is not None else hi
    return k if k < hi and r.tokens[k].key in r.part_links else None


def _plus(c: Count, n: int, text: str) -> Count:
    """A count raised by n more people."""
    add = (lambda v: None if v is None else v + n)
    return Count(add(c.low), add(c.best), add(c.high), c.vague, text)
