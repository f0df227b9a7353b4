"""The incident map's page as a browser gets it (core.mapbuild.build_map rendered): which layers the
layer control names and switches on, how the heatmap and Aleppo's outlines are drawn, the map's own
options, and each marker's markup and heat. Read from the page's script, the options Leaflet is given."""
import dataclasses
import json
import re

import pytest

from core import mapbuild as mb
from core.extract import extract
from core.style import weight

TEXT = ("Russian warplanes struck Douma, killing 5 people and wounding dozens. Regime forces shelled the "
        "countryside of Idlib, killing about 20. Regime helicopters dropped barrel bombs on Daraya without "
        "casualties. Clashes and shelling hit Arbin.")
BASEMAP_OVERLAYS = ["Countries and borders", "Governorates", "Rivers and lakes", "Place names"]


@pytest.fixture(scope="module")
def found():
    return {i.place.name_en: i for i in extract(TEXT, date="2016-10-25").incidents}


@pytest.fixture
def page(found):
    """The map without basemap, labels and outlines (quick to render). Rendered in each test: mutmut
    runs only the tests that themselves call the code it mutates."""
    return render(list(found.values()), basemap=False, labels=False, outlines=False)


def render(incidents, **kw) -> str:
    return mb.build_map(incidents, **kw).get_root().render()


def options(text: str) -> dict:
    """A folium options object as written in the page (a JS object literal with trailing commas)."""
    return json.loads(re.sub(r",\s*}", "}", text))


def layer_control(page: str) -> tuple[list, list]:
    """The layer control's base layers and overlays: (name, the layer's script variable), in order."""
    block = re.search(r"base_layers : \{(.*?)\},\s*overlays :\s*\{(.*?)\},", page, re.S)
    return [re.findall(r'"([^"]+)" : (\w+),', part) for part in block.groups()]


def switched_on(page: str) -> list[str]:
    """The overlays on the map when it opens (added to the map, not only to the control)."""
    map_name = re.search(r"var (map_\w+) = L\.map\(", page)[1]
    return [name for name, var in layer_control(page)[1] if f"{var}.addTo({map_name})" in page]


def test_the_layer_control_names_each_layer_in_drawing_order_and_opens_with_clusters_and_no_heat(found):
    page = render(list(found.values()))
    base, overlays = layer_control(page)
    assert [name for name, _ in base] == ["OpenStreetMap"]
    assert [name for name, _ in overlays] == [*BASEMAP_OVERLAYS, "Aleppo neighbourhoods (CSR)", "Incidents",
                                              "Incidents (clustered)", "Casualty heatmap", "Incident labels"]
    assert options(re.search(r"L\.control\.layers\(.*?overlays,\s*(\{.*?\})", page, re.S)[1])["collapsed"] is True
    assert switched_on(page) == [*BASEMAP_OVERLAYS, "Aleppo neighbourhoods (CSR)", "Incidents (clustered)",
                                 "Incident labels"]


def test_unclustered_the_plain_incident_layer_is_on_and_listed_after_the_clustered_one(found):
    page = render(list(found.values()), cluster=False, basemap=False, labels=False, outlines=False)
    names = [name for name, _ in layer_control(page)[1]]
    assert names.index("Incidents (clustered)") + 1 == names.index("Incidents")
    assert "Incidents" in switched_on(page) and "Incidents (clustered)" not in switched_on(page)


def test_the_outlines_switch_leaves_aleppos_neighbourhoods_out(found):
    page = render(list(found.values()), basemap=False, labels=False, outlines=False)
    assert "Aleppo neighbourhoods (CSR)" not in [name for name, _ in layer_control(page)[1]]


def test_the_heatmap_draws_wide_soft_spots_never_fainter_than_a_third(page):
    heat = options(re.search(r"L\.heatLayer\(\s*\[.*?\],\s*(\{.*?\})", page, re.S)[1])
    assert heat == {"minOpacity": 0.3, "maxZoom": mb.MAX_ZOOM, "radius": 30, "blur": 20}


def heat_of(page: str) -> list[list[float]]:
    return json.loads(re.search(r"L\.heatLayer\(\s*(\[.*?\]),\s*\{", page, re.S)[1])


def test_each_incident_heats_by_its_casualties_relative_to_the_heaviest(found, page):
    incidents = list(found.values())
    top = max(weight(i) for i in incidents)
    points = heat_of(page)
    assert [p[:2] for p in points] == [[i.place.lat, i.place.lon] for i in incidents]
    for (_, _, heat), i in zip(points, incidents):
        assert heat == pytest.approx(max(weight(i), 1) / top, abs=5e-5) and len(str(heat)) <= 6  # four decimals
    assert max(p[2] for p in points) == 1


def test_incidents_without_casualties_heat_at_full_strength_when_none_has_any(found):
    quiet = [found["Darayya"], found["Arbin"]]
    assert weight(quiet[0]) == weight(quiet[1]) == 0
    assert [p[2] for p in heat_of(render(quiet, tiles=False, basemap=False, outlines=False))] == [1, 1]


def test_the_live_map_before_any_report_has_an_empty_heatmap_it_fills_later():
    from core.livemap import base_map, update_data
    page = base_map(tiles=False).get_root().render()
    assert heat_of(page) == [] and "Casualty heatmap" in [name for name, _ in layer_control(page)[1]]
    assert (update_data([], [])["bounds"], update_data([], [])["pad"]) == (mb.SYRIA_BOUNDS, 0)


def outline_layer(page: str) -> tuple[dict, dict]:
    """Aleppo's outlines: the style every neighbourhood gets and the layer's options."""
    var = dict(layer_control(page)[1])["Aleppo neighbourhoods (CSR)"]
    style = re.search(rf"function {var}_styler\(feature\) \{{.*?default:\s*return (\{{.*?\}});", page, re.S)[1]
    return json.loads(style), options(re.search(rf"var {var} = L\.geoJson\(null, \{{.*?\.\.\.(\{{.*?\}})", page, re.S)[1])


def test_aleppos_neighbourhoods_are_thin_grey_unfilled_lines_that_take_no_clicks(found):
    style, layer = outline_layer(render(list(found.values()), tiles=False, labels=False))
    assert style == {"color": "#a39c92", "fill": False, "weight": 0.8}
    assert layer == {"interactive": False, "pane": "basemap-lines"}  # with the basemap's lines, under the markers
    alone = render(list(found.values()), basemap=False, labels=False)
    assert outline_layer(alone)[1] == {"interactive": False}


def map_options(page: str) -> dict:
    return options(re.search(r"L\.map\(\s*\"map_\w+\",\s*\{.*?\.\.\.(\{.*?\})", page, re.S)[1])


def test_without_tiles_the_map_loads_none_and_still_caps_its_zoom(found):
    page = render(list(found.values()), tiles=False, basemap=False, labels=False, outlines=False)
    assert "L.tileLayer(" not in page and layer_control(page)[0] == []
    assert map_options(page)["maxZoom"] == mb.MAX_ZOOM  # the clustered layer needs one to start


def test_the_tile_layer_credits_openstreetmap(page):
    tiles = options(re.search(r"L\.tileLayer\(\s*\"[^\"]+\",\s*(\{.*?\})", page, re.S)[1])
    assert tiles["attribution"] == mb.TILES_ATTRIBUTION == "© OpenStreetMap contributors"


def test_vectors_are_drawn_as_svg_so_the_golans_hatch_shows(page):
    assert map_options(page)["preferCanvas"] is False  # the hatch is a CSS fill of an SVG path (core.basemap)


def test_the_labels_offer_a_language_switch_unless_told_not_to(found):
    assert ",control:true}" in render([found["Douma"]])
    assert ",control:false}" in render([found["Douma"]], lang_switch=False)


def fit_options(page: str) -> tuple[list, dict]:
    bounds, opts = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\]),\s*(\{.*?\})\s*\)", page, re.S).groups()
    return json.loads(bounds), json.loads(opts)


def test_the_fitted_view_pads_every_side_alike_and_in_whole_pixels(found):
    one = extract("Regime warplanes struck Saraqib, killing 1 person.").incidents
    assert mb.marker_size(one[0]) % 2 == 1
    (south_west, north_east), opts = fit_options(render(one, tiles=False, basemap=False, labels=False, outlines=False))
    pad = mb.marker_size(one[0]) // 2 + 10
    assert opts["paddingTopLeft"] == opts["paddingBottomRight"] == [pad, pad]
    lat, lon = one[0].place.lat, one[0].place.lon
    assert south_west == pytest.approx([lat - 0.02, lon - 0.02]) and north_east == pytest.approx([lat + 0.02, lon + 0.02])


def test_the_shown_marker_layer_also_fills_the_hidden_one_and_only_one_is_on_at_a_time(page):
    layers = dict(layer_control(page)[1])
    map_name = re.search(r"var (map_\w+) = L\.map\(", page)[1]
    script = re.search(r"\(function \(\) \{\n  var layer = (\w+);.*?var also = (\w+), copies.*?var map = (\w+);(.*?)\}\)\(\);",
                       page, re.S)
    assert script.groups()[:3] == (layers["Incidents (clustered)"], layers["Incidents"], map_name)
    assert 'map.on("overlayadd"' in script[4]


def test_a_legend_given_no_note_shows_none():
    import folium
    m = folium.Map(tiles=None)
    mb.Legend(["airstrike"]).add_to(m)
    legend = m.get_root().render().split('class="map-legend"', 1)[1]
    assert "size grows with casualties" in legend and "<i>" not in legend
