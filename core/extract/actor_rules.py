"""Constructions that name a side without making it the attacker, read by `facts.actors`: an Arabic
actor joined by لـ to a thing it owns (دبابات لقوات النظام، المعقل الأبرز لتنظيم الدولة)."""
from __future__ import annotations

from core.extract.state import families
from core.matcher import Hit

AGENT_REACH = 2
"""How many words before an actor joined by لـ an attack word may stand for the actor to have made it
(قصف مدفعي لقوات النظام)."""


def attack_tokens(doc) -> set[int]:
    """Tokens inside an attack or massacre word: an actor after one of them made it."""
    return {t for k in ("type", "massacre") for h in doc.hits[k] for t in range(h.first, h.last)}


def owner_not_attacker(doc, h: Hit, c, attack: set[int]) -> bool:
    """عربة شيلكا لقوات النظام، دعماً لقوات سوريا الديمقراطية، قتلى لحزب الله: an Arabic actor joined
    by لـ to the noun before it owns that noun, it did not attack; unless an attack word stands
    just before it (قصف للتحالف الدولي، مجزرة مروعة للاحتلال الروسي) or a word of belonging
    (الطيران المروحي التابع لنظام الأسد، ميليشيات موالية للنظام)."""
    tokens = doc.tokens
    if doc.eng.lang != "ar" or h.first <= c.first or "ل" not in tokens[h.first].text[:h.cut]:
        return False
    before = range(max(c.first, h.first - AGENT_REACH), h.first)
    return not any(t in attack or tokens[t].key in doc.eng.belonging for t in before)


def not_attacker(doc, h: Hit, c, attack: set[int]) -> bool:
    """Whether one of this module's constructions names the actor of `h` as no attacker."""
    return owner_not_attacker(doc, h, c, attack) or possessive_not_attacker(doc, h, attack)


def persons(doc) -> set[int]:
    """First tokens of person nouns (killing three soldiers) that are not the head of an attack word
    (a Russian fighter jet: an aircraft, not a fighter)."""
    in_types = {t for h in doc.hits["type"] if h.last - h.first > 1 for t in range(h.first, h.last)}
    return {h.first for h in doc.hits["casualty"] if h.value[0] == "person" and h.first not in in_types}


def possessive_not_attacker(doc, h: Hit, attack: set[int]) -> bool:
    """Assad's coastal heartland, the Islamic State group's Syrian bastion, Assad's downfall: an
    English actor in the possessive names whose thing it is, not who attacked, unless what it owns
    is a force or an attack (the regime's air force, the group's fighters, Assad's offensive)."""
    tokens = doc.tokens
    if doc.eng.lang == "ar":
        return False
    own = next((t for t in (h.last - 1, h.last) if t < len(tokens) and tokens[t].text.lower().endswith(("'s", "’s"))), None)
    if own is None or own == h.last and not tokens[own].joined:
        return False
    after = range(own + 1, min(len(tokens), own + 3))
    return not any(tokens[t].joined and (t in attack or tokens[t].key in doc.eng.forces) for t in after)


def told_clauses(doc) -> set[int]:
    """Clauses whose attack word points back at an attack already told: the strikes, the bombardment,
    these raids. Arabic has no such word: القصف، الغارات are definite whether told before or not."""
    tokens, definite = doc.tokens, doc.eng.definite
    return {doc.tok_clause[h.first] for h in doc.hits["type"] if h.first > 0 and tokens[h.first - 1].key in definite}


def story_actors(doc, co) -> list:
    """The strikes killed five in Salhin / The bombardment also targeted Kansafra: an attack told
    again in a later paragraph, with no attacker of its own, is the last attack with an attacker the
    report told (`doc.story`), when it is of the same kind."""
    told_types, told_actors = doc.story
    if not told_actors or not any(doc.tok_clause[c.first] in doc.told_clauses for c in co.clauses):
        return []
    return list(told_actors) if not co.types or families(co.types) & families(told_types) else []
