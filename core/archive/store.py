"""The archive: add reports (recognised by the SHA-256 of their text), re-read them, keep the
user's corrections, link duplicates into events. Queries for the page live in `query.py`."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from core.archive import db, events, rows
from core.archive.models import IncidentRow, Reading, Report
from core.model import Extraction, Incident
from core.storage import default_title

_R, _I, _X = Report.__table__, IncidentRow.__table__, Reading.__table__


def sha256(text: str) -> str:
    """The report's identity: the SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Added:
    """What `Archive.add` did: the report's id, whether it was new, its incident count."""
    report_id: int
    new: bool
    incidents: int


class Archive:
    """The archive database at `url` (default: `db.default_url()`), migrated on open."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.engine = db.make_engine(url)
        if migrate:
            db.upgrade(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # --- adding -----------------------------------------------------------------------------
    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of these text hashes are already in the archive."""
        hashes, found = list(hashes), set()
        with self.engine.connect() as con:
            for n in range(0, len(hashes), 500):
                found.update(con.scalars(select(_R.c.sha256).where(_R.c.sha256.in_(hashes[n:n + 500]))))
        return found

    def add(self, text: str, extraction: Extraction, *, source: str = "", title: str | None = None,
            date: str | None = None) -> Added:
        """Store a report with its machine reading in one transaction; the same text again is
        recognised and nothing is stored twice."""
        digest = sha256(text)
        try:
            with db.writing(self.engine) as con:
                old = con.execute(select(_R.c.id).where(_R.c.sha256 == digest)).scalar()
                if old is not None:
                    return Added(old, False, 0)
                rdate = rows.day(date or extraction.report.date)
                rid = con.execute(insert(_R).values(
                    sha256=digest, title=(title or default_title(text))[:200], text=text,
                    lang=extraction.report.lang, date=rdate, source=source[:500],
                    added=dt.datetime.now(dt.timezone.utc), chars=len(text),
                    unresolved=json.dumps([asdict(m) for m in extraction.unresolved], ensure_ascii=False),
                )).inserted_primary_key[0]
                for i in extraction.incidents:
                    self._insert(con, rid, rdate, i, machine=i)
                return Added(rid, True, len(extraction.incidents))
        except IntegrityError:  # another writer stored the same text first
            with self.engine.connect() as con:
                return Added(con.execute(select(_R.c.id).where(_R.c.sha256 == digest)).scalar_one(), False, 0)

    def _insert(self, con, rid: int, rdate, effective: Incident, *, machine: Incident | None,
                correction: Incident | None = None, deleted: bool = False) -> int:
        cols = rows.columns(effective, rdate)
        iid = con.execute(insert(_I).values(report_id=rid, key=effective.id[:40], deleted=deleted,
                                            corrected=correction is not None, **cols)).inserted_primary_key[0]
        con.execute(insert(_X).values(incident_id=iid, machine=rows.dumps(machine) if machine else None,
                                      correction=rows.dumps(correction) if correction else None))
        if not deleted:
            events.link(con, iid, cols["date"], cols["place_id"], cols["types_key"], rid)
        return iid

    # --- re-reading and corrections ----------------------------------------------------------
    def replace_reading(self, report_id: int, extraction: Extraction) -> None:
        """A new machine reading of a stored report: rows of the same place and day take it, the
        user's corrections stay as they are, readings no longer found go unless corrected."""
        with db.writing(self.engine) as con:
            rdate = con.execute(select(_R.c.date).where(_R.c.id == report_id)).scalar()
            touched = self._events_of(con, report_id)
            old = {(r.place_id, r.machine_date): r for r in self._machine_rows(con, report_id)}
            for i in extraction.incidents:
                r = old.pop((i.place.id, rows.day(i.date) or rdate), None)
                if r is None:
                    self._insert(con, report_id, rdate, i, machine=i)
                elif r.correction is not None:
                    con.execute(update(_X).where(_X.c.incident_id == r.id).values(machine=rows.dumps(i)))
                else:
                    self._set(con, r.id, report_id, rdate, i)
                    con.execute(update(_X).where(_X.c.incident_id == r.id).values(machine=rows.dumps(i)))
            for r in old.values():
                if r.correction is None and not r.deleted:
                    con.execute(delete(_I).where(_I.c.id == r.id))
                else:
                    con.execute(update(_X).where(_X.c.incident_id == r.id).values(machine=None))
            events.relead(con, touched | self._events_of(con, report_id))
            events.drop_empty(con)

    @staticmethod
    def _events_of(con, report_id: int) -> set:
        return set(con.scalars(select(_I.c.event_id).where(_I.c.report_id == report_id)))

    def _machine_rows(self, con, report_id: int) -> list:
        out = []
        rdate = con.execute(select(_R.c.date).where(_R.c.id == report_id)).scalar()
        for r in con.execute(select(_I.c.id, _X.c.machine, _X.c.correction, _I.c.deleted)
                             .join(_X, _X.c.incident_id == _I.c.id).where(_I.c.report_id == report_id)):
            if r.machine is None:
                continue
            m = rows.loads(r.machine)
            out.append(_MRow(r.id, m.place.id, rows.day(m.date) or rdate, r.correction, r.deleted))
        return out

    def _set(self, con, iid: int, report_id: int, rdate, effective: Incident, **values) -> None:
        cols = rows.columns(effective, rdate)
        con.execute(update(_I).where(_I.c.id == iid).values(key=effective.id[:40], **cols, **values))
        pinned = con.execute(select(events._E.c.pinned).join(_I, _I.c.event_id == events._E.c.id)
                             .where(_I.c.id == iid)).scalar()
        if not pinned:
            events.link(con, iid, cols["date"], cols["place_id"], cols["types_key"], report_id)
        else:
            events.relead(con, {con.execute(select(_I.c.event_id).where(_I.c.id == iid)).scalar()})

    def correct(self, incident_id: int, corrected: Incident | None) -> None:
        """The user's correction of one archived incident (None deletes it); the machine reading
        is kept beside it, and re-reading the report never overwrites it."""
        with db.writing(self.engine) as con:
            r = con.execute(select(_I.c.report_id, _R.c.date).join(_R, _R.c.id == _I.c.report_id)
                            .where(_I.c.id == incident_id)).first()
            if r is None:
                raise KeyError(f"no archived incident {incident_id}")
            if corrected is None:
                old = con.execute(select(_I.c.event_id).where(_I.c.id == incident_id)).scalar()
                con.execute(update(_I).where(_I.c.id == incident_id).values(deleted=True, lead=False, event_id=None))
                events.relead(con, {old})
            else:
                self._set(con, incident_id, r.report_id, r.date, corrected, corrected=True, deleted=False)
                con.execute(update(_X).where(_X.c.incident_id == incident_id)
                            .values(correction=rows.dumps(corrected)))
            events.drop_empty(con)

    def add_corrected(self, report_id: int, incident: Incident) -> int:
        """An incident the user added to a report (no machine reading behind it)."""
        with db.writing(self.engine) as con:
            rdate = con.execute(select(_R.c.date).where(_R.c.id == report_id)).scalar()
            return self._insert(con, report_id, rdate, incident, machine=None, correction=incident)

    def apply_edits(self, report_id: int, edited: Iterable[Incident]) -> None:
        """The dashboard's edited incident list of a report as corrections: an edited incident over
        the machine's of the same id, a new one added, a machine incident left out deleted."""
        from core.archive import query
        with self.engine.connect() as con:
            machine = {a.incident.id: a for a in query.incidents(con, report_id=report_id)}
        for inc in edited:
            m = machine.pop(inc.id, None)
            if m is None:
                self.add_corrected(report_id, inc)
            elif m.incident != inc:
                self.correct(m.id, inc)
        for m in machine.values():
            self.correct(m.id, None)

    def split(self, incident_id: int) -> int:
        """Undo a wrong duplicate link: the incident becomes an event of its own."""
        with db.writing(self.engine) as con:
            return events.split(con, incident_id)

    def delete_report(self, report_id: int) -> None:
        with db.writing(self.engine) as con:
            touched = self._events_of(con, report_id)
            con.execute(delete(_I).where(_I.c.report_id == report_id))
            con.execute(delete(_R).where(_R.c.id == report_id))
            events.relead(con, touched)
            events.drop_empty(con)


@dataclass(frozen=True)
class _MRow:
    id: int
    place_id: str
    machine_date: dt.date | None
    correction: str | None
    deleted: bool
