"""`python -m core extract REPORT.txt|- [--format json|csv|geojson] [--lang ar|en] [--date YYYY-MM-DD]`."""
from __future__ import annotations

import datetime as dt
import json
import sys

from core import textio
from core.cli import UsageError


def register(sub) -> None:
    p = sub.add_parser("extract", help="read a report and print its located incidents")
    p.add_argument("report", help="report file (UTF-8 text), or - for standard input")
    p.add_argument("--format", choices=("json", "csv", "geojson"), default="json")
    p.add_argument("--lang", choices=("ar", "en"), help="force the language (default: detected)")
    p.add_argument("--date", help="report date YYYY-MM-DD (default: a date written in the report)")
    p.set_defaults(run=run)


def read_report(path: str) -> str:
    """The report's text from a file or stdin; UsageError with one line when it is not text."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from None
    return decode(data, "standard input" if path == "-" else path)


def decode(data: bytes, name: str) -> str:
    """The bytes of a report as text; UsageError with one line when they are not."""
    try:
        return textio.decode(data, name)
    except textio.NotText as e:
        raise UsageError(str(e)) from None


def run(args) -> int:
    from core.extract import InputError, extract   # here, not at the top: `python -m core --help` skips it
    from core.model import to_dict
    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(f"--date {args.date!r} is not a date in the form YYYY-MM-DD") from None
    text = read_report(args.report)
    try:
        result = extract(text, lang=args.lang, date=args.date)
    except InputError as e:
        raise UsageError(str(e)) from None
    out = sys.stdout
    if args.format == "json":
        json.dump(to_dict(result), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        from core import exports
        if args.format == "csv":
            out.write(exports.to_csv(result.incidents, bom=False))
        else:
            json.dump(exports.to_geojson(result.incidents), out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 0
