"""English places named only to say where the place of an attack lies, pinned on real passages
(tests/reports/real/en, the file named beside each): a city framing a suburb or bare after near
(core/extract/city_frames.py), a city after a compass word (the anaphora stage), an air base the jets took off
from (context_places.facility_named); spellings of Sayyidah Zaynab and Hmeimim (data/gazetteer_curation.csv),
and Sunni (common_words.csv)."""
import pytest

from core.extract import extract
from tests.cases import cases
from tests.test_context_places_real_en import passage_text, places


FRAMES = cases("the city a suburb belongs to is no incident place", [
    ("therebel_darayya_helicopter_barrels_sohr",
     "The UK-based Syrian Observatory for Human Rights (SOHR) reports that airstrikes by Syrian government forces"
     " have killed at least three people in the Damascus suburb of Darayya.", "دمشق", "داريا"),
    ("dchrs_al_bab_qabasin_market_mig_raids",
     "The air attacks targeted a popular market and shops with three fuel-air explosive missiles. On the 25th of"
     " December, 2014 at noon, MiG war planes carried out raids on the Aleppo suburb of Qabasin.", "حلب", "قباسين"),
    ("tasnim_ipeclub_sayyida_zeinab_motorcycle_bomb",
     "A bomb, planted in a motorcycle, exploded outside the Sayeda Zeinab shrine in a southern suburb of the"
     " capital Damascus, resulting in several casualties.", "دمشق", "السيدة زينب"),
    ("aljazeera_homs_zahra_sayyida_zeinab_car_bombs",
     "A car bomb blast in Syria's Homs city has killed at least four people and wounded 16, according to a"
     " monitoring group, which also reported a separate explosion in a suburb of the capital, Damascus.",
     "دمشق", "حمص"),
], width=4) + cases("a title's city the body names only for its suburb gives way to the body's place", [
    ("therebel_darayya_helicopter_barrels_sohr", passage_text("therebel_darayya_helicopter_barrels_sohr"),
     "دمشق", "داريا"),
    ("tasnim_ipeclub_sayyida_zeinab_motorcycle_bomb", passage_text("tasnim_ipeclub_sayyida_zeinab_motorcycle_bomb"),
     "دمشق", "السيدة زينب"),
], width=4) + cases("a city bare after near only locates the place the report puts the attack at close to it", [
    ("zillas_wadi_barada_barrel_bombs_near_damascus", passage_text("zillas_wadi_barada_barrel_bombs_near_damascus"),
     "دمشق", "وادي بردى"),
    ("aljazeera_meles_hospital_air_strikes_sarmin", passage_text("aljazeera_meles_hospital_air_strikes_sarmin"),
     "إدلب", "ملس"),
], width=4) + cases("a city after a compass word is no antecedent of the city", [
    ("snhr_douma_massacre_june_2012_mortars",
     "Syrian regime forces carried out a severe and concentrated attack in Douma city, which is located in the"
     " west of the capital Damascus. The mortar artillery shelled the city from all side.", "دمشق", "دوما"),
], width=4)


@pytest.mark.parametrize("source, text, frame, told", FRAMES)
def test_a_city_named_only_to_locate_the_place_hit_is_no_incident_place(source, text, frame, told):
    """`frame`: the city the passage names only to say where the place hit lies; `told`: that place."""
    got = places(text)
    assert frame not in got and told in got, got


@pytest.mark.parametrize("source, text, city", cases("alone, a city after near is the best point there is", [
    ("zillas_wadi_barada_barrel_bombs_near_damascus",
     "Civilians killed by barrel bombs near Damascus: reports\n\nAt least 14 civilians have been killed and several"
     " others wounded in a series of barrel-bomb attacks on rebel-held areas near Damascus.", "دمشق"),
    ("aljazeera_meles_hospital_air_strikes_sarmin",
     "Syria’s war: Deaths as air strikes hit Idlib hospital\n\nWomen and children among the dead in attack on the"
     " hospital near the city of Idlib in the country’s northwest.", "إدلب"),
]))
def test_a_city_after_near_with_no_place_close_to_it_stays_the_incident_place(source, text, city):
    assert city in places(text)


def test_a_place_far_from_the_city_after_near_leaves_it_the_incident_place():
    """The lead of en/zillas_wadi_barada_barrel_bombs_near_damascus, then a sentence of
    en/aa_ein_shib_russian_airstrikes: Ein Shib, in Idlib, is no place near Damascus."""
    text = ("At least 14 civilians have been killed and several others wounded in a series of barrel-bomb attacks on"
            " rebel-held areas near Damascus.\n\nA Russian warplane carried out airstrikes on the village of Ein Shib"
            " in the Idlib province.")
    assert {"دمشق", "عين شيب"} <= places(text)


@pytest.mark.parametrize("source, text", cases("Sayeda Zeinab is Sayyidah Zaynab, not Hama's Sayada", [
    ("tasnim_ipeclub_sayyida_zeinab_motorcycle_bomb",
     "The explosion occurred when a motorcycle was detonated near a taxi on the Kou Sudan street in Sayeda Zeinab,"
     " as stated by SANA."),
    ("tasnim_ipeclub_sayyida_zeinab_motorcycle_bomb",
     "A bomb, planted in a motorcycle, exploded outside the Sayeda Zeinab shrine, resulting in several casualties."),
]))
def test_a_spelling_reports_use_names_the_shrine_town(source, text):
    assert places(text) == {"السيدة زينب"}



def test_sunni_is_never_listed_as_a_place_the_gazetteer_lacks():
    """en/reuters_chicagotribune_daraya_bodies_2012: a faith's adjective before a place word (common_words.csv,
    beside Druze and Alawite) names no place."""
    text = "* Scores of bodies found in Sunni town near capital"
    assert "Sunni" not in {u.text for u in extract(text, lang="en").unresolved}


@pytest.mark.parametrize("source, text, told", cases("the place an air base is named after is where the jets left", [
    ("aa_ein_shib_russian_airstrikes",
     "According to the Syrian opposition’s aircraft observatory, a Russian warplane took off late Tuesday from the"
     " Khmeimim Air Base in Latakia and carried out airstrikes on the village of Ein Shib in the Idlib province.",
     "عين شيب"),
    ("trtworld_darat_izza_etarib_russian_jets",
     "Russian fighter jets targeted Darat Izza and Etarib in Syria's western Aleppo countryside, killing 12 civilians"
     " and wounding 30 more.\n\nAccording to opposition-affiliated aircraft observatories, the fighter jets took off"
     " from Russia's Hmeimim air base in the northwestern Syrian province of Latakia and conducted the strikes around"
     " midday.", "دارة عزة"),
]))
def test_an_air_base_the_jets_took_off_from_and_its_province_are_no_incident_places(source, text, told):
    """context_places.facility_named and drop_facility_areas (the Khmeimim spelling: data/gazetteer_curation.csv)."""
    got = places(text)
    assert not got & {"حميميم", "اللاذقية"} and told in got, got


THENATIONAL = "thenational_israeli_strike_dimas_says_damascus"


@pytest.mark.parametrize("source, text", cases("a city named elsewhere only as a reference point keeps its vicinity one", [
    (THENATIONAL,
     "Two Syrian soldiers were killed and four others wounded by Israeli missile strikes near the capital Damascus on"
     " Wednesday, Syrian state news agency Sana said. Adding that the bombing targeted \"certain positions in the"
     " vicinity of Damascus\" and caused \"some material damage\".\n\nThe Britain-based monitoring group Syrian"
     " Observatory for Human Rights said the targets included warehouses used by Lebanon's Iran-backed Hezbollah"
     " militant group and that the strikes also targeted positions of the Syrian army's elite Fourth Division near"
     " the airport in the town of Dimas."),
    (THENATIONAL, passage_text(THENATIONAL)),
]))
def test_the_vicinity_of_a_city_the_body_names_only_as_a_reference_point_is_no_incident_place(source, text):
    """reference_points.drop_vicinities: the title's '..., says Damascus' and 'near the capital Damascus' do not
    make the city a place hit, so 'positions in the vicinity of Damascus' stays a reference point for Dimas."""
    got = places(text)
    assert "دمشق" not in got and "الديماس" in got, got
