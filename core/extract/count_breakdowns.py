"""A toll broken down by place after a cue (توزع على النحو التالي، كالتالي، as follows): the total before
the cue is no incident's count, and the parts after it that name a town, village or quarter are those
places' own counts (قتيلين وعدد من الجرحى في مدينة عربين، وخمسة قتلى في بلدة مسرابا). Parts that name
only areas (a governorate) stay off every incident, as `core.extract.counts.area_breakdowns` says. Parts
may also follow the cue's sentence one per sentence (`listed_parts`: Balyoun town: two children)."""
from __future__ import annotations

from core.count_parts import listed_part
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


def listed_parts(doc, clauses_of: dict, read_with) -> None:
    """The breakdown of fatalities was as follows: / Balyoun town: two children. / Iblin town: a family of
    five people: after a sentence that ends with a breakdown cue (`sentence` or `breakdown` scope), each
    sentence that is a place, a colon and people counted (no casualty word) is that place's part, of the
    kind the cue's sentence names; the parts end at the first sentence of another shape."""
    fine_at = fine_places(doc)
    cut = {doc.clauses[doc.tok_clause[h.first]].sentence: h.last for h in doc.hits["aggregate"]
           if h.value in ("sentence", SCOPE)}
    for sent, last in cut.items():
        cs = clauses_of.get(sent, [])
        kind = _kind_named(doc, cs)
        if not cs or kind is None or last < cs[-1].last:
            continue
        nxt, total = sent + 1, 0
        while _is_part(doc, clauses_of.get(nxt, []), fine_at):
            people = clauses_of[nxt][1]
            found = listed_part(read_with(nxt), kind, people.first, people.last)
            if found is None:
                break
            people.counts.append(found)
            doc.listed_parts.add(nxt)
            total += found.count.best or 0
            nxt += 1
        _drop_sum(clauses_of.get(sent - 1, []), kind, total)


def _drop_sum(cs: list, kind: str, total: int) -> None:
    """the number of fatalities in today's massacre reached nine ... The breakdown ... as follows: a count of the
    sentence before the cue that the parts add up to is their sum, no place's own."""
    for c in cs:
        c.counts[:] = [cm for cm in c.counts if not (total and cm.kind == kind and cm.count.best == total)]


def _kind_named(doc, cs: list) -> str | None:
    """The casualty kind a word of the cue's sentence names (fatalities: killed)."""
    kinds = {h.value[0] for h in doc.hits["casualty"] if cs and cs[0].first <= h.first < cs[-1].last
             and h.value[0] in ("killed", "wounded")}
    return kinds.pop() if len(kinds) == 1 else None


def _is_part(doc, cs: list, fine_at: set[int]) -> bool:
    """A sentence of a clause naming a town, village or quarter, a colon, and a clause with no count."""
    return len(cs) >= 2 and any(t in fine_at for t in range(cs[0].first, cs[0].last)) and not any(c.counts for c in cs) \
        and ":" in doc.gap(cs[1].first)
