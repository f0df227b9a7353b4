"""Dates written in English and Arabic reports: the report's own date and the dates of events.

    find_dates(text, ref=None) -> list[DateMention]   # every date mention, in text order
    iter_dates(text, ref=None)                         # the same, lazily
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
- "partial": a day and month without a year; `iso` in the year nearest the last full date written
  before it, else only when `ref` is given (the most recent such day on or before it).
- "weekday": `iso` only when `ref` is given (the most recent such weekday on or before it);
  `weekday` names the day either way.
- "relative": today/yesterday; `iso` only when `ref` is given.
- "earlier": a day before the report's, not told exactly (قبل أيام, a few days ago); never an `iso`.
`background` is true for dates that say when something began rather than when an event happened
("since March 2011", "منذ آذار 2011"): they never become the report date, and callers should not
date incidents by them.

Month names, weekday words and background cues are data (`data/lexicons/dates/*.csv`).
Matching runs on `core.arabic.normalize`d text, and spans point back into the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.arabic import normalize
from core.date_tables import DATES_DIR, LETTER_WORDS, _Tables, _tables, calendar_words, glued_day_re

__all__ = ["DateMention", "find_dates", "iter_dates", "report_date", "calendar_words", "DATES_DIR", "KINDS", "WEEKDAYS"]

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
    offset: int | None = None
    """Of a relative day: its days from the report's (yesterday -1), known without the report date."""


def _as_date(ref) -> date | None:
    if ref is None or isinstance(ref, date):
        return ref
    try:
        return date.fromisoformat(str(ref)[:10])
    except ValueError:
        return None


_DIGITS = re.compile(r"\d+")
_BEFORE, _AFTER = 50, 60
"""How far around a run of digits a calendar date may reach (month names, "(فبراير)", "من عام")."""


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches around digit runs: every calendar form holds a digit, so only these are
    searched with the full patterns."""
    out: list[tuple[int, int]] = []
    start = end = -1
    for s, e in map(re.Match.span, _DIGITS.finditer(text)):
        if end < 0 or s - _BEFORE > end:
            if end >= 0:
                out.append((start, end))
            start = max(0, s - _BEFORE)
        end = e + _AFTER
    if end >= 0:
        out.append((start, min(len(text), end)))
    return out


_NUMERIC_DATE = re.compile(r"\d[-/.]\d")


def _calendar(tables: _Tables, nt, text: str, ref: date | None) -> list[tuple]:
    found = []
    month_words = tables.month_words
    for ws, we in _windows(nt.text):
        if month_words.isdisjoint(LETTER_WORDS.findall(nt.text, ws, we)) and not _NUMERIC_DATE.search(nt.text, ws, we):
            continue
        for m in tables.calendar_re.finditer(nt.text, ws, we):
            c = _calendar_mention(tables, m, nt, text, ref)
            if c is not None:
                found.append(c)
    return found


def _calendar_mention(tables: _Tables, m: re.Match, nt, text: str, ref: date | None):
    groups = m.groupdict()
    i = next(i for i in range(len(tables.kinds)) if groups[f"f{i}"] is not None)
    year = int(groups[f"y{i}"]) if groups.get(f"y{i}") else None
    day = int(groups[f"d{i}"]) if groups.get(f"d{i}") else None
    return _mention(tables, m, tables.kinds[i], f"m{i}", day, year, nt, text)


def _mention(tables: _Tables, m: re.Match, kind: str, month_group: str, day: int | None, year: int | None,
             nt, text: str) -> tuple | None:
    """(start, end, kind, iso, None) of a matched date form; None when its month word needs a capital
    or a year it lacks (May / may, آب / أب), or the day does not exist."""
    raw = m.group(month_group)
    if raw.isdigit():
        month, needs = int(raw), ""
    else:
        month, needs = tables.months[" ".join(raw.split())]
    if needs == "capital":
        o = nt.orig(m.start(month_group))
        if not text[o:o + 1].isupper():
            return None
    if needs == "year" and kind == "partial":
        return None
    try:
        if kind == "day":
            iso = date(year, month, day).isoformat()
        elif kind == "month":
            iso = f"{year:04d}-{month:02d}"
        else:
            date(2000, month, day)
            iso = (month, day)
    except ValueError:
        return None
    return (m.start(), m.end(), kind, iso, None)


_CONJUNCTIONS = "وف"
"""Arabic conjunctions written joined to the day after them (والخميس الماضي، وأمس)."""


def _inside_word(t: str, i: int) -> bool:
    """True when position i of `t` continues a word (what a regex `(?<!\\w)` would refuse)."""
    return i > 0 and (t[i - 1].isalnum() or t[i - 1] == "_")


_LAST_WORD = re.compile(r"(\w+)\s+$")


def _ordinal_matches(tables: _Tables, t: str):
    """Ordinal-day dates at word starts, in order: Arabic ones by one scan, English ones from the
    "of + month" they end in (a scan for "of" is far cheaper than one for every ordinal)."""
    out = []
    search, pos = tables.ordinal_re.search, 0
    while (m := search(t, pos)) is not None:
        if _inside_word(t, m.start()):
            pos = m.start() + 1  # inside a word: the pattern leaves this out for speed
            continue
        out.append(m)
        pos = m.end()
    last = 0
    for of in tables.of_month_re.finditer(t):
        before = tables.ordinal_before_re.search(t, max(last, of.start() - 20), of.start())
        m = tables.ordinal_of_re.match(t, before.start()) if before is not None else None
        if m is not None:
            out.append(m)
            last = m.end()
    return sorted(out, key=lambda m: m.start())


def _ordinal_days(tables: _Tables, nt, text: str, ref: date | None) -> list[tuple]:
    """في الخامس والعشرين من تشرين الأول 2016, on the twenty-fifth of October: a day written as an
    ordinal word before a month (not after النصف / الأسبوع..., which make it part of a period)."""
    found = []
    t = nt.text
    for m in _ordinal_matches(tables, t):
        before = _LAST_WORD.search(t, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1) in tables.ordinal_blockers:
            continue
        year = int(m.group("y")) if m.group("y") else None
        c = _mention(tables, m, "day" if year else "partial", "m", tables.ordinals[" ".join(m.group("o").split())],
                     year, nt, text)
        if c is not None:
            found.append(c)
    return found


def _partial_day(month_day: tuple[int, int], anchor: date | None, ref: date | None) -> str | None:
    """A day without a year: in the year that puts it nearest the last full date written before
    it ("On June 27, 2018 ... on July 1"), else the most recent such day on or before `ref`."""
    month, day = month_day
    if anchor is not None:
        days = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                days.append(date(year, month, day))
            except ValueError:
                continue
        if days:
            return min(days, key=lambda d: abs((d - anchor).days)).isoformat()
    return _recent_day(ref, month, day) if ref is not None else None


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
    t = nt.text
    for m in tables.weekday_re.finditer(t):
        start = m.start()
        if _inside_word(t, start) and not (t[start - 1] in _CONJUNCTIONS and not _inside_word(t, start - 1)) \
                and not glued_day_re().match(t, start):
            continue
        pre = tables.prefix_re.search(t, max(0, start - 12), start)
        if pre is not None:
            start = pre.start()
        word = " ".join(m.group("w").split())
        if word in tables.weekdays:
            name = tables.weekdays[word]
            iso = None
            if ref is not None:
                back = (ref.weekday() - WEEKDAYS.index(name)) % 7
                iso = (ref - timedelta(days=back)).isoformat()
            found.append((start, m.end(), "weekday", iso, name))
        elif (offset := tables.relative[word]) is None:
            found.append((start, m.end(), "earlier", None, None))
        else:
            iso = (ref + timedelta(days=offset)).isoformat() if ref is not None else None
            found.append((start, m.end(), "relative", iso, offset))
    return found


def _non_overlapping(cands: list[tuple]) -> list[tuple]:
    out: list[tuple] = []
    for c in sorted(cands, key=lambda c: (c[0], c[0] - c[1])):
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
    return out


_JOIN = re.compile(r"[\s,،\-–—]*")
_TO_LAST_PUNCT = re.compile(r"(?s:.*)[.!?;:,،؛()\[\]\"\n]")
"""A text up to and including its last punctuation mark."""
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
    cut = _TO_LAST_PUNCT.match(before)
    if cut is not None:
        before = before[cut.end():]
    last = None
    for last in tables.background_re.finditer(before):
        pass
    return last is not None and len(_WORDS.findall(before[last.end():])) <= BACKGROUND_WINDOW


CHUNK = 1 << 16
"""Texts are read in pieces of about this many characters, cut at a line break, so that
`report_date` can stop at the first date of a long text."""


def _chunks(text: str):
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + CHUNK)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, end
        start = end


def iter_dates(text: str, ref=None, normalized=None):
    """`find_dates`, one mention at a time (stops reading when the caller stops)."""
    if not text:
        return
    tables = _tables()
    ref_date = _as_date(ref)
    pieces = [(0, len(text))] if normalized is not None else _chunks(text)
    anchor = None
    for cs, ce in pieces:
        piece = text[cs:ce]
        nt = normalized if normalized is not None else normalize(piece)
        cands = _calendar(tables, nt, piece, ref_date) + _weekdays(tables, nt, ref_date) + _ordinal_days(tables, nt, piece, ref_date)
        for s, e, kind, iso, extra in _merge_weekdays(_non_overlapping(cands), nt.text):
            weekday, offset = (None, extra) if kind == "relative" else (extra, None)
            os_, oe = nt.span(s, e)
            background = _is_background(tables, nt.text, s)
            if kind == "partial":
                iso = _partial_day(iso, anchor, ref_date)
            elif kind == "day" and not background:
                anchor = date.fromisoformat(iso)
            yield DateMention(cs + os_, cs + oe, piece[os_:oe], kind, iso, background, weekday, offset)


def find_dates(text: str, ref=None, normalized=None) -> list[DateMention]:
    """Every date mention in `text`, in order. `ref` (a date or "YYYY-MM-DD", usually the report
    date) resolves weekdays, today/yesterday and dates without a year. `normalized`, when the
    caller already has `normalize(text)`, saves normalising it again."""
    return list(iter_dates(text, ref, normalized))


def report_date(text: str) -> str | None:
    """The report's date: the first full calendar date that is not background ("since ..."),
    as YYYY-MM-DD; None when the text gives no such date (a bare weekday is not enough)."""
    for d in iter_dates(text):
        if d.kind == "day" and not d.background:
            return d.iso
    return None
