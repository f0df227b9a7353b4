"""Export of an archive range: one incident per event (the report with the highest toll speaks
for it, so a strike told twice is written once), or every report's incident with `all_sources`."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from core import exports
from core.archive import acled, query
from core.archive.models import Report
from core.archive.store import Archive
from core.filters import Filter

FORMATS = (*exports.FORMATS, "acled")


def _toll(a: query.Archived) -> int:
    k = a.incident.killed
    return 0 if k is None else (k.low if k.low is not None else k.best or 0)


def chosen(archive: Archive, date_from: dt.date | None, date_to: dt.date | None,
           f: Filter | None = None, all_sources: bool = False) -> tuple[list, list[str]]:
    """The incidents to write (ids made unique across reports) and the sources of each event."""
    with archive.engine.connect() as con:
        found = query.incidents(con, date_from, date_to, f)
        names = dict(con.execute(select(Report.id, Report.source)).all()) if found else {}
    by_event: dict[object, list[query.Archived]] = {}
    for a in found:
        by_event.setdefault(a.event_id if a.event_id is not None and not all_sources else ("i", a.id), []).append(a)
    pairs = []
    for members in by_event.values():
        best = max(members, key=lambda a: (_toll(a), -a.id))
        inc = replace(best.incident, id=f"r{best.report_id}-{best.incident.id}"[:60])
        pairs.append((inc, "; ".join(dict.fromkeys(names.get(a.report_id, "") or f"report {a.report_id}"
                                                   for a in members))))
    pairs.sort(key=lambda p: (p[0].date or "", p[0].id))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def export_bytes(archive: Archive, fmt: str, date_from=None, date_to=None, f: Filter | None = None,
                 all_sources: bool = False) -> bytes:
    """The file of a range in one format: csv, geojson, kml (core.exports) or acled (ACLED's rule)."""
    incidents, sources = chosen(archive, date_from, date_to, f, all_sources)
    if fmt == "acled":
        return acled.export(incidents, sources).encode("utf-8")
    name = f"Incidents {date_from or ''}–{date_to or ''}".strip()
    return exports.export(incidents, fmt, name=name)
