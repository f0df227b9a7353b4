"""The end of assembly: what a sentence's contributions lack is filled from the sentence, areas
give way to the places inside them, and each contribution left is dated, scored and merged into
the report's `State` (`State.add`)."""
from __future__ import annotations

from collections import defaultdict

from core.extract import place_rules
from core.extract import actor_rules
from core.extract.doc import Contribution
from core.extract.facts import generic_beside_named
from core.extract.state import NEAR_KM, km as _km
from core.places import contains, is_coarse


def _attacked(co: Contribution, story: set) -> bool:
    """An attack named without its weapon on a named place (an attack hit a school in Saraqib), the
    object of a verb of attack (`_attack_object`), or, in a story that told its kinds and a sentence
    that names none (`story`: those kinds), a place a target verb names (They also targeted a hospital
    in Sarmin): an incident, not nothing."""
    m = co.mention
    return m is not None and any((c.attacked or c.targeted and bool(story) or _attack_object(c, m))
                                 and c.first <= m.first < c.last for c in co.clauses)


def _toll_here(co: Contribution) -> bool:
    """Seven civilians were killed and 10 wounded in Bustan al-Qasr, a civil defense member said: in a
    story, a toll in the sentence that names the place (not one carried from a sentence before) with
    no kind, weapon nor attacker told in its sentence or paragraph is of the attack the story told (`story`;
    not: In Diban, unidentified gunmen shot dead a local council member)."""
    m = co.mention
    return bool(co.counts) and not (co.weapons or co.actors) and m is not None \
        and any(c.first <= m.first < c.last for c in co.clauses)


def _attack_object(c, m) -> bool:
    """ISIS attacked the villages of Douma, al-Shbeki, ... and Tarba / attacked Fuaa and Kafraya: the
    mention is in the list of places that opens where a verb of attack's object does (`facts`)."""
    return bool(c.attack_objects) and any(
        p.list_id == m.list_id and (p.first in c.attack_objects or p.cue_first in c.attack_objects) for p in c.places)


def _targeted(co: Contribution) -> bool:
    """استهدفت قوات الأسد بلدات المسيفرة وصيدا وأم ولد، والطريق بين بلدتي علما والصورة بعدد من قذائف المدفعية:
    a place a target verb names, with no kind told before it, takes the kinds its sentence names after
    it (the weapon ending the verb's objects)."""
    m = co.mention
    return m is not None and any(c.targeted and c.first <= m.first < c.last for c in co.clauses)


def _share_told(doc, taking: list[Contribution], telling: list[Contribution]) -> None:
    """The places that took their kinds from the end of their sentence share the toll it tells there
    with the places told with those kinds (اقتصرت أضرارها على الماديات وبعض الإصابات: the whole list's)."""
    cms = list({id(cm): cm for co in telling for cm, _, _ in co.counts}.values())
    if not taking or not cms:
        return
    group = doc.state.new_group()
    for co in telling + taking:
        co.counts = [x for x in co.counts if all(x[0] is not cm for cm in cms)] \
            + [(cm, (cm.count.best or 0) > 0, group if (cm.count.best or 0) > 0 else None) for cm in cms]


def finish_sentence(doc, contributions: list[Contribution], kinds_told: bool = True) -> None:
    """Fill what a contribution lacks from its sentence, then emit those that say something.
    An area named beside places inside it (ريف دمشق ... حرستا), or a town's countryside beside
    places around it (Arima in the western countryside of Manbij), gives way to them; counts that
    only the area carried move to the places (shared when there are several). `kinds_told`: whether
    the sentence names a kind of attack (if not, the places it attacks, or names a massacre at, take the
    story's last kinds: Assad's army has committed a massacre in Daraya; the massacre was committed by ...)."""
    live = []
    story = set() if kinds_told else actor_rules.story_kinds(doc)
    told = set().union(*(co.types for co in contributions if co.own_types))
    taking = []
    for co in contributions:
        generic_beside_named(co)
        if not co.types and (co.counts or co.massacre or co.mention is not None and co.clauses[0].targeted):
            co.types = set(co.ctx_types)
        if not co.types and told and _targeted(co):
            co.types = set(told)
            taking.append(co)
        attacked = _attacked(co, story)
        if not co.types and (attacked or _toll_here(co) or co.massacre):
            co.types = set(story)
        if not co.actors and (co.types or co.counts):
            co.actors = list(co.ctx_actors) or actor_rules.story_actors(doc, co)
        if co.types or co.counts or attacked or co.entry.id in doc.state.place_ids and actor_rules.claims(doc, co):
            live.append(co)
    _share_told(doc, taking, [co for co in contributions if co.own_types])

    def coarse(co: Contribution) -> bool:
        return is_coarse(co.entry) or co.mention is not None and co.mention.area

    fine = [co for co in live if not coarse(co)]
    out = []
    for co in live:
        if coarse(co) and co.mention is not None:
            opener, around = co.mention.opener, co.mention.cue == "region"
            inside = [f for f in fine if contains(co.entry, f.entry)
                      or opener and f.entry.governorate == co.entry.governorate
                      or around and min(_km(e, f.entry) for e in co.mention.candidates or (co.entry,)) <= NEAR_KM]
            if inside:
                _hand_down(doc, co, inside)
                continue
        out.append(co)
    _unshare_lone_members(out)
    for co in out:
        _emit(doc, co)


def _hand_down(doc, area: Contribution, inside: list[Contribution]) -> None:
    """An area's own count goes to the places inside it when none of them has a count of that kind;
    to those of them with counts of the other kind when some have (باستشهاد خمسة ... في ريف حماه وإصابة
    آخرين ... في مدينة كفرزيتا، بعد قصف مماثل استهدف مدينة اللطامنة)."""
    inside = [f for f in inside if f.counts] or inside
    for kind in ("killed", "wounded"):
        own = [cm for cm, shared, _ in area.counts if cm.kind == kind and not shared]
        lacking = [f for f in inside if not any(cm.kind == kind for cm, _, _ in f.counts)]
        if own and len(lacking) == len(inside):
            cm = max(own, key=lambda c: c.count.best or c.count.low or 0)
            group = doc.state.new_group() if len(inside) > 1 else None
            shared = len(inside) > 1 and (cm.count.best or 0) > 0
            for f in inside:
                f.counts.append((cm, shared, group if shared else None))


def _emit(doc, co: Contribution) -> None:
    """Date and score one contribution and merge it into the report's incidents."""
    pm = co.mention
    conf = 0.45
    conf += 0.2 if co.own_types else 0.05
    conf += 0.15 if pm is not None and pm.cue else 0.05
    conf += 0.1 if co.counts else 0
    conf -= 0.15 if pm is not None and pm.ambiguous else 0
    conf -= 0.1 if getattr(co.entry, "precision", "") == "parent" else 0
    start, end = doc.tokens[co.clauses[0].first].start, doc.tokens[co.clauses[-1].last - 1].end
    if not doc.identity:
        start, end = doc.norm.orig(start), doc.norm.orig(end)
    co.date = _day_of(doc, co, start, end)
    city = pm is not None and co.entry.level == "city"
    stands_in = city and place_rules.after_unknown_part(doc, pm)
    province = place_rules.province_named(doc, pm) if city else None
    toll = bool(co.counts) or pm is not None and place_rules.tells_toll(doc, co.clauses)
    doc.state.add(co, max(0.05, min(0.99, conf)), doc, stands_in, province, city and province is None, toll)


def _day_of(doc, co: Contribution, start: int, end: int) -> str | None:
    """The date of a contribution (`Doc.date_of`); in English, a place told again in a paragraph that
    dates nothing (The fresh shelling targeted the old city of Damascus, after mortar shells struck
    Damascus on Sunday) is on the day the story last told it, not the report's day."""
    paragraph = co.clauses[0].paragraph
    date = doc.date_of(paragraph, start, end)
    told = doc.place_days.get(co.entry.id)
    if doc.eng.lang == "en" and told is not None and date == doc.report_date and paragraph not in doc.goes_on \
            and doc.date_for(start, end) is None:
        date = doc.last_dates[paragraph] = told
    if date is not None:
        doc.place_days[co.entry.id] = date
    return date


def _unshare_lone_members(contributions: list[Contribution]) -> None:
    """A count shared with an area that then gave way to the place inside it (near Kafr Zeita in
    the northern Hama countryside, 15 killed) belongs to that place alone."""
    members: dict[str, int] = defaultdict(int)
    for co in contributions:
        for group in {g for _, shared, g in co.counts if shared}:
            members[group] += 1
    for co in contributions:
        co.counts = [(cm, False, None) if shared and members[g] == 1 else (cm, shared, g) for cm, shared, g in co.counts]
