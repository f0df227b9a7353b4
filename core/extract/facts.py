"""Stage 3, types and actors. Reads: `doc.hits` (type, actor, victim, casualty, foreign, anaphor,
massacre, generic, target), `doc.clauses`. Adds to each clause its attack `types` and `weapons`,
its attacking `actors` (not victims, speakers, news sources or a side of a fight named as people),
`massacre`, `generic` and `targeted` flags and their highlighted words; `doc.told_attacks`
(definite attack words: the attack already told)."""
from __future__ import annotations

from bisect import bisect_right

from core.extract.doc import Clause
from core.extract.lookup import longest as _longest
from core.matcher import Hit

MILITANT_ACTORS = frozenset({"isis", "hts"})
"""Whom "the militants" / "the jihadists" can point back to."""


def run(doc) -> None:
    types(doc)
    actors(doc)
    clauses, tok_clause, by_kind = doc.clauses, doc.tok_clause, doc.hits
    for h in by_kind["massacre"]:
        clauses[tok_clause[h.first]].massacre = True
    for h in by_kind["generic"]:
        clauses[tok_clause[h.first]].generic = True
    for h in by_kind["target"]:
        clauses[tok_clause[h.first]].targeted = True


def types(doc) -> None:
    """Attack types and weapons of each clause; barrel bombs with an aircraft word are not also an
    airstrike unless the clause says the aircraft struck."""
    tokens, clauses, tok_clause, by_kind = doc.tokens, doc.clauses, doc.tok_clause, doc.hits
    air_struck: set[int] = set()
    in_names = {t for h in by_kind["actor"] if h.last - h.first > 1 for t in range(h.first, h.last)}
    background = doc.eng.background
    doc.told_attacks = {h.first for h in by_kind["type"] if h.value[0] and tokens[h.first].text[h.cut:].startswith("ال")}
    for h in _longest(by_kind["type"]):
        if h.value[0] == "clashes" and h.first in in_names and h.last - 1 in in_names \
                and not _spans_longer(h, by_kind["actor"]):
            continue  # جبهة النصرة, Nusra Front, الجبهة الجنوبية: a name, not a front line
        if background and _after_background(doc, h.first):
            continue
        ci = tok_clause[h.first]
        c = clauses[ci]
        t, w, carrier = h.value
        if t:
            c.types.add(t)
            if t == "airstrike" and not carrier:
                air_struck.add(ci)
        if w:
            c.weapons.add(w)
        c.cue_tokens.append((h.first, h.last, "type"))
    for ci, c in enumerate(clauses):
        if "barrel_bomb" in c.types and "airstrike" in c.types and ci not in air_struck:
            c.types.discard("airstrike")


def actors(doc) -> None:
    """The attackers of each clause, in order of mention; then "the militants" as the jihadist
    group named last."""
    tokens, clauses, tok_clause, by_kind = doc.tokens, doc.clauses, doc.tok_clause, doc.hits
    victim_by_last = {h.last: h for h in by_kind["victim"] if h.value != "after"}
    targets_after = {h.first for h in by_kind["victim"] if h.value == "after"}
    people = {h.first for h in by_kind["casualty"] if h.value[0] == "person"}
    counted = {h.last for k in ("casualty", "quantity") for h in by_kind[k] if h.value[0] != "between"}
    subject_of = {h.last for h in by_kind["casualty"] if h.value[2]} if doc.eng.lang == "ar" else set()
    counted |= {h.last + d for h in by_kind["article"] if h.phrase in ("a", "an") for d in (0, 1)}
    attack_words = {h.first for h in by_kind["type"] if h.last - h.first == 1}
    militants: list[tuple[int, str]] = []
    person_ends = {h.last: h for h in by_kind["casualty"] if h.value[0] == "person"} if doc.eng.lang == "ar" else {}
    foreign = {t for h in by_kind["foreign"] for t in range(h.first, h.last)}
    for h in _longest(by_kind["actor"]):
        if h.first in foreign and h.last - 1 in foreign:
            continue  # Iraqi army: a state the actor list lacks, not the Syrian army
        c = clauses[tok_clause[h.first]]
        if _victims(doc, h, c, victim_by_last, attack_words, person_ends):
            victim_by_last[h.last] = h  # جندي روسي، عناصر النظام: the people of that side
            continue
        if _speaker(doc, h) or h.last in targets_after and tokens[h.last].joined:
            continue
        if (h.last in people or h.last - 1 in people) and tokens[h.first].joined and h.first not in subject_of and \
                (h.first in counted or h.first > 0 and tokens[h.first - 1].key.isdigit()):
            continue  # killing three regime soldiers, a (former) rebel commander: whose people were hit
        if h.value not in c.actors:
            c.actors.append(h.value)
        c.cue_tokens.append((h.first, h.last, "actor"))
        if h.value in MILITANT_ACTORS:
            militants.append((h.first, h.value))
    _militant_anaphors(doc, clauses, by_kind, tok_clause, militants)


def _victims(doc, h: Hit, c: Clause, victim_by_last: dict, attack_words: set[int], person_ends: dict) -> bool:
    """The actor names the side whose people were hit (after a victim word, or as the group of a
    person noun), not a side of a fight."""
    tokens = doc.tokens
    v = victim_by_last.get(h.first) or (victim_by_last.get(h.first - 1)
                                        if h.first - 1 not in attack_words and tokens[h.first - 1].key != "by" else None)
    if v is not None and v.value == "li" and "ل" not in tokens[h.first].text[:h.cut]:
        v = None
    if v is not None and v.first > 0 and (any(k in doc.eng.opponents for _, k in tokens[v.first - 1].variants)
                                          or _second_party(doc, v, c)):
        v = None
    return bool(v is not None and (v.first >= c.first or tokens[h.first - 1].key in doc.eng.parenthetical)
                or h.first in person_ends and tokens[h.first].joined and not _a_side(doc, person_ends[h.first], c))


def _spans_longer(h: Hit, others: list[Hit]) -> bool:
    """True when no hit among `others` covers `h` with more tokens than it has."""
    return not any(o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first for o in others)


def _after_background(doc, first: int) -> bool:
    """out of service since an airstrike in 2015: an attack word up to three words after "since"
    dates a state of things, it reports no incident."""
    tokens = doc.tokens
    for k in range(first - 1, first - 5, -1):
        if k < 0 or not tokens[k + 1].joined:
            return False
        if tokens[k].key in doc.eng.background:
            return True
    return False


def _militant_anaphors(doc, clauses, by_kind, tok_clause, militants: list[tuple[int, str]]) -> None:
    """A landmine left by the militants / The jihadists stormed ...: a definite word for armed
    groups (anaphors.csv, level actor), as the agent (after "by" or opening its clause), is
    the jihadist group named last before it (ISIS, HTS)."""
    firsts = [f for f, _ in militants]
    for h in by_kind["anaphor"]:
        if h.value != "actor":
            continue
        c = clauses[tok_clause[h.first]]
        if not (h.first == c.first or h.first > 0 and doc.tokens[h.first - 1].key == "by"):
            continue
        k = bisect_right(firsts, h.first - 1)
        if k and militants[k - 1][1] not in c.actors:
            c.actors.append(militants[k - 1][1])
            c.cue_tokens.append((h.first, h.last, "actor"))


def _speaker(doc, h: Hit) -> bool:
    """Russia said, قالت روسيا: the subject of a reporting verb is a source, not the attacker
    (in English it stands before the verb; after it, "activists said regime helicopters ...",
    begins what was said). So is an actor naming a news source: pro-government media,
    opposition sources, إعلام النظام."""
    tokens, said, sources = doc.tokens, doc.eng.reporting, doc.eng.sources
    if doc.eng.lang != "ar":
        return h.last < len(tokens) and tokens[h.last].joined and (tokens[h.last].key in said or tokens[h.last].key in sources)
    return h.first > 0 and tokens[h.first].joined and any(k in said or k in sources for _, k in tokens[h.first - 1].variants)


def _a_side(doc, people: Hit, c: Clause) -> bool:
    """اشتباكات بين عناصر هيئة تحرير الشام وتنظيم داعش: people named right after between/with are
    a side of the fight, so their group is an actor."""
    k = people.first
    return k > 0 and any(key in doc.eng.opponents for _, key in doc.tokens[k - 1].variants) \
        or _second_party(doc, people, c)


def _second_party(doc, v: Hit, c: Clause, reach: int = 8) -> bool:
    """اشتباكات بين مجموعة محلية وعناصر من الأمن العسكري: a victim word joined by و after
    "between" names the second side of the fight, not whose people were hit."""
    tokens = doc.tokens
    if not (tokens[v.first].text.startswith("و") and len(tokens[v.first].variants) > 1):
        return False
    return any(tokens[t].key in doc.eng.opponents for t in range(max(c.first, v.first - reach), v.first))
