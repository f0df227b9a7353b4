"""What outlives one run of text: the running scope, the incidents merged so far (one per place and
date), list groups and the unresolved names. Runs and sections add to it in text order; a
section's state read by a worker is merged into the report's with the same rule (`State.absorb`)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from core.extract.area_tolls import day_apart, hand_to_the_place
from core.extract.count_merge import better, bound as _bound, merge_toll, size as _size
from core.extract.type_rules import KINDS_OF_SHELLING, families, final, merged
from core.extract.lead_totals import own_figure, prefer_parts
from core.extract.unresolved_names import UnresolvedNames
from core.gazetteer import km as _gz_km, to_place
from core.model import TYPES, Count, Incident, Mention
from core.places import TOWNS, Scope, contains, is_coarse

MAX_CUES = 400
NEAR_KM = 30
"""A title's city stands for the body's places this close to it (its suburbs and outskirts)."""


@dataclass
class Tally:
    """One incident as merged so far; killed / wounded are (Count, shared, group, headline)."""
    entry: object
    date: str | None
    place_text: str
    candidates: tuple
    types: set = field(default_factory=set)
    weapons: set = field(default_factory=set)
    actors: list = field(default_factory=list)
    killed: tuple | None = None
    wounded: tuple | None = None
    massacre: bool = False
    evidence: object = None
    evidence_has_counts: bool = False
    cues: set = field(default_factory=set)
    conf: float = 0.0
    headline: bool = True
    held: set = field(default_factory=set)
    """(kind, group) of every list count this place was given, kept or not."""
    stands_in: bool = False
    """A city named right after a part of it the gazetteer lacks (the Old City of Damascus, حي الوعر
    بحمص): it carries that part's incident, so its quarters named elsewhere do not replace it."""
    province: object = None
    """The governorate a capital named bare (في حلب, in Aleppo) may stand for, unless it is also named as
    a city (مدينة حلب, the city of Aleppo: `city_named`)."""
    city_named: bool = False
    owns: list = field(default_factory=list)
    """(kind, figure, position, Count, from the lead) of every exact figure this place was given as its own."""
    toll: bool = False
    """Its clauses tell who was killed or wounded there (with a figure or not)."""
    air_named: bool = False
    """An air strike of it was told by more than an unqualified air bombing word (`type_rules.final`)."""
    ground: bool = False
    """Some clause of it tells a side's forces' ground shelling (`Clause.ground_fire`)."""
    additive: bool = False
    """Its sentence tells one more event (`Doc.additive`): its toll adds to the incident's."""


class State:
    """The report's incidents, scope, groups and unresolved names."""

    def __init__(self):
        self.scope = Scope()
        self.acc: dict[tuple, Tally] = {}
        self.order: list[tuple] = []
        self.place_ids: set[str] = set()
        self.groups = 0
        self.long_sentences = 0
        self.names = UnresolvedNames()

    @property
    def unresolved(self) -> list[Mention]:
        """The names listed as not mapped so far, in the order they were listed."""
        return list(self.names.by_span.values())

    def note_unresolved(self, full: str, s: int, e: int, *, same_start: bool = False) -> None:
        self.names.note(full, s, e, same_start=same_start)

    def widen_unresolved(self, full: str, s: int, e: int) -> None:
        self.names.widen(full, s, e)

    def unresolved_around(self, s: int, e: int) -> list[tuple[int, int]]:
        return self.names.around(s, e)

    def new_group(self) -> str:
        """A new id for the places that share a list's count."""
        self.groups += 1
        return f"g{self.groups}"

    def add(self, c, confidence: float, doc, stands_in: bool = False, province=None, city_named=False,
            toll=False) -> None:
        """Merge a contribution into the incident of its place and date. Evidence, highlights and
        the place's wording are asked of `doc` only when this incident still needs them."""
        headline = doc.is_headline(c)
        b = Tally(c.entry, c.date, "", (), c.types, c.weapons, c.actors, massacre=c.massacre,
                  evidence_has_counts=bool(c.counts) and c.mention is not None, conf=confidence, headline=headline,
                  stands_in=stands_in, province=province, city_named=city_named,
                  toll=toll, air_named=_air_named(c), ground=any(cl.ground_fire for cl in c.clauses),
                  additive=c.sentence in doc.additive)
        for cm, shared, group in c.counts:
            mention = (cm.count, shared, group, headline)
            if shared:
                b.held.add((cm.kind, group))
            elif not headline:
                own_figure(b, cm.kind, cm.count, doc.tokens[cm.first].start + doc.offset,
                           doc.offset == 0 and c.sentence == doc.lead_sentence)
            setattr(b, cm.kind, mention if getattr(b, cm.kind) is None else better(getattr(b, cm.kind), mention))
        a = self._tally((c.entry.id, c.date), b, lambda: doc.place_text(c),
                        lambda: c.mention.candidates or (c.entry,) if c.mention is not None else (c.entry,))
        _merge(a, b, lambda: doc.evidence(c), lambda: doc.cues(c))

    def absorb(self, other: "State") -> None:
        """Merge the state of the next section: its incidents into those of the same place and date,
        its groups renumbered after ours, its unresolved mentions after ours."""
        shift = self.groups
        self.long_sentences += other.long_sentences
        self.names.absorb(other.names)
        for key in other.order:
            b = other.acc[key]
            for kind in ("killed", "wounded"):
                m = getattr(b, kind)
                if m is not None and m[2] is not None and shift:
                    setattr(b, kind, (*m[:2], f"g{int(m[2][1:]) + shift}", *m[3:]))
            b.held = {(kind, f"g{int(g[1:]) + shift}") for kind, g in b.held}
            a = self._tally(key, b, lambda: b.place_text, lambda: b.candidates)
            _merge(a, b, lambda: b.evidence, lambda: b.cues)
        self.groups += other.groups

    def _tally(self, key: tuple, b: Tally, place_text: Callable, candidates: Callable) -> Tally:
        """The incident of `key`, begun empty when it is new."""
        a = self.acc.get(key)
        if a is None:
            a = self.acc[key] = Tally(b.entry, b.date, place_text(), candidates())
            self.order.append(key)
            self.place_ids.add(b.entry.id)
        return a

    def portable(self) -> "State":
        """This state made cheap to send from a worker: entries by id, no scope."""
        self.scope = None
        for a in self.acc.values():
            a.entry = a.entry.id
            a.candidates = tuple(e.id for e in a.candidates)
            a.province = a.province and a.province.id
        return self

    def restore(self, gz) -> None:
        """Undo `portable` with the entries of `gz`."""
        for a in self.acc.values():
            a.entry = gz.get(a.entry)
            a.candidates = tuple(gz.get(i) for i in a.candidates)
            a.province = a.province and gz.get(a.province)

    def _summary_only(self, a: Tally, fine: dict, memo: dict) -> bool:
        """An area named to locate, to frame a total or to head a list of its own parts, when the
        report names places inside it: تستمر المعارك على جبهات الغوطة الشرقية; a title (مقتل 4
        أشخاص في قصف على ريف إدلب; for a title, also places around it or of its name: strikes near
        Damascus / Kisweh); with figures of its own in the body, when a place inside it tells its
        dead or wounded (11 killed in an artillery attack in Aleppo province ... Tal Rifaat; استشهد
        أكثر من ثلاثين مدنياً في حلب ... براميل على حي كرم الجبل ما أسفر عن استشهاد خمسة). A capital
        named only bare is also its governorate (Tal Ref'at city in Aleppo; قصف على دير الزور ...
        البوكمال). The places carry the events. `fine`: {(id, `day_apart`): (entry, whether it tells a toll)}
        of the report's places that are no area; `memo`: {(area ids, day): the tolls of the places inside}."""
        entry = a.entry
        if not is_coarse(entry) or a.stands_in:
            return False
        areas = (entry, a.province) if a.province is not None and not a.city_named else (entry,)
        ids = (tuple(e.id for e in areas), day_apart(a.date))
        if ids not in memo:
            memo[ids] = {toll for (_, day), (b, toll) in fine.items() if day == ids[1] and any(contains(x, b) for x in areas)}
        if any(m is not None and not m[3] for m in (a.killed, a.wounded)):
            return any(memo[ids])
        near = a.candidates if a.headline else ()
        return bool(memo[ids]) or any(km(e, b) <= NEAR_KM for e in near for b, _ in fine.values())

    def _titles_into_bodies(self) -> set[tuple]:
        """27 قتيلاً بتفجيرات السويداء over a body dated أمس: a place named only in the title, on a day
        the body gives no incident there, is the body's incident at that place when the body has
        exactly one. Gives the keys of the titles' incidents merged so."""
        body: dict[str, list[tuple]] = defaultdict(list)
        for k in self.order:
            if not self.acc[k].headline:
                body[k[0]].append(k)
        gone = set()
        for k in self.order:
            a = self.acc[k]
            if a.headline and len(body[k[0]]) == 1:
                _merge(self.acc[body[k[0]][0]], a, lambda: a.evidence, lambda: a.cues)
                gone.add(k)
        return gone

    def _hand_downs(self, keys: list[tuple]) -> set[tuple]:
        """12 killed in rocket fire on neighbourhoods of Aleppo ... shells hit Meysaloun, al-Masharqa and
        al-Azamiyeh: a town's count on a day goes, shared, to the places inside it the report names
        after it that day for the same kind of attack with no count of their own (an exact figure or a
        bound, at least 20: not a title's count, nor a mere "martyrs and wounded", nor the count of a
        part the city stands for); the town then is no incident. Gives the keys of such towns."""
        pos = {k: n for n, k in enumerate(keys)}
        near: dict[tuple, list] = defaultdict(list)
        for k in keys:
            e = self.acc[k].entry
            near[(k[1], getattr(e, "parent_id", None))].append(k)
            if e.level == "neighbourhood":
                near[(k[1], "nb", e.governorate)].append(k)
        gone = set()
        for k in keys:
            a = self.acc[k]
            body = [m if m is not None and not m[3] else None for m in (a.killed, a.wounded)]
            if a.entry.level not in TOWNS or all(m is None or m[0].vague and not _bound(m[0]) for m in body) \
                    or not a.types or a.stands_in:
                continue
            around = near[(k[1], a.entry.id)] + (near[(k[1], "nb", a.entry.governorate)] if a.entry.level == "city" else [])
            inside = [self.acc[b] for b in dict.fromkeys(around) if pos[b] > pos[k] and contains(a.entry, self.acc[b].entry)]
            lacking = [b for b in inside if b.killed is None and b.wounded is None]
            if not lacking or any(not families(b.types) & families(a.types) for b in lacking):
                continue
            group = self.new_group() if len(lacking) > 1 else None
            for b in lacking:
                b.killed, b.wounded = (m and (m[0], group is not None, group, False) for m in body)
            gone.add(k)
        return gone

    def finish(self) -> list[Incident]:
        """The incidents in order of first mention, area summaries left out."""
        out = []
        gone = self._titles_into_bodies()
        gone |= self._hand_downs([k for k in self.order if k not in gone])
        gone |= hand_to_the_place(self, [k for k in self.order if k not in gone], families)
        fine, memo = {}, {}
        for b in self.acc.values():
            if not is_coarse(b.entry):
                toll, k = b.toll or b.killed is not None or b.wounded is not None, (b.entry.id, day_apart(b.date))
                fine[k] = (b.entry, toll or fine.get(k, (None, False))[1])
        keys = [k for k in self.order if k not in gone and not self._summary_only(self.acc[k], fine, memo)]
        _drop_summed_groups([self.acc[k] for k in keys])
        prefer_parts([self.acc[k] for k in keys])
        for n, key in enumerate(keys, 1):
            a = self.acc[key]
            killed, kgroup = _pick(a.killed)
            wounded, wgroup = _pick(a.wounded)
            out.append(Incident(
                id=f"i{n}", place=to_place(a.entry), types=_ordered_types(final(a.types, a.air_named)),
                weapons=tuple(sorted(a.weapons)), actors=tuple(a.actors),
                killed=killed, wounded=wounded, massacre=a.massacre, evidence=a.evidence,
                confidence=round(a.conf, 2), group=kgroup or wgroup, date=_iso(a.date),
                place_text=a.place_text, cues=tuple(sorted(a.cues))))
        return out


def _iso(day: str | None) -> str | None:
    """An incident's date as given out: none for a day told only relative to an unknown report date."""
    return None if day is None or day.startswith("~") else day


def _merge(a: Tally, b: Tally, evidence: Callable, cues: Callable) -> None:
    """The one merge of incident facts: `b` (a contribution's, or another section's incident) into
    `a`. Evidence with counts wins over evidence without (a clause naming the place over "the
    other targeted areas"); `evidence` and `cues` are asked only when needed."""
    a.headline = a.headline and b.headline
    a.stands_in = a.stands_in or b.stands_in
    a.province = a.province or b.province
    a.city_named = a.city_named or b.city_named
    a.toll = a.toll or b.toll
    a.air_named = a.air_named or b.air_named
    a.types = merged(a.types, b.types, a.ground or b.ground)
    a.ground = a.ground or b.ground
    a.weapons |= b.weapons
    a.actors += [x for x in b.actors if x not in a.actors]
    for kind in ("killed", "wounded"):
        merge_toll(a, b, kind)
    a.massacre |= b.massacre
    a.held |= b.held
    a.owns += b.owns
    if a.evidence is None or (b.evidence_has_counts and not a.evidence_has_counts):
        a.evidence = evidence()
        a.evidence_has_counts = b.evidence_has_counts
    if len(a.cues) < MAX_CUES:
        a.cues.update(cues())
    a.conf = max(a.conf, b.conf)


def km(a, b) -> float:
    """Distance in km between two gazetteer entries (inf when one has no point)."""
    if a.lat is None or b.lat is None:
        return float("inf")
    return _gz_km(a.lat, a.lon, b.lat, b.lon)


def _drop_summed_groups(tallies: list[Tally]) -> None:
    """استشهد 18 مدنياً وجرح آخرون ... الأتارب وقبتان الجبل والجينة, then 10 in Jeineh and 5 in Qabtan:
    a list's count that two members or more replaced with their own figures of that kind, adding up
    to at least half of it, was the sum of the parts, so the members left without their own keep none
    (one member's own figure is only a part: the hospital's 43 of the 184 in Jableh and Tartus)."""
    parts: dict[tuple, int] = defaultdict(int)
    members: dict[tuple, int] = defaultdict(int)
    totals: dict[tuple, int] = {}
    for t in tallies:
        for kind in ("killed", "wounded"):
            m = getattr(t, kind)
            if m is not None and m[1]:
                totals[(kind, m[2])] = _size(m[0])
        for kind, group in t.held:
            m = getattr(t, kind)
            if m is not None and not m[1] and not m[3]:
                parts[(kind, group)] += _size(m[0])
                members[(kind, group)] += 1
    summed = {key for key, n in parts.items() if members[key] > 1 and 2 * n >= totals.get(key, 0)}
    for t in tallies:
        for kind in ("killed", "wounded"):
            m = getattr(t, kind)
            if m is not None and m[1] and (kind, m[2]) in summed:
                setattr(t, kind, None)


def _air_named(c) -> bool:
    """Whether a contribution's air strike is told by more than unqualified air bombing words: by a
    strike word of its clauses, or by the sentence before (its clauses tell no air strike)."""
    told = [cl for cl in c.clauses if "airstrike" in cl.types]
    return any(cl.air_named for cl in told) or "airstrike" in c.types and not told


def _pick(mention: tuple | None) -> tuple[Count | None, str | None]:
    """The incident's count and, when it is a list's shared count, the list's group id."""
    if mention is None:
        return None, None
    count, shared, group, _ = mention
    if shared:
        count = Count(count.low, count.best, count.high, count.vague, count.text, True)
    return count, group if shared else None


def _ordered_types(types: set) -> tuple[str, ...]:
    """Types in contract order; unqualified shelling is dropped when the kind of shelling is known."""
    if types & KINDS_OF_SHELLING:
        types = types - {"shelling"}
    return tuple(t for t in TYPES if t in types)
