"""Numbers in report text, read from the quantity lexicon's hits and the tokens: digits (15, و12),
ranges written as one word (12-18), number words added up (ثلاثة عشر, one hundred and twenty),
vague quantities (عشرات, dozens) and what qualifies them (أكثر من, at least, between 4 and 11)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.tokens import Token

QUALIFIERS = ("more_than", "at_least", "about")
_DIGITS = re.compile(r"\d{1,6}(?:[.,]\d{3})*")
_RANGE = re.compile(r"(\d{1,6})-(\d{1,6})")
_RANGE_WORDS = frozenset({"and", "to", "الي"})
_RANGE_OPENERS = frozenset({"from"})
"""from 33 to more than 50: the word before a range's low end when "to" joins the two."""
RISE_WORDS = frozenset({"ارتفع", "ارتفعت", "rose", "risen", "raised", "increased", "climbed", "jumped"})
"""ارتفع إلى 13 / It rose to 9; the toll rose from 3 to 5 (a rise, not a range)."""
POWERS = frozenset({1000, 1_000_000})
"""Values of the number words that multiply a number written before them (170 ألف، 1.5 million)."""


def digits(tok: Token) -> int | None:
    """The number a token writes in digits (15, ١٥, و12), if it is one (a range 12-18 is none)."""
    word = tok.variants[-1][1]
    if not word[:1].isdigit():
        return None  # most words: no regex match needed (every \d is a str.isdigit character)
    return int(re.sub(r"[.,]", "", word)) if _DIGITS.fullmatch(word) and "-" not in tok.text else None


def digit_range(tok: Token) -> tuple[int, int] | None:
    """12-18, 12–18 written as one word: (low, high) when low < high."""
    m = _RANGE.fullmatch(tok.text)
    if m is None:
        return None
    low, high = int(m.group(1)), int(m.group(2))
    return (low, high) if low < high else None


@dataclass
class Number:
    """A number read at token `first`, with its qualifier; vague for dozens, high for a range."""
    value: int
    first: int
    qualifier: str | None = None
    vague: bool = False
    high: int | None = None
    open: bool = False
    """A range's high end is only a bound (from 33 to more than 50): no high is given."""


def add_up(a: Number, b: Number) -> Number:
    """Two counts of people read as one: the earlier start, vague if either is, and a range when
    either is one (the high bounds add up too)."""
    high = None if a.high is None and b.high is None else (a.high or a.value) + (b.high or b.value)
    return Number(a.value + b.value, min(a.first, b.first), a.qualifier or b.qualifier, a.vague or b.vague, high)


class NumberReader:
    """Numbers ending or starting at a token. Reads `tokens`, `norm`, `quantity_by_first`,
    `quantity_by_last` and `person_by_first`, set by `core.quantities.CountReader`."""

    def _number_ending(self, end: int, lo: int) -> Number | None:
        """A number or vague quantity whose last token is end-1 (with its qualifier, if any)."""
        if end - 1 < lo:
            return None
        q = self.quantity_by_last.get(end)
        if q is not None and q.first >= lo and q.value[0] == "vague":
            return Number(q.value[1], q.first, vague=True)
        total, first = self._number_words(end, lo)
        if total in POWERS and first - 1 >= lo and first == end - 1 and self.tokens[first].joined:
            times = self._multiplied(first - 1, lo)
            if times is not None:
                total, first = round(times[0] * total), times[1]  # 170 ألف قتيل
        if total is None:
            total = digits(self.tokens[end - 1])
            if total is None:
                span = digit_range(self.tokens[end - 1])
                return Number(span[0], end - 1, "between", high=span[1]) if span else None
            first = end - 1
        num = Number(total, first)
        q = self.quantity_by_last.get(first)
        if q is not None and q.first >= lo and q.value[0] == "vague" and digits(self.tokens[first]) is not None:
            return Number(total, q.first, "about")  # some 100 people
        if q is not None and q.first >= lo and q.value[0] in QUALIFIERS + ("upto",):
            num.qualifier, num.first = q.value[0], q.first
            return self._range_ending(num, lo) or (num if q.value[0] != "upto" else Number(total, first))
        elif first - 1 > lo and (self._range_word(first - 1) or self._joins(first)):
            low = self._number_ending(first - 1 if self._range_word(first - 1) else first, lo)
            if low is not None and low.qualifier is None and low.value < total:
                q = self.quantity_by_last.get(low.first)
                if q is not None and q.first >= lo and q.value[0] == "between":
                    return Number(low.value, q.first, "between", high=total)
        return self._range_ending(num, lo) or num

    def _range_ending(self, num: Number, lo: int) -> Number | None:
        """from 33 to more than 50; at least seven and as many as 14: a range whose high end is `num`
        (low the number before; high none when the high end is open, "more than 50")."""
        k = num.first - 1
        if k - 1 <= lo or not (self._range_word(k) and (num.qualifier == "upto") == (self.tokens[k].key == "and")):
            return None
        low = self._number_ending(k, lo)
        if low is None or low.vague or low.value >= num.value or low.high is not None:
            return None
        opened = low.first - 1 >= lo and self.tokens[low.first - 1].key in _RANGE_OPENERS and not (
            low.first - 2 >= lo and self.tokens[low.first - 2].key in RISE_WORDS)
        if not (opened and low.qualifier is None or num.qualifier == "upto" and low.qualifier == "at_least"):
            return None
        high = num.value + (num.qualifier == "more_than")
        return Number(low.value, low.first - opened, "between", high=high, open=num.qualifier == "more_than")

    def _number_words(self, end: int, lo: int) -> tuple[int | None, int]:
        """(the value, the first token) of number words ending at token end-1 (خمسة وعشرين, twenty five)."""
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
                if before is not None and before.value[0] == "exact" and before.first >= lo \
                        and self._hundreds_and(before.value[1], first - 1, end):
                    first -= 1
                    prev, joined_by_and = before, True
            if not (prev and prev.value[0] == "exact" and (joined_by_and or q.value[1] in (10, 100, 1000))
                    and self.tokens[first].joined):
                break
        return total, first

    def _number_starting(self, i: int, hi: int) -> tuple[Number, int] | None:
        """(a number, the token after it) starting at token i: vague, digits, a range or number words; a
        vague word right before digits makes them "about" (some 100 people)."""
        if i >= hi:
            return None
        q = self.quantity_by_first.get(i)
        if q is not None and q.value[0] == "vague":
            n = digits(self.tokens[q.last]) if q.last < hi else None
            if n is not None:
                return Number(n, i, "about"), q.last + 1  # some 100 people: about 100
            return Number(q.value[1], i, vague=True), q.last
        n = digits(self.tokens[i])
        power = self.quantity_by_first.get(i + 1) if n is not None and i + 1 < hi else None
        if power is not None and power.value[0] == "exact" and power.value[1] in POWERS and self.tokens[i + 1].joined:
            return Number(round(self._multiplied(i, 0)[0] * power.value[1]), i), power.last  # 170 thousand
        if n is not None:
            return Number(n, i), i + 1
        span = digit_range(self.tokens[i])
        if span is not None:
            return Number(span[0], i, "between", high=span[1]), i + 1
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
            return Number(total, i), end
        return None

    def _qualified_number(self, i: int, hi: int) -> tuple[Number, int] | None:
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
                    return Number(low[0].value, i, "between", high=high[0].value), high[1]
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

    def _multiplied(self, k: int, lo: int) -> tuple[float, int] | None:
        """(the number, its first token) that token k writes in digits before ألف / million, with the
        whole part before it when k is a fraction (1.5 million: the tokens 1, 5)."""
        n = digits(self.tokens[k])
        if n is None:
            return None
        if k - 1 >= lo and len(self.tokens[k].text) <= 2 and digits(self.tokens[k - 1]) is not None \
                and self.norm.text[self.tokens[k - 1].end:self.tokens[k].start] in (".", ","):
            return float(f"{digits(self.tokens[k - 1])}.{self.tokens[k].text}"), k - 1
        return n, k

    def _range_word(self, k: int) -> bool:
        """Token k joins the two ends of a range as a word of its own: and, إلى (ما بين 5 إلى 7)."""
        return self.tokens[k].key in _RANGE_WORDS

    def _joins(self, k: int) -> bool:
        """Token k is "and", or a number written with و before it (و20)."""
        tok = self.tokens[k]
        return tok.key == "and" or tok.text.startswith("و") and len(tok.variants) > 1

    def _hundreds_and(self, total: int, i: int, hi: int) -> bool:
        """one hundred and twenty: an English "and" at token i goes on a number of hundreds or
        thousands with the smaller number word after it."""
        if not (total >= 100 and total % 100 == 0 and i + 1 < hi and self.tokens[i].key == "and"
                and self.tokens[i].joined and self.tokens[i + 1].joined):
            return False
        nxt = self.quantity_by_first.get(i + 1)
        return nxt is not None and nxt.value[0] == "exact" and nxt.value[1] < 100

    def _text(self, first: int, last: int) -> str:
        """Tokens [first, last) as written in the original text."""
        s, e = self.norm.span(self.tokens[first].start, self.tokens[last - 1].end)
        return self.norm.original[s:e]
