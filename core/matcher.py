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


class PhraseMatcher:
    """A dictionary of phrases (word keys joined) with the prefixes needed to stop early."""

    def __init__(self, word_key: Callable[[str], str], max_words: int = 6):
        self._word_key = word_key
        self._entries: dict[str, list[tuple[str, Any, str]]] = defaultdict(list)
        self._prefixes: set[str] = set()
        self.max_words = max_words

    def key(self, phrase: str, split: Callable[[str], Iterable[str]]) -> str:
        return "".join(self._word_key(w) for w in split(phrase))

    def add(self, key: str, kind: str, value: Any, phrase: str) -> None:
        if not key:
            return
        self._entries[key].append((kind, value, phrase))
        for i in range(1, len(key) + 1):
            self._prefixes.add(key[:i])

    def __contains__(self, key: str) -> bool:
        return key in self._entries

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
                    j += 1
                    if j >= stop or not joined[j]:
                        break
                    s += keys[j]
                    if s not in prefixes:
                        break
        return hits
