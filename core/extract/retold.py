"""Sentences that tell again an event of an earlier day (English): "Back on 23 May 2016, 184 civilians
were killed in Tartus and Jableh"; "Human Rights Watch previously drew attention to the use of cluster
bombs". A retelling word (function_words.csv role `retelling`) among the first words of a sentence
makes the whole sentence background: its places, kinds, sides and counts are no incident of the report."""
from __future__ import annotations

OPENING = 5
"""How many words from a sentence's start a retelling word may begin at (Human Rights Watch previously)."""
LONGEST = 3
"""The most words a retelling phrase has (earlier this month)."""


def run(doc) -> None:
    words = doc.eng.retelling
    if not words or not doc.clauses:
        return
    retold = {c.sentence for c in doc.clauses if _opens_sentence(doc, c) and _retells(doc, c, words)}
    for c in doc.clauses:
        if c.sentence in retold:
            c.places, c.types, c.weapons, c.actors, c.counts = [], set(), set(), [], []
            c.massacre = c.unmapped = c.targeted = False


def _opens_sentence(doc, c) -> bool:
    return c.first == 0 or doc.clauses[doc.tok_clause[c.first - 1]].sentence != c.sentence


def _retells(doc, c, words: frozenset[str]) -> bool:
    tokens = doc.tokens
    for i in range(c.first, min(c.first + OPENING, len(tokens))):
        key = ""
        for j in range(i, min(i + LONGEST, len(tokens))):
            if j > i and not tokens[j].joined:
                break
            key += tokens[j].key
            if key in words:
                return True
    return False
