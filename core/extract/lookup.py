"""Stage 1, lookup. Reads: `doc.text`, `doc.eng`. Adds: `doc.norm` (normalised text with its
offset map), `doc.tokens` and their `starts`, `doc.dates` (event dates in the run: full days, or days before an unknown report date), and
`doc.hits`: every lexicon phrase and gazetteer name found, by kind (all lengths and overlaps;
later stages choose among them). English place names are found from capitalised words on."""
from __future__ import annotations

import re
from functools import lru_cache

from core.arabic import SOFT_LETTERS, SWAP_PAIRS, WORD, normalize
from core.dates import WEEKDAYS, find_dates
from core.matcher import FuzzyIndex, Hit, SkeletonIndex
from core.tokens import Token, tokenize
from core.translit import ARTICLES, en_key, skeleton

ARTICLE_PREFIX = re.compile(r"(?:al|el|ar|as|ash|ad|az|at|an)-")
"""A word that begins with an Arabic article written in Latin (al-Bab, el-Sheikh)."""
_LONE_ARTICLES = frozenset({"al", "el"})


def lone_article(tokens, i: int) -> bool:
    """A lone al/el whose hyphen a space parts from the capitalised name after it (SOHR's "al- Hwayja")."""
    return tokens[i].key in _LONE_ARTICLES and i + 1 < len(tokens) and tokens[i + 1].joined and tokens[i + 1].upper


def after_article(tokens, i: int) -> bool:
    """Token i is a name's capitalised word right after its lone article (Dahiyat al- Assad)."""
    return i > 0 and lone_article(tokens, i - 1)


_DETERMINERS = frozenset({"the", "a", "an"})


def name_opener(tokens, i: int) -> bool:
    """Whether token i may open a Latin place name: capitalised (but no determiner: The Killing Of A
    Child in a title-case headline), al-/el- joined (al-Hwayz) or a lone article."""
    tok = tokens[i]
    return tok.upper and tok.key not in _DETERMINERS or bool(ARTICLE_PREFIX.match(tok.text)) or lone_article(tokens, i)
FUZZY_MIN_LETTERS = 5
"""Names shorter than this are never read through a spelling slip (too many are one letter apart)."""
FUZZY_MIN_CONSONANTS = 4
"""English names are read through their vowels only when the skeleton (first letter and consonants)
has this many letters or more."""
OWN_DAYS = (0, -1)
"""Relative days a report with no date of its own may be telling as its main day (today, yesterday)."""
EARLIER = "~before"
"""The day of an event told on an earlier day the report does not say exactly (قبل أيام) starts so, and ends
with where it is written: its own day, apart from every other."""
_FUZZY: dict[int, FuzzyIndex | SkeletonIndex] = {}
_name_key = lru_cache(maxsize=200_000)(en_key)
"""The transliteration key of a capitalised run (the same few thousand names recur in a report)."""


def run(doc) -> None:
    doc.norm = normalize(doc.text)
    doc.identity = not doc.norm._breaks
    doc.tokens = tokenize(doc.norm.text, doc.eng.lang, doc.norm)
    doc.starts = [t.start for t in doc.tokens]
    doc.dates = event_dates(doc)
    doc.date_starts = [d[0] for d in doc.dates]
    if not doc.tokens:
        return
    doc.hits = doc.eng.matcher.find(doc.tokens)
    if doc.eng.cased_actors:
        doc.hits["actor"] += cased_actor_hits(doc)
    if doc.eng.lang != "ar":
        doc.hits["place"] += english_place_hits(doc.eng, doc.tokens, doc.hits, doc.norm.text)
    else:
        doc.hits["place"] += arabic_fuzzy_hits(doc)


def cased_actor_hits(doc) -> list[Hit]:
    """IS targeted by mortar shells the regime positions: a one-word side written exactly as cased_actors.csv
    has it (the verb "is" is no side)."""
    cased, full = doc.eng.cased_actors, doc.full
    out = []
    for k, t in enumerate(doc.tokens):
        if t.upper and len(t.text) <= max(map(len, cased)):
            s, e = doc.span(k, k + 1)
            if full[s:e] in cased:
                out.append(Hit(k, k + 1, 0, "actor", cased[full[s:e]], full[s:e]))
    return out


def event_dates(doc) -> list[tuple[int, str | None]]:
    """(start, day) of the event dates of the run: a full day as YYYY-MM-DD. With no report date, a
    day told relative to it is None when it is the report's own day (the first one named, today or
    yesterday: a report of the day before) or later (a toll risen today), and "~-2" for a day before
    it: its incidents are merged apart from the report day's; so are those of a day told only as before
    it (قبل أيام، في وقت سابق: "~before" and where it is written, dated none), unless a reporting verb
    says it (أفاد في وقت سابق: an earlier count of the same event). A weekday counts back from the report's
    own weekday, when the report names it (اليوم الأربعاء ... والخميس الماضي: six days before)."""
    found = [d for d in find_dates(doc.text, ref=doc.report_date, normalized=doc.norm) if not d.background]
    undated = doc.report_date is None
    own = next((d.offset for d in found if d.offset is not None), 0) if undated else None
    own = own if own in OWN_DAYS else 0
    offsets = _weekday_offsets(doc, found, own) if undated else {}
    out = []
    for d in found:
        if d.iso and len(d.iso) == 10:
            out.append((d.start, d.iso))
        elif d.kind == "earlier" and not _said_on(doc, d.start):
            out.append((d.start, f"{EARLIER}{d.start}"))
        elif undated and (d.offset is not None or d.start in offsets):
            off = d.offset if d.offset is not None else offsets[d.start]
            out.append((d.start, None if off >= own else f"~{off}"))
    return out


def _weekday_offsets(doc, found, own: int) -> dict[int, int]:
    """{start of a weekday: its days from the report's}, counted back from the first weekday named when
    the report's own day is written right before it (اليوم الأربعاء), or when it is the first day the
    report names, told of an event, not of a speaker (قتل مدني الأربعاء ... وجرح طفلان الثلاثاء: the day
    before; not قال المرصد، الجمعة، أن ... وقتل 23 مدنياً، مساء الخميس); none otherwise."""
    days = [d for d in found if d.kind == "weekday" and d.weekday]
    if not days:
        return {}
    first = days[0]
    before = next((d for d in found if d.offset is not None and 0 <= first.start - d.end <= 2), None)
    if before is None and found[0] is first and not _said_on(doc, first.start):
        before = first
    if before is None or (before.offset or 0) != own:
        return {}
    base = before.offset or 0
    at = WEEKDAYS.index(first.weekday)
    return {d.start: base - (at - WEEKDAYS.index(d.weekday)) % 7 for d in days}


def _said_on(doc, start: int, reach: int = 6) -> bool:
    """A reporting verb (قال، أفاد) stands among the `reach` words before `start`: the day is the speaker's."""
    words = WORD.findall(normalize(doc.text[max(0, start - 80):start]).text)[-reach:]
    return any(w.removeprefix("و") in doc.eng.reporting for w in words)


def fuzzy_index(eng) -> FuzzyIndex | SkeletonIndex:
    """The engine's place keys for spelling slips (built on first use, once per engine)."""
    index = _FUZZY.get(id(eng))
    if index is None:
        if eng.lang == "ar":
            index = FuzzyIndex(eng.matcher.keys_of("place"), FUZZY_MIN_LETTERS, SOFT_LETTERS, SWAP_PAIRS)
        else:
            index = SkeletonIndex(eng.en_places, skeleton, FUZZY_MIN_CONSONANTS)
        _FUZZY[id(eng)] = index
    return index


def fuzzy_entries(eng, key: str) -> list:
    """Entries of the one place key within one spelling slip of `key` (none when it is short
    or more than one key is that close)."""
    found = fuzzy_index(eng).find(key)
    by_key = [eng.matcher.values(k, "place") if eng.lang == "ar" else eng.en_places[k] for k in found]
    if not by_key or len({frozenset(e.id for e in entries) for entries in by_key}) > 1:
        return []
    return list(by_key[0])


def arabic_fuzzy_hits(doc) -> list[Hit]:
    """حي مساكن هنانوا: up to three words right after a cue word, that begin no known name, are
    read as the one known name they miss by a letter (a letter missing, doubled, added or changed);
    never a place the gazetteer lacks by record (بلدة النعيمة is no النعيمية, data/gazetteer_missing.csv)."""
    tokens, n, eng = doc.tokens, len(doc.tokens), doc.eng
    starts = {h.first for h in doc.hits["place"]} | {h.first for h in doc.hits["gap"]}
    blocked = {h.first for k in ("type", "actor", "casualty", "quantity", "not_place", "common", "cue", "break")
               for h in doc.hits[k]}
    out = []
    for cue in doc.hits["cue"]:
        i = cue.last
        if i >= n or i in starts or i in blocked or not tokens[i].joined \
                or tokens[cue.first].text[cue.cut:].startswith("ال"):
            continue
        key = ""
        for j in range(i, min(n, i + 3)):
            if j > i and (not tokens[j].joined or j in blocked or j in starts):
                break
            key += tokens[j].key
            out += [Hit(i, j + 1, 0, "place", e, tokens[i].text) for e in fuzzy_entries(eng, key)]
    return out


def english_place_hits(eng, tokens: list[Token], by_kind=None, text: str = "") -> list[Hit]:
    """Place names in English text, from a capitalised word (or al-, el-...) on: each longer run of
    joined words is looked up by its transliteration key while it can still begin a known name.
    A capitalised preposition opening a sentence (In Tal Abyad) begins no name: "In" is not Ain;
    a possessive 's is no part of a name (Raqqa's old city); a lowercase compass word before a capital
    begins a name whose own first word it is (Arbeen, eastern Ghouta, Damascus; not rural Aleppo, an
    alias), unless it is the second of two (the southern and western rural Aleppo)."""
    hits = []
    n = len(tokens)
    places, prefixes, prepositions = eng.en_places, eng.en_prefixes, eng.preposition_words
    compass = eng.compass
    starts = [i for i, tok in enumerate(tokens)
              if (tok.upper or "-" in tok.text and ARTICLE_PREFIX.match(tok.text)) and tok.key not in prepositions
              or tok.key in compass and i + 1 < n and tokens[i + 1].joined and tokens[i + 1].upper
              and not (i > 0 and tokens[i - 1].key in eng.conjunctions)]
    for i in starts:
        name = ""
        for j in range(i, min(n, i + eng.en_max_words)):
            if j > i and not tokens[j].joined:
                break
            word = tokens[j].text
            name += (" " if j > i else "") + (word[:-2] if word.endswith("'s") and len(word) > 3 else word)
            key = _name_key(name)
            found = places.get(key)
            if found and not tokens[i].upper and tokens[i].key in compass:
                found = [e for e in found if e.name_en.split()[0].lower() == tokens[i].key]
            if found:
                for e in found:
                    hits.append(Hit(i, j + 1, 0, "place", e, name))
            if key not in prefixes and tokens[j].key not in ARTICLES:
                break
    if by_kind is not None:
        hits += _english_fuzzy(eng, tokens, starts, hits, by_kind, text)
    return hits


def _english_fuzzy(eng, tokens: list[Token], starts: list[int], exact: list[Hit], by_kind, text: str) -> list[Hit]:
    """the town of Zemlka, Arbin and Termanin: a capitalised name of up to three words that no
    spelling key knows, right after a cue (the town of, village), an attack and its preposition
    (an attack on) or a list member (a known place and a comma or "and"), is read as the known
    name with its consonants (only the vowels differ); never a place the gazetteer lacks by record."""
    n = len(tokens)
    cue_ends = {h.last + (h.last < n and tokens[h.last].key == "of") for h in by_kind["cue"]}
    attack_ends = {h.last for h in by_kind["type"]}
    cue_ends |= {h.last for h in by_kind["locative"] if h.first in attack_ends}
    place_ends = {h.last for h in exact} | {h.last for h in by_kind["place"]}
    covered = {t for h in exact for t in range(h.first, h.last)} | {h.first for h in by_kind["gap"]}
    out = []
    for i in starts:
        if i in covered:
            continue
        before = i in cue_ends and tokens[i].joined or _after_member(tokens, text, i, place_ends)
        name = ""
        for j in range(i, min(n, i + 3)):
            if j > i and (not tokens[j].joined or j in covered or not (tokens[j].upper or ARTICLE_PREFIX.match(tokens[j].text))):
                break
            name += (" " if j > i else "") + tokens[j].text
            if before:
                out += [Hit(i, j + 1, 0, "place", e, name) for e in fuzzy_entries(eng, _name_key(name))]
    return out


def _after_member(tokens: list[Token], text: str, i: int, place_ends: set[int], reach: int = 4) -> bool:
    """Token i goes on a list of places: after a comma or "and", back over up to `reach` members
    (capitalised runs of up to three words) to a known place."""
    for _ in range(reach):
        if i >= 2 and tokens[i - 1].key == "and" and tokens[i].joined:
            i -= 1
        elif not (i > 0 and text[tokens[i - 1].end:tokens[i].start].strip() == ","):
            return False
        if i in place_ends:
            return True
        k = i
        while k > 0 and i - k < 3 and tokens[k - 1].upper and (k == i or tokens[k].joined):
            k -= 1
        if k == i:
            return False
        i = k
    return False


def longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then leftmost."""
    chosen: list[Hit] = []
    used: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.first - h.last, h.first)):
        f, l = h.first, h.last
        if l - f == 1:
            if f in used:
                continue
            used.add(f)
        elif used.isdisjoint(range(f, l)):
            used.update(range(f, l))
        else:
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: h.first)
    return chosen
