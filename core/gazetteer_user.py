"""The user's own gazetteer file: new places validated, appended by rewriting the file atomically
(temporary file, fsync, rename) under a lock, and bounded by MAX_USER_PLACES.

A file a text editor left without its final newline keeps its last row on its own line, and a
crash or a second writer never leaves half a row behind.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import asdict
from itertools import islice
from pathlib import Path

from core.gazetteer import clear_cache, load_default, user_gazetteer_path
from core.gazetteer_rows import (COLUMNS, Entry, GazetteerError, _shown, _split, csv_rows, entry_to_row, read_rows,
                                 validate_row)
from core.textio import write_atomic

MAX_USER_PLACES = 50_000
"""The user gazetteer's bound: every place joins the engine each extraction builds, so a bigger file
makes every report slower (before the bound: 100k places took 6 s for the 5 KB example, 1M minutes)."""

try:
    import fcntl
except ImportError:  # Windows: one writer at a time is the user's affair
    fcntl = None


def _slug(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "place"


def make_entry(data, taken=()) -> Entry:
    """An Entry from a dict (aliases as lists or `|` text); id, precision and source defaulted."""
    if isinstance(data, Entry):
        return validate_row(entry_to_row(data))
    row = {c: data.get(c) for c in COLUMNS}
    for c in ("aliases_ar", "aliases_en"):
        row[c] = "|".join(_split(row[c]))
    row["precision"] = row["precision"] or "decimal"
    row["source"] = row["source"] or "user"
    if not row["id"] and row.get("name_en"):
        base = f"user-{_slug(str(row['name_en']))}"
        rid, n = base, 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        row["id"] = rid
    return validate_row(row)


def places_in(path: Path, at_most: int | None = None) -> int:
    """How many rows a gazetteer file holds (header, blank and # lines not counted), counting no
    further than `at_most` (so a huge file is judged in the time of a small one)."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        rows = (r for r in csv.reader(f) if r and r[0].strip() and not r[0].startswith("#"))
        return max(0, sum(1 for _ in islice(rows, None if at_most is None else at_most + 1)) - 1)


def _newlines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def check_size(path: Path, adding: int = 0) -> None:
    """GazetteerError when the user gazetteer at `path` holds (or, with `adding` more, would hold)
    more than MAX_USER_PLACES places. Its newlines are counted first: rows are never more."""
    if not path.is_file() or _newlines(path) + adding <= MAX_USER_PLACES:
        return
    have = places_in(path, at_most=MAX_USER_PLACES + 1)
    if have + adding <= MAX_USER_PLACES:
        return
    now = (f"{_shown(path)} has more than {MAX_USER_PLACES:,} places" if have > MAX_USER_PLACES else
           f"{_shown(path)} has {have:,} places; adding {adding:,} would make {have + adding:,}")
    raise GazetteerError(f"{now}; the limit is {MAX_USER_PLACES:,} (each place slows every extraction): "
                         "import one area or a filtered file, or move the file away")


@contextmanager
def locked(path: Path):
    """Exclusive use of the user file by this process while the block runs (a lock file beside it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        if fcntl:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl:
                fcntl.flock(lock, fcntl.LOCK_UN)


def existing_rows(path: Path) -> list:
    """(line, Entry) of the user file, or [] when it does not exist or is empty."""
    return read_rows(path) if path.is_file() and path.stat().st_size else []


def append_entries(path: Path, entries) -> None:
    """`entries` added after the file's rows (a header first if the file is new or blank); the
    file is rewritten atomically. Call inside `locked(path)`."""
    old = path.read_bytes() if path.is_file() else b""
    if not old.strip(b"\xef\xbb\xbf \t\r\n"):
        data = csv_rows(entries).encode("utf-8")
    else:
        data = (old if old.endswith((b"\n", b"\r")) else old + b"\n") + csv_rows(entries, header=False).encode("utf-8")
    write_atomic(path, data)
    clear_cache()


def add_user_entry(entry_or_dict, path: Path | str | None = None) -> Entry:
    """Validate an entry and append it to the user gazetteer (created with a header if new).
    GazetteerError with the reason when the entry is refused (bad field, id already in the file,
    parent_id unknown, the file at its size bound)."""
    path = Path(path).expanduser() if path else user_gazetteer_path()
    with locked(path):
        existing = existing_rows(path)
        check_size(path, adding=1)
        bundled = load_default(path)
        taken = {e.id for _, e in existing} | {e.id for e in bundled.entries}
        entry = make_entry(entry_or_dict, taken)
        if any(e.id == entry.id for _, e in existing):
            raise GazetteerError(f"{_shown(path)}: id {entry.id!r} is already in the user gazetteer")
        if entry.parent_id and entry.parent_id not in taken:
            raise GazetteerError(f"parent_id {entry.parent_id!r} is not an id in the gazetteer")
        if entry.parent_id and not entry.parent:
            p = bundled.get(entry.parent_id) or next(e for _, e in existing if e.id == entry.parent_id)
            entry = Entry(**{**asdict(entry), "parent": p.name_en})
        append_entries(path, [entry])
    return entry
