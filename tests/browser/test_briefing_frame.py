"""The Briefing page's own frame: pan and zoom its map, "Use this view", and the HTML download shows
exactly that frame; the PDF downloads as one page."""
import re

import pytest

from core import exports
from tests.test_exports import sample_incidents

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, server, tmp_path):
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1400})
    p = ctx.new_page()
    p.set_default_timeout(60_000)
    p.outside = []
    p.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:"))
         else p.outside.append(r.url))
    p.goto(server.url + "/Briefing")
    p.get_by_text("Load incidents from a file").click()
    upload = tmp_path / "incidents.geojson"
    upload.write_bytes(exports.export(sample_incidents(), "geojson"))
    p.locator("input[type=file]").set_input_files(str(upload))
    p.get_by_text("3 incidents imported from incidents.geojson").wait_for()
    yield p
    ctx.close()


def download(page, label: str, tmp_path) -> bytes:
    with page.expect_download(timeout=120_000) as d:
        page.get_by_role("button", name=label).click()
    path = tmp_path / d.value.suggested_filename
    d.value.save_as(path)
    return path.read_bytes()


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
    page.get_by_text("Set the frame: pan and zoom, then use this view").click()
    fm = frame_map(page)
    fm.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Use this view").click()
    caption = page.get_by_text(re.compile(r"Frame: south [\d.]+, west"))
    caption.wait_for()
    s, w, n, e = re.findall(r"[\d.]+", caption.inner_text())
    body = download(page, "Download HTML map", tmp_path).decode("utf-8")
    assert re.search(rf"fitBounds\(\s*\[\[{s}, {w}\], \[{n}, {e}\]\]", body)
    assert body.count('class="folium-map"') == 1
    page.get_by_role("button", name="Automatic frame").click()
    page.get_by_text("Frame: fitted to the incidents").wait_for()
    assert page.outside == []


def test_the_pdf_downloads_as_one_page(page, tmp_path):
    page.get_by_role("button", name="Render PDF").click()
    pdf = download(page, "Download PDF", tmp_path)
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
