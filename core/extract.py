"""Report text -> located incidents (`core.model.Extraction`).

The text is normalised (offsets kept), cut into words, and every lexicon phrase and gazetteer
name is looked up at once. Sentences are cut into clauses at punctuation and at connectives
(كما، فيما، في حين، while...). A clause with places makes one contribution per place; a clause
without places adds to the places before it (or, for "the other targeted areas", to the area in
scope). Counts go to the place they stand next to; a count given after a list of places stays
shared by the list. Contributions for the same place and date are merged into one incident.
"""
from __future__ import annotations

import gc
import os
import pickle
import re
import threading
from bisect import bisect_right
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Callable

from core import lexicon
from core.arabic import Normalized, name_key, norm, normalize, strip_al
from core.dates import calendar_words, find_dates, report_date as find_report_date
from core.gazetteer import km, load_default, to_place
from core.langdetect import arabic_letters, latin_letters, paragraphs
from core.matcher import Hit, PhraseMatcher
from core.model import TYPES, Count, Evidence, Extraction, Incident, Mention, ReportInfo
from core.places import Scope, choose, contains, fits_cue, is_coarse, same_governorate, sets_scope
from core.quantities import CountMention, CountReader, may_count
from core.tokens import Token, ar_key, en_word_key, tokenize
from core.translit import ARTICLES, en_key

MAX_CHARS = 20_000_000
MAX_CUES = 400
CHUNK_CHARS = 50_000
PARALLEL_MIN_CHARS = 300_000
_SENTENCE_ENDS, _CLAUSE_ENDS = ".!?؟\n", "،,؛;:"
_SENTENCE_GAP = re.compile(f"[{_SENTENCE_ENDS}]")
_CLAUSE_GAP = re.compile(f"[{_CLAUSE_ENDS}]")
_ANY_GAP = re.compile(f"[{_SENTENCE_ENDS}{_CLAUSE_ENDS}]")
_PARAGRAPH_GAP = re.compile(r"\n")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_COMMA = re.compile("[,،]")
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
"""Control characters other than line and page breaks, and the replacement character."""
_AREA_CUES = frozenset({"منطقة", "area"})
"""وفي منطقة الحولة: a town named as an area that opens a clause scopes the places after it."""
_QUARTERS_OF = frozenset({"أحياء", "neighbourhoods", "neighborhoods"})
"""Plural quarter cues that, before a city's name, mean the quarters of that city (أحياء حمص)."""
_DISTRICT_WORDS = frozenset({"district", "districts"})
"""A city quarter in these reports, but before a name with no quarter of that name, the unit named
after a town (Rajo district, Harem district)."""
_PAIR_CUES = frozenset({"حيي", "بلدتي", "قريتي", "مدينتي", "حيا", "بلدتا", "قريتا", "مدينتا", "ريفي"})
"""Dual cues (حيي الجورة والقصور، ريفي حماة وإدلب): the names of both places follow them, so the
first alone does not say where the places before it are."""
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ar|as|ash|ad|az|at|an)-")
_FIELD_LABEL = re.compile(r"[^\W\d_][\w'-]*(?: [\w'-]+){0,3}: *\S")
"""A record's field line: up to four words and a colon, then its value (Civilians reported killed: 12)."""


class InputError(ValueError):
    """The input is not a report we can read (empty, binary, too large)."""


def check_text(text) -> str:
    """The text if it is a readable report, else InputError with a one-line reason."""
    if not isinstance(text, str):
        raise InputError("the report must be text")
    if not text.strip():
        raise InputError("the report is empty")
    if len(text) > MAX_CHARS:
        raise InputError(f"the report has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    sample = text[:200_000]
    bad = len(_BINARY_CHARS.findall(sample))
    if "\x00" in sample or bad > max(8, len(sample) // 50):
        raise InputError("the input looks like binary data, not a text report")
    return text


# --------------------------------------------------------------------------- engine

@dataclass
class Engine:
    """Lexicons and gazetteer names of one language, compiled for lookup."""
    lang: str
    matcher: PhraseMatcher
    fillers: frozenset[str]
    en_places: dict[str, list] = field(default_factory=dict)
    en_prefixes: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    en_max_words: int = 5
    links: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    scope_openers: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()
    parenthetical: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    opponents: frozenset[str] = frozenset()
    governorates: dict = field(default_factory=dict)
    preposition_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    background: frozenset[str] = frozenset()


def _gazetteer(gazetteer):
    return gazetteer if gazetteer is not None else load_default()


@lru_cache(maxsize=8)
def engine(lang: str, gazetteer) -> Engine:
    """The compiled engine for `lang` over `gazetteer` (cached: built once per process)."""
    rows = lexicon.load(lang)
    if lang == "ar":
        matcher = PhraseMatcher(ar_key)
        key = name_key
    else:
        matcher = PhraseMatcher(en_word_key)

        def key(phrase: str) -> str:
            return "".join(en_word_key(w) for w in normalize(phrase).text.split())
    add = matcher.add
    for r in rows.get("types", ()):
        t = r.values.get("type")
        add(key(r.phrase), "type", (t if t and t != "none" else None, r.values.get("weapon") or None,
                                    r.values.get("carrier") == "yes"), r.phrase)
    for r in rows.get("actors", ()):
        add(key(r.phrase), "actor", r.values["actor"], r.phrase)
    for r in rows.get("casualties", ()):
        n = r.values.get("number")
        add(key(r.phrase), "casualty", (r.values["kind"], int(n) if n else None, r.values.get("verb") == "yes"), r.phrase)
    for r in rows.get("quantities", ()):
        v = r.values.get("value", "")
        add(key(r.phrase), "article" if r.values["kind"] == "article" else "quantity",
            (r.values["kind"], int(v) if v.isdigit() else (v or None)), r.phrase)
    for name, kind, col in (("place_cues", "cue", "level"), ("not_places", "not_place", "kind"),
                            ("massacre", "massacre", None), ("clause_breaks", "break", None),
                            ("generic_places", "generic", None), ("victim_cues", "victim", "when"),
                            ("locatives", "locative", None), ("common_words", "common", None),
                            ("directions", "direction", "when"), ("anaphors", "anaphor", "level"),
                            ("aggregate_cues", "aggregate", "scope"), ("target_verbs", "target", None),
                            ("foreign_forces", "foreign", None)):
        for r in rows.get(name, ()):
            add(key(r.phrase), kind, r.values.get(col) if col else True, r.phrase)
    fillers = frozenset(key(r.phrase) for r in rows.get("count_fillers", ()))
    gz = _gazetteer(gazetteer)
    if lang == "ar":
        for k, entries in gz.ar_index.items():
            for e in entries:
                add(k, "place", e, e.name_ar)
    heads = frozenset(key(r.phrase) if lang != "ar" else strip_al(norm(r.phrase)) for r in rows.get("compound_heads", ()))
    words = rows.get("function_words", ())

    def role(name: str) -> frozenset[str]:
        return frozenset(key(r.phrase) for r in words if r.values.get("role") == name)
    en_places = gz.en_index if lang != "ar" else {}
    en_prefixes = frozenset(k[:i] for k in en_places for i in range(1, len(k) + 1))
    governorates = {name_key(e.name_ar): e for e in gz if e.level == "governorate"}
    prepositions = frozenset(k for r in rows.get("locatives", ()) if " " not in r.phrase
                             for k in (key(r.phrase),) if k not in ARTICLES)
    return Engine(lang, matcher, fillers, en_places, en_prefixes, heads, preposition_words=prepositions,
                  links=role("link"), conjunctions=role("conjunction"), scope_openers=role("scope_opener"),
                  compass=role("compass"), parenthetical=role("parenthetical"), reporting=role("reporting"), sources=role("source"),
                  opponents=role("opponent"), governorates=governorates, name_particles=role("name_particle"),
                  background=role("background"))


# --------------------------------------------------------------------------- structure

@dataclass
class PlaceMention:
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
    scope_area: object | None = None


@dataclass
class Contribution:
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


def _segment(tokens: list[Token], starts: list[int], text: str, breaks: set[int], place_ends: set[int],
             place_starts: set[int], glued: set[int] = frozenset()) -> list[Clause]:
    """Clauses: cut at sentence and clause punctuation and before connectives, but not at the
    commas of a list of places (Zamalka, Kafr Batna and Saqba) nor between a casualty word and
    its figure in a table-like line (killed: 4)."""
    clauses: list[Clause] = []
    sentence = paragraph = 0
    start = 0
    n = len(tokens)
    cuts = set(map(partial(bisect_right, starts), map(re.Match.start, _ANY_GAP.finditer(text))))
    cuts |= breaks
    for i in sorted(c for c in cuts if 0 < c < n):
        new_par, new_sent, clause_gap, bare = _gap_kind(text[tokens[i - 1].end:tokens[i].start])
        if i in glued and bare == ":":
            continue
        comma_list = bare in ("،", ",") and i in place_ends and i in place_starts
        if not (new_sent or (clause_gap and not comma_list) or i in breaks):
            continue
        clauses.append(Clause(start, i, sentence, paragraph))
        start = i
        sentence += new_sent
        paragraph += new_par
    clauses.append(Clause(start, n, sentence, paragraph))
    return clauses


@lru_cache(maxsize=10_000)
def _gap_kind(gap: str) -> tuple[bool, bool, bool, str]:
    """(new paragraph, new sentence, clause punctuation, the gap without spaces) of a gap between
    words; the same few gaps (", ", ".\n") recur throughout a text."""
    new_par = bool(_PARAGRAPH_GAP.search(gap))
    return new_par, new_par or bool(_SENTENCE_GAP.search(gap)), bool(_CLAUSE_GAP.search(gap)), gap.strip()


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then leftmost."""
    chosen: list[Hit] = []
    used: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.first - h.last, h.first)):
        f, l = h.first, h.last
        if l - f == 1:
            if f in used:
                continue
            used.add(f)
        elif used.isdisjoint(range(f, l)):
            used.update(range(f, l))
        else:
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: h.first)
    return chosen


def _english_place_hits(eng: Engine, tokens: list[Token]) -> list[Hit]:
    """Place names in English text, from a capitalised word (or al-, el-...) on: each longer run of
    joined words is looked up by its transliteration key while it can still begin a known name.
    A capitalised preposition opening a sentence (In Tal Abyad) begins no name: "In" is not Ain;
    a possessive 's is no part of a name (Raqqa's old city)."""
    hits = []
    n = len(tokens)
    places, prefixes, prepositions = eng.en_places, eng.en_prefixes, eng.preposition_words
    starts = [i for i, tok in enumerate(tokens)
              if (tok.upper or "-" in tok.text and _ARTICLE_PREFIX.match(tok.text)) and tok.key not in prepositions]
    for i in starts:
        name = ""
        for j in range(i, min(n, i + eng.en_max_words)):
            if j > i and not tokens[j].joined:
                break
            word = tokens[j].text
            name += (" " if j > i else "") + (word[:-2] if word.endswith("'s") and len(word) > 3 else word)
            key = en_key(name)
            found = places.get(key)
            if found:
                for e in found:
                    hits.append(Hit(i, j + 1, 0, "place", e, name))
            if key not in prefixes and tokens[j].key not in ARTICLES:
                break
    return hits


# --------------------------------------------------------------------------- main entry

def extract(text: str, *, lang: str | None = None, date: str | None = None, gazetteer=None,
            progress: Callable[[float, str], None] | None = None) -> Extraction:
    """Every located incident of a report, with evidence offsets into `text` as given."""
    check_text(text)
    with _no_gc():
        return _extract(text, lang, date, gazetteer, progress)


@contextmanager
def _no_gc():
    """Extraction allocates millions of small acyclic objects; the cyclic collector would make
    its time grow faster than the text."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _extract(text, lang, date, gazetteer, progress) -> Extraction:
    gz = _gazetteer(gazetteer)
    report_date = date or find_report_date(text)
    sections = list(_chunks(text, 0, len(text)))
    state = _State()
    job = _Job(text, lang, report_date, gz, sections)
    counts = []
    for k, (part, letters) in enumerate(_read_sections(job)):
        state.absorb(part)
        counts.append(letters)
        if progress:
            progress((k + 1) / len(sections), f"read {sections[k][1]:,} of {len(text):,} characters")
    arabic = sum(ar for ar, _ in counts)
    latin = sum(n if n is not None else latin_letters(text[slice(*sections[k])])
                for k, (_, n) in enumerate(counts)) if arabic else 0
    report_lang = lang or ("ar" if arabic > latin else "en")
    return Extraction(ReportInfo(report_lang, report_date, len(text)), tuple(state.finish()),
                      tuple(state.unresolved))


def _chunks(text: str, start: int, end: int, size: int = CHUNK_CHARS):
    """[start, end) cut at paragraph breaks into pieces of about `size` characters, so memory and
    time stay proportional to the text and long reports can show progress."""
    while end - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.find("\n", start + size)
            if cut < 0 or cut >= end:
                break
        yield start, cut + 1
        start = cut + 1
    yield start, end


@dataclass
class _Job:
    """What every section of one extraction reads from (handed to forked workers by inheritance).
    A section (one of `_chunks`) is read on its own: its language runs, scope and merging start
    afresh, so sections can be read in parallel and the result never depends on the number of cores."""
    text: str
    lang: str | None
    report_date: str | None
    gz: object
    sections: list


_JOB: _Job | None = None


def _read_section(k: int, job: _Job | None = None) -> tuple["_State", tuple[int, int | None]]:
    """The state of section k, and its Arabic and Latin letter counts for the report's language
    (Latin None for a section without Arabic: only a mixed report needs it, and counting costs)."""
    job = job or _JOB
    s, e = job.sections[k]
    part = job.text[s:e]
    arabic = arabic_letters(part)
    latin = latin_letters(part) if arabic else None
    state = _State()
    main = "ar" if arabic > (latin or 0) else "en"
    if job.lang or not (arabic and latin):
        runs = [(0, len(part), job.lang or main)]  # one script: one run, no need to judge each line
    else:
        runs = _language_runs(part, main)
    for rs, re_, run_lang in runs:
        run = part[rs:re_]
        if run.strip():
            _Reader(engine(run_lang, job.gz), run, s + rs, job.text, job.report_date, state).run()
    return (state.portable() if job is _JOB else state), (arabic, latin)


def _workers(job: _Job) -> int:
    """Processes to read a long text with: forked workers only where forking is safe (no other
    thread alive, as under the CLI) and worth its cost; 1 means read here."""
    if len(job.sections) < 2 or len(job.text) < PARALLEL_MIN_CHARS or not hasattr(os, "fork"):
        return 1
    if threading.active_count() > 1:
        return 1
    wanted = os.environ.get("INCIDENT_MAP_WORKERS")
    n = int(wanted) if wanted and wanted.isdigit() else (len(os.sched_getaffinity(0))
                                                          if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return max(1, min(n, len(job.sections)))


def _read_sections(job: _Job):
    """Each section's state and letter counts, in text order."""
    workers = _workers(job)
    if workers < 2:
        yield from (_read_section(k, job) for k in range(len(job.sections)))
        return
    for lang in (job.lang,) if job.lang else ("ar", "en"):
        engine(lang, job.gz)
    done = _forked(job, workers)
    for k in range(len(job.sections)):
        yield done[k] if k in done else _read_section(k, job)


def _forked(job: _Job, workers: int) -> dict:
    """{section: (state, letters)} read by forked children. The section numbers wait in a pipe and
    each child takes the next one when it is free, so the cores finish together however unevenly
    the sections cost; each child sends its results back pickled through a pipe. Sections of a
    worker that could not be forked or died are missing, and are read here."""
    global _JOB
    _JOB = job
    children = []
    tasks_r, tasks_w = os.pipe()
    try:
        with os.fdopen(tasks_w, "wb") as f:
            f.write(b"".join(k.to_bytes(_TASK_BYTES, "little") for k in range(len(job.sections))))
        for _ in range(workers):
            try:
                r, wfd = os.pipe()
                pid = os.fork()
            except OSError:
                break
            if pid == 0:
                os.close(r)
                code = 0
                try:
                    out = [(k, _read_section(k)) for k in _claimed(tasks_r)]
                    with os.fdopen(wfd, "wb") as f:
                        pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            os.close(wfd)
            children.append((pid, r))
        done = {}
        for pid, r in children:
            with os.fdopen(r, "rb") as f:
                try:
                    done.update(pickle.load(f))
                except (EOFError, pickle.UnpicklingError):
                    pass
            os.waitpid(pid, 0)
        children = []
        for state, _ in done.values():
            state.restore(job.gz)
        return done
    finally:
        _JOB = None
        os.close(tasks_r)
        for pid, _ in children:
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass


_TASK_BYTES = 4
"""Size of one section number in the task pipe: reads this small are never split between readers."""


def _claimed(fd: int):
    """Section numbers taken one at a time from the task pipe, until it is empty."""
    while True:
        record = os.read(fd, _TASK_BYTES)
        while record and len(record) < _TASK_BYTES:
            more = os.read(fd, _TASK_BYTES - len(record))
            if not more:
                return
            record += more
        if not record:
            return
        yield int.from_bytes(record, "little")


def _language_runs(text: str, default: str) -> list[tuple[int, int, str]]:
    """Consecutive paragraphs of one language, so a mixed report is read with both lexicons."""
    runs: list[list] = []
    for s, e, lg in paragraphs(text):
        if runs and runs[-1][2] == lg:
            runs[-1][1] = e
        else:
            runs.append([s, e, lg])
    if not runs:
        return [(0, len(text), default)]
    runs[0][0] = 0
    runs[-1][1] = len(text)
    for a, b in zip(runs, runs[1:]):
        b[0] = a[1]
    return [tuple(r) for r in runs]


def _sentence_dates(text: str, report_date: str | None, normalized: Normalized) -> list[tuple[int, str]]:
    """(offset, YYYY-MM-DD) of each full event date in `text`, background dates ("since ...") left out."""
    return [(d.start, d.iso) for d in find_dates(text, ref=report_date, normalized=normalized)
            if d.iso and len(d.iso) == 10 and not d.background]


class _State:
    """What outlives one language run: the scope, the merged incidents, the unresolved list."""

    def __init__(self):
        self.scope = Scope()
        self.acc: dict[tuple, dict] = {}
        self.order: list[tuple] = []
        self.place_ids: set[str] = set()
        self.groups = 0
        self.unresolved: list[Mention] = []
        self._unresolved_starts: set[int] = set()
        self._unresolved_spans: set[tuple[int, int]] = set()

    def note_unresolved(self, full: str, s: int, e: int, *, same_start: bool = False) -> None:
        """List full[s:e] as not mapped, unless it is listed already (at the same start, or the same span)."""
        if s in self._unresolved_starts if same_start else (s, e) in self._unresolved_spans:
            return
        self._unresolved_starts.add(s)
        self._unresolved_spans.add((s, e))
        self.unresolved.append(Mention(full[s:e], s, e))

    def new_group(self) -> str:
        self.groups += 1
        return f"g{self.groups}"

    def add(self, c: Contribution, confidence: float, reader: "_Reader"):
        """Merge a contribution into the incident of its place and date. Evidence, highlights and
        the place's wording are asked of `reader` only when this incident still needs them."""
        key = (c.entry.id, c.date)
        a = self.acc.get(key)
        if a is None:
            a = self.acc[key] = {"entry": c.entry, "types": set(), "weapons": set(), "actors": [],
                                 "killed": None, "wounded": None, "massacre": False, "evidence": None,
                                 "cues": set(), "place_text": reader.place_text(c), "conf": 0.0, "date": c.date,
                                 "evidence_has_counts": False, "headline": True,
                                 "candidates": c.mention.candidates or (c.entry,) if c.mention is not None else (c.entry,)}
            self.order.append(key)
            self.place_ids.add(c.entry.id)
        headline = reader.is_headline(c)
        a["headline"] = a["headline"] and headline
        a["types"] |= c.types
        a["weapons"] |= c.weapons
        a["actors"] += [x for x in c.actors if x not in a["actors"]]
        for cm, shared, group in c.counts:
            mention = (cm.count, shared, group, headline)
            a[cm.kind] = mention if a[cm.kind] is None else _better(a[cm.kind], mention)
        a["massacre"] |= c.massacre
        has_counts = bool(c.counts)
        if a["evidence"] is None or (has_counts and not a["evidence_has_counts"]):
            a["evidence"] = reader.evidence(c)
            a["evidence_has_counts"] = has_counts
        if len(a["cues"]) < MAX_CUES:
            a["cues"].update(reader.cues(c))
        a["conf"] = max(a["conf"], confidence)

    def portable(self) -> "_State":
        """This state made cheap to send from a worker: entries by id, no scope."""
        self.scope = None
        for a in self.acc.values():
            a["entry"] = a["entry"].id
            a["candidates"] = tuple(e.id for e in a["candidates"])
        return self

    def restore(self, gz) -> None:
        """Undo `portable` with the entries of `gz`."""
        for a in self.acc.values():
            a["entry"] = gz.get(a["entry"])
            a["candidates"] = tuple(gz.get(i) for i in a["candidates"])

    def absorb(self, other: "_State") -> None:
        """Merge the state of the next section: its incidents into those of the same place and date,
        its groups renumbered after ours, its unresolved mentions after ours."""
        shift = self.groups
        self.unresolved += other.unresolved
        self._unresolved_starts |= other._unresolved_starts
        self._unresolved_spans |= other._unresolved_spans
        for key in other.order:
            b = other.acc[key]
            for kind in ("killed", "wounded"):
                if b[kind] is not None and b[kind][2] is not None and shift:
                    b[kind] = (*b[kind][:2], f"g{int(b[kind][2][1:]) + shift}", *b[kind][3:])
            a = self.acc.get(key)
            if a is None:
                self.acc[key] = b
                self.order.append(key)
                self.place_ids.add(b["entry"].id)
                continue
            a["headline"] = a["headline"] and b["headline"]
            a["types"] |= b["types"]
            a["weapons"] |= b["weapons"]
            a["actors"] += [x for x in b["actors"] if x not in a["actors"]]
            for kind in ("killed", "wounded"):
                if b[kind] is not None:
                    a[kind] = b[kind] if a[kind] is None else _better(a[kind], b[kind])
            a["massacre"] |= b["massacre"]
            if b["evidence_has_counts"] and not a["evidence_has_counts"]:
                a["evidence"], a["evidence_has_counts"] = b["evidence"], True
            if len(a["cues"]) < MAX_CUES:
                a["cues"] |= b["cues"]
            a["conf"] = max(a["conf"], b["conf"])
        self.groups += other.groups

    def _summary_only(self, a: dict) -> bool:
        """An area-wide line with no figures (تستمر المعارك على جبهات الغوطة الشرقية), or a title
        (مقتل 4 أشخاص في قصف على ريف إدلب), when the report also names places inside that area
        (for a title, also around it or a place of its name: strikes near Damascus / Kisweh,
        shelling on Manbij countryside / Arima): the places carry the events."""
        entry = a["entry"]
        if not is_coarse(entry) or (a["killed"] or a["wounded"]) and not a["headline"]:
            return False
        near = a["candidates"] if a["headline"] else ()
        return any(contains(entry, b["entry"]) or any(_km(e, b["entry"]) <= NEAR_KM for e in near)
                   for b in self.acc.values() if not is_coarse(b["entry"]))

    def finish(self) -> list[Incident]:
        out = []
        keys = [k for k in self.order if not self._summary_only(self.acc[k])]
        for n, key in enumerate(keys, 1):
            a = self.acc[key]
            killed, kgroup = _pick(a["killed"])
            wounded, wgroup = _pick(a["wounded"])
            out.append(Incident(
                id=f"i{n}", place=to_place(a["entry"]), types=_ordered_types(a["types"]),
                weapons=tuple(sorted(a["weapons"])), actors=tuple(a["actors"]),
                killed=killed, wounded=wounded, massacre=a["massacre"], evidence=a["evidence"],
                confidence=round(a["conf"], 2), group=kgroup or wgroup, date=a["date"],
                place_text=a["place_text"], cues=tuple(sorted(a["cues"]))))
        return out


NEAR_KM = 30
"""A title's city stands for the body's places this close to it (its suburbs and outskirts)."""


def _km(a, b) -> float:
    """Distance in km between two gazetteer entries (inf when one has no point)."""
    if a.lat is None or b.lat is None:
        return float("inf")
    return km(a.lat, a.lon, b.lat, b.lon)


def _better(a: tuple, b: tuple) -> tuple:
    """Of two (count, shared, group, headline) mentions of a place: the body's before a title's
    (Twin blasts kill 16 / killing at least 16), own figures before shared ones, then the larger
    (the earlier on a tie)."""
    def rank(c):
        n = c[0].best or c[0].low or 0
        return not c[3], not c[1], n > 0, n
    return b if rank(b) > rank(a) else a


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
    if types & {"artillery", "rocket", "mortar"}:
        types = types - {"shelling"}
    return tuple(t for t in TYPES if t in types)


class _Reader:
    """Reads one run of text in one language into the shared state."""

    def __init__(self, eng: Engine, text: str, offset: int, full: str, report_date, state: _State):
        self.eng, self.offset, self.full = eng, offset, full
        self.norm: Normalized = normalize(text)
        self._identity = not self.norm._breaks
        self.tokens = tokenize(self.norm.text, eng.lang, self.norm)
        self._starts = [t.start for t in self.tokens]
        self.report_date = report_date
        self.state = state
        self.dates = _sentence_dates(text, report_date, self.norm)
        self._date_starts = [d[0] for d in self.dates]

    # -- offsets
    def span(self, first: int, last: int) -> tuple[int, int]:
        if self._identity:
            return self.tokens[first].start + self.offset, self.tokens[last - 1].end + self.offset
        s, e = self.norm.span(self.tokens[first].start, self.tokens[last - 1].end)
        return s + self.offset, e + self.offset

    def run(self) -> None:
        tokens = self.tokens
        if not tokens:
            return
        by_kind = self.eng.matcher.find(tokens)
        if self.eng.lang != "ar":
            by_kind["place"] += _english_place_hits(self.eng, tokens)
        breaks = {h.first for h in by_kind["break"]}
        place_ends = {h.last for h in by_kind["place"]}
        place_starts = {h.first for h in by_kind["place"]} | {h.first for h in by_kind["cue"]}
        conjunctions = self.eng.conjunctions
        place_starts |= {i for i in place_starts if i > 0 and tokens[i - 1].key in conjunctions}
        place_starts |= {i - 1 for i in place_starts if i > 0 and tokens[i - 1].key in conjunctions}
        self.asides = self._asides(by_kind)
        self._english_members = {}
        if self.eng.lang != "ar":
            self._english_members = self._english_list_runs(place_ends, by_kind)
            place_starts |= {f for f, _ in self._english_members.values()}
            place_ends |= {e for _, e in self._english_members.values()}
        n = len(tokens)
        counted_from = {h.first for h in by_kind["quantity"]}
        glued = {h.last for h in by_kind["casualty"]
                 if h.last < n and (tokens[h.last].key[:1].isdigit() or h.last in counted_from)}
        clauses = _segment(tokens, self._starts, self.norm.text, breaks, place_ends, place_starts, glued)
        tok_clause = [0] * len(tokens)
        for ci, c in enumerate(clauses):
            tok_clause[c.first:c.last] = [ci] * (c.last - c.first)
        self.headlines = self._headlines(clauses)
        self._verbs = sorted(h.first for k in ("type", "victim") for h in by_kind[k])
        self._fill(clauses, by_kind, tok_clause)
        self._assemble(clauses)

    def _headlines(self, clauses: list[Clause], longest: int = 160) -> set[int]:
        """Paragraphs that are a title: one short line without a full stop, with text after it.
        Lines of a record (Date: ..., Location: ..., Civilians reported killed: ...), two or more
        "Label: value" lines in a row, are fields, not titles."""
        text, tokens = self.norm.text, self.tokens
        spans: dict[int, list[int]] = {}
        for c in clauses:
            spans.setdefault(c.paragraph, [c.first, c.last])[1] = c.last
        out, labelled = set(), set()
        for par, (first, last) in spans.items():
            start = tokens[first].start
            if self.eng.lang != "ar" and _FIELD_LABEL.match(text, start):
                labelled.add(par)
            if last >= len(tokens):
                continue
            end = tokens[last - 1].end
            tail = text[end:tokens[last].start]
            if end - start <= longest and "\n" in tail and not _SENTENCE_GAP.search(tail.replace("\n", "")):
                out.add(par)
        return {p for p in out if not (p in labelled and (p - 1 in labelled or p + 1 in labelled))}

    def is_headline(self, co: Contribution) -> bool:
        return all(c.paragraph in self.headlines for c in co.clauses)

    def _after_background(self, first: int) -> bool:
        """out of service since an airstrike in 2015: an attack word up to three words after "since"
        dates a state of things, it reports no incident."""
        tokens = self.tokens
        for k in range(first - 1, first - 5, -1):
            if k < 0 or not tokens[k + 1].joined:
                return False
            if tokens[k].key in self.eng.background:
                return True
        return False

    def _militant_anaphors(self, clauses, by_kind, tok_clause, militants: list[tuple[int, str]]) -> None:
        """A landmine left by the militants / The jihadists stormed ...: a definite word for armed
        groups (anaphors.csv, level actor), as the agent (after "by" or opening its clause), is
        the jihadist group named last before it (ISIS, HTS)."""
        firsts = [f for f, _ in militants]
        for h in by_kind["anaphor"]:
            if h.value != "actor":
                continue
            c = clauses[tok_clause[h.first]]
            if not (h.first == c.first or h.first > 0 and self.tokens[h.first - 1].key == "by"):
                continue
            k = bisect_right(firsts, h.first - 1)
            if k and militants[k - 1][1] not in c.actors:
                c.actors.append(militants[k - 1][1])
                c.cue_tokens.append((h.first, h.last, "actor"))

    def _speaker(self, h: Hit) -> bool:
        """Russia said, قالت روسيا: the subject of a reporting verb is a source, not the attacker
        (in English it stands before the verb; after it, "activists said regime helicopters ...",
        begins what was said). So is an actor naming a news source: pro-government media,
        opposition sources, إعلام النظام."""
        tokens, said, sources = self.tokens, self.eng.reporting, self.eng.sources
        if self.eng.lang != "ar":
            return h.last < len(tokens) and tokens[h.last].joined and (tokens[h.last].key in said or tokens[h.last].key in sources)
        return h.first > 0 and tokens[h.first].joined and any(k in said or k in sources for _, k in tokens[h.first - 1].variants)

    def _english_list_runs(self, place_ends: set[int], by_kind) -> dict[int, tuple[int, int]]:
        """Kafr Batna, Ein Terma and Saqba: a capitalised run of up to three words (later ones may be
        al-/el- words: Awn al-Dadat) that no lexicon knows, after a place and a comma or "and", and followed by a comma, "and" or the end of the
        sentence, is a list member the gazetteer lacks. {end of the place before: (first, last)}."""
        tokens, n, text = self.tokens, len(self.tokens), self.norm.text
        known = bytearray(n + 1)
        for k in ("place", "cue", "type", "actor", "casualty", "quantity", "not_place", "common",
                  "generic", "direction", "break"):
            for h in by_kind[k]:
                if h.last - h.first == 1:
                    known[h.first] = 1
                else:
                    known[h.first:h.last] = b"\x01" * (h.last - h.first)
        runs = {}
        for end in place_ends:
            i = end
            after_and = i < n and tokens[i].key in self.eng.conjunctions and tokens[i].joined
            if after_and:
                i += 1
            elif not (i < n and text[tokens[i - 1].end:tokens[i].start].strip() == ","):
                continue
            last = i
            while last < n and last - i < 3 and not known[last] and (tokens[last].upper or last > i and
                    _ARTICLE_PREFIX.match(tokens[last].text)) and (last == i or tokens[last].joined):
                last += 1
            if last == i:
                continue
            after = text[tokens[last - 1].end:tokens[last].start].strip() if last < n else "."
            if after in (",", ".", ";") or after == "" and tokens[last].key in self.eng.conjunctions:
                runs[end] = (i, last)
            elif after_and and after == "" and not tokens[last].upper:
                runs[end] = (i, last)
            if after_and and end in runs:
                s, e = self.span(i, last)
                self.state.note_unresolved(self.full, s, e, same_start=True)
        return runs

    def _asides(self, by_kind, longest: int = 10) -> dict[int, int]:
        """Short asides between commas that open with mostly / including / بينهم, or that count
        the people again (Three civilians, a man and his two sons, were killed): {token after the
        closing comma: first token of the aside}. A casualty word right after one may take its
        number from before it (500 people, mostly women and children, were treated ...)."""
        tokens, text, openers = self.tokens, self.norm.text, self.eng.parenthetical
        out: dict[int, int] = {}
        if not openers:
            return out
        people = {h.first for h in by_kind["casualty"] if h.value[0] == "person"}
        counting = {h.first for h in by_kind["quantity"] if h.value[0] == "exact"}
        counting |= {h.first for h in by_kind["article"] if h.phrase in ("a", "an")}
        starts = self._starts
        n = len(tokens)
        for i in map(partial(bisect_right, starts), map(re.Match.start, _COMMA.finditer(text))):
            if not 0 < i < n:
                continue
            key = tokens[i].key
            if key not in openers and not ((i in counting or key.isdigit()) and (i + 1 in people or i + 2 in people)):
                continue
            if text[tokens[i - 1].end:tokens[i].start].strip() not in ("،", ","):
                continue
            for k in range(i + 1, min(len(tokens), i + longest + 1)):
                gap = text[tokens[k - 1].end:tokens[k].start]
                if _SENTENCE_GAP.search(gap):
                    break
                if gap.strip() in ("،", ","):
                    out[k] = i
                    break
        return out

    # -- per clause facts
    def _fill(self, clauses: list[Clause], by_kind, tok_clause) -> None:
        tokens = self.tokens
        air_struck: set[int] = set()
        in_names = {t for h in by_kind["actor"] if h.last - h.first > 1 for t in range(h.first, h.last)}
        background = self.eng.background
        self._told_attacks = {h.first for h in by_kind["type"] if h.value[0] and tokens[h.first].text[h.cut:].startswith("ال")}
        for h in _longest(by_kind["type"]):
            if h.value[0] == "clashes" and h.first in in_names and h.last - 1 in in_names \
                    and not _spans_longer(h, by_kind["actor"]):
                continue  # جبهة النصرة, Nusra Front, الجبهة الجنوبية: a name, not a front line
            if background and self._after_background(h.first):
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
        victim_by_last = {h.last: h for h in by_kind["victim"] if h.value != "after"}
        targets_after = {h.first for h in by_kind["victim"] if h.value == "after"}
        people = {h.first for h in by_kind["casualty"] if h.value[0] == "person"}
        counted = {h.last for k in ("casualty", "quantity") for h in by_kind[k]}
        subject_of = {h.last for h in by_kind["casualty"] if h.value[2]} if self.eng.lang == "ar" else set()
        counted |= {h.last + d for h in by_kind["article"] if h.phrase in ("a", "an") for d in (0, 1)}
        attack_words = {h.first for h in by_kind["type"] if h.last - h.first == 1}
        militants: list[tuple[int, str]] = []
        person_ends = {h.last: h for h in by_kind["casualty"] if h.value[0] == "person"} if self.eng.lang == "ar" else {}
        foreign = {t for h in by_kind["foreign"] for t in range(h.first, h.last)}
        for h in _longest(by_kind["actor"]):
            if h.first in foreign and h.last - 1 in foreign:
                continue  # Iraqi army: a state the actor list lacks, not the Syrian army
            c = clauses[tok_clause[h.first]]
            v = victim_by_last.get(h.first) or (victim_by_last.get(h.first - 1)
                                                if h.first - 1 not in attack_words and tokens[h.first - 1].key != "by" else None)
            if v is not None and v.value == "li" and "ل" not in tokens[h.first].text[:h.cut]:
                v = None
            if v is not None and v.first > 0 and (any(k in self.eng.opponents for _, k in tokens[v.first - 1].variants)
                                                  or self._second_party(v, c)):
                v = None
            if v is not None and (v.first >= c.first or tokens[h.first - 1].key in self.eng.parenthetical) \
                    or h.first in person_ends and tokens[h.first].joined and not self._a_side(person_ends[h.first], c):
                victim_by_last[h.last] = h  # جندي روسي، عناصر النظام: the people of that side
                continue
            if self._speaker(h) or h.last in targets_after and tokens[h.last].joined:
                continue
            if (h.last in people or h.last - 1 in people) and tokens[h.first].joined and h.first not in subject_of and \
                    (h.first in counted or h.first > 0 and tokens[h.first - 1].key.isdigit()):
                continue  # killing three regime soldiers, a (former) rebel commander: whose people were hit
            if h.value not in c.actors:
                c.actors.append(h.value)
            c.cue_tokens.append((h.first, h.last, "actor"))
            if h.value in _MILITANT_ACTORS:
                militants.append((h.first, h.value))
        self._militant_anaphors(clauses, by_kind, tok_clause, militants)
        for h in by_kind["massacre"]:
            clauses[tok_clause[h.first]].massacre = True
        for h in by_kind["generic"]:
            clauses[tok_clause[h.first]].generic = True
        for h in by_kind["target"]:
            clauses[tok_clause[h.first]].targeted = True
        # counts, sentence by sentence so lookups stay local
        count_hits = by_kind["casualty"] + by_kind["quantity"] + by_kind["article"]
        per_sentence: dict[int, list[Hit]] = defaultdict(list)
        for h in count_hits:
            per_sentence[clauses[tok_clause[h.first]].sentence].append(h)
        clauses_of: dict[int, list[Clause]] = defaultdict(list)
        for c in clauses:
            clauses_of[c.sentence].append(c)
        subjects = {h.first: h.last for h in _longest(by_kind["actor"])} if self.eng.lang == "ar" else {}
        place_starts = frozenset(h.first for k in ("place", "cue") for h in by_kind[k])
        totals = {tok_clause[h.first] for h in by_kind["aggregate"]}
        total_sentences = {clauses[tok_clause[h.first]].sentence for h in by_kind["aggregate"] if h.value == "sentence"}
        total_clauses = self._breakdown_heads(clauses, total_sentences, by_kind["place"]) if total_sentences else set()
        for sent, hs in per_sentence.items():
            if not may_count(hs):
                continue  # every clause keeps its empty count list
            reader = CountReader(tokens, hs, self.norm, self.eng.fillers, self.asides, self.eng.parenthetical, subjects,
                                 place_starts)
            for c in clauses_of[sent]:
                c.counts = reader.read(c.first, c.last)
                if c.counts and (tok_clause[c.first] in totals or c.sentence in total_sentences or id(c) in total_clauses):
                    c.counts = []
                for cm in c.counts:
                    c.cue_tokens.append((cm.first, cm.last, "count"))
        if "|" in self.norm.text or "\t" in self.norm.text:
            self._table_counts(clauses, by_kind, tok_clause)
        self._places(clauses, by_kind, tok_clause)

    def _a_side(self, people: Hit, c: Clause) -> bool:
        """اشتباكات بين عناصر هيئة تحرير الشام وتنظيم داعش: people named right after between/with are
        a side of the fight, so their group is an actor."""
        k = people.first
        return k > 0 and any(key in self.eng.opponents for _, key in self.tokens[k - 1].variants) \
            or self._second_party(people, c)

    def _second_party(self, v: Hit, c: Clause, reach: int = 8) -> bool:
        """اشتباكات بين مجموعة محلية وعناصر من الأمن العسكري: a victim word joined by و after
        "between" names the second side of the fight, not whose people were hit."""
        tokens = self.tokens
        if not (tokens[v.first].text.startswith("و") and len(tokens[v.first].variants) > 1):
            return False
        return any(tokens[t].key in self.eng.opponents for t in range(max(c.first, v.first - reach), v.first))

    def _breakdown_heads(self, clauses: list[Clause], total_sentences: set[int], place_hits: list[Hit]) -> set[int]:
        """موزعين على المحافظات كالتالي:\nحلب: 17 شهيداً.\nإدلب: 8 شهداء، بينهم 5 في مدينة سراقب...: the lines
        right after a breakdown that ends in a colon give an area's toll before their first comma
        (when that part names no attack); what follows the comma may still be an incident."""
        text, tokens = self.norm.text, self.tokens
        coarse_at = {h.first for h in place_hits if is_coarse(h.value)}
        out: set[int] = set()
        open_list = False
        head: list[Clause] | None = None

        def flush() -> None:
            if head and not any(h.types for h in head) and head[0].first in coarse_at:
                out.update(id(h) for h in head)

        for c in clauses:
            gap_before = text[tokens[c.first - 1].end:tokens[c.first].start] if c.first > 0 else "\n\n"
            if "\n" in gap_before:
                flush()
                open_list = open_list and gap_before.count("\n") == 1
                head = [] if open_list else None
            if head is not None:
                head.append(c)
            end_gap = text[tokens[c.last - 1].end:tokens[c.last].start] if c.last < len(tokens) else ""
            if head is not None and any(ch in end_gap for ch in ",،"):
                flush()
                head = None
            if c.sentence in total_sentences and ":" in end_gap and "\n" in end_gap:
                open_list = True
        flush()
        return out

    def _table_counts(self, clauses, by_kind, tok_clause) -> None:
        """Location | Incident | Killed | Injured: in a table whose header row names a casualty
        kind for a column, a number in that column of a later row is that row's count."""
        text, tokens, starts = self.norm.text, self.tokens, self._starts
        kinds = {h.first: h.value[0] for h in by_kind["casualty"] if h.value[0] in ("killed", "wounded")}
        numbers = {h.first: h.value[1] for h in by_kind["quantity"] if h.value[0] == "exact" and h.last - h.first == 1}
        columns: dict[int, str] = {}
        width = 0
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            sep = "|" if "|" in line else "\t" if "\t" in line else None
            if sep is None:
                columns, width = {}, 0
                continue
            cells, cell_start = [], start
            for cell in line.split(sep):
                cells.append((cell_start, cell_start + len(cell)))
                cell_start += len(cell) + 1
            found = []
            for ci, (a, b) in enumerate(cells):
                i, j = bisect_right(starts, a - 1), bisect_right(starts, b - 1)
                if j - i == 1 and i < len(tokens):
                    found.append((ci, i))
            header = {ci: kinds[i] for ci, i in found if i in kinds}
            if header:
                columns, width = header, len(cells)
                continue
            if not columns or len(cells) != width:
                continue
            for ci, i in found:
                kind = columns.get(ci)
                n = numbers.get(i, int(tokens[i].key) if tokens[i].key.isdigit() else None)
                if kind is None or n is None:
                    continue
                cm = CountMention(kind, Count(n, n, n, False, self.full[slice(*self.span(i, i + 1))]), i, i + 1, i)
                c = clauses[tok_clause[i]]
                c.counts.append(cm)
                c.cue_tokens.append((i, i + 1, "count"))

    def _places(self, clauses, by_kind, tok_clause) -> None:
        tokens = self.tokens
        blockers = [h for k in ("type", "actor", "casualty", "quantity", "not_place", "break", "generic",
                                "massacre", "locative", "victim", "common") for h in by_kind[k]]
        blocked_spans: dict[int, int] = dict.fromkeys((h.first for h in blockers if h.last - h.first == 1), 1)
        get = blocked_spans.get
        for h in blockers:
            n = h.last - h.first
            if n > 1:
                for t in range(h.first, h.last):
                    if get(t, 0) < n:
                        blocked_spans[t] = n
        self._blocked = blocked_spans
        place_hits = self._without_name_heads(_longest_places(by_kind["place"]), by_kind, blocked_spans)
        cue_by_last = {h.last: h for h in by_kind["cue"]}
        cue_by_first = {h.first: h for h in by_kind["cue"]}
        not_places = defaultdict(list)
        for h in by_kind["not_place"]:
            for t in range(h.first, h.last):
                not_places[t].append(h)
        locative_last = {h.last for h in by_kind["locative"]}
        self._locatives = by_kind["locative"]
        direction_last = {h.last for h in by_kind["direction"] if not h.value}
        source_last = {h.last + (h.last < len(tokens) and tokens[h.last].key in _BEFORE_NAME)
                       for h in by_kind["direction"] if h.value == "source"}
        near_last = {h.last + (h.last < len(tokens) and tokens[h.last].key == "the"): h.first
                     for h in by_kind["direction"] if h.value == "after_place"}
        between_first = {h.last for h in by_kind["direction"] if h.value == "second"}
        hit_ends = {h.last for k in ("type", "actor", "locative", "victim", "casualty", "quantity", "direction")
                    for h in by_kind[k] if not (k == "casualty" and h.value[0] == "person")}
        event_starts = sorted(h.first for k in ("type", "actor", "casualty", "quantity") for h in by_kind[k])
        self._start_area = self.state.scope.area
        source_lists: set[int] = set()
        foreign_ends: set[int] = set()
        scope_sentence = -1
        dropped: tuple[int, str] | None = None
        list_id = 0
        prev: PlaceMention | None = None
        mentions: list[PlaceMention] = []
        scope = self.state.scope
        for first, last, cut, entries, phrase in place_hits:
            c = clauses[tok_clause[first]]
            cue = self._cue_for(first, last, cue_by_last, cue_by_first)
            cue_level = cue.value if cue is not None else None
            start = min(first, cue.first) if cue is not None else first
            in_list = prev is not None and tok_clause[prev.first] == tok_clause[first] and self._continues_list(prev.last, start)
            if in_list:
                cue_level = cue_level or prev.cue
            elif dropped is not None and tok_clause[dropped[0]] == tok_clause[first] and self._continues_list(dropped[0], start):
                cue_level = cue_level or dropped[1]
                list_id += 1
            else:
                list_id += 1
            dropped = None
            span_len = last - first
            blocked = blocked_spans and max(blocked_spans.get(t, 0) for t in range(first, last)) >= span_len
            if blocked and (not cue_level or cue is None and self._new_clause_after_comma(start)
                            or any(h.first <= first and last <= h.last for h in not_places.get(first, ()))):
                continue  # a cue does not make a country or an organisation a place (the Syrian desert)
            pool = [e for e in entries if fits_cue(e, cue_level)]
            if not pool and cue_level == "governorate":
                pool = [g for g in {self.eng.governorates.get(name_key(e.name_ar)) for e in entries} if g is not None]
            adjacent = cue is not None and (cue.last == first and tokens[first].joined
                                            or cue.first == last and tokens[last].joined)
            if not pool and adjacent and cue_level == "neighbourhood" and cue.phrase in _QUARTERS_OF:
                pool = [e for e in entries if e.level in ("city", "town")]
                cue_level = "any" if pool else cue_level
            if not pool and adjacent and cue_level == "neighbourhood" and cue.phrase in _DISTRICT_WORDS:
                pool = [e for e in entries if e.level in ("district", "subdistrict")]
                cue_level = "district" if pool else cue_level  # Afrin's Rajo district: the unit, no quarter
            if not pool and adjacent and cue_level == "neighbourhood":
                s, e = self.span(first, last)
                self.state.note_unresolved(self.full, s, e)
                c.unmapped = True
                continue
            entry = choose(pool or entries, scope, cue_level)
            before = prev.entry if prev is not None and clauses[tok_clause[prev.first]].sentence == c.sentence else None
            if entry is None or _quarter_of_another_city(entry, scope, cue_level, before):
                continue
            if scope_sentence == c.sentence and scope.governorate and not same_governorate(entry.governorate, scope.governorate) \
                    and not is_coarse(entry) and not any(same_governorate(e.governorate, scope.governorate) for e in entries):
                if cue_level:
                    s, e = self.span(first, last)
                    self.state.note_unresolved(self.full, s, e)
                    dropped = (last, cue_level)
                continue
            kind = getattr(entry, "ambiguous", "")
            ambiguous = bool(kind) and cue_level in (None, "any", "suburb") and not (kind == "word" and self.eng.lang != "ar")
            if ambiguous:
                loc = first in locative_last or cut > 0 and tokens[first].text[:cut][-1] in "بل"
                if not ((loc or in_list) and scope.governorate and entry.governorate == scope.governorate):
                    if cue is not None:
                        s, e = self.span(first, last)
                        self.state.note_unresolved(self.full, s, e)
                    continue
            elif (kind or entry.level == "neighbourhood") and cue is not None and not is_coarse(entry) \
                    and (home := scope.governorate or (scope.dateline if kind else None)) \
                    and not any(same_governorate(e.governorate, home) for e in entries):
                s, e = self.span(first, last)  # مخيم الكرامة in an Idlib report, حي الحميدية in Deir ez-Zor
                self.state.note_unresolved(self.full, s, e)
                c.unmapped = True
                foreign_ends.add(last)
                continue
            if entry.level == "country":
                continue
            if self.eng.lang == "ar" and not (cue_level or in_list or is_coarse(entry)
                                              or self._licensed(first, cut, c, hit_ends)):
                continue
            pm = PlaceMention(entry, first, last, cut, cue_level, cue.first if cue is not None else None,
                              list_id, ambiguous, candidates=tuple(entries))
            if prev is not None and not contains(entry, prev.entry) and tok_clause[prev.first] == tok_clause[first] \
                    and self._locates(prev, start):
                wider = [e for e in entries if e.level in ("governorate", "region") and contains(e, prev.entry)]
                if wider:
                    entry = pm.entry = wider[0]  # Azaz, Aleppo: the governorate, not the city
                elif is_coarse(entry) and not (cue is not None and cue.phrase in _PAIR_CUES):
                    self._rechoose(prev, entry, clauses[tok_clause[prev.first]], scope)
            mentions.append(pm)
            if prev is not None and self.norm.text[tokens[prev.last - 1].end:tokens[start].start].strip() == "(":
                continue  # Kfar Nubl (Kafranbel): the same place spelt again
            pm.opener = self._opens_clause(start, cut, c)
            pm.area = pm.opener and cue is not None and cue.phrase in _AREA_CUES
            dateline = pm.opener and self._dateline(pm, c)
            if dateline or start in source_last or in_list and list_id in source_lists:
                source_lists.add(list_id)
            elif prev is not None and (self._qualifies(prev, pm, start) or
                                       start in direction_last and clauses[tok_clause[prev.first]].sentence == c.sentence or
                                       near_last.get(start) == prev.last and tok_clause[prev.first] == tok_clause[first] or
                                       prev.first in between_first and start > 0 and tokens[start - 1].key == "and"
                                       and start - prev.last <= 4 or
                                       self._apposition(prev, pm, tok_clause, event_starts)):
                pass
            else:
                c.places.append(pm)
                if prev is not None and prev.last == start and prev in c.places and tokens[prev.last - 1].text.endswith("'s"):
                    c.places.remove(prev)  # Afrin's Rajo district: the possessive only says where Rajo is
            prev = pm
            if dateline:
                scope.dateline = entry.governorate
            elif sets_scope(entry):
                scope.enter(entry)
                if pm.opener:
                    scope_sentence = c.sentence
            c.scope_area = scope.area
            c.cue_tokens.append((first, last, "place"))
        self._resolve_anaphors(by_kind["anaphor"], mentions, clauses, tok_clause)
        area = self._start_area
        for c in clauses:
            area = c.scope_area = c.scope_area or area
        unmapped_ends = self._unresolved(by_kind["cue"], place_hits, blocked_spans, clauses, tok_clause, mentions)
        unmapped_ends |= foreign_ends
        near_unmapped = {e + k for e in unmapped_ends for k in range(3)}
        for c in clauses:
            if c.unmapped:
                c.places = [pm for pm in c.places if near_last.get(min(pm.first, pm.cue_first if pm.cue_first is not None
                                                                          else pm.first)) not in near_unmapped]

    def _resolve_anaphors(self, anaphors: list[Hit], mentions: list[PlaceMention], clauses, tok_clause) -> None:
        """the town / البلدة in a clause that names no place: the clause speaks of the last town (or
        quarter, or camp) named before it in its line or the line before (not parted by a blank
        line), unless its sentence names places inside that one (fronts in the city, most notably
        Bustan al-Qasr), which then carry the events."""
        tokens = self.tokens
        if not anaphors:
            return
        blanks = [m.start() for m in _BLANK_LINE.finditer(self.norm.text)]
        firsts = [pm.first for pm in mentions]
        by_sentence: dict[int, list[PlaceMention]] = defaultdict(list)
        for pm in mentions:
            by_sentence[clauses[tok_clause[pm.first]].sentence].append(pm)
        for h in anaphors:
            if h.value == "actor":
                continue
            c = clauses[tok_clause[h.first]]
            if c.places or (h.last < len(tokens) and tokens[h.last].key == "of"):
                continue
            if self.eng.lang == "ar" and self._cue_introduces(h):
                continue
            k = bisect_right(firsts, h.first - 1)
            while k > 0:
                k -= 1
                pm = mentions[k]
                par = clauses[tok_clause[pm.first]].paragraph
                if par < c.paragraph - 1 or par < c.paragraph and \
                        bisect_right(blanks, tokens[pm.first].start) != bisect_right(blanks, tokens[h.first].start):
                    break
                if pm.last > h.first or _LEVEL_GROUPS.get(pm.entry.level) != h.value:
                    continue
                if not any(contains(pm.entry, o.entry) for o in by_sentence[c.sentence]):
                    c.places.append(PlaceMention(pm.entry, h.first, h.last, h.cut, pm.entry.level, h.first,
                                                 pm.list_id, False))
                break

    def _without_name_heads(self, place_hits: list[tuple], by_kind, blocked: dict[int, int]) -> list[tuple]:
        """Kafr Nowhere, Tell Something, قرية تل النعيمة, قرية كفر جالس: a match ending on the head
        of a two-word name (written bare, without ال), followed by a word no lexicon knows, is a
        longer name the gazetteer lacks, not the place matched (al-Kafr, التل, قرية الكفر). In
        English the capital says the next word belongs to the name even when it alone spells a
        place (Kafr Jales is not Jallas); a one-word place before Abdel, Abu, bin... begins a
        person's name (Rami Abdel Rahman)."""
        tokens, heads, n = self.tokens, self.eng.compound_heads, len(self.tokens)
        if self.eng.lang == "ar":
            suspects = [p for p in place_hits if p[1] < n and tokens[p[1]].joined
                        and tokens[p[1] - 1].text[p[2] if p[1] - p[0] == 1 else 0:] in heads]
        else:
            particles = self.eng.name_particles
            suspects = [p for p in place_hits if p[1] - p[0] == 1 and p[1] < n and tokens[p[1]].upper and tokens[p[1]].joined
                        and (tokens[p[0]].text.removeprefix("al-") in heads or tokens[p[1]].key in particles)]
        if not suspects:
            return place_hits
        if self.eng.lang != "ar":
            drop = {t for p in suspects for t in (p[0], p[1])}
            return [p for p in place_hits if p[0] not in drop]
        known = set(blocked)
        for kind in ("place", "cue", "direction", "anaphor"):
            for h in by_kind[kind]:
                known.update(range(h.first, h.last))
        drop = {p[0] for p in suspects if p[1] not in known}
        return [p for p in place_hits if p[0] not in drop]

    def _licensed(self, first: int, cut: int, c: Clause, hit_ends: set[int]) -> bool:
        """A town or quarter named without a cue word must stand where places stand: after a
        preposition (في، على، بـ، لـ), after an attack, actor or count word, or opening a clause
        bare (دوما تتعرض...). This keeps verbs and nouns that spell a village name out; a person
        noun does not license one, as the word after it is that person's name (وزوجته سلمى، الطفلة نور)."""
        if first in hit_ends:
            return True
        if cut > 0:
            return any(ch in "بل" for ch in self.tokens[first].text[:cut])
        return first == c.first

    def _opens_clause(self, start: int, cut: int, c: Clause) -> bool:
        """وفي درعا ... / In Aleppo, ... / إدلب – ...: the mention names the area a clause speaks about."""
        if start == c.first:
            return True
        return start - 1 == c.first and self.tokens[start - 1].key in self.eng.scope_openers

    def _dateline(self, pm: PlaceMention, c: Clause) -> bool:
        """إدلب – قصف روسي ... / ALEPPO, Nov 3 (Reuters) -: a place that opens a paragraph and is
        followed by a dash names where the report was filed, not an incident, nor the area in scope."""
        if pm.first != c.first or (c.first > 0 and "\n" not in self.norm.text[self.tokens[c.first - 1].end:self.tokens[c.first].start]):
            return False
        after = self.norm.text[self.tokens[pm.last - 1].end:self.tokens[pm.last - 1].end + 40]
        return bool(re.match(r"\s*(?:[-–—]|,[^\n]{0,30}[-–—])", after))

    def _qualifies(self, prev: PlaceMention, pm: PlaceMention, start: int) -> bool:
        """حرستا في الغوطة الشرقية، الشيخ مقصود بحلب, Douma in Eastern Ghouta, Jarjanaz in the
        eastern suburbs of Idlib: a larger area right after a place only says where that place is."""
        if not is_coarse(pm.entry) or not contains(pm.entry, prev.entry):
            return False
        between = self.tokens[prev.last:start]
        head = self.tokens[start]
        proclitic = head.text[0] in "بف" and len(head.variants) > 1
        compass = [t for t in between if t.key in self.eng.compass]
        rest = [t for t in between if t.key not in self.eng.compass and t.key != "the"]
        return len(rest) <= 1 and len(compass) <= 1 and all(t.key in self.eng.links for t in rest) and (
            bool(between) or proclitic or self.norm.text[self.tokens[start - 1].end:head.start].strip() in ("،", ","))

    def _locates(self, prev: PlaceMention, start: int) -> bool:
        """Only links, a compass word, a comma or a proclitic ب stand between a place and the next
        mention, which may then say where it is (Hazzeh in Eastern Ghouta; al-Khalidiya, Aleppo;
        حي الخالدية بمدينة حمص)."""
        between = self.tokens[prev.last:start]
        rest = [t for t in between if t.key not in self.eng.compass]
        head = self.tokens[start]
        proclitic = head.text[0] in "بف" and len(head.variants) > 1
        gap = self.norm.text[self.tokens[start - 1].end:head.start].strip() if start > 0 else ""
        return len(rest) <= 1 and all(t.key in self.eng.links for t in rest) and (
            bool(between) or proclitic or gap in ("،", ","))

    def _rechoose(self, prev: PlaceMention, area, clause: Clause, scope) -> None:
        """The area named right after a place decides between its homonyms; when it holds none of
        them (Hazzeh, a Homs village, 'in Eastern Ghouta') the place is one the gazetteer lacks."""
        inside = [e for e in prev.candidates if contains(area, e)]
        if inside:
            prev.entry = choose(inside, scope, prev.cue)
        elif area.level in ("region", "governorate", "city") and not is_coarse(prev.entry) \
                and not any(e.governorate == area.governorate for e in prev.candidates) and prev in clause.places:
            clause.places.remove(prev)
            s, e = self.span(prev.first, prev.last)
            self.state.note_unresolved(self.full, s, e)

    def _apposition(self, prev: PlaceMention, pm: PlaceMention, tok_clause: list[int], event_starts: list[int]) -> bool:
        """Masaken Hanano, the largest district of eastern Aleppo, ... / دوما، كبرى مدن الغوطة الشرقية، ...:
        a larger area in the clause right after a place, with no attack, actor or count between
        them, describes where that place is."""
        if not is_coarse(pm.entry) or not contains(pm.entry, prev.entry) or pm.first - prev.last > 10:
            return False
        if tok_clause[pm.first] != tok_clause[prev.first] + 1:
            return False
        gap = self.norm.text[self.tokens[prev.last - 1].end:self.tokens[prev.last].start]
        if not any(ch in gap for ch in ",،"):
            return False
        k = bisect_right(event_starts, prev.last - 1)
        return k >= len(event_starts) or event_starts[k] >= pm.first

    def _cue_for(self, first: int, last: int, cue_by_last, cue_by_first) -> Hit | None:
        """The cue word that names this mention's level: حي الفردوس, the town of Douma,
        al-Ferdous neighbourhood. Punctuation between them parts them (Hama province, Syrian media)."""
        cue = cue_by_last.get(first) if self.tokens[first].joined and self._same_line(first) else None
        if cue is None and first > 0 and self.tokens[first - 1].key in ("of", "the") and self.tokens[first - 1].joined:
            cue = cue_by_last.get(first - 1)
            if cue is not None and cue.first > 0 and self.tokens[cue.first].joined \
                    and self.tokens[cue.first - 1].key != "the" \
                    and (self.tokens[cue.first - 1].upper or _ARTICLE_PREFIX.match(self.tokens[cue.first - 1].text)):
                cue = None  # the al-Badu neighbourhood of Raqqa: the cue is al-Badu's
        if cue is None and self.eng.lang != "ar":
            after = cue_by_first.get(last)
            if after is not None and self.tokens[last].joined:
                cue = after
        return cue if cue is not None and self._cue_introduces(cue) else None

    def _continues_list(self, prev_last: int, start: int) -> bool:
        """True when a mention starting at token `start` continues the list ending at `prev_last`:
        joined by و (a proclitic), 'and', or a comma, with nothing else between."""
        between = self.tokens[prev_last:start]
        if between and self._unknown_list_member(prev_last, start):
            return True
        if len(between) > 2 or any(t.key not in self.eng.conjunctions and t.key != "the" for t in between):
            return False
        tok = self.tokens[start]
        gap = self.norm.text[self.tokens[start - 1].end:tok.start] if start > 0 else ""
        return bool(between) or tok.text.startswith("و") and tok.variants[-1][0] > 0 or gap.strip() in ("،", ",")

    def _new_clause_after_comma(self, start: int) -> bool:
        """، وتبنى: a comma and then و open a new clause, so the word after them does not take the
        list's cue."""
        tok = self.tokens[start]
        gap = self.norm.text[self.tokens[start - 1].end:tok.start] if start > 0 else ""
        return gap.strip() in ("،", ",") and tok.text.startswith("و") and tok.variants[-1][0] > 0

    def _unknown_list_member(self, prev_last: int, start: int) -> bool:
        """زملكا وعين ترما وحمورية: a list goes on through a name the gazetteer lacks, which is
        then listed as unresolved."""
        if self.eng.lang != "ar":
            run = self._english_members.get(prev_last)
            if run is None or not (run[1] == start or run[1] + 1 == start and self.tokens[run[1]].key in self.eng.conjunctions):
                return False
            s, e = self.span(*run)
            self.state.note_unresolved(self.full, s, e, same_start=True)
            return True
        between = self.tokens[prev_last:start]
        first = between[0]
        lead = 1 if first.key in self.eng.conjunctions else 0
        names = between[lead:]
        if not 1 <= len(names) <= 3 or any(self._blocked.get(t, 0) for t in range(start - len(names), start)):
            return False
        starts_with_and = lead == 1 or first.text.startswith("و") and len(first.text) > 3
        if not starts_with_and or not all(t.joined for t in between) or not self.tokens[start].text.startswith("و"):
            return False
        s, e = self.span(start - len(names), start)
        if lead == 0:
            s += 1
        self.state.note_unresolved(self.full, s, e, same_start=True)
        return True

    def _cue_introduces(self, cue: Hit) -> bool:
        """An indefinite cue (حي الفردوس) introduces a name; a definite one (الأحياء المحررة) does not,
        unless the lexicon writes it definite (العاصمة دمشق)."""
        tok = self.tokens[cue.first]
        word = tok.text[cue.cut:]
        if self.eng.lang == "ar" and not (cue.kind == "cue" and cue.phrase.startswith("ال")):
            article_in_clitic = cue.cut > 0 and word.startswith("ل") and tok.text[cue.cut - 1] == "ل"
            return not (word.startswith("ال") or article_in_clitic)
        return True

    def _unresolved(self, cues: list[Hit], place_hits, blocked_spans, clauses, tok_clause, mentions=()) -> set[int]:
        """A cue word followed by a name the gazetteer lacks (بلدة عين ترما, the town of Ein Tarma):
        the name is listed as not mapped, and its clause keeps its facts from other places.
        Returns the token ends of those names."""
        ends: set[int] = set()
        covered = set()
        for first, last, *_ in place_hits:
            covered.update(range(first, last))
        tokens, n, english = self.tokens, len(self.tokens), self.eng.lang != "ar"
        cue_words = {h.first for h in cues}
        for cue in cues:
            i = cue.last
            if english and i < n and tokens[i].key == "of" and tokens[i].joined:
                i += 1
            if i >= n or not self._cue_introduces(cue) or not tokens[i].joined or not self._same_line(i):
                continue
            head = not english and i + 1 < n and tokens[i + 1].joined and (
                tokens[i].key in self.eng.compound_heads or
                self._construct_name(i, covered, blocked_spans) or self._name_second_word(i + 1, covered, blocked_spans))
            if i in covered or i in cue_words or (blocked_spans.get(i) and not head) or tokens[i].text.isdigit():
                continue
            if not english and (cue.value == "any" or cue.kind == "cue" and cue.phrase.startswith("ال")):
                continue  # منطقة, العاصمة: cues that only label a name the gazetteer knows
            last = i + 1
            if english:
                if not (tokens[i].upper or _ARTICLE_PREFIX.match(tokens[i].text)):
                    continue
                while last < min(n, i + 3) and tokens[last].upper and tokens[last].joined \
                        and last not in covered and not blocked_spans.get(last):
                    last += 1
            elif head:
                last += 1
            s, e = self.span(i, last)
            self.state.note_unresolved(self.full, s, e)
            if cue.phrase in _PAIR_CUES and last < n and tokens[last].joined \
                    and tokens[last].text.startswith("و") and len(tokens[last].text) > 2 \
                    and last not in covered and not blocked_spans.get(last):
                s, e = self.span(last, last + 1)  # حيي الجورة والقصور: the pair's second name
                self.state.note_unresolved(self.full, s + 1, e, same_start=True)
            c = clauses[tok_clause[i]]
            town_before = cue.value == "neighbourhood" and any(
                m.first < i and m.entry.level in ("city", "town") and clauses[tok_clause[m.first]].sentence == c.sentence
                for m in mentions)
            if not town_before:
                c.unmapped = True  # أما في قامشلو، ... في حي الهلالية: the quarter is the town's
            ends.add(last)
        if english:
            self._unresolved_before_cues(cues, covered, cue_words, blocked_spans)
            self._unknown_after_locatives(covered, cue_words, blocked_spans, clauses, tok_clause, mentions)
        else:
            self._unknown_last_members(place_hits, covered, blocked_spans)
        return ends

    def _unknown_last_members(self, place_hits, covered: set[int], blocked_spans) -> None:
        """حمورية وسقبا وعين ترما لقصف: a list that ends on و + a name head + a word no lexicon
        knows ends on a name the gazetteer lacks."""
        tokens, n, heads = self.tokens, len(self.tokens), self.eng.compound_heads
        for _, last, *_ in place_hits:
            if last + 1 >= n or last in covered or last + 1 in covered or blocked_spans.get(last + 1):
                continue
            tok = tokens[last]
            if not (tok.joined and tok.text.startswith("و") and tok.text[1:] in heads and tokens[last + 1].joined):
                continue
            s, e = self.span(last, last + 2)
            self.state.note_unresolved(self.full, s + 1, e, same_start=True)

    def _unknown_after_locatives(self, covered, cue_words, blocked_spans, clauses, tok_clause, mentions=()) -> None:
        """More barrel bombs hit Latamneh / In al-Lajat, ...: a capitalised name no lexicon or
        gazetteer knows, right after a preposition of place or an attack verb, is listed as not
        mapped, and its clause stops lending its facts to the place before, unless a town opens
        the sentence (Al-Hasakah city: fighting around Ghweran prison): the name is inside it."""
        tokens, n, months = self.tokens, len(self.tokens), calendar_words()
        town_opened = {clauses[tok_clause[m.first]].sentence: m.first for m in reversed(mentions)
                       if m.opener and m.entry.level in ("city", "town")}
        for h in self._locatives:
            i = h.last
            if i >= n or not tokens[i].joined or i in covered or i in cue_words or blocked_spans.get(i) \
                    or not self._same_line(i):
                continue
            last = i
            while last < min(n, i + 3) and last not in covered and last not in cue_words and not blocked_spans.get(last) \
                    and (tokens[last].upper or last == i and _ARTICLE_PREFIX.match(tokens[last].text)) \
                    and tokens[last].key not in months and (last == i or tokens[last].joined):
                last += 1
            if last == i:
                continue
            s, e = self.span(i, last)
            self.state.note_unresolved(self.full, s, e)
            c = clauses[tok_clause[i]]
            if town_opened.get(c.sentence, i) >= i:
                c.unmapped = True

    def _name_second_word(self, k: int, covered: set[int], blocked_spans) -> bool:
        """بلدة جباتا الخشب: a definite word no lexicon knows goes on with an unknown name, unless it
        has an adjective's shape (feminine or relative ending, participle prefix: حضر الخاضعة،
        غويران الشعبي، ملوك المجاورة)."""
        word = self.tokens[k].text
        return word.startswith("ال") and not word.startswith("الم") and not word.endswith(("ة", "ه", "ي", "ى")) \
            and k not in covered and not blocked_spans.get(k)

    def _same_line(self, i: int) -> bool:
        """No line break between token i and the one before: a title's last word (... on the
        Hama-Idlib front) is no cue for the first word of the next paragraph."""
        return i == 0 or "\n" not in self.norm.text[self.tokens[i - 1].end:self.tokens[i].start]

    def _construct_name(self, i: int, covered: set[int], blocked_spans) -> bool:
        """حي طريق السد: after a cue, an ordinary noun followed by a definite word no lexicon knows
        is a two-word name (noun + genitive), not the ordinary word."""
        nxt = self.tokens[i + 1]
        return bool(blocked_spans.get(i)) and nxt.text.startswith("ال") and i + 1 not in covered \
            and not blocked_spans.get(i + 1)

    def _unresolved_before_cues(self, cues: list[Hit], covered: set[int], cue_words: set[int], blocked_spans) -> None:
        """the Abbasiyyin area of Damascus, the al-Waer neighbourhood, on Bab Touma and al-Qassaa
        neighbourhoods: capitalised names the gazetteer lacks, between "the" (or a preposition, for
        a list before a plural cue) and an English cue that follows them, are listed as not mapped."""
        tokens = self.tokens
        openers = {h.last for h in self._locatives}

        def name_end_before(k: int) -> int:
            """First token of the name that ends at token k-1 (k when there is none)."""
            first = k
            while first - 1 >= 0 and k - first < 3 and first - 1 not in covered and first - 1 not in cue_words \
                    and not blocked_spans.get(first - 1) and (first == k or tokens[first].joined) \
                    and (tokens[first - 1].upper or _ARTICLE_PREFIX.match(tokens[first - 1].text)):
                first -= 1
            return first

        for cue in cues:
            if not tokens[cue.first].joined:
                continue
            names, last = [], cue.first
            while True:
                first = name_end_before(last)
                if first == last or not tokens[first].joined and not names:
                    break
                names.append((first, last))
                if not cue.phrase.endswith("s") or first < 2:
                    break
                gap = self.norm.text[tokens[first - 1].end:tokens[first].start].strip()
                if tokens[first - 1].key in self.eng.conjunctions:
                    last = first - 1
                elif gap == ",":
                    last = first
                else:
                    break
            if not names:
                continue
            first = names[-1][0]
            if first == 0 or not (tokens[first - 1].key == "the" or len(names) > 1 and first in openers):
                continue
            for f, l in reversed(names):
                s, e = self.span(f, l)
                self.state.note_unresolved(self.full, s, e)

    # -- incidents
    def _assemble(self, clauses: list[Clause]) -> None:
        by_sentence: dict[int, list[Clause]] = defaultdict(list)
        for c in clauses:
            by_sentence[c.sentence].append(c)
        prev_group: list[PlaceMention] = []
        prev_paragraph = -1
        context: tuple[set, list] = (set(), [])
        for sent, cs in sorted(by_sentence.items()):
            if cs[0].paragraph != prev_paragraph:
                if prev_paragraph in self.headlines or self.eng.lang == "ar" and not self._goes_on(cs[0]):
                    prev_group = []
                context = (set(), [])
                prev_paragraph = cs[0].paragraph
            prev_group = self._sentence(cs, prev_group, context)
            types = set().union(*(c.types for c in cs))
            actors = [a for c in cs for a in c.actors]
            context = (types or context[0], list(dict.fromkeys(actors)) or context[1])

    def _goes_on(self, c: Clause) -> bool:
        """وقال مصدر عسكري إن... / وأسفرت الاشتباكات عن...: a paragraph that opens with a verb of saying
        or with the attack already told (a definite attack word) goes on with the story of the
        paragraph before, so its figures belong to that paragraph's places."""
        if self.eng.lang != "ar" or c.first >= len(self.tokens):
            return False
        if any(t in self._told_attacks for t in range(c.first, min(c.last, c.first + 3))):
            return True
        return any(k in self.eng.reporting for _, k in self.tokens[c.first].variants)

    def _sentence(self, cs: list[Clause], carried: list[PlaceMention], context: tuple[set, list]) -> list[PlaceMention]:
        """Contributions of one sentence. `context` holds the types and actors of the sentence
        before it in the paragraph, for clauses that give a count but name no attack or actor."""
        contributions: list[Contribution] = []
        current: list[tuple[PlaceMention, Contribution]] = []
        ctx_types: set = set(context[0])
        ctx_actors: list = list(context[1])
        actor_types, types_seen = set(context[0]), False
        has_places = any(c.places or c.unmapped for c in cs)
        leading: list[Clause] = []
        unmapped = False
        for c in cs:
            if c.places:
                unmapped = False
                current = []
                for pm in c.places:
                    contrib = Contribution(pm.entry, [c], pm, set(c.types), set(c.weapons), list(c.actors),
                                           [], c.massacre, bool(c.types), c.sentence)
                    contrib.ctx_types, contrib.ctx_actors = ctx_types | c.types, list(c.actors or self._carried_actors(
                        ctx_actors, c.types, actor_types))
                    contributions.append(contrib)
                    current.append((pm, contrib))
                self._attach_counts(c, current)
                for lead in leading:
                    for _, contrib in current:
                        self._absorb(contrib, lead, first=True)
                    if not c.counts:
                        self._share_counts(lead.counts, current)
                leading = []
            elif c.generic and c.scope_area is not None:
                area = c.scope_area
                contrib = Contribution(area, [c], None, set(c.types), set(c.weapons), list(c.actors),
                                       [(cm, False, None) for cm in c.counts], c.massacre, bool(c.types), c.sentence)
                contrib.ctx_types, contrib.ctx_actors = ctx_types | c.types, list(c.actors or ctx_actors)
                contributions.append(contrib)
            elif c.unmapped or unmapped:
                unmapped, current = True, []
            elif current or (not has_places and carried):
                if not current:
                    current = [(pm, Contribution(pm.entry, [c], pm, set(), set(), [], [], False, False, c.sentence))
                               for pm in carried]
                    for _, contrib in current:
                        contrib.ctx_types, contrib.ctx_actors = set(c.types), list(c.actors)
                    contributions += [x[1] for x in current]
                for _, contrib in current:
                    self._absorb(contrib, c)
                self._share_counts(c.counts, self._last_list(current))
            elif has_places:
                leading.append(c)
            if c.types:
                ctx_types = ctx_types | c.types if types_seen else set(c.types)
                types_seen = True
            if c.actors:
                ctx_actors, actor_types = list(c.actors), set(c.types or ctx_types)
        self._finish_sentence(contributions)
        if current:
            return _inner_places([pm for pm, _ in current], contributions)
        return carried if not has_places else []

    @staticmethod
    def _carried_actors(ctx_actors: list, types: set, actor_types: set) -> list:
        """The last attacker named carries over to a clause that names none, unless the clause
        names another kind of attack than the one that attacker made (helicopters dropped barrels
        on X. Shelling on Y ... / الثوار صدوا ...، بينما تعرضت مورك لقصف بالبراميل)."""
        if not types or not actor_types or _families(types) & _families(actor_types):
            return ctx_actors
        return []

    @staticmethod
    def _absorb(contrib: Contribution, c: Clause, first: bool = False) -> None:
        """A clause without places adds what it says to a place's contribution: the clauses after
        a place, or those that open the sentence before the first place (تدور اشتباكات بين ... على حي)."""
        if c not in contrib.clauses:
            if first:
                contrib.clauses.insert(0, c)
            else:
                contrib.clauses.append(c)
        contrib.types |= c.types
        contrib.weapons |= c.weapons
        contrib.actors += [a for a in c.actors if a not in contrib.actors]
        contrib.massacre |= c.massacre
        contrib.own_types |= bool(c.types)

    def _attach_counts(self, c: Clause, current: list[tuple[PlaceMention, Contribution]]) -> None:
        """Counts in a clause with places: to the place right after them (3 شهداء في عربين), else to
        the place or list just before them, else to the first place after their casualty word (the
        death toll from the strikes on X rose to 9)."""
        for cm in c.counts:
            target = None
            for pm, contrib in current:
                if pm.first >= cm.last and self._only_links_between(cm.last, pm.cue_first if pm.cue_first is not None else pm.first):
                    target = [(p, co) for p, co in current if p.list_id == pm.list_id]
                    break
            if target is None:
                before = [(pm, co) for pm, co in current if pm.last <= cm.anchor]
                if before:
                    lid = before[-1][0].list_id
                    target = [(pm, co) for pm, co in current if pm.list_id == lid]
                else:
                    after = [(pm, co) for pm, co in current if pm.first > cm.anchor]
                    if after:
                        lid = after[0][0].list_id
                        target = [(pm, co) for pm, co in current if pm.list_id == lid]
            if target:
                self._share_counts([cm], target)

    def _last_list(self, current: list[tuple]) -> list[tuple]:
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
        k = bisect_right(self._verbs, a - 1)
        return mine if k < len(self._verbs) and self._verbs[k] < b else current

    def _only_links_between(self, a: int, b: int) -> bool:
        """True when tokens [a, b) are only a few linking words (في، ب، in, at)."""
        if b - a > 3:
            return False
        return all(self.tokens[t].key in self.eng.links for t in range(a, b))

    def _share_counts(self, counts: list[CountMention], targets) -> None:
        if not counts or not targets:
            return
        group = self.state.new_group() if len(targets) > 1 else None
        for cm in counts:
            shared = len(targets) > 1 and (cm.count.best or 0) > 0
            for _, contrib in targets:
                contrib.counts.append((cm, shared, group if shared else None))

    def _finish_sentence(self, contributions: list[Contribution]) -> None:
        """Fill what a contribution lacks from its sentence, then emit those that say something.
        An area named beside places inside it (ريف دمشق ... حرستا), or a town's countryside beside
        places around it (Arima in the western countryside of Manbij), gives way to them; counts that
        only the area carried move to the places (shared when there are several)."""
        live = []
        for co in contributions:
            if not co.types and (co.counts or co.massacre or co.mention is not None and co.clauses[0].targeted):
                co.types = set(co.ctx_types)
            if not co.actors and (co.types or co.counts):
                co.actors = list(co.ctx_actors)
            if co.types or co.counts or co.actors and co.entry.id in self.state.place_ids:
                live.append(co)
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
                    self._hand_down(co, inside)
                    continue
            out.append(co)
        _unshare_lone_members(out)
        for co in out:
            self._emit(co)

    def _hand_down(self, area: Contribution, inside: list[Contribution]) -> None:
        for kind in ("killed", "wounded"):
            own = [cm for cm, shared, _ in area.counts if cm.kind == kind and not shared]
            lacking = [f for f in inside if not any(cm.kind == kind for cm, _, _ in f.counts)]
            if own and len(lacking) == len(inside):
                cm = max(own, key=lambda c: c.count.best or c.count.low or 0)
                group = self.state.new_group() if len(inside) > 1 else None
                shared = len(inside) > 1 and (cm.count.best or 0) > 0
                for f in inside:
                    f.counts.append((cm, shared, group if shared else None))

    def _emit(self, co: Contribution) -> None:
        pm = co.mention
        conf = 0.45
        conf += 0.2 if co.own_types else 0.05
        conf += 0.15 if pm is not None and pm.cue else 0.05
        conf += 0.1 if co.counts else 0
        conf -= 0.15 if pm is not None and pm.ambiguous else 0
        conf -= 0.1 if getattr(co.entry, "precision", "") == "parent" else 0
        start, end = self.tokens[co.clauses[0].first].start, self.tokens[co.clauses[-1].last - 1].end
        if not self._identity:
            start, end = self.norm.orig(start), self.norm.orig(end)
        co.date = self._date_for(start, end) or self.report_date
        self.state.add(co, max(0.05, min(0.99, conf)), self)

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
        return [cs for c in co.clauses for cs in self._cue_chars(c)]

    def _cue_chars(self, c: Clause) -> list:
        """The clause's highlighted words as (start, end, kind) in the original text, worked out
        once and only for clauses that reach an incident."""
        if c.cue_chars is None:
            c.cue_chars = [(*self.span(f, l), k) for f, l, k in c.cue_tokens]
        return c.cue_chars

    def _date_for(self, pos: int, end: int) -> str | None:
        """The last date written in the paragraph up to the end of the clauses at [pos, end): an
        event note's date holds for its later sentences (none: the report date)."""
        k = bisect_right(self._date_starts, end)
        if not k:
            return None
        start, iso = self.dates[k - 1]
        return None if "\n" in self.norm.original[min(start, pos):max(start, pos)] else iso


_GROUND_FIRE = frozenset({"shelling", "artillery", "rocket", "mortar"})


def _families(types: set) -> set:
    """Attack types with the kinds of shelling taken as one (قصف مماثل after قصف مدفعي)."""
    return {"shelling" if t in _GROUND_FIRE else t for t in types}


def _quarter_of_another_city(entry, scope, cue_level, before) -> bool:
    """وفي مدينة منبج ... في سوق المدينة: with another town in scope (or named before it in the
    sentence), an uncued quarter name of a different city is an ordinary phrase there."""
    if entry.level != "neighbourhood" or cue_level:
        return False
    area = before if before is not None and before.level in ("city", "town") else scope.area
    return area is not None and area.level in ("city", "town") and entry.parent_id != area.id


def _spans_longer(h: Hit, others: list[Hit]) -> bool:
    """True when no hit among `others` covers `h` with more tokens than it has."""
    return not any(o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first for o in others)


def _inner_places(group: list[PlaceMention], contributions: list[Contribution]) -> list[PlaceMention]:
    """What a sentence hands on to the next: its last places, or, when they are only areas around
    places it named before (... in Jableh, in a rare attack on the province of Latakia), those places."""
    if not all(is_coarse(pm.entry) for pm in group):
        return group
    inner = [co.mention for co in contributions if co.mention is not None and co.mention not in group
             and not is_coarse(co.entry) and any(contains(pm.entry, co.entry) for pm in group)]
    return inner or group


def _unshare_lone_members(contributions: list[Contribution]) -> None:
    """A count shared with an area that then gave way to the place inside it (near Kafr Zeita in
    the northern Hama countryside, 15 killed) belongs to that place alone."""
    members: dict[str, int] = defaultdict(int)
    for co in contributions:
        for group in {g for _, shared, g in co.counts if shared}:
            members[group] += 1
    for co in contributions:
        co.counts = [(cm, False, None) if shared and members[g] == 1 else (cm, shared, g) for cm, shared, g in co.counts]


def _longest_places(hits: list[Hit]) -> list[tuple]:
    """Place mentions, longest first, one per span, all candidate entries kept together."""
    by_span: dict[tuple, dict] = {}
    meta: dict[tuple, tuple] = {}
    for h in hits:
        k = (h.first, h.last)
        entries = by_span.get(k)
        if entries is None:
            by_span[k] = {h.value.id: h.value}
            meta[k] = (h.cut, h.phrase)
            continue
        entries.setdefault(h.value.id, h.value)
        if h.cut < meta[k][0]:
            meta[k] = (h.cut, h.phrase)
    chosen, used = [], set()
    for (first, last) in sorted(by_span, key=lambda k: (k[0] - k[1], k[0])):
        if not used.isdisjoint(range(first, last)):
            continue
        used.update(range(first, last))
        cut, phrase = meta[(first, last)]
        chosen.append((first, last, cut, list(by_span[(first, last)].values()), phrase))
    return sorted(chosen)


_MILITANT_ACTORS = frozenset({"isis", "hts"})
"""Whom "the militants" / "the jihadists" can point back to."""

_BEFORE_NAME = frozenset({"the", "nearby", "neighbouring", "neighboring"})
"""Words between 'fired from' / 'positioned in' and the place they point at (positioned in nearby Kafr Zita)."""

_LEVEL_GROUPS = {"city": "settlement", "town": "settlement", "village": "settlement",
                 "neighbourhood": "neighbourhood", "camp": "camp"}
"""Which places a definite place noun (the town, الحي) can point back to."""
