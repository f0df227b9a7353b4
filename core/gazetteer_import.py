"""Other gazetteers -> rows for the user gazetteer: a GeoNames country dump (e.g. SY.txt) or an
OCHA/HDX populated-places CSV. Places the bundled gazetteer already has (same name key within
MERGE_KM, or the same id) are skipped, so importing a full dump adds only what is missing. A row
repeating an id seen earlier in the file (a GeoNames id or P-code listed twice) is merged into the
first: its row is skipped and counted, so the user file never holds an id twice.

GeoNames: the 19 tab-separated columns GeoNames publishes (geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1,
admin2, admin3, admin4, population, elevation, dem, timezone, modification date); feature class P
(populated places) only; Arabic-script alternate names become name_ar/aliases_ar.

OCHA CSV (header names matched case-insensitively, first match wins):
- Arabic name: admin4Name_ar, admin3Name_ar, Location_ar, name_ar, Name_AR, location_name_ar
- English name: admin4Name_en, admin3Name_en, Location, location_name_en, name_en, Name_EN, name
- latitude: Latitude, latitude, lat, latitude_y, Y;  longitude: Longitude, longitude, lon, long,
  longitude_x, X
- governorate: admin1Name_en (mapped to the gazetteer's spelling), id: admin4Pcode, pcode, PCODE
"""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

from core.arabic import ARABIC_LETTER, name_key
from core.gazetteer import GOVERNORATES, Entry, Gazetteer, GazetteerError, km, user_gazetteer_path
from core.gazetteer_user import append_entries, check_size, existing_rows, locked, make_entry

MERGE_KM = 5.0
_ARABIC_NAME = re.compile("[\u0621-\u064A\u064B-\u0652\u0670\u0640 '\\-]+")
_GOV_SPELLINGS = {
    "aleppo": "Aleppo", "halab": "Aleppo", "damascus": "Damascus", "dimashq": "Damascus",
    "rural damascus": "Rif Dimashq", "rif dimashq": "Rif Dimashq", "rif damascus": "Rif Dimashq",
    "idleb": "Idlib", "idlib": "Idlib", "hama": "Hama", "hamah": "Hama", "homs": "Homs", "hims": "Homs",
    "dar'a": "Daraa", "daraa": "Daraa", "dara": "Daraa", "as-sweida": "As-Suwayda", "as-suwayda": "As-Suwayda",
    "sweida": "As-Suwayda", "suwayda": "As-Suwayda", "quneitra": "Quneitra", "al quneitra": "Quneitra",
    "lattakia": "Latakia", "latakia": "Latakia", "tartous": "Tartus", "tartus": "Tartus",
    "ar-raqqa": "Raqqa", "raqqa": "Raqqa", "ar-raqqah": "Raqqa", "deir-ez-zor": "Deir ez-Zor",
    "deir ez-zor": "Deir ez-Zor", "deir-ez-zour": "Deir ez-Zor", "al-hasakeh": "Al-Hasakah",
    "al-hasakah": "Al-Hasakah", "hasakeh": "Al-Hasakah", "al hasakah": "Al-Hasakah",
}
OCHA_COLUMNS = {
    "name_ar": ("admin4name_ar", "admin3name_ar", "location_ar", "name_ar", "location_name_ar"),
    "name_en": ("admin4name_en", "admin3name_en", "location", "location_name_en", "name_en", "name"),
    "lat": ("latitude", "lat", "latitude_y", "y"),
    "lon": ("longitude", "lon", "long", "longitude_x", "x"),
    "governorate": ("admin1name_en",),
    "pcode": ("admin4pcode", "pcode"),
}


@dataclass(frozen=True)
class ImportResult:
    """What an import found: new entries, and how many rows were skipped and why; `repeated`
    holds (id, line, line first seen) for each row whose id came earlier in the file."""
    entries: tuple[Entry, ...]
    known: int
    not_places: int
    repeated: tuple[tuple[str, int, int], ...] = ()


class _Ids:
    """Ids an import has met: those of the gazetteer it adds to, and the file's own by line."""

    def __init__(self, known: Gazetteer | None):
        self.taken: set[str] = {e.id for e in known.entries} if known else set()
        self.bundled = set(self.taken)
        self.lines: dict[str, int] = {}
        self.repeated: list[tuple[str, int, int]] = []

    def seen(self, rid: str, line: int) -> bool:
        """True (and the repeat noted) when `rid` was already taken by an earlier row of the file."""
        if rid in self.lines:
            self.repeated.append((rid, line, self.lines[rid]))
            return True
        return False


def _km(a: Entry | tuple, lat: float, lon: float) -> float:
    alat, alon = (a.lat, a.lon) if isinstance(a, Entry) else a
    return km(alat, alon, lat, lon)


def _known(gz: Gazetteer | None, names: list[str], lat: float, lon: float) -> bool:
    if gz is None:
        return False
    for n in names:
        for e in gz.ar_index.get(name_key(n), ()):
            if _km(e, lat, lon) < MERGE_KM:
                return True
    return False


def _governorate(text: str) -> str:
    t = (text or "").strip()
    if t in GOVERNORATES:
        return t
    return _GOV_SPELLINGS.get(t.lower().replace("governorate", "").strip(), "")


def _float(text: str, what: str, where: str) -> float:
    try:
        x = float(str(text).strip())
    except ValueError:
        raise GazetteerError(f"{where}: {what} {text!r} is not a number") from None
    if not math.isfinite(x):
        raise GazetteerError(f"{where}: {what} {text!r} is not a number")
    return x


def _entry(row: dict, where: str, line: int, ids: _Ids) -> Entry:
    try:
        e = make_entry(row, ids.taken)
    except GazetteerError as err:
        raise GazetteerError(f"{where}: {err}") from None
    ids.taken.add(e.id)
    ids.lines[e.id] = line
    return e


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{path}: cannot read: {getattr(e, 'strerror', None) or e}") from None


def import_geonames(path: Path | str, known: Gazetteer | None = None) -> ImportResult:
    """Populated places (feature class P) of a GeoNames dump that have an Arabic name."""
    path = Path(path)
    out, ids, skipped, other = [], _Ids(known), 0, 0
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{n}"
        cols = line.split("\t")
        if len(cols) != 19:
            raise GazetteerError(f"{where}: {len(cols)} tab-separated columns, a GeoNames dump has 19")
        gid, name, ascii_name, alternates, lat, lon, fclass = cols[:7]
        if fclass != "P":
            other += 1
            continue
        lat_f, lon_f = _float(lat, "latitude", where), _float(lon, "longitude", where)
        arabic = [a for a in alternates.split(",") if _ARABIC_NAME.fullmatch(a) and ARABIC_LETTER.search(a)]
        if not arabic:
            other += 1
            continue
        if ids.seen(f"geonames-{gid}", n):
            continue
        if _known(known, arabic, lat_f, lon_f) or f"geonames-{gid}" in ids.bundled:
            skipped += 1
            continue
        latin = [a for a in alternates.split(",") if a and not ARABIC_LETTER.search(a) and a != name]
        pop = cols[14].strip()
        out.append(_entry({
            "id": f"geonames-{gid}", "name_en": ascii_name or name, "name_ar": arabic[0],
            "aliases_ar": arabic[1:], "aliases_en": [name, *latin] if ascii_name != name else latin,
            "level": "village" if pop.isdigit() and 0 < int(pop) < 5000 else "town",
            "lat": lat_f, "lon": lon_f, "precision": "decimal",
            "source": f"GeoNames {gid} via {path.name} (CC BY 4.0)",
            "population": pop if pop.isdigit() and int(pop) > 0 else "",
        }, where, n, ids))
    return ImportResult(tuple(out), skipped, other, tuple(ids.repeated))


def _pick(header: list[str], wanted: tuple[str, ...]) -> str | None:
    lower = {h.strip().lower(): h for h in header}
    return next((lower[w] for w in wanted if w in lower), None)


def import_ocha(path: Path | str, known: Gazetteer | None = None) -> ImportResult:
    """Rows of an OCHA/HDX populated-places CSV (see the module docstring for the columns)."""
    path = Path(path)
    text = _read(path)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    cols = {k: _pick(header, v) for k, v in OCHA_COLUMNS.items()}
    for need in ("name_ar", "lat", "lon"):
        if not cols[need]:
            raise GazetteerError(f"{path}:1: no {need} column (accepted: {', '.join(OCHA_COLUMNS[need])})")
    out, ids, skipped, other = [], _Ids(known), 0, 0
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if None in row or any(v is None for v in row.values()):
            raise GazetteerError(f"{where}: the row has a different number of fields than the header")
        name_ar = (row[cols["name_ar"]] or "").strip()
        if not name_ar or row.get(cols["lat"], "").strip().upper() in ("", "#N/A", "NA"):
            other += 1
            continue
        if row[cols["lat"]].startswith("#"):
            continue
        lat_f, lon_f = _float(row[cols["lat"]], "latitude", where), _float(row[cols["lon"]], "longitude", where)
        name_en = (row.get(cols["name_en"]) or "").strip() if cols["name_en"] else ""
        pcode = (row.get(cols["pcode"]) or "").strip() if cols["pcode"] else ""
        if pcode and ids.seen(f"ocha-{pcode}", reader.line_num):
            continue
        if _known(known, [name_ar], lat_f, lon_f) or f"ocha-{pcode}" in ids.bundled:
            skipped += 1
            continue
        out.append(_entry({
            "id": f"ocha-{pcode}" if pcode else "", "name_en": name_en or name_ar, "name_ar": name_ar,
            "level": "town", "lat": lat_f, "lon": lon_f, "precision": "decimal",
            "governorate": _governorate(row.get(cols["governorate"], "") if cols["governorate"] else ""),
            "source": f"OCHA/HDX populated places {path.name}" + (f" {pcode}" if pcode else "") + " (CC BY 3.0 IGO)",
        }, where, reader.line_num, ids))
    return ImportResult(tuple(out), skipped, other, tuple(ids.repeated))


def import_file(path: Path | str, fmt: str, known: Gazetteer | None = None) -> ImportResult:
    if fmt == "geonames":
        return import_geonames(path, known)
    if fmt == "ocha":
        return import_ocha(path, known)
    raise GazetteerError(f"unknown import format {fmt!r} (geonames or ocha)")


def append_to_user(result: ImportResult, path: Path | str | None = None) -> list[Entry]:
    """Append an import's new entries to the user gazetteer (atomically; header written if the file
    is new); entries whose id is already there are skipped. GazetteerError, with nothing written,
    when the file would pass MAX_USER_PLACES. Returns the entries written."""
    path = Path(path).expanduser() if path else user_gazetteer_path()
    with locked(path):
        existing = {e.id for _, e in existing_rows(path)}
        new = [e for e in result.entries if e.id not in existing]
        check_size(path, adding=len(new))
        if new:
            append_entries(path, new)
    return new


def repeats_said(result: ImportResult, limit: int = 3) -> str:
    """One line on the rows merged because their id came earlier in the file ('' when none)."""
    if not result.repeated:
        return ""
    shown = ", ".join(f"{rid} (line {line}, first on line {first})" for rid, line, first in result.repeated[:limit])
    more = f" and {len(result.repeated) - limit} more" if len(result.repeated) > limit else ""
    return f"merged {len(result.repeated)} rows repeating an id seen earlier in the file into its first row: {shown}{more}"
