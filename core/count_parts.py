"""A toll's parts by place: 6 مدنيين استُشهدوا (3 منهم في دارة عزّة، ومدنيان في قرية برج حيدر، وامرأةٌ في
كباشين). Each part is people counted (a number, a number and منهم, singular or dual person nouns
joined by و) right before في / ب and a place; it counts the kind of the toll it breaks down. A part
opening a bracket right after the toll stands for it: the toll is their sum, no place's own."""
from __future__ import annotations

from core.numbers import Number


def part_at(r, i: int, hi: int) -> tuple[Number, int] | None:
    """People counted from token i (past a و) up to a place: (the number, the token after them)."""
    if i >= hi:
        return None
    if r.tokens[i].key == "and" or _word_before_number(r, i, hi):
        i += 1
    found = r._number_starting(i, hi)
    if found is not None:
        num, end = found
        if num.vague:
            return None
        person = r.person_by_first.get(end)
        near = _one_word_before(r, i, hi) if person is None else None  # 3 other civilians
        end = person.last if person is not None else near[1] if near is not None else end
        if end < hi and r.tokens[end].key in r.openers:
            end += 1  # 3 منهم في دارة عزة
    else:
        found = r._counted(i, hi, vague=False)
        if found is None:
            return None
        num, end = r._and_after(*found, hi)
    return (num, end) if end < hi and before_place(r, end) else None


def before_place(r, end: int) -> bool:
    """Token `end` leads to a place: in/at/في (role part_link) + a place or cue (past "the": in the city of
    Erbin), or a place with ب joined to it."""
    tok = r.tokens[end]
    if tok.key in r.part_links and end + 2 < len(r.tokens) and r.tokens[end + 1].key == "the":
        end += 1
    return tok.key in r.part_links and end + 1 in r.place_starts or end in r.place_starts and tok.text[:1] == "ب"


def bracket_part(r, cm, hi: int):
    """The part that opens a bracket right after count `cm` (6 مدنيين استُشهدوا (3 منهم في دارة عزّة),
    as a count of its kind, or None."""
    if cm.last >= hi or "(" not in r.norm.text[r.tokens[cm.last - 1].end:r.tokens[cm.last].start]:
        return None
    found = part_at(r, cm.last, hi)
    if found is None:
        return None
    num, end = found
    return r._mention(cm.kind, num, end, num.first, first=cm.last)


def people_before(r, found: list, lo: int, hi: int, last_out: list) -> list:
    """قتيلين وعدد من الجرحى في مدينة عربين، ... ومدنيان وعدد من الجرحى في حي جوبر: people counted with no
    casualty word, opening a clause right before its count of one kind and a place, are of the other
    kind the clause before counted (a part of a breakdown)."""
    if not found or found[0].last >= hi or not before_place(r, found[0].last):
        return []
    last_kind = next((cm.kind for cm in last_out if cm.kind != found[0].kind), None)
    if last_kind is None:
        return []
    i = lo + (r.tokens[lo].key == "and")
    counted = r._number_starting(i, hi)
    if counted is not None and not counted[0].vague and counted[1] in r.person_by_first:
        counted = counted[0], r.person_by_first[counted[1]].last
    else:
        counted = r._counted(i, hi, vague=False)
        counted = r._and_after(*counted, hi) if counted is not None else None
    if counted is None or counted[1] != found[0].first:
        return []
    return [r._mention(last_kind, counted[0], counted[1], counted[0].first, first=lo)]


def listed_part(r, kind: str, lo: int, hi: int):
    """Iblin town: a family of five people / Balyoun town: two children: people counted opening a part of
    a listed breakdown, as a count of the breakdown's kind, or None."""
    found = r._counted(lo, hi, vague=False, article=True) or r._counted_people_near(lo, hi) or _one_word_before(r, lo, hi)
    if found is None:
        return None
    num, end = r._and_after(*found, hi)
    return r._mention(kind, num, end, num.first, first=lo)


def _one_word_before(r, lo: int, hi: int):
    """two little girls: a number, one word, then a person noun."""
    found = r._number_starting(lo, hi)
    if found is None or found[0].vague or found[1] + 1 >= hi:
        return None
    person = r.person_by_first.get(found[1] + 1)
    return (found[0], person.last) if person is not None else None


def _word_before_number(r, i: int, hi: int) -> bool:
    """while 3 other civilian on the outskirts of Hammoriyya: one word that is no number (a connective)
    opening the clause right before people counted."""
    return i + 1 < hi and r._number_starting(i, hi) is None and r._number_starting(i + 1, hi) is not None
