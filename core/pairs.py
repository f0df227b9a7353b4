"""Killed and wounded told with one vague count: "killing and wounding many civilians", "killing
and injuring civilians". The word of one kind right before "and" and the word of the other kind
takes the other's vague count; an exact figure after both counts neither (README, "Counts")."""
from __future__ import annotations

from core.model import Count


def vague_for_both(r, found: list, lo: int) -> list:
    """The counts the first words of such pairs take (CountMentions), from the counts `found`
    so far in the range read by CountReader `r`."""
    have = {cm.anchor for cm in found}
    out = []
    for cm in found:
        a, c = cm.anchor, cm.count
        if not c.vague or a - 2 < lo or r.tokens[a - 1].key != "and":
            continue
        h = next((x for x in r.casualty if x.last == a - 1 and x.first >= lo and x.first not in have
                  and x.value[0] in ("killed", "wounded") and x.value[0] != cm.kind), None)
        if h is not None:
            both = Count(c.low, c.best, c.high, True, r._text(h.first, cm.last))
            out.append(type(cm)(h.value[0], both, h.first, cm.last, h.first))
    return out
