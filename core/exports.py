"""Incidents -> CSV (ACLED-compatible columns plus every contract field), GeoJSON (RFC 7946), KML.

Every writer takes a sequence of `core.model.Incident` (already filtered and edited) and writes
all of it, so `core.imports` can read a CSV or GeoJSON back to the same incidents.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

from core.model import Count, Incident, incident_to_dict

FORMATS = ("csv", "geojson", "kml")
MEDIA_TYPES = {"csv": "text/csv", "geojson": "application/geo+json",
               "kml": "application/vnd.google-earth.kml+xml"}
CSV_MARKER = "incident-map"

# type -> (ACLED event_type, ACLED sub_event_type); see shared/spec/INCIDENTS.md
ACLED_EVENTS = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "barrel_bomb": ("Explosions/Remote violence", "Air/drone strike"),
    "artillery": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "rocket": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "mortar": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clashes": ("Battles", "Armed clash"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "sniper": ("Violence against civilians", "Attack"),
}
SUICIDE_WEAPONS = {"suicide", "suicide_bomber", "suicide_vest", "vbied_suicide"}
SUICIDE_EVENT = ("Explosions/Remote violence", "Suicide bomb")

# actor -> ACLED-style actor name
ACLED_ACTORS = {
    "russia": "Military Forces of Russia (2000-)",
    "government": "Military Forces of Syria (2000-2024)",
    "opposition": "Opposition Rebels (Syria)",
    "isis": "Islamic State (Syria)",
    "hts": "HTS: Hayat Tahrir al Sham",
    "sdf": "SDF: Syrian Democratic Forces",
    "coalition": "Global Coalition Against Daesh",
    "iran_militias": "Iranian-backed Militias (Syria)",
    "turkey": "Military Forces of Turkey (2016-)",
    "unknown": "Unidentified Armed Group (Syria)",
}

# ACLED geo_precision: 1 = the named town/village/neighbourhood itself, 2 = near it or part of a
# district, 3 = only a large region is known. A point borrowed from the parent is at least 2.
GEO_PRECISION = {
    "neighbourhood": 1, "village": 1, "town": 1, "camp": 1, "city": 1,
    "subdistrict": 2, "district": 2, "region": 3, "governorate": 3, "country": 3,
}

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                 "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                 "fatalities", "notes")
COUNT_FIELDS = ("low", "best", "high", "vague", "text", "shared")
OWN_COLUMNS = ("incident_id", "place_id", "name_ar", "parent", "level", "precision",
               "types", "weapons", "actors",
               *(f"killed_{f}" for f in COUNT_FIELDS), *(f"wounded_{f}" for f in COUNT_FIELDS),
               "massacre", "group", "evidence_start", "evidence_end", "evidence_text",
               "confidence", "place_text", "cues", "exported_by")
CSV_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
TEXT_COLUMNS = frozenset({"location", "name_ar", "parent", "admin1", "admin2", "place_id",
                          "killed_text", "wounded_text", "evidence_text", "place_text", "group",
                          "notes", "weapons", "types", "actors", "incident_id", "level",
                          "precision", "actor1", "assoc_actor_1", "event_date"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def acled_event(i: Incident) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) of an incident's first type."""
    if "ied" in i.types[:1] and SUICIDE_WEAPONS & set(i.weapons):
        return SUICIDE_EVENT
    return ACLED_EVENTS.get(i.types[0], ("", "")) if i.types else ("", "")


def geo_precision(i: Incident) -> int:
    """ACLED geo_precision code (1/2/3) from the place's level and point precision."""
    code = GEO_PRECISION.get(i.place.level, 3)
    return max(code, 2) if i.place.precision == "parent" else code


def fatalities(incidents: Sequence[Incident]) -> list[int]:
    """ACLED fatalities per incident: the low bound of a vague figure, else the best; a count
    shared by a group of places is split evenly over them (remainder to the first), never repeated."""
    out = [_deaths(i.killed) for i in incidents]
    groups: dict[tuple, list[int]] = {}
    for n, i in enumerate(incidents):
        if i.killed is not None and i.killed.shared:
            groups.setdefault((i.group, i.killed), []).append(n)
    for members in groups.values():
        total = out[members[0]]
        share, rest = divmod(total, len(members))
        for k, n in enumerate(members):
            out[n] = share + (1 if k < rest else 0)
    return out


def _deaths(c: Count | None) -> int:
    if c is None:
        return 0
    n = c.low if c.vague and c.low is not None else c.best if c.best is not None else c.low
    return n or 0


def notes(i: Incident) -> str:
    """A one-line English description in the spirit of ACLED's notes column."""
    what = ", ".join(t.replace("_", " ") for t in i.types) or "incident"
    if i.weapons:
        what += f" ({', '.join(w.replace('_', ' ') for w in i.weapons)})"
    by = f" by {', '.join(i.actors)}" if i.actors else ""
    where = i.place.name_en + (f", {i.place.governorate}" if i.place.governorate else "")
    tolls = [f"{c.label()} {word}" for c, word in ((i.killed, "killed"), (i.wounded, "wounded"))
             if c is not None]
    shared = " (shared by a group of places)" if any(c and c.shared for c in (i.killed, i.wounded)) else ""
    line = f"{what.capitalize()}{by} in {where}"
    if tolls:
        line += f": {', '.join(tolls)}{shared}"
    return line + "."


def csv_row(i: Incident, deaths: int) -> dict[str, str]:
    """One CSV row: ACLED columns for other tools, our columns for a lossless re-import."""
    event_type, sub_event_type = acled_event(i)
    p = i.place
    row = {
        "event_date": i.date or "", "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": ACLED_ACTORS.get(i.actors[0], i.actors[0]) if i.actors else "",
        "assoc_actor_1": "; ".join(ACLED_ACTORS.get(a, a) for a in i.actors[1:]),
        "admin1": p.governorate or "", "admin2": p.parent or "", "location": p.name_en,
        "latitude": repr(float(p.lat)), "longitude": repr(float(p.lon)),
        "geo_precision": str(geo_precision(i)), "fatalities": str(deaths), "notes": notes(i),
        "incident_id": i.id, "place_id": p.id, "name_ar": p.name_ar, "parent": p.parent or "",
        "level": p.level, "precision": p.precision,
        "types": join_list(i.types), "weapons": join_list(i.weapons), "actors": join_list(i.actors),
        "massacre": _bool(i.massacre), "group": i.group or "",
        "evidence_start": str(i.evidence.start) if i.evidence else "",
        "evidence_end": str(i.evidence.end) if i.evidence else "",
        "evidence_text": i.evidence.text if i.evidence else "",
        "confidence": repr(float(i.confidence)), "place_text": i.place_text,
        "cues": json.dumps([list(c) for c in i.cues], ensure_ascii=False) if i.cues else "",
        "exported_by": CSV_MARKER,
    }
    for name, c in (("killed", i.killed), ("wounded", i.wounded)):
        for f in COUNT_FIELDS:
            v = getattr(c, f) if c is not None else None
            row[f"{name}_{f}"] = "" if v is None else _bool(v) if isinstance(v, bool) else str(v)
    return {k: guard(v) if k in TEXT_COLUMNS else v for k, v in row.items()}


def to_csv(incidents: Iterable[Incident], *, bom: bool = True) -> str:
    """CSV text; with `bom` it starts with U+FEFF so Excel reads the Arabic as UTF-8."""
    incidents = list(incidents)
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for i, deaths in zip(incidents, fatalities(incidents)):
        w.writerow(csv_row(i, deaths))
    return ("\ufeff" if bom else "") + buf.getvalue()


def guard(text: str) -> str:
    """Text a spreadsheet will not run as a formula: a leading ' is added before = + - @ and
    before a leading ' (so `core.imports.unguard` removes exactly one)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def join_list(items: Iterable[str]) -> str:
    """'a;b' with backslash escapes, so any item text survives `core.imports.split_list`."""
    return ";".join(s.replace("\\", "\\\\").replace(";", "\\;") for s in items)


def _bool(v: bool) -> str:
    return "true" if v else "false"


def feature(i: Incident) -> dict:
    """A GeoJSON Feature: Point [lon, lat], the contract incident as properties."""
    props = incident_to_dict(i)
    props["confidence"] = float(i.confidence)
    return {"type": "Feature", "id": i.id,
            "geometry": {"type": "Point", "coordinates": [float(i.place.lon), float(i.place.lat)]},
            "properties": props}


def to_geojson(incidents: Iterable[Incident]) -> dict:
    """An RFC 7946 FeatureCollection (WGS 84, [lon, lat]) of the incidents."""
    return {"type": "FeatureCollection", "features": [feature(i) for i in incidents]}


def geojson_text(incidents: Iterable[Incident]) -> str:
    return json.dumps(to_geojson(incidents), ensure_ascii=False, indent=1) + "\n"


def to_kml(incidents: Iterable[Incident], *, name: str = "Incidents") -> str:
    """KML 2.2 for Google Earth: one Placemark per incident, one style per attack type (the viewer's
    own pin in the type's colour: no icon fetched from another host)."""
    from core import style
    incidents = list(incidents)
    types = sorted({t for i in incidents for t in i.types[:1]} | {"other"})
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
           f"<name>{_x(name)}</name>"]
    for t in types:
        out.append(f'<Style id="{_style_id(t)}"><IconStyle><color>{kml_color(style.type_color(t))}'
                   "</color><scale>1.1</scale></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>")
    for i in incidents:
        out.append(_placemark(i))
    out += ["</Document>", "</kml>"]
    return "\n".join(out) + "\n"


def _x(text: str) -> str:
    """Text as XML character data: escaped, characters XML 1.0 forbids dropped."""
    return escape(_NOT_XML.sub("", text))


def _plain(text: str) -> str:
    """Text Google Earth shows as it is: it reads <description> as HTML, so the text is HTML-escaped
    here (and XML-escaped by `_x`): a report's <b> or <script> shows as those characters."""
    return html.escape(text, quote=False)


def _style_id(t: str) -> str:
    return "type-" + "".join(c if c.isalnum() or c in "_-" else "_" for c in t)


def kml_color(css: str) -> str:
    """'#rrggbb' -> KML 'aabbggrr' (opaque)."""
    h = css.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return f"ff{h[4:6]}{h[2:4]}{h[0:2]}".lower()


def _placemark(i: Incident) -> str:
    p = i.place
    title = f"{p.name_en} / {p.name_ar}" if p.name_ar else p.name_en
    data = {"incident_id": i.id, "types": ", ".join(i.types), "weapons": ", ".join(i.weapons),
            "actors": ", ".join(i.actors), "killed": i.killed.label() if i.killed else "",
            "wounded": i.wounded.label() if i.wounded else "", "level": p.level,
            "precision": p.precision, "governorate": p.governorate or "",
            "evidence": i.evidence.text if i.evidence else ""}
    extended = "".join(f'<Data name="{k}"><value>{_x(v)}</value></Data>'
                       for k, v in data.items() if v)
    desc = _plain(notes(i) + (f"\n\n{i.evidence.text}" if i.evidence else ""))
    when = f"<TimeStamp><when>{_x(i.date)}</when></TimeStamp>" if i.date else ""
    return (f'<Placemark id="{_x(_style_id(i.id))}"><name>{_x(title)}</name>'
            f"<description>{_x(desc)}</description>{when}"
            f"<styleUrl>#{_style_id(i.types[0] if i.types else 'other')}</styleUrl>"
            f"<ExtendedData>{extended}</ExtendedData>"
            f"<Point><coordinates>{float(p.lon)!r},{float(p.lat)!r},0</coordinates></Point>"
            "</Placemark>")


def export(incidents: Iterable[Incident], fmt: str, *, name: str = "Incidents") -> bytes:
    """The file bytes of one export format ('csv' with BOM, 'geojson', 'kml')."""
    if fmt == "csv":
        return to_csv(incidents).encode("utf-8")
    if fmt == "geojson":
        return geojson_text(incidents).encode("utf-8")
    if fmt == "kml":
        return to_kml(incidents, name=name).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
