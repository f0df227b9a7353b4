"""Saved reports in a SQLite file: the text, its extraction and the user's edited incidents.

The file is `~/.incident-map/incident-map.sqlite` unless `INCIDENT_MAP_DB` names another. Each
call opens its own connection (WAL, busy timeout), so the threads of one Streamlit server can
share the file safely.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from core.model import Extraction, Incident, from_dict, incident_from_dict, incident_to_dict, to_dict

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 10_000

# schema version -> statements that bring the database from the version before to it
MIGRATIONS = {
    1: (
        """CREATE TABLE reports (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               title TEXT NOT NULL,
               text TEXT NOT NULL,
               lang TEXT,
               date TEXT,
               created TEXT NOT NULL,
               updated TEXT NOT NULL)""",
        """CREATE TABLE extractions (
               report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
               json TEXT NOT NULL,
               created TEXT NOT NULL)""",
        """CREATE TABLE edits (
               report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
               json TEXT NOT NULL,
               updated TEXT NOT NULL)""",
        "CREATE INDEX reports_by_created ON reports(created)",
    ),
    # the app's working state (last report open, its filters, the draft in the box), kept across reloads
    2: (
        """CREATE TABLE app_state (
               key TEXT PRIMARY KEY,
               json TEXT NOT NULL,
               updated TEXT NOT NULL)""",
    ),
}


class StorageError(Exception):
    """The database cannot be used (unreadable, newer schema, unknown report id) or refuses a value."""


def _check_date(date: str) -> None:
    try:
        ok = dt.date.fromisoformat(date).isoformat() == date
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise StorageError(f"date {date!r} is not a date in the form YYYY-MM-DD")


@dataclass(frozen=True)
class ReportSummary:
    """One line of the saved-reports list."""
    id: int
    title: str
    lang: str | None
    date: str | None
    created: str
    updated: str
    chars: int
    incidents: int | None
    edited: bool


@dataclass(frozen=True)
class SavedReport:
    """A saved report with its extraction and, if the user edited it, the edited incidents."""
    id: int
    title: str
    text: str
    lang: str | None
    date: str | None
    created: str
    updated: str
    extraction: Extraction | None
    edits: tuple[Incident, ...] | None

    @property
    def incidents(self) -> tuple[Incident, ...]:
        """The edited incidents when there are edits, else the extraction's."""
        if self.edits is not None:
            return self.edits
        return self.extraction.incidents if self.extraction else ()


def default_path() -> Path:
    """`INCIDENT_MAP_DB` when it names a file (a path or a sqlite:/// URL), else
    ~/.incident-map/incident-map.sqlite: a server URL (postgresql+psycopg://...) is the team archive's
    (core.archive), and this working store stays on the analyst's machine."""
    env = (os.environ.get("INCIDENT_MAP_DB") or "").strip()
    if env.startswith("sqlite:///"):
        env = env[len("sqlite:///"):]
    if env and "://" not in env:
        return Path(env).expanduser()
    return Path.home() / ".incident-map" / "incident-map.sqlite"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _open(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
    except (OSError, sqlite3.Error) as e:
        raise StorageError(f"cannot open the database {path}: {e}") from None
    con.row_factory = sqlite3.Row
    return con


def _migrate(con: sqlite3.Connection, path: Path) -> None:
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StorageError(f"{path} was written by a newer incident-map (schema {version}, "
                           f"this one reads up to {SCHEMA_VERSION})")
    if version == SCHEMA_VERSION:
        return
    con.execute("BEGIN IMMEDIATE")
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        for v in range(version + 1, SCHEMA_VERSION + 1):
            for stmt in MIGRATIONS[v]:
                con.execute(stmt)
            con.execute(f"PRAGMA user_version = {v}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


class Store:
    """The saved-reports database at `path` (default: `default_path()`)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        with self._connection():
            pass

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with closing(_open(self.path)) as con:
            try:
                _migrate(con, self.path)
                yield con
            except sqlite3.DatabaseError as e:
                raise StorageError(f"database {self.path}: {e}") from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connection() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def save_report(self, text: str, *, lang: str | None = None, date: str | None = None,
                    title: str | None = None, extraction: Extraction | None = None,
                    edits: Iterable[Incident] | None = None) -> int:
        """Store a new report (and optionally its extraction and edits); returns its id.
        StorageError when the date is not a calendar date YYYY-MM-DD."""
        now = _now()
        if extraction is not None:
            lang = lang or extraction.report.lang
            date = date or extraction.report.date
        if date is not None:
            _check_date(date)
        with self._write() as con:
            rid = con.execute(
                "INSERT INTO reports (title, text, lang, date, created, updated) VALUES (?,?,?,?,?,?)",
                (title or default_title(text), text, lang, date, now, now)).lastrowid
            if extraction is not None:
                _put_extraction(con, rid, extraction, now)
            if edits is not None:
                _put_edits(con, rid, edits, now)
        return rid

    def save_extraction(self, report_id: int, extraction: Extraction) -> None:
        """Store (replace) the extraction of a saved report."""
        with self._write() as con:
            self._touch(con, report_id)
            _put_extraction(con, report_id, extraction, _now())

    def save_edits(self, report_id: int, incidents: Iterable[Incident]) -> None:
        """Store (replace) the user's edited incident list of a saved report."""
        with self._write() as con:
            self._touch(con, report_id)
            _put_edits(con, report_id, incidents, _now())

    def clear_edits(self, report_id: int) -> None:
        """Forget the edits, so the report shows its extraction again."""
        with self._write() as con:
            self._touch(con, report_id)
            con.execute("DELETE FROM edits WHERE report_id = ?", (report_id,))

    def update_report(self, report_id: int, text: str, *, lang: str | None = None, date: str | None = None,
                      extraction: Extraction | None = None) -> None:
        """Replace a saved report's text (and date, language, extraction) as the user works on it;
        its edits are dropped when the text changes, as they were made on the old reading."""
        if extraction is not None:
            lang = lang or extraction.report.lang
            date = date or extraction.report.date
        with self._write() as con:
            self._touch(con, report_id)
            old = con.execute("SELECT text FROM reports WHERE id = ?", (report_id,)).fetchone()["text"]
            con.execute("UPDATE reports SET text = ?, lang = ?, date = ? WHERE id = ?", (text, lang, date, report_id))
            if old != text:
                con.execute("DELETE FROM edits WHERE report_id = ?", (report_id,))
            if extraction is not None:
                _put_extraction(con, report_id, extraction, _now())

    def put_state(self, key: str, value) -> None:
        """Keep one JSON value of the app's working state under `key` (replacing the last)."""
        with self._write() as con:
            con.execute("INSERT OR REPLACE INTO app_state (key, json, updated) VALUES (?,?,?)",
                        (key, _dumps(value), _now()))

    def get_state(self, key: str, default=None):
        """The value `put_state` kept under `key`, or `default`."""
        with self._connection() as con:
            row = con.execute("SELECT json FROM app_state WHERE key = ?", (key,)).fetchone()
        return json.loads(row["json"]) if row else default

    def rename(self, report_id: int, title: str) -> None:
        with self._write() as con:
            self._touch(con, report_id)
            con.execute("UPDATE reports SET title = ? WHERE id = ?", (title, report_id))

    def _touch(self, con: sqlite3.Connection, report_id: int) -> None:
        cur = con.execute("UPDATE reports SET updated = ? WHERE id = ?", (_now(), report_id))
        if cur.rowcount == 0:
            raise StorageError(f"no saved report with id {report_id}")

    def list_reports(self) -> list[ReportSummary]:
        """Saved reports, newest first."""
        with self._connection() as con:
            rows = con.execute(
                """SELECT r.id, r.title, r.lang, r.date, r.created, r.updated, length(r.text) AS chars,
                          json_array_length(x.json, '$.incidents') AS n_x,
                          json_array_length(e.json) AS n_e, e.report_id IS NOT NULL AS edited
                   FROM reports r LEFT JOIN extractions x ON x.report_id = r.id
                                  LEFT JOIN edits e ON e.report_id = r.id
                   ORDER BY r.created DESC, r.id DESC""").fetchall()
        return [ReportSummary(r["id"], r["title"], r["lang"], r["date"], r["created"], r["updated"],
                              r["chars"], r["n_e"] if r["edited"] else r["n_x"], bool(r["edited"]))
                for r in rows]

    def load(self, report_id: int) -> SavedReport:
        """A saved report with its extraction and edits; StorageError if there is no such id."""
        with self._connection() as con:
            r = con.execute("SELECT * FROM reports WHERE id = ?", (report_id,)).fetchone()
            if r is None:
                raise StorageError(f"no saved report with id {report_id}")
            x = con.execute("SELECT json FROM extractions WHERE report_id = ?", (report_id,)).fetchone()
            e = con.execute("SELECT json FROM edits WHERE report_id = ?", (report_id,)).fetchone()
        return SavedReport(
            r["id"], r["title"], r["text"], r["lang"], r["date"], r["created"], r["updated"],
            from_dict(json.loads(x["json"])) if x else None,
            tuple(incident_from_dict(d) for d in json.loads(e["json"])) if e else None)

    def delete(self, report_id: int) -> None:
        """Remove a report with its extraction and edits; StorageError if there is no such id."""
        with self._write() as con:
            if con.execute("DELETE FROM reports WHERE id = ?", (report_id,)).rowcount == 0:
                raise StorageError(f"no saved report with id {report_id}")


def _put_extraction(con, rid: int, extraction: Extraction, now: str) -> None:
    con.execute("INSERT OR REPLACE INTO extractions (report_id, json, created) VALUES (?,?,?)",
                (rid, _dumps(to_dict(extraction) | {"incidents": _exact(extraction.incidents)}), now))


def _put_edits(con, rid: int, incidents: Iterable[Incident], now: str) -> None:
    con.execute("INSERT OR REPLACE INTO edits (report_id, json, updated) VALUES (?,?,?)",
                (rid, _dumps(_exact(incidents)), now))


def _exact(incidents: Iterable[Incident]) -> list[dict]:
    """Contract dicts with the unrounded confidence, so a load gives back equal incidents."""
    return [incident_to_dict(i) | {"confidence": float(i.confidence)} for i in incidents]


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def default_title(text: str, width: int = 60) -> str:
    """The report's first non-empty line, shortened."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "Untitled report")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
