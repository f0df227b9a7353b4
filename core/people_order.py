"""People told before their casualty verb (Arabic subject-first order): امرأة وطفلان قتلوا، مدنيان قتلا،
68 شخصاً على الأقل قتلوا، 6 أشخاص قد قتلوا."""
from __future__ import annotations

from core.numbers import Number, add_up


def people_before_verb(r, person, lo: int) -> Number | None:
    """امرأة وطفلان قتلوا، مدنيان قتلا: singular and dual person nouns joined by و right before the
    verb count the people it tells of (not "the" civilian told of before: المدني توفي)."""
    if r.tokens[person.first].text[person.cut:].startswith("ال"):
        return None
    num = Number(person.value[1], person.first)
    while person.cut > 0 and r.tokens[person.first].text.startswith("و"):
        person = r._person_before(person.first, lo)
        if person is None or not person.value[1]:
            break
        num = add_up(Number(person.value[1], person.first), num)
    return num


def past_at_least(r, j: int, lo: int) -> tuple[int, bool]:
    """68 شخصاً على الأقل قتلوا: the token where the people end when "at least" stands between them and
    the verb (past fillers such as قد), and whether it does."""
    q = r.quantity_by_last.get(j)
    if q is not None and q.value[0] == "at_least" and q.first > lo:
        return r._past_fillers(q.first, lo), True
    return j, False
