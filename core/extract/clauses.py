"""Stage 2, clauses. Reads: `doc.tokens`, `doc.hits`. Adds: `doc.clauses` (cut at punctuation and
connectives, but not inside a list of places), `doc.tok_clause` (token -> clause), `doc.asides`
(short asides between commas), `doc.english_members` (English list members the gazetteer lacks,
listed as unresolved), `doc.headlines` (title paragraphs) and `doc.verbs` (attack and target words)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial

from core.extract.doc import Clause
from core.extract.lists import arabic_lists
from core.extract.place_rules import cue_introduces
from core.extract.lookup import lone_article, name_opener
from core.tokens import Token, unquoted

_SENTENCE_ENDS, _CLAUSE_ENDS = ".!?؟\n", "،,؛;:"
SENTENCE_GAP = re.compile(f"[{_SENTENCE_ENDS}]")
_SENTENCE_GAP = SENTENCE_GAP
_CLAUSE_GAP = re.compile(f"[{_CLAUSE_ENDS}]")
_ANY_GAP = re.compile(f"[{_SENTENCE_ENDS}{_CLAUSE_ENDS}]")
_PARAGRAPH_GAP = re.compile(r"\n")
_COMMA = re.compile("[,،]")
MAX_SENTENCE_TOKENS = 400
"""A longer sentence (text without full stops: OCR, PDF, social media) is read in parts of at most
this many words, so reading time stays linear in the text; the result says so in its notes. The
longest sentence of the corpus reports has 158 words."""
_FIELD_LABEL = re.compile(r"[^\W\d_][\w'-]*(?: [\w'-]+){0,3}: *\S")
"""A record's field line: up to four words and a colon, then its value (Civilians reported killed: 12)."""


def run(doc) -> None:
    tokens, by_kind = doc.tokens, doc.hits
    breaks = {h.first for h in by_kind["break"]}
    place_ends = {h.last for h in by_kind["place"]}
    place_starts = {h.first for h in by_kind["place"]} | {h.first for h in by_kind["cue"]}
    conjunctions = doc.eng.conjunctions
    place_starts |= {i for i in place_starts if i > 0 and tokens[i - 1].key in conjunctions}
    place_starts |= {i - 1 for i in place_starts if i > 0 and tokens[i - 1].key in conjunctions}
    place_starts |= {h.first for h in by_kind["quantity"] if h.value[0] == "plus" and h.last in place_starts}
    doc.asides = asides(doc, by_kind)
    if doc.eng.lang != "ar":
        place_starts |= {i - 1 for i in place_starts if i > 0 and lone_article(tokens, i - 1)}
        doc.english_members = english_list_runs(doc, place_ends, by_kind)
        place_starts |= {f for f, _ in doc.english_members.values()}
        place_ends |= {e for _, e in doc.english_members.values()}
    else:
        place_starts, place_ends = arabic_list_bounds(doc, place_starts, place_ends)
    n = len(tokens)
    counted_from = {h.first for h in by_kind["quantity"]}
    glued = {h.last for h in by_kind["casualty"]
             if h.last < n and (tokens[h.last].key[:1].isdigit() or h.last in counted_from)}
    clauses = segment(tokens, doc.starts, doc.norm.text, breaks, place_ends, place_starts, glued,
                      set(doc.list_of.values()), people_joined(doc))
    doc.clauses = clauses = bounded(clauses, doc.state)
    doc.tok_clause = tok_clause = [0] * len(tokens)
    for ci, c in enumerate(clauses):
        tok_clause[c.first:c.last] = [ci] * (c.last - c.first)
    doc.headlines = headlines(doc, clauses)
    doc.verbs = sorted(h.first for k in ("type", "victim") for h in by_kind[k])


def people_joined(doc) -> set[int]:
    """Tokens that are a singular or dual person noun with a clitic و (، وشاب، ومدنيين): one more
    victim joined to the people told before the comma, in the same clause."""
    return {h.first for h in doc.hits["casualty"]
            if h.value[0] == "person" and h.value[1] and h.cut > 0 and doc.tokens[h.first].text.startswith("و")}


def arabic_list_bounds(doc, place_starts: set[int], place_ends: set[int]) -> tuple[set[int], set[int]]:
    """Arabic lists read through members the gazetteer lacks (`lists.arabic_lists`): their
    members bound no clause, the unknown ones are listed as unresolved."""
    doc.list_of, unknown, tail = arabic_lists(doc)
    for f, l in unknown:
        s, e = doc.span(f, l)
        word = doc.tokens[f].text
        doc.state.note_unresolved(doc.full, s + (word[0] == "و" and len(word) > 3), e, same_start=True)
    return place_starts | set(doc.list_of) | {f for f, _ in unknown} | set(tail), place_ends | {l for _, l in unknown}


def segment(tokens: list[Token], starts: list[int], text: str, breaks: set[int], place_ends: set[int],
            place_starts: set[int], glued: set[int] = frozenset(), lists: set[int] = frozenset(),
            people: set[int] = frozenset()) -> list[Clause]:
    """Clauses: cut at sentence and clause punctuation and before connectives, but not at the
    commas of a list of places (Zamalka, Kafr Batna and Saqba; الفيجة، إضافة لقرى بسيمة), at the colon that opens one
    (`lists`: منها: أريحا-احسم), between a casualty word and its figure in a table-like line
    (killed: 4), nor at the comma before one more victim (`people`: عنصر من الدفاع المدني، وشاب) unless a
    place ends before it (a toll broken down by place: 3 في دارة عزة، ومدنيان في برج حيدر)."""
    clauses: list[Clause] = []
    sentence = paragraph = 0
    start = 0
    n = len(tokens)
    cuts = set(map(partial(bisect_right, starts), map(re.Match.start, _ANY_GAP.finditer(text))))
    cuts |= breaks
    for i in sorted(c for c in cuts if 0 < c < n):
        new_par, new_sent, clause_gap, bare = gap_kind(text[tokens[i - 1].end:tokens[i].start])
        if bare == ":" and (i in glued or i in lists):
            continue
        after_place = i in place_ends
        comma_list = bare in ("،", ",") and (after_place and i in place_starts or not after_place and i in people)
        if not (new_sent or (clause_gap and not comma_list) or i in breaks):
            continue
        clauses.append(Clause(start, i, sentence, paragraph))
        start = i
        sentence += new_sent
        paragraph += new_par
    clauses.append(Clause(start, n, sentence, paragraph))
    return clauses


def bounded(clauses: list[Clause], state, limit: int = MAX_SENTENCE_TOKENS) -> list[Clause]:
    """The clauses with every sentence over `limit` tokens cut into sentences of at most `limit`
    (at clause boundaries where it can, else inside the clause); `state.long_sentences` counts them."""
    if not clauses or max(c.last for c in clauses) - clauses[0].first <= limit:
        return clauses
    out: list[Clause] = []
    shift, sentence, start, cut = 0, -1, 0, False
    for c in clauses:
        if c.sentence != sentence:
            sentence, start, cut = c.sentence, c.first, False
        first = c.first
        while c.last - start > limit:
            at = max(first + 1, start + limit) if first == start else first
            if at >= c.last:
                break
            if at > first:
                out.append(Clause(first, at, sentence + shift, c.paragraph))
            shift += 1
            state.long_sentences += not cut
            cut, start, first = True, at, at
        out.append(Clause(first, c.last, sentence + shift, c.paragraph))
    return out


@lru_cache(maxsize=10_000)
def gap_kind(gap: str) -> tuple[bool, bool, bool, str]:
    """(new paragraph, new sentence, clause punctuation, the gap without spaces) of a gap between
    words; the same few gaps (", ", ".\n") recur throughout a text."""
    new_par = bool(_PARAGRAPH_GAP.search(gap))
    return new_par, new_par or bool(_SENTENCE_GAP.search(gap)), bool(_CLAUSE_GAP.search(gap)), unquoted(gap).strip()


def asides(doc, by_kind, longest: int = 10) -> dict[int, int]:
    """Short asides between commas that open with mostly / including / بينهم, or that count
    the people again (Three civilians, a man and his two sons, were killed): {token after the
    closing comma: first token of the aside}. A casualty word right after one may take its
    number from before it (500 people, mostly women and children, were treated ...)."""
    tokens, text, openers = doc.tokens, doc.norm.text, doc.eng.parenthetical
    out: dict[int, int] = {}
    if not openers:
        return out
    people = {h.first for h in by_kind["casualty"] if h.value[0] == "person"}
    counting = {h.first for h in by_kind["quantity"] if h.value[0] == "exact"}
    counting |= {h.first for h in by_kind["article"] if h.phrase in ("a", "an")}
    starts = doc.starts
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


def english_list_runs(doc, place_ends: set[int], by_kind) -> dict[int, tuple[int, int]]:
    """Kafr Batna, Ein Terma and Saqba: a capitalised run of up to three words (or al-/el- words:
    Awn al-Dadat, al-Hweja) that no lexicon knows, after a place and a comma or "and", and followed by a comma, "and" or the end of the
    sentence, is a list member the gazetteer lacks; so is such a run after another one (Hayan, Bayanoun and
    Tal Misabin, Babeed, Maarat Al artiq). {end of the place or member before: (first, last)}."""
    tokens, n, text, heads = doc.tokens, len(doc.tokens), doc.norm.text, doc.eng.compound_heads
    known = bytearray(n + 1)
    for k in ("place", "cue", "type", "actor", "casualty", "quantity", "not_place", "common",
              "generic", "direction", "break"):
        for h in by_kind[k]:
            if h.last - h.first == 1:
                known[h.first] = 1
            else:
                known[h.first:h.last] = b"\x01" * (h.last - h.first)
    runs, ends, cues = {}, set(place_ends), True
    while ends:
        found = set()
        for end, i, after_and in _list_openings(doc, ends, by_kind, cues):
            last = i
            while last < n and last - i < 4 and (not known[last] or lone_article(tokens, last) or last == i and i + 1 < n
                                                  and tokens[i].key in heads and tokens[i + 1].joined and not known[i + 1]) \
                    and name_opener(tokens, last) and (last == i or tokens[last].joined):
                last += 1
            if last == i:
                continue
            after = text[tokens[last - 1].end:tokens[last].start].strip() if last < n else "."
            if after in (",", ".", ";") or after == "" and tokens[last].key in doc.eng.conjunctions:
                runs[end] = (i, last)
            elif after_and and after == "" and not tokens[last].upper:
                runs[end] = (i, last)
            if after_and and end in runs:
                s, e = doc.span(i, last)
                doc.state.note_unresolved(doc.full, s, e, same_start=True)
            if runs.get(end) == (i, last) and last not in place_ends:
                found.add(last)
        ends, cues = found - set(runs), False
        place_ends = place_ends | found
    return runs


def _list_openings(doc, place_ends: set[int], by_kind, cues: bool = True):
    """(end of what opens a list member, its first token, whether "and" opens it): after a place, a comma or "and"; after a
    plural cue (the villages of al-Hwayz, Qlidin and al-Hwash), the first member itself."""
    tokens, n, text = doc.tokens, len(doc.tokens), doc.norm.text
    for end in place_ends:
        if end < n and tokens[end].key in doc.eng.conjunctions and tokens[end].joined:
            yield end, end + 1, True
        elif end < n and text[tokens[end - 1].end:tokens[end].start].strip() == ",":
            yield end, end, False
    for cue in by_kind["cue"] if cues else ():
        i = cue.last + (cue.last < n and tokens[cue.last].key == "of" and tokens[cue.last].joined)
        if cue.phrase.endswith("s") and i < n and tokens[i].joined and cue_introduces(doc, cue):
            yield cue.last, i, False


def headlines(doc, clauses: list[Clause], longest: int = 160) -> set[int]:
    """Paragraphs that are a title: one short line without a full stop, with text after it.
    Lines of a record (Date: ..., Location: ..., Civilians reported killed: ...), two or more
    "Label: value" lines in a row, are fields, not titles."""
    text, tokens = doc.norm.text, doc.tokens
    spans: dict[int, list[int]] = {}
    for c in clauses:
        spans.setdefault(c.paragraph, [c.first, c.last])[1] = c.last
    out, labelled = set(), set()
    for par, (first, last) in spans.items():
        start = tokens[first].start
        if doc.eng.lang != "ar" and _FIELD_LABEL.match(text, start):
            labelled.add(par)
        if last >= len(tokens):
            continue
        end = tokens[last - 1].end
        tail = text[end:tokens[last].start]
        if end - start <= longest and "\n" in tail and not _SENTENCE_GAP.search(tail.replace("\n", "")):
            out.add(par)
    return {p for p in out if not (p in labelled and (p - 1 in labelled or p + 1 in labelled))}
