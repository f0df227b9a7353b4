"""A toll broken down by place after a cue (توزع على النحو التالي، كالتالي، as follows): the total before
the cue is no incident's count, and the parts after it that name a town, village or quarter are those
places' own counts (قتيلين وعدد من الجرحى في مدينة عربين، وخمسة قتلى في بلدة مسرابا). Parts that name
only areas (a governorate) stay off every incident, as `core.extract.counts.area_breakdowns` says."""
from __future__ import annotations

from core.places import is_coarse

SCOPE = "breakdown"
"""The aggregate lexicon's scope for such cues."""


def cues(doc) -> dict[int, int]:
    """{sentence: the first token after its breakdown cue}."""
    out: dict[int, int] = {}
    for h in doc.hits["aggregate"]:
        if h.value == SCOPE:
            out.setdefault(doc.clauses[doc.tok_clause[h.first]].sentence, h.last)
    return out


def fine_places(doc) -> set[int]:
    """Where places that are no area (towns, villages, quarters) start."""
    return {h.first for h in doc.hits["place"] if not is_coarse(h.value)}


def parts(c, after: int, fine_at: set[int]) -> list:
    """The counts of clause `c` of a breakdown sentence that are parts: after the cue, in a clause
    that names a town, village or quarter after them."""
    keep = [cm for cm in c.counts if cm.first >= after]
    if not keep or not any(t in fine_at for t in range(max(keep[0].last, c.first), c.last)):
        return []
    return keep
