"""What the gazetteer took from OpenStreetMap and from sourced points: the places real reports name
resolve with their source, the ODbL attribution is kept, words are not villages, gaps are listed."""
from __future__ import annotations

import csv
import io
import re

import pytest

from core import DATA
from core.arabic import name_key
from core.extract import extract
from core.gazetteer import load

OSM = "© OpenStreetMap contributors"


@pytest.fixture(scope="module")
def gz():
    return load(DATA / "gazetteer.csv")


def _rows(name: str) -> list[dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO("".join(l for l in text.splitlines(True) if not l.startswith("#")))))


def _only(gz, name: str, governorate: str):
    hits = [e for e in gz.lookup(name) if e.governorate == governorate and e.level not in ("district", "subdistrict")]
    assert len(hits) == 1, (name, hits)
    return hits[0]


# (spelling in reports, governorate, level, a word of the source it must cite)
SOURCED = [
    ("المزة", "Damascus", "neighbourhood", "Wikipedia"),
    ("Mezzeh", "Damascus", "neighbourhood", "Wikipedia"),
    ("كفرسوسة", "Damascus", "neighbourhood", "Wikipedia"),
    ("Kafr Sousa", "Damascus", "neighbourhood", "Wikipedia"),
    ("باب توما", "Damascus", "neighbourhood", "Wikipedia"),
    ("Bab Tuma", "Damascus", "neighbourhood", "Wikipedia"),
    ("حي التضامن", "Damascus", "neighbourhood", "Wikipedia"),
    ("القصاع", "Damascus", "neighbourhood", "wikipedia"),
    ("أبو رمانة", "Damascus", "neighbourhood", "Wikipedia"),
    ("بيت سوى", "Rif Dimashq", "town", "Wikipedia"),
    ("بيت سوا", "Rif Dimashq", "town", "Wikidata"),
    ("أوتايا", "Rif Dimashq", "village", "OpenStreetMap"),
    ("Otaya", "Rif Dimashq", "village", "OpenStreetMap"),
    ("حوش الفارة", "Rif Dimashq", "village", "OpenStreetMap"),
    ("حمورية", "Rif Dimashq", "town", "OpenStreetMap"),
    ("جباتا الخشب", "Quneitra", "village", "OpenStreetMap"),
    ("بليون", "Idlib", "town", "OpenStreetMap"),
    ("باب الفرج", "Aleppo", "neighbourhood", "Wikipedia"),
]


@pytest.mark.parametrize("spelling,governorate,level,source", SOURCED)
def test_a_place_reports_name_resolves_with_the_source_of_its_point(gz, spelling, governorate, level, source):
    e = _only(gz, spelling.removeprefix("حي "), governorate)
    assert e.level == level and source in e.source and e.precision in ("second", "decimal", "minute")


def test_hammouriyeh_takes_the_osm_point_of_hamura_instead_of_its_subdistricts_centroid(gz):
    e = _only(gz, "حمورية", "Rif Dimashq")
    assert e.precision == "decimal" and (round(e.lat, 4), round(e.lon, 4)) == (33.528, 36.3857)
    assert "حمورة" in e.aliases_ar and "node/567043643" in e.source


@pytest.mark.parametrize("quarter,area", [("المعادي", "al-Asileh"), ("باب الحديد", "al-Bayyada"),
                                         ("الليرمون", "al-Belleramoon"), ("باب النيرب", "Muhammad Bek")])
def test_a_quarter_a_source_places_inside_a_mapped_area_is_that_areas_alias(gz, quarter, area):
    assert _only(gz, quarter, "Aleppo").name_en == area


@pytest.mark.parametrize("a,b", [("Kafranbel", "Kafr Nabl"), ("Kafr Nubl", "Kafr Nabl"), ("كفرنبل", "كفر نبل"),
                                 ("Maarat al-Numan", "Maarrat an-Nu'man"), ("معره النعمان", "معرة النعمان"),
                                 ("عزاز", "اعزاز"), ("المعضمية", "معضمية الشام"), ("بصرى الحرير", "بصر الحرير"),
                                 ("al-Ramouseh", "الراموسة"), ("Layramoun", "البلليرمون"), ("Qaterji", "كرم القاطرجي"),
                                 ("Bani Zaid", "الرصافة"), ("Mazzeh", "المزة"), ("Muhajreen", "المهاجرين")])
def test_spellings_people_write_find_the_same_town_or_quarter(gz, a, b):
    towns = lambda n: {e.id for e in gz.lookup(n) if e.level not in ("district", "subdistrict")}
    assert towns(a) and towns(a) & towns(b)


@pytest.mark.parametrize("spelling,place,governorate,other", [("Sabqa", "Saqba", "Rif Dimashq", "Raqqa"),
                                                                ("Al Shiaar", "ash-Sha'ar", "Aleppo", "Latakia")])
def test_a_curated_spelling_shared_with_another_governorates_place_is_kept_for_both(gz, spelling, place, governorate, other):
    govs = {e.governorate: e.name_en for e in gz.lookup(spelling) if e.level not in ("district", "subdistrict")}
    assert govs.get(governorate) == place and other in govs


def test_a_units_alias_read_for_an_english_word_is_dropped_by_curation(gz):
    assert not gz.lookup("Tarin") and "Tarin" not in _only_unit(gz, "خربة تين نور").aliases_en


def _only_unit(gz, name: str):
    (unit,) = [e for e in gz.lookup(name) if e.level == "subdistrict"]
    return unit


def test_a_namesake_osm_node_a_few_km_away_is_folded_into_the_place_not_added_twice(gz):
    (shaddadi,) = [e for e in gz.lookup("الشدادي") if e.level == "town"]
    assert shaddadi.name_ar == "جسر الشدادي" and "node/573545658" in shaddadi.source


@pytest.mark.parametrize("row", [r for r in _rows("gazetteer_curation.csv") if r["action"] == "drop_osm"],
                         ids=lambda r: r["name_ar"])
def test_an_osm_village_named_like_an_ordinary_word_is_left_out_with_its_reason_logged(gz, row):
    osm_only = [e for e in gz.lookup(row["name_ar"]) if e.source.startswith("OpenStreetMap") and ";" not in
                e.source.split(")", 1)[1]]
    assert not osm_only and row["reason"]
    log = (DATA / "gazetteer_build_log.txt").read_text(encoding="utf-8")
    assert re.search(rf"osm {re.escape(row['name_ar'])} \(.*left out: ", log)


def test_a_mosque_hit_in_a_ghouta_town_is_not_the_hasakah_village_called_masjid():
    got = extract("سقطت قذيفة هاون على مسجد في بلدة سقبا بالغوطة الشرقية، ما أدى لإصابة مدنيين.")
    assert [i.place.name_ar for i in got.incidents] == ["سقبا"]


@pytest.mark.parametrize("row", _rows("gazetteer_missing.csv"), ids=lambda r: r["name_en"])
def test_a_place_no_open_source_has_is_listed_as_a_gap_and_is_not_in_the_gazetteer(gz, row):
    """A namesake of the same governorate is allowed only where the row tells it apart by its English name
    (إبين of al-Atarib: "the gazetteer's أبين is the Afrin village (Wikidata 'Abin - Efrin')")."""
    assert row["why"] and row["where"] and (row["name_ar"] or row["name_en"])
    assert not [e for e in gz.lookup(row["name_ar"] or row["name_en"])
                if e.governorate == row["governorate"] and e.name_en not in row["why"]]


def test_the_osm_rows_credit_openstreetmap_and_the_file_is_declared_an_odbl_database(gz):
    osm_rows = [e for e in gz.entries if "OpenStreetMap" in e.source]
    assert len(osm_rows) > 1500 and all(OSM in e.source and "ODbL" in e.source for e in osm_rows)
    doc = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert OSM in doc and "Open Database License" in doc and "data/gazetteer.csv" in doc


def test_every_row_names_its_source_and_no_id_repeats():
    with (DATA / "gazetteer.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({(name_key(r["name_ar"]), r["level"], r["lat"], r["lon"]) for r in rows}) == len(rows)
