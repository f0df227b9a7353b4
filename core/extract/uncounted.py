"""Casualties told without a figure by a phrase of `uncounted.csv` (causing injuries, leaving
injuries, which caused injuries): several people (low 2, README "Counts") of the phrase's kind, in a
clause that gives no count of that kind itself. Called by the counts stage."""
from __future__ import annotations

from core.model import Count
from core.quantities import VAGUE_BEST, CountMention


def add(doc, skip) -> None:
    """Each uncounted phrase's count into its clause; `skip(clause)` is True for a clause whose
    counts are a campaign's or an area's toll."""
    for h in doc.hits.get("uncounted", ()):
        c = doc.clauses[doc.tok_clause[h.first]]
        if h.last > c.last or skip(c) or any(cm.kind == h.value for cm in c.counts):
            continue
        text = doc.full[slice(*doc.span(h.first, h.last))]
        c.counts.append(CountMention(h.value, Count(2, VAGUE_BEST[2], None, True, text), h.first, h.last, h.first))
        c.cue_tokens.append((h.first, h.last, "count"))
