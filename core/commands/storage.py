"""`python -m core saved list|show ID|save REPORT.txt|delete ID [--db FILE]`: the saved-reports database."""
from __future__ import annotations

import json
import sys

from core.cli import UsageError
from core.model import to_dict


def register(sub) -> None:
    p = sub.add_parser("saved", help="list, show, save or delete saved reports (SQLite database)")
    p.add_argument("--db", help="database file (default: $INCIDENT_MAP_DB or ~/.incident-map/incident-map.sqlite)")
    acts = p.add_subparsers(dest="action", required=True)
    acts.add_parser("list", help="saved reports, newest first")
    show = acts.add_parser("show", help="a saved report's incidents as JSON (edits take precedence)")
    show.add_argument("id", type=int)
    show.add_argument("--text", action="store_true", help="print the report text instead")
    save = acts.add_parser("save", help="extract a report and save it")
    save.add_argument("report", help="report file (UTF-8 text), or - for standard input")
    save.add_argument("--title")
    save.add_argument("--lang", choices=("ar", "en"))
    save.add_argument("--date", help="report date YYYY-MM-DD")
    delete = acts.add_parser("delete", help="remove a saved report")
    delete.add_argument("id", type=int)
    p.set_defaults(run=run)


def run(args) -> int:
    from core.storage import Store, StorageError
    try:
        store = Store(args.db)
        return ACTIONS[args.action](store, args)
    except StorageError as e:
        raise UsageError(str(e)) from None


def _list(store, args) -> int:
    for r in store.list_reports():
        n = "-" if r.incidents is None else str(r.incidents)
        print(f"{r.id}\t{r.created}\t{r.lang or '-'}\t{r.date or '-'}\t{n} incidents"
              f"{' (edited)' if r.edited else ''}\t{r.title}")
    return 0


def _show(store, args) -> int:
    saved = store.load(args.id)
    if args.text:
        sys.stdout.write(saved.text)
        return 0
    report = {"lang": saved.lang, "date": saved.date, "chars": len(saved.text)}
    doc = to_dict(saved.extraction.with_incidents(saved.incidents)) if saved.extraction else {
        "report": report, "incidents": [], "unresolved": []}
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _save(store, args) -> int:
    from core.commands.export import check_date
    from core.commands.extract import read_report
    from core.extract import InputError, extract
    if args.date:
        check_date(args.date)
    text = read_report(args.report)
    try:
        x = extract(text, lang=args.lang, date=args.date)
    except InputError as e:
        raise UsageError(str(e)) from None
    rid = store.save_report(text, title=args.title, extraction=x)
    print(f"saved report {rid}: {len(x.incidents)} incidents")
    return 0


def _delete(store, args) -> int:
    store.delete(args.id)
    print(f"deleted report {args.id}")
    return 0


ACTIONS = {"list": _list, "show": _show, "save": _save, "delete": _delete}
