"""An incident of the contract <-> the columns of an archive row.

The contract JSON is stored whole (machine reading, correction); the query columns are what the
archive page filters, counts and maps by, derived the way `core.filters` and `core.filters.summary`
read an incident, so a filter in SQL keeps the same incidents as `core.filters.apply`.
"""
from __future__ import annotations

import datetime as dt
import json

from core.model import Incident, incident_from_dict, incident_to_dict
from core.style import primary_type


def dumps(i: Incident) -> str:
    """Contract JSON with the unrounded confidence, so a load gives back an equal incident."""
    return json.dumps(incident_to_dict(i) | {"confidence": float(i.confidence)},
                      ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Incident:
    return incident_from_dict(json.loads(text))


def day(value) -> dt.date | None:
    """An ISO date string (or date) -> date; anything unreadable -> None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def key_list(items) -> str:
    """';a;b;' so a LIKE '%;a;%' finds one item; empty lists read as 'unknown', as in core.filters."""
    return ";" + ";".join(items or ("unknown",)) + ";"


def columns(i: Incident, report_date: dt.date | None) -> dict:
    """The effective query columns of incident `i` (its date, else its report's)."""
    k = i.killed
    return {
        "date": day(i.date) or report_date,
        "place_id": i.place.id, "name_en": i.place.name_en or "", "name_ar": i.place.name_ar or "",
        "governorate": i.place.governorate or "", "lat": float(i.place.lat), "lon": float(i.place.lon),
        "precise": i.place.is_precise, "type": primary_type(i),
        "types_key": key_list(i.types), "actors_key": key_list(i.actors),
        "killed_n": (k.best or k.low or 0) if k else 0,
        "killed_sum": 0 if k is None or k.shared else (k.low if k.low is not None else k.best or 0),
        "killed_vague": bool(k and k.vague),
    }


def split_key(key: str) -> tuple[str, ...]:
    """Undo `key_list` (the 'unknown' of an empty list stays)."""
    return tuple(x for x in key.split(";") if x)
