"""People counted around a casualty word: a number and a person noun (ثلاثة مدنيين, five SDF
fighters), singular and dual nouns (شهيد, جريحين), an article (a child), people added up with
"and" / و / إضافة إلى (numbers standing before an aside: `core.people_order`)."""
from __future__ import annotations

from core.matcher import Hit
from core.ages import age_starting
from core.numbers import Number, NumberReader, add_up


class PeopleReader(NumberReader):
    """Counted people from the casualty hits (`person_by_first`, `articles`, `fillers`, and the function
    words `openers`, `part_links`, `companions`, `others`, set by `core.quantities.CountReader`)."""

    def _person_before(self, first: int, lo: int):
        """The person noun ending right before token `first` (the earliest starting, within the range)."""
        return next((h for h in self._persons_by_last.get(first, ()) if h.first >= lo), None)

    def _article_before(self, person: Hit, lo: int) -> Number | None:
        """"a child", "a young man", "a local council member": an indefinite article up to two words
        before a singular person noun."""
        for k in (person.first - 1, person.first - 2, person.first - 3):
            if k >= lo and k in self.articles and all(self.tokens[t].joined for t in range(k + 1, person.first + 1)):
                return Number(person.value[1], k)
        return None

    def _and_after(self, num: Number, end: int, hi: int) -> tuple[Number, int]:
        """"a woman and her two children", رجل وزوجته: people joined by "and" (a possessive between)
        or by و add up."""
        if end >= hi or self._person_before(end, 0) is None:
            return num, end
        companion = companion_after(self, end, hi)
        if companion is not None:
            return add_up(num, companion[0]), companion[1]
        p = self.person_by_first.get(end)
        if p is not None and p.cut > 0 and self.tokens[end].text.startswith("و"):
            if p.value[1]:
                return self._and_after(add_up(num, Number(p.value[1], end)), p.last, hi)  # رجل وزوجته وطفلة
            return num, end
        if self.tokens[end].key == "and":
            for k in (end + 1, end + 2):
                if k == end + 2 and (k - 1 in self._casualty_firsts or k - 1 in self.quantity_by_first):
                    break
                more = self._counted(k, hi, noun=False, article=True)
                if more is not None:
                    return add_up(num, more[0]), more[1]
        more = self._counted(self._past_of_phrase(end, hi), hi, vague=False, after_wa=True)
        if more is None:
            q = self.quantity_by_first.get(self._past_of_phrase(end, hi, plus=True))
            more = self._counted(q.last, hi, vague=False) if q is not None and q.value[0] == "plus" else None
        if more is not None:
            return add_up(num, more[0]), more[1]
        return num, end

    def _and_before(self, num: Number, lo: int) -> Number:
        """The same, read backwards from the count nearest the casualty word."""
        for k in (num.first - 1, num.first - 2):
            if k > lo and self.tokens[k].key == "and":
                person = self._person_before(k, lo)
                if person is None:
                    return num
                before = self._number_ending(person.first, lo)
                if before is None and person.value[1]:
                    before = self._article_before(person, lo)
                if before is not None and before.first > lo and self.tokens[before.first - 1].key in self.openers:
                    return num  # including four children and dozens more were injured: a part of the count before
                return add_up(before, num) if before is not None else num
        return num

    def _past_of_phrase(self, end: int, hi: int, plus: bool = False) -> int:
        """أحد عشر عنصراً من التنظيم وثلاثة...: the و-word one or two words after the من that says
        whose people were counted (`end` when there is none). A person word with the article there
        is a word of the group's name (عنصر من الدفاع المدني، وشاب), not more people."""
        if end < hi and self.tokens[end].key == "من":
            for k in (end + 2, end + 3):
                if k < hi and (self._starts_with_wa(k) if not plus else k in self.quantity_by_first):
                    return k
                named = self.casualty_kind(k) == "person" and self.tokens[k].text.startswith("ال")
                if k in self._casualty_firsts and not named or k in self.quantity_by_first:
                    break
        return end

    def _starts_with_wa(self, k: int) -> bool:
        """Token k is a word with a proclitic و."""
        tok = self.tokens[k]
        return tok.text.startswith("و") and len(tok.variants) > 1

    def _counted_people_near(self, i: int, hi: int) -> tuple[Number, int] | None:
        """قتل خلال المعارك 8 عناصر: a number with a person noun a few words further on, not past
        another casualty word (ارتقى شهيد وأصيب 4 مدنيين: the 4 are the wounded)."""
        if i in self._casualty_firsts and self.casualty_kind(i) in ("killed", "wounded") or self.tokens[i].key == "and":
            return None  # killed and 27 others were injured: the people after "and" are the next count's
        for j in range(i + 1, min(hi, i + 4)):
            if self.tokens[j].key in self.fillers:
                continue
            if j in self._casualty_firsts and self.casualty_kind(j) in ("killed", "wounded"):
                break
            found = self._qualified_number(j, hi)
            if found is not None:
                num, end = found
                if end in self.person_by_first:
                    return one_more(self, num, i, end), self.person_by_first[end].last
                if any(t in self.person_by_first for t in range(num.first, end)):
                    return num, end
            if j in self.quantity_by_first:
                break
        return None

    def _restated(self, num: Number, end: int, hi: int) -> tuple[Number, int]:
        """شخص واحد على الأقل، جريحين اثنين: a singular or dual noun with its number said again, and
        a trailing "at least"."""
        q = self.quantity_by_first.get(end)
        if q is not None and q.value == ("exact", num.value) and q.last <= hi:
            end = q.last
        q = self.quantity_by_first.get(end)
        if q is not None and q.value[0] == "at_least" and q.last <= hi:
            num.qualifier, end = "at_least", q.last
        return num, end

    def _number_after(self, start: int, hi: int) -> tuple[Number, int] | None:
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
        num: Number | None = None
        if found is not None:
            num, end = found
        if num is None:
            q = self.quantity_by_first.get(i)
            if q is not None and q.value[0] == "at_least" and q.last in self.articles:
                found = self._article_person(q.last, hi)  # killing at least a civilian
                return (Number(found[0].value, i, "at_least"), found[1]) if found is not None else None
            if i in self.articles:
                if not self.tokens[i].joined:
                    return None
                found = self._counted(i, hi, noun=False, article=True)
                if found is not None:
                    return found
            p = self.person_by_first.get(i)
            if p is not None and p.value[1]:
                return self._restated(Number(p.value[1], i), p.last, hi)
            if p is not None:
                after = self._number_starting(p.last, hi)
                if after is not None and not after[0].vague:
                    return Number(after[0].value, i), after[1]
                near = self._counted_people_near(i, hi)
                if near is None and not self.tokens[i].text[p.cut:].startswith("ال"):
                    return Number(2, i, vague=True), p.last  # وأصيب آخرون: others, uncounted
                return near
            return self._counted_people_near(i, hi)
        p = self.person_by_first.get(end)
        if p is not None:
            end = p.last
        return num, end

    def _past_fillers(self, j: int, lo: int) -> int:
        """The first of up to three filler words (were, reportedly, people) ending at token j; a
        filler that ends a quantity (the "of" of "a handful of") stays with it."""
        start = j
        while j - 1 >= lo and start - j < 3 and self.tokens[j - 1].key in self.fillers and j not in self.quantity_by_last:
            j -= 1
        return j

    def casualty_kind(self, first: int) -> str | None:
        """The kind (killed, wounded, person...) of the casualty word starting at token `first`."""
        return self._kind_at.get(first)

    def _counted(self, i: int, hi: int, *, noun: bool = True, vague: bool = True, after_wa: bool = False,
                 article: bool = False) -> tuple[Number, int] | None:
        """People counted from token i on, and the token after them: a singular or dual person noun
        (شهيدين; after و only as a clitic: ومدنيين), a number then a person noun (ثلاثة مدنيين, two
        children; after و also a number then من: وثلاثة من قسد), or with `article` an article and a
        person noun (a woman, a local council member). `vague` admits dozens of people."""
        if after_wa and (i >= hi or not self._starts_with_wa(i)):
            return None
        p = self.person_by_first.get(i)
        if noun and p is not None and p.value[1] and (p.cut > 0 or not after_wa):
            return Number(p.value[1], i), p.last
        if after_wa and p is not None:
            return None
        found = self._number_starting(i, hi)
        if found is not None:
            num, end = found
            if num.vague and not vague or after_wa and end >= hi:
                return None
            person = self.person_by_first.get(end)
            if person is not None:
                return num, person.last
            return (num, end) if after_wa and self.tokens[end].key == "من" else None
        return self._article_person(i, hi) if article else None

    def _article_person(self, i: int, hi: int) -> tuple[Number, int] | None:
        """a woman, a local council member, a child aged 12: an article and a person noun up to two
        words on; a plural noun takes the number after it."""
        q = self.articles.get(i)
        if q is None:
            return None
        start = age_starting(self, q.last, hi)
        for k in (start, start + 1, start + 2):
            p = self.person_by_first.get(k)
            if p is not None and p.last <= hi and all(self.tokens[t].joined for t in range(q.last, k + 1)):
                if p.value[1]:
                    return Number(p.value[1], i), p.last
                counted = self._number_starting(p.last, hi)
                return (Number(counted[0].value, i), counted[1]) if counted is not None else None
            if k in self._casualty_firsts or k in self.quantity_by_first:
                break
        return None


_DETERMINERS = frozenset({"the", "these", "those", "their", "his", "her", "its", "our", "other"})
"""Words that make the people after them ones already told (the civilians, their children)."""


def bare_plural_before(r, h: Hit, lo: int):
    """Civilians were injured, Regime soldiers killed: a plural person noun with no number, right
    before the casualty word (past its fillers) and not made definite, is several people (low 2),
    as it is after the word (injuring civilians); a number two plain words before the noun counts
    it. The Number, or None."""
    j = r._past_fillers(h.first, lo)
    person = r._person_before(j, lo)
    if person is None or person.value[1] is not None:
        return None
    t = person.first - 2
    if t > lo and r._plain(t) and r._plain(t + 1) and r.tokens[t].key.isalpha() and r.tokens[t + 1].key.isalpha():
        num = r._number_ending(t, lo)
        if num is not None:
            return num  # four other female citizens were injured: two words between the number and the people
    k = person.first - 1
    while k >= lo and r.tokens[k].upper and k not in r._casualty_firsts and k not in r.quantity_by_first:
        k -= 1  # Kurdish civilians, SDF fighters
    if k + 1 in r.quantity_by_last or k >= lo and (r.tokens[k].key in _DETERMINERS or k in r.articles
                                                   or k in r.quantity_by_first or r.tokens[k].key[:1].isdigit()):
        return None
    return Number(2, k + 1, vague=True)


def one_more(r, num: Number, i: int, end: int) -> Number:
    """بارتقاء الشهيد غزوان مشارقة و4آخرين، injuring him and two others: "and N others" after a
    person told first (a name, a pronoun) from token i counts that person too: N+1 (the person
    noun at token `end` closes the number)."""
    joined = r._starts_with_wa(num.first) or num.first - 1 > i and r.tokens[num.first - 1].key == "and"
    if num.vague or not joined or not _is_others(r, r.person_by_first[end]):
        return num
    return Number(num.value + 1, num.first, num.qualifier)


def _is_others(r, p: Hit) -> bool:
    """Person hit `p` is one word of role `others` (آخرين، others), read as the lexicon matched it."""
    return p.last == p.first + 1 and dict(r.tokens[p.first].variants).get(p.cut) in r.others


def companion_after(r, end: int, hi: int, longest: int = 6) -> tuple[Number, int] | None:
    """امرأة مع طفلها، سيدة في الثلاثين من العمر مع ابنتها: a singular or dual person noun right
    after مع ("with"), a few words (an age among them) of the same phrase on, is one more victim
    told with the first. `r`: a count reader."""
    k, stop = end, min(hi - 1, end + longest)
    while k < stop:
        if k > end and not r.tokens[k].joined or k in r._casualty_firsts and k != end:
            return None
        if r.tokens[k].key in r.companions:
            p = r.person_by_first.get(k + 1)
            ok = p is not None and p.value[1] and p.last <= hi and r.tokens[k + 1].joined
            return (Number(p.value[1], k + 1), p.last) if ok else None
        after_age = age_starting(r, k, hi)
        if after_age > k:
            k = after_age
            continue
        if k in r.quantity_by_first or k in r.person_by_first or r.tokens[k].key[:1].isdigit():
            return None
        k += 1
    return None
