"""Importing a GeoNames dump and an OCHA populated-places CSV into user gazetteer rows."""
from __future__ import annotations

import pytest

from core import DATA
from core.gazetteer import GazetteerError, load
from core.gazetteer_import import import_file, import_geonames, import_ocha


@pytest.fixture(scope="module")
def bundled():
    return load(DATA / "gazetteer.csv")


def _geonames_line(gid, name, alt, lat, lon, fclass="P", code="PPL", pop="0"):
    cols = [str(gid), name, name, alt, str(lat), str(lon), fclass, code, "SY", "", "08", "", "", "",
            pop, "", "700", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cols)


def test_geonames_populated_places_with_arabic_names_become_user_rows(tmp_path, bundled):
    path = tmp_path / "SY.txt"
    path.write_text("\n".join([
        _geonames_line(9000001, "Ayn Tarma", "Ein Tarma,عين ترما,Ain Terma", 33.513, 36.398, pop="30000"),
        _geonames_line(9000002, "Duma", "Douma,دوما", 33.5718, 36.4027),         # already bundled
        _geonames_line(9000003, "Jabal X", "جبل اكس", 33.6, 36.5, fclass="T", code="MT"),  # not a place
        _geonames_line(9000004, "Latin Only", "Latin Only", 33.7, 36.6),          # no Arabic name
    ]) + "\n", encoding="utf-8")
    res = import_geonames(path, bundled)
    (e,) = res.entries
    assert (e.id, e.name_ar, e.name_en, e.level, e.precision) == ("geonames-9000001", "عين ترما", "Ayn Tarma",
                                                                 "town", "decimal")
    assert "Ein Tarma" in e.aliases_en and "SY.txt" in e.source and e.population == 30000
    assert res.known == 1 and res.not_places == 2


def test_a_geonames_line_with_the_wrong_column_count_names_file_and_line(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(_geonames_line(1, "A", "أ", 33.5, 36.3) + "\n1\tshort\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"SY\.txt:2: 2 tab-separated columns"):
        import_geonames(path)


def test_a_geonames_point_outside_syria_is_refused_with_file_and_line(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(_geonames_line(7, "Paris", "باريس", 48.85, 2.35) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"SY\.txt:1: .*outside Syria"):
        import_geonames(path)


def test_ocha_csv_with_hxl_row_and_admin_columns_is_read(tmp_path, bundled):
    path = tmp_path / "syr_pplp.csv"
    path.write_text(
        "admin1Name_en,admin1Name_ar,admin4Name_en,admin4Name_ar,admin4Pcode,Latitude,Longitude\n"
        "#adm1+name,#adm1+name+i_ar,#loc+name,#loc+name+i_ar,#loc+code,#geo+lat,#geo+lon\n"
        "Rural Damascus,ريف دمشق,Ein Terma,عين ترما,C9999,33.513,36.398\n"
        "Rural Damascus,ريف دمشق,Douma,دوما,C1234,33.5718,36.4027\n", encoding="utf-8")
    res = import_ocha(path, bundled)
    (e,) = res.entries
    assert (e.id, e.name_ar, e.governorate, e.precision) == ("ocha-C9999", "عين ترما", "Rif Dimashq", "decimal")
    assert "syr_pplp.csv" in e.source and res.known == 1


def test_ocha_csv_with_location_and_lowercase_columns_is_read(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("Location,name_ar,latitude_y,longitude_x\nHazzeh,حزة,33.52,36.37\n", encoding="utf-8")
    (e,) = import_file(path, "ocha").entries
    assert (e.name_en, e.name_ar, e.lat, e.lon) == ("Hazzeh", "حزة", 33.52, 36.37)


def test_ocha_errors_name_file_and_line(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Location,name_ar,Latitude,Longitude\nA,أ,33.5,36.3\nB,ب,north,36.3\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"p\.csv:3: latitude 'north' is not a number"):
        import_ocha(path)
    path.write_text("Location,Latitude,Longitude\nA,33.5,36.3\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"p\.csv:1: no name_ar column"):
        import_ocha(path)
