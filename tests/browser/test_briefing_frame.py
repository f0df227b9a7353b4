"""The Briefing page's own frame: pan and zoom its map, "Use this view", and the HTML download shows
exactly that frame; the PDF downloads as one page."""
import re

import pytest

from tests.browser.test_briefing_downloads import download, page  # noqa: F401 - `page`: the Briefing page with 3 incidents
from tests.browser.ui import settle

pytestmark = pytest.mark.browser
LOCAL = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


def frame_map(page):
    """The frame picker's map (streamlit-folium's iframe), once drawn."""
    for _ in range(120):
        for f in page.frames:
            try:
                if f.locator(".leaflet-control-zoom-in").count() and not f.locator(".briefing-head").count():
                    return f
            except Exception:  # noqa: BLE001 - frames come and go while Streamlit reruns
                continue
        page.wait_for_timeout(500)
    raise AssertionError("no frame picker map")


def test_use_this_view_frames_the_html_exactly(page, tmp_path):
    outside = []
    page.on("request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url))
    page.get_by_text("Set the frame: pan and zoom, then use this view").click()
    fm = frame_map(page)
    fm.evaluate("() => { window.movesDone = 0; window.map.on('moveend', () => window.movesDone++); }")
    fm.locator(".leaflet-control-zoom-in").click()
    fm.wait_for_function("() => window.movesDone >= 1")
    settle(page)
    page.get_by_role("button", name="Use this view").click()
    caption = page.get_by_text(re.compile(r"Frame: south [\d.]+, west"))
    caption.wait_for()
    settle(page)
    s, w, n, e = re.findall(r"[\d.]+", caption.inner_text())
    body = download(page, "Download HTML map", tmp_path).decode("utf-8")
    assert re.search(rf"fitBounds\(\s*\[\[{s}, {w}\], \[{n}, {e}\]\]", body)
    assert body.count('class="folium-map"') == 1
    page.get_by_role("button", name="Automatic frame").click()
    page.get_by_text("Frame: fitted to the incidents").wait_for()
    assert outside == []


def test_the_pdf_downloads_as_one_page(page, tmp_path):
    page.get_by_role("button", name="Render PDF").click()
    pdf = download(page, "Download PDF", tmp_path)
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
