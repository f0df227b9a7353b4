"""Long reports in sections: a report is cut at paragraph breaks into sections of about
`CHUNK_CHARS` characters, each read on its own (its language runs, scope and merging start
afresh) and merged in text order, so the result never depends on the number of workers. A text
over `PARALLEL_MIN_CHARS` is read by a fork-context `multiprocessing.Pool` (one process per core,
sections taken one at a time as workers come free). A section a worker fails on is reported on
stderr and in the result's notes, and read again here."""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass
from typing import Callable

from core.dates import report_date as find_report_date
from core.extract import pipeline
from core.extract.clauses import MAX_SENTENCE_TOKENS
from core.extract.engine import engine, gazetteer_or_default
from core.extract.state import State
from core.langdetect import arabic_letters, latin_letters, paragraphs
from core.model import Extraction, ReportInfo

CHUNK_CHARS = 50_000
PARALLEL_MIN_CHARS = 300_000


@dataclass
class Job:
    """What every section of one extraction reads from (inherited by forked workers)."""
    text: str
    lang: str | None
    report_date: str | None
    gz: object
    sections: list


def read(text: str, lang: str | None, date: str | None, gazetteer,
         progress: Callable[[float, str], None] | None) -> Extraction:
    """The report's extraction, section by section."""
    gz = gazetteer_or_default(gazetteer)
    report_date = date or find_report_date(text)
    sections = list(chunks(text, 0, len(text)))
    state = State()
    job = Job(text, lang, report_date, gz, sections)
    counts, notes = [], []
    for k, (part, letters) in enumerate(read_sections(job, notes)):
        state.absorb(part)
        counts.append(letters)
        if progress:
            progress((k + 1) / len(sections), f"read {sections[k][1]:,} of {len(text):,} characters")
    arabic = sum(ar for ar, _ in counts)
    latin = sum(n if n is not None else latin_letters(text[slice(*sections[k])])
                for k, (_, n) in enumerate(counts)) if arabic else 0
    report_lang = lang or ("ar" if arabic > latin else "en")
    if state.long_sentences:
        notes.append(f"{state.long_sentences:,} sentence(s) longer than {MAX_SENTENCE_TOKENS} words (text without "
                     f"full stops) were read in parts of at most {MAX_SENTENCE_TOKENS} words")
    return Extraction(ReportInfo(report_lang, report_date, len(text)), tuple(state.finish()),
                      tuple(state.unresolved), tuple(notes))


def chunks(text: str, start: int, end: int, size: int = CHUNK_CHARS):
    """[start, end) cut at paragraph breaks into pieces of about `size` characters, so memory and
    time stay proportional to the text and long reports can show progress; a paragraph longer than
    two pieces (text without line breaks) is cut at a space."""
    while end - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.find("\n", start + size, start + 2 * size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + size)  # a paragraph of over 2 sections: at a space
        if cut < 0 or cut >= end:
            break
        yield start, cut + 1
        start = cut + 1
    yield start, end


def read_section(k: int, job: Job) -> tuple[State, tuple[int, int | None]]:
    """The state of section k, and its Arabic and Latin letter counts for the report's language
    (Latin None for a section without Arabic: only a mixed report needs it, and counting costs)."""
    s, e = job.sections[k]
    part = job.text[s:e]
    arabic = arabic_letters(part)
    latin = latin_letters(part) if arabic else None
    state = State()
    main = "ar" if arabic > (latin or 0) else "en"
    if job.lang or not (arabic and latin):
        runs = [(0, len(part), job.lang or main)]  # one script: one run, no need to judge each line
    else:
        runs = language_runs(part, main)
    for rs, re_, run_lang in runs:
        run = part[rs:re_]
        if run.strip():
            pipeline.read(engine(run_lang, job.gz), run, s + rs, job.text, job.report_date, state)
    return state, (arabic, latin)


def language_runs(text: str, default: str) -> list[tuple[int, int, str]]:
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


def workers(job: Job) -> int:
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


def read_sections(job: Job, notes: list[str]):
    """Each section's state and letter counts, in text order."""
    n = workers(job)
    if n < 2:
        yield from (read_section(k, job) for k in range(len(job.sections)))
        return
    for lang in (job.lang,) if job.lang else ("ar", "en"):
        engine(lang, job.gz)
    done = pooled(job, n, notes)
    for k in range(len(job.sections)):
        yield done[k] if k in done else read_section(k, job)


_JOB: Job | None = None
"""The job of the worker process (set by its initializer)."""


def _hold(job: Job) -> None:
    global _JOB
    _JOB = job


def _task(k: int) -> tuple[int, tuple | None, str | None]:
    """(k, section k's state made portable and its letters, or None and why it failed)."""
    try:
        state, letters = read_section(k, _JOB)
        return k, (state.portable(), letters), None
    except Exception as e:  # reported by the parent, which reads the section itself
        return k, None, f"{type(e).__name__}: {e}"


def pooled(job: Job, n: int, notes: list[str]) -> dict:
    """{section: (state, letters)} read by a fork-context Pool of `n` workers, one section at a
    time so the cores finish together however unevenly the sections cost. A section a worker
    failed on is missing (and read by the caller); the failure goes to stderr and `notes`."""
    done = {}
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(n, initializer=_hold, initargs=(job,)) as pool:
        for k, result, error in pool.imap_unordered(_task, range(len(job.sections)), chunksize=1):
            if result is None:
                note = f"a worker failed on section {k + 1} ({error}); it was read again in the main process"
                print(f"incident-map: {note}", file=sys.stderr)
                notes.append(note)
                continue
            result[0].restore(job.gz)
            done[k] = result
    return done
