"""What the archive page and `archive export` read: incidents of a date range with the
dashboard's filters (`core.filters.Filter`, applied in SQL), daily counts, places, reports.

Counts follow the duplicates rule: an event told by several reports is one incident on the
timeline and its killed are counted once (the largest figure any of its reports gives).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, or_, select, true

from core.archive.models import IncidentRow, Report
from core.archive.rows import loads
from core.filters import Filter
from core.model import Extraction, Incident, Mention, ReportInfo

_R, _I = Report.__table__, IncidentRow.__table__


def where(date_from: dt.date | None, date_to: dt.date | None, f: Filter | None = None):
    """The SQL condition keeping what `core.filters.apply(f)` keeps, between two days inclusive."""
    conds = [_I.c.deleted.is_(False)]
    if date_from is not None:
        conds.append(_I.c.date >= date_from)
    if date_to is not None:
        conds.append(_I.c.date <= date_to)
    f = f or Filter()
    if f.types:
        conds.append(or_(*(_I.c.types_key.contains(f";{t};", autoescape=True) for t in sorted(f.types))))
    if f.actors:
        conds.append(or_(*(_I.c.actors_key.contains(f";{a};", autoescape=True) for a in sorted(f.actors))))
    if f.governorates:
        conds.append(_I.c.governorate.in_(sorted(f.governorates)))
    if f.min_killed:
        conds.append(_I.c.killed_n >= f.min_killed)
    if f.precise_only:
        conds.append(_I.c.precise.is_(True))
    return and_(true(), *conds)


@dataclass(frozen=True)
class Archived:
    """An archived incident (effective reading) with where it lives."""
    id: int
    report_id: int
    event_id: int | None
    corrected: bool
    incident: Incident


def incidents(con: Connection, date_from=None, date_to=None, f: Filter | None = None,
              report_id: int | None = None) -> list[Archived]:
    """Effective incidents (corrections over machine readings), by date then id."""
    cond = where(date_from, date_to, f)
    if report_id is not None:
        cond = and_(cond, _I.c.report_id == report_id)
    q = (select(_I.c.id, _I.c.report_id, _I.c.event_id, _I.c.machine, _I.c.correction, _I.c.date)
         .where(cond).order_by(_I.c.date, _I.c.id))
    out = []
    for r in con.execute(q):
        inc = loads(r.correction or r.machine)
        if inc.date is None and r.date is not None:
            from dataclasses import replace
            inc = replace(inc, date=r.date.isoformat())
        out.append(Archived(r.id, r.report_id, r.event_id, r.correction is not None, inc))
    return out


def _per_event(cond):
    """One row per event in range: its day, type and killed counted once."""
    return (select(_I.c.event_id, func.min(_I.c.date).label("date"), func.min(_I.c.type).label("type"),
                   func.max(_I.c.killed_sum).label("killed"), func.count().label("n"))
            .where(cond).group_by(_I.c.event_id).subquery())


def summary(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> dict:
    """Incidents, events (strikes counted once), reports, killed (counted once per event)."""
    cond = where(date_from, date_to, f)
    ev = _per_event(cond)
    events, killed = con.execute(select(func.count(), func.coalesce(func.sum(ev.c.killed), 0))).one()
    n, reports, vague = con.execute(select(func.count(), func.count(func.distinct(_I.c.report_id)),
                                           func.max(func.cast(_I.c.killed_vague, _int())))
                                    .where(cond)).one()
    return {"incidents": n, "events": events, "reports": reports, "killed": int(killed),
            "killed_vague": bool(vague)}


def _int():
    from sqlalchemy import Integer
    return Integer


def timeline(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Per day and attack type: events (an event told twice is one) and killed (counted once)."""
    ev = _per_event(where(date_from, date_to, f))
    q = (select(ev.c.date, ev.c.type, func.count().label("incidents"), func.sum(ev.c.killed).label("killed"))
         .group_by(ev.c.date, ev.c.type).order_by(ev.c.date, ev.c.type))
    return [{"date": r.date, "type": r.type, "incidents": r.incidents, "killed": int(r.killed or 0)}
            for r in con.execute(q) if r.date is not None]


def points(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Per place: its point, names, events by attack type and killed (each event counted once)."""
    cond = where(date_from, date_to, f)
    per = (select(_I.c.event_id, func.min(_I.c.place_id).label("place_id"), func.min(_I.c.type).label("type"),
                  func.max(_I.c.killed_sum).label("killed")).where(cond).group_by(_I.c.event_id).subquery())
    names = (select(_I.c.place_id, func.min(_I.c.name_en).label("name_en"), func.min(_I.c.name_ar).label("name_ar"),
                    func.min(_I.c.lat).label("lat"), func.min(_I.c.lon).label("lon"),
                    func.min(func.cast(_I.c.precise, _int())).label("precise"))
             .where(cond).group_by(_I.c.place_id).subquery())
    q = (select(per.c.place_id, per.c.type, func.count().label("n"), func.sum(per.c.killed).label("killed"))
         .group_by(per.c.place_id, per.c.type))
    by_place: dict[str, dict] = {}
    for r in con.execute(q):
        p = by_place.setdefault(r.place_id, {"place_id": r.place_id, "types": {}, "killed": 0})
        p["types"][r.type] = r.n
        p["killed"] += int(r.killed or 0)
    for r in con.execute(select(names)):
        if r.place_id in by_place:
            by_place[r.place_id].update(name_en=r.name_en, name_ar=r.name_ar, lat=r.lat, lon=r.lon,
                                        precise=bool(r.precise))
    for p in by_place.values():
        p["n"] = sum(p["types"].values())
        p["type"] = max(p["types"], key=lambda t: (p["types"][t], t))
    return sorted(by_place.values(), key=lambda p: -p["n"])


def span(con: Connection) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the archive's dated incidents."""
    return tuple(con.execute(select(func.min(_I.c.date), func.max(_I.c.date))
                             .where(_I.c.deleted.is_(False))).one())


def reports(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Reports with incidents in range (newest first), with their count in range."""
    cond = where(date_from, date_to, f)
    q = (select(_R.c.id, _R.c.title, _R.c.lang, _R.c.date, _R.c.source, _R.c.added, _R.c.chars,
                func.count(_I.c.id).label("incidents"))
         .join(_I, _I.c.report_id == _R.c.id).where(cond)
         .group_by(_R.c.id, _R.c.title, _R.c.lang, _R.c.date, _R.c.source, _R.c.added, _R.c.chars)
         .order_by(_R.c.date.desc(), _R.c.id.desc()))
    return [dict(r._mapping) for r in con.execute(q)]


def report(con: Connection, report_id: int) -> tuple[dict, Extraction]:
    """A stored report (its row) and its extraction with the effective incidents."""
    r = con.execute(select(_R).where(_R.c.id == report_id)).first()
    if r is None:
        raise KeyError(f"no archived report {report_id}")
    incs = tuple(a.incident for a in incidents(con, report_id=report_id))
    x = Extraction(ReportInfo(r.lang or "", r.date.isoformat() if r.date else None, r.chars), incs,
                   tuple(Mention(**m) for m in json.loads(r.unresolved or "[]")))
    return dict(r._mapping), x


def sources(con: Connection, event_id: int) -> list[dict]:
    """The reports that tell one event."""
    q = (select(_R.c.id, _R.c.title, _R.c.source, _R.c.date, _I.c.id.label("incident_id"))
         .join(_I, _I.c.report_id == _R.c.id)
         .where(_I.c.event_id == event_id, _I.c.deleted.is_(False)).order_by(_R.c.id))
    return [dict(r._mapping) for r in con.execute(q)]


def governorates(con: Connection, date_from=None, date_to=None) -> list[dict]:
    """The governorates of a period's incidents (the filter's choices)."""
    q = select(_I.c.governorate).where(where(date_from, date_to)).distinct()
    return [{"governorate": g} for g in con.scalars(q)]
