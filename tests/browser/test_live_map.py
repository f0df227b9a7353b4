"""The dashboard's live map (issue 16) in the real app in headless Chromium: the map is on the page
before any report and stays the same map while reports and filters change it; its heatmap, legend
and popups follow what is shown."""
import pytest

from core.extract import extract
from core.filters import Filter, apply
from core.mapbuild import legend_types
from core.style import type_label
from tests.browser.test_dashboard_state import min_killed
from tests.browser.ui import SEED, map_frame, paste_and_map, settle

pytestmark = pytest.mark.browser
N = len(extract(SEED).incidents)
HEAVY = apply(extract(SEED).incidents, Filter(min_killed=3))
HEAT = ("() => { const h = Object.values(window.map._layers).find(l => l._heat !== undefined || "
        "(l.setLatLngs && l.options && l.options.blur === 20)); return h ? h._latlngs.length : null; }")


def test_the_map_is_there_before_a_report_and_stays_the_same_map_as_reports_are_mapped(page):
    frame = map_frame(page, markers=0)
    frame.evaluate("() => { window.sameMap = true; }")
    paste_and_map(page, SEED)
    frame.wait_for_function(f"document.querySelectorAll('.incident-marker').length === {N}")
    english = "Regime helicopters dropped barrel bombs on Daraya, killing 5 civilians."
    paste_and_map(page, english)
    frame.wait_for_function("document.querySelectorAll('.incident-marker').length === 1")
    assert frame.evaluate("() => window.sameMap") is True


def test_the_legend_shows_only_the_types_the_filters_keep(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    legend = frame.locator(".map-legend")
    assert type_label("barrel_bomb") in legend.inner_text()
    min_killed(page, 3)
    frame.wait_for_function(f"document.querySelectorAll('.incident-marker').length === {len(HEAVY)}")
    shown = legend.inner_text()
    assert "barrel_bomb" not in legend_types(HEAVY) and type_label("barrel_bomb") not in shown
    assert all(type_label(t) in shown for t in legend_types(HEAVY))


def test_the_heatmap_shows_only_the_incidents_the_filters_keep(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_text("Casualty heatmap").click()
    frame.wait_for_function(f"({HEAT})() === {N}")
    min_killed(page, 3)
    frame.wait_for_function(f"document.querySelectorAll('.incident-marker').length === {len(HEAVY)}")
    assert frame.evaluate(HEAT) == len(HEAVY)


def test_a_popup_gives_the_incidents_date(page):
    from tests.browser.test_dashboard_state import type_dates
    x = extract(SEED, date="2016-10-25")
    type_dates(page, "Report date (optional)", "20161025")
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    settle(page)
    frame.wait_for_function("document.body.dataset.incidentsShown === 'all'")
    frame.locator(f'[data-incident="{x.incidents[0].id}"]').dispatch_event("click")
    frame.locator(".incident-popup .ip-date", has_text="2016-10-25").wait_for()
