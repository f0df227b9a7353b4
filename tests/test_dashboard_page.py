"""The main page (app.py) run by Streamlit's own script runner on a real extraction."""
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


def dashboard(text: str = SEED):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["extraction"] = extract(text)
    at.session_state["report_text"] = text
    return at.run()


def test_table_counts_are_figures_with_their_uncertainty_apart_from_the_arabic_phrase():
    """A grid cell is one bidi paragraph: 'عشرات الجرحى (≈24+)' showed as '(+24≈) عشرات الجرحى'.
    The figure has its own column, the phrase another."""
    x = extract(SEED)
    at = dashboard()
    assert not at.exception
    frame = at.dataframe[0].value
    vague = next(i for i in x.incidents if i.wounded and i.wounded.vague and i.wounded.text)
    row = frame[frame["id"] == vague.id].iloc[0]
    assert row["wounded (read)"] == vague.wounded.label() and row["wounded"] == vague.wounded.low
    assert row["wounded (as written)"] == vague.wounded.text.strip()
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in v) for v in frame["killed (read)"])
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in v) for v in frame["wounded (read)"])


def test_killed_and_wounded_are_numbers_so_they_sort_as_numbers():
    """'9' sorted after '16' and '≈24+' after '3' when the columns were text."""
    at = dashboard()
    frame = at.dataframe[0].value
    assert str(frame["killed"].dtype).startswith(("float", "int", "Int"))
    ranked = frame.sort_values("killed", ascending=False)["killed"].dropna().tolist()
    lows = sorted((i.killed.low if i.killed.low is not None else i.killed.best)
                  for i in extract(SEED).incidents if i.killed)
    assert ranked == lows[::-1] and ranked[0] > 9 > ranked[-1], ranked


def test_markup_in_a_count_phrase_is_shown_as_written_in_the_table():
    """The grid shows text, not HTML: the phrase is not escaped twice ('&amp;lt;')."""
    text = "Regime helicopters dropped barrel bombs on Daraya, killing more than 15 <b>civilians</b>."
    at = dashboard(text)
    assert not at.exception
    written = list(at.dataframe[0].value["killed (as written)"])
    assert written and "&lt;" not in written[0] and "&amp;" not in written[0]


def evidence_html(at) -> str:
    return next(m.value for m in at.markdown if 'class="evidence-text"' in m.value)


def test_evidence_view_underlines_the_places_it_could_not_map():
    text = (ROOT / "tests" / "reports" / "en" / "sana_damascus_fired_from.txt").read_text(encoding="utf-8")
    at = dashboard(text)
    assert not at.exception
    shown = evidence_html(at)
    assert '<mark class="mark-unresolved"' in shown and ">Ein Tarma</mark>" in shown
    assert any("mark-unresolved" in m.value and "not mapped" in m.value for m in at.markdown if m.value != shown)
    listed = next(m.value for m in at.markdown if 'class="unresolved-list"' in m.value)
    assert '<bdi class="unresolved-name">Ein Tarma</bdi>' in listed


def test_a_long_report_shows_the_passages_read_not_the_whole_text():
    """The evidence view of a 200,000-character report (twice dashboard.EVIDENCE_FULL) is the passages
    around what was read (the whole text highlighted made the browser render megabytes of HTML on every
    filter change); the passages shown are as many at 600,000 characters."""
    text = (SEED + "\n") * (200_000 // len(SEED))
    at = dashboard(text)
    assert not at.exception
    shown = evidence_html(at)
    assert len(shown) < 60_000, len(shown)
    assert "characters …]" in shown and '<mark class="mark-place"' in shown
    assert any("shown are the passages" in c.value for c in at.caption)


def test_counts_per_attack_type_with_the_map_colours_and_readable_actor_names():
    x = extract(SEED)
    at = dashboard()
    assert not at.exception
    counts = next(m.value for m in at.markdown if 'class="type-counts"' in m.value)
    n = sum("barrel_bomb" in i.types for i in x.incidents)
    assert f"Barrel bomb {n}</span>" in counts and "Sniper" not in counts
    assert "Government forces" in at.sidebar.multiselect[1].options
    assert "Government forces" in " ".join(at.dataframe[0].value["actors"])


def test_the_table_shows_attack_types_in_the_map_colours():
    import json

    from core.model import TYPES
    from core.style import type_color
    at = dashboard()
    assert not at.exception
    config = json.loads(at.dataframe[0].proto.columns)["types"]["type_config"]
    assert [o.get("color") for o in config["options"]] == [type_color(t) for t in TYPES]
    assert [tuple(v) for v in at.dataframe[0].value["types"]] == [i.types for i in extract(SEED).incidents]


def test_narrowing_the_types_keeps_incidents_of_no_stated_type():
    """An incident whose report names no attack type is 'Other / unknown': it stays when the user
    only drops barrel bombs, and can be chosen on its own."""
    from dataclasses import replace

    from core.model import TYPES
    x = extract(SEED)
    untyped = replace(x.incidents[3], types=())
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["extraction"] = replace(x, incidents=(*x.incidents[:3], untyped, *x.incidents[4:]))
    at.session_state["report_text"] = SEED
    at.run()
    at.sidebar.multiselect[0].set_value([t for t in (*TYPES, "unknown") if t != "barrel_bomb"]).run()
    assert not at.exception
    assert untyped.id in list(at.dataframe[0].value["id"])
    at.sidebar.multiselect[0].set_value(["unknown"]).run()
    assert list(at.dataframe[0].value["id"]) == [untyped.id]
