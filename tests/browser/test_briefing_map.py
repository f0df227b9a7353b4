"""The example report's briefing page in headless Chromium: basemap layers, a visible label for every
incident place, no overlapping labels, one panel per far-apart group with a locator, every drawn
type in the legend, nothing cut off from a laptop window to 4K, and no request leaving the machine."""
import os
from itertools import combinations

import pytest

from core import briefing
from core.extract import extract
from core.mapbuild import drawn_types
from core.style import type_label
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.ui import SEED

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed():
    return extract(SEED).incidents


def open_briefing(chromium, incidents, width=1600, height=900, **kw):
    """The briefing page, loaded and ready; `outside` lists requests that left the machine."""
    page = chromium.new_page(viewport={"width": width, "height": height})
    page.outside = []
    page.on("request", lambda r: None if r.url.startswith(("data:", "about:")) else page.outside.append(r.url))
    page.set_content(briefing.briefing_html(incidents, briefing.Briefing(title="Example", **kw)))
    page.wait_for_function("window.briefingReady === true", timeout=60_000)
    return page


def visible_labels(page) -> list[dict]:
    """Every label shown, with its text, class, map and box."""
    return page.evaluate("""() => [...document.querySelectorAll('.map-label')].filter(
        e => e.offsetParent !== null && getComputedStyle(e.parentNode).display !== 'none').map(e => {
          const r = e.getBoundingClientRect();
          return {text: e.textContent, incident: e.classList.contains('incident-label'),
                  map: e.closest('.folium-map').id, x: r.x, y: r.y, w: r.width, h: r.height};
        })""")


def test_the_basemap_layers_are_drawn_and_in_the_layer_control(chromium, seed):
    page = open_briefing(chromium, seed)
    names = page.locator(".leaflet-control-layers-overlays").first.inner_text()
    for layer in ("Countries and borders", "Governorates", "Rivers and lakes", "Place names", "Incident labels"):
        assert layer in names
    assert page.locator(".leaflet-basemap-lines-pane path").count() > 20
    assert page.locator(".leaflet-basemap-land-pane path").count() >= 10
    assert page.locator("path.basemap-occupied").count() >= 1
    assert page.outside == []
    page.close()


def test_every_incident_place_has_a_visible_label_and_no_labels_overlap(chromium, seed):
    page = open_briefing(chromium, seed)
    labels = visible_labels(page)
    shown = {lab["text"] for lab in labels if lab["incident"]}
    assert {i.place.name_ar for i in seed} <= shown
    assert page.locator(".incident-label[dir=rtl][lang=ar]").count() >= len({i.place.id for i in seed})
    size = page.viewport_size
    for lab in labels:
        assert 0 <= lab["x"] and lab["x"] + lab["w"] <= size["width"] + 0.5, lab
    for a, b in combinations(labels, 2):
        if a["map"] == b["map"]:
            apart = (a["x"] + a["w"] <= b["x"] + 0.5 or b["x"] + b["w"] <= a["x"] + 0.5
                     or a["y"] + a["h"] <= b["y"] + 0.5 or b["y"] + b["h"] <= a["y"] + 0.5)
            assert apart, (a, b)
    page.close()


def test_labels_follow_the_chosen_language(chromium, seed):
    page = open_briefing(chromium, seed, lang="en")
    shown = {lab["text"] for lab in visible_labels(page) if lab["incident"]}
    assert {i.place.name_en for i in seed} <= shown
    assert page.locator(".incident-label[dir=ltr]").count() >= len({i.place.id for i in seed})
    page.close()


def test_aleppo_and_ghouta_get_a_panel_each_and_a_locator(chromium, seed):
    page = open_briefing(chromium, seed)
    assert page.locator(".briefing-panel-name").all_inner_texts() == ["1Aleppo", "2Rif Dimashq"]
    assert page.locator(".folium-map").count() == 3
    locator = page.locator(".map-keepout")
    assert locator.locator("path").count() > 10
    assert locator.locator(".locator-number").all_inner_texts() == ["1", "2"]
    markers = page.locator(".incident-marker").count()
    assert markers == len(seed)
    page.close()


def test_the_legend_lists_every_type_drawn(chromium, seed):
    page = open_briefing(chromium, seed)
    drawn = set(" ".join(page.locator(".incident-marker").evaluate_all("els => els.map(e => e.dataset.types)")).split())
    assert drawn == {t for i in seed for t in drawn_types(i)}
    legend = page.locator(".map-legend").inner_text()
    for t in drawn:
        assert type_label(t) in legend, t
    several = page.locator(".incident-marker[data-types*=' ']")
    assert several.count() >= 1 and "conic-gradient" in several.first.get_attribute("style")
    page.close()


@pytest.mark.parametrize("width, height", [(1366, 768), (1920, 1080), (3840, 2160)])
def test_the_briefing_fits_the_window_with_nothing_cut_off(chromium, seed, width, height):
    page = open_briefing(chromium, seed, width, height)
    for sel in (".briefing-head", ".briefing-foot", ".map-legend", ".map-keepout", ".folium-map"):
        for box in page.locator(sel).evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())"):
            assert box["x"] >= -0.5 and box["y"] >= -0.5, (sel, box)
            assert box["right"] <= width + 0.5 and box["bottom"] <= height + 0.5, (sel, box)
    fill = page.evaluate("document.querySelector('.briefing-foot').getBoundingClientRect().width") / width
    assert fill > 0.9 or page.evaluate("document.querySelector('.briefing-foot').getBoundingClientRect().bottom") > height * 0.9
    page.close()


def test_a_user_frame_is_used_exactly(chromium, seed):
    view = (33.45, 36.25, 33.65, 36.55)
    page = open_briefing(chromium, seed, view=view)
    assert page.locator(".folium-map").count() == 1
    south, west, north, east = page.evaluate(
        "(() => { const m = window[document.querySelector('.folium-map').id]; const b = m.getBounds();"
        " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; })()")
    assert south <= view[0] and west <= view[1] and north >= view[2] and east >= view[3]
    # fitted, not merely containing it: one side of the frame touches the view
    assert min(view[0] - south, view[1] - west, north - view[2], east - view[3]) < 0.01
    page.close()
