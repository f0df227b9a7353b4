"""Sentences that tell again an event of an earlier day (English): "Back on 23 May 2016, 184 civilians
were killed in Tartus and Jableh"; "Human Rights Watch previously drew attention to the use of cluster
bombs". A retelling word (function_words.csv role `retelling`) among the first words of a sentence
makes the whole sentence background: its places, kinds, sides and counts are no incident of the report.
Arabic frames: "ويأتي ذلك في استمرار للهجمات الصاروخية والمدفعية": a clause that opens with a frame word
(role `frame`) tells other attacks the incident belongs with (`clear_frames`)."""
from __future__ import annotations

OPENING = 5
"""How many words from a sentence's start a retelling word may begin at (Human Rights Watch previously)."""
LONGEST = 3
"""The most words a retelling phrase has (earlier this month)."""


def run(doc) -> None:
    clear_frames(doc)
    words = doc.eng.retelling
    if not words or not doc.clauses:
        return
    retold = {c.sentence for c in doc.clauses if _opens_sentence(doc, c) and _retells(doc, c, words)}
    for c in doc.clauses:
        if c.sentence in retold:
            c.places = []
            _clear(c)


def _clear(c) -> None:
    c.types, c.weapons, c.actors, c.counts = set(), set(), [], []
    c.massacre = c.unmapped = c.targeted = False


def clear_frames(doc) -> None:
    """ويأتي ذلك في استمرار للهجمات الصاروخية والمدفعية التي تستهدف ريف حلب الشمالي / ويأتي هذا الترقب مع تجدد
    لعمليات القصف المدفعي والجوي ...، في حين ...: a clause opening with a frame word, and the clauses after it
    in its sentence up to one that names a place or opens another event (فيما، في حين), tell the attacks the
    incident comes among: their kinds, sides and counts are none of the places told before."""
    words, clauses = doc.eng.frames, doc.clauses
    if not words:
        return
    for i, c in enumerate(clauses):
        if c.places or not any(k in words for _, k in doc.tokens[c.first].variants):
            continue
        for d in clauses[i:]:
            if d.sentence != c.sentence or d.places or d.unmapped or d is not c and d.first in doc.actor_marks.story_openers:
                break
            _clear(d)


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
