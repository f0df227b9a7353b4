"""Stage 8, assembly. Reads: `doc.clauses` with their places, types, actors and counts,
`doc.headlines`, `doc.verbs`, `doc.listed_parts`, the names `doc.state` lists as unresolved (a wide area
right after one leaves its clause: `wide_areas.drop_after_unknown_parts`). Adds: contributions,
sentence by sentence (a clause with places makes one per place; a clause without adds to the places
before it, or to the area in scope for "the other targeted areas"; counts go to the place they stand
next to, a count after a list stays shared), handed to `core.extract.emit`, which merges them into
`doc.state`."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from core.dates import find_dates
from core.extract import actor_rules, emit, wide_areas
from core.extract.doc import Clause, Contribution, PlaceMention
from core.extract.state import families
from core.places import contains, is_coarse
from core.quantities import CountMention

_ATTACK_SPAN = 12
"""At most this many tokens from a count to the place of the attack told after it."""


def run(doc) -> None:
    wide_areas.drop_after_unknown_parts(doc)
    assemble(doc, doc.clauses)


def assemble(doc, clauses: list[Clause]) -> None:
    """Every sentence in text order, with the places and context the sentence before hands on. The parts of
    a listed breakdown (`doc.listed_parts`, each its own paragraph) go on with the story before them, and
    hand on all their places together (these areas)."""
    by_sentence: dict[int, list[Clause]] = defaultdict(list)
    for c in clauses:
        by_sentence[c.sentence].append(c)
    prev_group: list[PlaceMention] = []
    prev_paragraph = -1
    context: tuple[set, list] = (set(), [])
    pending: tuple[list[CountMention], list] = ([], [])
    for sent, cs in sorted(by_sentence.items()):
        part = sent in doc.listed_parts
        if cs[0].paragraph != prev_paragraph and not part:
            if prev_paragraph in doc.headlines or doc.eng.lang == "ar" and not _goes_on(doc, cs[0]) \
                    or _another_day_opens(doc, cs):
                prev_group = []
            elif doc.eng.lang == "ar":
                doc.goes_on[cs[0].paragraph] = prev_paragraph
            context = (set(), [])
            doc.kind_actors = {}
        told = ([], []) if cs[0].paragraph in doc.headlines else _told_without_place(doc, cs, prev_group)
        group = _sentence(doc, cs, prev_group, context, pending)
        prev_group = prev_group + group if part and sent - 1 in doc.listed_parts else group
        prev_paragraph = cs[0].paragraph
        if told[0] or any(c.places or c.counts for c in cs):
            pending = told
        types = set().union(*(c.types for c in cs))
        doc.told_kinds = frozenset(types) or doc.told_kinds
        actors = [a for c in cs for a in c.actors]
        context = (types or context[0], list(dict.fromkeys(actors)) or context[1])
        if types and actors:
            doc.story = (types, context[1], cs[0].paragraph)
            if doc.title_story is None and _tells_the_story(doc, cs) and not _over_a_period(doc, cs):
                doc.title_story = (types, context[1])
            actor_rules.remember_kinds(doc, cs)


DAY_OPENING = 4
"""How many words may open a sentence before the day it names (Also on Sunday, ...)."""


def _another_day_opens(doc, cs: list[Clause]) -> bool:
    """Yesterday, SOHR activists reported renewed airstrikes by Russian jets / Also on Sunday, Israeli fighter
    jets targeted ... in the region: an English paragraph whose first sentence opens with a day and tells an
    attack or an attacker, naming no place, tells another event, not more of the places of the paragraph before
    (a count alone goes on with them)."""
    if doc.eng.lang != "en" or any(c.places or c.unmapped for c in cs) or not any(c.types or c.actors for c in cs):
        return False
    tokens = doc.tokens
    opening = tokens[cs[0].first:min(cs[0].first + DAY_OPENING, cs[-1].last)]
    return bool(opening) and bool(find_dates(doc.text[opening[0].start:opening[-1].end]))


def _tells_the_story(doc, cs: list[Clause]) -> bool:
    """A title, or the first sentence of the story under the titles when it names no place (قتل 16 شخصاً
    ... في قصف صاروخي لقوات الحكومة السورية عند أطراف العاصمة / التي دمرها قصف عنيف شنه الجيش السوري):
    the sentence that names the story's attack and attacker (`doc.title_story`)."""
    if cs[0].paragraph in doc.headlines:
        return True
    if not doc.headlines or any(c.places or c.unmapped for c in cs):
        return False
    body = next((c for c in doc.clauses if c.paragraph not in doc.headlines), None)
    return body is not None and body.sentence == cs[0].sentence


def _over_a_period(doc, cs: list[Clause]) -> bool:
    """A sentence with a word of a toll over a period (aggregate_cues: منذ صدور قرار مجلس الأمن)."""
    return any(cs[0].first <= h.first < cs[-1].last for h in doc.hits["aggregate"])


def _goes_on(doc, c: Clause) -> bool:
    """وقال مصدر عسكري إن... / وأسفرت الاشتباكات عن...: a paragraph that opens with a verb of saying
    or with the attack already told (a definite attack word) goes on with the story of the
    paragraph before, so its figures belong to that paragraph's places."""
    if doc.eng.lang != "ar" or c.first >= len(doc.tokens):
        return False
    if any(t in doc.told_attacks for t in range(c.first, min(c.last, c.first + 3))):
        return True
    return any(k in doc.eng.reporting for _, k in doc.tokens[c.first].variants)


def _told_without_place(doc, cs: list[Clause], carried: list[PlaceMention]) -> tuple[list[CountMention], list]:
    """Two civilians were killed in Russian airstrikes on a village. / At least seven people have
    been killed in a car bombing...: the counts of a sentence that tells an attack but names no
    place, and follows none, wait for the place the next sentence names (a title's wait for nothing:
    the body tells its own). In English, so do the counts of a sentence that names only areas (15
    killed in clashes in the Quneitra province), for a place inside them that the next sentence
    names with the attack (the fighting took place in the village of Jebata). In Arabic, so do those of a
    sentence that names a city with its own countryside (مدينة السويداء وريفها), for the places of
    that governorate the next sentence names with an attack. Gives (counts, areas)."""
    places = [pm.entry for c in cs for pm in c.places]
    own = wide_areas.own_countrysides(doc, cs)
    if places and not own and (doc.eng.lang != "en" or not all(is_coarse(e) for e in places)):
        return [], []
    if not places and carried or any(c.unmapped or c.generic and c.scope_area is not None for c in cs):
        return [], []
    if not any(c.types for c in cs):
        return [], []
    return [cm for c in cs for cm in c.counts], own or places


def _sentence(doc, cs: list[Clause], carried: list[PlaceMention], context: tuple[set, list],
              pending: list[CountMention] = ()) -> list[PlaceMention]:
    """Contributions of one sentence. `context` holds the types and actors of the sentence
    before it in the paragraph, for clauses that give a count but name no attack or actor;
    `pending` the counts of the sentence before that named no place."""
    contributions: list[Contribution] = []
    current: list[tuple[PlaceMention, Contribution]] = []
    ctx_types: set = set(context[0])
    ctx_actors: list = list(context[1])
    actor_types, types_seen = set(context[0]), False
    has_places = any(c.places or c.unmapped for c in cs)
    leading: list[Clause] = []
    unmapped = False
    places_after = _places_after(cs)
    for i, c in enumerate(cs):
        if c.places:
            unmapped = False
            current = _place_contributions(doc, c, ctx_types, ctx_actors, actor_types)
            contributions += [contrib for _, contrib in current]
            _attach_counts(doc, c, current)
            _lead_into(doc, leading, c, current)
            leading = []
        elif c.generic and c.scope_area is not None:
            area = c.scope_area
            contrib = Contribution(area, [c], None, set(c.types), set(c.weapons), list(c.actors),
                                   [(cm, False, None) for cm in c.counts], c.massacre, bool(c.types), c.sentence)
            contrib.ctx_types, contrib.ctx_actors = ctx_types | c.types, list(c.actors or ctx_actors)
            contributions.append(contrib)
        elif c.unmapped or unmapped and not actor_rules.story_after_unmapped(doc, cs, i, leading):
            unmapped, current, leading = True, [], []
        elif current and (_counts_the_next(c, current, places_after[i]) or _told_again_next(doc, cs, i)
                          or actor_rules.leads_on(doc, cs, i)):
            leading.append(c)
        elif current or (not has_places and carried):
            if not current:
                current = [(pm, Contribution(pm.entry, [c], pm, set(), set(), [], [], False, False, c.sentence))
                           for pm in carried]
                for _, contrib in current:
                    contrib.ctx_types, contrib.ctx_actors = set(c.types), list(c.actors)
                contributions += [x[1] for x in current]
            for _, contrib in current:
                _absorb(contrib, c, own_story=actor_rules.opens_story(doc, c))
            _share_counts(doc, c.counts, _last_list(doc, current))
        elif has_places:
            leading.append(c)
        if c.types:
            ctx_types = ctx_types | c.types if types_seen else set(c.types)
            types_seen = True
        if c.actors:
            ctx_actors, actor_types = list(c.actors), set(c.types or ctx_types)
    _give_pending(doc, pending, contributions)
    emit.finish_sentence(doc, contributions, any(c.types for c in cs))
    if current:
        return _inner_places([pm for pm, _ in current], contributions)
    return carried if not has_places else []


def _place_contributions(doc, c: Clause, ctx_types: set, ctx_actors: list,
                         actor_types: set) -> list[tuple[PlaceMention, Contribution]]:
    """One contribution per place a clause names, with the types and actors of its context."""
    out = []
    for pm in c.places:
        contrib = Contribution(pm.entry, [c], pm, set(c.types), set(c.weapons), list(c.actors),
                               [], c.massacre, bool(c.types), c.sentence)
        contrib.ctx_types, contrib.ctx_actors = ctx_types | c.types, list(c.actors or _carried_actors(
            ctx_actors, c.types, actor_types) or actor_rules.actors_of_kind(doc, c.types))
        out.append((pm, contrib))
    return out


def _places_after(cs: list[Clause]) -> list[bool]:
    """For each clause of a sentence: whether a clause after it names places (one pass from the end)."""
    out, seen = [False] * len(cs), False
    for i in range(len(cs) - 1, -1, -1):
        out[i], seen = seen, seen or bool(cs[i].places)
    return out


def _lead_into(doc, leading: list[Clause], c: Clause, current: list[tuple]) -> None:
    """The clauses that open a sentence before its first places add to them; their counts go to
    the first list, each kind the place clause does not count itself."""
    first_list = [x for x in current if x[0].list_id == current[0][0].list_id]
    for lead in leading:
        for _, contrib in current:
            _absorb(contrib, lead, first=True)
        _share_counts(doc, [cm for cm in lead.counts if not any(cm.kind == o.kind for o in c.counts)], first_list)


def _counts_the_next(c: Clause, current: list[tuple], places_next: bool) -> bool:
    """...باستشهاد 10 مدنيين، كما استشهد 5 مدنيين، وجرح آخرون بقصف مماثل على بلدة قبتان الجبل: a count
    of a kind every place before already has its own figure of opens the story of the places named
    next in the sentence."""
    if not c.counts or not places_next:
        return False
    return all(any(k.kind == cm.kind for k, _, _ in co.counts) for cm in c.counts for _, co in current)


def _told_again_next(doc, cs: list[Clause], i: int) -> bool:
    """..., the Observatory also documented the death of 11 people, they were killed in raids by warplanes
    on areas of al-Bab city: a count told with no place, right before a clause that opens with a word
    that tells of those people again (function_words.csv `resuming`) and a casualty word, and names
    places, is those places' count, not the places' before."""
    if not cs[i].counts or i + 1 >= len(cs) or not cs[i + 1].places:
        return False
    nxt = cs[i + 1]
    if doc.tokens[nxt.first].key not in doc.eng.resuming:
        return False
    hurt = doc.starts_of.get("hurt")
    if hurt is None:
        hurt = doc.starts_of["hurt"] = {h.first for h in doc.hits["casualty"] if h.value[0] in ("killed", "wounded")}
    return any(t in hurt for t in range(nxt.first + 1, min(nxt.last, nxt.first + 3)))


def _give_pending(doc, pending: tuple[list[CountMention], list], contributions: list[Contribution]) -> None:
    """The counts a placeless sentence told go to the last places of this one that tell an attack
    (or name it again: The attack was part of a push ... on Daraa), each kind this sentence gives no
    count of (shared by several places); an area's, to the places inside it that name the attack again
    (in Arabic, a city's countryside's: to those that tell an attack of their own)."""
    pending, areas = pending
    if not pending:
        return
    again = _told_again(doc, contributions)
    own_story = not areas or doc.eng.lang == "ar"
    targets = [(co.mention, co) for co in contributions if co.mention is not None and (id(co) in again or own_story
               and co.own_types)]
    if areas:
        targets = [x for x in targets if not is_coarse(x[1].entry) and any(contains(a, x[1].entry) for a in areas)]
    told = {cm.kind for co in contributions for cm, _, _ in co.counts}
    for kind in ("killed", "wounded"):
        mine = [cm for cm in pending if cm.kind == kind]
        if mine and kind not in told:
            _share_counts(doc, [max(mine, key=lambda c: c.count.best or c.count.low or 0)], _last_list(doc, targets))


def _told_again(doc, contributions: list[Contribution]) -> set[int]:
    """The ids of the contributions whose clauses name an attack again with "the" (the attack, the
    fighting): English only, where the article is a word of its own."""
    attacks, tokens = doc.starts_in("type"), doc.tokens
    return {id(co) for co in contributions
            if any(t in attacks and tokens[t - 1].key == "the" for c in co.clauses for t in range(max(c.first, 1), c.last))}


def _carried_actors(ctx_actors: list, types: set, actor_types: set) -> list:
    """The last attacker named carries over to a clause that names none, unless the clause
    names another kind of attack than the one that attacker made (helicopters dropped barrels
    on X. Shelling on Y ... / الثوار صدوا ...، بينما تعرضت مورك لقصف بالبراميل)."""
    if not types or not actor_types or families(types) & families(actor_types):
        return ctx_actors
    return []


def _absorb(contrib: Contribution, c: Clause, first: bool = False, own_story: bool = False) -> None:
    """A clause without places adds what it says to a place's contribution: the clauses after
    a place, or those that open the sentence before the first place (تدور اشتباكات بين ... على حي)."""
    if c not in contrib.clauses:
        if first:
            contrib.clauses.insert(0, c)
        else:
            contrib.clauses.append(c)
    contrib.types |= c.types
    contrib.weapons |= c.weapons
    if not (own_story and contrib.actors):
        contrib.actors += [a for a in c.actors if a not in contrib.actors]
    contrib.massacre |= c.massacre
    contrib.own_types |= bool(c.types)


def _attach_counts(doc, c: Clause, current: list[tuple[PlaceMention, Contribution]]) -> None:
    """Counts in a clause with places: to the place right after them (3 شهداء في عربين), else to
    the places before them (all the lists joined by و, as `_last_list` says: أحياء الأشرفية والميدان
    ومساكن حي السبيل والسريان ... ما أدى إلى استشهاد 12), else to the first place after their casualty word that is no
    area (the death toll from the strikes on X rose to 9; باستشهاد خمسة مدنيين من قرية ... في ريف حماه
    ... على منزلهم في مدينة كفرزيتا)."""
    for cm in c.counts:
        target = None
        for pm, contrib in current:
            if pm.first >= cm.last and _only_links_between(doc, cm.last, pm.cue_first if pm.cue_first is not None else pm.first):
                target = [(p, co) for p, co in current if p.list_id == pm.list_id]
                break
        if target is None:
            target = _struck_next(doc, cm, current)
        if target is None:
            before = [(pm, co) for pm, co in current if pm.last <= cm.anchor]
            if before:
                lids = {pm.list_id for pm, _ in _last_list(doc, before)}
                target = [(pm, co) for pm, co in current if pm.list_id in lids]
            else:
                after = [(pm, co) for pm, co in current if pm.first > cm.anchor]
                after = [x for x in after if not is_coarse(x[0].entry)] or after
                if after:
                    lid = after[0][0].list_id
                    target = [(pm, co) for pm, co in current if pm.list_id == lid]
        if target:
            _share_counts(doc, [cm], target)


def _struck_next(doc, cm: CountMention, current: list[tuple]) -> list[tuple] | None:
    """قتل ثلاثة عشر شخصا وجرح آخرون في قصف جوي ... على بلدات معرة مصرين / killing 12 in an airstrike on X:
    a count told with the attack that follows it belongs to the place that attack hit, not to a
    place before the count."""
    after = [(pm, co) for pm, co in current if pm.first >= cm.last]
    if not after or not any(pm.last <= cm.anchor for pm, _ in current):
        return None
    place = after[0][0]
    k = bisect_right(doc.verbs, cm.last - 1)
    if k < len(doc.verbs) and doc.verbs[k] < place.first and place.first - cm.last <= _ATTACK_SPAN:
        return [(pm, co) for pm, co in current if pm.list_id == place.list_id]
    return None


def _last_list(doc, current: list[tuple]) -> list[tuple]:
    """Whom a count after a clause's places belongs to: all of them ("Zamalka, Kafr Batna and
    Saqba, wounding dozens"; "on X and on Y; no casualties"), but only the last list when an
    attack or target word stands between it and the places before ("struck X and targeted
    troops in Y, killing 16")."""
    if not current:
        return current
    last = current[-1][0].list_id
    mine = [x for x in current if x[0].list_id == last]
    before = [x[0].last for x in current if x[0].list_id != last]
    if not before:
        return current
    a = max(before)
    b = min(pm.first if pm.cue_first is None else min(pm.first, pm.cue_first) for pm, _ in mine)
    k = bisect_right(doc.verbs, a - 1)
    return mine if k < len(doc.verbs) and doc.verbs[k] < b else current


def _only_links_between(doc, a: int, b: int) -> bool:
    """True when tokens [a, b) are only a few linking words (في، ب، in, at)."""
    if b - a > 3:
        return False
    return all(doc.tokens[t].key in doc.eng.links for t in range(a, b))


def _share_counts(doc, counts: list[CountMention], targets) -> None:
    """Counts given to every target; shared (one group) when there are several and the count is not zero."""
    if not counts or not targets:
        return
    group = doc.state.new_group() if len(targets) > 1 else None
    for cm in counts:
        shared = len(targets) > 1 and (cm.count.best or 0) > 0
        for _, contrib in targets:
            contrib.counts.append((cm, shared, group if shared else None))


def _inner_places(group: list[PlaceMention], contributions: list[Contribution]) -> list[PlaceMention]:
    """What a sentence hands on to the next: its last places, or, when they are only areas around
    places it named before (... in Jableh, in a rare attack on the province of Latakia), those places."""
    if not all(is_coarse(pm.entry) for pm in group):
        return group
    inner = [co.mention for co in contributions if co.mention is not None and co.mention not in group
             and not is_coarse(co.entry) and any(contains(pm.entry, co.entry) for pm in group)]
    return inner or group
