"""Attack types read across a clause's neighbours, after `facts.types` has read each clause's words:
words that name a kind only when nothing else does (types.csv carrier `yields`: an explosion, an
attack), and words that name the attack already told (told_attacks.csv: القصف، الهجوم، the strikes);
and how the kinds relate (data/type_families.csv), for the stages that merge them."""
from __future__ import annotations

import csv
from collections import defaultdict

from core import DATA
from core.extract.lookup import longest as _longest


def _families() -> dict[str, tuple[str, str, str]]:
    """type -> (family, beside_shelling, dropped) from data/type_families.csv."""
    with (DATA / "type_families.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["type"]: (r["family"], r["beside_shelling"], r["dropped"]) for r in rows}


_TABLE = _families()
BOMBING = "bombing"
"""types.csv carrier of an unqualified air bombing word (قصف جوي، aerial bombardment)."""
DROPPED = frozenset(t for t, row in _TABLE.items() if row[2] == "yes")
"""Kinds aircraft drop (barrel bombs): an unqualified air bombing told of their incident is theirs."""
NAMED_FROM_AFAR = frozenset(t for t, (_, b, _) in _TABLE.items() if b == "afar")
"""Weapons that a generic shelling word beside them describes (قصف بالبراميل، قذائف تحوي غاز الكلور)."""
KINDS_OF_SHELLING = frozenset(t for t, (_, b, _) in _TABLE.items() if b == "kind")
"""Kinds that tell what an unqualified shelling was (قصف مدفعي، rocket shelling)."""
FROM_THE_AIR = frozenset(t for t, (_, b, _) in _TABLE.items() if b in ("air", "afar"))
"""Kinds whose attack a generic shelling word told of the same place elsewhere is."""


def families(types: set) -> set:
    """Attack types with the kinds of one family taken as one (قصف مماثل after قصف مدفعي)."""
    return {_TABLE[t][0] if t in _TABLE else t for t in types}


def merged(a: set, b: set, ground: bool = False) -> set:
    """The kinds of two mentions of one incident: a generic shelling word in one (مجزرة في الباب وقصف
    روسي) and an attack from the air in the other (غارات جوية على الباب) are one air attack, unless
    a mention names both itself (two attackers: "militiamen and warplanes shell and bomb") or the
    shelling is a side's forces' ground fire (`ground`: قصفت قوات النظام، the regime forces shelled)."""
    out = a | b
    if ground:
        return out
    if "shelling" in out and out & FROM_THE_AIR and not any("shelling" in x and x & FROM_THE_AIR for x in (a, b)):
        out.discard("shelling")
    return out


def final(types: set, air_named: bool) -> set:
    """The kinds of a merged incident: an air strike told only by unqualified air bombing words
    (قصف جوي لقوات النظام ... in one sentence, helicopters dropping explosive containers in the next)
    beside a kind aircraft drop is that kind's bombing, not a second attack."""
    if "airstrike" in types and not air_named and types & DROPPED:
        return types - {"airstrike"}
    return types


HABIT_REACH = 3
"""At most this many words between an attack word and the word of habit after it."""
_NOT_TOLD = frozenset({"clashes"})
"""Kinds a told attack word cannot point back to: a fight is no shelling, attack or explosion told again."""


def apply(doc) -> None:
    """Both rules over the clauses of `doc`, in text order."""
    hits = _longest(doc.hits["type"])
    _habitual(doc, hits)
    _yielding(doc, hits)
    _fired_from_the_air(doc, hits)
    _told(doc, hits)


def _habitual(doc, hits: list) -> None:
    """مدن وبلدات ريف درعا تتعرض للقصف الجوي والمدفعي بشكل يومي: attack words just before a word of
    habit (habitual.csv) tell what a place suffers day after day; a clause keeps only the kinds
    other words of it name."""
    marks = [h.first for h in doc.hits["habitual"]]
    if not marks:
        return
    tok_clause, clauses = doc.tok_clause, doc.clauses
    habit: dict[int, set] = defaultdict(set)
    told: dict[int, set] = defaultdict(set)
    by_clause: dict[int, list] = defaultdict(list)
    for f in marks:
        by_clause[tok_clause[f]].append(f)
    for h in hits:
        ci = tok_clause[h.first]
        if h.value[0]:
            near = any(0 <= f - h.last < HABIT_REACH for f in by_clause.get(ci, ()))
            (habit if near else told)[ci].add(h.value[0])
    for ci, ts in habit.items():
        clauses[ci].types -= ts - told[ci]


def _kinds_by_carrier(doc, hits: list, carrier: str) -> tuple[dict, dict]:
    """By clause: the kinds its words of `carrier` name, and those its other words name."""
    marked: dict[int, set] = defaultdict(set)
    other: dict[int, set] = defaultdict(set)
    for h in hits:
        if h.value[0]:
            (marked if h.value[2] == carrier else other)[doc.tok_clause[h.first]].add(h.value[0])
    return marked, other


def _yielding(doc, hits: list) -> None:
    """هزت انفجارات ... ناجمة عن قصف مدفعي / explosions ... rockets: a word that names its kind only
    when its sentence names no other kind (carrier `yields`) adds nothing beside a named weapon, nor, told
    again in English (the blasts, following the explosions), beside a weapon the report names that is no
    kind of its own (the blasts at the University of Aleppo ... caused by missiles); a
    front (تعرّض محور كفرعمّة لقصفٍ مدفعي, carrier `where`) beside another kind in its clause is where
    that attack fell."""
    clauses = doc.clauses
    weak, strong = _kinds_by_carrier(doc, hits, "yields")
    by_sentence: dict[int, set] = defaultdict(set)
    for ci, ts in strong.items():
        by_sentence[clauses[ci].sentence] |= ts
    for ci, ts in weak.items():
        c = clauses[ci]
        only = ts - strong[ci]
        if only and by_sentence[c.sentence] - only:
            c.types -= only
    named_anywhere = set().union(*strong.values()) - _NOT_TOLD
    for ci in _definite_yielding(doc, hits):
        only = weak[ci] - strong[ci]
        if only and named_anywhere - only and not named_anywhere & only:
            clauses[ci].types -= only
    where, named = _kinds_by_carrier(doc, hits, "where")
    for ci, ts in where.items():
        if named[ci] - ts:
            clauses[ci].types -= ts - named[ci]


def _definite_yielding(doc, hits: list) -> set[int]:
    """Clauses (indices) whose words of carrier `yields` all stand after "the" (the blasts, following the
    explosions): English only."""
    if doc.eng.lang != "en":
        return set()
    out: dict[int, bool] = {}
    for h in hits:
        if h.value[2] == "yields":
            ci = doc.tok_clause[h.first]
            out[ci] = out.get(ci, True) and h.first > 0 and doc.tokens[h.first - 1].key == "the"
    return {ci for ci, definite in out.items() if definite}


def _fired_from_the_air(doc, hits: list) -> None:
    """وقصف طائرات حربية ...، بالصواريخ مدينة سراقب / jets executed airstrikes on al-Barah, as the
    Russian missiles hit: missiles that aircraft also fire (carrier `air`) in a sentence that tells an
    air strike are its munition, in a clause that names no other kind ("artillery and missile
    shelling" is ground fire), unless both name places (air raids on X, and Y was hit by a missile)."""
    clauses, tok_clause = doc.clauses, doc.tok_clause
    air, other = _kinds_by_carrier(doc, hits, "air")
    worded = {t for k in ("type", "actor") for h in doc.hits[k] for t in range(h.first, h.last)}
    named = {tok_clause[h.first] for h in doc.hits["place"] if h.first not in worded}
    struck: dict[int, bool] = {}
    for ci, c in enumerate(clauses):
        if "airstrike" in c.types:
            struck[c.sentence] = struck.get(c.sentence, False) or ci not in named
    for ci, ts in air.items():
        c = clauses[ci]
        if not other[ci] and c.sentence in struck and (ci not in named or struck[c.sentence]):
            c.types, c.air_named = (c.types - ts) | {"airstrike"}, True


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
    last_named = False
    for ci, c in enumerate(clauses):
        if ci in told and ci not in own and last:
            c.types, c.air_named = set(last), last_named
        elif c.types - _NOT_TOLD:
            last, last_named = c.types - _NOT_TOLD, c.air_named


def _definite(word: str, cut: int) -> bool:
    """القصف، للقصف، وبالقصف: the word after its clitics bears the article (لقصف does not)."""
    rest = word[cut:]
    return rest.startswith("ال") or cut > 0 and word[cut - 1] == "ل" and rest.startswith("ل")
