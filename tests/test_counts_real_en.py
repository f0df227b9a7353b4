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


@pytest.mark.parametrize("source, text, place, low, high", [
    ("airwars_coalition_shaafa_soor_records",
     "At least seven and as many 14 civilians were killed including four children and dozens more were reportedly"
     " injured in airstrikes on Al Soor, 55km northeast of Deir Ezzor city, according to local reports.", "صور", 7, 14),
    ("transterra_halk_barrel_bomb",
     "Unconfirmed reports say from 33 to more than 50 people were killed after a barrel bomb was dropped from a"
     " Syrian Army helicopter on the al-Halk neighborhood of Aleppo on Thursday, May 1st.", "الهلك", 33, None),
])
def test_a_range_told_from_its_low_end_keeps_the_low_end_and_an_open_high_end_none(source, text, place, low, high):
    k = incident(text, place).killed
    assert (k.low, k.high, k.vague) == (low, high, True)


@pytest.mark.parametrize("source, text, place, killed", [
    ("self-written", "The death toll rose from 3 to 5 civilians killed in the shelling on Douma.", "دوما", 5),
    ("self-written", "As many as 14 civilians were killed in airstrikes on Douma.", "دوما", 14),
])
def test_a_rise_from_one_figure_to_another_or_an_upper_figure_alone_is_no_range(source, text, place, killed):
    k = incident(text, place).killed
    assert (k.best, k.vague) == (killed, False)


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("qasioun_talbisseh_child_ghantu_road",
     "Homs (Qasioun) - A child under the age of ten died and others were wounded on Saturday evening when the forces"
     " of the regime bombed the town of Talbessa in the northern Homs countryside with artillery shells.",
     "تلبيسة", 0, 1),
    ("sana_bab_touma_jaish_islam_mortars",
     "A source in Damascus police command told SANA reporter that two shells fell on Bab Touma neighborhood in Old"
     " Damascus, injuring a 15 years old teen.", "باب توما", 1, 1),
])
def test_an_age_told_beside_a_person_is_no_count_the_person_is(source, text, place, kind, n):
    got = incident(text, place)
    c = (got.killed, got.wounded)[kind]
    assert (c.best, c.vague) == (n, False)


@pytest.mark.parametrize("source, text, place", [
    ("orient_azaz_motorbike_bomb_market",
     "A motorbike bomb exploded in a crowded popular market in Azaz city, killing at least a civilian and injuring"
     " others.", "أعزاز"),
    ("self-written", "Regime shelling on the town of Saraqib killed at least a child on Monday.", "سراقب"),
])
def test_at_least_before_an_article_and_a_person_is_at_least_one(source, text, place):
    k = incident(text, place).killed
    assert (k.low, k.high, k.vague) == (1, None, True)


@pytest.mark.parametrize("source, text, place, killed", [
    ("syrianobserver_douma_saqba_zebdin_snhr",
     "The Syrian air force launched deadly raids on the rebel-held city of Douma near Damascus, killing 10 civilians,"
     " six women, and four children, according to medics and a monitoring group on Wednesday.", "دوما", 10),
    ("self-written", "Regime shelling on Saraqib killed 7 people, three women, and four children.", "سراقب", 7),
    ("self-written", "Clashes in Douma caused the death of 27 members of regime forces, and 19 jihadists.", "دوما", 46),
])
def test_people_listed_after_a_count_that_add_up_to_no_more_than_it_say_who_they_were(source, text, place, killed):
    assert best(incident(text, place).killed) == killed


@pytest.mark.parametrize("source, text, place, kind, low", [
    ("reuters_lamidix_ghouta_nerve_gas_213",
     "Activists said rockets with chemical agents hit the suburbs of Ain Tarma, Zamalka and Jobar and that those"
     " killed were in the hundreds.", "زملكا", 0, 200),
    ("self-written", "Barrel bombs fell on Douma; the wounded were in the dozens.", "دوما", 1, 24),
])
def test_a_toll_in_the_hundreds_or_dozens_is_the_vague_word(source, text, place, kind, low):
    got = incident(text, place)
    c = (got.killed, got.wounded)[kind]
    assert (c.low, c.vague) == (low, True)


@pytest.mark.parametrize("source, text, place, low", [
    ("ain_jebata_khashab_clashes_baba_amr",
     "A Syrian human rights organization said that at least 15 people were killed throughout Thursday in clashes"
     " between Syrian President Bashar Assad's army and rebels in the Quneitra province.\n\nThe organization said the"
     " fighting took place in the village of Jebata al-Khashab, which is located just two kilometers from the border"
     " fence with Israel.", "جباتا الخشب", 15),
    ("aljazeera_meles_hospital_air_strikes_sarmin",
     "At least 10 people, including three children and four women, have been killed in air strikes on a hospital in"
     " northwestern Syria’s rebel-held Idlib province.\n\nAl Jazeera’s Adham Abu Hossam, reporting from the site of"
     " the attack in Meles, a town about 15km from Idlib city, said Saturday’s raids had also left many in critical"
     " condition.", "ملس", 10),
    ("ap_daraa_tank_shells_building",
     "Tank shells fired by Syrian government forces slammed into a building in a southern city, killing at least 11"
     " people there, including women and children, activists said today.\nThe attack was part of the latest push by"
     " President Bashar Assad's troops to recapture land lost to rebels in the southern province and city of Daraa,"
     " the birthplace of Syria's uprising.", "درعا", 11),
])
def test_a_toll_told_without_a_place_or_with_only_its_area_goes_to_the_place_the_next_sentence_names_the_attack_at(
        source, text, place, low):
    x = extract(text)
    assert [(i.place.name_ar, i.killed.low) for i in x.incidents if i.killed] == [(place, low)]


def test_a_toll_told_with_its_area_stays_there_when_the_next_sentence_names_no_attack_at_a_place_inside():
    """self-written: the next sentence tells of another place without naming the attack again."""
    x = extract("At least 15 people were killed in clashes in the Quneitra province. Residents fled from Jebata"
                " al-Khashab.")
    assert [i.place.level for i in x.incidents if i.killed] == ["governorate"]


@pytest.mark.parametrize("source, text, place, low", [
    ("ap_sbs_al_quds_sukkari_msf_outraged",
     "Twenty people, including doctors and children, have died in airstrikes on a hospital in rebel-held Aleppo,"
     " Syria.\n\nMédecins Sans Frontières has condemned a series of airstrike that have killed at least 20 people in"
     " the Syrian city of Aleppo overnight.", "حلب", 20),
    ("ar/n_spa_al_bab_market_airstrike_2014",
     "قتل 11 مدنياً اليوم في قصف لقوات نظام الأسد على مدينة الباب في ريف محافظة حلب في شمال سوريا الواقعة تحت سيطرة"
     " تنظيم داعش. وأفاد المرصد السوري لحقوق الإنسان بأن الطيران الحربي شن اليوم ست غارات على مناطق في مدينة الباب"
     " التي يسيطر عليها تنظيم داعش شمال شرق مدينة حلب، مشيرًا إلى أن إحداها \" استهدفت منطقة بالقرب من سوق شعبي"
     " تشهد تجمعاً للمواطنين، ما أدى إلى مقتل ما لا يقل عن 11 مواطنًا وسقوط أكثر من 17 جريحًا بينهم أطفال ونساء \" .",
     "الباب", 11),
])
def test_a_figure_told_bare_and_again_as_at_least_keeps_the_bound(source, text, place, low):
    k = incident(text, place).killed
    assert (k.low, k.high, k.vague) == (low, None, True)


def test_a_city_s_bound_goes_to_the_one_quarter_named_after_it_for_the_same_attack():
    """en/ap_sbs_al_quds_sukkari_msf_outraged: the district told last takes the city's 'at least 20'."""
    x = extract(open("tests/reports/real/en/ap_sbs_al_quds_sukkari_msf_outraged.txt", encoding="utf-8").read())
    assert [(i.place.name_en, i.killed.low, i.killed.vague) for i in x.incidents if i.killed] == \
        [("as-Sukkari", 20, True)]


@pytest.mark.parametrize("source, text, place, killed", [
    ("sohr_aleppo_23sep2016_quarters_beshqatin_bab",
     "Also the Syrian Observatory for human rights documented 26 casualties in Aleppo city, were 15 civilians,"
     " including a woman and 5 of her children, another woman and her 4 children, man and his wife and their child"
     " and boy, they were killed in a massacre carried out by warplanes that targeted Beshqatin village in the western"
     " countryside of Aleppo, the Observatory also documented the death of 11 people, they were killed in raids by"
     " warplanes on areas of al-Bab city which is controlled by the “Islamic state” northeast of Aleppo province.",
     "الباب", 11),
    ("self-written", "Warplanes struck Saraqib, the death of 4 people was documented, they were killed in raids on"
     " Sarmin.", "سرمين", 4),
])
def test_a_count_before_a_clause_that_tells_of_them_again_with_places_is_those_places(source, text, place, killed):
    assert best(incident(text, place).killed) == killed


GHOUTA_BREAKDOWN = (
    "The number of civilians who were killed due to aerial bombardment on places in the Eastern Ghouta has risen"
    " to 23, where 11 civilians, including 5 children, killed in the city of Duma, 9, including 6 children and a"
    " woman, in the city of Erbin while 3 other civilian on the outskirts of Hammoriyya in the Eastern Ghouta.")


@pytest.mark.parametrize("source, text, place, killed", [
    ("sohr_ghouta_three_cities_jaramana", GHOUTA_BREAKDOWN, "عربين", 9),
    ("self-written",
     "Shelling killed 14 people in Douma, 6, among them two women, in the town of Saqba.", "سقبا", 6),
])
def test_a_bare_number_closed_by_an_aside_counts_the_place_after_it(source, text, place, killed):
    """The corpus holds the construction once: a number alone, an aside, then 'in the city of' + a place
    is a part of the breakdown, of the kind counted before."""
    assert best(incident(text, place).killed) == killed


@pytest.mark.parametrize("source, text, place, killed", [
    ("sohr_ghouta_three_cities_jaramana", GHOUTA_BREAKDOWN, "حمورية", 3),
    ("self-written",
     "Shelling killed 14 people in the town of Douma, while 4 more civilians on the outskirts of Saqba.", "سقبا", 4),
])
def test_people_counted_after_a_connective_are_a_part_of_the_count_before(source, text, place, killed):
    """The corpus holds the construction once: 'while' + a number, one word, a person noun, then 'on the
    outskirts of' + a place counts that place, of the kind counted before (no casualty word of its own)."""
    assert best(incident(text, place).killed) == killed


ARIHA_BREAKDOWN = (Path(__file__).resolve().parent / "reports" / "real" / "en"
                   / "sohr_ariha_rockets_jabal_zawiyah_breakdown.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("source, text, parts, wounded", [
    ("sohr_ariha_rockets_jabal_zawiyah_breakdown", ARIHA_BREAKDOWN,
     {"بليون": 2, "إبلين": 5, "بلشون": 2}, 16),
    ("self-written",
     "The death toll of the shelling rose to 7 people. The fatalities were distributed as follows:\n\n"
     "- Kafr Nabl town: four civilians.\n\n- Hass village: three children.", {"كفرنبل": 4, "حاس": 3}, None),
])
def test_a_listed_breakdown_gives_each_place_its_part_and_the_sum_to_none(source, text, parts, wounded):
    """Under 'as follows', each line 'Place town: people counted' is that place's own killed; the toll they
    add up to is no place's; the story's attack and the injured of 'these areas' go to all of them."""
    got = {i.place.name_ar: i for i in extract(text, lang="en").incidents}
    assert {k: best(got[k].killed) for k in parts if k in got} == parts, got.keys()
    if wounded:
        assert all(best(got[k].wounded) == wounded and "artillery" in got[k].types for k in parts)
