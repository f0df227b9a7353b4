"""`python -m core archive add|export|import-acled|import-saved|list|places|split`: the archive of many
reports (SQLite file, or the PostgreSQL server INCIDENT_MAP_DB names)."""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from core.cli import UsageError


def register(sub) -> None:
    p = sub.add_parser("archive", help="the archive of many reports: add, export, import ACLED, list")
    p.add_argument("--db", help="database URL or SQLite file (default: $INCIDENT_MAP_DB or "
                                "~/.incident-map/incident-map.sqlite)")
    acts = p.add_subparsers(dest="action", required=True)
    add = acts.add_parser("add", help="add report files or folders of them (same text twice = stored once)")
    add.add_argument("paths", nargs="+", metavar="FILE|DIR")
    add.add_argument("--lang", choices=("ar", "en"))
    add.add_argument("--date", type=_date, help="report date YYYY-MM-DD when the text gives none")
    add.add_argument("--workers", type=int, help="reading processes (default: one per core)")
    exp = acts.add_parser("export", help="the incidents of a period, each event once")
    exp.add_argument("--from", dest="date_from", type=_date, help="first day YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", type=_date, help="last day YYYY-MM-DD")
    exp.add_argument("--format", default="csv", choices=("csv", "geojson", "kml", "acled"))
    exp.add_argument("--types", help="attack types, comma-separated (default: all)")
    exp.add_argument("--all-sources", action="store_true", help="every report's incident, not one per event")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    ac = acts.add_parser("import-acled", help="add an ACLED CSV export (ACLED's count rule)")
    ac.add_argument("file")
    sv = acts.add_parser("import-saved", help="copy the saved reports of a `saved` database file")
    sv.add_argument("file", nargs="?", help="default: the `saved` command's file")
    ls = acts.add_parser("list", help="archived reports of a period")
    ls.add_argument("--from", dest="date_from", type=_date)
    ls.add_argument("--to", dest="date_to", type=_date)
    pl = acts.add_parser("places", help="share user gazetteer places through the archive")
    pl.add_argument("direction", choices=("push", "pull"), help="push: your file to the archive; pull: the reverse")
    pl.add_argument("file", nargs="?", help="user gazetteer file (default: yours)")
    sp = acts.add_parser("split", help="take an incident out of the event it was linked to")
    sp.add_argument("incident", type=int)
    p.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date YYYY-MM-DD") from None


def _url(db: str | None) -> str | None:
    if db is None or "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def run(args) -> int:
    from core.archive import Archive, ArchiveError
    try:
        archive = Archive(_url(args.db))
    except ArchiveError as e:
        raise UsageError(str(e)) from None
    try:
        return ACTIONS[args.action](archive, args)
    finally:
        archive.close()


class Bar:
    """A progress bar on standard error: files done, reports a second, refused files."""

    def __init__(self, stream=sys.stderr, width: int = 30):
        self.stream, self.width, self.start, self.last = stream, width, time.monotonic(), -1.0

    def __call__(self, done: int, total: int, outcome) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.2:
            return
        self.last = now
        full = self.width * done // max(total, 1)
        rate = outcome.added / max(now - self.start, 1e-9)
        self.stream.write(f"\r[{'#' * full}{'.' * (self.width - full)}] {done}/{total} files · "
                          f"{rate:.1f} reports/s · {outcome.known} already there · {len(outcome.failed)} refused")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _add(archive, args) -> int:
    from core.archive.ingest import add_files, collect
    if not collect(args.paths):
        raise UsageError("no report files (*.txt, *.text, *.md) in " + ", ".join(args.paths))
    out = add_files(archive, args.paths, lang=args.lang, date=args.date.isoformat() if args.date else None,
                    workers=args.workers, progress=Bar())
    for _path, why in out.failed:
        print(f"error: {why}", file=sys.stderr)
    print(f"added {out.added} reports ({out.incidents} incidents); {out.known} already in the archive; "
          f"{len(out.failed)} refused")
    return 2 if out.failed else 0


def _export(archive, args) -> int:
    from core.archive.export import export_bytes
    from core.filters import Filter
    from core.model import TYPES
    types = frozenset(t.strip() for t in (args.types or "").split(",") if t.strip())
    bad = sorted(types - set(TYPES) - {"unknown"})
    if bad:
        raise UsageError(f"unknown attack type(s) {', '.join(bad)} (one of {', '.join(TYPES)}, unknown)")
    data = export_bytes(archive, args.format, args.date_from, args.date_to, Filter(types=types),
                        args.all_sources)
    if not args.output:
        sys.stdout.buffer.write(data)
        return 0
    write_atomic(Path(args.output), data)
    return 0


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing (a temporary file beside it, then renamed)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None


def _import_acled(archive, args) -> int:
    from core.archive import acled
    from core.gazetteer import load_default
    from core.model import Extraction, ReportInfo
    try:
        text, incidents = acled.load(args.file)
    except acled.BadAcled as e:
        raise UsageError(str(e)) from None
    incidents = acled.on_gazetteer(incidents, load_default())
    res = archive.add(text, Extraction(ReportInfo("en", None, len(text)), tuple(incidents)),
                      source=f"ACLED: {Path(args.file).name}", title=f"ACLED export {Path(args.file).name}")
    if not res.new:
        print(f"{args.file} is already in the archive (report {res.report_id})")
    else:
        print(f"added {res.incidents} ACLED events from {args.file} (report {res.report_id})")
    return 0


def _import_saved(archive, args) -> int:
    from core.archive.legacy import BadSavedFile, import_saved
    from core.storage import default_path
    try:
        added, known = import_saved(archive, args.file or default_path())
    except BadSavedFile as e:
        raise UsageError(str(e)) from None
    print(f"added {added} saved reports; {known} already in the archive")
    return 0


def _list(archive, args) -> int:
    from core.archive import query
    with archive.engine.connect() as con:
        for r in query.reports(con, args.date_from, args.date_to):
            print(f"{r['id']}\t{r['date'] or '-'}\t{r['lang'] or '-'}\t{r['incidents']} incidents\t"
                  f"{r['source']}\t{r['title']}")
    return 0


def _places(archive, args) -> int:
    from core.archive import places
    from core.gazetteer import GazetteerError
    try:
        n = (places.push if args.direction == "push" else places.pull)(archive, args.file)
    except GazetteerError as e:
        raise UsageError(str(e)) from None
    print(f"{n} places {'put into the archive' if args.direction == 'push' else 'added to your gazetteer'}")
    return 0


def _split(archive, args) -> int:
    try:
        event = archive.split(args.incident)
    except KeyError:
        raise UsageError(f"no archived incident {args.incident}") from None
    print(f"incident {args.incident} is now event {event} on its own")
    return 0


ACTIONS = {"add": _add, "export": _export, "import-acled": _import_acled, "import-saved": _import_saved,
           "list": _list, "places": _places, "split": _split}
