"""Who attacked, beyond the actor words: constructions that name a side without making it the
attacker, read by `facts.actors` (an owner joined by لـ, a possessive, a truce's party, a holder),
and the attacker that carries on, read by assembly (the English story's, each kind of attack's, a
new-story clause's). `Marks` indexes the hits these rules look up, once per run, so that each rule
reads its clause and its neighbours only (time stays linear in the text)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from core.extract.engine import phrase_key
from core.extract.state import families
from core.extract.type_rules import FROM_THE_AIR
from core.matcher import Hit

STORY_LANGS = frozenset({"en"})
"""Languages whose reports carry the story's attacker to later paragraphs (`story_actors`)."""
NAME_REACH = 4
"""How many words of a person's name may stand between a victim word and the side it owns."""
TRUCE_REACH = 5
"""How many words before a side a truce word may stand for the side to be its party (a truce had
been agreed with rebels)."""
AGENT_REACH = 2
"""How many words before an actor joined by لـ an attack word may stand for the actor to have made it
(قصف مدفعي لقوات النظام)."""
OWNER_REACH = 6
"""How many tokens before an aircraft word the actor that owns it may start (the Syrian regime's
helicopters)."""


@dataclass
class Marks:
    """The hits the actor rules look up, indexed once per run (`Marks.of`)."""
    attack: set = field(default_factory=set)
    """Tokens inside an attack or massacre word: an actor after one of them made it."""
    persons: set = field(default_factory=set)
    """First tokens of person nouns (killing three soldiers) that are not the head of an attack word
    (a Russian fighter jet: an aircraft, not a fighter)."""
    victim_ends: set = field(default_factory=set)
    """Where a victim word that always names the receiving side ends."""
    story_openers: set = field(default_factory=set)
    """First tokens of the words that open another event's clause (role new_story)."""
    breaks: set = field(default_factory=set)
    """First tokens of every clause break word (clause_breaks: كما، وفي، while)."""
    place_openers: set = field(default_factory=set)
    """First tokens of the prepositions a list of places may open with (locatives.csv list: في، على)."""
    actor_at: dict = field(default_factory=dict)
    """(first, last) of each actor hit: its actor."""
    kinds: list = field(default_factory=list)
    """(first token, attack type) of each attack word that names a type, in text order."""

    @classmethod
    def of(cls, doc) -> "Marks":
        by_kind, key = doc.hits, phrase_key(doc.eng.lang)
        in_types = {t for h in by_kind["type"] if h.last - h.first > 1 for t in range(h.first, h.last)}
        return cls(attack={t for k in ("type", "massacre") for h in by_kind[k] for t in range(h.first, h.last)},
                   persons={h.first for h in by_kind["casualty"] if h.value[0] == "person" and h.first not in in_types},
                   victim_ends={h.last for h in by_kind["victim"] if h.value == "always"},
                   story_openers={h.first for h in by_kind["break"] if key(h.phrase) in doc.eng.new_story},
                   breaks={h.first for h in by_kind["break"]},
                   place_openers={h.first for h in by_kind["locative"] if h.value == "yes"},
                   actor_at={(h.first, h.last): h.value for h in by_kind["actor"]},
                   kinds=sorted((h.first, h.value[0]) for h in by_kind["type"] if h.value[0]))


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
    return owner_not_attacker(doc, h, c, attack) or possessive_not_attacker(doc, h, attack) \
        or named_owner_hit(doc, h) or truce_party(doc, h, c) or titled_person(doc, h, attack) or taken_from(doc, h, c)


def taken_from(doc, h: Hit, c) -> bool:
    """The Syrian Army captured two towns from the jihadist rebels; captured Al-Bukamal from ISIS: the
    side after "from", in a clause whose capture word (function_words role capture) comes before it,
    lost the ground; it is no attacker."""
    tokens = doc.tokens
    k = next((k for k in range(h.first - 1, max(c.first, h.first - 4), -1) if tokens[k].key == "from"), None)
    if k is None or not all(tokens[t].joined for t in range(k + 1, h.first + 1)):
        return False  # from the jihadist rebels: up to two words between
    return any(tokens[t].key in doc.eng.captures for t in range(max(c.first, k - AGENT_REACH - 4), k))


def titled_person(doc, h: Hit, attack: set[int]) -> bool:
    """مسقط رأس الرئيس السوري بشار الأسد، مسلحون معارضون لحكومة الرئيس بشار الأسد: a side's name after a
    person's title (function_words role title) and at most NAME_REACH words of the person's names is the
    person, not the side's forces, unless a force word (role force) stands right before the title
    (قوات الرئيس الأسد)."""
    tokens, titles = doc.tokens, doc.eng.titles
    k = h.first - 1
    while k >= max(0, h.first - NAME_REACH) and tokens[k + 1].joined and k not in attack:
        if any(key in titles for _, key in tokens[k].variants):
            return not (k > 0 and tokens[k].joined and any(key in doc.eng.forces for _, key in tokens[k - 1].variants))
        k -= 1
    return False


def named_owner_hit(doc, h: Hit) -> bool:
    """the attacks on strongholds of President Bashar al-Assad's regime: a victim word (always) before
    a person's name in the possessive names what was hit; the side after the name owns it."""
    tokens, k = doc.tokens, h.first - 1
    while k >= max(0, h.first - NAME_REACH) and tokens[k + 1].joined and (
            tokens[k].upper or tokens[k].text.lower().endswith(("'s", "’s"))):
        k -= 1
    return k < h.first - 1 and k + 1 in doc.actor_marks.victim_ends


def truce_party(doc, h: Hit, c) -> bool:
    """a truce had been agreed with rebels in Waer / الهدنة بين جيش الفتح وإيران: a side named with or
    between (role opponent) shortly after a truce, a deal or a ceasefire (role truce), or anywhere in
    a clause that tells no attack beside one, is a party to it, not an attacker (the agreement called
    on rebels to halt their offensive: the rebels' offensive is an attack)."""
    tokens = doc.tokens
    if not c.types:
        span = range(c.first, c.last)
    elif h.first > c.first and any(k in doc.eng.opponents for _, k in tokens[h.first - 1].variants):
        span = range(max(c.first, h.first - TRUCE_REACH), h.first)
    else:
        return False
    return any(k in doc.eng.truces for t in span for _, k in tokens[t].variants)


def side_against(doc, v: Hit, c) -> bool:
    """clashes between local militiamen and Islamist factions against the Fourth Division: in a
    clause that tells a fight between sides (between, with: role opponent), the side after
    "against" (role against) is one more side of it, not a victim (an offensive against ISIS is
    no fight between sides)."""
    if "clashes" not in c.types or phrase_key(doc.eng.lang)(v.phrase) not in doc.eng.against:
        return False
    return any(k in doc.eng.opponents for t in range(c.first, v.first) for _, k in doc.tokens[t].variants)


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


def leads_on(doc, cs: list, i: int) -> bool:
    """Whether clause `cs[i]`, without places, starts the story of the places named next in its
    sentence (`opens_new_story`, `comma_before_places`) instead of adding to the places before."""
    return opens_new_story(doc, cs, i) or comma_before_places(doc, cs, i)


def comma_before_places(doc, cs: list, i: int) -> bool:
    """وسط اشتباكات بين قسد وقوات التحالف من جانب، وتنظيم داعش من جانب آخر، على محاور في محيط الفرقة 17 /
    في وقت دمر فيه مقاتلو المعارضة، خمس دبابات لقوات النظام، على جبهات الوضيحي وخان طومان: an attack or a
    side told without a place or a count, whose clauses run on, with no place or count, to a clause that
    opens with a preposition of place (locatives.csv list: على، في; no break word) naming places, was
    cut from them only by commas: it happened there, not at the places before."""
    if cs[i].counts or not (cs[i].types or cs[i].actors):
        return False
    marks = doc.actor_marks
    for after in cs[i + 1:]:
        if after.places or after.unmapped:
            return after.first in marks.place_openers and after.first not in marks.breaks
        if after.counts:
            return False
    return False


def opens_new_story(doc, cs: list, i: int) -> bool:
    """فيما ألقى الطيران المروحي التابع لنظام الأسد، عدداً من البراميل فوق بلدة التمانعة / في حين سيطرت
    قسد، على قرية حوايج ذياب: a clause of a sentence (`cs[i]`) that opens a new story (`opens_story`)
    without a place, followed by a clause naming places (known or not), is the start of that clause's
    story, not more about the places before it (unless the clause after opens with a break of its own:
    وفي الريف الغربي ألقت مروحيات الأسد ...). Clauses that only count run on in that story (في حين استشهدت
    3 مواطنات، وسقط عدد من الجرحى، إثر قصف جوي مناطق في بلدة العجمي))."""
    j = i
    while j > 0 and not opens_story(doc, cs[j]) and _only_counts(cs[j]):
        j -= 1
    if not opens_story(doc, cs[j]) or any(cs[k].places for k in range(j, i + 1)):
        return False
    k = i + 1
    while k < len(cs) and _only_counts(cs[k]):
        k += 1
    after = cs[k] if k < len(cs) else None
    if after is None or not (after.places or after.unmapped):
        return False
    return after.first not in doc.actor_marks.breaks


def story_after_unmapped(doc, cs: list, i: int, leading: list) -> bool:
    """a citizen was killed ... in Al-Taybah town (a place the gazetteer lacks), while a drone plane targeted,
    yesterday morning, a member ... in Al-Mayadin city: after a clause naming only places the gazetteer lacks,
    a clause telling an attack with no place or count, and the asides that tell nothing after it, lead into
    the places its sentence names next (known ones), not into nothing."""
    if leading:
        return _tells_nothing(cs[i])
    c = cs[i]
    if not c.types or c.counts or c.places or c.unmapped:
        return False
    after = next((d for d in cs[i + 1:] if not _tells_nothing(d)), None)
    return after is not None and bool(after.places)


def _tells_nothing(c) -> bool:
    """A clause between commas that names no attack, side, count nor place (an aside of time: while a drone
    targeted, yesterday morning, a member ... in Al-Mayadin city)."""
    return not (c.types or c.actors or c.counts or c.places or c.unmapped)


def _only_counts(c) -> bool:
    return bool(c.counts) and not (c.types or c.places or c.unmapped)


def opens_story(doc, c) -> bool:
    """Whether a clause opens with a word that joins another event to the one told (فيما، في حين،
    بينما: function_words role new_story), so what it names is that event's."""
    return c.first in doc.actor_marks.story_openers


def claims(doc, co) -> bool:
    """ISIS claimed the attack / Western governments blamed the Assad regime / تبنى تنظيم داعش التفجير:
    a sentence that says who did what was told names its attacker; one that only names a side again
    beside a place (rebels lost land in Daraa) names none."""
    return co.actors and any(k in doc.eng.claims for c in co.clauses for t in range(c.first, c.last)
                             for _, k in doc.tokens[t].variants)


def story_kinds(doc) -> set:
    """ISIS attacked the villages of Douma, ... / They also targeted a hospital in Sarmin: in an
    English news story a place attacked with no kind told in its sentence suffered the kinds the
    story told last (`doc.told_kinds`); Arabic bulletins, one event per paragraph: none."""
    return set(doc.told_kinds) if doc.eng.lang in STORY_LANGS else set()


def story_actors(doc, co) -> list:
    """The strikes killed five in Salhin / The bombardment also targeted Kansafra: in an English
    news story the lead names the attacker once, and a later paragraph's attack of the same kind
    that names none is that attacker's (`doc.story`: the last attack told with its attacker, and
    its paragraph; inside that paragraph the sentence context decides).
    Arabic bulletins tell one event per paragraph, each with its own attacker or none, so they
    carry none (STORY_LANGS), but an Arabic news story's title does (`titled_actors`)."""
    told_types, told_actors, paragraph = doc.story
    if doc.eng.lang in STORY_LANGS:
        if not told_actors or co.clauses[0].paragraph == paragraph:
            return []
        return list(told_actors) if families(co.types) & families(told_types) else []
    return titled_actors(doc, co)


def titled_actors(doc, co) -> list:
    """الطائرات الروسية ترتكب مجزرتين ... أما المجزرة الثانية ... جراء هذا القصف / ضحايا بقصف روسي ... إثر
    الغارات التي استهدفت بلدة كفرناها: an Arabic news story whose title names the attack and its attacker
    (`doc.title_story`) is that attacker's when a later paragraph tells the attack again with a definite
    word (`_told_again`), or opens with a verb of saying and so goes on with the story (`doc.goes_on`:
    وأفادت مصادر إعلام محلية أن قصفاً صاروخياً استهدف بلدة داعل), and names none (the title's unqualified
    قصف covers an attack from the air)."""
    if doc.title_story is None or co.clauses[0].paragraph in doc.headlines \
            or not (_told_again(doc, co) or co.clauses[0].paragraph in doc.goes_on):
        return []
    told_types, told_actors = doc.title_story
    same = families(co.types) & families(told_types) or "shelling" in told_types and co.types & FROM_THE_AIR
    return list(told_actors) if same else []


def _told_again(doc, co) -> bool:
    """Whether a contribution tells its attack with a definite attack word (هذا القصف، الغارات التي
    استهدفت، الطائرة): the attack, or the aircraft, the story already named; a weapon named with
    بـ (بالصواريخ، بالبراميل: with missiles) is the kind of any attack, not one told before."""
    tokens = doc.tokens
    return any(kind == "type" and first in doc.told_attacks and "ب" not in tokens[first].text[:tokens[first].text.find("ال")]
               for c in co.clauses for first, _, kind in c.cue_tokens)


def remember_kinds(doc, cs: list) -> None:
    """غارات جوية نفذتها الطائرات الروسية، إلى جانب قصف مدفعي نفذته قوات النظام: a sentence that names
    attackers each with its own kind of attack (the attack word nearest each) tells the paragraph who
    does which; `doc.kind_actors` keeps, per kind (`families`), the attackers last told so."""
    named: dict = {}
    marks = doc.actor_marks
    for c in cs:
        words = marks.kinds[bisect_left(marks.kinds, (c.first,)):bisect_left(marks.kinds, (c.last,))]
        for first, last, kind in c.cue_tokens if words else ():
            value = marks.actor_at.get((first, last))
            if kind != "actor" or value is None:
                continue
            for f in families({min(words, key=lambda w: abs(w[0] - first))[1]}):
                named.setdefault(f, [])
                named[f] += [] if value in named[f] else [value]
    if len({tuple(v) for v in named.values()}) > 1:
        doc.kind_actors.update(named)


def actors_of_kind(doc, types: set) -> list:
    """The attackers last named with this kind of attack in the paragraph (`remember_kinds`)."""
    out: list = []
    for f in families(types):
        out += [a for a in doc.kind_actors.get(f, ()) if a not in out]
    return out


def aircraft_owners(doc) -> None:
    """Russian warplanes, regime's helicopter and warplanes ... the airstrikes of helicopter and the
    raids of Russian warplanes: an aircraft word (types.csv weapon helicopter, or carrier yes) that a
    paragraph first told with its attacker (inside the actor's phrase, or right after it) is that
    attacker's when the paragraph names the same aircraft again bare. Unknown warplanes own none.
    English only: Arabic's الطيران الروسي ... الطيران المروحي share the word الطيران across aircraft."""
    if doc.eng.lang == "ar":
        return
    tokens, clauses, tok_clause = doc.tokens, doc.clauses, doc.tok_clause
    told = {(f, l): v for c in clauses for f, l, kind in c.cue_tokens if kind == "actor"
            for v in (doc.actor_marks.actor_at.get((f, l)),) if v and v != "unknown"}
    spans = sorted(doc.actor_marks.actor_at)
    owners: dict = {}
    for h in sorted(doc.hits["type"], key=lambda h: h.first):
        t, w, carrier = h.value
        if w != "helicopter" and carrier != "yes":
            continue
        c = clauses[tok_clause[h.first]]
        window = spans[bisect_left(spans, (h.first - OWNER_REACH,)):bisect_left(spans, (h.first + 1,))]
        near = [s for s in window if s[0] <= h.first <= s[1] and all(tokens[k].joined for k in range(s[1], h.first + 1))
                or s[0] < h.first and s[1] >= h.last]
        key = (c.paragraph, w or t)
        if near:
            owners.setdefault(key, [told[s] for s in near if s in told])
        elif c.paragraph not in doc.headlines:
            c.actors += [a for a in owners.get(key, ()) if a not in c.actors]
