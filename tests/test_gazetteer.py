"""The bundled gazetteer: content real reports need, row validation, lookup, search, user file."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from core import DATA
from core.arabic import name_key
from core.gazetteer import (COLUMNS, GOVERNORATES, Entry, Gazetteer, GazetteerError, add_user_entry, load,
                            load_default, read_rows, to_place, validate_row)
from core.model import LEVELS, PRECISIONS, Place

GAZ = DATA / "gazetteer.csv"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load(GAZ)


@pytest.fixture
def user_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "user_gazetteer.csv"
    monkeypatch.setenv("INCIDENT_MAP_USER_GAZETTEER", str(path))
    return path


def _row(**over) -> dict:
    row = {"id": "t-1", "name_en": "Testville", "name_ar": "تست", "aliases_ar": "", "aliases_en": "",
           "level": "town", "parent": "", "parent_id": "", "governorate": "Rif Dimashq", "lat": "33.5",
           "lon": "36.4", "precision": "decimal", "source": "test", "population": "", "ambiguous": ""}
    row.update(over)
    return row


def _write(path: Path, rows: list[dict], header=COLUMNS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return path


# ------------------------------------------------------------------ content real reports need

# (spelling in the report, English, level, governorate, precision allowed) - gold of the seed report
GOLD_SEED = [
    ("حلب", "Aleppo", "city", "Aleppo"),
    ("الفردوس", "al-Ferdous", "neighbourhood", "Aleppo"),
    ("الهلك", "al-Haluk", "neighbourhood", "Aleppo"),
    ("بستان القصر", "Bustan al-Qasr", "neighbourhood", "Aleppo"),
    ("الشيخ سعيد", "al-Sheikh Saeed", "neighbourhood", "Aleppo"),
    ("دوما", "Douma", "town", "Rif Dimashq"),
    ("عربين", "Arbin", "town", "Rif Dimashq"),
    ("جسرين", "Jisrin", "town", "Rif Dimashq"),
    ("زملكا", "Zamalka", "town", "Rif Dimashq"),
    ("كفربطنا", "Kafr Batna", "town", "Rif Dimashq"),
    ("حمورية", "Hammouriyeh", "town", "Rif Dimashq"),
    ("سقبا", "Saqba", "town", "Rif Dimashq"),
    ("الريحان", "al-Rihan", "town", "Rif Dimashq"),
    ("الشيفونية", "al-Shifuniyeh", "town", "Rif Dimashq"),
    ("خان الشيح", "Khan al-Shih", "town", "Rif Dimashq"),
    ("الديرخبية", "Deir Khabiyeh", "town", "Rif Dimashq"),
]


@pytest.mark.parametrize("spelling,english,level,governorate", GOLD_SEED)
def test_every_gold_place_resolves_by_its_spelling_in_the_report(gz, spelling, english, level, governorate):
    hits = [e for e in gz.lookup(spelling) if e.level == level and e.governorate == governorate]
    assert len(hits) == 1, (spelling, gz.lookup(spelling))
    assert english in gz.lookup(english)[0].names_en or hits[0] in gz.lookup(english)


@pytest.mark.parametrize("spelling,region_or_gov", [("ريف دمشق", "governorate"), ("الغوطة الشرقية", "region"),
                                                     ("الغوطة الغربية", "region"), ("القلمون", "region"),
                                                     ("وادي بردى", "region"), ("ريف حلب", "region"),
                                                     ("ريف حلب الشمالي", "region"), ("ريف حلب الجنوبي", "region"),
                                                     ("ريف حلب الشرقي", "region"), ("ريف حلب الغربي", "region"),
                                                     ("ريف إدلب", "region"), ("ريف حماة", "region"),
                                                     ("ريف حمص", "region"), ("ريف درعا", "region"),
                                                     ("سوريا", "country")])
def test_regions_and_the_country_are_named_areas(gz, spelling, region_or_gov):
    assert [e.level for e in gz.lookup(spelling)] == [region_or_gov]


@pytest.mark.parametrize("name,parent_point", [("الشيفونية", "sy-rif-dimashq-douma-duma")])
def test_places_without_a_source_point_sit_at_their_parent_marked_parent(gz, name, parent_point):
    (e,) = gz.lookup(name)
    parent = gz.get(parent_point)
    assert e.precision == "parent" and (e.lat, e.lon) == (parent.lat, parent.lon)
    assert e.parent_id == parent_point


def test_al_haluk_sits_at_trab_al_hellok_and_is_not_ayn_at_tal(gz):
    (haluk,) = gz.lookup("الهلك")
    (trab,) = gz.lookup("تراب الهلك")
    assert (haluk.lat, haluk.lon) == (trab.lat, trab.lon) and haluk.precision == "parent"
    assert "الهلك" not in gz.lookup("عين التينة")[0].aliases_ar


def test_split_csr_parts_are_one_neighbourhood_with_the_part_names_as_aliases(gz):
    (ham,) = [e for e in gz.lookup("الحمدانية") if e.governorate == "Aleppo"]
    assert ham.level == "neighbourhood"
    assert {"al-Hamdaniyeh I", "al-Hamdaniyeh V"} <= set(ham.aliases_en)


def test_every_csr_arabic_name_is_a_neighbourhood_of_aleppo(gz):
    import json
    geo = json.loads((DATA / "aleppo_neighbourhoods.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["name_ar"] for f in geo["features"] if f["properties"]["name_ar"]}
    assert len(names) >= 110
    for n in names:
        assert any(e.level == "neighbourhood" and e.governorate == "Aleppo" for e in gz.lookup(n)), n


def test_every_governorate_has_one_centroid_entry_and_a_capital_city(gz):
    govs = [e for e in gz.entries if e.level == "governorate"]
    assert sorted(e.governorate for e in govs) == sorted(GOVERNORATES)
    cities = {e.governorate for e in gz.entries if e.level == "city"}
    assert cities == set(GOVERNORATES) - {"Rif Dimashq"}


def test_damascus_neighbourhoods_from_the_supplement_are_in_damascus_city(gz):
    for name in ("جوبر", "القابون", "برزة", "القدم"):
        (e,) = [x for x in gz.lookup(name) if x.governorate == "Damascus"]
        assert e.level == "neighbourhood" and e.parent == "Damascus"


def test_column_order_is_the_documented_one():
    with GAZ.open(encoding="utf-8") as f:
        assert tuple(next(csv.reader(f))) == COLUMNS


def test_every_row_has_a_known_level_precision_and_a_point_inside_syria(gz):
    assert len(gz) > 2000
    for e in gz.entries:
        assert e.level in LEVELS and e.precision in PRECISIONS
        assert 32.0 < e.lat < 37.6 and 35.5 < e.lon < 42.5, e
        assert e.governorate in GOVERNORATES or e.level == "country"


def test_parents_exist_and_carry_the_parent_name(gz):
    for e in gz.entries:
        if e.parent_id:
            assert gz.get(e.parent_id).name_en == e.parent


def test_regions_say_which_centroids_their_point_is_the_mean_of(gz):
    for e in gz.entries:
        if e.level in ("region", "country"):
            assert e.precision == "centroid" and e.source.startswith("derived: mean of")


def test_no_two_entries_are_the_same_place(gz):
    seen = {}
    for e in gz.entries:
        if e.level in ("town", "village", "city", "neighbourhood", "camp"):
            for other in seen.get(name_key(e.name_ar), ()):
                d = math.dist((e.lat, e.lon), (other.lat, other.lon)) * 111
                assert d > 5 or e.level != other.level, (e.id, other.id)
            seen.setdefault(name_key(e.name_ar), []).append(e)


@pytest.mark.parametrize("name,kind", [("الفردوس", "word"), ("الهلك", "word"), ("الشعار", "word"),
                                       ("الشيخ سعيد", "person"), ("الشيخ مقصود", "person"),
                                       ("صلاح الدين", "person"), ("سيف الدولة", "person"),
                                       ("دوما", ""), ("بستان القصر", "")])
def test_names_that_are_ordinary_words_or_peoples_names_are_marked_ambiguous(gz, name, kind):
    assert {e.ambiguous for e in gz.lookup(name) if e.governorate in ("Aleppo", "Rif Dimashq")} == {kind}


@pytest.mark.parametrize("a,b", [("كفربطنا", "كفر بطنا"), ("الديرخبية", "دير خبية"), ("حمورية", "حموريه"),
                                 ("خان الشيح", "خانالشيح"), ("الريحان", "ريحان")])
def test_joined_split_and_letter_variants_find_the_same_entry(gz, a, b):
    assert gz.lookup(a) and {e.id for e in gz.lookup(a)} == {e.id for e in gz.lookup(b)}


@pytest.mark.parametrize("english,arabic", [("Douma", "دوما"), ("Duma", "دوما"), ("Arbeen", "عربين"),
                                            ("Hamouria", "حمورية"), ("Hamourieh", "حمورية"), ("Sakba", "سقبا"),
                                            ("Jisreen", "جسرين"), ("Kfar Batna", "كفر بطنا"),
                                            ("Kafarbatna", "كفر بطنا"), ("Deir Khabiya", "دير خبية"),
                                            ("Sukkari", "السكري"), ("al-Sukkari", "السكري"),
                                            ("Masaken Hanano", "مساكن هنانو"), ("Hanano", "هنانو"),
                                            ("Khan Elshih", "خان الشيح"), ("Eastern Ghouta", "الغوطة الشرقية"),
                                            ("Misraba", "مسرابا"), ("al-Ferdous", "الفردوس")])
def test_english_spellings_analysts_meet_find_the_place(gz, english, arabic):
    assert name_key(arabic) in {name_key(e.name_ar) for e in gz.lookup(english)}


def test_search_ranks_exact_names_first_and_finds_prefixes_and_substrings(gz):
    assert gz.search("دوما")[0].id == "pl-rif-dimashq-douma"
    assert gz.search("Douma", limit=1)[0].name_ar == "دوما"
    assert any(e.name_ar == "حمورية" for e in gz.search("Hamour"))
    assert any(e.name_ar == "كفر بطنا" for e in gz.search("بطنا"))
    assert len(gz.search("a", limit=5)) == 5
    assert gz.search("") == [] and gz.search("zzzzqqq") == []


def test_children_lists_the_places_whose_parent_is_the_entry(gz):
    kids = gz.children("pl-aleppo-aleppo")
    assert len(kids) > 100 and all(k.level == "neighbourhood" for k in kids)


def test_to_place_gives_the_contract_record(gz):
    p = to_place(next(e for e in gz.lookup("دوما") if e.governorate == "Rif Dimashq" and e.level == "town"))
    assert isinstance(p, Place) and p.level == "town" and p.is_precise and p.governorate == "Rif Dimashq"


def test_loading_is_cached_until_a_file_changes(user_file):
    a = load_default()
    assert a.ar_index and load_default() is a


# ------------------------------------------------------------------ refusal of bad rows

@pytest.mark.parametrize("over,reason", [
    ({"lat": "abc"}, "lat 'abc' is not a number"),
    ({"lon": ""}, "lon '' is not a number"),
    ({"lat": "95", "lon": "36"}, "not a point on Earth"),
    ({"lat": "36.4", "lon": "33.5"}, "outside Syria"),
    ({"lat": "48.8", "lon": "2.3"}, "outside Syria"),
    ({"level": "hamlet"}, "level 'hamlet'"),
    ({"precision": "rough"}, "precision 'rough'"),
    ({"name_ar": ""}, "name_ar is empty"),
    ({"name_en": " "}, "name_en is empty"),
    ({"id": ""}, "id ''"),
    ({"governorate": "Damascus Countryside"}, "governorate"),
    ({"population": "many"}, "population"),
    ({"ambiguous": "maybe"}, "ambiguous"),
])
def test_malformed_row_is_refused_with_file_and_line(tmp_path, over, reason):
    path = _write(tmp_path / "g.csv", [_row(id="ok-1"), _row(**over)])
    with pytest.raises(GazetteerError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}:3: ") and reason in str(err.value)


def test_a_row_with_a_missing_column_is_refused_with_file_and_line(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(",".join(COLUMNS) + "\n" + "a,b,ب,,,town,,,,33.5\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"g\.csv:2: .*fields"):
        load(path)


def test_a_header_without_a_required_column_is_refused(tmp_path):
    path = _write(tmp_path / "g.csv", [_row()], header=[c for c in COLUMNS if c != "lat"])
    with pytest.raises(GazetteerError, match=r"g\.csv:1: header has no column 'lat'"):
        load(path)


def test_duplicate_ids_are_refused_naming_both_lines(tmp_path):
    path = _write(tmp_path / "g.csv", [_row(), _row(name_en="Other")])
    with pytest.raises(GazetteerError, match=r"g\.csv:3: duplicate id 't-1' \(first on line 2\)"):
        load(path)


def test_unknown_parent_id_is_refused(tmp_path):
    path = _write(tmp_path / "g.csv", [_row(parent_id="nowhere")])
    with pytest.raises(GazetteerError, match="parent_id 'nowhere'"):
        load(path)


def test_the_bundled_file_error_names_it_relative_to_the_project(tmp_path, monkeypatch):
    with pytest.raises(GazetteerError) as err:
        validate_row(_row(lat="abc"), "data/gazetteer.csv:17")
    assert str(err.value) == "data/gazetteer.csv:17: lat 'abc' is not a number"


def test_validate_row_gives_an_entry_with_tuples_and_numbers():
    e = validate_row(_row(aliases_ar="أ|ب", population="1200"))
    assert isinstance(e, Entry) and e.aliases_ar == ("أ", "ب") and e.lat == 33.5 and e.population == 1200


# ------------------------------------------------------------------ the user gazetteer

def test_added_user_entries_are_found_and_survive_in_their_own_file(user_file):
    e = add_user_entry({"name_ar": "عين ترما", "name_en": "Ein Tarma", "level": "town", "lat": 33.51,
                        "lon": 36.37, "aliases_ar": ["عين طرما"], "governorate": "Rif Dimashq"})
    assert e.id == "user-ein-tarma" and e.source == "user" and e.precision == "decimal"
    gz = load_default()
    assert [x.id for x in gz.lookup("عين طرما")] == ["user-ein-tarma"]
    assert [e.id for _, e in read_rows(user_file)] == ["user-ein-tarma"]


def test_a_user_row_with_a_bundled_id_overrides_the_bundled_entry(user_file, gz):
    douma = gz.lookup("Douma")[-1]
    _write(user_file, [_row(id=douma.id, name_en="Douma", name_ar="دوما", lat="33.58", lon="36.41")])
    assert load_default().get(douma.id).lat == 33.58
    assert load(GAZ).get(douma.id).lat == douma.lat


def test_adding_a_bad_entry_is_refused_with_the_reason_and_leaves_the_file_alone(user_file):
    with pytest.raises(GazetteerError, match="outside Syria"):
        add_user_entry({"name_ar": "باريس", "name_en": "Paris", "level": "city", "lat": 48.85, "lon": 2.35})
    with pytest.raises(GazetteerError, match="parent_id 'nowhere'"):
        add_user_entry({"name_ar": "س", "name_en": "S", "level": "town", "lat": 33.5, "lon": 36.4,
                        "parent_id": "nowhere"})
    assert not user_file.exists()


def test_adding_the_same_id_twice_is_refused(user_file):
    add_user_entry(_row(id="u-1"))
    with pytest.raises(GazetteerError, match="already in the user gazetteer"):
        add_user_entry(_row(id="u-1"))


def test_a_broken_user_file_is_named_in_the_error(user_file):
    _write(user_file, [_row(lat="north")])
    with pytest.raises(GazetteerError, match=rf"{user_file.name}:2: lat 'north' is not a number"):
        load_default()


@pytest.mark.parametrize("spelling, name_ar", [("Jindires", "جنديرس"), ("Termanin", "ترمانين"), ("Jarjanaz", "جرجناز"),
                                                ("Madinat al-Baath", "مدينة البعث"), ("Ltamenah", "اللطامنة"),
                                                ("Hobeit", "الهبيط"), ("Maarat Hurma", "معرة حرمة")])
def test_curated_english_spellings_find_their_town(gz, spelling, name_ar):
    from core.translit import en_key
    assert name_ar in {e.name_ar for e in gz.en_index.get(en_key(spelling), [])}


def test_an_openstreetmap_village_whose_name_is_a_word_is_kept_marked_ambiguous_and_mapped_after_a_cue(gz):
    """ar/s_sohr_tafas_barrels_ajami_kashef: "الطريق الواقع بين بلدتي نهج وخراب الشحم" names the Daraa
    village Nahj (OpenStreetMap); its name is also the word 'approach', so it wants a cue."""
    from core.extract import extract
    assert [(e.name_en, e.governorate, e.ambiguous) for e in gz.lookup("نهج")] == [("Nahj", "Daraa", "word")]
    text = ("كما قصفت قوات النظام مناطق في بلدتي المزيريب وطفس ومناطق أخرى في الطريق الواقع بين بلدتي نهج"
            " وخراب الشحم، دون أنباء عن إصابات")
    assert "Nahj" in {i.place.name_en for i in extract(text).incidents}
