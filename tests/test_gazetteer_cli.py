"""`python -m core gazetteer ...` on the command line."""
from __future__ import annotations

import json

import pytest

from core.cli import main


@pytest.fixture(autouse=True)
def user_file(tmp_path, monkeypatch):
    path = tmp_path / "user.csv"
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(path))
    return path


def test_search_prints_matches_as_a_table_or_json(capsys):
    assert main(["gazetteer", "search", "الديرخبية"]) == 0
    assert "Deir Khabiye" in capsys.readouterr().out
    assert main(["gazetteer", "search", "Shifuniyah", "--format", "json", "--limit", "1"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["name_ar"] == "الشيفونية" and row["precision"] == "parent"


def test_check_validates_the_gazetteer_and_names_a_bad_line(tmp_path, capsys):
    assert main(["gazetteer", "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name_en,name_ar,level,lat,lon,precision\nx,X,س,town,abc,36,decimal\n", encoding="utf-8")
    assert main(["gazetteer", "check", str(bad)]) == 2
    assert "bad.csv:2: lat 'abc' is not a number" in capsys.readouterr().err


def test_add_appends_to_the_user_file_and_refuses_bad_input(user_file, capsys):
    args = ["gazetteer", "add", "--name-ar", "عين ترما", "--name-en", "Ein Tarma", "--level", "town",
            "--lat", "33.513", "--lon", "36.398", "--aliases-ar", "عين طرما", "--governorate", "Rif Dimashq"]
    assert main(args) == 0
    assert "user-ein-tarma" in user_file.read_text(encoding="utf-8")
    assert main(["gazetteer", "search", "عين طرما"]) == 0
    assert "user-ein-tarma" in capsys.readouterr().out
    assert main(args[:-4] + ["--lat", "33.5", "--lon", "136.4"]) == 2
    assert "outside Syria" in capsys.readouterr().err


def test_import_adds_only_new_places_to_the_user_file(tmp_path, user_file, capsys):
    src = tmp_path / "places.csv"
    src.write_text("Location,name_ar,Latitude,Longitude\nHazzeh,حزة,33.52,36.37\nDouma,دوما,33.5718,36.4027\n",
                   encoding="utf-8")
    assert main(["gazetteer", "import", str(src), "--format", "ocha"]) == 0
    assert "imported 1 places" in capsys.readouterr().out
    assert main(["gazetteer", "import", str(src), "--format", "ocha"]) == 0
    assert "imported 0 places" in capsys.readouterr().out
    assert user_file.read_text(encoding="utf-8").count("حزة") == 1
