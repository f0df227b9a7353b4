"""The date tables: month names, weekday and relative-day words, background cues and ordinal day
words of `data/lexicons/dates/*.csv`, compiled once into the patterns `core.dates` searches with."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from core import DATA
from core.arabic import norm

DATES_DIR = DATA / "lexicons" / "dates"
LETTER_WORDS = re.compile(r"[^\W\d_]+")
EARLIER = "earlier"
"""The offset of a relative-day phrase that tells a day before the report's without saying which (قبل أيام)."""


def _rows(name: str) -> list[dict]:
    with (DATES_DIR / name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines)]


def _alternation(phrases) -> str:
    """A regex matching any of the normalised `phrases`, longest first, spaces matching any
    whitespace. Written as a trie (ال(?:احد|اثنين|...)) so the engine reads a shared beginning once
    instead of once per phrase."""
    trie: dict = {}
    for key in {norm(p) for p in phrases if norm(p)}:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(trie)


@dataclass(frozen=True)
class _Tables:
    months: dict        # normalised name -> (month, needs)
    weekdays: dict      # normalised word -> weekday name
    relative: dict      # normalised word -> day offset (None: an earlier day not told exactly)
    calendar_re: re.Pattern   # every calendar form as one alternation, branch i named f{i}
    kinds: tuple              # the kind of each branch
    weekday_re: re.Pattern
    prefix_re: re.Pattern
    background_re: re.Pattern
    month_words: frozenset    # first word of each month name: a window without one holds only numeric dates
    ordinals: dict            # normalised ordinal word -> day of the month
    ordinal_re: re.Pattern    # an Arabic ordinal day before a month: الخامس والعشرين من تشرين الأول (word start checked by the caller)
    of_month_re: re.Pattern   # "of" before a month name: where an English ordinal date can end ("twenty-fifth of October")
    ordinal_of_re: re.Pattern  # an English ordinal day, "of" and a month
    ordinal_before_re: re.Pattern  # an English ordinal word ending a text
    ordinal_blockers: frozenset  # words that make the ordinal after them a part of a period (النصف الثاني من)


_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*م(?!\w))?"
_YEAR_WORD = r"[,،]?\s*(?:(?:من\s+)?(?:عام|العام|لعام|سنة|لسنة)\s+)?"


def _first_char(phrases, more: str = "") -> str:
    """A lookahead for the first letters of `phrases`: the regex engine then skips every other
    position at once instead of trying each alternative there."""
    firsts = "".join(sorted({re.escape(p[0]) for p in map(norm, phrases) if p}))
    return f"(?=[{more}{firsts}])"


_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def _numbered(pattern: str, i: int) -> str:
    """`pattern` with its group names suffixed by `i`, so several forms share one regex."""
    return _GROUP.sub(lambda m: f"(?P{m.group(1)}{m.group(2)}{i}", pattern)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    months = {norm(r["phrase"]): (int(r["month"]), r.get("needs", "")) for r in _rows("months.csv")}
    weekdays = {norm(r["phrase"]): r["day"] for r in _rows("weekdays.csv")}
    relative = {norm(r["phrase"]): None if r["offset"] == EARLIER else int(r["offset"]) for r in _rows("relative_days.csv")}
    prefixes = [r["phrase"] for r in _rows("day_prefixes.csv")]
    cues = [r["phrase"] for r in _rows("background_cues.csv")]
    mon = _alternation(months)
    month = rf"(?P<m>{mon})\.?(?:\s*[(/]\s*(?:{mon})\s*\.?\)?)?"
    forms = (
        ("day", rf"{_DAY}\s*(?:of\s+)?{month}{_YEAR_WORD}{_YEAR}"),
        ("day", rf"{month}\s*{_DAY}\s*[,،]?\s*{_YEAR}"),
        ("day", r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
        ("day", r"(?P<d>3[01]|[12]\d|0?[1-9])(?P<sep>[/.\-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"),
        ("month", rf"{month}{_YEAR_WORD}{_YEAR}"),
        ("partial", rf"{_DAY}\s*(?:of\s+)?{month}(?!\w)"),
        ("partial", rf"{month}\s*{_DAY}(?![\w.,]\d)"),
    )
    branches = "|".join(f"(?P<f{i}>{_numbered(src, i)})" for i, (_, src) in enumerate(forms))
    calendar_re = re.compile(rf"{_first_char(months, '0-9')}(?<!\w)(?:{branches})")
    kinds = tuple(kind for kind, _ in forms)
    weekday_re = re.compile(rf"{_first_char([*weekdays, *relative])}(?P<w>{_alternation([*weekdays, *relative])})(?!\w)")
    prefix_re = re.compile(rf"(?<!\w)(?:{_alternation(prefixes)})\s+$") if prefixes else re.compile(r"(?!)")
    background_re = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)و))(?:{_alternation(cues)})(?!\w)")
    month_words = frozenset(LETTER_WORDS.findall(" ".join(k.split()[0] for k in months if k)))
    ordinals = {}
    for r in _rows("ordinal_days.csv"):
        for spelling in {r["phrase"], r["phrase"].replace(" و", " و "), r["phrase"].replace("-", " ")}:
            ordinals[norm(spelling)] = int(r["day"])
    latin = [o for o in ordinals if o.isascii()]
    tail = rf"(?:شهر\s+)?{month}(?:{_YEAR_WORD}{_YEAR})?(?!\w)"
    ordinal_re = re.compile(rf"(?P<o>{_alternation([o for o in ordinals if not o.isascii()])})\s+(?:من\s+)?{tail}")
    of_month_re = re.compile(rf"of\s+(?={_alternation(months)})")
    ordinal_of_re = re.compile(rf"(?P<o>{_alternation(latin)})\s+of\s+{tail}")
    ordinal_before_re = re.compile(rf"(?<!\w)(?:{_alternation(latin)})\s+$")
    blockers = frozenset(norm(r["phrase"]) for r in _rows("ordinal_blockers.csv"))
    return _Tables(months, weekdays, relative, calendar_re, kinds, weekday_re, prefix_re, background_re, month_words,
                   ordinals, ordinal_re, of_month_re, ordinal_of_re, ordinal_before_re, blockers)


def month_names() -> frozenset[str]:
    """Month names (normalised, one or two words: آب، كانون الأول)."""
    return frozenset(_tables().months)


@lru_cache(maxsize=1)
def since_words() -> frozenset[str]:
    """One-word background cues (normalised: منذ, since): a date after one says when something began."""
    return frozenset(norm(r["phrase"]) for r in _rows("background_cues.csv") if " " not in r["phrase"].strip())


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month, weekday and relative-day words (normalised): names that are never places."""
    t = _tables()
    return frozenset(w for w in (*t.months, *t.weekdays, *t.relative) if " " not in w)


@lru_cache(maxsize=1)
def glued_day_re() -> re.Pattern:
    """A weekday written with its article right after three letters (normalised text): a day glued to the
    word before it by a lost space (وجرح العشراتالأحد، طفلانالثلاثاء); not after عبد, a name (عبدالأحد)."""
    days = [d for d in _tables().weekdays if d.startswith("ال")]
    return re.compile(rf"(?<!عبد)(?<=[^\W\d_]{{3}})(?:{_alternation(days)})(?!\w)")
