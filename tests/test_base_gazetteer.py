"""INCIDENT_MAP_GAZETTEER names the base gazetteer in place of the bundled file: the command line
and the app read it (with the user's places on top), the extraction cache's key follows it, and a
damaged or missing file is one line naming the file (and line), never a traceback."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from core import ROOT
from core.aliases import version
from core.gazetteer import BASE_ENV, BUNDLED, COLUMNS, clear_cache, load, load_default, read_rows, write_csv
from tests.clirun import in_process
from tests.clirun import real_process as run
from tests.test_cli_bad_input import one_line_error

REPORT = ROOT / "tests" / "reports" / "en" / "hama_latamneh_apposition_hospital.txt"
QASR = "Qasr Abu Samra"


@pytest.fixture
def lacking_qasr(tmp_path) -> dict:
    """The bundled gazetteer without Qasr Abu Samra as the base file, and an empty user folder."""
    gone = {e.id for e in load(BUNDLED).lookup(QASR)}
    assert gone
    base = tmp_path / "base.csv"
    write_csv(base, [e for _, e in read_rows(BUNDLED) if e.id not in gone])
    return {BASE_ENV: str(base), "INCIDENT_MAP_USER_GAZETTEER": str(tmp_path / "user.csv")}


def user_file_with_qasr(path) -> None:
    """Qasr Abu Samra at its OpenStreetMap point (node 572555824, © OpenStreetMap contributors, ODbL)."""
    row = {"id": "user-qasr-abu-samra", "name_en": QASR, "name_ar": "قصر أبو سمرة", "level": "village",
           "governorate": "Hama", "lat": "35.3539833", "lon": "36.9716878", "precision": "decimal",
           "source": "OpenStreetMap node/572555824"}
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(row.get(c, "") for c in COLUMNS) + "\n", encoding="utf-8")


def places_and_unmapped(env: dict, how=run) -> tuple[list[str], list[str]]:
    r = how("extract", REPORT, env=env)
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    return [i["place"]["name_en"] for i in doc["incidents"] if i["place"]], [m["text"] for m in doc["unresolved"]]


def test_the_command_line_reads_the_base_gazetteer_the_setting_names_and_the_users_places_on_it(lacking_qasr, tmp_path):
    # the bundled base (the path every real `extract` process of test_cli.py takes): in this process
    assert QASR in places_and_unmapped({"INCIDENT_MAP_USER_GAZETTEER": str(tmp_path / "user.csv")}, in_process)[0]
    places, unmapped = places_and_unmapped(lacking_qasr)
    assert QASR not in places and unmapped == [QASR]
    user_file_with_qasr(tmp_path / "user.csv")
    places, unmapped = places_and_unmapped(lacking_qasr, in_process)   # the setting's real process ran above
    assert QASR in places and unmapped == []


def test_gazetteer_search_on_the_command_line_reads_the_setting_too(lacking_qasr):
    user = {"INCIDENT_MAP_USER_GAZETTEER": lacking_qasr["INCIDENT_MAP_USER_GAZETTEER"]}
    assert QASR in in_process("gazetteer", "search", QASR, env=user).stdout.decode()   # the bundled base
    r = run("gazetteer", "search", QASR, env=lacking_qasr)
    assert QASR not in r.stdout.decode(), r.stdout.decode()


def damage(path, line: int) -> None:
    """Write the bundled gazetteer to `path` with the longitude on `line` (a data row) spoilt."""
    lines = BUNDLED.read_text(encoding="utf-8").splitlines(keepends=True)
    head = lines[0].rstrip("\n").split(",")
    cells = lines[line - 1].split(",")
    assert len(cells) == len(head), "pick a line without quoted commas"
    cells[head.index("lon")] = "east"
    lines[line - 1] = ",".join(cells)
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("user_file", [False, True])
@pytest.mark.parametrize("command, how", [(["extract", REPORT], run),   # the real process; the others here
                                          (["export", REPORT, "--format", "csv", "-o", "-"], in_process),
                                          (["gazetteer", "search", "Douma"], in_process)])
def test_a_damaged_base_gazetteer_is_one_line_naming_file_and_line(command, how, user_file, tmp_path):
    base = tmp_path / "base.csv"
    damage(base, 5)
    if user_file:   # the base file then goes through the index kept beside the user's file
        user_file_with_qasr(tmp_path / "user.csv")
    r = how(*command, env={BASE_ENV: str(base), "INCIDENT_MAP_USER_GAZETTEER": str(tmp_path / "user.csv")})
    one_line_error(r, "base.csv:5: lon 'east' is not a number")


@pytest.mark.parametrize("user_file, how", [(False, run), (True, in_process)])
def test_a_missing_base_gazetteer_is_one_line_naming_the_file_and_the_setting(user_file, how, tmp_path):
    if user_file:
        user_file_with_qasr(tmp_path / "user.csv")
    r = how("extract", REPORT, env={BASE_ENV: str(tmp_path / "nowhere.csv"),
                                     "INCIDENT_MAP_USER_GAZETTEER": str(tmp_path / "user.csv")})
    one_line_error(r, "nowhere.csv: cannot read", BASE_ENV)


def test_the_extraction_cache_key_changes_when_the_setting_names_another_file(lacking_qasr, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", lacking_qasr["INCIDENT_MAP_USER_GAZETTEER"])
    monkeypatch.delenv(BASE_ENV, raising=False)
    bundled = version()
    monkeypatch.setenv(BASE_ENV, lacking_qasr[BASE_ENV])
    assert version() != bundled
    clear_cache()
    try:
        assert load_default().lookup(QASR) == [] and len(load_default()) == len(load(BUNDLED)) - 1
    finally:
        clear_cache()


@pytest.fixture
def damaged_app(tmp_path, monkeypatch):
    base = tmp_path / "base.csv"
    damage(base, 5)
    monkeypatch.setenv(BASE_ENV, str(base))
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(tmp_path / "user.csv"))
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "t.sqlite"))
    clear_cache()
    yield
    clear_cache()


def test_mapping_on_a_damaged_base_gazetteer_says_which_line_and_keeps_the_text(damaged_app):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.text_area[0].input(REPORT.read_text(encoding="utf-8")).run()
    next(b for b in at.button if b.label == "Map incidents").click().run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert len(said) == 1 and "base.csv:5: lon 'east' is not a number" in said[0] and "\n" not in said[0]
    assert "still in the box" in said[0]


@pytest.mark.parametrize("page", ["2_Gazetteer.py", "1_Incidents.py"])
def test_a_page_reading_a_damaged_base_gazetteer_says_which_line_and_stops(damaged_app, page):
    from core.extract import extract
    text = "قصف الطيران الحربي مدينة دوما ما أدى لسقوط 3 شهداء."
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=60)
    at.session_state["extraction"] = extract(text, gazetteer=load(BUNDLED))
    at.session_state["report_text"] = text
    at.run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert len(said) == 1 and "base.csv:5: lon 'east' is not a number" in said[0] and "\n" not in said[0]
    assert not at.text_input and not at.button   # the page stopped there
