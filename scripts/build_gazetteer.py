"""Build data/gazetteer.csv (and data/aleppo_neighbourhoods.geojson) from the source files.

    python scripts/build_gazetteer.py [SOURCES_DIR]      # default ../shared/data/sources

Every name and point comes from a source file (see data/SOURCES.md); the only numbers computed
here are means of source centroids (regions, the country), each saying which ones in `source`.
Hand curation lives in data files: data/gazetteer_curation.csv and data/ambiguous_names.csv.
"""
from __future__ import annotations

import csv
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.arabic import name_key, norm  # noqa: E402
from core.gazetteer import Entry, write_csv  # noqa: E402
from core.translit import en_key  # noqa: E402
from core.lexicon import read_rows  # noqa: E402

DATA = ROOT / "data"
MERGE_KM = 5.0
SPELLING_KM = 3.0
PRECISION_RANK = {"second": 0, "decimal": 1, "minute": 2, "centroid": 3, "parent": 4}
SOURCE_RANK = {"supplement": 0, "sourced": 0, "osm": 1, "geonames": 2, "wikidata": 3}
NAME_RANK = {"supplement": 0, "wikidata": 1, "geonames": 2, "sourced": 3, "osm": 4}
OSM_GOVERNORATES = {"Al-Hasakeh": "sy-al-hasakah", "Aleppo": "sy-aleppo", "Ar-Raqqa": "sy-raqqa",
                    "As-Sweida": "sy-as-suwayda", "Dar'a": "sy-daraa", "Deir-ez-Zor": "sy-deir-ez-zor",
                    "Hama": "sy-hama", "Homs": "sy-homs", "Idleb": "sy-idlib", "Lattakia": "sy-latakia",
                    "Quneitra": "sy-quneitra", "Rural Damascus": "sy-rif-dimashq", "Tartous": "sy-tartus",
                    "Damascus": "sy-damascus"}
OSM_CREDIT = "© OpenStreetMap contributors, ODbL 1.0"
LOG: list[str] = []
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


# ----------------------------------------------------------------------------------- admin

def load_admin(src: Path) -> tuple[list[Rec], list[dict]]:
    recs = []
    subs = []
    for fname, level in (("syria_admin_governorates_opensyria.csv", "governorate"),
                         ("syria_admin_districts_opensyria.csv", "district"),
                         ("syria_admin_subdistricts_opensyria.csv", "subdistrict")):
        for r in read_csv(src / fname):
            ar, en = split_aliases(r["aliases"])
            rec = Rec(r["name_ar"], r["name_en"], level, float(r["centroid_lat"]), float(r["centroid_lon"]),
                      "centroid", [f"OpenSyria {fname.split('_')[2]} {r['ocha_pcode']} ({r['id']})"],
                      aliases_ar=ar, aliases_en=en, id=r["id"], origin="opensyria",
                      parent_id=r["district_id"] or r["governorate_id"] or "sy")
            rec.governorate = r["governorate_id"] or r["id"]
            recs.append(rec)
            if level == "subdistrict":
                subs.append({"id": r["id"], "gov": r["governorate_id"], "key": name_key(re.sub(r"^مركز\s+", "", r["name_ar"])),
                             "lat": rec.lat, "lon": rec.lon, "name_en": r["name_en"], "rec": rec})
    return recs, subs


def nearest_sub(subs, lat, lon, gov=None):
    pool = [s for s in subs if gov is None or s["gov"] == gov] or subs
    return min(pool, key=lambda s: km(lat, lon, s["lat"], s["lon"]))


# ------------------------------------------------------------------------------- settlements

def load_wikidata(src: Path, subs) -> list[Rec]:
    out = []
    for r in read_csv(src / "syria_places_wikidata.csv"):
        if not ARABIC.search(r["name_ar"]):
            continue
        name_ar, name_en = clean(r["name_ar"]), clean(r["name_en"])
        lat, lon = float(r["lat"]), float(r["lon"])
        rec = Rec(name_ar, name_en if is_latin_name(name_en) else "", "", lat, lon,
                  precision_of(r["lat"], r["lon"]), ["Wikidata"], origin="wikidata",
                  population=int(r["population"]) if r["population"].strip() else None)
        if name_ar != r["name_ar"].strip():
            rec.aliases_ar.append(r["name_ar"].strip())
        rec.governorate = nearest_sub(subs, lat, lon)["gov"]
        out.append(rec)
    return out


def _rough_latin(ar: str) -> str:
    table = str.maketrans("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآى", "abttjhkddrzsssdtzaafkklmnhwyhaaaay")
    return norm(ar).translate(table)


def load_geonames(src: Path, subs) -> list[Rec]:
    rows = []
    with (src / "syria_geonames_cities500.tsv").open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        votes[r["admin1_code"]][nearest_sub(subs, float(r["lat"]), float(r["lon"]))["gov"]] += 1
    admin1 = {code: c.most_common(1)[0][0] for code, c in votes.items()}
    admin1["13"] = "sy-damascus"  # SOURCES.md: 13 = Damascus (its two rows split the vote)
    out = []
    for r in rows:
        names_ar = [n for n in r["name_ar"].split("|") if ARABIC_NAME.fullmatch(n) and " " not in n.strip()[:2]]
        if not names_ar or r["name"].startswith("Nāḩiyat"):
            continue
        from difflib import SequenceMatcher
        ascii_name = en_key(r["name"])
        names_ar.sort(key=lambda n: -SequenceMatcher(None, en_key(_rough_latin(n)), ascii_name).ratio())
        latin = [a for a in r["alternatenames"].split("|") if is_latin_name(a) and a != a.lower()]
        name_en = unicodedata.normalize("NFKD", r["name"])
        name_en = "".join(c for c in name_en if not unicodedata.combining(c)).replace("‘", "'").replace("’", "'")
        pop = int(r["population"]) if r["population"].strip() not in ("", "0") else None
        rec = Rec(names_ar[0], name_en, "", float(r["lat"]), float(r["lon"]), "decimal",
                  [f"GeoNames {r['geonameid']}"], aliases_ar=names_ar[1:],
                  aliases_en=[r["name"], *latin], population=pop, origin="geonames")
        rec.governorate = admin1[r["admin1_code"]]
        out.append(rec)
    return out


def load_supplement(src: Path, gov_ids) -> list[Rec]:
    out = []
    for r in read_csv(src / "syria_places_supplement.csv"):
        ar, en = split_aliases(r["alt_names"])
        level = r["level"] if r["level"] in ("neighbourhood", "camp", "region") else ""
        rec = Rec(r["name_ar"], r["name_en"], level, float(r["lat"]), float(r["lon"]), r["precision"],
                  [f"Wikipedia via {r['source']}"], aliases_ar=ar, aliases_en=en, origin="supplement")
        rec.governorate = gov_ids[r["governorate"]]
        rec.extra_ar.append(r["parent"])
        out.append(rec)
    return out


def load_osm(src: Path) -> list[Rec]:
    """OpenStreetMap place nodes (HOTOSM populated places): the OSM name (Arabic) and name:en; OSM's
    `place` village/hamlet is a village, town/city a town until the capital rule makes it a city."""
    out = []
    for r in read_csv(src / "syria_places_hotosm_iom_subset.csv"):
        raw = r["name_ar"].replace(".", " ")
        ar = " ".join(w for w in raw.replace(",", " ").split() if ARABIC.search(w))
        latin = " ".join(w for w in raw.replace(",", " ").split() if not ARABIC.search(w))
        if not ar or not ARABIC_NAME.fullmatch(ar):
            LOG.append(f"osm left out {r['osm_id']} {r['name_ar']!r}: no Arabic name the gazetteer can index")
            continue
        name_en = r["name_en"] or next((a for a in (latin, r["alt_names"]) if is_latin_name(a) and a != a.lower()), "")
        rec = Rec(ar, name_en, "", float(r["lat"]), float(r["lon"]), "decimal",
                  [f"OpenStreetMap {r['osm_id']} ({OSM_CREDIT}; via HOTOSM populated places)"],
                  aliases_en=[a for a in (latin, r["alt_names"]) if a and is_latin_name(a) and a != a.lower()],
                  origin="osm", governorate=OSM_GOVERNORATES[r["adm1_name"]])
        rec.hint = "village" if r["place"] in ("village", "hamlet") else "town"
        out.append(rec)
    return out


def _source_precision(text: str) -> str:
    """`second` when the source writes degrees, minutes and seconds that are not all zero."""
    secs = re.findall(r"(\d+(?:[.,]\d+)?)\s*(?:″|''|\"|โณ)", text)
    return "second" if secs and any(float(x.replace(",", ".")) for x in secs) else "minute"


def load_sourced(src: Path, gov_ids) -> tuple[list[Rec], list[dict]]:
    """syria_places_sourced_points.csv: rows citing a Wikipedia page become places; rows that repeat
    a point already in another source file (Wikidata, GeoNames, OSM, CSR) add nothing of their own
    but are returned for the neighbourhood-alias rule (a quarter inside a mapped area)."""
    out, rows = [], read_csv(src / "syria_places_sourced_points.csv") + read_csv(DATA / "gazetteer_points_local.csv")
    for r in rows:
        if not r["source"].startswith("http"):
            continue
        level = r["level"] if r["level"] in ("neighbourhood", "camp") else ""
        rec = Rec(r["name_ar"], r["name_en"], level, float(r["lat"]), float(r["lon"]),
                  _source_precision(r["source_text"]), [f"Wikipedia via {r['source']}"], origin="sourced",
                  governorate=gov_ids[r["governorate"]])
        rec.hint = r["level"] if r["level"] in ("village", "town") else ""
        out.append(rec)
    return out, rows


def merge_settlements(recs: list[Rec]) -> list[Rec]:
    """One record per real place: same name key and within MERGE_KM; best point kept."""
    parent = list(range(len(recs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    by_key = defaultdict(list)
    for i, r in enumerate(recs):
        for n in {r.name_ar, *r.aliases_ar}:
            by_key[name_key(n)].append(i)
        if r.origin == "sourced" and en_key(r.name_en):  # بيت سوى (Wikipedia) is Wikidata's بيت سوا
            by_key["en:" + en_key(r.name_en)] += [i] + [j for j, o in enumerate(recs)
                                                        if o.origin != "sourced" and en_key(o.name_en) == en_key(r.name_en)]
    for idx in by_key.values():
        idx = sorted(set(idx))
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                i, j = idx[a], idx[b]
                if recs[i].origin != recs[j].origin or recs[i].origin in ("supplement", "sourced"):
                    if km(recs[i].lat, recs[i].lon, recs[j].lat, recs[j].lon) < MERGE_KM:
                        parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, r in enumerate(recs):
        groups[find(i)].append(r)
    merged = []
    for group in groups.values():
        group.sort(key=lambda r: NAME_RANK[r.origin])
        best = min(group, key=lambda r: (PRECISION_RANK[r.precision], SOURCE_RANK[r.origin]))
        head = group[0]
        m = Rec(head.name_ar, next((r.name_en for r in group if r.name_en and r.origin not in ("geonames", "osm")),
                                   next((r.name_en for r in group if r.name_en), head.name_en)),
                next((r.level for r in group if r.level), ""), best.lat, best.lon, best.precision,
                [s for r in group for s in r.sources], origin=head.origin)
        m.sources = list(dict.fromkeys(m.sources))
        m.governorate = next((r.governorate for r in group if r.origin == "geonames"),
                             next((r.governorate for r in group if r.origin == "osm"), head.governorate))
        if head.origin in ("supplement", "sourced"):
            m.governorate = head.governorate
        m.aliases_ar = [n for r in group for n in (r.name_ar, *r.aliases_ar)]
        m.aliases_en = [n for r in group for n in (r.name_en, *r.aliases_en)]
        pops = [r.population for r in group if r.population]
        m.population = max(pops) if pops else None
        m.extra_ar = [x for r in group for x in r.extra_ar]
        m.hint = next((r.hint for r in group if r.hint), "") if all(r.origin in ("osm", "sourced") for r in group) else ""
        merged.append(m)
    return merged


# ------------------------------------------------------------------------------ neighbourhoods

def ring_area(ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def inside(lon, lat, ring) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def load_csr(src: Path) -> tuple[list[Rec], dict]:
    """CSR Aleppo areas, parts of one Arabic name merged and placed at the CSR centroid that lies
    in the largest part."""
    geo = json.loads((src / "aleppo_neighbourhoods_csr.geojson").read_text(encoding="utf-8"))
    cents = read_csv(src / "aleppo_neighbourhoods_csr_centroids.csv")
    variants = json.loads((src / "aleppo_neighbourhood_name_variants_csr.json").read_text(encoding="utf-8"))
    parts = defaultdict(list)
    for f in geo["features"]:
        p = f["properties"]
        if p.get("NAME_A"):
            outer = [poly[0] for poly in f["geometry"]["coordinates"]]
            parts[p["NAME_A"].strip()].append((sum(ring_area(r) for r in outer), outer, p["NAME"]))
    by_name = defaultdict(list)
    for c in cents:
        if c["name_ar"].strip():
            by_name[c["name_ar"].strip()].append(c)
    recs = []
    for name_ar, ps in parts.items():
        ps.sort(key=lambda p: -p[0])
        area, rings, name_en = ps[0]
        cs = by_name.get(name_ar, [])
        own = [c for c in cs if any(inside(float(c["lon"]), float(c["lat"]), r) for r in rings)]
        c = (own or cs)[0] if (own or cs) else None
        if c is None:
            continue
        part_names = sorted({p[2] for p in ps} | {x["name_en"] for x in cs})
        base = ROMAN_PART.sub("", name_en).replace("Aleppo Citadel-new", "Aleppo Citadel")
        rec = Rec(name_ar, base, "neighbourhood", float(c["lat"]), float(c["lon"]), "centroid",
                  [f"CSR Conflict Urbanism Aleppo, area {c['csr_id']}"
                   + (f" (largest of {len(ps)} parts)" if len(ps) > 1 else "")],
                  aliases_en=part_names, origin="csr", governorate="sy-aleppo")
        recs.append(rec)
    by_ar = {r.name_ar: r for r in recs}
    for v in variants.values():
        rec = by_ar.get((v.get("original_name_a") or "").strip())
        if rec is None:
            continue
        for a in (v.get("alternative_arabic") or []) + (v.get("alternative_english") or []):
            a = re.sub(r"^حي\s+", "", a.strip())
            if ARABIC_NAME.fullmatch(a):
                rec.aliases_ar.append(a)
            elif not ARABIC.search(a):
                rec.aliases_en.append(a)
    return recs, geo


def outline(geo: dict) -> dict:
    """The CSR polygons with only the properties the map needs."""
    feats = [{"type": "Feature", "properties": {"csr_id": f["properties"]["Id"], "name_en": f["properties"]["NAME"],
                                                "name_ar": f["properties"].get("NAME_A") or ""},
              "geometry": f["geometry"]} for f in geo["features"]]
    return {"type": "FeatureCollection", "name": "aleppo_neighbourhoods",
            "attribution": "Neighbourhood boundaries: Columbia University Center for Spatial Research "
                           "(CSR), Conflict Urbanism: Aleppo (MIT licence)",
            "features": feats}


def drop_shared_neighbourhood_aliases(nbhs: list[Rec]) -> None:
    """An alias that is another neighbourhood's own name, or that two neighbourhoods share, names
    neither for sure: drop it (e.g. CSR lists الهلك under عين التينة; it is its own quarter)."""
    own = {name_key(r.name_ar) for r in nbhs}
    count = Counter(k for r in nbhs for k in {name_key(a) for a in r.aliases_ar} - {name_key(r.name_ar)})
    for r in nbhs:
        r.aliases_ar = [a for a in r.aliases_ar if name_key(a) == name_key(r.name_ar)
                        or (name_key(a) not in own and count[name_key(a)] == 1)]


# ------------------------------------------------------------------------------------ regions

REGIONS = (
    # (name_ar, name_en, aliases_ar, aliases_en, governorate id, member subdistrict ids)
    ("الغوطة الشرقية", "Eastern Ghouta", ["غوطة دمشق الشرقية"], ["East Ghouta", "Eastern Ghuta", "al-Ghouta al-Sharqiya"],
     "sy-rif-dimashq", ["sy-rif-dimashq-douma-duma", "sy-rif-dimashq-douma-harasta", "sy-rif-dimashq-markaz-rif-dimashq-arbin",
                        "sy-rif-dimashq-markaz-rif-dimashq-kafr-batna", "sy-rif-dimashq-markaz-rif-dimashq-maliha",
                        "sy-rif-dimashq-douma-nashabiyeh"]),
    ("الغوطة الغربية", "Western Ghouta", ["غوطة دمشق الغربية"], ["West Ghouta", "Western Ghuta", "al-Ghouta al-Gharbiya"],
     "sy-rif-dimashq", ["sy-rif-dimashq-darayya-markaz-darayya", "sy-rif-dimashq-darayya-sahnaya",
                        "sy-rif-dimashq-qatana-qatana"]),
    ("القلمون", "Qalamoun", ["جبال القلمون", "منطقة القلمون"], ["Qalamun", "Qalamoon", "Qalamoun Mountains"],
     "sy-rif-dimashq", ["sy-rif-dimashq-al-nabk-an-nabk", "sy-rif-dimashq-al-nabk-deir-attiyeh",
                        "sy-rif-dimashq-yabrud-yabroud", "sy-rif-dimashq-yabrud-esal-el-ward", "sy-rif-dimashq-al-tall-rankus",
                        "sy-rif-dimashq-al-qutayfah-ma-loula", "sy-rif-dimashq-al-qutayfah-jirud",
                        "sy-rif-dimashq-al-qutayfah-raheiba", "sy-rif-dimashq-al-qutayfah-al-qutayfah"]),
    ("وادي بردى", "Wadi Barada", [], ["Barada Valley", "Wadi Barada valley"],
     "sy-rif-dimashq", ["sy-rif-dimashq-al-zabadani-ein-elfijeh"]),
    ("سهل الغاب", "al-Ghab Plain", ["منطقة الغاب"], ["Ghab Plain", "Sahl al-Ghab", "al-Ghab plain", "the Ghab plain"],
     "sy-hama", ["sy-hama-al-suqaylabiyah-as-suqaylabiyah", "sy-hama-al-suqaylabiyah-madiq-castle",
                 "sy-hama-al-suqaylabiyah-shat-ha", "sy-hama-al-suqaylabiyah-tell-salhib", "sy-hama-al-suqaylabiyah-ziyara"]),
    ("جبل الزاوية", "Jabal al-Zawiya", [], ["Jabal al-Zawiyah", "Jebel al-Zawiya", "Jabal Zawiya", "Jebel Zawiya"],
     "sy-idlib", ["sy-idlib-ariha-ehsem"]),
)
DIRECTIONS = (("الشمالي", "northern", "north", 0), ("الشرقي", "eastern", "east", 90),
              ("الجنوبي", "southern", "south", 180), ("الغربي", "western", "west", 270))


def bearing(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    y = math.sin((lon2 - lon1) * p) * math.cos(lat2 * p)
    x = math.cos(lat1 * p) * math.sin(lat2 * p) - math.sin(lat1 * p) * math.cos(lat2 * p) * math.cos((lon2 - lon1) * p)
    return (math.atan2(y, x) / p) % 360


def mean_region(name_ar, name_en, aliases_ar, aliases_en, gov, members: list[Rec], how: str) -> Rec:
    lat = round(sum(m.lat for m in members) / len(members), 5)
    lon = round(sum(m.lon for m in members) / len(members), 5)
    src = f"derived: mean of {len(members)} OpenSyria subdistrict centroids {how}: " + ", ".join(
        f"{m.name_en} ({m.id})" for m in members)
    rec = Rec(name_ar, name_en, "region", lat, lon, "centroid", [src], aliases_ar=aliases_ar,
              aliases_en=aliases_en, governorate=gov, parent_id=gov, origin="region")
    return rec


def lam(name: str) -> str:
    """'ل' + name as Arabic writes it: لحلب, للحسكة."""
    return "ل" + name[1:] if name.startswith("ال") else "ل" + name


def build_regions(admin: dict[str, Rec], subs, capitals: dict[str, Rec]) -> list[Rec]:
    out = []
    for name_ar, name_en, al_ar, al_en, gov, ids in REGIONS:
        out.append(mean_region(name_ar, name_en, al_ar, al_en, gov, [admin[i] for i in ids], "named as members"))
    for gov_id, city in capitals.items():
        gov = admin[gov_id]
        if gov_id == "sy-damascus":
            continue
        own = nearest_sub(subs, city.lat, city.lon, gov_id if gov_id != "sy-rif-dimashq" else None)
        members = [s for s in subs if s["gov"] == gov_id and s["id"] != own["id"]]
        city_ar = city.name_ar if gov_id != "sy-rif-dimashq" else "دمشق"
        city_en = city.name_en if gov_id != "sy-rif-dimashq" else "Damascus"
        if gov_id != "sy-rif-dimashq":
            out.append(mean_region(f"ريف {city_ar}", f"{city_en} countryside", [f"ريف محافظة {city_ar}"],
                                   [f"rural {city_en}", f"{city_en} countryside", f"{city_en}'s countryside",
                                    f"the {city_en} countryside"],
                                   gov_id, [s["rec"] for s in members],
                                   f"of {gov.name_en} governorate except the capital's own ({own['id']})"))
        for d_ar, d_en, d_short, deg in DIRECTIONS:
            part = [s["rec"] for s in members
                    if abs((bearing(city.lat, city.lon, s["lat"], s["lon"]) - deg + 180) % 360 - 180) <= 45]
            if not part:
                continue
            out.append(mean_region(
                f"ريف {city_ar} {d_ar}", f"{d_en.capitalize()} {city_en} countryside",
                [f"الريف {d_ar} {lam(city_ar)}", f"الريف {d_ar} من {city_ar}"],
                [f"{d_en} {city_en} countryside", f"{d_short} {city_en} countryside", f"{city_en} {d_en} countryside",
                 f"{d_en} rural {city_en}", f"rural {d_en} {city_en}", f"{city_en}'s {d_en} countryside",
                 f"{d_en} countryside of {city_en}"],
                gov_id, part, f"of {gov.name_en} governorate lying {d_short} of {city_en} "
                              f"(bearing from the city point within 45 degrees of {deg})"))
    return out


# -------------------------------------------------------------------------------- aliases

def arabic_variants(name: str) -> list[str]:
    """Spellings reports use for one name: with/without ال, joined/split compounds, ة/ه, ى/ي."""
    out = {name}
    words = name.split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        out.add(" ".join([words[0][2:], *words[1:]]))
    if len(words) >= 2 and words[0] in JOIN_PREFIXES:
        out.add(words[0] + "".join(words[1:2]) + (" " + " ".join(words[2:]) if words[2:] else ""))
    if len(words) == 1:
        w = words[0].removeprefix("ال")
        for p in SPLIT_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                out.add(p + " " + w[len(p):])
                break
    for v in list(out):
        if "ة" in v:
            out.add(v.replace("ة", "ه"))
        if "ى" in v:
            out.add(v.replace("ى", "ي"))
    return sorted(out - {name})


def names_another_level(alias: str, level: str) -> bool:
    """مدينة إدلب as an alias of Idlib District: the cue names a level the entry is not, and the
    extractor reads the cue itself, so the alias would send "the city of Idlib" to the district."""
    cue, _, rest = alias.partition(" ")
    implied = CUE_LEVELS.get(norm(cue))
    return bool(rest) and implied is not None and implied != level


def tidy_aliases(rec: Rec, words: set[str]) -> None:
    own = name_key(rec.name_ar)
    ar, seen = [], {rec.name_ar}
    for a in rec.aliases_ar:
        a = " ".join(a.split())
        if a and a not in seen and (name_key(a) == own or name_key(a) not in words) \
                and not names_another_level(a, level_of(rec)):
            seen.add(a)
            ar.append(a)
    for a in arabic_variants(rec.name_ar):
        if a not in seen:
            seen.add(a)
            ar.append(a)
    rec.aliases_ar = ar
    en, seen_en = [], {rec.name_en}
    for a in rec.aliases_en:
        a = " ".join(a.split())
        if a and a not in seen_en and is_latin_name(a):
            seen_en.add(a)
            en.append(a)
    rec.aliases_en = en


# ------------------------------------------------------------------------------------- build

def level_of(rec: Rec) -> str:
    if rec.level:
        return rec.level
    names = [rec.name_ar, *rec.aliases_ar]
    if any(n.startswith("مخيم") for n in names) or any("camp" in n.lower() for n in [rec.name_en, *rec.aliases_en]):
        return "camp"
    if rec.population is None and rec.hint:
        return rec.hint
    return "village" if rec.population is not None and rec.population < 5000 else "town"


def build(src: Path) -> tuple[list[Entry], dict]:
    admin_recs, subs = load_admin(src)
    admin = {r.id: r for r in admin_recs}
    govs = {r.id: r for r in admin_recs if r.level == "governorate"}
    gov_ids = {r.name_en: r.id for r in govs.values()}
    country = Rec("سوريا", "Syria", "country", round(sum(g.lat for g in govs.values()) / len(govs), 5),
                  round(sum(g.lon for g in govs.values()) / len(govs), 5), "centroid",
                  [f"derived: mean of the {len(govs)} OpenSyria governorate centroids (no source has a point for Syria)"],
                  id="sy", origin="country")
    curation = read_csv(DATA / "gazetteer_curation.csv")
    dropped = {(name_key(c["name_ar"]), *map(float, c["value"].split())) for c in curation if c["action"] == "drop_row"}

    sourced, sourced_rows = load_sourced(src, gov_ids)
    settlements = (load_wikidata(src, subs) + load_geonames(src, subs) + load_supplement(src, gov_ids)
                   + [r for r in sourced if r.governorate != "sy-aleppo"] + load_osm(src))
    settlements = [r for r in settlements
                   if not any(k == name_key(r.name_ar) and abs(r.lat - a) < 1e-6 and abs(r.lon - b) < 1e-6
                              for k, a, b in dropped)]
    settlements = merge_settlements(settlements)

    capitals: dict[str, Rec] = {}
    for gid, g in govs.items():
        cands = [r for r in settlements if name_key(r.name_ar) == name_key(g.name_ar) and r.governorate == gid]
        if cands:
            city = max(cands, key=lambda r: (r.population or 0, -SOURCE_RANK[r.origin]))
            city.level, city.parent_id = "city", gid
            capitals[gid] = city
    capitals["sy-rif-dimashq"] = capitals["sy-damascus"]

    nbhs, geo = load_csr(src)
    for r in settlements:
        if r.level == "neighbourhood":
            if r.governorate in capitals:
                r.parent_rec = capitals[r.governorate]
            else:
                r.parent_id = r.governorate
    alias_quarters_inside(nbhs, geo, [r for r in sourced_rows if r["governorate"] == "Aleppo"])
    gaps = []
    sub_by_en = {(s["gov"], en_key(s["name_en"])): s for s in subs}
    for s in subs:
        for a in s["rec"].aliases_en:
            sub_by_en.setdefault((s["gov"], en_key(a)), s)
    for g in read_csv(src / "gazetteer_gaps.csv") + read_csv(DATA / "gazetteer_gaps_local.csv"):
        ar, en = split_aliases(g["alt_names"])
        rec = Rec(g["name_ar"], g["name_en"], g["level"], 0, 0, "parent", [], aliases_ar=ar, aliases_en=en,
                  governorate=gov_ids[g["governorate"]], origin="gaps")
        m = re.match(r"(.+?) nahiyah", g["known_parent"])
        adj = re.search(r"\(([\u0600-\u06FF ]+)\)", g["parent_relation"])
        if m:
            sub = sub_by_en[(rec.governorate, en_key(m.group(1)))]
            rec.lat, rec.lon, rec.parent_id = sub["lat"], sub["lon"], sub["id"]
            rec.sources = [f"gazetteer gaps ({g['evidence']}); point: parent subdistrict centroid {sub['id']}"]
        elif adj:
            near = next(n for n in nbhs if n.name_ar == adj.group(1).strip())
            rec.lat, rec.lon = near.lat, near.lon
            rec.sources = [f"gazetteer gaps ({g['evidence']}); point: centroid of the CSR area it adjoins or lies in: "
                           f"{near.name_ar} ({near.name_en})"]
        gaps.append(rec)
    aleppo_nbhs = nbhs + [g for g in gaps if g.level == "neighbourhood"]
    drop_shared_neighbourhood_aliases(aleppo_nbhs)
    for r in aleppo_nbhs:
        if not r.parent_id:
            r.parent_rec = capitals["sy-aleppo"]

    for r in settlements + gaps:
        r.level = level_of(r)
    for r in settlements:
        if r.parent_id or r.parent_rec or r.level in ("city", "neighbourhood"):
            continue
        own = [s for s in subs if s["gov"] == r.governorate and s["key"] == name_key(r.name_ar)
               and km(r.lat, r.lon, s["lat"], s["lon"]) < 30]
        r.parent_id = (own[0] if own else nearest_sub(subs, r.lat, r.lon, r.governorate))["id"]

    for gid, g in govs.items():
        g.parent_id = "sy"
    regions = build_regions(admin, subs, capitals)
    area_keys = {name_key(r.name_ar) for r in [*govs.values(), *regions]}
    for r in admin_recs:
        if r.level in ("district", "subdistrict"):
            r.aliases_ar = [a for a in r.aliases_ar if name_key(a) not in area_keys]
    recs = [country, *admin_recs, *regions, *settlements, *aleppo_nbhs,
            *[g for g in gaps if g.level != "neighbourhood"]]

    words = load_ambiguous()
    apply_curation(recs, curation)
    recs = fold_osm_namesakes(leave_out_osm(recs, curation))
    for r in recs:
        tidy_aliases(r, {k for k, kind in words.items() if kind == "word"})
    drop_aliases_naming_others(recs)
    assign_ids(recs)
    return to_entries(recs, words), outline(geo)


def alias_quarters_inside(nbhs: list[Rec], geo: dict, rows: list[dict]) -> None:
    """A quarter a source places inside a mapped CSR area (al-Mashhad, al-Maadi...) is that area's
    alias: the map has no outline of its own for it. A point in no named area is an entry of its own."""
    by_ar = {r.name_ar: r for r in nbhs}
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        hit = next((f["properties"]["NAME_A"].strip() for f in geo["features"] if f["properties"].get("NAME_A")
                    and any(inside(lon, lat, poly[0]) for poly in f["geometry"]["coordinates"])), None)
        area = by_ar.get(hit)
        if area is None:
            if row["source"].startswith("http"):  # a point of its own (Bab al-Faraj's gate lies in no named area)
                nbhs.append(Rec(row["name_ar"], row["name_en"], "neighbourhood", lat, lon,
                                _source_precision(row["source_text"]), [f"Wikipedia via {row['source']}"],
                                origin="sourced", governorate="sy-aleppo"))
                LOG.append(f"sourced {row['name_ar']} ({row['name_en']}): point in no named CSR area; an entry of its own")
            continue
        if name_key(area.name_ar) == name_key(row["name_ar"]):
            continue
        area.aliases_ar.append(row["name_ar"])
        area.aliases_en.append(row["name_en"])
        area.sources.append(f"alias {row['name_en']}: point inside this area per {row['source'].split(' ')[0]}")
        LOG.append(f"sourced {row['name_ar']} ({row['name_en']}): point inside CSR area {area.name_ar} "
                   f"({area.name_en}); made its alias")


def osm_only(r: Rec) -> bool:
    return all(x.startswith("OpenStreetMap") for x in r.sources)


def fold_osm_namesakes(recs: list[Rec]) -> list[Rec]:
    """An OSM-only point named like a place already here (any of its names, curated ones too) and
    lying within MERGE_KM of it is that place: its node is listed as a source and its English
    name becomes an alias (الشدادي is جسر الشدادي; a village point beside the quarter it names).
    Two OSM nodes with one Arabic name that close (East and West Hasnah, both حسنة) cannot be told
    apart by a report: the first is kept, the second's English name becomes its alias. An OSM node
    whose English name is an older place's (same `en_key`) within SPELLING_KM is that place spelt
    another way in Arabic (شقرا / شقرة, بزناية / بزنايا): its Arabic name becomes an alias too."""
    keys = defaultdict(list)
    en_keys = defaultdict(list)
    out = []
    for r in sorted(recs, key=osm_only):
        if osm_only(r):
            near = [o for o in keys.get(name_key(r.name_ar), []) if km(r.lat, r.lon, o.lat, o.lon) < MERGE_KM]
            near = near or [o for o in en_keys.get(en_key(r.name_en), []) if km(r.lat, r.lon, o.lat, o.lon) < SPELLING_KM]
            if near:
                o = near[0]
                if name_key(o.name_ar) != name_key(r.name_ar):
                    o.aliases_ar.append(r.name_ar)
                if o.precision == "parent":  # a gap entry (حمورية at its subdistrict's centroid) gets OSM's point
                    o.lat, o.lon, o.precision = r.lat, r.lon, r.precision
                    o.sources = [x.split("; point:")[0] for x in o.sources]
                    LOG.append(f"gap {o.name_ar} ({o.name_en}): point from {r.sources[0].split(' (')[0]}, "
                               f"named {r.name_ar} there (a spelling the gap list gives)")
                o.sources.append(r.sources[0])
                o.aliases_en += [r.name_en, *r.aliases_en]
                LOG.append(f"osm {r.name_ar} ({r.name_en}) {r.sources[0].split(' ')[1]}: within "
                           f"{km(r.lat, r.lon, o.lat, o.lon):.1f} km of {o.name_ar} ({o.name_en}), the same Arabic or English "
                           f"name; folded into it")
                continue
        if r.level not in ("district", "subdistrict", "governorate", "region", "country"):
            for a in {r.name_ar, *r.aliases_ar}:
                keys[name_key(a)].append(r)
            if not osm_only(r) and en_key(r.name_en):
                en_keys[en_key(r.name_en)].append(r)
        out.append(r)
    return out


def leave_out_osm(recs: list[Rec], curation: list[dict]) -> list[Rec]:
    """OSM-only villages a report would hit by mistake: names curated as ordinary words or given
    names (`drop_osm`), and names of a governorate, region or city (a Latakia hamlet قلمون is not
    what "القلمون" means)."""
    gov_of = {r.id: r.name_en for r in recs if r.level == "governorate"}
    listed = {(name_key(c["name_ar"]), c["governorate"]): c["reason"] for c in curation if c["action"] == "drop_osm"}
    areas = {name_key(n): r for r in recs if r.level in ("governorate", "region", "city") for n in (r.name_ar, *r.aliases_ar)}
    out = []
    for r in recs:
        if osm_only(r):
            key, node = name_key(r.name_ar), r.sources[0].split(" ")[1]
            why = listed.get((key, gov_of.get(r.governorate, ""))) or listed.get((key, ""))
            if why is None and key in areas:
                why = f"the name of the {areas[key].level} {areas[key].name_en}, which a report naming it means"
            if why:
                LOG.append(f"osm {r.name_ar} ({r.name_en}, {gov_of.get(r.governorate, '')}) {node} left out: {why}")
                continue
        out.append(r)
    return out


def drop_aliases_naming_others(recs: list[Rec]) -> None:
    """A source alias that is another place's own name (GeoNames gives Kafr Laha the alternate
    name 'Houla', which is al-Houla's name) would send reports to the wrong place: drop it. The name
    of an OSM-only village drops no older entry's alias: the extractor weighs the two by scope."""
    places = [r for r in recs if r.level not in ("district", "subdistrict")]
    own_ar = defaultdict(set)
    own_en = defaultdict(set)
    for r in places:
        own_ar[name_key(r.name_ar)].add(id(r))
        own_en[en_key(r.name_en)].add(id(r))
    newcomers = {id(r) for r in places if osm_only(r)}
    for r in recs:
        spare = {id(r)} | (set() if id(r) in newcomers else newcomers)  # an OSM village name evicts no older alias
        r.aliases_ar = [a for a in r.aliases_ar if not (own_ar.get(name_key(a), set()) - spare)]
        r.aliases_en = [a for a in r.aliases_en if not (own_en.get(en_key(a), set()) - spare)]


def load_ambiguous() -> dict[str, str]:
    return {name_key(r["name_ar"]): r["kind"] for r in read_csv(DATA / "ambiguous_names.csv")}


def apply_curation(recs: list[Rec], rows: list[dict]) -> None:
    gov_of = {r.id: r.name_en for r in recs if r.level == "governorate"}
    for c in rows:
        if c["action"] in ("drop_row", "drop_osm"):
            continue
        key = name_key(c["name_ar"])
        hits = [r for r in recs if name_key(r.name_ar) == key and r.level not in ("district", "subdistrict")
                and (not c["governorate"] or gov_of.get(r.governorate) == c["governorate"])]
        if not hits:
            raise SystemExit(f"data/gazetteer_curation.csv: no entry for {c['name_ar']} ({c['governorate']})")
        r = min(hits, key=lambda r: ["city", "town", "neighbourhood", "village", "camp", "region",
                                     "governorate", "country"].index(r.level))
        if c["action"] == "alias_en":
            r.aliases_en.append(c["value"])
        elif c["action"] == "alias_ar":
            r.aliases_ar.append(c["value"])
        elif c["action"] == "drop_alias":
            r.aliases_ar = [a for a in r.aliases_ar if name_key(a) != name_key(c["value"])]
            r.aliases_en = [a for a in r.aliases_en if en_key(a) != en_key(c["value"])]
        elif c["action"] == "name_en":
            r.aliases_en.insert(0, r.name_en)
            r.name_en = c["value"]
        r.sources.append(f"curated {c['action']} {c['value']}")


def assign_ids(recs: list[Rec]) -> None:
    prefix = {"region": "rg", "neighbourhood": "nb", "camp": "cp"}
    used = {r.id for r in recs if r.id}
    new = ("osm", "sourced")  # places first added with these sources take ids after older ones keep theirs
    for r in sorted((r for r in recs if not r.id),
                    key=lambda r: (r.origin in new, r.governorate, r.name_en, r.lat, r.lon)):
        base = f"{prefix.get(r.level, 'pl')}-{r.governorate.removeprefix('sy-')}-{slug(r.name_en or _rough_latin(r.name_ar))}"
        rid, n = base, 2
        while rid in used:
            rid, n = f"{base}-{n}", n + 1
        used.add(rid)
        r.id = rid


def to_entries(recs: list[Rec], words: dict[str, str]) -> list[Entry]:
    by_id = {r.id: r for r in recs}
    names = {r.id: r.name_en for r in recs if r.level == "governorate"}
    order = {lv: i for i, lv in enumerate(("country", "governorate", "region", "district", "subdistrict",
                                           "city", "town", "village", "neighbourhood", "camp"))}
    out = []
    for r in sorted(recs, key=lambda r: (order[r.level], names.get(r.governorate, ""), r.name_en, r.id)):
        parent = r.parent_rec or by_id.get(r.parent_id)
        out.append(Entry(
            id=r.id, name_en=r.name_en or _rough_latin(r.name_ar), name_ar=r.name_ar,
            aliases_ar=tuple(r.aliases_ar), aliases_en=tuple(a for a in r.aliases_en if a != r.name_en),
            level=r.level, parent=parent.name_en if parent else "", parent_id=parent.id if parent else "",
            governorate=names.get(r.governorate, ""), lat=round(r.lat, 6), lon=round(r.lon, 6),
            precision=r.precision, source="; ".join(dict.fromkeys(r.sources)), population=r.population,
            ambiguous=words.get(name_key(r.name_ar), "")))
    return out


def counts_table(entries: list[Entry]) -> str:
    levels = Counter(e.level for e in entries)
    precs = Counter(e.precision for e in entries)
    lines = ["| level | entries |", "|---|---|", *[f"| {k} | {v} |" for k, v in levels.most_common()],
             f"| **total** | {len(entries)} |", "", "| precision | entries |", "|---|---|",
             *[f"| {k} | {v} |" for k, v in precs.most_common()],
             "", f"Entries marked ambiguous: {sum(1 for e in entries if e.ambiguous == 'word')} word, "
                 f"{sum(1 for e in entries if e.ambiguous == 'person')} person."]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else ROOT.parent / "shared" / "data" / "sources"
    if not src.is_dir():
        print(f"error: no source folder {src}", file=sys.stderr)
        return 2
    entries, geo = build(src)
    write_csv(DATA / "gazetteer.csv", entries)
    (DATA / "aleppo_neighbourhoods.geojson").write_text(json.dumps(geo, ensure_ascii=False), encoding="utf-8")
    doc = DATA / "SOURCES.md"
    if doc.exists():
        text = doc.read_text(encoding="utf-8")
        text = re.sub(r"(<!-- counts -->\n)(?:.*?\n)?(<!-- /counts -->)",
                      lambda m: m.group(1) + counts_table(entries) + "\n" + m.group(2), text, flags=re.S)
        doc.write_text(text, encoding="utf-8")
    (DATA / "gazetteer_build_log.txt").write_text(
        "# Written by scripts/build_gazetteer.py: source rows left out, merged or turned into aliases, and why.\n"
        + "\n".join(LOG) + "\n", encoding="utf-8")
    print(counts_table(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
