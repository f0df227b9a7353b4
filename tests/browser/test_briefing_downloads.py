"""The Briefing page in a real Streamlit server and headless Chromium: load incidents, download every export."""
import io
import json
import xml.etree.ElementTree as ET

import pytest

from core import exports, imports
from tests.test_exports import sample_incidents

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, server, tmp_path):
    """The page with the sample incidents loaded through its file uploader."""
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    p = ctx.new_page()
    p.set_default_timeout(60_000)
    p.goto(server.url + "/Briefing")
    p.get_by_text("Load incidents from a file").click()
    upload = tmp_path / "incidents.geojson"
    upload.write_bytes(exports.export(sample_incidents(), "geojson"))
    p.locator("input[type=file]").set_input_files(str(upload))
    p.get_by_text("3 incidents imported from incidents.geojson").wait_for()
    yield p
    ctx.close()


def download(page, label: str, tmp_path) -> bytes:
    with page.expect_download(timeout=90_000) as d:
        page.get_by_role("button", name=label).click()
    path = tmp_path / d.value.suggested_filename
    d.value.save_as(path)
    return path.read_bytes()


def test_each_data_export_downloads_with_every_incident(page, tmp_path):
    csv_bytes = download(page, "Download CSV", tmp_path)
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    assert imports.loads(csv_bytes, "dl.csv") == sample_incidents()
    geo = download(page, "Download GEOJSON", tmp_path)
    assert json.loads(geo)["type"] == "FeatureCollection"
    assert imports.loads(geo, "dl.geojson") == sample_incidents()
    kml = ET.fromstring(download(page, "Download KML", tmp_path))
    assert len(kml.findall(".//{http://www.opengis.net/kml/2.2}Placemark")) == 3


def test_the_html_map_downloads_with_the_title(page, tmp_path):
    page.get_by_label("Title", exact=True).fill("Ghouta briefing")
    page.get_by_label("Title", exact=True).press("Enter")
    preview = page.frame_locator("iframe").first.frame_locator('iframe[title="briefing preview"]')
    preview.locator(".briefing-title", has_text="Ghouta briefing").wait_for()
    body = download(page, "Download HTML map", tmp_path).decode("utf-8")
    assert "Ghouta briefing" in body and "L.map(" in body
    assert "https://cdn" not in body


def test_the_preview_is_drawn_without_streamlits_deprecated_html_component(page, server):
    """st.components.v1.html is deprecated (Streamlit logs a warning each time it is drawn): the
    preview is drawn by st.iframe."""
    preview = page.frame_locator("iframe").first.frame_locator('iframe[title="briefing preview"]')
    preview.locator(".briefing-title").wait_for()
    assert "components.v1.html" not in server.log.read_text(encoding="utf-8")


def test_the_png_renders_with_a_spinner_and_downloads(page, tmp_path):
    from PIL import Image
    page.get_by_role("button", name="Render PNG").click()
    png = download(page, "Download PNG", tmp_path)
    assert Image.open(io.BytesIO(png)).size == (1600, 900)


def test_choosing_types_narrows_the_data_exports(page, tmp_path):
    for t in ("airstrike", "artillery", "mortar"):
        page.get_by_role("button", name=f"Remove {t}").click()
        page.get_by_role("button", name=f"Remove {t}").wait_for(state="detached")
    page.get_by_text("The data files hold the 1 incident on this map").wait_for()
    assert [i.id for i in imports.loads(download(page, "Download CSV", tmp_path))] == ["i2"]


def test_a_broken_upload_shows_the_reason(browser, server, tmp_path):
    ctx = browser.new_context()
    p = ctx.new_page()
    p.set_default_timeout(60_000)
    p.goto(server.url + "/Briefing")
    p.get_by_text("Load incidents from a file").click()
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}')
    p.locator("input[type=file]").set_input_files(str(bad))
    p.get_by_text("broken.geojson: feature 1 has no Point geometry").wait_for()
    ctx.close()
