"""Export of an archive range: one incident per event (its lead, the report with the highest toll,
speaks for it, so a strike told twice is written once), or every report's incident with
`all_sources`; the sources of each event go with it (ACLED's `source` column)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from core import exports
from core.archive import acled, query
from core.archive.models import IncidentRow, Report
from core.archive.store import Archive
from core.filters import Filter

FORMATS = (*exports.FORMATS, "acled")


def chosen(archive: Archive, date_from: dt.date | None, date_to: dt.date | None,
           f: Filter | None = None, all_sources: bool = False) -> tuple[list, list[str]]:
    """The incidents to write (ids made unique across reports) and the sources of each."""
    with archive.engine.connect() as con:
        found = query.incidents(con, date_from, date_to, f, leads=not all_sources)
        told = {}
        for n in range(0, len(found), 5000):
            ids = list({a.event_id for a in found[n:n + 5000]} - {None})
            for e, src in con.execute(
                    select(IncidentRow.event_id, Report.source).join(Report, Report.id == IncidentRow.report_id)
                    .where(IncidentRow.event_id.in_(ids), IncidentRow.deleted.is_(False))
                    .order_by(IncidentRow.event_id, Report.id)):
                told.setdefault(e, []).append(src)
    out = [replace(a.incident, id=f"r{a.report_id}-{a.incident.id}"[:60]) for a in found]
    sources = ["; ".join(dict.fromkeys(told.get(a.event_id, []))) for a in found]
    return out, sources


def export_bytes(archive: Archive, fmt: str, date_from=None, date_to=None, f: Filter | None = None,
                 all_sources: bool = False) -> bytes:
    """The file of a range in one format: csv, geojson, kml (core.exports) or acled (ACLED's rule)."""
    incidents, sources = chosen(archive, date_from, date_to, f, all_sources)
    if fmt == "acled":
        return acled.export(incidents, sources).encode("utf-8")
    name = f"Incidents {date_from or ''}–{date_to or ''}".strip()
    return exports.export(incidents, fmt, name=name)
