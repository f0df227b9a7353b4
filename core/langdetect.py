"""Language of a report and of each of its paragraphs: "ar" or "en".

The decision is by script: Arabic letters against Latin letters. A text is Arabic only when its
Arabic letters outnumber its Latin ones; anything else (English, empty, digits only, another
Latin-script language) reads as English, which the English lexicons treat harmlessly.
Mixed reports (an Arabic bulletin with an English summary, or the reverse) are read paragraph by
paragraph, so each part meets the lexicons of its own language.

    detect(text) -> "ar" | "en"
    letter_counts(text) -> (arabic, latin)   # also arabic_letters(text), latin_letters(text)
    paragraphs(text) -> [(start, end, lang), ...]   # offsets into `text`, one per non-blank line

Everything is regex and str work, so a 10 MB text takes a fraction of a second.
"""
from __future__ import annotations

import re

_ARABIC_RUN = re.compile("[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]+")
_LATIN = "A-Za-z\u00C0-\u024F"
_LATIN_RUN = re.compile(f"[{_LATIN}]+")
_LINE = re.compile(r"[^\s](?:[^\r\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]*[^\s])?")

MIN_LETTERS = 3
"""A line with fewer letters than this (a dash, a number, "3)") is too thin to judge on its own:
it takes the language of the line before it (or after it, at the top)."""
_LATIN_ENOUGH = re.compile(f"[{_LATIN}](?:[^{_LATIN}]*[{_LATIN}]){{{MIN_LETTERS - 1}}}")
"""MIN_LETTERS Latin letters somewhere in a line: enough to judge a line that has no Arabic."""


def letter_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in `text`: `detect` is "ar" exactly when the first is larger."""
    return arabic_letters(text), latin_letters(text)


def arabic_letters(text: str) -> int:
    return len(text) - len(_ARABIC_RUN.sub("", text)) if _ARABIC_RUN.search(text) else 0


def latin_letters(text: str) -> int:
    return len(text) - len(_LATIN_RUN.sub("", text)) if _LATIN_RUN.search(text) else 0


def _lang(ar: int, latin: int) -> str:
    return "ar" if ar > latin else "en"


def detect(text: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones in `text`, else "en" (also for empty text)."""
    if not text:
        return "en"
    if _LATIN_RUN.search(text) is None or _ARABIC_RUN.search(text) is None:
        return "ar" if _ARABIC_RUN.search(text) is not None else "en"
    return _lang(*letter_counts(text))


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    """The non-blank lines of `text` as (start, end, lang), in order, offsets into `text`.

    A line break (or a blank line) ends a paragraph; surrounding spaces are left out of the span.
    Lines with too few letters to judge take their neighbour's language."""
    has_ar, has_latin = _ARABIC_RUN.search(text) is not None, _LATIN_RUN.search(text) is not None
    if not (has_ar and has_latin):
        lang = "ar" if has_ar else "en"
        return [(m.start(), m.end(), lang) for m in _LINE.finditer(text)]
    out: list[list] = []
    pending: list[list] = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        line = m.group()
        if _ARABIC_RUN.search(line) is None:
            ar, latin = 0, (MIN_LETTERS if _LATIN_ENOUGH.search(line) else len(line) - len(_LATIN_RUN.sub("", line)))
        else:
            ar, latin = letter_counts(line)
        if ar + latin < MIN_LETTERS:
            if out:
                out.append([start, end, out[-1][2]])
            else:
                pending.append([start, end, None])
            continue
        lang = _lang(ar, latin)
        for p in pending:
            p[2] = lang
            out.append(p)
        pending = []
        out.append([start, end, lang])
    if pending:
        lang = detect(text)
        for p in pending:
            p[2] = lang
            out.append(p)
    return [tuple(p) for p in out]
