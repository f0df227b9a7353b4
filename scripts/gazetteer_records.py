"""What the gazetteer build (scripts/build_gazetteer.py) shares between its modules: the Rec a
place is while it is built, the source-label helpers, distances and polygon tests, the build log."""
from __future__ import annotations

import csv
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.arabic import name_key, norm  # noqa: E402,F401 (name_key, en_key, Entry, write_csv: re-exported)
from core.gazetteer import Entry, write_csv  # noqa: E402,F401
from core.translit import en_key  # noqa: E402,F401
from core.lexicon import read_rows  # noqa: E402

DATA = ROOT / "data"
MERGE_KM = 5.0
SPELLING_KM = 3.0
LOG: list[str] = []
PRECISION_RANK = {"second": 0, "decimal": 1, "minute": 2, "centroid": 3, "parent": 4}
SOURCE_RANK = {"supplement": 0, "sourced": 0, "osm": 1, "geonames": 2, "wikidata": 3}
NAME_RANK = {"supplement": 0, "wikidata": 1, "geonames": 2, "sourced": 3, "osm": 4}
ARABIC = re.compile("[\u0600-\u06FF]")
ARABIC_NAME = re.compile("[\u0621-\u064A\u064B-\u0652\u0670\u0640 ()'\\-]+")
HEADS = read_rows(DATA / "lexicons" / "ar" / "compound_heads.csv")
SPLIT_PREFIXES = tuple(r.phrase for r in HEADS if r.values["split"] == "yes")
JOIN_PREFIXES = SPLIT_PREFIXES + tuple(r.phrase for r in HEADS if r.values["joined"] == "yes" and r.values["split"] != "yes")
ROMAN_PART = re.compile(r"\s+(?:I|II|III|IV|V|VI)$")
CUE_LEVELS = {norm(r.phrase): r.values["level"] for r in read_rows(DATA / "lexicons" / "ar" / "place_cues.csv")
              if " " not in r.phrase and r.values["level"] != "any"}


@dataclass
class Rec:
    """A place while it is being built; becomes an Entry at the end."""
    name_ar: str
    name_en: str
    level: str
    lat: float
    lon: float
    precision: str
    sources: list[str]
    governorate: str = ""
    aliases_ar: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    population: int | None = None
    parent_id: str = ""
    id: str = ""
    origin: str = ""
    extra_ar: list[str] = field(default_factory=list)
    parent_rec: "Rec | None" = None
    hint: str = ""
    """OSM's own level (village/town), used when no other source says how big the place is."""


def km(a_lat, a_lon, b_lat, b_lon) -> float:
    p = math.pi / 180
    h = (math.sin((b_lat - a_lat) * p / 2) ** 2
         + math.cos(a_lat * p) * math.cos(b_lat * p) * math.sin((b_lon - a_lon) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def is_latin_name(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def clean(s: str) -> str:
    """A source label without a disambiguating tail: 'الطيبة (تدمر)' -> 'الطيبة'."""
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s.strip())
    s = re.sub(r"\s*،.*$", "", s)
    return re.sub(r",\s*[^,]*Governorate$", "", s).strip()


def split_aliases(aliases: str) -> tuple[list[str], list[str]]:
    ar, en = [], []
    for a in (x.strip() for x in aliases.split("|")):
        if ARABIC_NAME.fullmatch(a):
            ar.append(a)
        elif ARABIC.search(a):
            continue
        elif a and is_latin_name(a):
            en.append(a)
    return ar, en


def precision_of(lat: str, lon: str) -> str:
    """`minute` when both numbers are whole minutes (33.5, 36.3667: Wikidata's coarse points)."""
    def whole(v: str) -> bool:
        x = abs(float(v)) * 60
        return abs(x - round(x)) < 0.0061
    return "minute" if whole(lat) and whole(lon) else "decimal"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]


def _rough_latin(ar: str) -> str:
    table = str.maketrans("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآى", "abttjhkddrzsssdtzaafkklmnhwyhaaaay")
    return norm(ar).translate(table)


def nearest_sub(subs, lat, lon, gov=None):
    pool = [s for s in subs if gov is None or s["gov"] == gov] or subs
    return min(pool, key=lambda s: km(lat, lon, s["lat"], s["lon"]))


def ring_area(ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def inside(lon, lat, ring) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def level_of(rec: Rec) -> str:
    if rec.level:
        return rec.level
    names = [rec.name_ar, *rec.aliases_ar]
    if any(n.startswith("مخيم") for n in names) or any("camp" in n.lower() for n in [rec.name_en, *rec.aliases_en]):
        return "camp"
    if rec.population is None and rec.hint:
        return rec.hint
    return "village" if rec.population is not None and rec.population < 5000 else "town"
