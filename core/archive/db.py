"""The archive's database: a SQLAlchemy URL from `INCIDENT_MAP_DB` (postgresql+psycopg://... for a
team's shared server) or a SQLite file (a path there, else ~/.incident-map/incident-map.sqlite,
the file `core.storage` uses). Opening runs the Alembic migrations shipped in this package.

SQLite writers take the write lock when they begin (BEGIN IMMEDIATE) and wait for it; PostgreSQL
writers take one advisory lock per transaction, so two processes adding at once never both decide
that a strike is new.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 60
WRITE_LOCK = 170017  # advisory lock key of archive writers on PostgreSQL


class ArchiveError(Exception):
    """The archive cannot be used (bad URL, server down, newer schema); one line says why."""


def default_url() -> str:
    """`INCIDENT_MAP_DB` as a URL (it contains ://) or a SQLite path, else the default file."""
    env = os.environ.get("INCIDENT_MAP_DB", "").strip()
    if "://" in env:
        return env
    path = Path(env).expanduser() if env else Path.home() / ".incident-map" / "incident-map.sqlite"
    return f"sqlite:///{path}"


def make_engine(url: str | None = None) -> Engine:
    """An engine on `url` (default `default_url()`), tuned for concurrent writers."""
    url = url or default_url()
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ArchiveError(f"INCIDENT_MAP_DB is not a database URL or path: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(parsed, pool_pre_ping=True)
    return engine


def _sqlite_connect(dbapi_con, _record) -> None:
    dbapi_con.isolation_level = None
    dbapi_con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    dbapi_con.execute("PRAGMA foreign_keys = ON")
    dbapi_con.execute("PRAGMA journal_mode = WAL")
    dbapi_con.execute("PRAGMA synchronous = NORMAL")


def _sqlite_begin(con: Connection) -> None:
    con.exec_driver_sql("BEGIN IMMEDIATE" if con.get_execution_options().get("write") else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction holding the archive's write lock; committed on success."""
    with engine.connect() as con:
        con.execution_options(write=True)
        with con.begin():
            if con.dialect.name == "postgresql":
                con.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            yield con


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (one process at a time)."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    try:
        with _migration_lock(engine), engine.connect() as con:
            current = _current(con)
            if current == head:
                return
            known = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
            if current is not None and current not in known:
                raise ArchiveError(f"the archive {_shown(engine)} was written by a newer incident-map "
                                   f"(schema {current}, this one knows up to {head})")
            cfg.attributes["connection"] = con
            command.upgrade(cfg, "head")
            con.commit()
    except OperationalError as e:
        raise ArchiveError(f"cannot open the archive {_shown(engine)}: {str(e.orig).strip().splitlines()[0]}") from None


def _current(con: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext
    return MigrationContext.configure(con, opts={"version_table": "archive_alembic_version"}).get_current_revision()


@contextmanager
def _migration_lock(engine: Engine):
    if engine.dialect.name == "sqlite":
        path = engine.url.database
        if not path or path == ":memory:":
            yield
            return
        with open(f"{path}.migrate-lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            yield
        return
    with engine.connect() as con:
        con.exec_driver_sql(f"SELECT pg_advisory_lock({WRITE_LOCK + 1})")
        try:
            yield
        finally:
            con.exec_driver_sql(f"SELECT pg_advisory_unlock({WRITE_LOCK + 1})")
            con.commit()


def _shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def has_postgis(con: Connection) -> bool:
    """True when the incidents table has its PostGIS geometry column."""
    if con.dialect.name != "postgresql":
        return False
    return con.exec_driver_sql(
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'archive_incidents' "
        "AND column_name = 'geom'").first() is not None
