"""Dates written in English and Arabic reports: the report's own date and the dates of events.

    find_dates(text, ref=None) -> list[DateMention]   # every date mention, in text order
    report_date(text) -> str | None                     # the first event date with a full day

Forms read: "25 October 2016", "25 Oct. 2016", "October 25, 2016", "2016-10-25", "25/10/2016"
(day first), "Nov 3" and "3 November" (no year), "October 2016" (a month), weekdays ("on Tuesday",
الثلاثاء، يوم الأربعاء), today/yesterday (اليوم، أمس), and Arabic dates with Levantine or
Egyptian/Gulf month names and Arabic-Indic digits ("٢٥ تشرين الأول ٢٠١٦", "25 أكتوبر 2016",
"20 شباط (فبراير) 2018"). A weekday written right before a calendar date ("Wednesday, 7 December
2016", الخميس 3 تشرين الثاني 2016) is part of that date's span.

Every mention has a `kind`:
- "day": a full calendar date; `iso` is YYYY-MM-DD.
- "month": a month and year ("since March 2011"); `iso` is YYYY-MM, never a day.
- "partial": a day and month without a year; `iso` only when `ref` is given (the most recent such
  day on or before it).
- "weekday": `iso` only when `ref` is given (the most recent such weekday on or before it);
  `weekday` names the day either way.
- "relative": today/yesterday; `iso` only when `ref` is given.
`background` is true for dates that say when something began rather than when an event happened
("since March 2011", "منذ آذار 2011"): they never become the report date, and callers should not
date incidents by them.

Month names, weekday words and background cues are data (`data/lexicons/dates/*.csv`).
Matching runs on `core.arabic.normalize`d text, and spans point back into the original text.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from core import DATA
from core.arabic import normalize, norm

DATES_DIR = DATA / "lexicons" / "dates"

KINDS = ("day", "month", "partial", "weekday", "relative")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

BACKGROUND_WINDOW = 5
"""At most this many words may stand between a background cue ("since") and its date."""


@dataclass(frozen=True)
class DateMention:
    """A date as written: `start`/`end` are offsets into the original text, `text` its words."""
    start: int
    end: int
    text: str
    kind: str
    iso: str | None
    background: bool = False
    weekday: str | None = None


def _rows(name: str) -> list[dict]:
    with (DATES_DIR / name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines)]


def _alternation(phrases) -> str:
    """A regex alternation of normalised phrases, longest first, spaces matching any whitespace."""
    keys = sorted({norm(p) for p in phrases if norm(p)}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)


@dataclass(frozen=True)
class _Tables:
    months: dict        # normalised name -> (month, needs)
    weekdays: dict      # normalised word -> weekday name
    relative: dict      # normalised word -> day offset
    patterns: tuple     # (kind, compiled regex) for calendar forms
    weekday_re: re.Pattern
    background_re: re.Pattern


_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*م(?!\w))?"
_YEAR_WORD = r"[,،]?\s*(?:(?:من\s+)?(?:عام|العام|لعام|سنة|لسنة)\s+)?"


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    months = {norm(r["phrase"]): (int(r["month"]), r.get("needs", "")) for r in _rows("months.csv")}
    weekdays = {norm(r["phrase"]): r["day"] for r in _rows("weekdays.csv")}
    relative = {norm(r["phrase"]): int(r["offset"]) for r in _rows("relative_days.csv")}
    prefixes = [r["phrase"] for r in _rows("day_prefixes.csv")]
    cues = [r["phrase"] for r in _rows("background_cues.csv")]
    mon = _alternation(months)
    month = rf"(?P<m>{mon})\.?(?:\s*[(/]\s*(?:{mon})\s*\.?\)?)?"
    start = r"(?<![\w])"
    patterns = (
        ("day", re.compile(rf"{start}{_DAY}\s*(?:of\s+)?{month}{_YEAR_WORD}{_YEAR}")),
        ("day", re.compile(rf"{start}{month}\s*{_DAY}\s*[,،]?\s*{_YEAR}")),
        ("day", re.compile(rf"{start}(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")),
        ("day", re.compile(rf"{start}(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")),
        ("day", re.compile(rf"{start}(?P<d>3[01]|[12]\d|0?[1-9])([/.\-])(?P<m>0?[1-9]|1[0-2])\2(?P<y>(?:19|20)\d\d)(?!\d)")),
        ("month", re.compile(rf"{start}{month}{_YEAR_WORD}{_YEAR}")),
        ("partial", re.compile(rf"{start}{_DAY}\s*(?:of\s+)?{month}(?!\w)")),
        ("partial", re.compile(rf"{start}{month}\s*{_DAY}(?![\w.,]\d)")),
    )
    words = _alternation([*weekdays, *relative])
    pre = _alternation(prefixes)
    weekday_re = re.compile(rf"{start}(?:(?:{pre})\s+)?(?P<w>{words})(?!\w)") if pre else \
        re.compile(rf"{start}(?P<w>{words})(?!\w)")
    background_re = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)و))(?:{_alternation(cues)})(?!\w)")
    return _Tables(months, weekdays, relative, patterns, weekday_re, background_re)


def _as_date(ref) -> date | None:
    if ref is None or isinstance(ref, date):
        return ref
    try:
        return date.fromisoformat(str(ref)[:10])
    except ValueError:
        return None


def _month_number(tables: _Tables, m: re.Match, original: str, norm_obj) -> tuple[int, str] | None:
    raw = m.group("m")
    if raw.isdigit():
        return int(raw), ""
    key = " ".join(raw.split())
    month, needs = tables.months[key]
    if needs == "capital":
        o = norm_obj.orig(m.start("m"))
        if not original[o:o + 1].isupper():
            return None
    return month, needs


def _calendar(tables: _Tables, nt, text: str, ref: date | None) -> list[tuple]:
    found = []
    for kind, rx in tables.patterns:
        for m in rx.finditer(nt.text):
            got = _month_number(tables, m, text, nt)
            if got is None:
                continue
            month, needs = got
            if needs == "year" and kind == "partial":
                continue
            groups = m.groupdict()
            year = int(groups["y"]) if groups.get("y") else None
            day = int(groups["d"]) if groups.get("d") else None
            iso = None
            try:
                if kind == "day":
                    iso = date(year, month, day).isoformat()
                elif kind == "month":
                    iso = f"{year:04d}-{month:02d}"
                else:
                    date(2000, month, day)
                    if ref is not None:
                        iso = _recent_day(ref, month, day)
            except ValueError:
                continue
            found.append((m.start(), m.end(), kind, iso, None))
    return found


def _recent_day(ref: date, month: int, day: int) -> str | None:
    for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= ref:
            return d.isoformat()
    return None


def _weekdays(tables: _Tables, nt, ref: date | None) -> list[tuple]:
    found = []
    for m in tables.weekday_re.finditer(nt.text):
        word = " ".join(m.group("w").split())
        if word in tables.weekdays:
            name = tables.weekdays[word]
            iso = None
            if ref is not None:
                back = (ref.weekday() - WEEKDAYS.index(name)) % 7
                iso = (ref - timedelta(days=back)).isoformat()
            found.append((m.start(), m.end(), "weekday", iso, name))
        else:
            iso = (ref + timedelta(days=tables.relative[word])).isoformat() if ref is not None else None
            found.append((m.start(), m.end(), "relative", iso, None))
    return found


def _non_overlapping(cands: list[tuple]) -> list[tuple]:
    out: list[tuple] = []
    for c in sorted(cands, key=lambda c: (c[0], c[0] - c[1])):
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
    return out


_JOIN = re.compile(r"[\s,،\-–—]*")
_PUNCT = re.compile(r"[.!?;:,،؛()\[\]\"\n]")
_WORDS = re.compile(r"\w+")


def _merge_weekdays(mentions: list[tuple], nt_text: str) -> list[tuple]:
    """A weekday right before a calendar date belongs to it: "Wednesday, 7 December 2016"."""
    out: list[tuple] = []
    for c in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev[2] == "weekday" and c[2] in ("day", "partial")
                and _JOIN.fullmatch(nt_text, prev[1], c[0])):
            out[-1] = (prev[0], c[1], c[2], c[3], prev[4])
        else:
            out.append(c)
    return out


def _is_background(tables: _Tables, nt_text: str, start: int) -> bool:
    before = nt_text[max(0, start - 200):start]
    cut = None
    for cut in _PUNCT.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    last = None
    for last in tables.background_re.finditer(before):
        pass
    return last is not None and len(_WORDS.findall(before[last.end():])) <= BACKGROUND_WINDOW


def find_dates(text: str, ref=None) -> list[DateMention]:
    """Every date mention in `text`, in order. `ref` (a date or "YYYY-MM-DD", usually the report
    date) resolves weekdays, today/yesterday and dates without a year."""
    if not text:
        return []
    tables = _tables()
    ref_date = _as_date(ref)
    nt = normalize(text)
    cands = _calendar(tables, nt, text, ref_date) + _weekdays(tables, nt, ref_date)
    out = []
    for s, e, kind, iso, weekday in _merge_weekdays(_non_overlapping(cands), nt.text):
        os_, oe = nt.span(s, e)
        out.append(DateMention(os_, oe, text[os_:oe], kind, iso, _is_background(tables, nt.text, s), weekday))
    return out


def report_date(text: str) -> str | None:
    """The report's date: the first full calendar date that is not background ("since ..."),
    as YYYY-MM-DD; None when the text gives no such date (a bare weekday is not enough)."""
    for d in find_dates(text):
        if d.kind == "day" and not d.background:
            return d.iso
    return None
