"""Stage 4, counts. Reads: `doc.hits` (casualty, quantity, article, negation, actor, place, cue, aggregate),
`doc.clauses`, `doc.asides`. Adds each clause's `counts` (casualty counts with their
uncertainty, read by `core.quantities.CountReader` one sentence at a time) and their highlighted
words. Campaign totals (منذ بدء الحملة, a breakdown by governorate) keep none; a table's
casualty columns give their rows' counts."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from core.arabic import name_key
from core.extract import count_breakdowns as breakdowns
from core.extract import projections
from core.extract import uncounted
from core.extract.doc import Clause
from core.extract.lookup import longest as _longest
from core.matcher import Hit
from core.model import Count
from core.numbers import digits
from core.places import is_coarse
from core.quantities import CountMention, CountReader, may_count


def run(doc) -> None:
    tokens, clauses, tok_clause, by_kind = doc.tokens, doc.clauses, doc.tok_clause, doc.hits
    count_hits = by_kind["casualty"] + by_kind["quantity"] + by_kind["article"] + by_kind["negation"]
    per_sentence: dict[int, list[Hit]] = defaultdict(list)
    for h in count_hits:
        per_sentence[clauses[tok_clause[h.first]].sentence].append(h)
    clauses_of: dict[int, list[Clause]] = defaultdict(list)
    for c in clauses:
        clauses_of[c.sentence].append(c)
    subjects = {h.first: h.last for h in _longest(by_kind["actor"])} if doc.eng.lang == "ar" else {}
    place_starts = frozenset(h.first for k in ("place", "cue") for h in by_kind[k])
    attack_starts = _attack_starts(doc)
    totals = toll_clauses(doc, {tok_clause[h.first] for h in by_kind["aggregate"] if h.value != breakdowns.SCOPE})
    total_sentences = {clauses[tok_clause[h.first]].sentence for h in by_kind["aggregate"]
                       if h.value in ("sentence", breakdowns.SCOPE)}
    parts_after = breakdowns.cues(doc) if total_sentences else {}
    doc.period_tolls = {clauses[k].sentence for k in totals}
    fine_at = breakdowns.fine_places(doc) if parts_after else set()
    total_clauses = breakdown_heads(doc, clauses, total_sentences, by_kind["place"]) if total_sentences else set()
    for sent, hs in per_sentence.items():
        if not may_count(hs):
            continue  # every clause keeps its empty count list
        reader = _reader(doc, hs, subjects, place_starts)
        for c in clauses_of[sent]:
            c.counts = reader.read(c.first, c.last)
            if c.counts and (tok_clause[c.first] in totals or c.sentence in total_sentences or id(c) in total_clauses):
                c.counts = breakdowns.parts(c, parts_after[sent], fine_at) if sent in parts_after else []
                c.massacre = c.massacre and bool(c.counts)  # the massacres of a campaign's toll
            c.counts[:] = [cm for cm in c.counts if not _counts_attacks(doc, cm, attack_starts)
                           and not projections.projected(doc, cm, c)]
            for cm in c.counts:
                c.cue_tokens.append((cm.first, cm.last, "count"))
    if total_sentences:
        breakdowns.listed_parts(doc, clauses_of, lambda sent: _reader(doc, per_sentence[sent], subjects, place_starts))
    uncounted.add(doc, lambda c: doc.tok_clause[c.first] in totals or c.sentence in total_sentences)
    area_breakdowns(doc, clauses, {h.first for h in by_kind["place"] if is_coarse(h.value)
                                   or name_key(h.value.name_ar) in doc.eng.governorates})
    if "|" in doc.norm.text or "\t" in doc.norm.text:
        table_counts(doc, clauses, by_kind, tok_clause)
    doc.additive = additive_sentences(doc, clauses_of)
    doc.lead_sentence = next((c.sentence for c in clauses if c.counts and c.paragraph not in doc.headlines), -1)


def _reader(doc, hits: list[Hit], subjects: dict, place_starts: frozenset) -> CountReader:
    """The count reader of one sentence's `hits`, with the function words of the engine it asks about."""
    eng = doc.eng
    return CountReader(doc.tokens, hits, doc.norm, eng.fillers, doc.asides, eng.parenthetical, subjects, place_starts,
                       part_links=eng.part_links, companions=eng.companions, others=eng.others)


ADDITIVE_REACH = 2
"""An additive cue opens its sentence when it starts within this many tokens of it (هذا كما دارت اشتباكات)."""


def additive_sentences(doc, clauses_of: dict) -> set[int]:
    """Sentences opened by an additive cue (كما، وفي سياق آخر): they tell one more event."""
    out = set()
    for h in doc.hits.get("additive", ()):
        sent = doc.clauses[doc.tok_clause[h.first]].sentence
        if h.first - clauses_of[sent][0].first < ADDITIVE_REACH:
            out.add(sent)
    return out


def _attack_starts(doc) -> set[int]:
    """Where English attack words start: a casualty verb's number right before one counts attacks,
    not people (the jets executed three airstrikes)."""
    return {h.first for h in doc.hits["type"] if h.cut == 0} if doc.eng.lang == "en" else set()


def _counts_attacks(doc, cm: CountMention, attack_starts: set[int]) -> bool:
    """The number after the casualty word stands right before an attack word, in the same phrase."""
    return cm.last in attack_starts and cm.last > cm.anchor + 1 and not doc.gap(cm.last).strip()


BREAKDOWN_MIN = 3
"""A sentence with this many counts each right before an area (governorate, countryside) lists a toll by area."""


def area_breakdowns(doc, clauses: list[Clause], coarse_at: set[int]) -> None:
    """سقوط 43 قتيلاً بينهم 20 في دمشق وريفها، و9 في درعا، و5 في حلب، و3 في كل من حماة وحمص: a toll
    broken down by area (a governorate, or a town of a governorate's name) is no incident's count.
    The counts of its parts, and the total before them (when at least their sum), are dropped, so
    an area named only with such a part is no incident."""
    numbers = [(h.first, h.last, h.value[1]) for h in doc.hits["quantity"] if h.value[0] == "exact"]
    numbers += [(t, t + 1, n) for t, tok in enumerate(doc.tokens) if (n := digits(tok)) is not None]
    numbers += [(cm.first, cm.last, cm.count.best) for c in clauses for cm in c.counts]
    parts: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for first, last, n in sorted(numbers):
        area = _area_after(doc, last, coarse_at)
        if area is not None:
            parts[clauses[doc.tok_clause[first]].sentence].setdefault(area, (first, n or 0))
    of_sentence: dict[int, list[Clause]] = defaultdict(list)
    for c in clauses:
        if len(parts.get(c.sentence, ())) >= BREAKDOWN_MIN:
            of_sentence[c.sentence].append(c)
    for sent, areas in parts.items():
        if len(areas) < BREAKDOWN_MIN:
            continue
        start = min(first for first, _ in areas.values())
        rest = sum(n for first, n in areas.values() if first != start)
        pairs = [(c, cm) for c in of_sentence[sent] for cm in c.counts]
        drop = [(c, cm) for c, cm in pairs if _area_after(doc, cm.last, coarse_at) in areas]
        head = [(c, cm) for c, cm in pairs if cm.last <= start and (cm.count.best or 0) >= rest]
        for c, cm in drop + head[-1:]:
            c.counts.remove(cm)


def _area_after(doc, t: int, coarse_at: set[int]) -> int | None:
    """Where an area's name starts within a few linking words after token t (و9 في درعا؛ وواحد في
    كل من الحسكة: one word that is no link may stand among them), if one does."""
    others = 0
    for k in range(t, min(t + 4, len(doc.tokens))):
        if k in coarse_at:
            return k
        if doc.tokens[k].key not in doc.eng.links:
            others += 1
            if others > 1:
                return None
    return None


def toll_clauses(doc, cued: set[int]) -> set[int]:
    """حملة من القصف ... منذ انتهاء هدنة عيد الأضحى، راح ضحيتها مئات الشهداء: a period cue holds for its
    clause and for the clauses after it in the sentence that name no attack and no place after a
    place cue or a preposition (في، على); a cue in a clause of its own (no casualty word, no attack)
    also holds for the clause before it."""
    clauses, tokens, links = doc.clauses, doc.tokens, doc.eng.links
    named = {h.first for h in doc.hits["cue"]} | {
        h.first for h in doc.hits["place"] if h.first > 0 and tokens[h.first - 1].key in links}
    out = set(cued)
    counted = {doc.tok_clause[h.first] for h in doc.hits["casualty"] if h.value[0] in ("killed", "wounded")}
    for k in sorted(cued):
        if k > 0 and k not in counted and not clauses[k].types and clauses[k - 1].sentence == clauses[k].sentence:
            out.add(k - 1)  # مقتل 1453 مدنياً في إدلب، منذ توقيع اتفاق سوتشي: a period after its toll
        j = k + 1
        while j < len(clauses) and j not in out and clauses[j].sentence == clauses[k].sentence and not clauses[j].types \
                and not any(t in named for t in range(clauses[j].first, clauses[j].last)):
            out.add(j)
            j += 1
    return out


def breakdown_heads(doc, clauses: list[Clause], total_sentences: set[int], place_hits: list[Hit]) -> set[int]:
    """موزعين على المحافظات كالتالي:\nحلب: 17 شهيداً.\nإدلب: 8 شهداء، بينهم 5 في مدينة سراقب...: the lines
    right after a breakdown that ends in a colon give an area's toll before their first comma
    (when that part names no attack); what follows the comma may still be an incident."""
    text, tokens = doc.norm.text, doc.tokens
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


def table_counts(doc, clauses, by_kind, tok_clause) -> None:
    """Location | Incident | Killed | Injured: in a table whose header row names a casualty
    kind for a column, a number in that column of a later row is that row's count."""
    text, tokens, starts = doc.norm.text, doc.tokens, doc.starts
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
            cm = CountMention(kind, Count(n, n, n, False, doc.full[slice(*doc.span(i, i + 1))]), i, i + 1, i)
            c = clauses[tok_clause[i]]
            c.counts.append(cm)
            c.cue_tokens.append((i, i + 1, "count"))
