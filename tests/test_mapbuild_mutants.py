"""Map building on extracted incidents, on what the mutation run (bench/mutation.py core.mapbuild)
found unpinned: count wording, tooltips, marker sizes and segments, the script's JSON, the legend
and the fitted view."""
import dataclasses
import json
import re

import pytest
from folium.map import FitBounds

from core import mapbuild as mb
from core.extract import extract
from core.style import actor_label

TEXT = ("Russian warplanes struck Douma, killing 5 people and wounding dozens. Regime forces shelled the "
        "countryside of Idlib, killing about 20. Regime helicopters dropped barrel bombs on Daraya without "
        "casualties. Clashes and shelling hit Arbin.")


@pytest.fixture(scope="module")
def found():
    return {i.place.name_en: i for i in extract(TEXT, date="2016-10-25").incidents}


def test_count_labels_say_the_figure_with_its_uncertainty(found):
    douma, idlib, daraya = found["Douma"], found["Idlib countryside"], found["Darayya"]
    assert (mb.count_label(douma.killed), mb.count_label(douma.wounded)) == ("5", "≈24+")
    assert mb.count_label(idlib.killed) == "about 20"
    assert mb.count_label(daraya.killed) == "none"
    assert mb.count_label(idlib.wounded) == "not reported"


def test_only_a_vague_count_shows_the_phrase_it_was_read_from(found):
    douma = found["Douma"]
    assert mb.count_written(douma.wounded) == douma.wounded.text.strip() != ""
    assert mb.count_written(douma.killed) == "" and mb.count_written(None) == ""


def test_the_tooltip_names_place_types_and_killed(found):
    assert mb.marker_spec(found["Douma"])["t"] == "Douma · Airstrike · 5 killed"
    assert mb.marker_spec(found["Arbin"])["t"] == "Arbin · Shelling, Clashes"


def test_an_untyped_incident_says_so_in_tooltip_popup_and_legend():
    i = extract("استشهد 3 مدنيين في مدينة دوما.").incidents[0]
    assert mb.marker_spec(i)["t"].endswith("type not stated · 3 killed")
    popup = mb.popup_html(i)
    assert "<b>Types:</b> not stated" in popup and "<b>Actors:</b> not stated" in popup
    assert mb.drawn_types(i) == ["unknown"] and mb.legend_types([i]) == ["unknown"]


def test_an_approximate_place_is_a_wider_dashed_ring(found):
    douma = found["Douma"]
    ring = dataclasses.replace(douma, place=dataclasses.replace(douma.place, precision="parent"))
    assert mb.marker_size(ring) == mb.marker_size(douma) + 12
    assert " approximate" in mb.marker_spec(ring)["h"] and " approximate" not in mb.marker_spec(douma)["h"]


def test_a_marker_with_two_types_is_cut_into_two_equal_segments(found):
    arbin = found["Arbin"]
    html = mb.marker_spec(arbin)["h"]
    assert 'data-types="shelling clashes"' in html
    assert "conic-gradient(" in html and " 0.0% 50.0%," in html and " 50.0% 100.0%)" in html
    ring = dataclasses.replace(arbin, place=dataclasses.replace(arbin.place, precision="parent"))
    assert mb.type_fill(mb.drawn_types(ring), "33").count("33 ") == 2


def test_the_legend_lists_every_type_drawn_by_label(found):
    assert mb.legend_types(list(found.values())) == ["airstrike", "barrel_bomb", "clashes", "shelling"]


def test_the_legend_orders_types_by_their_label_not_their_code():
    untyped = extract("استشهد 3 مدنيين في مدينة دوما.").incidents[0]
    shelled = extract("Regime forces shelled Arbin.").incidents[0]
    assert shelled.types == ("shelling",)
    assert mb.legend_types([shelled, untyped]) == ["unknown", "shelling"]  # "Other / unknown" < "Shelling"


def test_the_popup_names_the_governorate_the_massacre_and_the_evidence():
    i = extract("ارتكبت قوات النظام مجزرة في مدينة دوما راح ضحيتها 12 شهيدا.").incidents[0]
    popup = mb.popup_html(i)
    assert i.massacre and "<b>massacre</b>" in popup
    assert f" · {i.place.governorate}" in popup and 'class="ip-ev"' in popup


@pytest.mark.parametrize("text", ["a\u2028b\u2029c", "</script><!-- & -->"])
def test_script_json_reads_back_and_cannot_end_the_script(text):
    out = mb.script_json([text])
    assert json.loads(out) == [text]
    assert not any(c in out for c in "<>&\u2028\u2029")


def fitted(m):
    return next(c for c in m._children.values() if isinstance(c, FitBounds))


def test_the_map_is_fitted_to_its_incidents_with_room_for_the_biggest_marker(found):
    incidents = list(found.values())
    view = fitted(mb.build_map(incidents, tiles=False, basemap=False, labels=False, keep_right=100))
    lats = [i.place.lat for i in incidents]
    assert view.bounds[0][0] == pytest.approx(min(lats) - 0.02) and view.bounds[1][0] == pytest.approx(max(lats) + 0.02)
    big = max(mb.marker_size(i) for i in incidents)
    assert view.options["paddingTopLeft"] == (big // 2 + 10,) * 2
    assert view.options["paddingBottomRight"] == (big // 2 + 110, big // 2 + 10)
    assert view.options["maxZoom"] == 15


def test_a_map_without_incidents_shows_syria_and_no_heatmap():
    m = mb.build_map([], tiles=False, basemap=False, labels=False)
    assert fitted(m).bounds == mb.SYRIA_BOUNDS
    assert "Casualty heatmap" not in m.get_root().render()


def test_a_map_with_tiles_and_basemap_off_says_it_shows_outlines_only(found):
    page = mb.build_map(list(found.values()), tiles=False, basemap=False, labels=False).get_root().render()
    assert "Map tiles are off (offline): outlines only" in page and "Casualty heatmap" in page


def test_a_marker_is_classed_by_its_first_type_and_filled_with_its_colour(found):
    from core.style import type_color
    assert 'class="incident-marker type-airstrike"' in mb.marker_spec(found["Douma"])["h"]
    assert mb.type_fill(["airstrike"]) == type_color("airstrike")
    assert mb.type_fill(["airstrike"], "33") == type_color("airstrike") + "33"
    fill = mb.type_fill(["shelling", "clashes"])
    assert fill.startswith("conic-gradient(") and fill.index(type_color("shelling")) < fill.index(type_color("clashes"))


def test_the_marker_stylesheet_styles_the_classes_markers_and_popups_use():
    import re
    from core.model import TYPES
    from core.style import type_color
    css = mb.marker_css()
    assert css.startswith("<style>") and css.endswith("</style>")
    body = css[len("<style>"):-len("</style>")]
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", body)
    assert "".join(f"{s}{{{d}}}" for s, d in rules) == body
    assert all(s.startswith(".incident-") for s, _ in rules)
    assert all(re.fullmatch(r"(--)?[a-z][a-z0-9-]*", d.split(":")[0]) for _, ds in rules for d in ds.split(";"))
    selectors = {s for s, _ in rules}
    assert {".incident-marker", ".incident-marker.approximate", ".incident-popup .ip-ar", ".incident-popup .ip-en",
            ".incident-popup .ip-ev", ".incident-popup .count-written"} <= selectors
    for t in (*TYPES, "unknown"):
        assert f".incident-marker.type-{t}{{--c:{type_color(t)};--c2:{type_color(t)}33}}" in body


def test_a_markers_glyph_is_its_types_between_9_and_22_pixels(found):
    import re
    big, small = mb.marker_spec(found["Douma"])["h"], mb.marker_spec(found["Darayya"])["h"]
    assert mb.marker_size(found["Douma"]) * 0.62 > 22 and mb.marker_size(found["Darayya"]) * 0.62 < 9
    assert re.search(r'<svg class="type-glyph" width="22" height="22"><use href="#glyph-airstrike"/>', big)
    assert re.search(r'<svg class="type-glyph" width="9" height="9"><use href="#glyph-barrel_bomb"/>', small)


def popup_tree(i):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(mb.popup_html(i))
    assert all(not (e.tail or "").strip() for e in root) and not (root.text or "").strip()
    return {e.get("class") or "".join(e.itertext()).split(":")[0]: "".join(e.itertext()) for e in root}


def test_the_popup_says_each_fact_once_in_words(found):
    douma = popup_tree(found["Douma"])
    assert douma["count-killed"] == "Killed: 5"
    assert douma["count-wounded"].startswith("Wounded: ≈24+«") and "massacre" not in mb.popup_html(found["Douma"])
    assert douma["Types"] == "Types: Airstrike" and douma["Actors"] == f"Actors: {actor_label('russia')}"
    arbin = popup_tree(found["Arbin"])
    assert arbin["Types"] == "Types: Shelling, Clashes" and arbin["count-wounded"] == "Wounded: not reported"
    idlib = found["Idlib countryside"]
    where = popup_tree(idlib)["ip-where"]
    assert where == f"{idlib.place.level} · {idlib.place.governorate} · {mb.POINT_WORDS[idlib.place.precision]} · approximate place"


def test_the_legend_shows_each_types_colour_label_and_glyph(found):
    from core.style import type_color, type_label
    page = mb.build_map(list(found.values()), tiles=False, basemap=False, labels=False).get_root().render()
    legend = page[page.index('class="map-legend"'):]
    for t in mb.legend_types(list(found.values())):
        assert f"background:{type_color(t)}" in legend and type_label(t) in legend and f'href="#glyph-{t}"' in legend


def test_a_map_opens_over_syria_with_a_scale_and_tiles_by_default(found):
    m = mb.build_map(list(found.values()), basemap=False, labels=False, width=800, height=600)
    (south, west), (north, east) = mb.SYRIA_BOUNDS
    assert south < m.location[0] < north and west < m.location[1] < east
    assert m.control_scale and (m.width, m.height) == ((800, "px"), (600, "px"))
    page = m.get_root().render()
    assert mb.TILES_URL in page and "Incidents (clustered)" in page


def test_the_layer_control_names_every_layer_of_the_full_map(found):
    page = mb.build_map(list(found.values())).get_root().render()
    for name in ("OpenStreetMap", "Place names", "Aleppo neighbourhoods (CSR)", "Incidents", "Incidents (clustered)",
                 "Casualty heatmap", "Incident labels"):
        assert f'"{name}"' in page, name
    assert "Map tiles are off" not in page


def marker_style(html: str) -> str:
    return re.search(r'style="([^"]*)"', html)[1]


def marker_class(html: str) -> str:
    return re.search(r'<div class="([^"]*)"', html)[1]


def test_a_marker_of_one_type_is_a_plain_disc_of_its_size(found):
    spec = mb.marker_spec(found["Douma"])
    assert spec["s"] == mb.marker_size(found["Douma"])
    assert marker_style(spec["h"]) == f"width:{spec['s']}px;height:{spec['s']}px"
    assert marker_class(spec["h"]) == "incident-marker type-airstrike"


def test_an_approximate_place_with_two_types_is_a_translucent_ring_cut_in_two(found):
    from core.style import type_color
    arbin = found["Arbin"]
    ring = dataclasses.replace(arbin, place=dataclasses.replace(arbin.place, precision="parent"))
    spec = mb.marker_spec(ring)
    shelling, clashes = type_color("shelling"), type_color("clashes")
    assert marker_class(spec["h"]) == "incident-marker type-shelling approximate"
    assert marker_style(spec["h"]).endswith(f";background:conic-gradient({shelling}33 0.0% 50.0%,{clashes}33 50.0% 100.0%)")
    solid = marker_style(mb.marker_spec(arbin)["h"])
    assert solid.endswith(f";background:conic-gradient({shelling} 0.0% 50.0%,{clashes} 50.0% 100.0%)")


def test_an_approximate_rings_glyph_is_small_enough_to_leave_it_hollow():
    i = extract("Regime warplanes struck Saraqib, killing 1 person.").incidents[0]
    ring = dataclasses.replace(i, place=dataclasses.replace(i.place, precision="parent"))
    size = mb.marker_size(ring)
    glyph = int(re.search(r'<svg class="type-glyph" width="(\d+)"', mb.marker_spec(ring)["h"])[1])
    assert 9 <= glyph <= 0.4 * size < 22


def where(i) -> str:
    return popup_tree(i)["ip-where"]


def test_the_popup_of_a_precise_place_says_where_without_approximate(found):
    daraya = found["Darayya"]
    assert not mb.is_approximate(daraya)
    assert where(daraya) == f"{daraya.place.level} · {daraya.place.governorate} · {mb.POINT_WORDS[daraya.place.precision]}"


def test_the_popup_of_a_place_without_governorate_or_known_precision_says_what_it_has(found):
    daraya = found["Darayya"]
    bare = dataclasses.replace(daraya, place=dataclasses.replace(daraya.place, governorate="", precision="user"))
    assert where(bare) == f"{daraya.place.level} · user"


def test_the_popup_lists_every_actor_and_marks_a_massacre_after_the_toll():
    two = extract("Russian and regime warplanes struck Douma, killing 1 person.").incidents[0]
    assert popup_tree(two)["Actors"] == "Actors: " + ", ".join(actor_label(a) for a in two.actors) and len(two.actors) == 2
    massacre = extract("ارتكبت قوات النظام مجزرة في مدينة دوما راح ضحيتها 12 شهيدا.").incidents[0]
    assert popup_tree(massacre)["count-killed"] == "Killed: 12 · massacre"


def test_each_legend_row_is_its_types_label_after_an_11_pixel_glyph(found):
    from core.style import glyph_svg, type_label
    legend = mb.Legend(["airstrike", "barrel_bomb"])
    assert [(t, label, glyph) for t, _, label, glyph in legend.items] == [
        (t, type_label(t), glyph_svg(t, 11)) for t in ("airstrike", "barrel_bomb")]
    page = mb.build_map([found["Douma"]], tiles=False, basemap=False, labels=False).get_root().render()
    assert re.search(r'data-type="airstrike">.*?<use href="#glyph-airstrike"/></svg></span>Airstrike<br></span>', page, re.S)
