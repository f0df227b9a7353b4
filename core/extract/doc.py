"""The document every stage reads and writes: one run of report text in one language.

A `Doc` starts with the text, the engine of its language and the report-wide `State`; each stage
of `core.extract.pipeline.STAGES` adds its facts to it (tokens, lexicon hits, clauses, places,
counts, contributions). `Clause`, `PlaceMention` and `Contribution` are the parts it is made of.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from core.arabic import Normalized
from core.model import Evidence
from core.quantities import CountMention
from core.tokens import unquoted


@dataclass
class PlaceMention:
    """A gazetteer place named at tokens [first, last), with its cue word and list."""
    entry: object
    first: int
    last: int
    cut: int
    cue: str | None
    cue_first: int | None
    list_id: int
    ambiguous: bool
    generic: bool = False
    opener: bool = False
    area: bool = False
    candidates: tuple = ()


@dataclass(eq=False)
class Clause:
    """Tokens [first, last) of one clause and the facts read in it."""
    first: int
    last: int
    sentence: int
    paragraph: int
    places: list[PlaceMention] = field(default_factory=list)
    types: set = field(default_factory=set)
    weapons: set = field(default_factory=set)
    actors: list = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    massacre: bool = False
    generic: bool = False
    cue_tokens: list = field(default_factory=list)
    cue_chars: list | None = None
    unmapped: bool = False
    targeted: bool = False
    attacked: bool = False
    attack_objects: list = field(default_factory=list)
    """Tokens right after a verb of attack that names no weapon (attacked, types.csv carrier object):
    a place list opening there is what it hit."""
    scope_area: object | None = None
    air_named: bool = False
    """An air strike word of it is more than an unqualified air bombing word (غارة، warplanes; not قصف جوي)."""
    ground_fire: bool = False
    """Its only attack word is a generic shelling told with a side's forces as the attacker (قصفت قوات
    النظام، the regime forces shelled): ground fire, not the air attack told elsewhere of its place."""


@dataclass
class Contribution:
    """What the clauses of one sentence say about one place, before merging into an incident."""
    entry: object
    clauses: list[Clause]
    mention: PlaceMention | None
    types: set
    weapons: set
    actors: list
    counts: list  # (CountMention, shared, group)
    massacre: bool
    own_types: bool
    sentence: int
    date: str | None = None
    ctx_types: set = field(default_factory=set)
    ctx_actors: list = field(default_factory=list)


@dataclass(eq=False)
class Doc:
    """One run of text in one language; the fields after `state` are added by the stages."""
    eng: object
    text: str
    offset: int
    full: str
    report_date: str | None
    state: object
    norm: Normalized | None = None
    identity: bool = True
    tokens: list = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    dates: list[tuple[int, str]] = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)
    hits: dict = field(default_factory=dict)
    english_members: dict[int, tuple[int, int]] = field(default_factory=dict)
    list_of: dict[int, int] = field(default_factory=dict)
    asides: dict[int, int] = field(default_factory=dict)
    clauses: list[Clause] = field(default_factory=list)
    tok_clause: list[int] = field(default_factory=list)
    headlines: set[int] = field(default_factory=set)
    lead_sentence: int = -1
    """The first sentence outside the titles that gives a count (the counts stage sets it)."""
    period_tolls: set[int] = field(default_factory=set)
    """Sentences that tell a toll or a state of things over a period (aggregate cues: منذ توقيع الاتفاق، منذ عدة
    سنوات), not an incident (the counts stage sets them)."""
    listed_parts: set[int] = field(default_factory=set)
    """Sentences that are parts of a toll broken down under a cue (Iblin town: a family of five people):
    they go on with the story told before the cue (the counts stage sets them)."""
    additive: set[int] = field(default_factory=set)
    """Sentences that open by telling one more event (كما، وفي سياق آخر: the counts stage sets them)."""
    verbs: list[int] = field(default_factory=list)
    told_attacks: set[int] = field(default_factory=set)
    goes_on: dict[int, int] = field(default_factory=dict)
    """{paragraph: the paragraph before} for paragraphs that go on with its story (assembly sets them)."""
    last_dates: dict[int, str | None] = field(default_factory=dict)
    """{paragraph: the date of its last incident so far} (assembly sets them)."""
    place_days: dict[str, str] = field(default_factory=dict)
    """{entry id: the day its last incident was dated} (assembly sets them)."""
    blocked: dict[int, int] = field(default_factory=dict)
    locatives: list = field(default_factory=list)
    start_area: object | None = None
    place_hits: list[tuple] = field(default_factory=list)
    far_names: dict = field(default_factory=dict)
    """{name key: town} for names located far from every entry of theirs (`core.extract.far_homonyms`)."""
    starts_of: dict = field(default_factory=dict)
    """{hit kind: the tokens where hits of that kind start}, made when first asked (`Doc.starts_in`)."""
    mentions: list[PlaceMention] = field(default_factory=list)
    near_last: dict[int, int] = field(default_factory=dict)
    foreign_ends: set[int] = field(default_factory=set)
    places_index: tuple | None = None
    """`place_rules.places_index`, built once at assembly."""
    story: tuple = (frozenset(), (), -1)
    told_kinds: frozenset = frozenset()
    """The kinds of attack of the last sentence that named some (assembly sets them)."""
    title_story: tuple | None = None
    """(types, actors) of the first title of the run (or the placeless first sentence under the titles)
    that names an attack and its attacker, not over a period: the run is one news story
    (`actor_rules.story_actors`)."""
    kind_actors: dict = field(default_factory=dict)
    actor_marks: object | None = None

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Tokens [first, last) as a span of the whole report as written."""
        if self.identity:
            return self.tokens[first].start + self.offset, self.tokens[last - 1].end + self.offset
        s, e = self.norm.span(self.tokens[first].start, self.tokens[last - 1].end)
        return s + self.offset, e + self.offset

    def gap(self, i: int) -> str:
        """The normalised text between token i-1 and token i ('' before the first), without quote
        marks and brackets, which stand around names and part nothing."""
        if i <= 0:
            return ""
        gap = self.norm.text[self.tokens[i - 1].end:self.tokens[i].start]
        return gap if gap == " " else unquoted(gap)

    def same_line(self, i: int) -> bool:
        """No line break between token i and the one before: a title's last word (... on the
        Hama-Idlib front) is no cue for the first word of the next paragraph."""
        return "\n" not in self.gap(i)

    def starts_in(self, kind: str) -> set[int]:
        """The tokens where hits of `kind` start (made once per run)."""
        found = self.starts_of.get(kind)
        if found is None:
            found = self.starts_of[kind] = {h.first for h in self.hits[kind]}
        return found

    def is_headline(self, co: Contribution) -> bool:
        """True when every clause of the contribution is in a title paragraph."""
        return all(c.paragraph in self.headlines for c in co.clauses)

    def evidence(self, co: Contribution) -> Evidence:
        """The contribution's clauses as written in the report."""
        s, e = self.span(co.clauses[0].first, co.clauses[-1].last)
        return Evidence(s, e, self.full[s:e])

    def place_text(self, co: Contribution) -> str:
        """The place's name as the report writes it ('' for an area taken from the scope)."""
        pm = co.mention
        if pm is None:
            return ""
        s, e = self.span(pm.first, pm.last)
        return self.full[s:e]

    def cues(self, co: Contribution) -> list:
        """The highlighted words of the contribution's clauses, in the original text."""
        return [cs for c in co.clauses for cs in self.cue_chars(c)]

    def cue_chars(self, c: Clause) -> list:
        """The clause's highlighted words as (start, end, kind) in the original text, worked out
        once and only for clauses that reach an incident."""
        if c.cue_chars is None:
            c.cue_chars = [(*self.span(f, l), k) for f, l, k in c.cue_tokens]
        return c.cue_chars

    def date_for(self, pos: int, end: int) -> str | None:
        """The last date written in the paragraph up to the end of the clauses at [pos, end): an
        event note's date holds for its later sentences (none: the report date)."""
        k = bisect_right(self.date_starts, end)
        if not k:
            return None
        start, iso = self.dates[k - 1]
        return None if "\n" in self.norm.original[min(start, pos):max(start, pos)] else iso

    def date_of(self, paragraph: int, pos: int, end: int) -> str | None:
        """The date of clauses at [pos, end) of `paragraph`: the paragraph's own (`date_for`), else,
        when it goes on with the story of the paragraph before (وذكرت مصادر أن ...), the date that
        story had at that paragraph's end, else the report date."""
        own = self.date_for(pos, end)
        if own is None and paragraph in self.goes_on:
            own = self.last_dates.get(self.goes_on[paragraph])
        date = self.last_dates[paragraph] = own or self.report_date
        return date
