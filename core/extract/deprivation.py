"""Deaths told with a cause that is no attack (issue 12): ارتقى شهيد جراء الجوع والنقص الشديد في مدينة معضمية
الشام; توفي الطفل ... جراء نقص الدواء وسوء التغذية نتيجة حصار قوات النظام. A clause with a cause word
(function_words role `cause`: جراء، بسبب) followed within two words by a cause of death that is no attack
(role `deprivation`: hunger, lack of food or medicine, malnutrition, the siege), and naming no attack, tells
deaths of a siege; so do the clauses of its sentence before it, back to the one that tells the deaths, unless
one names an attack first (بالتزامن مع ... جراء استهداف مدينة دوما stays). Their places, sides and counts are
no incident.
Reads `doc.tokens`, `doc.clauses` (types); runs after the retold stage."""
from __future__ import annotations

from core.extract.retold import clear

REACH = 2
"""How many words after the cause word the deprivation word may stand (بسبب إصابته بسوء تغذية)."""


def run(doc) -> None:
    """Clears the clauses that tell deaths from a deprivation, not from an attack."""
    eng, clauses = doc.eng, doc.clauses
    if not eng.causes or not eng.deprivations or not clauses:
        return
    for ci in sorted({doc.tok_clause[k] for k in _deprivations(doc)}):
        c = clauses[ci]
        if c.types:
            continue
        first = ci
        while not clauses[first].counts and first > 0 and clauses[first - 1].sentence == c.sentence \
                and not clauses[first - 1].types:
            first -= 1
        for d in clauses[first:ci + 1]:
            clear(d)


def _deprivations(doc) -> list[int]:
    """Tokens of cause words whose cause (up to REACH words on, in the same clause) is a deprivation."""
    tokens, eng, tok_clause = doc.tokens, doc.eng, doc.tok_clause
    out = []
    for k, t in enumerate(tokens):
        if not any(v in eng.causes for _, v in t.variants):
            continue
        for j in range(k + 1, min(k + 1 + REACH, len(tokens))):
            if tok_clause[j] != tok_clause[k]:
                break
            if any(v in eng.deprivations for _, v in tokens[j].variants):
                out.append(k)
                break
    return out
