"""People told before their casualty verb (Arabic subject-first order): امرأة وطفلان قتلوا، مدنيان قتلا،
68 شخصاً على الأقل قتلوا، 6 أشخاص قد قتلوا; and people counted before the casualty word with words between
them: an "of" group (Five members of the same family were killed), an aside (أربعة مواطنين بينهم سيدة قضوا,
Nine people - four of them children - were killed). `r`: a `core.quantities.CountReader`."""
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


def person_of_before(r, j: int, lo: int, longest: int = 5):
    """Five members of the same family were killed, Fourteen civilians from the same family were
    reported killed: a person noun with a short "of" / "from" group after it that runs up to the
    casualty word (or its fillers)."""
    for k in range(j - 2, max(lo, j - longest - 2), -1):
        if r.tokens[k].key in ("of", "from"):
            if r.tokens[k].key == "from" and r.tokens[k + 1].upper:
                return None  # A man from Jesrin was killed: where he came from, not whose people
            return r._person_before(k, lo) if all(r.tokens[t].joined for t in range(k, j)) else None
        if k in r._casualty_firsts or k in r.quantity_by_first or r.tokens[k].key[:1].isdigit():
            return None
    return None


def number_before_inner_aside(r, j: int, lo: int) -> Number | None:
    """أربعة مواطنين بينهم سيدة قضوا: the count stands before a short aside (بينهم، منهم) that
    runs up to the casualty word without commas."""
    for k in range(j - 1, max(lo, j - 6), -1):
        if r.tokens[k].key in r.openers:
            person = r._person_before(k, lo)
            return r._number_ending(person.first if person is not None else k, lo)
        if k in r._casualty_firsts and r.casualty_kind(k) != "person":
            return None
    return None


def number_before_dash_aside(r, j: int, lo: int, longest: int = 8) -> Number | None:
    """Nine people - four of them children - were killed: the count stands before an aside
    between dashes that ends right before the casualty word (or its fillers)."""
    if not dash_before(r, j, lo):
        return None
    for k in range(j - 1, max(lo, j - longest), -1):
        if dash_before(r, k, lo):
            k = r._past_fillers(k, lo)
            person = r._person_before(k, lo)
            return r._number_ending(person.first if person is not None else k, lo)
    return None


def dash_before(r, k: int, lo: int) -> bool:
    """A dash with spaces (not a hyphen inside a word) between token k-1 and token k: it ends
    what stands before it (a dateline: إدلب، الثلاثاء 25 تشرين الأول 2016 – قُتل), or opens or
    closes an aside (Nine people - four of them children - were killed)."""
    if k - 1 < lo:
        return False
    gap = r.norm.text[r.tokens[k - 1].end:r.tokens[k].start]
    return gap.strip() in ("-", "--") and " " in gap
