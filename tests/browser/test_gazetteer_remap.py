"""A place added to the gazetteer is mapped when the same report is mapped again (issue 16), in the
real app in headless Chromium. The app's base gazetteer (INCIDENT_MAP_GAZETTEER) is the bundled file
without Qasr Abu Samra, so the report names a place the gazetteer lacks whatever the bundled file
holds; the user adds it on the Gazetteer page with its OpenStreetMap point."""
import pytest

from core import ROOT
from core.extract import extract
from core.gazetteer import BASE_ENV, BUNDLED, load, read_rows, write_csv
from tests.browser.test_dashboard_state import box_text, open_dashboard
from tests.browser.test_incidents_page import main_table_row
from tests.browser.ui import map_frame, open_page, paste_and_map, settle

pytestmark = pytest.mark.browser
REPORT = ROOT / "tests" / "reports" / "en" / "hama_latamneh_apposition_hospital.txt"
QASR = {"Arabic name": "قصر أبو سمرة", "English name": "Qasr Abu Samra", "Governorate (e.g. Rif Dimashq)": "Hama",
        # OpenStreetMap node 572555824 (© OpenStreetMap contributors, ODbL), via the HOTOSM Syria
        # populated places export listed in data/SOURCES.md's sources
        "Latitude": "35.3539833", "Longitude": "36.9716878",
        "Where the coordinate comes from (map, survey, page)": "OpenStreetMap node/572555824"}


@pytest.fixture(scope="module")
def base_gazetteer(tmp_path_factory):
    """The bundled gazetteer without its Qasr Abu Samra rows, as a file of its own."""
    gone = {e.id for e in load(BUNDLED).lookup(QASR["English name"])}
    assert gone, "the bundled gazetteer no longer has Qasr Abu Samra: drop it from this test's base file otherwise"
    path = tmp_path_factory.mktemp("base") / "gazetteer.csv"
    write_csv(path, [e for _, e in read_rows(BUNDLED) if e.id not in gone])
    return path


@pytest.fixture(scope="module")
def server_env(base_gazetteer):
    return {BASE_ENV: str(base_gazetteer)}


def test_a_place_added_to_the_gazetteer_is_mapped_when_the_report_is_mapped_again(page, server, base_gazetteer):
    text = REPORT.read_text(encoding="utf-8")
    before = extract(text, gazetteer=load(base_gazetteer))
    assert [m.text for m in before.unresolved] == ["Qasr Abu Samra"]
    paste_and_map(page, text)
    map_frame(page, markers=len(before.incidents))
    page.locator(".unresolved-list", has_text="Qasr Abu Samra").wait_for()

    open_page(page, "Gazetteer")
    page.get_by_label("Arabic name").wait_for()
    settle(page)
    for label, value in QASR.items():
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Add to my gazetteer").click()
    page.get_by_text("Added Qasr Abu Samra").wait_for()

    open_dashboard(page)
    page.get_by_text("Map incidents").wait_for()
    assert box_text(page) == text
    page.get_by_text("Map incidents").click()
    after = extract(text, gazetteer=load(base_gazetteer, server.user_gazetteer))
    qasr = next(i for i in after.incidents if i.place and i.place.name_en == "Qasr Abu Samra")
    point = (float(QASR["Latitude"]), float(QASR["Longitude"]))
    assert (round(qasr.place.lat, 5), round(qasr.place.lon, 5)) == tuple(round(v, 5) for v in point)
    assert not after.unresolved
    frame = map_frame(page, markers=len(before.incidents) + 1)
    assert frame.locator(f'[data-incident="{qasr.id}"]').count() == 1
    page.locator("[data-testid=stDataFrame] td", has_text=qasr.id).first.wait_for(state="attached")
    assert "Qasr Abu Samra" in main_table_row(page, qasr.id)
    assert page.locator(".unresolved-list").count() == 0
