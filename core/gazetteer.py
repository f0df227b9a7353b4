"""The place gazetteer: `data/gazetteer.csv` (built by scripts/build_gazetteer.py) plus the user's own
file, validated row by row, indexed by normalised Arabic and English keys, searchable.

A bad row is refused at load with the file and line named, so a hand-edited gazetteer cannot put a
marker in the sea silently. The user file (default ~/.incident-map/user_gazetteer.csv, or env
INCIDENT_MAP_USER_GAZETTEER) adds or overrides entries by id and is never touched by upgrades.
Env INCIDENT_MAP_GAZETTEER names another base file in place of the bundled one (an organisation's
own edition of the gazetteer, same columns, points in Syria); the app and the CLI both read it.
"""
from __future__ import annotations

import math
import os
from collections import defaultdict
from pathlib import Path
from threading import Lock

from core.arabic import ARABIC_LETTER, name_key
from core.model import Place
from core.gazetteer_rows import (  # noqa: F401 (the row layer, re-exported)
    BASE_ENV, BUNDLED, COLUMNS, GOVERNORATES, USER_ENV, Entry, GazetteerError, _shown, csv_rows, entry_to_row, read_rows,
    validate_row, write_csv)
from core.translit import en_key

_LEVEL_RANK = {lv: i for i, lv in enumerate(("city", "governorate", "town", "region", "neighbourhood",
                                              "district", "village", "camp", "subdistrict", "country"))}


# ------------------------------------------------------------------------------ the gazetteer

class Gazetteer:
    """Entries with lookup by id, by normalised name (Arabic or English), by parent, and search."""

    def __init__(self, entries, paths: tuple[str, ...] = (), keys: dict | None = None):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.paths = paths
        self._keys = keys or {}
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
                ar_keys, en_keys = self._keys.get(e.id) or name_keys(e)
                for k in ar_keys:
                    ar[k].append(e)
                for k in en_keys:
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


def name_keys(e: Entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The distinct lookup keys of an entry's Arabic names and of its English names."""
    return (tuple(k for k in dict.fromkeys(name_key(n) for n in e.names_ar) if k),
            tuple(k for k in dict.fromkeys(en_key(n) for n in e.names_en) if k))


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

def _check_parents(rows: list[tuple[str, int, Entry]], ids) -> None:
    for shown, line, e in rows:
        if e.parent_id and e.parent_id not in ids:
            raise GazetteerError(f"{shown}:{line}: parent_id {e.parent_id!r} is not an id in the gazetteer")


def load(path: Path | str, *more: Path | str) -> Gazetteer:
    """The gazetteer of `path` (and further files whose rows add or override by id)."""
    return merge([(_shown(Path(p)), read_rows(p)) for p in (path, *more)])


def merge(sources: list[tuple[str, list[tuple[int, Entry]]]], keys: dict | None = None) -> Gazetteer:
    """One gazetteer from (shown name, rows) of several files, later rows overriding by id; `keys`
    gives entries' name keys already computed (name_keys) by id."""
    merged: dict[str, Entry] = {}
    where: dict[str, tuple[str, int]] = {}
    for shown, rows in sources:
        for line, e in rows:
            merged[e.id] = e
            where[e.id] = (shown, line)
    _check_parents([(*where[i], e) for i, e in merged.items() if e.parent_id], merged.keys())
    return Gazetteer(merged.values(), tuple(shown for shown, _ in sources), keys)


def user_gazetteer_path() -> Path:
    """The user's own gazetteer file (it may not exist yet)."""
    env = os.environ.get(USER_ENV)
    return Path(env).expanduser() if env else Path.home() / ".incident-map" / "user_gazetteer.csv"


def base_gazetteer_path() -> Path:
    """The base gazetteer: the file named by env INCIDENT_MAP_GAZETTEER, else the bundled one."""
    env = os.environ.get(BASE_ENV)
    return Path(env).expanduser() if env else BUNDLED


def _check_base(base: Path) -> None:
    """GazetteerError in one line, naming the file and the setting, when the base file is absent."""
    if not base.is_file():
        raise GazetteerError(f"{_shown(base)}: cannot read: no such file (named by {BASE_ENV})")


_cache: dict[tuple, Gazetteer] = {}
_cache_lock = Lock()


def _stamp(p: Path) -> tuple:
    try:
        st = p.stat()
        return (str(p), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(p), None, None)


def load_default(user_path: Path | str | None = None) -> Gazetteer:
    """The base gazetteer (bundled, or INCIDENT_MAP_GAZETTEER's file) plus the user's file (if it
    exists); cached until either changes."""
    user = Path(user_path).expanduser() if user_path else user_gazetteer_path()
    base = base_gazetteer_path()
    stamp = (_stamp(base), _stamp(user))
    with _cache_lock:
        gz = _cache.get(stamp)
        if gz is None:
            _check_base(base)
            gz = _load_with_user(base, user) if user.is_file() else _load_base(base)
            _cache.clear()
            _cache[stamp] = gz
        return gz


def _load_base(base: Path) -> Gazetteer:
    """The base gazetteer alone; the bundled one's rows and name keys read from the index kept beside
    it (core.gazetteer_index; not written where the install is read-only): validating and normalising
    its names again took half a second of each new process (every command line, every app start)."""
    if base != BUNDLED:
        return load(base)
    from core.gazetteer_index import indexed_rows
    rows, keys = indexed_rows(BUNDLED)
    return merge([(_shown(BUNDLED), rows)], keys)


def _load_with_user(base: Path, user: Path) -> Gazetteer:
    """The base gazetteer and the user's file, rows and name keys read from indexes kept beside
    the user's file (core.gazetteer_index), so a big user file costs little in each new process."""
    from core.gazetteer_index import indexed_rows
    from core.gazetteer_user import check_size
    check_size(user)
    base_rows, base_keys = indexed_rows(base, user.with_name(user.name + ".base.index"))
    rows, keys = indexed_rows(user)
    return merge([(_shown(base), base_rows), (_shown(user), rows)], {**base_keys, **keys})


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


__all__ = ["BASE_ENV", "COLUMNS", "GOVERNORATES", "MAX_USER_PLACES", "Entry", "Gazetteer", "GazetteerError", "add_user_entry",
           "base_gazetteer_path", "check_size", "clear_cache", "csv_rows", "entry_to_row", "load", "load_default", "make_entry", "read_rows",
           "to_place", "user_gazetteer_path", "validate_row", "write_csv"]

from core.gazetteer_user import MAX_USER_PLACES, add_user_entry, check_size, make_entry  # noqa: E402,F401

