"""A sidecar index of a gazetteer file (`<file>.index`, beside it): the file's rows already
validated and their name keys already computed, so each new process reads them back in a fraction
of the time it takes to validate and normalise every name again (the user file may hold
MAX_USER_PLACES places). Rebuilt whenever the file's bytes, the Python version or the code that
validates and normalises change; a missing, stale or unreadable index is simply rebuilt.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from core.gazetteer import Entry, name_keys, read_rows
from core.textio import write_atomic

FORMAT = 1
_FIELDS = tuple(f.name for f in fields(Entry))
_CODE = ("arabic.py", "translit.py", "gazetteer.py", "gazetteer_index.py", "model.py")


@lru_cache(maxsize=1)
def _code_hash() -> str:
    h = hashlib.sha1()
    for name in _CODE:
        h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()


def indexed_rows(path: Path, index: Path | None = None) -> tuple[list[tuple[int, Entry]], dict[str, tuple]]:
    """(line, Entry) for every row of a gazetteer file and {id: name_keys(entry)}: from its index
    (default `<file>.index`) when that is current, else by reading the file (GazetteerError naming
    file and line) and writing the index anew (skipped where the folder is not writable)."""
    index = index or path.with_name(path.name + ".index")
    stamp = (FORMAT, sys.version_info[:2], _code_hash(), hashlib.sha1(path.read_bytes()).hexdigest())
    cached = _read(index, stamp)
    if cached is not None:
        return cached
    rows = read_rows(path)
    keys = {e.id: name_keys(e) for _, e in rows}
    table = [(line, tuple(getattr(e, f) for f in _FIELDS), keys[e.id]) for line, e in rows]
    try:
        write_atomic(index, marshal.dumps((stamp, table)))
    except OSError:
        pass
    return rows, keys


def _entry(values: tuple) -> Entry:
    """An Entry from values the index holds, already validated: set directly, as unpickling would."""
    e = object.__new__(Entry)
    e.__dict__.update(zip(_FIELDS, values))
    return e


def _read(index: Path, stamp: tuple):
    try:
        got, table = marshal.loads(index.read_bytes())
        if got != stamp:
            return None
        rows = [(line, _entry(values)) for line, values, _ in table]
        return rows, {e.id: k for (_, e), (_, _, k) in zip(rows, table)}
    except (OSError, EOFError, ValueError, TypeError):
        return None
