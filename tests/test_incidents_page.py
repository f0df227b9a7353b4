"""The Incidents page run by Streamlit's own script runner on a real extraction."""
import pytest
from streamlit.testing.v1 import AppTest

from core import DATA, ROOT
from core.extract import extract

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def own_database(tmp_path, monkeypatch):
    """Each test saves into its own SQLite file and user gazetteer, never the user's."""
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "t.sqlite"))
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(tmp_path / "user_gazetteer.csv"))


def page():
    at = AppTest.from_file(str(ROOT / "pages" / "1_Incidents.py"), default_timeout=60)
    at.session_state["extraction"] = extract(SEED)
    return at.run()


def test_without_an_extraction_the_page_says_what_to_do():
    at = AppTest.from_file(str(ROOT / "pages" / "1_Incidents.py"), default_timeout=60).run()
    assert not at.exception
    assert "Map a report first" in at.info[0].value


def test_using_the_table_makes_the_edited_incidents_drive_map_and_exports():
    at = page()
    assert not at.exception
    at.button[0].click().run()
    edited = at.session_state["edited_incidents"]
    assert [i.place.id for i in edited] == [i.place.id for i in extract(SEED).incidents]
    at.button[1].click().run()
    assert "edited_incidents" not in at.session_state


def test_vague_counts_keep_their_uncertainty_next_to_the_figure():
    """'hundreds' is 300 in the editable figure; the reading (≈200+) stands beside it."""
    x = extract(SEED)
    vague = next(i for i in x.incidents if i.killed and i.killed.vague)
    at = page()
    assert not at.exception
    frame = at.dataframe[0].value
    row = frame[frame["id"] == vague.id].iloc[0]
    assert row["killed (read)"] == vague.killed.label() and row["killed"] == vague.killed.best


def test_types_and_actors_are_chosen_from_their_lists_in_the_map_colours():
    """Types and actors are multiselect cells over the closed vocabularies (typed text let any
    word in), and the types carry the map's palette."""
    import json

    from core.model import ACTORS, TYPES
    from core.style import type_color
    at = page()
    assert not at.exception
    frame = at.dataframe[0].value
    x = extract(SEED)
    assert [tuple(v) for v in frame["types"]] == [i.types for i in x.incidents]
    config = json.loads(at.dataframe[0].proto.columns)
    types, actors = config["types"]["type_config"], config["actors"]["type_config"]
    assert types["type"] == "multiselect" and [o["value"] for o in types["options"]] == list(TYPES)
    assert [o.get("color") for o in types["options"]] == [type_color(t) for t in TYPES]
    assert actors["type"] == "multiselect" and [o["value"] for o in actors["options"]] == list(ACTORS)
    at.button[0].click().run()
    assert [i.actors for i in at.session_state["edited_incidents"]] == [i.actors for i in x.incidents]
