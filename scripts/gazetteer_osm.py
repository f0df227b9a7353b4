"""OpenStreetMap places and sourced points for the gazetteer build: loading them, folding a node
into the place it names, leaving out names that are words, quarters that become aliases."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from gazetteer_records import (ARABIC, ARABIC_NAME, DATA, LOG, MERGE_KM, SPELLING_KM, Rec, en_key, inside,
                               is_latin_name, km, name_key, read_csv)

OSM_GOVERNORATES = {"Al-Hasakeh": "sy-al-hasakah", "Aleppo": "sy-aleppo", "Ar-Raqqa": "sy-raqqa",
                    "As-Sweida": "sy-as-suwayda", "Dar'a": "sy-daraa", "Deir-ez-Zor": "sy-deir-ez-zor",
                    "Hama": "sy-hama", "Homs": "sy-homs", "Idleb": "sy-idlib", "Lattakia": "sy-latakia",
                    "Quneitra": "sy-quneitra", "Rural Damascus": "sy-rif-dimashq", "Tartous": "sy-tartus",
                    "Damascus": "sy-damascus"}
OSM_CREDIT = "© OpenStreetMap contributors, ODbL 1.0"


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
