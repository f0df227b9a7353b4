"""Report text -> located incidents (`core.model.Extraction`).

A report is read in sections (`sections`), each as runs of one language; a run is a `Doc` that
passes through the stages listed in `pipeline.STAGES`: lookup (tokens and lexicon hits), clauses,
facts (types and actors), counts, mentions (places), anaphora, unresolved names, assembly. What
outlives a run (scope, merged incidents, unresolved names) is in `state.State`.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from typing import Callable

from core.extract.engine import Engine, engine
from core.extract.sections import CHUNK_CHARS, PARALLEL_MIN_CHARS
from core.model import Extraction

__all__ = ["extract", "check_text", "InputError", "MAX_CHARS", "CHUNK_CHARS", "PARALLEL_MIN_CHARS",
           "Engine", "engine"]

MAX_CHARS = 20_000_000
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
"""Control characters other than line and page breaks, and the replacement character."""


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
    if "\x00" in text or bad > max(8, len(sample) // 50):
        raise InputError("the input looks like binary data, not a text report")
    return text


def extract(text: str, *, lang: str | None = None, date: str | None = None, gazetteer=None,
            progress: Callable[[float, str], None] | None = None) -> Extraction:
    """Every located incident of a report, with evidence offsets into `text` as given (lone CRs, old
    Mac line ends, read as line breaks: one character for one, so the offsets hold)."""
    from core.extract import sections
    from core.textio import lines_unified
    check_text(text)
    with _no_gc():
        return sections.read(lines_unified(text), lang, date, gazetteer, progress)


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
