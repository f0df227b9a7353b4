"""Words of a normalised text with their spans and the keys phrases are matched on.

An Arabic word may carry proclitics (و ف ب ل ك, with or without ال): each reading of it is a
variant `(chars cut, key)`, the word itself first, so وبحلب matches حلب and والشيفونية matches
الشيفونية. Keys drop the article (ال) so definite and indefinite spellings meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.arabic import WORD, Normalized, proclitic_variants, strip_al
from core.date_tables import glued_day_re
from core.glued_words import glued_casualty_re

_PROCLITIC_START = frozenset("وفبلك")
QUOTES = "\"'«»“”„‹›()[]"
"""Quote marks and brackets around a name (بلدة «كفرنبل»، حي "الميسر"، مدينتي (دوما وسقبا)): they
part no words, so a cue, a list and a name read through them as if they were not there (brackets
only in Arabic, see `_bracketed`)."""
_GAP = re.compile("[\\s\\-_\u2600-\u27bf\ufe0f\U0001f000-\U0001faff\U000e0020-\U000e007f"
                  + re.escape(QUOTES) + "]*")
"""What may stand between two words of one phrase: spaces, hyphens, quote marks and brackets,
and emoji (flags, symbols), which social-media posts glue to names (مدينة 🇸🇾دوما)."""
_UNQUOTE = str.maketrans("", "", QUOTES)
QUOTE_MARKS = "«\"“”'"
"""Marks that open a quoted title or name (not brackets)."""


def quote_opens(tokens: list, text: str, t: int) -> bool:
    """A quote mark opens token `t` (جمعة «حمص تناديكم»، ارتقاء” عمرو مرعي”): the words after it are
    a title or a name."""
    return 0 < t < len(tokens) and any(q in text[tokens[t - 1].end:tokens[t].start] for q in QUOTE_MARKS)


def unquoted(gap: str) -> str:
    """A gap between words without its quote marks and brackets (”، “ is a comma)."""
    return gap.translate(_UNQUOTE)


_SPLIT = re.compile(f"(\\d+(?=(?:km|kms)\\b)|{WORD.pattern})")
"""In English a distance glued to its unit (15km from Idlib city) is a number and a word, so "km from"
reads as it does written apart."""
_AR_WORD = WORD.pattern.replace("['\\-]", "'")
_AR_SPLIT = re.compile(f"([وف]?\\d+(?=[^\\W\\d_])|{_AR_WORD})")
"""In Arabic a number glued to the word after it (15شخصا، و4آخرين) is a word of its own, joined to it,
and so is each word of a hyphenated run (أريحا-احسم-مرعيان: a list written with dashes)."""
_GLUED_AFTER = re.compile(r"[^\W\d_]\d")
_WORD_THEN_NUMBER = re.compile(r"(?![وفبلك]?ال\d|[وفبلك]{1,2}\d)([^\W\d_]{2,})(\d+)")
"""A number glued to the word before it (وإصابة52 آخرين، استشهاد24 مواطنا) is a word of its own too,
but not after an article or a proclitic (الـ50، بـ100: one word, read through its variants)."""


def _unglued(parts: list[str]) -> list[str]:
    """The split parts (gap, word, gap, word, ...) with each word that ends in a number glued to a
    word before it cut in two, an empty gap between (done only for texts that hold one)."""
    out = parts[:1]
    for w, gap in zip(parts[1::2], parts[2::2]):
        m = _WORD_THEN_NUMBER.fullmatch(w) if w[-1].isdigit() else None
        out += [m.group(1), "", m.group(2), gap] if m else [w, gap]
    return out


def _unglued_at(parts: list[str], glued) -> list[str]:
    """The split parts with each word that ends in a weekday or a casualty verb glued to it by a lost
    space (العشراتالأحد، مدنيينوجرح: `core.date_tables.glued_day_re`, `core.glued_words`) cut in two,
    an empty gap between, as a glued number is."""
    out = parts[:1]
    for w, gap in zip(parts[1::2], parts[2::2]):
        m = glued.search(w)
        out += [w[:m.start()], "", w[m.start():], gap] if m else [w, gap]
    return out


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str
    variants: tuple[tuple[int, str], ...]
    joined: bool
    upper: bool = False


def ar_key(word: str) -> str:
    """Matching key of a normalised Arabic word (article dropped)."""
    return strip_al(word)


def en_word_key(word: str) -> str:
    """Matching key of an English word: the lower-cased word, apostrophes and hyphens dropped
    (al-Sham, al_Sham and al Sham meet)."""
    return word.replace("'", "").replace("-", "")


def tokenize(text: str, lang: str, norm: Normalized | None = None) -> list[Token]:
    """Tokens of normalised `text` (`norm`, when given, maps back to the original writing). `joined` says only spaces or hyphens separate a token from
    the one before it (phrases never run across punctuation). `upper` marks words written with
    a capital in `original` (English proper names)."""
    tokens: list[Token] = []
    append = tokens.append
    cache = _AR_READINGS
    identity = norm is not None and not norm._breaks
    original = norm.original if norm is not None else ""
    parts = (_SPLIT if lang != "ar" else _AR_SPLIT).split(text)
    if lang == "ar" and _GLUED_AFTER.search(text):
        parts = _unglued(parts)
    if lang == "ar" and glued_day_re().search(text):
        parts = _unglued_at(parts, glued_day_re())
    if lang == "ar" and glued_casualty_re().search(text):
        parts = _unglued_at(parts, glued_casualty_re())
    pos = len(parts[0])
    joined = False
    if lang != "ar":
        readings = _EN_READINGS
        for w, gap in zip(parts[1::2], parts[2::2]):
            s = pos
            pos += len(w)
            reading = readings.get(w)
            if reading is None:
                key = en_word_key(w) if "'" in w or "-" in w else w
                reading = (key, ((0, key),))
                if len(readings) < 500_000:
                    readings[w] = reading
            if norm is None:
                up = False
            else:
                up = original[s if identity else norm.orig(s)].isupper()
            append(Token(s, pos, w, reading[0], reading[1], joined, up))
            pos += len(gap)
            joined = gap == " " or _joins(gap) and not _bracketed(gap)
        return tokens
    bracket = False
    for w, gap in zip(parts[1::2], parts[2::2]):
        s = pos
        pos += len(w)
        reading = cache.get(w)
        if reading is None:
            reading = _ar_reading(w)
            if len(cache) < 500_000:
                cache[w] = reading
        append(Token(s, pos, w, reading[0], reading[1], joined and not (bracket and w[-1].isdigit())))
        pos += len(gap)
        if gap == " ":  # most gaps: no bracket, joined
            bracket, joined = False, True
        else:
            bracket = _bracketed(gap)
            joined = _joins(gap) and not (bracket and w[-1].isdigit())
    return tokens


@lru_cache(maxsize=10_000)
def _bracketed(gap: str) -> bool:
    """Whether a gap holds a bracket. English brackets hold asides (killing nine (four of them
    children)), so they part words; Arabic ones stand around names (مدينتي (دوما وسقبا)) and part
    only a number from the word beside it (5 (خمسة))."""
    return any(b in gap for b in "()[]")


@lru_cache(maxsize=10_000)
def _joins(gap: str) -> bool:
    """Whether a gap joins the words around it (only spaces, hyphens, underscores, emoji)."""
    return _GAP.fullmatch(gap) is not None


_AR_READINGS: dict[str, tuple[str, tuple]] = {}
_EN_READINGS: dict[str, tuple[str, tuple]] = {}


def _ar_reading(w: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    if len(w) > 1 and w[0] in "وف" and w[1:].isdigit():
        return w, ((0, w), (1, w[1:]))
    key = strip_al(w.replace("-", ""))
    if w[0] in _PROCLITIC_START:
        return key, tuple((cut, strip_al(stem.replace("-", ""))) for cut, stem in proclitic_variants(w))
    return key, ((0, key),)
