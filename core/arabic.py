"""Arabic text normalisation that remembers where every character came from.

Matching works on a normalised copy (no diacritics or tatweel, one alef, ه for ة, ي for ى,
ASCII digits, lower-case Latin) while evidence offsets must point into the text as given:
`normalize` returns both, and `Normalized.span` maps a normalised span back.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass

_DROP = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]")

_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ک": "ك",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
    "\u00A0": " ", "\u2007": " ", "\u202F": " ",
    "\u2019": "'", "\u2018": "'", "\u02BC": "'", "\u02BF": "'", "\u02BE": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
})

_PAIRS = tuple((chr(k), v) for k, v in _TABLE.items() if not "A" <= chr(k) <= "Z")
assert all(len(v) == 1 for _, v in _TABLE.items()) and not set(_TABLE.values()) & {chr(k) for k in _TABLE}
_ASCII_CAPITAL = re.compile("[A-Z]")


def _fold(text: str) -> str:
    """`text.translate(_TABLE)`, done as one str.replace per character present, and ASCII capitals
    lowered through UTF-8 bytes (bytes.lower touches nothing else): many times faster on long text;
    the table maps one character to one, never onto another key."""
    if _ASCII_CAPITAL.search(text):
        text = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    for k, v in _PAIRS:
        if k in text:
            text = text.replace(k, v)
    return text


ARABIC_LETTER = re.compile("[\u0621-\u064A]")
# A thousands comma between digits (400,000) stays inside the number: it cuts no clause.
WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+|(?<=\d),\d{3}(?!\d))*")


@dataclass(frozen=True)
class Normalized:
    """A normalised text with the map back to the original offsets."""
    text: str
    original: str
    _breaks: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """Original offset of normalised offset `i` (0 <= i <= len(text))."""
        k = bisect_right(self._breaks, i)
        return i + (self._shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching; the result keeps offsets back to `text`."""
    mapped = _fold(text)
    breaks: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    last = 0
    dropped = 0
    for m in _DROP.finditer(mapped):
        parts.append(mapped[last:m.start()])
        dropped += 1
        last = m.end()
        breaks.append(m.start() - dropped + 1)
        shifts.append(dropped)
    if not breaks:
        return Normalized(mapped, text)
    parts.append(mapped[last:])
    return Normalized("".join(parts), text, tuple(breaks), tuple(shifts))


def norm(s: str) -> str:
    """The normalised form of a short string (a name or lexicon phrase), whitespace folded."""
    return " ".join(normalize(s).text.split())


def strip_al(word: str) -> str:
    """Drop a leading definite article (ال), keeping very short words whole."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Spelling-insensitive key of an Arabic name: normalised, ال dropped per word, spaces removed,
    so الديرخبية, دير خبية and ديرخبية share one key."""
    return "".join(strip_al(w) for w in re.split(r"[\s\-]+", norm(name)) if w)


_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
               "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def proclitic_variants(word: str) -> list[tuple[int, str]]:
    """Ways to read a normalised word as proclitics + stem: (chars removed, stem), the word
    itself first. لل reads as ل + ال (للغوطة -> الغوطة)."""
    out = [(0, word)]
    seen = {word}
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= (2 if len(p) == 1 else 3):
            stem = word[len(p):]
            if p.endswith("ال") or p.endswith("لل"):
                stem = "ال" + stem
                cut = len(p) - (2 if p.endswith("ال") else 1)
            else:
                cut = len(p)
            if stem not in seen:
                seen.add(stem)
                out.append((cut, stem))
    return out


def is_arabic(text: str, sample: int = 4000) -> bool:
    """True when most letters of (a sample of) `text` are Arabic."""
    s = text[:sample]
    ar = len(ARABIC_LETTER.findall(s))
    latin = len(re.findall(r"[A-Za-z]", s))
    return ar > 0 and ar >= latin


SOFT_LETTERS = "اوي"
"""Long vowels, which writers drop, add or swap (هنانوا / هنانو): one of them is a spelling slip."""
SWAP_PAIRS = ("اه",)
"""Letters written for each other besides the long vowels: ة (normalised ه) written ا (بياضا /
بياضة); ي for ة is not one (الجميلي is not الجميلة)."""
