"""ACLED CSV in and out, with ACLED's own count rule.

ACLED's `fatalities` is one number that codes vague words conservatively ("tens" 10, "dozens" 12,
"hundreds" 100; `acled_words.csv`) and keeps the words in `notes`; this project's contract keeps
low/best/high (dozens = low 24). `export` writes ACLED's columns (one row per event, counted
once); `read` takes an ACLED export back as incidents beside the tool's own.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from core import exports, textio
from core.model import Count, Evidence, Incident, Place

WORDS_FILE = Path(__file__).resolve().parent / "acled_words.csv"
COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
           "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
           "notes", "fatalities", "tags", "timestamp")
NEEDED = ("event_date", "sub_event_type", "location", "latitude", "longitude", "fatalities")
SUB_EVENT_TYPES = {"Air/drone strike": "airstrike", "Shelling/artillery/missile attack": "shelling",
                   "Armed clash": "clashes", "Chemical weapon": "chemical",
                   "Remote explosive/landmine/IED": "ied", "Suicide bomb": "ied"}
LEVEL_OF_PRECISION = {"1": ("town", "decimal"), "2": ("district", "parent"), "3": ("governorate", "centroid")}


class BadAcled(ValueError):
    """Not an ACLED CSV we can read; the message names the file and line."""


@lru_cache(maxsize=1)
def vague_words() -> tuple[tuple[str, int], ...]:
    with WORDS_FILE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return tuple(sorted(((r["phrase"], int(r["fatalities"])) for r in rows), key=lambda p: -len(p[0])))


def acled_count(c: Count | None) -> int:
    """ACLED's fatalities for one count: a vague word by ACLED's rule, else the low bound of a
    vague figure, else the figure."""
    if c is None:
        return 0
    if c.vague:
        text = (c.text or "").lower()
        for phrase, n in vague_words():
            if phrase in text:
                return n
    n = c.low if c.vague and c.low is not None else c.best if c.best is not None else c.low
    return n or 0


def fatalities(incidents: Sequence[Incident]) -> list[int]:
    """ACLED fatalities per incident (a count shared by a list of places split as `core.exports`
    splits it, never repeated)."""
    coded = [replace(i, killed=replace(i.killed, low=acled_count(i.killed), best=acled_count(i.killed),
                                       high=None, vague=False)) if i.killed else i for i in incidents]
    return exports.fatalities(coded)


def notes(i: Incident) -> str:
    """`core.exports.notes`, plus the words of a vague toll as the report wrote them."""
    line = exports.notes(i)
    if i.killed is not None and i.killed.vague and i.killed.text:
        line += f" Toll as reported: \"{i.killed.text}\"."
    return line


def export(incidents: Sequence[Incident], sources: Sequence[str] = ()) -> str:
    """ACLED-format CSV (ACLED's columns and count rule) of the incidents, with a BOM for Excel."""
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for n, (i, deaths) in enumerate(zip(incidents, fatalities(incidents))):
        event_type, sub = exports.acled_event(i)
        p = i.place
        row = {"event_id_cnty": i.id, "event_date": i.date or "", "year": (i.date or "")[:4],
               "time_precision": "1" if i.date else "", "disorder_type": "Political violence",
               "event_type": event_type, "sub_event_type": sub,
               "actor1": exports.ACLED_ACTORS.get(i.actors[0], i.actors[0]) if i.actors else "",
               "assoc_actor_1": "; ".join(exports.ACLED_ACTORS.get(a, a) for a in i.actors[1:]),
               "civilian_targeting": "Civilian targeting" if i.massacre else "",
               "iso": "760", "region": "Middle East", "country": "Syria",
               "admin1": p.governorate or "", "admin2": p.parent or "", "location": p.name_en,
               "latitude": repr(float(p.lat)), "longitude": repr(float(p.lon)),
               "geo_precision": str(exports.geo_precision(i)),
               "source": sources[n] if n < len(sources) else "", "notes": notes(i),
               "fatalities": str(deaths)}
        w.writerow({k: exports.guard(v) if k not in ("latitude", "longitude", "fatalities") else v
                    for k, v in row.items()})
    return "\ufeff" + buf.getvalue()


def read(text: str, name: str = "the file") -> list[Incident]:
    """Incidents of an ACLED CSV export (its event ids, points, fatalities by ACLED's rule);
    evidence points at each row's notes in `text`."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [c for c in NEEDED if c not in (reader.fieldnames or ())]
    if missing:
        raise BadAcled(f"{name}: not an ACLED export (no column {', '.join(missing)})")
    out, pos = [], 0
    try:
        for row in reader:
            where = f"{name}: line {reader.line_num}"
            if None in row:
                raise BadAcled(f"{where} has more cells than the header")
            i = _incident(row, where)
            note = row.get("notes") or ""
            written = note.replace('"', '""')  # as the CSV writes it, quotes doubled
            at = text.find(written, pos) if note else -1
            if at >= 0:
                end = at + len(written)
                i, pos = replace(i, evidence=Evidence(at, end, text[at:end])), end
            out.append(i)
    except csv.Error as e:
        raise BadAcled(f"{name}: broken CSV at line {reader.line_num} ({e})") from None
    return out


def load(path: str | Path) -> tuple[str, list[Incident]]:
    """The text of an ACLED CSV file and its incidents; BadAcled with one line if unreadable."""
    try:
        text = textio.decode(Path(path).read_bytes(), str(path), "a CSV file")
    except OSError as e:
        raise BadAcled(f"cannot read {path}: {e.strerror or e}") from None
    except textio.NotText as e:
        raise BadAcled(str(e)) from None
    return text, read(text, str(path))


def _incident(row: dict, where: str) -> Incident:
    lat, lon = _number(row, "latitude", where), _number(row, "longitude", where)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadAcled(f"{where}: point ({lat}, {lon}) is not a latitude/longitude")
    level, precision = LEVEL_OF_PRECISION.get((row.get("geo_precision") or "").strip(), ("town", "decimal"))
    location = (row.get("location") or "").strip()
    if not location:
        raise BadAcled(f"{where}: location is empty")
    place = Place(id=f"acled:{location}:{lat:.4f},{lon:.4f}", name_ar="", name_en=location, level=level,
                  parent=(row.get("admin2") or None), governorate=(row.get("admin1") or None),
                  lat=lat, lon=lon, precision=precision)
    return Incident(
        id=(row.get("event_id_cnty") or f"acled-{where.rsplit(' ', 1)[-1]}")[:40], place=place,
        types=(SUB_EVENT_TYPES[row["sub_event_type"]],) if row["sub_event_type"] in SUB_EVENT_TYPES else (),
        actors=tuple(a for a in (_actor(row.get("actor1")), _actor(row.get("assoc_actor_1"))) if a),
        killed=_killed(row, where), date=_date(row["event_date"], where), confidence=1.0,
        place_text=location)


def _killed(row: dict, where: str) -> Count:
    """ACLED's number as it is; vague (and its word kept) when the notes carry a word ACLED codes
    with exactly that number."""
    raw = (row.get("fatalities") or "0").strip()
    if not raw.isdigit():
        raise BadAcled(f"{where}: fatalities {raw!r} is not a whole number")
    n, note = int(raw), (row.get("notes") or "").lower()
    word = next((p for p, v in vague_words() if v == n and p in note), None)
    if word:
        return Count(n, n, None, True, word)
    return Count(n, n, n, False, f"fatalities {n}")


def _actor(name: str | None) -> str | None:
    if not name:
        return None
    for actor, acled in exports.ACLED_ACTORS.items():
        if name.strip() == acled or name.startswith(acled.split(" (")[0]):
            return actor
    return None


def _number(row: dict, key: str, where: str) -> float:
    try:
        v = float(row.get(key) or "")
    except ValueError:
        raise BadAcled(f"{where}: {key} {row.get(key)!r} is not a number") from None
    if not math.isfinite(v):
        raise BadAcled(f"{where}: {key} {row.get(key)!r} is not a finite number")
    return v


def _date(value: str, where: str) -> str:
    value = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    raise BadAcled(f"{where}: event_date {value!r} is not a date (2016-10-25 or 25 October 2016)")


def on_gazetteer(incidents: Sequence[Incident], gazetteer, within_km: float = 10.0) -> list[Incident]:
    """ACLED locations the gazetteer knows (same name, within `within_km` of ACLED's point) take the
    gazetteer's place, so an ACLED event and a report's incident about one strike can be linked."""
    from core.gazetteer import km, to_place
    out = []
    for i in incidents:
        near = [e for e in gazetteer.lookup(i.place.name_en)
                if km(e.lat, e.lon, i.place.lat, i.place.lon) <= within_km]
        out.append(replace(i, place=to_place(near[0])) if len(near) == 1 else i)
    return out
