"""Rows of a gazetteer file: the columns, each row checked (a bad one refused with its file and line),
and entries written back as CSV. `core.gazetteer` builds the searchable gazetteer from them."""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from core import DATA, ROOT
from core.arabic import ARABIC_LETTER
from core.model import LEVELS, PRECISIONS
from core.textio import write_atomic

COLUMNS = ("id", "name_en", "name_ar", "aliases_ar", "aliases_en", "level", "parent", "parent_id",
           "governorate", "lat", "lon", "precision", "source", "population", "ambiguous")
REQUIRED = ("id", "name_en", "name_ar", "level", "lat", "lon", "precision")
GOVERNORATES = ("Aleppo", "Damascus", "Rif Dimashq", "Idlib", "Hama", "Homs", "Daraa", "As-Suwayda",
                "Quneitra", "Latakia", "Tartus", "Raqqa", "Deir ez-Zor", "Al-Hasakah")
AMBIGUOUS = ("", "word", "person")
SYRIA_LAT = (32.3, 37.35)
SYRIA_LON = (35.7, 42.4)
MARGIN = 1.0
BUNDLED = DATA / "gazetteer.csv"
BASE_ENV = "INCIDENT_MAP_GAZETTEER"
USER_ENV = "INCIDENT_MAP_USER_GAZETTEER"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")


class GazetteerError(ValueError):
    """A gazetteer row or file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer (a row of the CSV)."""
    id: str
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    level: str
    parent: str
    parent_id: str
    governorate: str
    lat: float
    lon: float
    precision: str
    source: str
    population: int | None
    ambiguous: str

    @property
    def names_ar(self) -> tuple[str, ...]:
        return (self.name_ar, *self.aliases_ar)

    @property
    def names_en(self) -> tuple[str, ...]:
        return (self.name_en, *self.aliases_en)


# ------------------------------------------------------------------------------ rows

def _split(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        items = value
    else:
        items = str(value).split("|")
    return tuple(dict.fromkeys(s.strip() for s in items if s and str(s).strip()))


def _number(row: dict, col: str) -> float:
    raw = str(row.get(col, "") or "").strip()
    try:
        x = float(raw)
    except ValueError:
        raise GazetteerError(f"{col} {raw!r} is not a number") from None
    if not math.isfinite(x):
        raise GazetteerError(f"{col} {raw!r} is not a number")
    return x


def validate_row(row: dict, where: str = "") -> Entry:
    """The Entry for one row (a dict of column -> text or value); GazetteerError with the reason,
    prefixed by `where` ('file:line'), when the row cannot be used."""
    try:
        return _validate(row)
    except GazetteerError as e:
        raise GazetteerError(f"{where}: {e}" if where else str(e)) from None


def _validate(row: dict) -> Entry:
    missing = [c for c in REQUIRED if row.get(c) is None]
    if missing:
        raise GazetteerError(f"missing column {missing[0]!r}")
    text = {c: ("" if row.get(c) is None else str(row.get(c))).strip() for c in COLUMNS}
    if not _ID.match(text["id"]):
        raise GazetteerError(f"id {text['id']!r} is empty or has characters other than letters, digits, . _ : -")
    for col in ("name_ar", "name_en"):
        if not text[col]:
            raise GazetteerError(f"{col} is empty")
    if not ARABIC_LETTER.search(text["name_ar"]):
        raise GazetteerError(f"name_ar {text['name_ar']!r} has no Arabic letters")
    if text["level"] not in LEVELS:
        raise GazetteerError(f"level {text['level']!r} is not one of {', '.join(LEVELS)}")
    if text["precision"] not in PRECISIONS:
        raise GazetteerError(f"precision {text['precision']!r} is not one of {', '.join(PRECISIONS)}")
    lat, lon = _number(row, "lat"), _number(row, "lon")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"lat/lon {lat}, {lon} is not a point on Earth")
    if not (SYRIA_LAT[0] - MARGIN <= lat <= SYRIA_LAT[1] + MARGIN
            and SYRIA_LON[0] - MARGIN <= lon <= SYRIA_LON[1] + MARGIN):
        raise GazetteerError(f"lat/lon {lat}, {lon} is outside Syria (lat {SYRIA_LAT[0]}..{SYRIA_LAT[1]}, "
                             f"lon {SYRIA_LON[0]}..{SYRIA_LON[1]}, ±{MARGIN}°); are lat and lon swapped?")
    if text["governorate"] and text["governorate"] not in GOVERNORATES:
        raise GazetteerError(f"governorate {text['governorate']!r} is not one of {', '.join(GOVERNORATES)}")
    population = None
    if text["population"]:
        if not re.fullmatch(r"\d+", text["population"]):
            raise GazetteerError(f"population {text['population']!r} is not a whole number")
        population = int(text["population"])
    if text["ambiguous"] not in AMBIGUOUS:
        raise GazetteerError(f"ambiguous {text['ambiguous']!r} is not empty, 'word' or 'person'")
    return Entry(id=text["id"], name_en=text["name_en"], name_ar=text["name_ar"],
                 aliases_ar=_split(row.get("aliases_ar")), aliases_en=_split(row.get("aliases_en")),
                 level=text["level"], parent=text["parent"], parent_id=text["parent_id"],
                 governorate=text["governorate"], lat=lat, lon=lon, precision=text["precision"],
                 source=text["source"], population=population, ambiguous=text["ambiguous"])


def entry_to_row(e: Entry) -> dict[str, str]:
    d = asdict(e)
    d["aliases_ar"] = "|".join(e.aliases_ar)
    d["aliases_en"] = "|".join(e.aliases_en)
    d["population"] = "" if e.population is None else str(e.population)
    d["lat"], d["lon"] = repr(e.lat), repr(e.lon)
    return {c: d[c] for c in COLUMNS}


def csv_rows(entries, header: bool = True) -> str:
    """Entries as gazetteer CSV text (header first unless told not to, `|`-separated aliases)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        w.writeheader()
    for e in entries:
        w.writerow(entry_to_row(e))
    return buf.getvalue()


def write_csv(path: Path | str, entries) -> None:
    """Entries as a gazetteer CSV file (UTF-8), written atomically."""
    write_atomic(path, csv_rows(entries).encode("utf-8"))


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def read_rows(path: Path | str) -> list[tuple[int, Entry]]:
    """(line, Entry) for every row of a gazetteer file; GazetteerError naming file and line."""
    path = Path(path)
    shown = _shown(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{shown}: cannot read: {getattr(e, 'strerror', None) or e}") from None
    reader = csv.reader(io.StringIO(raw))
    header = next(reader, None)
    if header is None:
        raise GazetteerError(f"{shown}:1: empty file (a header line is needed: {','.join(COLUMNS)})")
    header = [h.strip() for h in header]
    absent = [c for c in REQUIRED if c not in header]
    if absent:
        raise GazetteerError(f"{shown}:1: header has no column {absent[0]!r}")
    out, seen = [], {}
    for values in reader:
        line = reader.line_num
        if not values or (len(values) == 1 and not values[0].strip()) or values[0].startswith("#"):
            continue
        where = f"{shown}:{line}"
        if len(values) != len(header):
            raise GazetteerError(f"{where}: {len(values)} fields, the header has {len(header)} "
                                 f"(missing column or unquoted comma?)")
        entry = validate_row(dict(zip(header, values)), where)
        if entry.id in seen:
            raise GazetteerError(f"{where}: duplicate id {entry.id!r} (first on line {seen[entry.id]})")
        seen[entry.id] = line
        out.append((line, entry))
    return out
