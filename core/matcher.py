"""Longest-phrase lookup over tokens: every lexicon phrase and gazetteer name is a key made of
its words' keys run together, so joined and split spellings (كفربطنا / كفر بطنا) meet."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from core.tokens import Token


@dataclass(slots=True)
class Hit:
    """Tokens [first, last) match a phrase; `cut` proclitic chars of the first token are not part of it."""
    first: int
    last: int
    cut: int
    kind: str
    value: Any
    phrase: str


PROCLITICS = frozenset("لبك")
"""One-letter Arabic proclitics: a phrase ending in one (إضافة لـ) also ends before a word it is
written joined to (إضافة لقرى بسيمة)."""


class PhraseMatcher:
    """A dictionary of phrases (word keys joined) with the prefixes needed to stop early."""

    def __init__(self, word_key: Callable[[str], str], max_words: int = 6):
        self._word_key = word_key
        self._entries: dict[str, list[tuple[str, Any, str]]] = defaultdict(list)
        self._prefixes: set[str] = set()
        self._before_clitic: dict[str, list[tuple[str, str, Any, str]]] = defaultdict(list)
        self.max_words = max_words

    def key(self, phrase: str, split: Callable[[str], Iterable[str]]) -> str:
        return "".join(self._word_key(w) for w in split(phrase))

    def add(self, key: str, kind: str, value: Any, phrase: str) -> None:
        if not key:
            return
        self._entries[key].append((kind, value, phrase))
        for i in range(1, len(key) + 1):
            self._prefixes.add(key[:i])
        last = phrase.split()[-1].strip("ـ") if " " in phrase.strip() else ""
        if last in PROCLITICS and key.endswith(last):
            self._before_clitic[key[: -len(last)]].append((last, kind, value, phrase))

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def keys_of(self, kind: str) -> list[str]:
        """Every key with a phrase of `kind`."""
        return [k for k, found in self._entries.items() if any(f[0] == kind for f in found)]

    def values(self, key: str, kind: str) -> list:
        """The values of the phrases of `kind` under `key`."""
        return [v for k, v, _ in self._entries.get(key, ()) if k == kind]

    def find(self, tokens: list[Token]) -> dict[str, list[Hit]]:
        """Every phrase occurrence (all lengths), by kind; callers choose among overlaps."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        entries, prefixes, n, longest = self._entries, self._prefixes, len(tokens), self.max_words
        keys = [t.key for t in tokens]
        joined = [t.joined for t in tokens]
        for i, tok in enumerate(tokens):
            stop = min(n, i + longest)
            for cut, k in tok.variants:
                if k not in prefixes:
                    continue
                s, j = k, i
                while True:
                    found = entries.get(s)
                    if found:
                        for kind, value, phrase in found:
                            hits[kind].append(Hit(i, j + 1, cut, kind, value, phrase))
                    if s in self._before_clitic and j + 1 < n and joined[j + 1]:
                        for letter, kind, value, phrase in self._before_clitic[s]:
                            if len(keys[j + 1]) > 2 and keys[j + 1].startswith(letter):
                                hits[kind].append(Hit(i, j + 1, cut, kind, value, phrase))
                    j += 1
                    if j >= stop or not joined[j]:
                        break
                    s += keys[j]
                    if s not in prefixes:
                        break
        return hits



class FuzzyIndex:
    """Known keys one spelling slip away from a key: a `soft` letter (Arabic ا و ي) missing, added
    or written for another, one letter of a pair in `pairs` written for the other (ة as ا), or a
    letter doubled or undoubled, never the first letter
    (مساكن هنانوا -> مساكن هنانو). Keys shorter than `min_len` take no part
    (symmetric deletes, then checked)."""

    def __init__(self, keys: Iterable[str], min_len: int, soft: str, pairs: Iterable[str] = ()):
        self.min_len, self.soft = min_len, frozenset(soft)
        self.pairs = {frozenset(p) for p in pairs} | {frozenset((x, y)) for x in soft for y in soft if x != y}
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            if len(k) >= min_len:
                for d in _deletions(k):
                    self._deletes[d].add(k)

    def find(self, key: str) -> set[str]:
        """The known keys a slip away from `key`."""
        if len(key) < self.min_len:
            return set()
        return {k for d in _deletions(key) for k in self._deletes.get(d, ()) if k != key and self._slip(key, k)}

    def _slip(self, a: str, b: str) -> bool:
        if abs(len(a) - len(b)) > 1:
            return False
        if len(a) > len(b):
            a, b = b, a
        i = 0
        while i < len(a) and a[i] == b[i]:
            i += 1
        if i == 0:
            return False
        if len(a) < len(b):
            c = b[i]
            return a[i:] == b[i + 1:] and (c in self.soft or c == b[i - 1] or i + 1 < len(b) and c == b[i + 1])
        return a[i + 1:] == b[i + 1:] and frozenset((a[i], b[i])) in self.pairs


class SkeletonIndex:
    """Known keys with the same consonants as a key, in the same order, and the same first
    letter: transliterations that differ only in their vowels (Zemlka / Zamalka, Meles / Millis).
    Only skeletons of `min_consonants` letters or more take part."""

    def __init__(self, keys: Iterable[str], skeleton: Callable[[str], str], min_consonants: int):
        self._skeleton, self.min_consonants = skeleton, min_consonants
        self._keys: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            sk = skeleton(k)
            if len(sk.rstrip("-")) >= min_consonants:
                self._keys[sk].add(k)

    def find(self, key: str) -> set[str]:
        """The known keys with the skeleton of `key` (none when `key` is known itself)."""
        found = self._keys.get(self._skeleton(key), set())
        return set() if key in found else found


def _deletions(key: str) -> set[str]:
    """The key and every key one letter shorter."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}
