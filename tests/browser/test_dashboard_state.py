"""The dashboard keeps the analyst's work and view (issue 16), in the real app in headless Chromium:
filters change the map in place, the report, filters and corrections survive other pages and a
reload, saved reports reopen, a place added to the gazetteer is read when the report is mapped again."""
import pytest

from core.extract import extract
from core.filters import summary
from tests.browser.ui import SEED, map_frame, open_page, paste_and_map, settle

pytestmark = pytest.mark.browser
N = len(extract(SEED).incidents)
BARREL = sum("barrel_bomb" in i.types for i in extract(SEED).incidents)
VIEW = "() => { const c = window.map.getCenter(); return [window.map.getZoom(), c.lat.toFixed(5), c.lng.toFixed(5)]; }"


def pick_type(page, label: str) -> None:
    """Choose one attack type in the sidebar's type filter, as a user does."""
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first.locator("input")
    box.click()
    box.type(label)
    box.press("Enter")
    box.press("Escape")


def markers(frame, n: int) -> None:
    """Wait until the map in `frame` shows `n` incident markers."""
    frame.wait_for_function(f"document.querySelectorAll('.incident-marker').length === {n}")


def test_a_filter_change_keeps_the_users_zoom_and_centre(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    zoom = frame.evaluate("() => window.map.getZoom()")
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function(f"window.map.getZoom() === {zoom + 1} && !window.map._animatingZoom")
    box = frame.locator(".leaflet-container")
    box.drag_to(box, source_position={"x": 300, "y": 300}, target_position={"x": 380, "y": 340})
    frame.wait_for_function("!window.map._animatingZoom && !window.map.dragging._draggable._moving")
    before = frame.evaluate(VIEW)
    frame.evaluate("() => { window.sameMap = true; }")
    pick_type(page, "Barrel")
    markers(frame, BARREL)
    assert frame.evaluate("() => window.sameMap") is True
    assert frame.evaluate(VIEW) == before
    assert frame.locator(".incident-marker:not(.type-barrel_bomb)").count() == 0
