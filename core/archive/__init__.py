"""The archive: many reports over time in one database (a SQLite file, or a team's PostgreSQL
server with PostGIS), duplicates across reports linked as one event, the user's corrections kept
apart from the machine's reading.

    from core.archive import Archive
    a = Archive()                      # INCIDENT_MAP_DB, else ~/.incident-map/incident-map.sqlite
    a.add(text, extract(text), source="sohr")
    with a.engine.connect() as con:
        query.summary(con, date_from, date_to, Filter(types=frozenset({"airstrike"})))

Modules: `db` (engine, migrations), `models` (tables), `rows` (incident <-> columns), `events`
(the duplicates rule), `store` (writes), `query` (reads), `ingest` (adding files in parallel),
`acled` (ACLED CSV in and out), `legacy` (saved reports of core.storage), `periodmap` (the map).
"""
from core.archive.db import ArchiveError, default_url
from core.archive.store import Added, Archive, sha256

__all__ = ["Archive", "Added", "ArchiveError", "default_url", "sha256"]
