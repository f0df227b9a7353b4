"""Casualty counts with their uncertainty, read around casualty words.

A count is a casualty word (شهيد، جرحى، killed, wounded) with the quantity that goes with it:
a number before it (3 شهداء، أكثر من 15 شهيدا، 15 civilians were killed), after it
(مقتل 5 مدنيين، killing 15 civilians), a vague word (عشرات، dozens), a singular or dual noun
(شهيد = 1، جريحين = 2) or an explicit zero (دون تسجيل إصابات، no casualties).
Vague words read as low = the lexicon value and best = VAGUE_BEST[low] (README, "Counts").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from core.arabic import Normalized
from core.matcher import Hit
from core.model import Count
from core.tokens import Token

VAGUE_BEST = {2: 3, 12: 12, 24: 36, 200: 300, 2000: 3000}
"""Best guess for a vague word, keyed by its low bound: 'a number of' ≈3, 'dozens' ≈36, 'hundreds' ≈300."""

_DIGITS = re.compile(r"\d{1,6}(?:[.,]\d{3})*")
QUALIFIERS = ("more_than", "at_least", "about")
_ON = frozenset({"على", "علي"})
_RANGE_WORDS = frozenset({"and", "to", "الي"})
_TO = frozenset({"الي", "إلى"})
_AT = frozenset({"في", "in", "at"})
_TOLL_WORDS = frozenset({"حصيله", "عدد", "toll", "number"})
_TOLL_RISE = frozenset({"rose", "risen", "rises", "climbed", "reached", "jumped", "increased"})
"""The death toll from the strikes on X has risen to 9: a verb that gives a toll its figure further on."""


def _digits(tok: Token) -> int | None:
    """The number a token writes in digits (15, ١٥, و12), if it is one (a range 12-18 is none)."""
    word = tok.variants[-1][1]
    return int(re.sub(r"[.,]", "", word)) if _DIGITS.fullmatch(word) and "-" not in tok.text else None


_RANGE = re.compile(r"(\d{1,6})-(\d{1,6})")


def _digit_range(tok: Token) -> tuple[int, int] | None:
    """12-18, 12–18 written as one word: (low, high) when low < high."""
    m = _RANGE.fullmatch(tok.text)
    if m is None:
        return None
    low, high = int(m.group(1)), int(m.group(2))
    return (low, high) if low < high else None


@dataclass(frozen=True)
class CountMention:
    """A count for one casualty kind; `anchor` is the casualty word's token, [first, last) the phrase."""
    kind: str
    count: Count
    first: int
    last: int
    anchor: int


@dataclass
class _Number:
    value: int
    first: int
    qualifier: str | None = None
    vague: bool = False
    high: int | None = None


def may_count(hits: list[Hit]) -> bool:
    """False when `hits` hold no casualty word and no "no casualties": `CountReader.read` then
    finds nothing in any range, so a sentence without them need not be read."""
    return any(h.kind == "casualty" and h.value[0] in ("killed", "wounded") or h.kind == "quantity" and h.value[0] == "zero"
               for h in hits)


class CountReader:
    """Reads counts in a token range from the hits of the casualty and quantity lexicons."""

    def __init__(self, tokens: list[Token], hits: list[Hit], norm: Normalized, fillers: frozenset[str],
                 asides: dict[int, int] | None = None, openers: frozenset[str] = frozenset(),
                 subjects: dict[int, int] | None = None, place_starts: frozenset[int] = frozenset()):
        self.tokens = tokens
        self.subjects = subjects or {}
        self.place_starts = place_starts
        self._last_kind: str | None = None
        self._last_out: list[CountMention] = []
        self.norm = norm
        self.fillers = fillers
        self.asides = asides or {}
        self.openers = openers
        self.casualty = sorted((h for h in hits if h.kind == "casualty"), key=lambda h: (h.first, -h.last))
        self.quantity_by_last: dict[int, Hit] = {}
        self.quantity_by_first: dict[int, Hit] = {}
        for h in sorted((h for h in hits if h.kind == "quantity"), key=lambda h: h.last - h.first):
            self.quantity_by_last[h.last] = h
            self.quantity_by_first[h.first] = h
        self._casualty_firsts = {h.first for h in self.casualty}
        self._kind_at: dict[int, str] = {}
        for h in self.casualty:
            self._kind_at.setdefault(h.first, h.value[0])
        self.articles = {h.first: h for h in hits if h.kind == "article"}
        self.person_by_first: dict[int, Hit] = {}
        self.noun_by_first: dict[int, Hit] = {}
        for h in self.casualty:
            if h.value[0] == "person":
                self.person_by_first.setdefault(h.first, h)
            elif h.value[0] in ("killed", "wounded") and " " not in h.phrase:
                self.noun_by_first.setdefault(h.first, h)
        self._persons_by_last: dict[int, list[Hit]] = defaultdict(list)
        for h in self.person_by_first.values():
            self._persons_by_last[h.last].append(h)

    def read(self, lo: int, hi: int) -> list[CountMention]:
        """Counts whose casualty word lies in tokens [lo, hi)."""
        out: list[CountMention] = []
        blocked: set[int] = set()
        for h in self.quantity_by_first.values():
            if h.value[0] == "zero" and lo <= h.first < hi:
                blocked.update(range(h.first, h.last))
                for kind in (("killed", "wounded") if h.value[1] == "both" else (h.value[1],)):
                    out.append(CountMention(kind, Count(0, 0, 0, False, self._text(h.first, h.last)), h.first, h.last, h.first))
        for h in self.casualty:
            if h.value[0] == "ignore" and lo <= h.first < hi:
                blocked.update(range(h.first, h.last))
        prev: CountMention | None = None
        taken: set[int] = set()
        for h in self.casualty:
            kind, number = h.value[:2]
            if not lo <= h.first < hi or kind not in ("killed", "wounded") or h.first in taken:
                continue
            if prev is not None and prev.first < h.first < prev.last and prev.kind == kind:
                continue
            if any(t in blocked for t in range(h.first, h.last)):
                continue
            taken.update(range(h.first, h.last))
            floor = max(lo, prev.last) if prev is not None and prev.last <= h.first else lo
            cm = self._one(h, kind, number, prev, floor, hi)
            if cm:
                out.append(cm)
                prev = cm
        out += self._elliptic(out, lo, hi)
        if not out and self._last_kind:
            if self._add_to_last(lo, hi):
                return out
            out += self._elliptic_clause(lo, hi)
        if out:
            self._last_kind, self._last_out = out[-1].kind, out
        return out

    def _add_to_last(self, lo: int, hi: int) -> bool:
        """مقتل تسعة مقاتلين، إضافة إلى مدنيين اثنين / the death of 27 members of regime forces, and 19
        jihadists: people counted after "in addition to", or a clause that is only "and" + counted
        people, raise the count before it."""
        q = self.quantity_by_first.get(lo)
        if q is not None and q.value[0] == "plus":
            more = self._plus_people(q.last, hi)
        elif lo + 2 <= hi and self.tokens[lo].key == "and" and not any(
                t in self._casualty_firsts and t not in self.person_by_first for t in range(lo, hi)):
            more = self._counted_person(lo + 1, hi)
            more = more if more is not None and more[1] == hi else None
        else:
            more = None
        if more is None:
            return False
        out = self._last_out
        k = max(n for n, cm in enumerate(out) if cm.kind == self._last_kind)
        cm = out[k]
        out[k] = CountMention(cm.kind, _plus(cm.count, more[0].value, self._text(cm.first, more[1])),
                              cm.first, cm.last, cm.anchor)
        return True

    def _plus_people(self, i: int, hi: int) -> tuple[_Number, int] | None:
        p = self.person_by_first.get(i)
        if p is not None and p.value[1]:
            return _Number(p.value[1], i), p.last
        found = self._number_starting(i, hi)
        if found is None or found[0].vague:
            return None
        person = self.person_by_first.get(found[1])
        return (found[0], person.last) if person is not None else None

    def _elliptic_clause(self, lo: int, hi: int) -> list[CountMention]:
        """34 شهيداً، بينهم 12 في مدينة داريا ...، و8 في بلدة ببيلا / including 12 in Douma and 9 in
        Hamouria: a clause that opens with a bare number (after بينهم/منهم/including or و) and a place
        is a count of the kind counted just before it, and so is each further number + place in it."""
        i = lo + (lo < hi and (self.tokens[lo].key in self.openers or self.tokens[lo].key == "and"))
        found = self._number_starting(i, hi)
        if found is None or found[0].vague or found[1] >= hi:
            return []
        out = []
        while found is not None and not found[0].vague and found[1] < hi and self._before_place(found[1]):
            num, end = found
            out.append(self._mention(self._last_kind, num, end, i, first=i))
            i = next((j for j in range(end + 1, hi) if self._number_starting(j, hi) is not None), hi)
            found = self._number_starting(i, hi) if i < hi else None
        return out

    def _before_place(self, end: int) -> bool:
        """Token `end` leads to a place: in/at/في + a place or cue, or a place with ب joined to it."""
        tok = self.tokens[end]
        return tok.key in _AT and end + 1 in self.place_starts or end in self.place_starts and tok.text[:1] == "ب"

    def _elliptic(self, found: list[CountMention], lo: int, hi: int) -> list[CountMention]:
        """killed 3 people in Arbin and one in Jisrin / 3 شهداء في عربين و2 في جسرين: a number after
        'and' that stands before 'in' repeats the kind of the count before it."""
        out = []
        used = {t for cm in found for t in range(cm.first, cm.last)}
        for cm in found:
            i = cm.last
            while i < hi and i in used:
                i += 1
            nxt = [c for c in found if c.first > cm.first]
            limit = min([c.first for c in nxt] + [hi])
            for j in range(i, min(limit, i + 8)):
                tok = self.tokens[j]
                starts_and = tok.key == "and" or tok.text.startswith("و") and len(tok.variants) > 1
                k = j + 1 if tok.key == "and" else j
                num = self._number_starting(k, hi) if starts_and and k not in used else None
                if num is not None and num[1] < hi and self.tokens[num[1]].key in ("in", "at", "في", "ب"):
                    out.append(self._mention(cm.kind, num[0], num[1], k, first=j))
                    break
        return out

    def _one(self, h: Hit, kind: str, number: int | None, prev, lo: int, hi: int) -> CountMention | None:
        no_left = h.cut > 0 and self.tokens[h.first].text.startswith("و") or self._after_dash(h.first, lo)
        num = None if no_left else self._number_ending(h.first, lo)
        if num is None and not no_left:
            j = self._past_fillers(h.first, lo)
            person = self._person_before(j, lo) or self._person_of_before(j, lo)
            num = self._number_ending(person.first if person is not None else j, lo) if j < h.first or person else None
            if num is None and person is not None and person.first - 1 > lo and self._plain(person.first - 1):
                num = self._number_ending(person.first - 1, lo)  # 5 SDF fighters killed
            if num is None and person is not None and person.value[1]:
                num = self._article_before(person, lo)
            if num is None or num.first - 1 >= lo and self.tokens[num.first - 1].key in self.openers:
                num = self._number_before_inner_aside(j, lo) or self._number_before_dash_aside(j, lo) or num
        if num is not None:
            return self._mention(kind, self._and_before(num, lo), h.last, h.first)
        toll = h.first > lo and self.tokens[h.first - 1].key in _TOLL_WORDS
        if toll:
            num = self._number_ending(h.first - 1, lo)
            if num is not None:
                return self._mention(kind, num, h.last, h.first)  # ارتفع إلى 23 عدد الشهداء
        start = self._past_subject(h) if h.value[2] else h.last
        if toll and start < hi and self.tokens[start].key in _TO:
            start += 1  # ارتفع عدد الشهداء إلى 23
        right = self._number_after(start, hi) if number != 2 and (toll or not self._is_noun_plural(h)) else None
        if right is None and (toll or h.phrase.endswith("toll")):
            right = self._after_toll_rise(h.last, hi)
        if right is not None:
            num, end = self._and_after(*right, hi)
            noun = self.noun_by_first.get(end)
            if noun is not None and noun.value[0] == kind:
                end = noun.last
            return self._mention(kind, num, end, h.first, first=h.first)
        aside = self._across_aside(h, lo)
        if aside is not None:
            return aside
        if prev is not None and prev.count.vague and h.cut and prev.last == h.first and prev.kind != kind:
            c = prev.count
            return CountMention(kind, Count(c.low, c.best, c.high, True, self._text(prev.first, h.last)), prev.first, h.last, h.first)
        if number:
            return CountMention(kind, Count(number, number, number, False, self._text(h.first, h.last)), h.first, h.last, h.first)
        tok = self.tokens[h.first]
        definite = tok.text[h.cut:].startswith("ال") or h.first > lo and self.tokens[h.first - 1].key == "the"
        construct = h.last < hi and self.tokens[h.last].text.startswith("ال") or \
            h.first > lo and self.tokens[h.first - 1].key in _TOLL_WORDS
        if not definite and not construct and self._is_noun_plural(h):
            return CountMention(kind, Count(2, VAGUE_BEST[2], None, True, self._text(h.first, h.last)), h.first, h.last, h.first)
        return None

    def _after_toll_rise(self, start: int, hi: int, reach: int = 10) -> tuple[_Number, int] | None:
        """The figure after a rise verb a few words after a toll word (the death toll from ... rose to 9)."""
        for k in range(start, min(hi, start + reach)):
            if k in self._casualty_firsts:
                return None
            if self.tokens[k].key in _TOLL_RISE:
                return self._number_after(k + 1, hi)
        return None

    def _after_dash(self, first: int, lo: int) -> bool:
        """إدلب، الثلاثاء 25 تشرين الأول 2016 – قُتل: a dash ends what stands before it (a dateline), so
        the number there does not count the casualty word after it."""
        if first <= lo:
            return False
        gap = self.norm.text[self.tokens[first - 1].end:self.tokens[first].start]
        return any(ch in gap for ch in "-–—")

    def _across_aside(self, h: Hit, lo: int) -> CountMention | None:
        """500 people, mostly women and children, were treated: a casualty word opening its clause
        right after an aside takes the number before the aside."""
        j = self._past_fillers(h.first, lo)
        start = self.asides.get(j) if j == lo else None
        if start is None:
            return None
        j = self._past_fillers(start, 0)
        person = self._person_before(j, 0)
        num = self._number_ending(person.first if person is not None else j, 0)
        return self._mention(h.value[0], num, h.last, h.first) if num is not None else None

    def _past_fillers(self, j: int, lo: int) -> int:
        """The first of up to three filler words (were, reportedly, people) ending at token j; a
        filler that ends a quantity (the "of" of "a handful of") stays with it."""
        start = j
        while j - 1 >= lo and start - j < 3 and self.tokens[j - 1].key in self.fillers and j not in self.quantity_by_last:
            j -= 1
        return j

    @staticmethod
    def _is_noun_plural(h: Hit) -> bool:
        """An Arabic plural noun (جرحى، شهداء، مصابين): it takes no number after it; a verb
        (قضوا، راح ضحيتها) does."""
        return h.value[1] is None and not h.value[2] and h.phrase.endswith(("ى", "ا", "ء", "ين", "ات", "ون"))

    def _mention(self, kind, num: _Number, end_tok: int, anchor: int, first: int | None = None) -> CountMention:
        first = num.first if first is None else first
        text = self._text(first, end_tok)
        n = num.value
        if num.vague:
            count = Count(n, VAGUE_BEST.get(n, n), None, True, text)
        elif num.qualifier == "more_than":
            count = Count(n + 1, n + 1, None, True, text)
        elif num.qualifier == "at_least":
            count = Count(n, n, None, True, text)
        elif num.qualifier == "about":
            count = Count(None, n, None, True, text)
        elif num.qualifier == "between":
            count = Count(n, (n + num.high) // 2, num.high, True, text)
        else:
            count = Count(n, n, n, False, text)
        return CountMention(kind, count, first, end_tok, anchor)

    def _plain(self, k: int) -> bool:
        """Token k is an ordinary word: no casualty, count or article word."""
        return k not in self._casualty_firsts and k not in self.quantity_by_first and k not in self.articles

    def _person_before(self, first: int, lo: int):
        """The person noun ending right before token `first` (the earliest starting, within the range)."""
        return next((h for h in self._persons_by_last.get(first, ()) if h.first >= lo), None)

    def _person_of_before(self, j: int, lo: int, longest: int = 5):
        """Five members of the same family were killed, three members of the White Helmets: a person
        noun with a short "of" group after it that runs up to the casualty word (or its fillers)."""
        for k in range(j - 2, max(lo, j - longest - 2), -1):
            if self.tokens[k].key == "of":
                return self._person_before(k, lo) if all(self.tokens[t].joined for t in range(k, j)) else None
            if k in self._casualty_firsts or k in self.quantity_by_first or self.tokens[k].key[:1].isdigit():
                return None
        return None

    def _number_before_inner_aside(self, j: int, lo: int) -> _Number | None:
        """أربعة مواطنين بينهم سيدة قضوا: the count stands before a short aside (بينهم، منهم) that
        runs up to the casualty word without commas."""
        for k in range(j - 1, max(lo, j - 6), -1):
            if self.tokens[k].key in self.openers:
                person = self._person_before(k, lo)
                return self._number_ending(person.first if person is not None else k, lo)
            if k in self._casualty_firsts and self.casualty_kind(k) != "person":
                return None
        return None

    def _number_before_dash_aside(self, j: int, lo: int, longest: int = 8) -> _Number | None:
        """Nine people - four of them children - were killed: the count stands before an aside
        between dashes that ends right before the casualty word (or its fillers)."""
        if not self._dash_before(j, lo):
            return None
        for k in range(j - 1, max(lo, j - longest), -1):
            if self._dash_before(k, lo):
                k = self._past_fillers(k, lo)
                person = self._person_before(k, lo)
                return self._number_ending(person.first if person is not None else k, lo)
        return None

    def _dash_before(self, k: int, lo: int) -> bool:
        """A dash with spaces (not a hyphen inside a word) between token k-1 and token k."""
        if k - 1 < lo:
            return False
        gap = self.norm.text[self.tokens[k - 1].end:self.tokens[k].start]
        return gap.strip() in ("-", "--") and " " in gap

    def casualty_kind(self, first: int) -> str | None:
        return self._kind_at.get(first)

    def _article_before(self, person: Hit, lo: int) -> _Number | None:
        """"a child", "a young man", "a local council member": an indefinite article up to two words
        before a singular person noun."""
        for k in (person.first - 1, person.first - 2, person.first - 3):
            if k >= lo and k in self.articles and all(self.tokens[t].joined for t in range(k + 1, person.first + 1)):
                return _Number(person.value[1], k)
        return None

    def _counted_person(self, i: int, hi: int) -> tuple[_Number, int] | None:
        """People counted from token i on: "two children", "a woman", "a local council member"."""
        found = self._number_starting(i, hi)
        if found is not None:
            num, end = found
            p = self.person_by_first.get(end)
            return (num, p.last) if p is not None else None
        q = self.articles.get(i)
        if q is not None:
            for k in (q.last, q.last + 1, q.last + 2):
                p = self.person_by_first.get(k)
                if p is not None and p.last <= hi and all(self.tokens[t].joined for t in range(q.last, k + 1)):
                    if p.value[1]:
                        return _Number(p.value[1], i), p.last
                    counted = self._number_starting(p.last, hi)
                    return (_Number(counted[0].value, i), counted[1]) if counted is not None else None
                if k in self._casualty_firsts or k in self.quantity_by_first:
                    break
        return None

    def _and_after(self, num: _Number, end: int, hi: int) -> tuple[_Number, int]:
        """"a woman and her two children", رجل وزوجته: people joined by "and" (a possessive between)
        or by و add up."""
        if end >= hi or self._person_before(end, 0) is None:
            return num, end
        p = self.person_by_first.get(end)
        if p is not None and p.cut > 0 and self.tokens[end].text.startswith("و"):
            if p.value[1]:
                return _sum(num, _Number(p.value[1], end)), p.last
            return num, end
        if self.tokens[end].key == "and":
            for k in (end + 1, end + 2):
                if k == end + 2 and (k - 1 in self._casualty_firsts or k - 1 in self.quantity_by_first):
                    break
                more = self._counted_person(k, hi)
                if more is not None:
                    return _sum(num, more[0]), more[1]
        more = self._more_after_wa(self._past_of_phrase(end, hi), hi)
        if more is None:
            q = self.quantity_by_first.get(self._past_of_phrase(end, hi, plus=True))
            more = self._plus_people(q.last, hi) if q is not None and q.value[0] == "plus" else None
        if more is not None:
            return _sum(num, more[0]), more[1]
        return num, end

    def _past_of_phrase(self, end: int, hi: int, plus: bool = False) -> int:
        """أحد عشر عنصراً من التنظيم وثلاثة...: the و-word one or two words after the من that says
        whose people were counted (`end` when there is none)."""
        if end < hi and self.tokens[end].key == "من":
            for k in (end + 2, end + 3):
                if k < hi and (self._starts_with_wa(k) if not plus else k in self.quantity_by_first):
                    return k
                if k in self._casualty_firsts or k in self.quantity_by_first:
                    break
        return end

    def _starts_with_wa(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok.text.startswith("و") and len(tok.variants) > 1

    def _more_after_wa(self, k: int, hi: int) -> tuple[_Number, int] | None:
        """ومدنيين اثنين، وثلاثة مدنيين، وثلاثة من قسد: more people counted after و (a number then a
        person noun or من), which add to the count before them."""
        if k >= hi or not self._starts_with_wa(k):
            return None
        p = self.person_by_first.get(k)
        if p is not None:
            return (_Number(p.value[1], k), p.last) if p.value[1] and p.cut > 0 else None
        found = self._number_starting(k, hi)
        if found is None or found[0].vague or found[1] >= hi:
            return None
        num, e = found
        person = self.person_by_first.get(e)
        if person is not None:
            return num, person.last
        return (num, e) if self.tokens[e].key == "من" else None

    def _and_before(self, num: _Number, lo: int) -> _Number:
        """The same, read backwards from the count nearest the casualty word."""
        for k in (num.first - 1, num.first - 2):
            if k > lo and self.tokens[k].key == "and":
                person = self._person_before(k, lo)
                if person is None:
                    return num
                before = self._number_ending(person.first, lo)
                if before is None and person.value[1]:
                    before = self._article_before(person, lo)
                return _sum(before, num) if before is not None else num
        return num

    def _number_ending(self, end: int, lo: int) -> _Number | None:
        """A number or vague quantity whose last token is end-1 (with its qualifier, if any)."""
        if end - 1 < lo:
            return None
        q = self.quantity_by_last.get(end)
        if q is not None and q.first >= lo and q.value[0] == "vague":
            return _Number(q.value[1], q.first, vague=True)
        total, first = self._number_words(end, lo)
        if total is None:
            total = _digits(self.tokens[end - 1])
            if total is None:
                span = _digit_range(self.tokens[end - 1])
                return _Number(span[0], end - 1, "between", high=span[1]) if span else None
            first = end - 1
        num = _Number(total, first)
        q = self.quantity_by_last.get(first)
        if q is not None and q.first >= lo and q.value[0] in QUALIFIERS:
            num.qualifier, num.first = q.value[0], q.first
        elif first - 1 > lo and (self._range_word(first - 1) or self._joins(first)):
            low = self._number_ending(first - 1 if self._range_word(first - 1) else first, lo)
            if low is not None and low.qualifier is None and low.value < total:
                q = self.quantity_by_last.get(low.first)
                if q is not None and q.first >= lo and q.value[0] == "between":
                    return _Number(low.value, q.first, "between", high=total)
        return num

    def _number_words(self, end: int, lo: int) -> tuple[int | None, int]:
        total, first = None, end
        while True:
            q = self.quantity_by_last.get(first)
            if q is None or q.first < lo or q.value[0] != "exact":
                break
            total = (total or 0) + q.value[1]
            joined_by_and = q.cut > 0 or self.tokens[q.first].key in ("and",)
            first = q.first
            prev = self.quantity_by_last.get(first)
            if prev is None and first - 2 >= lo and q.value[1] < 100:
                before = self.quantity_by_last.get(first - 1)
                if before is not None and self._hundreds_and(before.value[1], first - 1, end) \
                        and before.value[0] == "exact" and before.first >= lo:
                    first -= 1
                    prev, joined_by_and = before, True
            if not (prev and prev.value[0] == "exact" and (joined_by_and or q.value[1] in (10, 100, 1000))
                    and self.tokens[first].joined):
                break
        return total, first

    def _past_subject(self, h: Hit) -> int:
        """قتل مسلحون مجهولون عنصراً، قضت وحدات الجيش على عدد من...: the token after the attacker that
        stands as subject between a casualty verb and the people it counts (and the على of قضى على)."""
        i = self.subjects.get(h.last)
        if i is None:
            return h.last
        return i + 1 if i < len(self.tokens) and self.tokens[i].key in _ON else i

    def _number_after(self, start: int, hi: int) -> tuple[_Number, int] | None:
        """`مقتل 5 مدنيين`, `killing at least 15 people`, `wounding dozens`: a quantity after the word."""
        i = start
        while i < hi and i not in self.quantity_by_first and (self.tokens[i].key in self.fillers or i in self.articles
                                                             and i + 1 < hi and self.tokens[i + 1].key in self.fillers):
            i += 1
        if i >= hi:
            return None
        own = self.person_by_first.get(i)
        if self.tokens[i].variants[-1][0] > 0 and self.tokens[i].text.startswith("و") and (own is None or own.cut > 0):
            return None  # وأصيب: the next verb, unless the word is a person noun spelt with و (والدتهم)
        found = self._qualified_number(i, hi)
        num: _Number | None = None
        if found is not None:
            num, end = found
        if num is None:
            if i in self.articles:
                if not self.tokens[i].joined:
                    return None
                found = self._counted_person(i, hi)
                if found is not None:
                    return found
            p = self.person_by_first.get(i)
            if p is not None and p.value[1]:
                return self._restated(_Number(p.value[1], i), p.last, hi)
            if p is not None:
                after = self._number_starting(p.last, hi)
                if after is not None and not after[0].vague:
                    return _Number(after[0].value, i), after[1]
                near = self._counted_people_near(i, hi)
                if near is None and not self.tokens[i].text[p.cut:].startswith("ال"):
                    return _Number(2, i, vague=True), p.last  # وأصيب آخرون: others, uncounted
                return near
            return self._counted_people_near(i, hi)
        p = self.person_by_first.get(end)
        if p is not None:
            end = p.last
        return num, end

    def _restated(self, num: _Number, end: int, hi: int) -> tuple[_Number, int]:
        """شخص واحد على الأقل، جريحين اثنين: a singular or dual noun with its number said again, and
        a trailing "at least"."""
        q = self.quantity_by_first.get(end)
        if q is not None and q.value == ("exact", num.value) and q.last <= hi:
            end = q.last
        q = self.quantity_by_first.get(end)
        if q is not None and q.value[0] == "at_least" and q.last <= hi:
            num.qualifier, end = "at_least", q.last
        return num, end

    def _qualified_number(self, i: int, hi: int) -> tuple[_Number, int] | None:
        """A number from token i on with what qualifies it: أكثر من 15، at least 15, between 4 and
        11 (low 4, high 11), 23 ... على الأقل."""
        q = self.quantity_by_first.get(i)
        if q is not None and q.value[0] in QUALIFIERS:
            inner = self._number_starting(q.last, hi)
            if inner is None:
                return None
            num, end = inner
            num.qualifier, num.first = q.value[0], q.first
            return num, end
        if q is not None and q.value[0] == "between":
            low = self._number_starting(q.last, hi)
            if low is not None and low[1] < hi and (self._range_word(low[1]) or self._joins(low[1])):
                high = self._number_starting(low[1] + self._range_word(low[1]), hi)
                if high is not None and high[0].value > low[0].value:
                    return _Number(low[0].value, i, "between", high=high[0].value), high[1]
            return None
        found = self._number_starting(i, hi)
        if found is None:
            return None
        num, end = found
        p = self.person_by_first.get(end)
        after = self.quantity_by_first.get(p.last if p is not None else end)
        if after is not None and after.value[0] == "at_least" and num.qualifier is None and after.last <= hi:
            num.qualifier = "at_least"
            return num, after.last
        return num, end

    def _range_word(self, k: int) -> bool:
        """Token k joins the two ends of a range as a word of its own: and, إلى (ما بين 5 إلى 7)."""
        return self.tokens[k].key in _RANGE_WORDS

    def _joins(self, k: int) -> bool:
        """Token k is "and", or a number written with و before it (و20)."""
        tok = self.tokens[k]
        return tok.key == "and" or tok.text.startswith("و") and len(tok.variants) > 1

    def _counted_people_near(self, i: int, hi: int) -> tuple[_Number, int] | None:
        """قتل خلال المعارك 8 عناصر: a number with a person noun a few words further on, not past
        another casualty word (ارتقى شهيد وأصيب 4 مدنيين: the 4 are the wounded)."""
        if i in self._casualty_firsts and self.casualty_kind(i) in ("killed", "wounded"):
            return None
        for j in range(i + 1, min(hi, i + 4)):
            if self.tokens[j].key in self.fillers:
                continue
            if j in self._casualty_firsts and self.casualty_kind(j) in ("killed", "wounded"):
                break
            found = self._qualified_number(j, hi)
            if found is not None:
                num, end = found
                if end in self.person_by_first:
                    return num, self.person_by_first[end].last
                if any(t in self.person_by_first for t in range(num.first, end)):
                    return num, end
            if j in self.quantity_by_first:
                break
        return None

    def _number_starting(self, i: int, hi: int) -> tuple[_Number, int] | None:
        if i >= hi:
            return None
        q = self.quantity_by_first.get(i)
        if q is not None and q.value[0] == "vague":
            return _Number(q.value[1], i, vague=True), q.last
        n = _digits(self.tokens[i])
        if n is not None:
            return _Number(n, i), i + 1
        span = _digit_range(self.tokens[i])
        if span is not None:
            return _Number(span[0], i, "between", high=span[1]), i + 1
        if q is not None and q.value[0] == "exact":
            total, end = q.value[1], q.last
            while True:
                nxt = self.quantity_by_first.get(end)
                if nxt is None and self._hundreds_and(total, end, hi):
                    end += 1
                    nxt = self.quantity_by_first.get(end)
                if not (nxt and nxt.value[0] == "exact" and end < hi and self.tokens[end].joined):
                    break
                total += nxt.value[1]
                end = nxt.last
            return _Number(total, i), end
        return None

    def _hundreds_and(self, total: int, i: int, hi: int) -> bool:
        """one hundred and twenty: an English "and" at token i goes on a number of hundreds or
        thousands with the smaller number word after it."""
        if not (total >= 100 and total % 100 == 0 and i + 1 < hi and self.tokens[i].key == "and"
                and self.tokens[i].joined and self.tokens[i + 1].joined):
            return False
        nxt = self.quantity_by_first.get(i + 1)
        return nxt is not None and nxt.value[0] == "exact" and nxt.value[1] < 100

    def _text(self, first: int, last: int) -> str:
        s, e = self.norm.span(self.tokens[first].start, self.tokens[last - 1].end)
        return self.norm.original[s:e]


def _plus(c: Count, n: int, text: str) -> Count:
    """A count raised by n more people."""
    add = (lambda v: None if v is None else v + n)
    return Count(add(c.low), add(c.best), add(c.high), c.vague, text)


def _sum(a: _Number, b: _Number) -> _Number:
    """Two counts of people read as one: the earlier start, vague if either is."""
    return _Number(a.value + b.value, min(a.first, b.first), a.qualifier or b.qualifier, a.vague or b.vague)
