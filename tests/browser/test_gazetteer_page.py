"""The Gazetteer page in the real app: search on the offline map, add a place by clicking the map,
refuse a bad row with its reason, import a GeoNames file; all into the real user gazetteer file."""
import pytest
from playwright.sync_api import Error as PlaywrightError

from core.gazetteer import load_default
from tests.browser.ui import open_page, settle

pytestmark = pytest.mark.browser


def places_frame(page, ids: set[str]):
    """The map's iframe once it shows exactly the places `ids`."""
    for _ in range(120):
        for f in page.frames:
            try:
                shown = {e.get_attribute("data-place") for e in f.locator(".gazetteer-place").all()}
            except PlaywrightError:
                continue
            if f.locator(".leaflet-container").count() and shown == ids:
                return f
        page.wait_for_timeout(500)
    raise AssertionError(f"no map showing {sorted(ids)}")


def search(page, text: str) -> None:
    box = page.get_by_label("Search (Arabic or English)")
    box.fill(text)
    box.press("Enter")
    settle(page)


def geonames_line(gid, name, alt, lat, lon, fclass="P", code="PPL"):
    cols = [str(gid), name, name, alt, str(lat), str(lon), fclass, code, "SY", "", "08", "", "", "",
            "1200", "", "700", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


@pytest.fixture()
def gazetteer(page):
    open_page(page, "Gazetteer")
    page.get_by_label("Search (Arabic or English)").wait_for()
    settle(page)
    return page


@pytest.mark.parametrize("query", ["دوما", "Douma"])
def test_a_search_shows_its_places_on_the_offline_map(gazetteer, server, query):
    expected = {e.id for e in load_default(server.user_gazetteer).search(query, limit=50)}
    assert "pl-rif-dimashq-douma" in expected
    search(gazetteer, query)
    frame = places_frame(gazetteer, expected)
    assert frame.locator(".place-map-note").inner_text().startswith("Map tiles are off")
    assert gazetteer.outside == []


def test_clicking_the_map_fills_the_point_of_a_place_that_lands_in_the_user_file(gazetteer, server):
    search(gazetteer, "Douma")
    frame = places_frame(gazetteer, {e.id for e in load_default(server.user_gazetteer).search("Douma", limit=50)})
    frame.evaluate("window.map.on('click', e => { window.clickedAt = [e.latlng.lat, e.latlng.lng]; })")
    box = frame.locator(".leaflet-container").bounding_box()
    frame.locator(".leaflet-container").click(position={"x": box["width"] * 0.4, "y": box["height"] * 0.3})
    lat, lon = gazetteer.get_by_label("Latitude"), gazetteer.get_by_label("Longitude")
    gazetteer.wait_for_function("el => el.value !== ''", arg=lat.element_handle())
    frame.locator(".picked-point").wait_for()
    expected = frame.evaluate("window.clickedAt")
    assert float(lat.input_value()) == pytest.approx(expected[0], abs=1e-6)
    assert float(lon.input_value()) == pytest.approx(expected[1], abs=1e-6)

    gazetteer.get_by_label("Arabic name").fill("قرية النقرة التجريبية")
    gazetteer.get_by_label("English name").fill("Naqra Test Village")
    gazetteer.get_by_label("Governorate (e.g. Rif Dimashq)").fill("Rif Dimashq")
    gazetteer.get_by_role("button", name="Add to my gazetteer").click()
    gazetteer.get_by_text("Added Naqra Test Village").wait_for()
    saved = [e for e in load_default(server.user_gazetteer).entries if e.name_en == "Naqra Test Village"]
    assert len(saved) == 1 and saved[0].name_ar == "قرية النقرة التجريبية"
    assert (saved[0].lat, saved[0].lon) == pytest.approx(tuple(expected), abs=1e-6)


def test_a_point_outside_syria_is_refused_with_its_reason(gazetteer, server):
    gazetteer.get_by_label("Arabic name").fill("باريس التجريبية")
    gazetteer.get_by_label("English name").fill("Paris Test")
    gazetteer.get_by_label("Latitude").fill("48.85")
    gazetteer.get_by_label("Longitude").fill("2.35")
    gazetteer.get_by_role("button", name="Add to my gazetteer").click()
    gazetteer.get_by_text("Not added").wait_for()
    assert "outside Syria" in gazetteer.locator("[data-testid=stAlert]", has_text="Not added").inner_text()
    assert not server.user_gazetteer.exists() or "Paris Test" not in server.user_gazetteer.read_text(encoding="utf-8")


def test_a_geonames_file_is_imported_into_the_user_gazetteer_and_found(gazetteer, server, tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([
        geonames_line(9100001, "Ayn Tajriba", "Ein Tajriba,عين تجريبة", 33.61, 36.52),
        geonames_line(9100002, "Jabal Tajriba", "جبل تجريبة", 33.7, 36.6, fclass="T", code="MT"),
    ]) + "\n", encoding="utf-8")
    gazetteer.locator("input[type=file]").set_input_files(str(dump))
    gazetteer.get_by_role("button", name="Import into my gazetteer").click()
    gazetteer.get_by_text("Imported 1 places").wait_for()
    assert "geonames-9100001" in server.user_gazetteer.read_text(encoding="utf-8")
    assert "Jabal Tajriba" not in server.user_gazetteer.read_text(encoding="utf-8")
    search(gazetteer, "عين تجريبة")
    places_frame(gazetteer, {"geonames-9100001"})
