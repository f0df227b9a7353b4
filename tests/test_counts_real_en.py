"""English count constructions of issue 12, each pinned on excerpts of real passages
(tests/reports/real/en, the file named beside each; two or more unless the corpus holds the
construction once, then with a self-written sentence beside it)."""
from pathlib import Path

import pytest

from core.extract import extract
from tests.test_counts_real import best, incident


@pytest.mark.parametrize("source, text, place, killed", [
    ("channel4_aleppo_barrels_adra",
     "The observatory also said on Sunday the death toll from a sectarian attack by Islamist rebels on Wednesday in"
     " the town of Adra, northeast of Damascus, had risen to 28.", "عدرا", 28),
    ("msf_al_quds_hospital_toll_55",
     "The death toll from the April 27 airstrikes on Al Quds hospital in Aleppo, Syria, has climbed to 55, after"
     " more bodies were found in the rubble, according to Doctors Without Borders.", "حلب", 55),
    ("sohr_hama_msheik_latamnah_eight_killed",
     "The number of civilians who were killed due to dropping barrel bombs on the town of al- Latamnah has risen to"
     " 5; 3 women and 2 children.", "اللطامنة", 5),
    ("sohr_daraa_eastern_gharya_quran_center",
     "The number of civilians who were killed in the massacre committed by the regime warplanes in Daraa has risen"
     " to 18, including 5 children.", "درعا", 18),
])
def test_a_toll_takes_the_figure_its_rise_verb_gives_far_on_in_the_sentence(source, text, place, killed):
    assert best(incident(text, place).killed) == killed


@pytest.mark.parametrize("source, text", [
    ("self-written",
     "The death toll from the barrels on Daraya is not known. The number of barrels rose to 57."),
    ("self-written",
     "Car bombs killed people in Sweida, and the number of wounded has risen to 50 since Friday."),
])
def test_a_rise_verb_in_the_next_sentence_or_of_another_toll_gives_no_figure(source, text):
    assert all(i.killed is None or i.killed.best not in (57, 50) for i in extract(text).incidents)


@pytest.mark.parametrize("source, text, place, killed", [
    ("hrw_termanin_cluster_munitions_2023",
     "Syrian government forces used widely banned cluster munitions in an attack on Termanin, a town in northern"
     " Idlib, on October 6, 2023, killing two civilians and injuring nine others, Human Rights Watch said today.",
     "ترمانين", 2),
    ("iraqinews_mayadin_amaq_russian_strikes",
     "Meanwhile, Syrian warplanes bombarded the post building in the city of Basira, in eastern Deir Ezzor, killing"
     " one civilian.", "البصيرة", 1),
])
def test_a_count_after_a_place_and_the_province_that_locates_it_is_the_place_s(source, text, place, killed):
    x = extract(text)
    assert [(i.place.name_ar, best(i.killed)) for i in x.incidents] == [(place, killed)]


@pytest.mark.parametrize("source, text, place, low", [
    ("bbc_azaz_market_car_bomb_eid",
     "Several more were injured when the explosion tore through the central market of the town of Azaz in Aleppo"
     " province, near the Turkish border.", "أعزاز", 2),
    ("airwars_coalition_shaafa_soor_records",
     "At least seven and as many 14 civilians were killed including four children and dozens more were reportedly"
     " injured in airstrikes on Al Soor, 55km northeast of Deir Ezzor city, according to local reports.", "صور", 24),
])
def test_a_vague_quantity_with_more_counts_the_casualty_word_after_it(source, text, place, low):
    w = incident(text, place).wounded
    assert (w.low, w.vague) == (low, True)


@pytest.mark.parametrize("source, text, place, kind", [
    ("freshsyria_ghanya_sheikh_sindyan_artillery",
     "Civilians were injured by Assad regime’s artillery shelling on Idleb western countryside\n\nCivilians were"
     " injured Monday morning in Assad regime’s artillery shelling on “Ghanya” village in Jisr al-Shughur"
     " countryside, western Idleb.", "غانية", 1),
    ("defensepost_qamishli_asayish_vbied (headline)",
     "Syria: Civilians injured in car bomb blast near Qamishli Asayish HQ\n\nA vehicle bomb exploded in the city of"
     " Qamishli in Al-Hasakah governorate of northeastern Syria on Monday, June 17.", "القامشلي", 1),
    ("self-written", "Warplanes struck Saraqib. Regime soldiers were killed.", "سراقب", 0),
])
def test_a_plural_person_noun_without_a_number_before_the_casualty_word_is_several(source, text, place, kind):
    c = (incident(text, place).killed, incident(text, place).wounded)[kind]
    assert (c.low, c.vague) == (2, True)


@pytest.mark.parametrize("text", [
    "Warplanes struck Saraqib, where the civilians were injured.",
    "Warplanes struck Saraqib, where their children were injured.",
])
def test_definite_people_before_the_casualty_word_are_no_count(text):
    assert incident(text, "سراقب").wounded is None


@pytest.mark.parametrize("source, text, place", [
    ("sohr_darayya_14_barrels_douma_shell_dahiyat",
     "A shell, launched by the regime forces , landed on the city of Douma leaving injuries.", "دوما"),
    ("sohr_douma_massacre_shifonia_nashabiya",
     "The warplanes carried out 5 raids on the town of al-Shifonia and Arbin city, in conjunction with artillery and"
     " missile shelling that targeted areas in the town of Al-Nashabiya and Otaya town and other places in Harasta"
     " and Arbin, causing injuries in Al-Nashabiya.", "النشابية"),
    ("sohr_muadamiyat_barrels_daraa_najih",
     "The helicopters dropped barrel bombs on areas in Daraa al-Balad in Daraa city, while the regime forces opened"
     " heavy machinegun fire on areas in the town of al-Najih in the countryside of Daraa, what caused injuries for a"
     " number of citizens, including children.", "النجيح"),
])
def test_injuries_caused_or_left_without_a_figure_are_several_wounded(source, text, place):
    w = incident(text, place).wounded
    assert (w.low, w.vague) == (2, True)


def test_injuries_caused_with_a_figure_keep_the_figure():
    assert best(incident("Shells hit Douma, leaving 5 injuries.", "دوما").wounded) == 5


@pytest.mark.parametrize("source, text, place, killed, wounded", [
    ("airwars_afrin_shifaa_hospital",
     "At least 13 civilians, including four hospital staff, were killed and 27 others, including 11 hospital staff,"
     " were injured in alleged airstrikes and/or artillery shelling of Al-Shifaa Hospital in Afrin on June 12, 2021.",
     "عفرين", 13, 27),
    ("rudaw_tal_rifaat_turkish_shelling_three",
     "ERBIL, Kurdistan Region — Three civilians, including two children, were killed and multiple others wounded on"
     " Saturday in Turkish shelling of the Syrian Kurdish-controlled city of Tal Rifaat, north of Aleppo, according"
     " to local sources.", "تل رفعت", 3, 3),
    ("iraqinews_mayadin_amaq_russian_strikes",
     "The Islamic State-owned “Amaq” news agency reported that 10 Civilians were killed and 90 others were wounded in"
     " air strikes carried out by Russian warplanes on Mayadin City, in the eastern countryside of Deir Ezzor.",
     "الميادين", 10, 90),
])
def test_the_people_after_killed_and_are_the_next_count_s_not_the_dead(source, text, place, killed, wounded):
    got = incident(text, place)
    assert (best(got.killed), best(got.wounded)) == (killed, wounded)


@pytest.mark.parametrize("source, text, place", [
    ("sohr_ariha_rocket_massacre_quqfin_kafr_taal",
     "The Russian fighter jets executed three airstrikes on the perimeter of the Turkish military post in al-Barah"
     " in Jabal al-Zawiyah in the southern countryside of Idlib.", "البارة"),
    ("sohr_ariha_rockets_jabal_zawiyah_breakdown (its two sentences on Sheikh Youssef joined)",
     "A few hours earlier, SOHR sources said that Russian jets executed two strikes on Sheikh Youssef area on the"
     " western outskirts of Idlib city.", "الشيخ يوسف"),
])
def test_a_number_of_attacks_after_a_killing_verb_is_no_count(source, text, place):
    assert incident(text, place).killed is None


@pytest.mark.parametrize("source, text, place", [
    ("qasioun_ghouta_arbeen_hamouriya_barrels_zemlka",
     "The regime warplanes also launched air strikes targeting residential areas in the city of Zemlka, killing and"
     " wounding many civilians.", "زملكا"),
    ("smart_suwayda_isis_seven_villages",
     "On Wednesday, the Islamic State attacked seven villages in Eastern al-Suwayda, Southern Syria, killing and"
     " injuring civilians.", "ريف السويداء الشرقي"),
])
def test_killing_and_wounding_with_a_vague_count_gives_it_to_both(source, text, place):
    got = incident(text, place)
    assert [(c.low, c.vague) for c in (got.killed, got.wounded)] == [(2, True), (2, True)]


REAL = Path(__file__).parent / "reports" / "real" / "en"


@pytest.mark.parametrize("source, text, place, killed, wounded", [
    ("en/kurdistan24_tal_rifaat_school_artillery", (REAL / "kurdistan24_tal_rifaat_school_artillery.txt"), "تل رفعت",
     11, 21),
    ("ar/s_araby_2024_mezzeh_ten_quneitra_khan_arnabah",
     (REAL.parent / "ar" / "s_araby_2024_mezzeh_ten_quneitra_khan_arnabah.txt"), "المزة", 10, None),
    ("self-written", "Shelling kills five in Saraqib\n\nAt least five civilians were killed on Monday in regime"
     " shelling in Idlib province, a monitor said.", "سراقب", 5, None),
])
def test_an_areas_toll_in_the_body_goes_to_the_one_place_inside_it_the_title_names(source, text, place, killed,
                                                                                  wounded):
    x = extract(text.read_text(encoding="utf-8") if isinstance(text, Path) else text)
    got = {i.place.name_ar: (best(i.killed), best(i.wounded)) for i in x.incidents}
    assert got[place] == (killed, wounded)
    assert all(i.place.level != "governorate" or i.killed is None for i in x.incidents)


@pytest.mark.parametrize("text, killed", [
    ("Shelling hits Aleppo countryside\n\nAt least 11 civilians were killed in Turkish shelling in Aleppo"
     " province. Shells also hit Tal Rifaat and Azaz.", 11),
    ("Air raids on the Idlib countryside killed five people. Russian jets also struck Jisr al-Shughur.", 5),
])
def test_an_areas_toll_stays_when_no_title_names_one_place_inside_it(text, killed):
    areas = [i for i in extract(text).incidents if i.place.level in ("governorate", "region")]
    assert [best(i.killed) for i in areas] == [killed]


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("now_madaya_fleeing_civilians_hezbollah_fire",
     "“Three civilians, including a pregnant woman and her daughter, were martyred and four other female citizens"
     " were injured when regime forces and Lebanon’s Hezbollah opened fire on them in the outskirts of Madaya,” the"
     " Syrian Observatory for Human Rights reported Monday morning.", "مضايا", 1, 4),
    ("aranews_aleppo_hanano_sheikh_khider_bustan_qasr",
     "Meanwhile, 4 other civilians were killed on Sunday morning in Bustan al-Qasr neighbourhood.", "بستان القصر", 0, 4),
])
def test_a_number_counts_people_named_after_describing_words(source, text, place, kind, n):
    got = incident(text, place)
    assert best((got.killed, got.wounded)[kind]) == n


@pytest.mark.parametrize("source, text, place, killed", [
    ("airwars_coalition_shaafa_soor_records",
     "Fourteen civilians from the same family were reported killed in an alleged Coalition airstrike which was said"
     " to have targeted or struck civilians homes in Al Sha’afa.", "الشعفة", 14),
    ("aranews_daraa_dael_nawa_barrels",
     "Daraa, Syria – Three members of a Syrian family were reported dead on Thursday due to aerial bombardment by"
     " the pro-regime helicopters on the city of Da’el in Daraa province, south of Syria.", "داعل", 3),
])
def test_a_number_counts_people_of_or_from_a_family_before_the_casualty_word(source, text, place, killed):
    assert best(incident(text, place).killed) == killed


def test_people_from_a_named_place_are_not_counted_past_its_name():
    """en/sohr_daraya_57_barrels_jesrin_sniper_duma: 'A man from Jesrin' says where he came from."""
    x = extract("Sniper fire hit Muadamiyat al-Sham. A man from Jesrin was killed by a sniper.")
    assert all("Jesrin" not in (i.killed.text if i.killed else "") for i in x.incidents)


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("afp_nuges_jableh_100_tartus_48",
     "One hundred people were killed in Jableh and another 48 in Tartus to the south, including children.",
     "طرطوس", 0, 48),
    ("sohr_hasakah_ghuwayran_car_explosion",
     "Al-Hasakah province: A violent explosion was heard in Al-Hasakah City due to the explosion of a car in"
     " Ghuwayran Neighbourhood, cayusing the death of one person and the severe injury of another and he was taken"
     " to the hospital.", "الحسكة", 1, 1),
])
def test_another_counts_one_more_person_or_the_number_after_it(source, text, place, kind, n):
    got = incident(text, place)
    assert best((got.killed, got.wounded)[kind]) == n
