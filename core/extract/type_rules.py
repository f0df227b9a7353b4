"""Attack types read across a clause's neighbours, after `facts.types` has read each clause's words:
words that name a kind only when nothing else does (types.csv carrier `yields`: an explosion, an
attack), and words that name the attack already told (told_attacks.csv: القصف، الهجوم، the strikes)."""
from __future__ import annotations

from collections import defaultdict

from core.extract.lookup import longest as _longest


_NOT_TOLD = frozenset({"clashes"})
"""Kinds a told attack word cannot point back to: a fight is no shelling, attack or explosion told again."""


def apply(doc) -> None:
    """Both rules over the clauses of `doc`, in text order."""
    hits = _longest(doc.hits["type"])
    _yielding(doc, hits)
    _told(doc, hits)


def _yielding(doc, hits: list) -> None:
    """هزت انفجارات ... ناجمة عن قصف مدفعي / explosions ... rockets: a word that names its kind only
    when its sentence names no other kind (carrier `yields`) adds nothing beside a named weapon."""
    clauses, tok_clause = doc.clauses, doc.tok_clause
    weak: dict[int, set] = defaultdict(set)
    strong: dict[int, set] = defaultdict(set)
    for h in hits:
        if h.value[0]:
            (weak if h.value[2] == "yields" else strong)[tok_clause[h.first]].add(h.value[0])
    by_sentence: dict[int, set] = defaultdict(set)
    for ci, ts in strong.items():
        by_sentence[clauses[ci].sentence] |= ts
    for ci, ts in weak.items():
        c = clauses[ci]
        only = ts - strong[ci]
        if only and by_sentence[c.sentence] - only:
            c.types -= only


def _told(doc, hits: list) -> None:
    """كما طال القصف مدينة سرمين / The strikes killed five in Salhin: a clause whose only attack
    words name the attack told before (told_attacks.csv) takes that attack's kinds."""
    clauses, tok_clause = doc.clauses, doc.tok_clause
    told_spans = [(h.first, h.last) for h in doc.hits["told"]
                  if doc.eng.lang != "ar" or _definite(doc.tokens[h.first].text, h.cut)]
    if not told_spans:
        return
    longer = {t for h in hits if h.last - h.first > 1 for t in range(h.first, h.last)}
    told = {tok_clause[f] for f, l in told_spans if l - f > 1 or f not in longer}
    inside = {t for f, l in told_spans for t in range(f, l)}
    own = {tok_clause[h.first] for h in hits if h.value[0] and not (h.first in inside and h.last - 1 in inside)}
    last: set = set()
    for ci, c in enumerate(clauses):
        if ci in told and ci not in own and last:
            c.types = set(last)
        elif c.types - _NOT_TOLD:
            last = c.types - _NOT_TOLD


def _definite(word: str, cut: int) -> bool:
    """القصف، للقصف، وبالقصف: the word after its clitics bears the article (لقصف does not)."""
    rest = word[cut:]
    return rest.startswith("ال") or cut > 0 and word[cut - 1] == "ل" and rest.startswith("ل")
