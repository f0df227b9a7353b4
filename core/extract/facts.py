"""Stage 3, types and actors. Reads: `doc.hits` (type, actor, victim, casualty, foreign, anaphor,
massacre, generic, target), `doc.clauses`. Adds to each clause its attack `types` and `weapons`,
`attacked` (an attack named without its weapon: تعرضت لاستهداف، an attack, a bombing),
its attacking `actors` (not victims, speakers, news sources or a side of a fight named as people),
`massacre`, `generic` and `targeted` flags and their highlighted words; `doc.told_attacks`
(definite attack words: the attack already told)."""
from __future__ import annotations

from bisect import bisect_right

from core.extract import actor_rules
from core.extract import type_rules
from core.extract.doc import Clause
from core.extract.lookup import longest as _longest
from core.extract.type_rules import BOMBING, NAMED_FROM_AFAR
from core.matcher import Hit

SOURCE_REACH = 3
"""How many words an English source word may stand after the actor it names (Russian defense ministry spokesman)."""
BACKGROUND_REACH = 7
"""How many words before an attack word a background word may stand, all joined (since the government began its
latest offensive: up to six words between)."""
MILITANT_ACTORS = frozenset({"isis", "hts"})
"""Whom "the militants" / "the jihadists" can point back to."""


def run(doc) -> None:
    struck, similar = types(doc)
    actors(doc)
    for c in doc.clauses:
        _named_weapon_first(c, c.first in struck)
    _similar_attacks(doc.clauses, similar)
    _ground_fire(doc)
    clauses, tok_clause, by_kind = doc.clauses, doc.tok_clause, doc.hits
    for h in by_kind["massacre"]:
        clauses[tok_clause[h.first]].massacre = True
    for h in by_kind["generic"]:
        clauses[tok_clause[h.first]].generic = True
    for h in by_kind["target"]:
        clauses[tok_clause[h.first]].targeted = True
    for h in by_kind["return_fire"]:
        c = clauses[tok_clause[h.first]]
        c.types, c.weapons, c.actors = set(), set(), []  # ردت المدفعية التركية على مصدر القصف: at no named place
    _attack_objects(doc)


def _ground_fire(doc) -> None:
    """قصفت قوات النظام مناطق في بلدة حريتان، استمرار قصف قوات النظام لمناطق في البلدة / the regime forces
    shelled places in the towns of Tafas: a clause whose only attack word is a generic shelling and whose
    attacker, a side's forces (function_words role force: قوات، forces), is its subject tells their ground
    fire (`Clause.ground_fire`); an agent after "by" or joined by لـ (في قصف لقوات النظام، shelled by regime
    forces, using barrel bombs) only says whose the attack the report tells is."""
    tokens, forces = doc.tokens, doc.eng.forces
    for c in doc.clauses:
        if c.types == {"shelling"} and c.actors:
            c.ground_fire = any(_subject_force(doc, f, min(l + 1, c.last)) for f, l, kind in c.cue_tokens
                                if kind == "actor" and not any(tokens[k].key == "by" for k in range(max(c.first, f - 2), f)))


def _subject_force(doc, first: int, last: int) -> bool:
    """Whether tokens [first, last) hold a force word that bears no لـ."""
    tokens, forces = doc.tokens, doc.eng.forces
    return any(k in forces and "ل" not in tokens[t].text[:cut] for t in range(first, last) for cut, k in tokens[t].variants)


def _attack_objects(doc) -> None:
    """attacked the villages of Douma, ... / attacked Fuaa and Kafraya: where the object of a verb of
    attack that names no weapon (types.csv carrier object) opens, past an article, a place noun and
    "of" (up to four words); a place list opening there is what the verb hit."""
    lead = {t for k in ("article", "cue", "locative") for h in doc.hits[k] for t in range(h.first, h.last)}
    for h in doc.hits["type"]:
        if h.value[2] == "object":
            t = h.last
            while t in lead and t - h.last < 4:
                t += 1
            doc.clauses[doc.tok_clause[h.first]].attack_objects.append(t)


def types(doc) -> tuple[set[int], set[int]]:
    """Attack types and weapons of each clause; barrel bombs with an aircraft word or an unqualified
    air bombing word (قصف جوي بالبراميل) are not also an airstrike unless the clause says the aircraft struck;
    missiles that aircraft also fire (types.csv carrier `air`) beside an air strike in their clause are its
    munition, not a rocket attack (also for a clause that tells the attack again: شن ... عدواناً جوياً بـ3
    صواريخ ... الهجوم أسفر). Returns the clauses (by first token) with an air strike word, and the
    clauses that call their attack similar to one before (types.csv carrier `similar`)."""
    tokens, clauses, tok_clause, by_kind = doc.tokens, doc.clauses, doc.tok_clause, doc.hits
    air_struck: set[int] = set()
    similar: set[int] = set()
    fired_by_air: set[tuple[int, str]] = set()
    named: set[tuple[int, str]] = set()
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
            if t == "airstrike" and carrier not in ("yes", BOMBING):
                air_struck.add(ci)
            c.air_named |= t == "airstrike" and carrier != BOMBING
            (fired_by_air if carrier == "air" else named).add((c.first, t))
        if w:
            c.weapons.add(w)
        c.attacked |= carrier == "attack"
        if carrier == "similar":
            similar.add(ci)
        c.cue_tokens.append((h.first, h.last, "type"))
    munitions = fired_by_air - named
    for ci, c in enumerate(clauses):
        if "barrel_bomb" in c.types and "airstrike" in c.types and ci not in air_struck:
            c.types.discard("airstrike")
        if "airstrike" in c.types:
            c.types -= {t for f, t in munitions if f == c.first}
    type_rules.apply(doc)
    return {clauses[ci].first for ci in air_struck}, similar


def _similar_attacks(clauses: list[Clause], similar: set[int]) -> None:
    """قصف مماثل، similar raids: the attack is the one told before, so a clause that says so
    takes its kinds (when it names none but shelling) and its attackers (when it names none)."""
    last_types: set = set()
    last_actors: list = []
    for ci, c in enumerate(clauses):
        if ci in similar:
            if not c.types - {"shelling"} and last_types:
                c.types = set(last_types)
            if not c.actors:
                c.actors = list(last_actors)
        if c.types:
            last_types, last_actors = c.types, c.actors or last_actors


def generic_beside_named(co) -> None:
    """A sentence's generic shelling word (كثافة القصف، حملة قصف عنيفة ... حيث ألقت المروحيات
    براميل) is the attack another clause of it names from the air or with chemicals, unless the
    place's own clause names both (two attackers: "X and Russian warplanes shell and bomb")."""
    own = next((c for c in co.clauses if co.mention is not None and c.first <= co.mention.first < c.last), None)
    if own is not None and co.types & (NAMED_FROM_AFAR | {"airstrike"}) and not any(c.ground_fire for c in co.clauses) \
            and not ("shelling" in own.types and own.types & (NAMED_FROM_AFAR | {"airstrike"})):
        co.types.discard("shelling")


def _named_weapon_first(c: Clause, struck: bool) -> None:
    """A generic word beside a named weapon is that weapon's attack: قصف / shelling beside an air
    strike, barrel bombs, chemicals or aircraft adds no shelling (unless two attackers are named: "Assad
    militiamen and Russian warplanes shell and bomb")."""
    if struck or c.types & NAMED_FROM_AFAR or "airstrike" in c.types and len(c.actors) < 2:
        c.types.discard("shelling")


def actors(doc) -> None:
    """The attackers of each clause, in order of mention; then "the militants" as the jihadist
    group named last."""
    tokens, clauses, tok_clause, by_kind = doc.tokens, doc.clauses, doc.tok_clause, doc.hits
    origins = {h.last for h in by_kind["victim"] if h.value == "from"}  # من مواقع X: fired from X's positions
    victim_by_last = {h.last: h for h in by_kind["victim"] if h.value in ("always", "li") and h.last not in origins}
    targets_after = {h.first for h in by_kind["victim"] if h.value == "after"}
    marks = doc.actor_marks = actor_rules.Marks.of(doc)
    people = marks.persons
    counted = {h.last for k in ("casualty", "quantity") for h in by_kind[k] if h.value[0] != "between"}
    subject_of = {h.last for h in by_kind["casualty"] if h.value[2]} if doc.eng.lang == "ar" else set()
    counted |= {h.last + d for h in by_kind["article"] if h.phrase in ("a", "an") for d in (0, 1)}
    attack_words = {h.first for h in by_kind["type"] if h.last - h.first == 1}
    militants: list[tuple[int, str]] = []
    person_ends = {h.last: h for h in by_kind["casualty"] if h.value[0] == "person"} if doc.eng.lang == "ar" else {}
    foreign = {t for h in by_kind["foreign"] for t in range(h.first, h.last)}
    attack = marks.attack
    for h in _longest(by_kind["actor"]):
        if h.first in foreign and h.last - 1 in foreign:
            continue  # Iraqi army: a state the actor list lacks, not the Syrian army
        c = clauses[tok_clause[h.first]]
        if _victims(doc, h, c, victim_by_last, attack_words, (person_ends, counted)) \
                or h.first not in origins and actor_rules.not_attacker(doc, h, c, attack):
            victim_by_last[h.last] = h  # جندي روسي، عناصر النظام: the people of that side
            continue
        if h.first not in origins and _speaker(doc, h) or h.last in targets_after and tokens[h.last].joined:
            continue
        if (h.last in people or h.last - 1 in people) and tokens[h.first].joined and h.first not in subject_of and \
                (h.first in counted or h.first > c.first and tokens[h.first - 1].key.isdigit()):
            continue  # killing three regime soldiers, a (former) rebel commander: whose people were hit
        if h.value not in c.actors:
            c.actors.append(h.value)
        c.cue_tokens.append((h.first, h.last, "actor"))
        if h.value in MILITANT_ACTORS:
            militants.append((h.first, h.value))
    _militant_anaphors(doc, clauses, by_kind, tok_clause, militants)
    actor_rules.aircraft_owners(doc)


def _victims(doc, h: Hit, c: Clause, victim_by_last: dict, attack_words: set[int], persons: tuple) -> bool:
    """The actor names the side whose people were hit (after a victim word, or as the group of a
    person noun: `persons` = person nouns by end, tokens right after a casualty word or number), not a
    side of a fight."""
    tokens = doc.tokens
    v = victim_by_last.get(h.first) or (victim_by_last.get(h.first - 1)
                                        if h.first - 1 not in attack_words and tokens[h.first - 1].key != "by" else None)
    if v is not None and v.value == "li" and "ل" not in tokens[h.first].text[:h.cut]:
        v = None
    if v is not None and v.first > 0 and (any(k in doc.eng.opponents for _, k in tokens[v.first - 1].variants)
                                          or _second_party(doc, v, c) or actor_rules.side_against(doc, v, c)
                                          or _after_agent(doc, v.first)):
        v = None
    people = _people_of(doc, h, c, *persons)
    return bool(v is not None and (v.first >= c.first or tokens[h.first - 1].key in doc.eng.parenthetical)
                or people is not None and not _a_side(doc, people, c))


def _people_of(doc, h: Hit, c: Clause, person_ends: dict, counted: set) -> Hit | None:
    """عناصر النظام، مقتل عنصر من قوات النظام: the person noun whose group the actor names, right
    before it, or before a link word (من, role link) right before it when the noun is counted as
    killed or wounded (not مدعومة بمقاتلين من حزب الله); in a fight the side whose people fell that way
    is still a side of it (قتل 12 عنصراً من قوات النظام خلال اشتباكات مع الثوار)."""
    tokens = doc.tokens
    if h.first in person_ends and tokens[h.first].joined:
        return None if _after_agent(doc, person_ends[h.first].first) else person_ends[h.first]
    k = h.first - 1
    if k in person_ends and tokens[k].key in doc.eng.links and tokens[k].joined and tokens[h.first].joined \
            and person_ends[k].first in counted and "clashes" not in c.types:
        return person_ends[k]
    return None


def _after_agent(doc, first: int) -> bool:
    """من قبل عناصر قوات النظام، برصاص عناصر قسد: the people named from `first` on stand right after an agent
    word (function_words role agent: by, at the hands of, the bullets of), so they fired."""
    return first > 0 and doc.tokens[first].joined and any(k in doc.eng.agents for _, k in doc.tokens[first - 1].variants)


def _spans_longer(h: Hit, others: list[Hit]) -> bool:
    """True when no hit among `others` covers `h` with more tokens than it has."""
    return not any(o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first for o in others)


def _after_background(doc, first: int) -> bool:
    """out of service since an airstrike in 2015 / الهدنة لوقف القصف / Rebels have been losing ground since the
    government began its latest offensive: an attack word up to six words after a background word ("since", what a
    truce is to stop), with no punctuation between, reports no incident."""
    tokens = doc.tokens
    for k in range(first - 1, first - BACKGROUND_REACH - 1, -1):
        if k < 0 or not tokens[k + 1].joined:
            return False
        if any(v in doc.eng.background for _, v in tokens[k].variants):
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
    begins what was said). So is an actor naming a news source or a body that speaks for it, up to
    three words before the source word: pro-government media, regime allied media, a Russian
    defense ministry spokesman, opposition sources, إعلام النظام."""
    tokens, said, sources = doc.tokens, doc.eng.reporting, doc.eng.sources
    if doc.eng.lang != "ar":
        if h.last < len(tokens) and tokens[h.last].joined and tokens[h.last].key in said:
            return True
        return any(tokens[k].key in sources for k in _joined_run(tokens, h.last, SOURCE_REACH))
    return h.first > 0 and tokens[h.first].joined and any(k in said or k in sources for _, k in tokens[h.first - 1].variants)


def _joined_run(tokens, first: int, reach: int) -> range:
    """Tokens from `first` on, up to `reach` of them, while they stay joined to the one before."""
    last = first
    while last < len(tokens) and last - first < reach and tokens[last].joined:
        last += 1
    return range(first, last)


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
