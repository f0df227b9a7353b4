"""Careless and hostile input on the command line: a one-line error and exit status 2, never a
traceback; the same text read the same whatever its line endings; NUL refused wherever it is.
Each behaviour is pinned on the real process (`real_process`) at least once; its other cases call
the same command line in this process (`in_process`)."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from core import DATA, ROOT
from core.gazetteer import COLUMNS
from tests.clirun import in_process, real_process

SEED = DATA / "examples" / "aleppo_ghouta_report_ar.txt"
SENTENCE = "قصف الطيران الحربي مدينة دوما ما أدى لسقوط 3 شهداء.\n"


def one_line_error(r, *words: str) -> str:
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "Traceback" not in err and err.startswith("error: ") and err.count("\n") == 1, err
    assert all(w in err for w in words), err
    return err


@pytest.fixture
def damaged_user_file(tmp_path):
    path = tmp_path / "user.csv"
    values = {"id": "u-1", "name_en": "Tall Alef", "name_ar": "تل ألف", "level": "town", "lat": "north",
              "lon": "36.4", "precision": "decimal"}
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(values.get(c, "") for c in COLUMNS) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ issue 13, item 5

@pytest.mark.parametrize("command, run", [
    (["extract", SEED], real_process),
    (["export", SEED, "--format", "csv", "-o", "-"], in_process),
    (["map", SEED, "--html", "{tmp}/map.html"], in_process),
    (["saved", "--db", "{tmp}/saved.sqlite", "save", SEED], in_process),
])
def test_a_damaged_user_gazetteer_is_one_line_naming_file_and_line(command, run, damaged_user_file, tmp_path):
    args = [str(a).replace("{tmp}", str(tmp_path)) for a in command]
    r = run(*args, env={"INCIDENT_MAP_USER_GAZETTEER": str(damaged_user_file)})
    one_line_error(r, "user.csv:2: lat 'north' is not a number")


def test_map_html_without_the_vendored_assets_is_one_line(tmp_path):
    copy = tmp_path / "install"
    shutil.copytree(ROOT / "core", copy / "core", ignore=shutil.ignore_patterns("vendor"))   # with its bytecode: no recompiling
    (copy / "data").symlink_to(DATA)
    r = real_process("map", SEED, "--html", tmp_path / "map.html", cwd=copy, env={"PYTHONPATH": str(copy)})
    one_line_error(r, "leaflet", "is missing")
    assert not (tmp_path / "map.html").exists()


@pytest.fixture(scope="module")
def sentence_json() -> str:
    """The extraction JSON `extract -` prints for SENTENCE."""
    return real_process("extract", "-", stdin=SENTENCE.encode()).stdout.decode()


@pytest.mark.parametrize("fmt, run", [("csv", real_process), ("geojson", in_process), ("kml", in_process)])
def test_an_extraction_json_with_a_lone_surrogate_is_refused_naming_the_field(tmp_path, fmt, run, sentence_json):
    doc = json.loads(sentence_json)
    doc["incidents"][0]["place_text"] = "دوما\ud800"
    src = tmp_path / "x.json"
    src.write_text(json.dumps(doc), encoding="ascii")          # json.dumps writes it as the escape \ud800
    r = run("export", src, "--format", fmt, "-o", tmp_path / f"out.{fmt}")
    one_line_error(r, "incidents[0].place_text", "lone surrogate \\ud800")
    assert not (tmp_path / f"out.{fmt}").exists()


def test_an_astral_character_written_as_a_surrogate_pair_is_read(tmp_path, sentence_json):
    doc = json.loads(sentence_json)
    doc["incidents"][0]["place_text"] = "دوما 🇸🇾"
    src = tmp_path / "x.json"
    src.write_text(json.dumps(doc), encoding="ascii")
    r = real_process("export", src, "--format", "geojson", "-o", "-")
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["features"][0]["properties"]["place_text"] == "دوما 🇸🇾"


# ------------------------------------------------------------------ item 7

def test_saved_save_refuses_a_date_that_is_not_a_date_and_stores_nothing(tmp_path):
    db = tmp_path / "saved.sqlite"
    r = real_process("saved", "--db", db, "save", SEED, "--date", "notadate")
    one_line_error(r, "'notadate' is not a date in the form YYYY-MM-DD")
    if db.exists():
        assert sqlite3.connect(db).execute("SELECT count(*) FROM reports").fetchone() == (0,)


def test_saved_save_keeps_a_real_date(tmp_path):
    db = tmp_path / "saved.sqlite"
    assert in_process("saved", "--db", db, "save", SEED, "--date", "2016-10-25").returncode == 0
    assert sqlite3.connect(db).execute("SELECT date FROM reports").fetchone() == ("2016-10-25",)


@pytest.mark.parametrize("report", ["ar/aleppo_bulletin_place_first.txt", "ar/aleppo_sukkari_massacre.txt",
                                    "ar/aleppo_north_rural_shared.txt"])
def test_a_report_with_cr_line_ends_reads_as_with_lf_or_crlf(report, tmp_path):
    text = (ROOT / "tests" / "reports" / report).read_text(encoding="utf-8").replace("\r\n", "\n")
    outs = []
    for end in ("\n", "\r\n", "\r"):
        path = tmp_path / f"report{len(outs)}.txt"
        path.write_bytes(text.replace("\n", end).encode("utf-8"))
        r = in_process("extract", path)
        assert r.returncode == 0, r.stderr.decode()
        doc = json.loads(r.stdout)
        outs.append([(i["place"]["id"], i["types"], i["killed"], i["wounded"], i["evidence"]["start"],
                      i["evidence"]["end"]) for i in doc["incidents"]])
    lf, crlf, cr = outs
    assert lf and cr == lf                                      # the same length: the same offsets too
    assert [i[:4] for i in crlf] == [i[:4] for i in lf]


def test_cr_line_ends_keep_offsets_into_the_text_as_given(tmp_path):
    text = (ROOT / "tests" / "reports" / "ar" / "aleppo_sukkari_massacre.txt").read_text(encoding="utf-8")
    given = text.replace("\r\n", "\n").replace("\n", "\r")
    path = tmp_path / "report.txt"
    path.write_bytes(given.encode("utf-8"))
    doc = json.loads(real_process("extract", path).stdout)
    assert doc["report"]["chars"] == len(given)
    for i in doc["incidents"]:
        ev = i["evidence"]
        assert given[ev["start"]:ev["end"]].replace("\r", "\n") == ev["text"]


@pytest.mark.parametrize("at, run", [(0, real_process), (500, in_process), (150_000, in_process),
                                     (250_000, in_process), (1_000_000, real_process)])
def test_a_nul_anywhere_is_refused_the_same_way(at, run):
    body = (SENTENCE * (at // len(SENTENCE) + 2))
    data = (body[:at] + "\x00" + body[at:]).encode("utf-8")
    r = run("extract", "-", stdin=data)
    one_line_error(r, "standard input is binary data, not a text report", f"offset {at:,}")
