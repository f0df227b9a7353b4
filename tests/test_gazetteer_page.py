"""The Gazetteer page run by Streamlit's own script runner, writing a real user gazetteer file."""
import pytest
from streamlit.testing.v1 import AppTest

from core import ROOT
from core.gazetteer import clear_cache, load_default


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
