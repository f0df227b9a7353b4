"""The place gazetteer: `data/gazetteer.csv` (built by scripts/build_gazetteer.py) plus the user's own
file, validated row by row, indexed by normalised Arabic and English keys, searchable.

A bad row is refused at load with the file and line named, so a hand-edited gazetteer cannot put a
marker in the sea silently. The user file (default ~/.incident-map/user_gazetteer.csv, or env
INCIDENT_MAP_USER_GAZETTEER) adds or overrides entries by id and is never touched by upgrades.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from threading import Lock

from core import DATA, ROOT
from core.arabic import ARABIC_LETTER, name_key
from core.model import LEVELS, PRECISIONS, Place
from core.translit import en_key

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
USER_ENV = "INCIDENT_MAP_USER_GAZETTEER"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")
_LEVEL_RANK = {lv: i for i, lv in enumerate(("city", "governorate", "town", "region", "neighbourhood",
                                              "district", "village", "camp", "subdistrict", "country"))}


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


def write_csv(path: Path | str, entries) -> None:
    """Entries as a gazetteer CSV (UTF-8, header, `|`-separated aliases)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for e in entries:
        w.writerow(entry_to_row(e))
    Path(path).write_text(buf.getvalue(), encoding="utf-8")


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


# ------------------------------------------------------------------------------ the gazetteer

class Gazetteer:
    """Entries with lookup by id, by normalised name (Arabic or English), by parent, and search."""

    def __init__(self, entries, paths: tuple[str, ...] = ()):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.paths = paths
        self._by_id = {e.id: e for e in self.entries}
        self._ar: dict[str, list[Entry]] | None = None
        self._en: dict[str, list[Entry]] | None = None
        self._children: dict[str, list[Entry]] | None = None
        self._lock = Lock()

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def __contains__(self, entry_id) -> bool:
        return entry_id in self._by_id

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.entries)} entries from {', '.join(self.paths) or 'memory'}>"

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def _index(self) -> None:
        with self._lock:
            if self._ar is not None:
                return
            ar, en, kids = defaultdict(list), defaultdict(list), defaultdict(list)
            for e in self.entries:
                for k in dict.fromkeys(name_key(n) for n in e.names_ar):
                    if k:
                        ar[k].append(e)
                for k in dict.fromkeys(en_key(n) for n in e.names_en):
                    if k:
                        en[k].append(e)
                if e.parent_id:
                    kids[e.parent_id].append(e)
            self._en, self._children, self._ar = dict(en), dict(kids), dict(ar)

    @property
    def ar_index(self) -> dict[str, list[Entry]]:
        """name_key(Arabic name or alias) -> entries."""
        self._index()
        return self._ar

    @property
    def en_index(self) -> dict[str, list[Entry]]:
        """en_key(English name or alias) -> entries."""
        self._index()
        return self._en

    def by_key(self, key: str) -> list[Entry]:
        """Entries whose Arabic name or alias has this name_key (or, failing that, English en_key)."""
        return list(self.ar_index.get(key) or self.en_index.get(key) or ())

    def lookup(self, name: str) -> list[Entry]:
        """Entries named `name` (any spelling the keys fold), Arabic or English."""
        if ARABIC_LETTER.search(name or ""):
            return list(self.ar_index.get(name_key(name), ()))
        return list(self.en_index.get(en_key(name), ()))

    def children(self, entry_id: str) -> list[Entry]:
        self._index()
        return list(self._children.get(entry_id, ()))

    def namesake_near(self, name_ar: str, name_en: str, lat: float, lon: float, within: float = 5.0):
        """(entry, km) of a place already here by the same Arabic or English name within `within` km
        of the point (the user is adding it twice), or None."""
        for e in self.search(name_ar, limit=20) + self.search(name_en, limit=20):
            d = km(e.lat, e.lon, lat, lon)
            if (e.name_ar == name_ar or e.name_en.casefold() == name_en.casefold()) and d < within:
                return e, d
        return None

    def search(self, query: str, limit: int = 20) -> list[Entry]:
        """Entries matching `query` (Arabic or English): exact names first, then aliases, then
        name prefixes, then substrings; bigger places first within a rank."""
        q = (query or "").strip()
        if not q or limit <= 0:
            return []
        arabic = bool(ARABIC_LETTER.search(q))
        key = name_key(q) if arabic else en_key(q)
        if not key:
            return []
        index = self.ar_index if arabic else self.en_index
        best: dict[str, tuple] = {}

        def offer(e: Entry, rank: int) -> None:
            score = (rank, _LEVEL_RANK.get(e.level, 9), -(e.population or 0), e.name_en)
            if e.id not in best or score < best[e.id]:
                best[e.id] = score
        if q in self._by_id:
            offer(self._by_id[q], 0)
        for k, entries in index.items():
            if k == key:
                rank = 0
            elif k.startswith(key):
                rank = 2
            elif len(key) >= 3 and key in k:
                rank = 4
            else:
                continue
            for e in entries:
                own = name_key(e.name_ar) if arabic else en_key(e.name_en)
                offer(e, rank + (0 if own == k else 1))
        ranked = sorted(best.items(), key=lambda kv: kv[1])
        return [self._by_id[i] for i, _ in ranked[:limit]]

    @staticmethod
    def to_place(entry: Entry) -> Place:
        return to_place(entry)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points (haversine)."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def to_place(entry: Entry) -> Place:
    """The contract's place record of an entry."""
    return Place(entry.id, entry.name_ar, entry.name_en, entry.level, entry.parent or None,
                 entry.governorate or None, entry.lat, entry.lon, entry.precision)


# ------------------------------------------------------------------------------ loading

def _check_parents(rows: list[tuple[str, int, Entry]], ids: set[str]) -> None:
    for shown, line, e in rows:
        if e.parent_id and e.parent_id not in ids:
            raise GazetteerError(f"{shown}:{line}: parent_id {e.parent_id!r} is not an id in the gazetteer")


def load(path: Path | str, *more: Path | str) -> Gazetteer:
    """The gazetteer of `path` (and further files whose rows add or override by id)."""
    merged: dict[str, Entry] = {}
    where: dict[str, tuple[str, int]] = {}
    for p in (path, *more):
        for line, e in read_rows(p):
            merged[e.id] = e
            where[e.id] = (_shown(Path(p)), line)
    _check_parents([(*where[i], e) for i, e in merged.items()], set(merged))
    return Gazetteer(merged.values(), tuple(_shown(Path(p)) for p in (path, *more)))


def user_gazetteer_path() -> Path:
    """The user's own gazetteer file (it may not exist yet)."""
    env = os.environ.get(USER_ENV)
    return Path(env).expanduser() if env else Path.home() / ".incident-map" / "user_gazetteer.csv"


_cache: dict[tuple, Gazetteer] = {}
_cache_lock = Lock()


def _stamp(p: Path) -> tuple:
    try:
        st = p.stat()
        return (str(p), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(p), None, None)


def load_default(user_path: Path | str | None = None) -> Gazetteer:
    """The bundled gazetteer plus the user's file (if it exists); cached until either changes."""
    user = Path(user_path).expanduser() if user_path else user_gazetteer_path()
    stamp = (_stamp(BUNDLED), _stamp(user))
    with _cache_lock:
        gz = _cache.get(stamp)
        if gz is None:
            gz = load(BUNDLED, user) if user.is_file() else load(BUNDLED)
            _cache.clear()
            _cache[stamp] = gz
        return gz


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


# ------------------------------------------------------------------------------ user entries

def _slug(s: str) -> str:
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "place"


def make_entry(data, taken=()) -> Entry:
    """An Entry from a dict (aliases as lists or `|` text); id, precision and source defaulted."""
    if isinstance(data, Entry):
        return validate_row(entry_to_row(data))
    row = {c: data.get(c) for c in COLUMNS}
    for c in ("aliases_ar", "aliases_en"):
        row[c] = "|".join(_split(row[c]))
    row["precision"] = row["precision"] or "decimal"
    row["source"] = row["source"] or "user"
    if not row["id"] and row.get("name_en"):
        base = f"user-{_slug(str(row['name_en']))}"
        rid, n = base, 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        row["id"] = rid
    return validate_row(row)


def add_user_entry(entry_or_dict, path: Path | str | None = None) -> Entry:
    """Validate an entry and append it to the user gazetteer (created with a header if new).
    GazetteerError with the reason when the entry is refused (bad field, id already in the file,
    parent_id unknown)."""
    path = Path(path).expanduser() if path else user_gazetteer_path()
    existing = read_rows(path) if path.is_file() and path.stat().st_size else []
    bundled = load_default(path)
    taken = {e.id for _, e in existing} | {e.id for e in bundled.entries}
    entry = make_entry(entry_or_dict, taken)
    if any(e.id == entry.id for _, e in existing):
        raise GazetteerError(f"{_shown(path)}: id {entry.id!r} is already in the user gazetteer")
    if entry.parent_id and entry.parent_id not in taken:
        raise GazetteerError(f"parent_id {entry.parent_id!r} is not an id in the gazetteer")
    if entry.parent_id and not entry.parent:
        p = bundled.get(entry.parent_id) or next(e for _, e in existing if e.id == entry.parent_id)
        entry = Entry(**{**asdict(entry), "parent": p.name_en})
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not existing and not (path.is_file() and path.stat().st_size)
    with path.open("a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerow(entry_to_row(entry))
    clear_cache()
    return entry


__all__ = ["COLUMNS", "GOVERNORATES", "Entry", "Gazetteer", "GazetteerError", "add_user_entry", "clear_cache",
           "entry_to_row", "load", "load_default", "make_entry", "read_rows", "to_place", "user_gazetteer_path",
           "validate_row", "write_csv"]

