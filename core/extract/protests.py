"""Places where people protested (issue 12): كما نظم سكان كفرزيتا بحماة إضرابًا للاحتجاج على مجزرة داريا التي
قامت بها قوات النظام ...; نظم ناشطون وقفة احتجاجية في مدينة اعزاز، تنديدًا بمجزرة الكيماوي ... في مدينة دوما.
A protest word (function_words role `protest`: إضراب، مظاهرة، اعتصام، وقفة احتجاجية) followed, in its clause or
the next one of its sentence, by the word that opens what it protests (role `protest_object`: احتجاجا، للاحتجاج،
تنديدا، تضامنا، نصرة): the places from the protest clause's start up to that word are where people protested,
no incident place, unless an attack or a toll is told before that word (killed at the protest); the attack
protested, and its place, come after it; a place there that the report tells of elsewhere is that event told
again (`_drop_told_elsewhere`). Asked by the place mentions stage."""
from __future__ import annotations

from core.extract.wide_areas import drop_from


def drop_sites(doc) -> None:
    """Drops the places where people protested from their clauses."""
    eng, tokens, tok_clause, clauses = doc.eng, doc.tokens, doc.tok_clause, doc.clauses
    if not eng.protests or not eng.protest_objects or not clauses:
        return
    opened, protested = None, []
    for k, t in enumerate(tokens):
        if any(v in eng.protests for _, v in t.variants):
            opened = k
        elif opened is not None and any(v in eng.protest_objects for _, v in t.variants):
            first, ci = tok_clause[opened], tok_clause[k]
            sites = clauses[first:ci + 1]
            if ci - first <= 1 and clauses[ci].sentence == clauses[first].sentence and not _told_before(sites, k):
                for c in sites:
                    drop_from(c, [pm for pm in c.places if pm.first < k])
                protested.append((clauses[ci], k))
            opened = None
    _drop_told_elsewhere(doc, protested)


def _drop_told_elsewhere(doc, protested: list) -> None:
    """وقفة احتجاجية مساء أمس ... تنديدًا بمجزرة الكيماوي ... في مدينة دوما; إضرابًا للاحتجاج على مجزرة داريا: a place
    after the word opening what is protested, which the report tells of elsewhere, is that event, told again:
    no incident of its own (nor dated by the protest's day)."""
    after = {id(pm) for c, k in protested for pm in c.places if pm.first > k}
    if not after:
        return
    told = {pm.entry.id for c in doc.clauses for pm in c.places if id(pm) not in after}
    for c, k in protested:
        drop_from(c, [pm for pm in c.places if id(pm) in after and pm.entry.id in told])


def _told_before(clauses, k: int) -> bool:
    """قتل ثلاثة برصاص الأمن خلال مظاهرة في حي ... تنديدا ب: an attack or a toll told before the protest's
    object happened at the protest; its places are incident places."""
    return any(f < k for c in clauses for f, _, kind in c.cue_tokens if kind in ("type", "count")) \
        or any(cm.first < k for c in clauses for cm in c.counts)
