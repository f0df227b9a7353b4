"""Read incidents back from a CSV or GeoJSON that `core.exports` wrote, or from extraction JSON.

A file that is not one of these raises `BadFile` with one line naming what is wrong.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

from core import textio
from core.exports import COUNT_FIELDS, CSV_COLUMNS, OWN_COLUMNS, TEXT_COLUMNS
from core.model import Count, Evidence, Extraction, Incident, Place, from_dict, incident_from_dict


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class BadFile(ValueError):
    """The file is not an incident export we can read; the message says why in one line."""


def load(path: str | Path) -> list[Incident]:
    """Incidents from a file exported by the tool (CSV, GeoJSON) or extraction JSON."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadFile(f"cannot read {path}: {e.strerror or e}") from None
    return loads(data, path.name)


def loads(data: bytes, name: str = "the file") -> list[Incident]:
    """Incidents from file bytes; the format is told by the content, not the file name."""
    text = _decode(data, name)
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return incidents_from_json(_json(text, name), name)
    if not head:
        raise BadFile(f"{name} is empty")
    return incidents_from_csv(text, name)


def _decode(data: bytes, name: str) -> str:
    try:
        return textio.decode(data, name, "CSV or JSON", exact=True)
    except textio.NotText as e:
        raise BadFile(str(e)) from None


def _json(text: str, name: str):
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadFile(f"{name} is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    if _SURROGATE_ESCAPE.search(text):
        _no_lone_surrogate(doc, name, "")
    return doc


def _no_lone_surrogate(value, name: str, where: str) -> None:
    """BadFile naming the field when a string holds half of a UTF-16 pair (an escape like \\ud800
    with no partner): it is no character, and no file can be written with it."""
    if isinstance(value, str):
        m = _SURROGATE.search(value)
        if m:
            raise BadFile(f"{name}: {where or 'a string'} holds a lone surrogate \\u{ord(m.group()):04x} "
                          "(half of a UTF-16 pair, not a character): the file is damaged")
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_lone_surrogate(k, name, f"{where}.{k}" if where else "a key")
            _no_lone_surrogate(v, name, f"{where}.{k}" if where else str(k))
    elif isinstance(value, list):
        for n, v in enumerate(value):
            _no_lone_surrogate(v, name, f"{where}[{n}]")


def incidents_from_json(doc, name: str = "the file") -> list[Incident]:
    """A GeoJSON FeatureCollection of ours, or the extraction JSON of `python -m core extract`."""
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        return incidents_from_geojson(doc, name)
    if isinstance(doc, dict) and "incidents" in doc and "report" in doc:
        return list(extraction_from_json(doc, name).incidents)
    raise BadFile(f"{name} is JSON but neither a GeoJSON FeatureCollection nor an extraction "
                  "(no \"type\": \"FeatureCollection\" and no \"incidents\")")


def extraction_from_json(doc: dict, name: str = "the file") -> Extraction:
    """The `Extraction` of `python -m core extract --format json` output."""
    try:
        return from_dict(doc)
    except (KeyError, TypeError, ValueError) as e:
        raise BadFile(f"{name}: extraction JSON with a bad or missing field ({_why(e)})") from None


def incidents_from_geojson(doc: dict, name: str = "the file") -> list[Incident]:
    """Features -> incidents; the Point geometry gives the coordinates (it wins if moved)."""
    features = doc.get("features")
    if not isinstance(features, list):
        raise BadFile(f"{name}: \"features\" must be a list")
    out = []
    for n, f in enumerate(features, 1):
        where = f"{name}: feature {n}"
        if not isinstance(f, dict) or f.get("type") != "Feature":
            raise BadFile(f"{where} is not a GeoJSON Feature")
        geom, props = f.get("geometry"), f.get("properties")
        if not isinstance(geom, dict) or geom.get("type") != "Point":
            raise BadFile(f"{where} has no Point geometry")
        coords = geom.get("coordinates")
        if (not isinstance(coords, list) or len(coords) < 2
                or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])):
            raise BadFile(f"{where}: coordinates must be [longitude, latitude] numbers")
        if not isinstance(props, dict):
            raise BadFile(f"{where} has no properties")
        lon, lat = float(coords[0]), float(coords[1])
        _check_point(lat, lon, where)
        missing = [k for k in ("id", "place", "types") if k not in props]
        if missing:
            raise BadFile(f"{where} lacks the incident field(s) {', '.join(missing)} "
                          "(not a file exported by incident-map)")
        try:
            place = dict(props["place"], lat=lat, lon=lon)
            inc = incident_from_dict(dict(props, place=place))
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise BadFile(f"{where}: bad incident properties ({_why(e)})") from None
        out.append(inc)
    return out


def incidents_from_csv(text: str, name: str = "the file") -> list[Incident]:
    """Rows of a CSV that `core.exports.to_csv` wrote -> incidents, field for field."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in OWN_COLUMNS if c not in header and c != "exported_by"]
    missing += [c for c in ("latitude", "longitude", "location") if c not in header]
    if missing:
        shown = ", ".join(missing[:6]) + (" ..." if len(missing) > 6 else "")
        raise BadFile(f"{name}: CSV lacks the column(s) {shown} (not a CSV exported by incident-map)")
    out = []
    try:
        for row in reader:
            out.append(_incident_from_row(row, f"{name}: line {reader.line_num}"))
    except csv.Error as e:
        raise BadFile(f"{name}: broken CSV at line {reader.line_num} ({e})") from None
    return out


def _incident_from_row(row: dict, where: str) -> Incident:
    if None in row:
        raise BadFile(f"{where} has more cells than the header")
    r = {k: unguard(v or "") if k in TEXT_COLUMNS else (v or "") for k, v in row.items()}
    lat, lon = _float(r, "latitude", where), _float(r, "longitude", where)
    _check_point(lat, lon, where)
    for key in ("incident_id", "place_id", "level", "precision"):
        if not r[key]:
            raise BadFile(f"{where}: {key} is empty")
    place = Place(id=r["place_id"], name_ar=r["name_ar"], name_en=r["location"],
                  level=r["level"], parent=r["parent"] or None, governorate=r["admin1"] or None,
                  lat=lat, lon=lon, precision=r["precision"])
    ev = None
    if r["evidence_start"] or r["evidence_end"]:
        ev = Evidence(_int(r, "evidence_start", where), _int(r, "evidence_end", where),
                      r["evidence_text"])
    return Incident(
        id=r["incident_id"], place=place, types=split_list(r["types"]),
        weapons=split_list(r["weapons"]), actors=split_list(r["actors"]),
        killed=_count(r, "killed", where), wounded=_count(r, "wounded", where),
        massacre=_flag(r, "massacre", where), evidence=ev,
        confidence=_float(r, "confidence", where) if r["confidence"] else 0.5,
        group=r["group"] or None, date=r.get("event_date") or None,
        place_text=r["place_text"], cues=_cues(r, where))


def _count(r: dict, name: str, where: str) -> Count | None:
    if not r[f"{name}_vague"]:
        if any(r[f"{name}_{f}"] for f in ("low", "best", "high")):
            raise BadFile(f"{where}: {name}_vague must be true or false when a {name} figure is given")
        return None
    nums = {f: (_int(r, f"{name}_{f}", where) if r[f"{name}_{f}"] else None)
            for f in ("low", "best", "high")}
    return Count(**nums, vague=_flag(r, f"{name}_vague", where), text=r[f"{name}_text"],
                 shared=_flag(r, f"{name}_shared", where) if r[f"{name}_shared"] else False)


def _cues(r: dict, where: str) -> tuple:
    if not r["cues"]:
        return ()
    try:
        return tuple((int(a), int(b), str(c)) for a, b, c in json.loads(r["cues"]))
    except (ValueError, TypeError) as e:
        raise BadFile(f"{where}: cues is not a JSON list of [start, end, kind] ({_why(e)})") from None


def _float(r: dict, key: str, where: str) -> float:
    try:
        v = float(r[key])
    except ValueError:
        raise BadFile(f"{where}: {key} {r[key]!r} is not a number") from None
    if not math.isfinite(v):
        raise BadFile(f"{where}: {key} {r[key]!r} is not a finite number")
    return v


def _int(r: dict, key: str, where: str) -> int:
    try:
        return int(r[key])
    except ValueError:
        raise BadFile(f"{where}: {key} {r[key]!r} is not a whole number") from None


def _flag(r: dict, key: str, where: str) -> bool:
    v = r[key].strip().lower()
    if v in ("true", "1", "yes"):
        return True
    if v in ("false", "0", "no", ""):
        return False
    raise BadFile(f"{where}: {key} {r[key]!r} is not true or false")


def _check_point(lat: float, lon: float, where: str) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadFile(f"{where}: point ({lat}, {lon}) is not a WGS 84 latitude/longitude")


def _why(e: Exception) -> str:
    return f"missing {e}" if isinstance(e, KeyError) else str(e).split("\n")[0]


def unguard(text: str) -> str:
    """Undo `core.exports.guard`: drop the one ' put before a formula-like start."""
    return text[1:] if text.startswith("'") else text


def split_list(cell: str) -> tuple[str, ...]:
    """Undo `core.exports.join_list`."""
    if not cell:
        return ()
    items, cur, i = [], [], 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell):
            cur.append(cell[i + 1])
            i += 2
            continue
        if c == ";":
            items.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    items.append("".join(cur))
    return tuple(items)


__all__ = ["BadFile", "load", "loads", "incidents_from_csv", "incidents_from_geojson",
           "incidents_from_json", "extraction_from_json", "CSV_COLUMNS", "COUNT_FIELDS"]
