"""Casualty counts with their uncertainty, read around casualty words.

A count is a casualty word (شهيد، جرحى، killed, wounded) with the quantity that goes with it:
a number before it (3 شهداء، أكثر من 15 شهيدا، 15 civilians were killed), after it
(مقتل 5 مدنيين، killing 15 civilians), a vague word (عشرات، dozens), a singular or dual noun
(شهيد = 1، جريحين = 2) or an explicit zero (دون تسجيل إصابات، no casualties).
Vague words read as low = the lexicon value and best = VAGUE_BEST[low] (README, "Counts").
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from core import lexicon
from core.ages import age_ending, year_ending
from core.arabic import Normalized, norm
from core.count_parts import bracket_part, people_before
from core.follow_counts import add_to_last, elliptic, elliptic_clause
from core.joint_counts import block_joint, loosen
from core.matcher import Hit
from core.model import Count
from core.numbers import RISE_WORDS, Number, digits
from core.people import PeopleReader, bare_plural_before
from core.partitives import partitive_before
from core.people_order import (dash_before, number_before_dash_aside, number_before_inner_aside, past_at_least,
                               people_before_verb, person_of_before)
from core.pairs import vague_for_both
from core.tolls import figure_after_rise, rose_before
from core.tokens import Token, quote_opens

VAGUE_BEST = {2: 3, 12: 12, 24: 36, 200: 300, 2000: 3000}
"""Best guess for a vague word, keyed by its low bound: 'a number of' ≈3, 'dozens' ≈36, 'hundreds' ≈300."""

LOOSE = frozenset(norm(r.phrase).lower() for lang in ("ar", "en") for r in lexicon.load(lang).get("loose_tolls", ()))
"""Victims words (ضحايا: the dead and wounded together) that tell no number of the dead."""

ASIDE_REACH = 8
"""At most this many tokens back from a clause to the opener of the aside its comma closes."""
_ON = frozenset({"على", "علي"})
_TO = frozenset({"الي", "إلى"})
_TOLL_WORDS = frozenset({"حصيله", "عدد", "toll", "number"})
_RISE_FIRST = RISE_WORDS
"""ارتفع إلى 13 ... عدد الشهداء / It rose to 9 ... the number of people killed: SOHR's inverted toll."""


@dataclass(frozen=True)
class CountMention:
    """A count for one casualty kind; `anchor` is the casualty word's token, [first, last) the phrase."""
    kind: str
    count: Count
    first: int
    last: int
    anchor: int


def may_count(hits: list[Hit]) -> bool:
    """False when `hits` hold no casualty word and no "no casualties": `CountReader.read` then
    finds nothing in any range, so a sentence without them need not be read."""
    return any(h.kind == "casualty" and h.value[0] in ("killed", "wounded") or h.kind == "quantity" and h.value[0] == "zero"
               or h.kind == "negation" and h.value[1] == "both" for h in hits)


class CountReader(PeopleReader):
    """Reads counts in a token range from the hits of the casualty and quantity lexicons."""

    def __init__(self, tokens: list[Token], hits: list[Hit], norm: Normalized, fillers: frozenset[str],
                 asides: dict[int, int] | None = None, openers: frozenset[str] = frozenset(),
                 subjects: dict[int, int] | None = None, place_starts: frozenset[int] = frozenset(), *,
                 part_links: frozenset[str] = frozenset(), companions: frozenset[str] = frozenset(),
                 others: frozenset[str] = frozenset()):
        self.tokens = tokens
        self.subjects = subjects or {}
        self.place_starts = place_starts
        self._last_kind: str | None = None
        self._last_out: list[CountMention] = []
        self.norm = norm
        self.fillers = fillers
        self.asides = asides or {}
        self.openers = openers
        self.part_links, self.companions, self.others = part_links, companions, others
        self.casualty = sorted((h for h in hits if h.kind == "casualty"), key=lambda h: (h.first, -h.last))
        self.quantity_by_last: dict[int, Hit] = {}
        self.quantity_by_first: dict[int, Hit] = {}
        self.negations: dict[int, Hit] = {}
        for h in sorted((h for h in hits if h.kind == "negation"), key=lambda h: h.last - h.first):
            self.negations[h.first] = h
        for h in sorted((h for h in hits if h.kind == "quantity"), key=lambda h: h.last - h.first):
            self.quantity_by_last[h.last] = h
            self.quantity_by_first[h.first] = h
        self._casualty_firsts = {h.first for h in self.casualty}
        self._aside_after = {start: after for after, start in self.asides.items()}
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
        self._casualty_words = [h for h in self.casualty if h.value[0] in ("killed", "wounded")]
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
        for cm in negated(self, lo, hi, blocked):
            out.append(cm)
            blocked.update(range(cm.first, cm.last))
        block_joint(self, lo, hi, blocked)
        for h in _within(self.casualty, lo, hi):
            if h.value[0] == "ignore":
                blocked.update(range(h.first, h.last))
        prev: CountMention | None = None
        taken: set[int] = set()
        for h in _within(self._casualty_words, lo, hi):
            kind, number = h.value[:2]
            if h.first in taken:
                continue
            if prev is not None and prev.first < h.first < prev.last and prev.kind == kind:
                continue
            if any(t in blocked for t in range(h.first, h.last)):
                continue
            taken.update(range(h.first, h.last))
            floor = max(lo, prev.last) if prev is not None and prev.last <= h.first else lo
            cm = risen_to(self, h, kind) or self._one(h, kind, number, prev, floor, hi)
            if cm:
                if prev is not None and cm.first == prev.first and cm.kind != prev.kind:
                    out[-1], cm = loosen(prev), loosen(cm)
                out.append(cm)
                prev = cm
        out = [bracket_part(self, cm, hi) or cm for cm in out]
        out += elliptic(self, out, lo, hi) + vague_for_both(self, out, lo)
        out = people_before(self, out, lo, hi, self._last_out) + out
        if not out and self._last_kind:
            if add_to_last(self, lo, hi):
                return out
            out += elliptic_clause(self, lo, hi)
        if out:
            self._last_kind, self._last_out = out[-1].kind, out
        return out

    def _one(self, h: Hit, kind: str, number: int | None, prev, lo: int, hi: int) -> CountMention | None:
        """The count of casualty word `h`: a number before it, after it, across an aside, or the word's own number."""
        no_left = h.cut > 0 and self.tokens[h.first].text.startswith("و") or dash_before(self, h.first, lo) \
            or year_ending(self, self._past_fillers(h.first, lo))
        age = None if no_left else age_ending(self, self._past_fillers(h.first, lo), lo)
        num, at_least = None if no_left or age is not None else self._number_ending(h.first, lo), False
        if num is None and not no_left:
            j, at_least = past_at_least(self, self._past_fillers(h.first, lo) if age is None else age, lo)
            person = self._person_before(j, lo) or person_of_before(self, j, lo)
            num = self._number_ending(person.first if person is not None else j, lo) if j < h.first or person \
                else partitive_before(self, h, lo)
            if num is None and person is not None and person.first - 1 > lo and self._plain(person.first - 1):
                num = self._number_ending(person.first - 1, lo)  # 5 SDF fighters killed
            if num is None and person is not None and person.value[1]:
                num = self._article_before(person, lo) or (people_before_verb(self, person, lo) if h.value[2] else None)
            if num is None or num.first - 1 >= lo and self.tokens[num.first - 1].key in self.openers:
                num = number_before_inner_aside(self, j, lo) or number_before_dash_aside(self, j, lo) or num
        if num is not None:
            if at_least and num.qualifier is None and not num.vague:
                num.qualifier = "at_least"
            return self._mention(kind, self._and_before(num, lo), h.last, h.first)
        toll = h.first > lo and self.tokens[h.first - 1].key in _TOLL_WORDS
        if toll:
            num = self._number_ending(h.first - 1, lo)
            if num is not None:
                return self._mention(kind, num, h.last, h.first)  # ارتفع إلى 23 عدد الشهداء
        start = self._past_subject(h) if h.value[2] else h.last
        if toll and start < hi and self.tokens[start].key in _TO:
            start += 1  # ارتفع عدد الشهداء إلى 23
        right = self._number_after(start, hi) if number != 2 and (toll or not _is_noun_plural(h)) else None
        if right is None and (toll or h.phrase.endswith("toll") or _number_of_before(self, h.first, 12) is not None):
            right = figure_after_rise(self, h.last, toll and rose_before(self, h.first - 1))
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
        if number is None and self._named_in_quotes(h, hi):
            number = 1
        if number:
            return CountMention(kind, Count(number, number, number, False, self._text(h.first, h.last)), h.first, h.last, h.first)
        tok = self.tokens[h.first]
        definite = tok.text[h.cut:].startswith("ال") or h.first > lo and self.tokens[h.first - 1].key == "the"
        construct = h.last < hi and self.tokens[h.last].text.startswith("ال") or \
            h.first > lo and self.tokens[h.first - 1].key in _TOLL_WORDS
        if not definite and not construct and _is_noun_plural(h):
            count = Count(2, VAGUE_BEST[2], None, True, self._text(h.first, h.last), loose=self._loose(h.last))
            return CountMention(kind, count, h.first, h.last, h.first)
        bare = bare_plural_before(self, h, lo) if tok.key.isascii() else None
        return self._mention(kind, bare, h.last, h.first) if bare is not None else None

    def _named_in_quotes(self, h: Hit, hi: int) -> bool:
        """ما أسفر عن ارتقاء” عمرو مرعي”: an Arabic singular casualty word whose next word opens a quote
        names one victim (an English quote after "killed" is more often a phrase quoted)."""
        return h.last < hi and not _is_noun_plural(h) and not self.tokens[h.first].key.isascii() \
            and quote_opens(self.tokens, self.norm.text, h.last)

    def _across_aside(self, h: Hit, lo: int) -> CountMention | None:
        """500 people, mostly women and children, were treated: a casualty word opening its clause
        right after an aside takes the number before the aside; so does one right after a comma that
        closes an aside opened by بينهم with no comma (تسعة مدنيين بينهم طفل وامرأة، أصيبوا)."""
        j = self._past_fillers(h.first, lo)
        start = self.asides.get(j) if j == lo else None
        if start is None:
            num = number_before_inner_aside(self, lo, max(0, lo - ASIDE_REACH)) if j == lo and self._comma_before(lo) else None
            return self._mention(h.value[0], num, h.last, h.first) if num is not None else None
        j = self._past_fillers(start, 0)
        person = self._person_before(j, 0)
        num = self._number_ending(person.first if person is not None else j, 0)
        return self._mention(h.value[0], num, h.last, h.first) if num is not None else None

    def _comma_before(self, k: int) -> bool:
        """A comma (no full stop) between token k-1 and token k."""
        gap = self.norm.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""
        return any(ch in gap for ch in ",،") and "." not in gap

    def _mention(self, kind, num: Number, end_tok: int, anchor: int, first: int | None = None) -> CountMention:
        """A count of `kind` from a number read, with the uncertainty its qualifier gives."""
        first = num.first if first is None else first
        floor = self._floor_after(end_tok) if num.qualifier is None and not num.vague else None
        if floor is not None:
            num.qualifier, end_tok = "at_least", floor  # عشرة شهداء على الأقل
        text = self._text(first, end_tok)
        n = num.value
        if num.vague:
            count = Count(n, VAGUE_BEST.get(n, n), None, True, text, loose=self._loose(end_tok))
        elif num.qualifier == "more_than":
            count = Count(n + 1, n + 1, None, True, text)
        elif num.qualifier == "at_least":
            count = Count(n, n, None, True, text)
        elif num.qualifier == "about":
            count = Count(None, n, None, True, text)
        elif num.qualifier == "between":
            count = Count(n, (n + num.high) // 2, None if num.open else num.high, True, text)
        else:
            count = Count(n, n, n, False, text)
        return CountMention(kind, count, first, end_tok, anchor)

    def _loose(self, end: int) -> bool:
        """The count's words end on a victims word (سقوط عدد من الضحايا): it tells no number of the dead."""
        return end > 0 and norm(self.tokens[end - 1].text).lower() in LOOSE

    def _floor_after(self, k: int) -> int | None:
        """The token after an "at least" that closes a count ending at token k: right at k, after a
        plain word or two (حصدت أرواح 23 سوريا على الأقل، 23 قتيلاً في سوريا على الأقل) or after an
        aside (استشهد 12 مواطنا، بينهم طفل ومواطنة، على الأقل)."""
        after_aside = self._aside_after.get(k)
        for j in (k, k + 1, k + 2, after_aside):
            q = self.quantity_by_first.get(j) if j is not None else None
            if q is None or q.value[0] != "at_least":
                continue
            if j == k:
                return q.last
            if q.last < len(self.tokens) and self._number_starting(q.last, len(self.tokens)) is not None:
                continue  # killed and at least 200 injured: the floor of the number after it
            words = range(k, j) if j != after_aside else ()
            if all(self._plain(t) and self.tokens[t].key != "and" and digits(self.tokens[t]) is None
                   and self.tokens[t].joined for t in words) and (j == after_aside or self.tokens[j].joined):
                return q.last
        return None

    def _plain(self, k: int) -> bool:
        """Token k is an ordinary word: no casualty, count or article word."""
        return k not in self._casualty_firsts and k not in self.quantity_by_first and k not in self.articles

    def _past_subject(self, h: Hit) -> int:
        """قتل مسلحون مجهولون عنصراً، قضت وحدات الجيش على عدد من...: the token after the attacker that
        stands as subject between a casualty verb and the people it counts (and the على of قضى على)."""
        i = self.subjects.get(h.last)
        if i is None:
            return h.last
        return i + 1 if i < len(self.tokens) and self.tokens[i].key in _ON else i


def _within(hits: list[Hit], lo: int, hi: int) -> list[Hit]:
    """The hits (sorted by first token) that start in tokens [lo, hi): a clause's part of its
    sentence's hits, found by bisection rather than by a pass over them all."""
    return hits[bisect_left(hits, lo, key=_first):bisect_left(hits, hi, key=_first)]


def _first(h: Hit) -> int:
    return h.first


def _is_noun_plural(h: Hit) -> bool:
    """An Arabic plural noun (جرحى، شهداء، مصابين): it takes no number after it; a verb
    (قضوا، راح ضحيتها) does."""
    return h.value[1] is None and not h.value[2] and h.phrase.endswith(("ى", "ا", "ء", "ين", "ات", "ون"))


def negated(r: CountReader, lo: int, hi: int, blocked: set[int]) -> list[CountMention]:
    """دون أن تسفر عن أيّة ضحايا وجرحى، لم يسجل إصابات، without recording casualties: a casualty
    word right after a negator (and أي / any) is an explicit zero of its kind, and so is a
    casualty word joined to it by و; a word for the dead and wounded together zeroes both."""
    out = []
    for first, h in r.negations.items():
        if h.value[1] is not None or not lo <= first < hi or first in blocked:
            continue
        k = h.last
        while k < hi and k in r.negations and r.negations[k].value[1] == "any":
            k = r.negations[k].last
        both = r.negations.get(k)
        if both is not None and both.value[1] == "both" and both.last <= hi:
            kinds, end = ["killed", "wounded"], both.last
        elif r.casualty_kind(k) in ("killed", "wounded"):
            kinds, end = [r.casualty_kind(k)], _casualty_end(r, k)
        else:
            continue
        if end < hi and r._starts_with_wa(end) and r.casualty_kind(end) in ("killed", "wounded"):
            kinds, end = kinds + [r.casualty_kind(end)], _casualty_end(r, end)
        text = r._text(first, end)
        out += [CountMention(kind, Count(0, 0, 0, False, text), first, end, k) for kind in dict.fromkeys(kinds)]
    return out


def _casualty_end(r: CountReader, first: int) -> int:
    """The token after the longest casualty word starting at `first`."""
    return max(h.last for h in r.casualty if h.first == first)


def risen_to(r: CountReader, h: Hit, kind: str, reach: int = 12, span: int = 45) -> CountMention | None:
    """ارتفع إلى 13 بينهم 3 مواطنات وطفلان، عدد الشهداء الذين قضوا / It rose to 9 (including two
    children) the number of people who were killed: the figure after a rise verb and "to" counts
    the casualty word that follows "the number of" further on in the sentence, past any aside."""
    t = _number_of_before(r, h.first, reach)
    if t is None:
        return None
    for k in range(t - 1, max(-1, t - span), -1):
        if "." in r.norm.text[r.tokens[k].end:r.tokens[k + 1].start]:
            return None
        if k + 2 < t and r.tokens[k + 1].key in _TO | {"to"} and any(v in _RISE_FIRST for _, v in r.tokens[k].variants):
            found = r._qualified_number(k + 2, t)
            return r._mention(kind, found[0], h.last, h.first) if found is not None else None
    return None


def _number_of_before(r: CountReader, first: int, reach: int) -> int | None:
    """The toll word (عدد، number) a few words before casualty word `first`, directly followed (past
    "of") by a casualty or person word or a filler (people): not the number of barrels or raids."""
    tokens = r.tokens
    for t in range(first - 1, max(-1, first - reach), -1):
        if tokens[t].key in ("عدد", "number"):
            nxt = t + 1 + (t + 1 < first and tokens[t + 1].key == "of")
            if "." in r.norm.text[tokens[t].end:tokens[first].start]:
                return None
            return t if nxt == first or r.casualty_kind(nxt) or tokens[nxt].key in r.fillers else None
        if t in r.quantity_by_first or r.casualty_kind(t) in ("killed", "wounded"):
            return None
    return None
