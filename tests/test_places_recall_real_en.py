"""English place-recall classes of issue 12, each pinned on real passages (tests/reports/real/en,
the file named beside each; Arabic ones in tests/reports/real/ar)."""
from pathlib import Path

import pytest

from core.arabic import name_key
from core.extract import extract

REAL = Path(__file__).resolve().parent / "reports" / "real"


def passage(name: str) -> str:
    return (REAL / f"{name}.txt").read_text(encoding="utf-8")


def places(text: str) -> set[str]:
    """The name keys of the incident places the extractor gives for `text`."""
    return {name_key(i.place.name_ar) for i in extract(text).incidents}


def keys(*names: str) -> set[str]:
    return {name_key(n) for n in names}


@pytest.mark.parametrize("name, expected", [
    ("en/smart_suwayda_isis_seven_villages", ["دوما", "قرية الشبكي", "المتونة", "طربا"]),
    ("en/afp_fuaa_kafraya_jihadists_attack", ["الفوعة", "كفريا"]),
    ("en/aljazeera_meles_hospital_air_strikes_sarmin", ["سرمين"]),
])
def test_places_a_verb_of_attack_without_weapon_names_are_incidents(name, expected):
    """ISIS attacked the villages of Douma, al-Shbeki, ... / fighters ... attacked Fuaa and Kafraya /
    They also targeted a hospital in Sarmin (a new paragraph): the places a verb of attack naming no
    weapon hits (types.csv carrier object, target_verbs.csv) are incidents, not nothing."""
    assert keys(*expected) <= places(passage(name))


@pytest.mark.parametrize("name, place, kinds", [
    ("en/smart_suwayda_isis_seven_villages", "طربا", {"clashes"}),
    ("en/aljazeera_meles_hospital_air_strikes_sarmin", "سرمين", {"airstrike"}),
])
def test_a_place_attacked_in_a_sentence_naming_no_kind_takes_the_kinds_told_last(name, place, kinds):
    """The number of victims is not reported yet due to the ongoing clashes. ... ISIS attacked the
    villages of ... Tarba / ... targeted by regime and Russian air strikes today. They also targeted
    a hospital in Sarmin: the attack is the one the story told last."""
    found = [i for i in extract(passage(name)).incidents if name_key(i.place.name_ar) == name_key(place)]
    assert [set(i.types) for i in found] == [kinds]


def unresolved(text: str) -> set[str]:
    return {u.text for u in extract(text).unresolved}


@pytest.mark.parametrize("name, expected", [
    ("en/iit_rahiyat_coalition_hazimeh_tents", "al-Rahiyat"),
    ("en/sohr_coalition_rashid_aayoj_tal_samn", "Rashid"),
])
def test_a_name_the_gazetteer_lacks_right_after_targeted_is_listed_unresolved(name, expected):
    """the coalition fighter jets targeted al-Rahiyat village / airstrikes which targeted Rashid and
    Aayoj: "targeted" opens a place as "targeting" does (locatives.csv), so the name is listed."""
    assert expected in unresolved(passage(name))


def test_ground_taken_told_with_control_as_a_verb_is_a_fight_at_the_places_taken():
    """en/hawar_regime_control_north_west_aleppo_towns: 'able to control several towns ... after the
    withdrawal of the Turkish mercenaries from Hayan, Bayanoun ...'; 'It controlled in the past hours; ...
    Kafr Daal': the regime took them, the side that withdrew is no attacker."""
    got = extract(passage("en/hawar_regime_control_north_west_aleppo_towns")).incidents
    taken = {name_key(i.place.name_ar): i for i in got}
    for name in ("حيان", "بيانون", "كفر داعل"):
        assert name_key(name) in taken and taken[name_key(name)].actors == ("government",), taken.keys()


@pytest.mark.parametrize("name, place", [
    ("en/sohr_aleppo_23sep2016_quarters_beshqatin_bab", "الباب"),
    ("en/orient_kafr_zeita_latamneh_morek_shells", None),
])
def test_a_place_controlled_by_a_side_is_held_not_fought_over(name, place):
    got = extract(passage(name)).incidents
    assert all("clashes" not in i.types for i in got if place is None or i.place.name_ar == place), \
        [(i.place.name_en, i.types) for i in got]


def test_a_list_goes_on_past_two_members_the_gazetteer_lacks_one_after_the_other():
    """en/hawar_regime_control_north_west_aleppo_towns: 'from "Hayan, Bayanoun and Tal Misabin, Babeed, Maarat
    Al artiq, Bashtara ...': Tal Misabin (its head Tal alone spells a place) and Babeed are unknown members,
    and the list, with the control it tells, goes on to Maarat Al artiq."""
    got = extract(passage("en/hawar_regime_control_north_west_aleppo_towns"))
    assert name_key("معارة الأرتيق") in {name_key(i.place.name_ar) for i in got.incidents}
    assert {"Tal Misabin", "Babeed"} <= {m.text for m in got.unresolved}


@pytest.mark.parametrize("name, text, expected", [
    ("en/csr_chemical_damascus_countryside_areas",
     "The areas targeted by the chemical weapon :\nThe Syrian areas which was targeted by the poison gases is located"
     " in Damascus countryside: Zamalka , Ein Tarma ,and  Al-Muadamiyyeh", ["زملكا", "معضمية الشام"]),
    ("en/reuters_lamidix_ghouta_nerve_gas_213",
     "Syrian activists said at least 213 people, including women and children, were killed on Wednesday in a nerve"
     " gas attack by President Bashar al-Assad's forces on rebel-held districts of the Ghouta region east of"
     " Damascus.\n\nThe death toll was collated from medical centres in the region, Bayan Baker, a nurse at Douma"
     " Emergency Collection facility said. Activists said rockets with chemical agents hit the suburbs of Ain"
     " Tarma, Zamalka and Jobar and that those killed were in the hundreds.", ["زملكا"]),
])
def test_poison_gases_and_nerve_gas_name_a_chemical_attack_on_the_places_listed(name, text, expected):
    got = {name_key(i.place.name_ar): i for i in extract(text).incidents}
    for place in expected:
        assert name_key(place) in got and "chemical" in got[name_key(place)].types, got.keys()


@pytest.mark.parametrize("name, neighbour, meant, far", [
    ("en/afp_fuaa_kafraya_jihadists_attack", "Fuaa", "كفريا", ["كفر عايا", "كفرية"]),
    ("en/thenational_latakia_rebel_rockets_zabadani", "Foua", "كفريا", ["كفر عايا", "كفرية"]),
])
def test_a_homonym_named_beside_a_place_is_its_neighbour_not_a_namesake_far_away(name, neighbour, meant, far):
    """Kafraya / Kfarya after Fuaa: Idlib's Kafriya (2 km away), not Homs' Kafr Aaya nor Latakia's
    Kafraya, even with Latakia in scope from the sentences before."""
    text = passage(name)
    got = places(text)
    assert neighbour in text and keys(meant) <= got and not keys(*far) & got, got


def test_a_quarter_named_beside_a_nearby_town_is_that_citys_quarter():
    """'hit the suburbs of Ain Tarma, Zamalka and Jobar': Damascus' Jobar borders Zamalka, so it is no
    quarter of another city read as an ordinary phrase."""
    got = places(passage("en/reuters_lamidix_ghouta_nerve_gas_213"))
    assert keys("زملكا", "جوبر") <= got, got


@pytest.mark.parametrize("name, spelling, namesake", [
    ("en/mesop_golan_quneitra_crossing_qusayr", "Qahtaniya", "القحطانية"),
    ("en/sohr_coalition_rashid_aayoj_tal_samn", "Tal al_Samn", "تل السمن"),
])
def test_a_village_whose_only_namesakes_lie_far_from_the_reports_places_is_listed_unresolved(name, spelling, namesake):
    """Qahtaniya near the old town of Quneitra, Tal al_Samn in a Raqqa report: the gazetteer has only
    Hasakah's, hundreds of km away, so the name is listed as not mapped instead of put there."""
    got = extract(passage(name))
    assert spelling in {u.text for u in got.unresolved}
    assert name_key(namesake) not in {name_key(i.place.name_ar) for i in got.incidents}
