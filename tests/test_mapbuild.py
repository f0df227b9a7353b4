"""The incident map's page: one marker per incident, every report text escaped, nothing evaluated."""
import json
import re

import pytest

from core import DATA
from core.extract import extract
from core.mapbuild import build_map, map_html

REPORT = ("Regime warplanes struck Douma on Monday, killing 3 people {{ 7*7 }} {% if true %}yes{% endif %} "
          "</script><script>alert(1)</script> <img src=x onerror=alert(1)>. "
          "Shelling hit Arbin, wounding 5 civilians.")


def markers(page: str) -> list[dict]:
    """The marker array the page's script draws from."""
    m = re.search(r"\n\s*(\[\{.*?\}\])\.forEach", page, re.S)
    assert m, "no marker array in the page"
    return json.loads(m.group(1))


def test_one_marker_per_incident_with_its_place_and_popup():
    x = extract(REPORT)
    data = markers(map_html(x.incidents, tiles=False))
    assert len(data) == len(x.incidents) == 2
    assert [(d["lat"], d["lon"]) for d in data] == [(i.place.lat, i.place.lon) for i in x.incidents]
    assert all('class="incident-popup"' in d["p"] and "incident-marker type-" in d["h"] for d in data)


def test_report_markup_cannot_leave_the_script_or_the_popup():
    page = map_html(extract(REPORT).incidents, tiles=False)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    popup = markers(page)[0]["p"]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in popup
    assert "&lt;img src=x onerror=alert(1" in popup


def test_template_syntax_in_a_report_is_shown_not_evaluated():
    page = map_html(extract(REPORT).incidents, tiles=False)
    popup = markers(page)[0]["p"]
    assert "{{ 7*7 }}" in popup and "{% if true %}yes{% endif %}" in popup
    assert "49" not in popup


def test_the_same_script_reaches_streamlit_folium():
    """st_folium reads each element's script macro instead of rendering the page."""
    m = build_map(extract(REPORT).incidents, tiles=False, cluster=False)
    layer = next(c for c in m._children.values() if c._name == "FeatureGroup" and c.layer_name == "Incidents")
    script = next(iter(layer._children.values()))._template.module.script(next(iter(layer._children.values())))
    assert script.count("\"lat\"") == 2 and "layer.addLayer(make(d))" in script


def test_gazetteer_names_on_the_place_map_are_shown_not_evaluated():
    from core.gazetteer import Entry
    from core.placemap import places_map

    odd = Entry(id="user-odd", name_en="{{ 7*7 }} <b>x</b>", name_ar="قرية", aliases_ar=(), aliases_en=(),
                level="village", parent="", parent_id="", governorate="Idlib", lat=35.9, lon=36.6, precision="user",
                source="user", population=None, ambiguous="")
    page = places_map([odd]).get_root().render()
    assert "{{ 7*7 }} &lt;b&gt;x&lt;/b&gt;" in json.loads(re.search(r"\n\s*(\[\{.*?\}\])\.forEach", page, re.S).group(1))[0]["p"]
    assert "<b>x</b>" not in page


def test_popup_counts_put_the_figure_first_and_isolate_the_phrase():
    """'Killed: أكثر من 15 شهيدا (16+)' in a left-to-right popup reorders around the Arabic: the
    figure comes first in its own span, the phrase after it in a <bdi>."""
    from core.mapbuild import popup_html
    x = extract("قصف الطيران الروسي حي الفردوس في حلب ما أدى لسقوط أكثر من 15 شهيدا وعشرات الجرحى.")
    i = next(i for i in x.incidents if i.killed and i.killed.vague)
    popup = popup_html(i)
    killed = popup[popup.index("Killed:"):]
    assert killed.index(f'<span class="count-label">{i.killed.label()}</span>') < killed.index('<bdi class="count-written">')
    assert f"«{i.killed.text.strip()}»</bdi>" in popup


@pytest.mark.parametrize("date, shown", [("2016-10-25", "2016-10-25"), (None, "not known")])
def test_popup_gives_the_incidents_date_or_says_it_is_not_known(date, shown):
    from core.mapbuild import popup_html
    x = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"), date=date)
    assert all(f'<b>Date:</b> {shown}</div>' in popup_html(i) for i in x.incidents)


def test_popup_says_where_the_point_comes_from_in_words():
    """'point: parent' was the file's jargon; the popup says the point is its area's, and that the
    place is approximate."""
    from core.mapbuild import POINT_WORDS, popup_html
    x = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"))
    parent = next(i for i in x.incidents if i.place.precision == "parent")
    popup = popup_html(parent)
    assert POINT_WORDS["parent"] in popup and "approximate place" in popup and "point: parent" not in popup
    precise = next(i for i in x.incidents if i.place.is_precise and i.place.precision == "decimal")
    assert "its own point" in popup_html(precise) and "approximate place" not in popup_html(precise)


# ---------------------------------------------------------------- basemap, labels, several types

def inside(lon: float, lat: float, geometry: dict) -> bool:
    """Whether a point lies in a GeoJSON (Multi)Polygon (even-odd rule over every ring)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    hit = False
    for rings in polygons:
        for ring in rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    hit = not hit
    return hit


def country(name: str) -> dict:
    from core.basemap import layer_data
    return next(f["geometry"] for f in layer_data("countries")["features"] if f["properties"]["name_en"] == name)


# Majdal Shams and Mas'ade (Golan villages, Wikipedia coordinates) and Quneitra's ruins
GOLAN_POINTS = [(35.7705, 33.2665), (35.7556, 33.2315), (35.8244, 33.1256)]


@pytest.mark.parametrize("lon, lat", GOLAN_POINTS)
def test_the_golan_is_drawn_as_syria_never_as_israel(lon, lat):
    assert inside(lon, lat, country("Syria"))
    assert not inside(lon, lat, country("Israel"))


def test_the_golan_is_its_own_hatched_labelled_area_beside_the_undof_zone():
    from core.basemap import layer_data
    from core.labels import base_rows
    kinds = {f["properties"]["kind"]: f for f in layer_data("disputed")["features"]}
    assert set(kinds) == {"occupied", "undof"}
    assert any(inside(lon, lat, kinds["occupied"]["geometry"]) for lon, lat in GOLAN_POINTS)
    names = {r[2] for r in base_rows() if r[4] == "disputed"}
    assert "Golan Heights (Syrian territory occupied by Israel)" in names
    page = map_html([], tiles=False)
    assert '"className": "basemap-occupied"' in page and 'id="basemap-hatch"' in page


def test_the_basemap_is_small_and_rounded():
    from core.basemap import BASEMAP
    files = list(BASEMAP.glob("*.geojson"))
    assert {f.stem for f in files} >= {"countries", "disputed", "governorates", "rivers", "lakes"}
    assert sum(f.stat().st_size for f in files) < 150_000
    text = (BASEMAP / "countries.geojson").read_text(encoding="utf-8")
    assert not re.search(r"\d\.\d{4,}", text)


@pytest.mark.parametrize("level, population, zoom", [
    ("city", 2_098_210, 6), ("town", 400_000, 7), ("town", 60_000, 8), ("town", 45_974, 9), ("town", 25_654, 9),
    ("village", 3_000, 11), ("town", None, 12), ("city", None, 9),
])
def test_bigger_places_are_named_from_a_lower_zoom(level, population, zoom):
    from core.labels import town_zoom
    assert town_zoom(level, population) == zoom


def test_douma_harasta_and_saqba_are_named_around_ghouta_by_zoom_11():
    from core.labels import base_rows
    named = [(r[2], r[5]) for r in base_rows() if r[4] in ("town", "city")]
    for name in ("Douma", "Harasta", "Saqba"):
        assert [zoom for n, zoom in named if n == name] == [min(zoom for n, zoom in named if n == name)]
        assert min(zoom for n, zoom in named if n == name) <= 11, name


def test_labels_speak_the_report_language():
    from core.labels import report_lang
    ar = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")).incidents
    assert report_lang(ar) == "ar" and report_lang(extract(REPORT).incidents) == "en"
    assert '"lang":"ar"' not in map_html(extract(REPORT).incidents) and ',lang:"en"' in map_html(extract(REPORT).incidents)


def test_a_marker_with_several_types_shows_each_and_the_legend_lists_them():
    from core.mapbuild import legend_types
    x = extract("Regime warplanes and artillery struck Douma, killing 3 people.")
    i = x.incidents[0]
    assert set(i.types) >= {"airstrike", "artillery"}
    spec = markers(map_html(x.incidents, tiles=False))[0]
    assert spec["h"].count("conic-gradient") == 1 and 'data-types="airstrike artillery' in spec["h"]
    assert legend_types(x.incidents) == sorted(i.types, key=lambda t: __import__("core.style").style.type_label(t))
    page = map_html(x.incidents, tiles=False)
    legend = page[page.index('class="map-legend"'):]
    assert "Airstrike" in legend and "Artillery" in legend


def test_incident_labels_put_the_heaviest_first_and_one_per_place():
    from core.labels import incident_rows
    from core.mapbuild import marker_size
    x = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"))
    rows = incident_rows(x.incidents, marker_size)
    assert len(rows) == len({i.place.id for i in x.incidents})
    heaviest = max(x.incidents, key=lambda i: __import__("core.style").style.weight(i))
    assert min(rows, key=lambda r: r[7])[3] == heaviest.place.name_ar


def test_tiles_replace_only_the_land_fill():
    """Land is drawn under the tile pane; with tiles its colour goes and the borders move above them."""
    page_off, page_on = map_html([], tiles=False), map_html([], tiles=True)
    assert '"pane": "basemap-land"' in page_off and "#ebe7df" in page_off
    assert '"pane": "basemap-land"' not in page_on and "#ebe7df" not in page_on
    assert page_on.count('"pane": "basemap-lines"') == page_off.count('"pane": "basemap-lines"') + 1
    assert "#6f6f6f" in page_on and "#6f6f6f" in page_off


def test_streamlit_folium_gets_every_basemap_layer_added_to_its_group():
    """st_folium renders the map, then reads each element's script macro: the basemap layers must
    be created and added there too, not only in the page."""
    from streamlit_folium import generate_leaflet_string
    m = build_map(extract(REPORT).incidents, tiles=False, cluster=False)
    m.get_root().render()
    script = generate_leaflet_string(m)
    created = re.findall(r"var (geo_json_\w+) = L\.geoJson\(", script)
    assert len(created) >= 7
    for name in created:
        assert re.search(rf"{name}\.addTo\(", script), name
    assert 'createPane("basemap-land")' in script and "incidentMapLabels(" in script
