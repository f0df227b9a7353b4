"""Build data/gazetteer.csv (and data/aleppo_neighbourhoods.geojson) from the source files.

    python scripts/build_gazetteer.py [SOURCES_DIR]      # default ../shared/data/sources

Every name and point comes from a source file (see data/SOURCES.md); the only numbers computed
here are means of source centroids (regions, the country), each saying which ones in `source`.
Hand curation lives in data files: data/gazetteer_curation.csv and data/ambiguous_names.csv.
The stages, in the order `build` runs them: admin areas, settlements (Wikidata, GeoNames, Wikipedia,
OpenStreetMap: gazetteer_osm), Aleppo quarters (CSR), gap entries, regions (gazetteer_regions),
curation and aliases (gazetteer_aliases), ids. Shared records and helpers: gazetteer_records.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from gazetteer_aliases import apply_curation, drop_aliases_naming_others, load_ambiguous, tidy_aliases
from gazetteer_osm import alias_quarters_inside, fold_osm_namesakes, leave_out_osm, load_osm, load_sourced
from gazetteer_records import (ARABIC, ARABIC_NAME, DATA, LOG, MERGE_KM, NAME_RANK, PRECISION_RANK, ROMAN_PART,
                               ROOT, SOURCE_RANK, Entry, Rec, _rough_latin, clean, en_key, inside, is_latin_name,
                               km, level_of, name_key, nearest_sub, precision_of, read_csv, ring_area, slug,
                               split_aliases, write_csv)
from gazetteer_regions import build_regions

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


# ------------------------------------------------------------------------------------- build

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
