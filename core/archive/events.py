"""Duplicates across reports: incidents that tell the same strike become one event, counted once.

The rule: two incidents from different reports are one event when they have the same gazetteer
place, the same day, and compatible attack types (`type_groups.csv`). An incident joins the first
event of its place and day whose every incident comes from another report and is compatible with
it; otherwise it opens an event of its own. An incident without a date is never linked. The user
splits a wrong link: the incident gets a pinned event of its own that nothing joins.

Each event has one lead incident, the one with the highest toll (then the first stored): it speaks
for the event in counts, the timeline, the map and exports; the others are its further sources.
"""
from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update

from core.archive.models import Event, IncidentRow
from core.archive.rows import split_key

GROUPS_FILE = Path(__file__).resolve().parent / "type_groups.csv"
_E, _I = Event.__table__, IncidentRow.__table__


@lru_cache(maxsize=1)
def type_groups() -> dict[str, frozenset[str]]:
    with GROUPS_FILE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["type"]: frozenset(r["groups"].split(";")) for r in rows}


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Could incidents of types `a` and `b` be the same strike? ('unknown' or no type: yes)."""
    groups = type_groups()
    ga = set().union(*(groups.get(t, ()) for t in a))
    gb = set().union(*(groups.get(t, ()) for t in b))
    return not ga or not gb or bool(ga & gb)


def find_event(con: Connection, date: dt.date | None, place_id: str, types: tuple[str, ...],
               report_id: int, exclude: int | None = None) -> int | None:
    """The event incident (`types`, of `report_id`) joins, or None for a new one."""
    if date is None:
        return None
    rows = con.execute(
        select(_I.c.event_id, _I.c.report_id, _I.c.types_key)
        .join(_E, _E.c.id == _I.c.event_id)
        .where(_E.c.date == date, _E.c.place_id == place_id, _E.c.pinned.is_(False),
               _I.c.deleted.is_(False), _I.c.id != (exclude or -1))
        .order_by(_I.c.event_id)).all()
    members: dict[int, list] = {}
    for event_id, rid, key in rows:
        members.setdefault(event_id, []).append((rid, split_key(key)))
    for event_id, ms in members.items():
        if all(rid != report_id and compatible(types, t) for rid, t in ms):
            return event_id
    return None


def link(con: Connection, incident_id: int, date, place_id: str, types_key: str, report_id: int) -> int:
    """Put an incident into its event (found or new); returns the event id."""
    old = con.execute(select(_I.c.event_id).where(_I.c.id == incident_id)).scalar()
    event_id = find_event(con, date, place_id, split_key(types_key), report_id, exclude=incident_id)
    if event_id is None:
        event_id = con.execute(insert(_E).values(date=date, place_id=place_id, pinned=False)).inserted_primary_key[0]
    con.execute(update(_I).where(_I.c.id == incident_id).values(event_id=event_id))
    relead(con, {old, event_id})
    return event_id


def relead(con: Connection, event_ids) -> None:
    """Choose again the lead incident of these events (highest toll, then the first stored)."""
    for event_id in {e for e in event_ids if e is not None}:
        con.execute(update(_I).where(_I.c.event_id == event_id, _I.c.lead.is_(True)).values(lead=False))
        best = con.execute(select(_I.c.id).where(_I.c.event_id == event_id, _I.c.deleted.is_(False))
                           .order_by(_I.c.killed_sum.desc(), _I.c.id).limit(1)).scalar()
        if best is not None:
            con.execute(update(_I).where(_I.c.id == best).values(lead=True))


def split(con: Connection, incident_id: int) -> int:
    """Take an incident out of its event into a pinned event of its own; returns the new event."""
    row = con.execute(select(_I.c.date, _I.c.place_id, _I.c.event_id).where(_I.c.id == incident_id)).first()
    if row is None:
        raise KeyError(incident_id)
    event_id = con.execute(insert(_E).values(date=row.date, place_id=row.place_id, pinned=True)).inserted_primary_key[0]
    con.execute(update(_I).where(_I.c.id == incident_id).values(event_id=event_id))
    relead(con, {row.event_id, event_id})
    drop_empty(con)
    return event_id


def drop_empty(con: Connection) -> None:
    """Events left without incidents go."""
    con.execute(delete(_E).where(~select(_I.c.id).where(_I.c.event_id == _E.c.id).exists()))
