"""Stage 1, lookup. Reads: `doc.text`, `doc.eng`. Adds: `doc.norm` (normalised text with its
offset map), `doc.tokens` and their `starts`, `doc.dates` (full event dates in the run), and
`doc.hits`: every lexicon phrase and gazetteer name found, by kind (all lengths and overlaps;
later stages choose among them). English place names are found from capitalised words on."""
from __future__ import annotations

import re
from functools import lru_cache

from core.arabic import normalize
from core.dates import find_dates
from core.matcher import Hit
from core.tokens import Token, tokenize
from core.translit import ARTICLES, en_key

ARTICLE_PREFIX = re.compile(r"(?:al|el|ar|as|ash|ad|az|at|an)-")
"""A word that begins with an Arabic article written in Latin (al-Bab, el-Sheikh)."""
_name_key = lru_cache(maxsize=200_000)(en_key)
"""The transliteration key of a capitalised run (the same few thousand names recur in a report)."""


def run(doc) -> None:
    doc.norm = normalize(doc.text)
    doc.identity = not doc.norm._breaks
    doc.tokens = tokenize(doc.norm.text, doc.eng.lang, doc.norm)
    doc.starts = [t.start for t in doc.tokens]
    doc.dates = [(d.start, d.iso) for d in find_dates(doc.text, ref=doc.report_date, normalized=doc.norm)
                 if d.iso and len(d.iso) == 10 and not d.background]
    doc.date_starts = [d[0] for d in doc.dates]
    if not doc.tokens:
        return
    doc.hits = doc.eng.matcher.find(doc.tokens)
    if doc.eng.lang != "ar":
        doc.hits["place"] += english_place_hits(doc.eng, doc.tokens)


def english_place_hits(eng, tokens: list[Token]) -> list[Hit]:
    """Place names in English text, from a capitalised word (or al-, el-...) on: each longer run of
    joined words is looked up by its transliteration key while it can still begin a known name.
    A capitalised preposition opening a sentence (In Tal Abyad) begins no name: "In" is not Ain;
    a possessive 's is no part of a name (Raqqa's old city)."""
    hits = []
    n = len(tokens)
    places, prefixes, prepositions = eng.en_places, eng.en_prefixes, eng.preposition_words
    starts = [i for i, tok in enumerate(tokens)
              if (tok.upper or "-" in tok.text and ARTICLE_PREFIX.match(tok.text)) and tok.key not in prepositions]
    for i in starts:
        name = ""
        for j in range(i, min(n, i + eng.en_max_words)):
            if j > i and not tokens[j].joined:
                break
            word = tokens[j].text
            name += (" " if j > i else "") + (word[:-2] if word.endswith("'s") and len(word) > 3 else word)
            key = _name_key(name)
            found = places.get(key)
            if found:
                for e in found:
                    hits.append(Hit(i, j + 1, 0, "place", e, name))
            if key not in prefixes and tokens[j].key not in ARTICLES:
                break
    return hits


def longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then leftmost."""
    chosen: list[Hit] = []
    used: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.first - h.last, h.first)):
        f, l = h.first, h.last
        if l - f == 1:
            if f in used:
                continue
            used.add(f)
        elif used.isdisjoint(range(f, l)):
            used.update(range(f, l))
        else:
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: h.first)
    return chosen
