"""`python -m core gazetteer search|check|add|import`: look up, validate and extend the gazetteer."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from core.cli import UsageError


def register(sub) -> None:
    p = sub.add_parser("gazetteer", help="search, check, add to or import into the place gazetteer")
    g = p.add_subparsers(dest="gazetteer_command", required=True)

    s = g.add_parser("search", help="places matching an Arabic or English name")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--format", choices=("table", "json"), default="table")
    s.add_argument("--user-file", help="user gazetteer (default ~/.incident-map/user_gazetteer.csv)")
    s.set_defaults(run=run_search)

    c = g.add_parser("check", help="validate a gazetteer file (default: bundled + user gazetteer)")
    c.add_argument("file", nargs="?")
    c.set_defaults(run=run_check)

    a = g.add_parser("add", help="add a place to the user gazetteer")
    a.add_argument("--name-ar", required=True)
    a.add_argument("--name-en", required=True)
    a.add_argument("--level", required=True)
    a.add_argument("--lat", required=True)
    a.add_argument("--lon", required=True)
    a.add_argument("--aliases-ar", default="", help="|-separated")
    a.add_argument("--aliases-en", default="", help="|-separated")
    a.add_argument("--governorate", default="")
    a.add_argument("--parent-id", default="")
    a.add_argument("--precision", default="decimal")
    a.add_argument("--source", default="user")
    a.add_argument("--id", default="")
    a.add_argument("--user-file")
    a.set_defaults(run=run_add)

    i = g.add_parser("import", help="import a GeoNames dump or OCHA populated-places CSV into the user gazetteer")
    i.add_argument("file")
    i.add_argument("--format", choices=("geonames", "ocha"), required=True)
    i.add_argument("--user-file")
    i.set_defaults(run=run_import)


def _user(args) -> Path | None:
    return Path(args.user_file).expanduser() if getattr(args, "user_file", None) else None


def _load(args):
    from core.gazetteer import GazetteerError, load_default
    try:
        return load_default(_user(args))
    except GazetteerError as e:
        raise UsageError(str(e)) from None


def run_search(args) -> int:
    from core.gazetteer import entry_to_row
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    hits = _load(args).search(args.query, limit=args.limit)
    if args.format == "json":
        rows = []
        for e in hits:
            r = entry_to_row(e)
            r.update(aliases_ar=list(e.aliases_ar), aliases_en=list(e.aliases_en), lat=e.lat, lon=e.lon,
                     population=e.population)
            rows.append(r)
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"no place matches {args.query!r}", file=sys.stderr)
        return 0
    for e in hits:
        print(f"{e.id:<44} {e.name_ar:<22} {e.name_en:<28} {e.level:<13} {e.governorate:<12} "
              f"{e.lat:.5f},{e.lon:.5f} {e.precision}")
    return 0


def run_check(args) -> int:
    from core.gazetteer import GazetteerError, load, load_default, user_gazetteer_path
    try:
        gz = load(args.file) if args.file else load_default()
    except GazetteerError as e:
        raise UsageError(str(e)) from None
    where = args.file or ", ".join(gz.paths)
    extra = "" if args.file or user_gazetteer_path().is_file() else " (no user gazetteer yet)"
    print(f"ok: {len(gz)} entries in {where}{extra}")
    return 0


def run_add(args) -> int:
    from core.gazetteer import GazetteerError, add_user_entry, user_gazetteer_path
    row = {"id": args.id, "name_ar": args.name_ar, "name_en": args.name_en, "level": args.level,
           "lat": args.lat, "lon": args.lon, "aliases_ar": args.aliases_ar, "aliases_en": args.aliases_en,
           "governorate": args.governorate, "parent_id": args.parent_id, "precision": args.precision,
           "source": args.source}
    path = _user(args) or user_gazetteer_path()
    try:
        e = add_user_entry(row, path)
    except GazetteerError as err:
        raise UsageError(f"not added: {err}") from None
    print(f"added {e.id} ({e.name_ar} / {e.name_en}) to {path}")
    return 0


def run_import(args) -> int:
    from core.gazetteer import GazetteerError, load_default, user_gazetteer_path
    from core.gazetteer_import import append_to_user, import_file, repeats_said
    path = _user(args) or user_gazetteer_path()
    try:
        result = import_file(args.file, args.format, load_default(path))
        new = append_to_user(result, path)
    except GazetteerError as e:
        raise UsageError(str(e)) from None
    print(f"imported {len(new)} places into {path}; skipped {result.known} already in the gazetteer, "
          f"{len(result.entries) - len(new)} already imported, {result.not_places} not populated places "
          f"or without an Arabic name")
    if result.repeated:
        print(repeats_said(result))
    return 0
