"""Exports (CSV, GeoJSON, KML) and their re-import, on incidents built here with the real model."""
import csv
import html
import io
import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import exports, imports
from core.model import ACTORS, LEVELS, PRECISIONS, TYPES, Count, Evidence, Incident, Place

KML_NS = {"k": "http://www.opengis.net/kml/2.2"}


def place(**kw) -> Place:
    base = dict(id="sy-alp-ferdous", name_ar="الفردوس", name_en="al-Ferdous", level="neighbourhood",
                parent="Aleppo", governorate="Aleppo", lat=36.1921, lon=37.1601, precision="second")
    return Place(**{**base, **kw})


def sample_incidents() -> list[Incident]:
    """Three incidents covering counts of every kind, a shared group, no evidence and Arabic text."""
    return [
        Incident(id="i1", place=place(), types=("airstrike", "artillery"), weapons=("bunker_buster",),
                 actors=("russia", "government"), killed=Count(16, 16, None, True, "أكثر من 15 شهيدا"),
                 wounded=Count(24, 30, None, True, "عشرات الجرحى"), massacre=True,
                 evidence=Evidence(120, 180, "مجزرة في حي الفردوس <b>15</b> شهيدا"), confidence=0.83,
                 date="2016-10-25", place_text="حي الفردوس", cues=((120, 125, "type"), (130, 140, "place"))),
        Incident(id="i2", place=place(id="sy-rd-zamalka", name_ar="زملكا", name_en="Zamalka", level="town",
                                      parent="Eastern Ghouta", governorate="Rif Dimashq", lat=33.52, lon=36.36),
                 types=("barrel_bomb",), actors=("government",), wounded=Count(2, 5, None, True, "عدد", shared=True),
                 killed=Count(7, 7, 7, False, "سبعة", shared=True), group="g1", date="2016-10-25"),
        Incident(id="i3", place=place(id="sy-rd-kafrbatna", name_ar="كفربطنا", name_en="Kafr Batna", level="town",
                                      parent=None, governorate=None, lat=33.51, lon=36.37, precision="parent"),
                 types=("mortar",), killed=Count(0, 0, 0, False, "دون إصابات"), group="g1", confidence=0.4),
    ]


def test_csv_starts_with_a_bom_and_the_acled_columns():
    text = exports.to_csv(sample_incidents())
    assert text.startswith("\ufeff")
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header[:13] == ["event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "admin1",
                           "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes"]
    assert exports.export(sample_incidents(), "csv").startswith(b"\xef\xbb\xbf")


def test_csv_rows_carry_acled_codes():
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(sample_incidents(), bom=False))))
    first = rows[0]
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert first["actor1"].startswith("Military Forces of Russia")
    assert first["assoc_actor_1"].startswith("Military Forces of Syria")
    assert (first["admin1"], first["location"], first["event_date"]) == ("Aleppo", "al-Ferdous", "2016-10-25")
    assert first["name_ar"] == "الفردوس" and first["killed_text"] == "أكثر من 15 شهيدا"
    assert [r["geo_precision"] for r in rows] == ["1", "1", "2"]
    assert rows[2]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_vague_figures_give_their_low_bound_as_fatalities():
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(sample_incidents()[:1], bom=False))))
    assert rows[0]["fatalities"] == "16"


def test_a_count_shared_by_a_group_is_split_not_repeated():
    shared = Count(7, 7, 7, False, "سبعة", shared=True)
    a, b, c = (Incident(id=f"i{n}", place=place(id=f"p{n}"), types=("airstrike",), killed=shared, group="g1")
               for n in range(3))
    assert exports.fatalities([a, b, c]) == [3, 2, 2]
    assert sum(exports.fatalities([a, b, c])) == 7


@pytest.mark.parametrize("t, event", [
    ("barrel_bomb", ("Explosions/Remote violence", "Air/drone strike")),
    ("rocket", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("clashes", ("Battles", "Armed clash")),
    ("chemical", ("Explosions/Remote violence", "Chemical weapon")),
    ("ied", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("sniper", ("Violence against civilians", "Attack")),
])
def test_each_type_maps_to_its_acled_event(t, event):
    assert exports.acled_event(Incident(id="x", place=place(), types=(t,))) == event


def test_every_type_and_actor_has_an_acled_name():
    assert set(exports.ACLED_EVENTS) == set(TYPES)
    assert set(exports.ACLED_ACTORS) == set(ACTORS)
    assert set(exports.GEO_PRECISION) == set(LEVELS)


def test_formula_like_text_is_defused_for_spreadsheets_and_still_round_trips():
    inc = Incident(id="i1", place=place(name_en="=HYPERLINK(\"http://x\")", name_ar="+1"), types=("ied",),
                   evidence=Evidence(0, 5, "@SUM(A1)"), place_text="'quoted")
    rows = list(csv.DictReader(io.StringIO(exports.to_csv([inc], bom=False))))
    assert rows[0]["location"].startswith("'=") and rows[0]["evidence_text"].startswith("'@")
    assert imports.loads(exports.export([inc], "csv")) == [inc]


def test_csv_round_trip_keeps_every_field():
    incidents = sample_incidents()
    back = imports.loads(exports.export(incidents, "csv"), "incidents.csv")
    assert back == incidents
    assert [b.cues for b in back] == [i.cues for i in incidents]


def test_geojson_is_an_rfc7946_feature_collection_in_lon_lat_order():
    doc = json.loads(exports.export(sample_incidents(), "geojson"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    f = doc["features"][0]
    assert f["type"] == "Feature" and f["geometry"] == {"type": "Point", "coordinates": [37.1601, 36.1921]}
    assert f["properties"]["place"]["name_ar"] == "الفردوس"
    assert f["properties"]["killed"] == {"low": 16, "best": 16, "high": None, "vague": True,
                                         "text": "أكثر من 15 شهيدا"}


def test_geojson_round_trip_keeps_every_field():
    incidents = sample_incidents()
    back = imports.loads(exports.export(incidents, "geojson"), "incidents.geojson")
    assert back == incidents
    assert [b.cues for b in back] == [i.cues for i in incidents]


def test_a_point_moved_in_a_gis_tool_is_read_from_the_geometry():
    doc = exports.to_geojson(sample_incidents()[:1])
    doc["features"][0]["geometry"]["coordinates"] = [37.0, 36.0]
    (inc,) = imports.incidents_from_json(doc)
    assert (inc.place.lat, inc.place.lon) == (36.0, 37.0)


def test_extraction_json_is_read_too():
    from core.model import Extraction, ReportInfo, to_dict
    x = Extraction(ReportInfo("ar", "2016-10-25", 500), tuple(sample_incidents()))
    assert imports.loads(json.dumps(to_dict(x), ensure_ascii=False).encode()) == [
        i.__class__(**{**i.__dict__, "confidence": round(i.confidence, 2)}) for i in sample_incidents()]


def test_kml_parses_with_one_placemark_per_incident_styled_by_type():
    from core import style
    incidents = sample_incidents()
    root = ET.fromstring(exports.export(incidents, "kml"))
    marks = root.findall(".//k:Placemark", KML_NS)
    assert len(marks) == len(incidents)
    styles = {s.get("id"): s.find("k:IconStyle/k:color", KML_NS).text for s in root.findall(".//k:Style", KML_NS)}
    assert marks[0].find("k:styleUrl", KML_NS).text == "#type-airstrike"
    assert styles["type-airstrike"] == exports.kml_color(style.type_color("airstrike"))
    assert styles["type-airstrike"] != styles["type-barrel_bomb"]
    coords = marks[0].find(".//k:coordinates", KML_NS).text
    assert coords == "37.1601,36.1921,0"
    assert "&lt;b&gt;15&lt;/b&gt;" in marks[0].find("k:description", KML_NS).text


def test_kml_description_shows_report_markup_as_text_not_html():
    incidents = sample_incidents()
    desc = ET.fromstring(exports.export(incidents, "kml")).find(".//k:Placemark/k:description", KML_NS).text
    assert "<" not in desc and ">" not in desc                    # Google Earth renders descriptions as HTML
    assert html.unescape(desc).endswith(incidents[0].evidence.text)


def test_kml_needs_no_other_host():
    kml = exports.export(sample_incidents(), "kml").decode()
    assert "://" not in kml.replace("http://www.opengis.net/kml/2.2", "")
    assert ET.fromstring(kml).find(".//k:Icon", KML_NS) is None   # the viewer's own pin, in the type's colour


def test_kml_survives_markup_and_control_characters_in_text():
    inc = Incident(id="i<1>", place=place(name_en="a & b </name>", name_ar="\x01ق\x0b"), types=("sniper",),
                   evidence=Evidence(0, 9, "<script>alert(1)</script>\x00"))
    root = ET.fromstring(exports.export([inc], "kml"))
    assert root.find(".//k:Placemark/k:name", KML_NS).text.startswith("a & b </name>")


def test_kml_colour_is_aabbggrr():
    assert exports.kml_color("#e41a1c") == "ff1c1ae4"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    (b"a,b\n1,2\n", "lacks the column"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}', "feature 1 has no Point"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
     b'"coordinates": [37, 36]}, "properties": {"id": "x"}}]}', "lacks the incident field(s) place, types"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
     b'"coordinates": [370, 36]}, "properties": {}}]}', "not a WGS 84"),
    (b'{"type": "Feature"', "not valid JSON"),
    (b'{"hello": 1}', "neither a GeoJSON FeatureCollection nor an extraction"),
    (b"caf\xe9", "not UTF-8"),
])
def test_bad_files_are_refused_with_a_reason(data, words):
    with pytest.raises(imports.BadFile) as e:
        imports.loads(data, "upload.dat")
    assert words in str(e.value) and "upload.dat" in str(e.value) and "\n" not in str(e.value)


def test_a_bad_cell_is_named_with_its_line_and_column():
    text = exports.to_csv(sample_incidents(), bom=False).replace("36.1921", "north", 1)
    with pytest.raises(imports.BadFile, match=r"line 2: latitude 'north' is not a number"):
        imports.loads(text.encode(), "edited.csv")


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        exports.export([], "shapefile")


# ------------------------------------------------------------------ property tests

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
name = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
maybe_name = st.none() | name
ident = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12)
small = st.none() | st.integers(0, 10_000)
counts = st.none() | st.builds(Count, small, small, small, st.booleans(), text, st.booleans())
places = st.builds(Place, id=name, name_ar=text, name_en=text, level=st.sampled_from(LEVELS),
                   parent=maybe_name, governorate=maybe_name,
                   lat=st.floats(-90, 90), lon=st.floats(-180, 180), precision=st.sampled_from(PRECISIONS))
incidents = st.builds(
    Incident, id=name, place=places, types=st.lists(st.sampled_from(TYPES), max_size=3).map(tuple),
    weapons=st.lists(name, max_size=3).map(tuple), actors=st.lists(st.sampled_from(ACTORS), max_size=2).map(tuple),
    killed=counts, wounded=counts, massacre=st.booleans(),
    evidence=st.none() | st.builds(Evidence, st.integers(0, 10**6), st.integers(0, 10**6), text),
    confidence=st.floats(0, 1), group=maybe_name, date=st.none() | st.dates().map(str), place_text=text,
    cues=st.lists(st.tuples(st.integers(0, 999), st.integers(0, 999), st.sampled_from(["place", "type", "count"])),
                  max_size=3).map(tuple))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(incidents, max_size=4))
def test_csv_round_trip_keeps_any_unicode_and_markup(batch):
    back = imports.loads(exports.export(batch, "csv"), "x.csv")
    assert back == batch and [b.cues for b in back] == [i.cues for i in batch]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(incidents, max_size=4))
def test_geojson_round_trip_keeps_any_unicode_and_markup(batch):
    back = imports.loads(exports.export(batch, "geojson"), "x.geojson")
    assert back == batch and [b.cues for b in back] == [i.cues for i in batch]


@settings(max_examples=60, deadline=None)
@given(st.lists(incidents, min_size=1, max_size=4))
def test_kml_is_well_formed_for_any_text(batch):
    root = ET.fromstring(exports.export(batch, "kml"))
    assert len(root.findall(".//k:Placemark", KML_NS)) == len(batch)


# ------------------------------------------------------------------ command line

def run_core(*args, stdin=None):
    import subprocess
    import sys

    from core import ROOT
    return subprocess.run([sys.executable, "-m", "core", *args], input=stdin, capture_output=True, cwd=ROOT)


@pytest.mark.parametrize("source_fmt, target_fmt", [("geojson", "csv"), ("csv", "geojson"), ("csv", "kml")])
def test_the_command_line_converts_an_export_into_another_format(tmp_path, source_fmt, target_fmt):
    src = tmp_path / f"in.{source_fmt}"
    src.write_bytes(exports.export(sample_incidents(), source_fmt))
    out = tmp_path / f"out.{target_fmt}"
    r = run_core("export", str(src), "--format", target_fmt, "-o", str(out))
    assert r.returncode == 0, r.stderr
    if target_fmt == "kml":
        assert len(ET.fromstring(out.read_bytes()).findall(".//k:Placemark", KML_NS)) == 3
    else:
        assert imports.load(out) == sample_incidents()


def test_the_command_line_keeps_only_the_chosen_types(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(exports.export(sample_incidents(), "csv"))
    r = run_core("export", str(src), "--format", "geojson", "-o", "-", "--types", "barrel_bomb,mortar")
    assert r.returncode == 0
    assert [f["id"] for f in json.loads(r.stdout)["features"]] == ["i2", "i3"]


@pytest.mark.parametrize("args, words", [
    (["--types", "nuke"], "unknown attack type 'nuke'"),
    (["--date", "25/10"], "not a date"),
])
def test_the_command_line_refuses_bad_options_in_one_line(tmp_path, args, words):
    r = run_core("export", "-", "--format", "csv", "-o", str(tmp_path / "x.csv"), *args, stdin="قصف على دوما".encode())
    err = r.stderr.decode().strip()
    assert r.returncode == 2 and words in err and len(err.splitlines()) == 1


def test_the_command_line_names_a_broken_export(tmp_path):
    src = tmp_path / "broken.geojson"
    src.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}')
    r = run_core("export", str(src), "--format", "csv", "-o", str(tmp_path / "x.csv"))
    err = r.stderr.decode().strip()
    assert r.returncode == 2 and err.startswith("error: ") and err.endswith("broken.geojson: feature 1 has no Point geometry")
