"""`python -m core export REPORT.txt|FILE.json|FILE.geojson|FILE.csv --format csv|geojson|kml -o OUT`."""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from core.cli import UsageError
from core.model import TYPES, Incident


@dataclass(frozen=True)
class Loaded:
    """Incidents read from the command line's input, with what the map caption needs."""
    incidents: tuple[Incident, ...]
    date: str | None
    source: str


def register(sub) -> None:
    p = sub.add_parser("export", help="write incidents as CSV (ACLED columns), GeoJSON or KML")
    add_input_arguments(p)
    p.add_argument("--format", choices=("csv", "geojson", "kml"), required=True)
    p.add_argument("-o", "--output", required=True, help="file to write, or - for standard output")
    p.set_defaults(run=run)


def add_input_arguments(p) -> None:
    p.add_argument("input", help="a report (UTF-8 text, or - for standard input), or a JSON, "
                                 "GeoJSON or CSV that this tool wrote")
    p.add_argument("--lang", choices=("ar", "en"), help="force the report's language")
    p.add_argument("--date", help="report date YYYY-MM-DD (default: a date written in the report)")
    p.add_argument("--types", help="keep only these attack types, comma-separated (e.g. airstrike,barrel_bomb)")


def load_input(args) -> Loaded:
    """Incidents from a report (extracted here) or a file the tool exported; --types applied."""
    from core import imports
    from core.commands.extract import decode
    path = args.input
    types = parse_types(args.types)
    raw = _read_bytes(path)
    if _looks_exported(raw):
        try:
            incidents = imports.loads(raw, path)
        except imports.BadFile as e:
            raise UsageError(str(e)) from None
        dates = sorted({i.date for i in incidents if i.date})
        date = dates[0] if len(dates) == 1 else f"{dates[0]} – {dates[-1]}" if dates else None
        source = Path(path).name
    else:
        from core.extract import InputError, extract
        text = decode(raw, "standard input" if path == "-" else path)
        if args.date:
            check_date(args.date)
        try:
            x = extract(text, lang=args.lang, date=args.date)
        except InputError as e:
            raise UsageError(str(e)) from None
        date = x.report.date
        incidents = [replace(i, date=i.date or date) for i in x.incidents]
        source = "standard input" if path == "-" else Path(path).name
    if types:
        incidents = [i for i in incidents if set(i.types) & set(types)]
    return Loaded(tuple(incidents), date, source)


def _read_bytes(path: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from None


def _looks_exported(raw: bytes) -> bool:
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"{", b"[")) or (b"incident_id" in head.split(b"\n", 1)[0]
                                             and b"exported_by" in head.split(b"\n", 1)[0])


def parse_types(spec: str | None) -> tuple[str, ...]:
    """'airstrike,barrel_bomb' -> the types; UsageError naming an unknown one."""
    if not spec:
        return ()
    types = tuple(t.strip() for t in spec.split(",") if t.strip())
    bad = [t for t in types if t not in TYPES]
    if bad:
        raise UsageError(f"unknown attack type {bad[0]!r} (known: {', '.join(TYPES)})")
    return types


def check_date(s: str) -> None:
    import datetime as dt
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        raise UsageError(f"--date {s!r} is not a date in the form YYYY-MM-DD") from None


def write_output(path: str, data: bytes) -> None:
    """Bytes to a file (folders made) or to standard output for '-'."""
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(data)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None


def run(args) -> int:
    from core import exports
    loaded = load_input(args)
    write_output(args.output, exports.export(loaded.incidents, args.format, name=loaded.source))
    if args.output != "-":
        print(f"wrote {len(loaded.incidents)} incidents to {args.output}", file=sys.stderr)
    return 0
