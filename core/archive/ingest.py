"""Adding many report files: read and hash them, skip the texts already stored (so a killed import
resumes where it stopped), read the rest in parallel on the machine's cores, and store each report
in its own transaction as its reading arrives (a kill loses at most the report being written)."""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from core import textio
from core.archive.store import Archive, sha256

REPORT_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class Outcome:
    """What an import did: files added, already there, refused (with their one-line reason)."""
    added: int = 0
    known: int = 0
    incidents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """The report files named, and those (*.txt, *.text, *.md) under the folders named, in order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES)
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _read(path: Path) -> tuple[str | None, str | None]:
    """(text, None) or (None, one-line reason)."""
    try:
        return textio.decode(path.read_bytes(), str(path)), None
    except OSError as e:
        return None, f"cannot read {path}: {e.strerror or e}"
    except textio.NotText as e:
        return None, str(e)


def _extract(job: tuple[str, str, str | None, str | None]):
    """Worker: (path, text, lang, date) -> (path, extraction or None, error or None)."""
    from core.extract import InputError, extract
    path, text, lang, date = job
    try:
        return path, extract(text, lang=lang, date=date), None
    except InputError as e:
        return path, None, f"{path}: {e}"


def _init_worker() -> None:
    os.environ["INCIDENT_MAP_WORKERS"] = "1"  # a worker reads its report alone


def add_files(archive: Archive, paths: Iterable[str | Path], *, lang: str | None = None,
              date: str | None = None, workers: int | None = None,
              progress: Callable[[int, int, Outcome], None] | None = None) -> Outcome:
    """Add report files to the archive; `progress(done, total, outcome)` after each file."""
    files = collect(paths)
    out, total, done = Outcome(), len(files), 0
    texts: dict[str, str] = {}
    for f in files:
        text, err = _read(f)
        if err:
            out.failed.append((str(f), err))
        elif text is not None:
            texts[str(f)] = text
    seen = archive.known({sha256(t) for t in texts.values()})
    jobs, hashes = [], set(seen)
    for path, text in texts.items():
        h = sha256(text)
        if h in hashes:
            out.known += 1
        else:
            hashes.add(h)
            jobs.append((path, text, lang, date))
    done = total - len(jobs)
    if progress:
        progress(done, total, out)
    for path, x, err in _readings(jobs, workers):
        if err:
            out.failed.append((path, err))
        else:
            added = archive.add(texts[path], x, source=path, date=date)
            out.added += added.new
            out.known += not added.new
            out.incidents += added.incidents
        done += 1
        if progress:
            progress(done, total, out)
    return out


def _readings(jobs: list, workers: int | None):
    """The readings of `jobs` as they finish: forked workers, one per core, when it pays."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(jobs) < 2:
        yield from map(_extract, jobs)
        return
    # the first report is read here, so the lexicons and the gazetteer are loaded once, before the
    # fork, and every worker starts with them
    yield _extract(jobs[0])
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(min(workers, len(jobs) - 1), initializer=_init_worker) as pool:
        yield from pool.imap_unordered(_extract, jobs[1:], chunksize=1)
