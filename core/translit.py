"""Transliteration-insensitive keys for Latin-script Syrian place names.

Reports, GeoNames, Wikidata and OCHA spell the same Arabic name many ways (Douma/Duma,
Hammouriyeh/Hamouria, Kafr Batna/Kfar Batna); `en_key` folds the systematic differences so they
share one key while clearly different names (Douma/Dumayr) keep different keys.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                          "ß": "ss", "æ": "ae", "œ": "oe"})
_QUOTES = re.compile("[\u2018\u2019\u201b\u02b9\u02bb\u02bc\u02be\u02bf`\u00b4]")
ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "az", "at", "an", "ed", "es", "esh",
                       "ez", "et", "en", "er", "ul"})
_KAFR = re.compile(r"^(?:kafr|kfar|kafar|kefr|kefer|kafer|kafir|kufr|kofr|kfer|kfr)")
_DIGRAPHS = (("ch", "sh"), ("kh", "k"), ("ck", "k"), ("q", "k"), ("c", "k"), ("gh", "g"),
             ("dh", "z"), ("dj", "j"), ("th", "t"), ("ph", "f"), ("x", "ks"))
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1+")
_GLUED_AL = re.compile(r"^(?:al|el)(?=[^aeiou]{1,2}[aeiou])")
_ENDING = re.compile(r"(?:iy[ae]h?|i[ae]h?|(?<=[^aeiou])y[ae]h?)$")
_FINAL_A = re.compile(r"(?<=[^aeiou])(?:[ae]h|a|e)$")
_RUN = re.compile(r"[aeiouy]+")
_WORDS = re.compile(r"[a-z0-9]+")


def _fold_run(m: re.Match) -> str:
    run = m.group(0)
    if "o" in run or "u" in run:
        return "u"
    if run in ("a", "aa", "e"):
        return "a"
    return "i"


def _fold_vowels(stem: str) -> str:
    """Vowel runs to one letter (o/u runs -> u; a, aa, lone e -> a; ee, ei, ai, ay, i -> i);
    y before a vowel and aw before a vowel stay consonants, aw before a consonant is u."""
    stem = re.sub(r"aw(?![aeiouy])", "u", stem)
    stem = re.sub(r"y(?=[aeiou])", "Y", stem)
    stem = re.sub(r"w(?=[aeiou])", "W", stem)
    return _RUN.sub(_fold_run, stem).lower()


def _word_key(word: str) -> str:
    word = _KAFR.sub("kfr", word)
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    word = _DOUBLE.sub(r"\1", word)
    tail = ""
    for pattern, ending in ((_ENDING, "ia"), (_FINAL_A, "a")):
        m = pattern.search(word)
        if m and m.start() >= 2:
            word, tail = word[:m.start()], ending
            break
    return _fold_vowels(word) + tail


@lru_cache(maxsize=262_144)
def en_key(name: str) -> str:
    """Key of a Latin-script place name: case, diacritics, apostrophes, articles (al-, el-, as-...),
    spaces, hyphens and systematic spelling variants folded. '' when it has no Latin letters."""
    if not isinstance(name, str):
        return ""
    s = unicodedata.normalize("NFKD", _QUOTES.sub("'", name.translate(_LETTERS)))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "")
    words = _WORDS.findall(s)
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if i == len(words) - 1 or w not in ARTICLES]
    words = words[:1] + [_GLUED_AL.sub("", w) if len(w) > 4 else w for w in words[1:]]
    return "".join(_word_key(w) for w in words)


_VOWELS = re.compile("[aeiou]")


def skeleton(key: str) -> str:
    """The consonants of an `en_key` after its first letter, which stays whatever it is, and
    whether it ends in a vowel: the part of a transliteration that writers agree on (zamlka and
    zamalka -> zmlk-; Kastillo is not Qastal)."""
    return key[:1] + _VOWELS.sub("", key[1:]) + ("-" if key[-1:] in "aeiou" and len(key) > 1 else "")
