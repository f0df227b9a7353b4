"""What the archive page and `archive export` read: incidents of a date range with the
dashboard's filters (`core.filters.Filter`, applied in SQL), daily counts, places, reports.

Counts follow the duplicates rule: an event told by several reports is one incident on the
timeline and its killed are counted once (the largest figure any of its reports gives).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, and_, case, func, or_, select, true

from core.archive.models import IncidentRow, Reading, Report
from core.archive.rows import loads
from core.filters import Filter
from core.model import Extraction, Incident, Mention, ReportInfo

_R, _I, _X = Report.__table__, IncidentRow.__table__, Reading.__table__


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
              report_id: int | None = None, leads: bool = False) -> list[Archived]:
    """Effective incidents (corrections over machine readings), by date then id; with `leads`
    only the incident that speaks for each event."""
    cond = _lead(where(date_from, date_to, f)) if leads else where(date_from, date_to, f)
    if report_id is not None:
        cond = and_(cond, _I.c.report_id == report_id)
    q = (select(_I.c.id, _I.c.report_id, _I.c.event_id, _X.c.machine, _X.c.correction, _I.c.date)
         .join(_X, _X.c.incident_id == _I.c.id).where(cond).order_by(_I.c.date, _I.c.id))
    out = []
    for r in con.execute(q):
        inc = loads(r.correction or r.machine)
        if inc.date is None and r.date is not None:
            from dataclasses import replace
            inc = replace(inc, date=r.date.isoformat())
        out.append(Archived(r.id, r.report_id, r.event_id, r.correction is not None, inc))
    return out


def _lead(cond):
    return and_(cond, _I.c.lead.is_(True))


def summary(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> dict:
    """Incidents, events (strikes counted once: their lead incident), reports, killed (once per event)."""
    cond = where(date_from, date_to, f)
    events = func.sum(case((_I.c.lead.is_(True), 1), else_=0))
    killed = func.sum(case((_I.c.lead.is_(True), _I.c.killed_sum), else_=0))
    vague = func.max(case((and_(_I.c.lead.is_(True), _I.c.killed_vague.is_(True)), 1), else_=0))
    n, ev, k, v = con.execute(select(func.count(), events, killed, vague).where(cond)).one()
    reports = con.execute(select(func.count(func.distinct(_I.c.report_id))).where(cond)).scalar()
    return {"incidents": n, "events": int(ev or 0), "reports": reports, "killed": int(k or 0),
            "killed_vague": bool(v)}


def timeline(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Per day and attack type: events (an event told twice is one) and killed (counted once)."""
    vague = func.max(case((_I.c.killed_vague.is_(True), 1), else_=0))
    q = (select(_I.c.date, _I.c.type, func.count().label("incidents"), func.sum(_I.c.killed_sum).label("killed"),
                vague.label("vague"))
         .where(_lead(where(date_from, date_to, f))).group_by(_I.c.date, _I.c.type).order_by(_I.c.date, _I.c.type))
    return [{"date": r.date, "type": r.type, "incidents": r.incidents, "killed": int(r.killed or 0),
             "vague": bool(r.vague)} for r in con.execute(q) if r.date is not None]


def page(con: Connection, date_from: dt.date, date_to: dt.date, f: Filter | None = None) -> dict:
    """Everything the archive page shows for a period, in four queries: the summary (as `summary`
    gives it, from the timeline and the reports), map points, timeline, reports, governorates."""
    days = timeline(con, date_from, date_to, f)
    reps = reports(con, date_from, date_to, f)
    s = {"incidents": sum(r["incidents"] for r in reps), "events": sum(d["incidents"] for d in days),
         "reports": len(reps), "killed": sum(d["killed"] for d in days),
         "killed_vague": any(d["vague"] for d in days)}
    return {"summary": s, "timeline": days, "reports": reps, "points": points(con, date_from, date_to, f),
            "governorates": sorted({g["governorate"] for g in governorates(con, date_from, date_to)} - {""})}


def points(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Per place: its point, names, events (counted once), killed, and the attack type most of its
    events have (ties: the type last in alphabetical order). One row per place leaves the database."""
    per_type = (select(_I.c.place_id, _I.c.type, func.count().label("n"), func.sum(_I.c.killed_sum).label("killed"),
                       func.min(_I.c.id).label("sample"))
                .where(_lead(where(date_from, date_to, f))).group_by(_I.c.place_id, _I.c.type).subquery())
    by_place = {"partition_by": per_type.c.place_id}
    ranked = select(
        per_type.c.place_id, per_type.c.type,
        func.sum(per_type.c.n).over(**by_place).label("n"),
        func.sum(per_type.c.killed).over(**by_place).label("killed"),
        func.min(per_type.c.sample).over(**by_place).label("sample"),
        func.row_number().over(partition_by=per_type.c.place_id,
                               order_by=(per_type.c.n.desc(), per_type.c.type.desc())).label("rank")).subquery()
    out = {r.sample: {"place_id": r.place_id, "type": r.type, "n": int(r.n), "killed": int(r.killed or 0)}
           for r in con.execute(select(ranked).where(ranked.c.rank == 1))}
    for r in _rows_by_id(con, _I, list(out), _I.c.name_en, _I.c.name_ar, _I.c.lat, _I.c.lon, _I.c.precise):
        out[r.id].update(name_en=r.name_en, name_ar=r.name_ar, lat=r.lat, lon=r.lon, precise=bool(r.precise))
    return sorted(out.values(), key=lambda p: (-p["n"], p["place_id"]))


def _rows_by_id(con: Connection, table, ids: list, *cols):
    for n in range(0, len(ids), 5000):
        yield from con.execute(select(table.c.id, *cols).where(table.c.id.in_(ids[n:n + 5000])))


def span(con: Connection) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the archive's dated incidents."""
    return tuple(con.execute(select(func.min(_I.c.date), func.max(_I.c.date))
                             .where(_I.c.deleted.is_(False))).one())


def reports(con: Connection, date_from=None, date_to=None, f: Filter | None = None) -> list[dict]:
    """Reports with incidents in range (newest first), with their count in range."""
    per = dict(con.execute(select(_I.c.report_id, func.count()).where(where(date_from, date_to, f))
                           .group_by(_I.c.report_id)).all())
    out = [dict(r._mapping, incidents=per[r.id]) for r in _rows_by_id(
        con, _R, list(per), _R.c.title, _R.c.lang, _R.c.date, _R.c.source, _R.c.added, _R.c.chars)]
    return sorted(out, key=lambda r: (r["date"] or dt.date.min, r["id"]), reverse=True)


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
