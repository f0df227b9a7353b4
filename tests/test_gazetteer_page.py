"""The Gazetteer page run by Streamlit's own script runner, writing a real user gazetteer file."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from core import ROOT
from core.gazetteer import clear_cache, load_default
from core.offline import STATIC_URL


@pytest.fixture()
def page(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(tmp_path / "user.csv"))
    clear_cache()
    yield AppTest.from_file(str(ROOT / "pages" / "2_Gazetteer.py"), default_timeout=60).run()
    clear_cache()


def test_search_finds_a_town_by_its_arabic_name(page):
    page.text_input[0].input("دوما").run()
    assert not page.exception
    assert "Douma" in page.dataframe[0].value["name_en"].tolist()


def test_a_place_without_coordinates_is_refused_with_a_reason(page, tmp_path):
    page.text_input(key="name_ar").input("قرية تجريبية")
    page.text_input(key="name_en").input("Test Village")
    page.button[0].click().run()
    assert page.error and "Not added" in page.error[0].value
    assert not (tmp_path / "user.csv").exists() or "Test Village" not in (tmp_path / "user.csv").read_text()


def test_an_added_place_lands_in_the_user_gazetteer(page, tmp_path):
    page.text_input(key="name_ar").input("قرية تجريبية")
    page.text_input(key="name_en").input("Test Village")
    page.text_input(key="governorate").input("Rif Dimashq")
    page.number_input(key="lat").set_value(33.5)
    page.number_input(key="lon").set_value(36.4)
    page.button[0].click().run()
    assert not page.exception and page.success, [e.value for e in page.error]
    assert "Test Village" in (tmp_path / "user.csv").read_text(encoding="utf-8")
    assert any(e.name_en == "Test Village" for e in load_default().entries)


def map_args(at) -> dict:
    """The arguments the page handed streamlit-folium (the map's script, links, picked point)."""
    maps = [e for e in at.main if getattr(e, "type", None) == "component_instance"]
    assert len(maps) == 1
    return json.loads(maps[0].proto.json_args)


def test_search_results_are_on_the_offline_map_not_a_remote_basemap(page):
    page.text_input[0].input("Douma").run()
    assert not page.exception
    ids = page.dataframe[0].value["id"].tolist()
    args = map_args(page)
    assert ids and all(f'data-place=\\"{i}\\"' in args["script"] for i in ids)
    links = args["js_links"] + args["css_links"]
    assert links and all(u.startswith(STATIC_URL) for u in links), links
    assert "https://" not in args["script"].replace("https://leafletjs.com", "")
    assert not [e for e in page.main if getattr(e, "type", None) in ("map", "deck_gl_json_chart")]


def test_typed_coordinates_are_drawn_as_the_new_place_point(page):
    assert map_args(page)["feature_group"] is None
    page.number_input(key="lat").set_value(33.5)
    page.number_input(key="lon").set_value(36.4)
    page.button[0].click().run()
    assert page.error and "Not added" in page.error[0].value
    assert "picked-point" in map_args(page)["feature_group"]
    assert "33.5" in map_args(page)["feature_group"] and "36.4" in map_args(page)["feature_group"]


@pytest.mark.parametrize("fill, reason", [
    ({}, "the Arabic name is empty"),
    ({"name_ar": "قرية تجريبية"}, "the English name is empty"),
    ({"name_ar": "قرية تجريبية", "name_en": "Test Village"}, "no point yet: click the map"),
])
def test_an_incomplete_form_is_refused_in_its_own_words(page, tmp_path, fill, reason):
    """The file's checks speak of CSV columns ("missing column 'id'"); the form says what to fill."""
    for key, value in fill.items():
        page.text_input(key=key).input(value)
    page.button[0].click().run()
    assert not page.exception
    assert page.error and reason in page.error[0].value and "column" not in page.error[0].value
    assert not (tmp_path / "user.csv").exists()


def test_a_place_already_in_the_gazetteer_at_that_point_is_refused(page, tmp_path):
    page.text_input(key="name_ar").input("دوما")
    page.text_input(key="name_en").input("Douma")
    page.text_input(key="governorate").input("Rif Dimashq")
    page.number_input(key="lat").set_value(33.572)
    page.number_input(key="lon").set_value(36.403)
    page.button[0].click().run()
    assert page.error and "pl-rif-dimashq-douma" in page.error[0].value and "already in the gazetteer" in page.error[0].value
    assert not (tmp_path / "user.csv").exists()
