"""The user gazetteer file under careless hands: repeated ids in an import, a file left without its
final newline, writes that replace the file whole, and a bound on its size."""
from __future__ import annotations

import os

import pytest

from core.cli import main
from core.gazetteer import (COLUMNS, MAX_USER_PLACES, GazetteerError, add_user_entry, check_size, load_default,
                            read_rows)
from core.gazetteer_import import append_to_user, import_geonames, import_ocha, repeats_said
from tests.test_gazetteer_import import _geonames_line

HEADER = ",".join(COLUMNS)


@pytest.fixture
def user_file(tmp_path, monkeypatch):
    path = tmp_path / "home" / "user.csv"
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(path))
    return path


def row(rid: str, name_en: str = "Ein Tarma", name_ar: str = "عين ترما", lat: float = 33.51, lon: float = 36.37) -> str:
    values = {"id": rid, "name_en": name_en, "name_ar": name_ar, "level": "town", "lat": str(lat),
              "lon": str(lon), "precision": "decimal", "source": "user"}
    return ",".join(values.get(c, "") for c in COLUMNS)


def place(name_en: str, name_ar: str) -> dict:
    return {"name_en": name_en, "name_ar": name_ar, "level": "village", "lat": 33.52, "lon": 36.38}


# ------------------------------------------------------------------ ids unique on import (issue 13, item 3)

def test_a_geonames_id_listed_twice_is_merged_into_its_first_row_and_the_file_still_loads(user_file, tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([
        _geonames_line(9100001, "Kafr Batna East", "كفربطنا الشرقية", 33.514, 36.376),
        _geonames_line(9100002, "Hazza North", "حزة الشمالية", 33.47, 36.41),
        _geonames_line(9100001, "Kafr Batna East", "كفربطنا الشرقية", 33.515, 36.377),
    ]) + "\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(dump), "--format", "geonames"]) == 0
    ids = [e.id for _, e in read_rows(user_file)]
    assert ids == ["geonames-9100001", "geonames-9100002"]
    assert load_default().get("geonames-9100001").lat == 33.514


def test_the_import_says_which_rows_were_merged(tmp_path, capsys, user_file):
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([_geonames_line(9100001, "A", "قرية ألف", 33.5, 36.3),
                               _geonames_line(9100001, "A", "قرية ألف", 33.5, 36.3)]) + "\n", encoding="utf-8")
    result = import_geonames(dump)
    assert result.repeated == (("geonames-9100001", 2, 1),)
    assert repeats_said(result) == ("merged 1 rows repeating an id seen earlier in the file into its first row: "
                                    "geonames-9100001 (line 2, first on line 1)")
    main(["gazetteer", "import", str(dump), "--format", "geonames"])
    assert "geonames-9100001 (line 2, first on line 1)" in capsys.readouterr().out


def test_an_ocha_pcode_listed_twice_is_merged(tmp_path, user_file):
    csv_file = tmp_path / "ocha.csv"
    csv_file.write_text("admin4Name_ar,admin4Name_en,Latitude,Longitude,admin4Pcode\n"
                        "قرية ألف,Alef,33.51,36.37,C1001\nقرية باء,Baa,33.6,36.5,C1002\nقرية ألف,Alef,33.51,36.37,C1001\n",
                        encoding="utf-8")
    result = import_ocha(csv_file)
    assert [e.id for e in result.entries] == ["ocha-C1001", "ocha-C1002"]
    assert [r[0] for r in result.repeated] == ["ocha-C1001"]
    append_to_user(result)
    assert len(load_default().entries) == len(load_default(user_file.parent / "none.csv").entries) + 2


# ------------------------------------------------------------------ a file without its final newline (item 4)

def test_adding_to_a_file_without_its_final_newline_keeps_both_rows(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(f"{HEADER}\n{row('u-old')}", encoding="utf-8")
    add_user_entry(place("Tall Alef", "تل ألف"))
    assert [e.id for _, e in read_rows(user_file)] == ["u-old", "user-tall-alef"]


def test_adding_to_a_header_without_its_newline_does_not_lose_the_place(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(HEADER, encoding="utf-8")
    add_user_entry(place("Tall Alef", "تل ألف"))
    assert [e.id for _, e in read_rows(user_file)] == ["user-tall-alef"]


def test_importing_into_a_file_without_its_final_newline_keeps_every_row(user_file, tmp_path):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(f"{HEADER}\r\n{row('u-old')}", encoding="utf-8")
    dump = tmp_path / "SY.txt"
    dump.write_text(_geonames_line(9100003, "Tall Baa", "تل باء", 33.7, 36.6) + "\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(dump), "--format", "geonames"]) == 0
    assert [e.id for _, e in read_rows(user_file)] == ["u-old", "geonames-9100003"]


# ------------------------------------------------------------------ written atomically

def test_adding_a_place_replaces_the_file_whole_and_leaves_no_temporary_file(user_file):
    add_user_entry(place("Tall Alef", "تل ألف"))
    before = os.stat(user_file).st_ino
    add_user_entry(place("Tall Baa", "تل باء"))
    assert os.stat(user_file).st_ino != before          # a new file renamed over the old, not appended to
    assert sorted(p.name for p in user_file.parent.iterdir()) == ["user.csv", "user.csv.base.index", "user.csv.index",
                                                                  "user.csv.lock"]
    assert [e.id for _, e in read_rows(user_file)] == ["user-tall-alef", "user-tall-baa"]


def test_a_refused_import_leaves_the_file_byte_for_byte(user_file, tmp_path):
    user_file.parent.mkdir(parents=True)
    before = f"{HEADER}\n{row('u-old')}"
    user_file.write_text(before, encoding="utf-8")
    dump = tmp_path / "SY.txt"
    dump.write_text(_geonames_line(1, "A", "قرية ألف", 33.5, 36.3) + "\n1\tshort\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(dump), "--format", "geonames"]) == 2
    assert user_file.read_text(encoding="utf-8") == before


# ------------------------------------------------------------------ a bound on the file's size (item 6)

def many_rows(n: int) -> str:
    return HEADER + "\n" + "\n".join(row(f"u-{k}", f"Place {k}", f"قرية {k}") for k in range(n)) + "\n"


def test_an_import_that_would_pass_the_bound_is_refused_and_writes_nothing(user_file, tmp_path):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(many_rows(MAX_USER_PLACES - 1), encoding="utf-8")
    size = user_file.stat().st_size
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([_geonames_line(9100004, "Tall Alef", "تل ألف", 33.7, 36.6),
                               _geonames_line(9100005, "Tall Baa", "تل باء", 33.8, 36.7)]) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=f"adding 2 would make {MAX_USER_PLACES + 1:,}; the limit is"):
        append_to_user(import_geonames(dump), user_file)
    assert user_file.stat().st_size == size


def test_a_user_file_past_the_bound_is_refused_at_load_with_one_line(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(many_rows(MAX_USER_PLACES + 1), encoding="utf-8")
    with pytest.raises(GazetteerError, match=rf"user.csv has more than {MAX_USER_PLACES:,} places; the limit is"):
        load_default()


def test_blank_and_comment_lines_do_not_count_against_the_bound(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(many_rows(MAX_USER_PLACES) + "\n# a note\n" * 3, encoding="utf-8")
    check_size(user_file)
    with pytest.raises(GazetteerError):
        check_size(user_file, adding=1)


def test_the_index_beside_the_user_file_never_serves_a_stale_or_damaged_copy(user_file):
    from core.gazetteer import clear_cache
    add_user_entry(place("Tall Alef", "تل ألف"))
    clear_cache()
    assert load_default().lookup("تل ألف")
    index = user_file.with_name(user_file.name + ".index")
    assert index.is_file()
    text = user_file.read_text(encoding="utf-8").replace("Tall Alef", "Tall Jim").replace("تل ألف", "تل جيم")
    user_file.write_text(text, encoding="utf-8")                 # edited by hand: same size, maybe same mtime
    clear_cache()
    assert load_default().lookup("تل جيم") and not load_default().lookup("تل ألف")
    index.write_bytes(b"\x00garbage")
    clear_cache()
    assert [e.id for e in load_default().lookup("Tall Jim")] == ["user-tall-alef"]
