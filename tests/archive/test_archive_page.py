"""The Archive page in the real Streamlit server and headless Chromium: a strike told by two
reports counted once, the canvas period map, the timeline, a report reopening in the dashboard
with its evidence view."""
from __future__ import annotations

import pytest

from core.archive import Archive
from tests.archive import corpus
from tests.browser.conftest import browser, page, server, server_env  # noqa: F401  (fixtures)
from tests.browser.ui import open_page

pytestmark = pytest.mark.browser
PAIR = ("en/khan_sheikhoun_sarin_wire", "ar/khan_sheikhoun_sarin_massacre")


@pytest.fixture
def archived(server):
    a = Archive(f"sqlite:///{server.db}")
    for name in (*PAIR, "en/homs_rastan_fifteen"):
        a.add(corpus.text(name), corpus.reading(name), source=name)
    a.close()


def period_frame(pg):
    for _ in range(120):
        for f in pg.frames:
            try:
                if f.evaluate("() => window.periodMapDrawn") is not None:
                    return f
            except Exception:
                continue
        pg.wait_for_timeout(500)
    raise AssertionError("the period map did not draw")


def test_a_strike_told_twice_is_one_on_the_map_and_reopens_with_its_evidence(page, archived):
    open_page(page, "Archive")
    page.get_by_text("strike from 2 reports").wait_for()
    assert page.get_by_text("1 strike from 2 reports").count() == 1
    frame = period_frame(page)
    assert frame.evaluate("() => window.periodMapDrawn") == 1
    assert frame.locator("canvas").count() >= 1
    assert page.locator("[data-testid=stVegaLiteChart]").count() >= 1
    box = page.locator("[data-testid=stSelectbox]").filter(has_text="Open a report").locator("input")
    box.click()
    box.type("khan_sheikhoun_sarin_wire")
    box.press("Enter")
    page.get_by_text("also told by").first.wait_for()
    assert PAIR[1] in page.locator(".archive-incidents").inner_text()
    page.get_by_text("Open in the dashboard with its evidence view").click()
    page.get_by_text("Evidence view: the report with what was read").click()
    page.locator(".evidence-text").wait_for()
    assert "Khan Sheikhoun" in page.locator(".evidence-text").inner_text()
    assert not page.outside and not page.errors
