"""English reports read with the same contract as Arabic ones."""
import pytest

from core.extract import extract


def one(text, **kw):
    x = extract(text, **kw)
    assert len(x.incidents) == 1, [(i.place.name_en, i.types) for i in x.incidents]
    return x.incidents[0]


def test_event_note_with_date_actor_type_and_counts():
    x = extract("On 25 October 2016, Russian and regime warplanes struck the al-Ferdous neighbourhood "
                "of Aleppo city, killing 15 civilians and wounding dozens.")
    assert x.report.lang == "en" and x.report.date == "2016-10-25"
    assert len(x.incidents) == 1
    i = x.incidents[0]
    assert i.place.level == "neighbourhood" and i.place.governorate == "Aleppo"
    assert i.types == ("airstrike",)
    assert set(i.actors) == {"russia", "government"}
    assert i.killed.best == 15 and not i.killed.vague
    assert i.wounded.vague and i.wounded.low == 24


@pytest.mark.parametrize("spelling", ["Douma", "Duma"])
def test_transliteration_variants_find_the_same_town(spelling):
    i = one(f"Regime artillery shelled {spelling}, killing three people.")
    assert i.place.name_en.lower().startswith("dou") or i.place.name_ar == "دوما"


@pytest.mark.parametrize("phrase, low, best, vague", [
    ("killing two civilians", 2, 2, False),
    ("killing at least 12 people", 12, 12, True),
    ("killing more than 20 people", 21, 21, True),
    ("killing around 30 people", None, 30, True),
    ("killing a dozen people", 12, 12, False),
    ("killing dozens of people", 24, 36, True),
    ("killing several civilians", 2, 3, True),
])
def test_english_count_forms(phrase, low, best, vague):
    k = one(f"Russian jets bombed the town of Arbin in Eastern Ghouta, {phrase}.").killed
    assert (k.low, k.best, k.vague) == (low, best, vague)


def test_no_casualties_is_zero():
    i = one("Regime helicopters dropped barrel bombs on Khan al-Shih, causing no casualties.")
    assert i.killed.best == 0 and "barrel_bomb" in i.types


def test_countryside_is_a_region_not_a_town():
    i = one("Turkish artillery shelled villages in the northern Aleppo countryside.")
    assert i.place.level == "region"


def test_list_of_towns_shares_the_count():
    x = extract("Airstrikes hit Zamalka, Kafr Batna, Hammouriyeh and Saqba, wounding dozens of civilians.")
    assert len(x.incidents) == 4
    assert all(i.wounded and i.wounded.shared for i in x.incidents)


def test_diplomatic_news_is_not_an_incident():
    x = extract("The UN Security Council met in New York to discuss the situation in Syria; "
                "Russia and Turkey called for talks in Geneva.")
    assert x.incidents == ()


def test_mixed_arabic_and_english_report_reads_both():
    text = ("قصف الطيران الروسي مدينة دوما ما أدى لسقوط 3 شهداء.\n\n"
            "Meanwhile, regime forces shelled Jobar with mortars, wounding five people.")
    names = {i.place.name_ar for i in extract(text).incidents}
    assert "دوما" in names and "جوبر" in names


@pytest.mark.parametrize("name", ["Kafr Nowhere", "Tell Nowhere", "Ein Nowhere", "Nowhereville"])
def test_unknown_village_after_the_village_of_is_unresolved_and_keeps_its_casualties(name):
    x = extract("Regime helicopters dropped barrel bombs on Douma, killing four people. "
                f"In the village of {name}, three civilians were killed by shelling.")
    assert [m.text for m in x.unresolved] == [name]
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == [("دوما", 4)]


def test_compass_word_between_town_and_province_keeps_the_count_with_the_town():
    x = extract("An airstrike on Saraqib in eastern Idlib province killed at least 6 people.")
    assert [i.place.name_ar for i in x.incidents] == ["سراقب"]
    i = x.incidents[0]
    assert i.killed.low == 6 and i.killed.vague and not i.killed.shared


@pytest.mark.parametrize("text", [
    "Douma, the largest town in Eastern Ghouta, was hit by airstrikes that killed five civilians.",
    "Warplanes struck Douma, the largest town of Eastern Ghouta, killing five civilians.",
])
def test_an_area_in_apposition_only_says_where_the_place_is(text):
    i = one(text)
    assert i.place.name_ar == "دوما" and i.types == ("airstrike",) and i.killed.best == 5


def test_the_town_points_back_to_the_last_town_named_in_the_paragraph():
    x = extract("Regime warplanes struck Saraqib on Monday, killing 3 people. Rebel fighters later clashed "
                "with government troops on the eastern edge of the town, while shelling hit Taftanaz.")
    got = {i.place.name_ar: i for i in x.incidents}
    assert set(got) == {"سراقب", "تفتناز"}
    assert "clashes" in got["سراقب"].types and "opposition" in got["سراقب"].actors
    assert got["تفتناز"].types == ("shelling",)


@pytest.mark.parametrize("phrase, low", [
    ("more than 500 people, mostly women and children, were brought to medical centres", 501),
    ("30 people were treated for suffocation", 30),
    ("40 civilians, including 12 children, were hospitalised", 40),
    ("dozens of people were taken to hospital", 24),
])
def test_people_treated_or_taken_to_hospital_are_wounded(phrase, low):
    i = one(f"A chlorine attack hit Kafr Zita on Friday; {phrase}.")
    assert i.wounded.low == low and i.killed is None


def test_an_aside_with_its_own_number_does_not_take_the_count():
    i = one("An airstrike on Saraqib killed 12 people, including 5 children, and wounded 20.")
    assert (i.killed.best, i.wounded.best) == (12, 20)


@pytest.mark.parametrize("text, killed", [
    ("A boy was killed when shells hit Jisr al-Shughur.", 1),
    ("Shells hit Jisr al-Shughur, killing an elderly woman.", 1),
    ("Shells hit Jisr al-Shughur, killing a farmer and his two sons.", 3),
    ("A mother and her three children were killed when shells hit Jisr al-Shughur.", 4),
])
def test_an_indefinite_person_counts_one_and_people_joined_by_and_add_up(text, killed):
    i = one(text)
    assert i.killed.best == killed and not i.killed.vague


def test_a_count_of_another_kind_after_and_is_not_added():
    i = one("Regime shelling on Jisr al-Shughur killed 2 and wounded 6 civilians.")
    assert (i.killed.best, i.wounded.best) == (2, 6)


def test_an_article_across_a_comma_counts_nothing():
    i = one("Shells hit Jisr al-Shughur and 40 people were treated, a doctor said.")
    assert i.wounded.best == 40


@pytest.mark.parametrize("text, types", [
    ("Regime warplanes dropped barrel bombs on Jisr al-Shughur.", ("barrel_bomb",)),
    ("Regime warplanes carried out air raids and dropped barrel bombs on Jisr al-Shughur.", ("airstrike", "barrel_bomb")),
    ("Regime warplanes struck Jisr al-Shughur.", ("airstrike",)),
])
def test_aircraft_beside_barrel_bombs_carry_them_rather_than_strike(text, types):
    assert one(text).types == types


def test_a_group_counted_among_the_dead_is_not_the_attacker():
    i = one("A car bomb exploded in Jisr al-Shughur, killing four HTS members.")
    assert i.actors == () and i.killed.best == 4


def test_an_unknown_village_near_a_known_town_is_unresolved_and_the_town_no_incident():
    x = extract("Coalition aircraft hit the village of Kafr Nowhere near the town of Jisr al-Shughur.")
    assert x.incidents == ()
    assert [u.text for u in x.unresolved] == ["Kafr Nowhere"]


def test_near_alone_gives_the_nearest_known_place():
    i = one("Coalition aircraft hit targets near Jisr al-Shughur.")
    assert i.types == ("airstrike",)


def test_a_name_before_area_that_the_gazetteer_lacks_is_listed_and_its_city_kept():
    x = extract("Mortar rounds fell on the Maliki area of Damascus.")
    assert [i.place.name_en for i in x.incidents] == ["Damascus"]
    assert [u.text for u in x.unresolved] == ["Maliki"]


def test_a_count_before_including_is_the_whole_toll():
    i = one("Six civilians including three children were killed in air raids on Jisr al-Shughur.")
    assert i.killed.best == 6


def test_reconnaissance_planes_overhead_are_no_airstrike():
    i = one("Mortar shells hit Jisr al-Shughur as reconnaissance planes circled overhead.")
    assert i.types == ("mortar",)


@pytest.mark.parametrize("text, places, unresolved", [
    ("Regime artillery shelled Kafr Batna, Beit Nowhere and Saqba.", ["Kafr Batna", "Saqba"], ["Beit Nowhere"]),
    ("Regime artillery shelled the towns of Kafr Batna and Beit Nowhere with rockets.", ["Kafr Batna"], ["Beit Nowhere"]),
    ("Turkish artillery shelled the villages of Arima and Awn al-Dadat.", ["Arima"], ["Awn al-Dadat"]),
])
def test_a_list_goes_on_through_a_name_the_gazetteer_lacks(text, places, unresolved):
    x = extract(text)
    assert [i.place.name_en for i in x.incidents] == places
    assert [u.text for u in x.unresolved] == unresolved


def test_each_dated_line_dates_its_own_incident():
    x = extract("On 3 June 2017, shelling hit Jisr al-Shughur.\nOn 5 June 2017, the army shelled Kafr Batna.")
    assert [i.date for i in x.incidents] == ["2017-06-03", "2017-06-05"]


@pytest.mark.parametrize("words, low, vague", [("more than two dozen", 25, True), ("half a dozen", 6, False),
                                               ("three dozen", 36, False)])
def test_dozens_as_multipliers(words, low, vague):
    i = one(f"Shelling on Jisr al-Shughur killed {words} civilians.")
    assert (i.killed.low, i.killed.vague) == (low, vague)


def test_an_article_reaches_a_person_two_words_on():
    i = one("Gunmen shot dead a local council member in Jisr al-Shughur.")
    assert i.killed.best == 1


def test_a_country_that_reports_the_attack_is_not_its_actor():
    i = one("Regime artillery shelled Jisr al-Shughur, Turkey said.")
    assert i.actors == ("government",)


def test_a_title_naming_an_area_gives_way_to_the_body_places_inside_it():
    x = extract("Five killed in air raids on the Idlib countryside\n\n"
                "Russian jets struck Jisr al-Shughur on Monday, killing five civilians.")
    assert [i.place.level for i in x.incidents] == ["town"]


def test_an_area_with_its_own_figures_in_the_body_stays():
    x = extract("Air raids on the Idlib countryside killed five people. Russian jets also struck Jisr al-Shughur.")
    assert sorted(i.place.level for i in x.incidents) == ["region", "town"]


def test_the_word_syrian_is_no_place():
    assert [i.place.name_en for i in extract("The Syrian Civil Defence said warplanes struck Binnish.").incidents] == ["Binnish"]


def test_an_english_name_whose_arabic_is_an_ordinary_word_still_counts():
    i = one("Warplanes struck Tabqa, killing four civilians.")
    assert i.place.governorate == "Raqqa" and i.killed.best == 4


def test_a_neighbourhood_the_gazetteer_lacks_is_not_a_homonym_elsewhere():
    x = extract("Coalition aircraft struck a building in the al-Badu neighbourhood of Raqqa.")
    assert [(i.place.name_en, i.place.level) for i in x.incidents] == [("Raqqa", "city")]
    assert [u.text for u in x.unresolved] == ["al-Badu"]


@pytest.mark.parametrize("text, actors", [
    ("Russian jets struck ISIS positions in Jisr al-Shughur.", ("russia",)),
    ("An IED hit a bus carrying HTS members in Jisr al-Shughur.", ()),
    ("A car bomb exploded near a checkpoint run by the YPG in Jisr al-Shughur.", ()),
    ("Regime troops clashed with ISIS fighters in Jisr al-Shughur.", ("government", "isis")),
])
def test_who_was_hit_is_not_who_attacked(text, actors):
    assert one(text).actors == actors


def test_where_the_fire_came_from_is_no_target():
    x = extract("Rebel rockets fired from Jisr al-Shughur struck Kafr Batna, wounding four.")
    assert [i.place.name_en for i in x.incidents] == ["Kafr Batna"]


def test_an_unknown_name_after_an_attack_verb_keeps_the_facts_from_the_place_before():
    x = extract("Regime helicopters dropped barrel bombs on Kafr Batna. More barrel bombs hit Beit Nowhere, killing two.")
    assert [(i.place.name_en, i.killed) for i in x.incidents] == [("Kafr Batna", None)]
    assert [u.text for u in x.unresolved] == ["Beit Nowhere"]


def test_a_month_or_weekday_after_in_or_on_is_no_unknown_place():
    assert extract("Shelling hit Kafr Batna on Monday, as in March.").unresolved == ()


def test_the_attacker_of_one_sentence_does_not_carry_to_another_kind_of_attack():
    x = extract("Regime helicopters dropped barrel bombs on Kafr Batna. Shelling on Saqba killed six civilians.")
    assert [(i.place.name_en, i.actors) for i in x.incidents] == [("Kafr Batna", ("government",)), ("Saqba", ())]


def test_names_before_a_plural_cue_are_each_unresolved():
    x = extract("Mortar shells fell on Bab Nowhere and al-Somewhere neighbourhoods in Damascus.")
    assert [u.text for u in x.unresolved] == ["Bab Nowhere", "al-Somewhere"]


def test_table_like_tolls_read_each_place_its_figures():
    x = extract("Casualties by location: Kafr Batna - killed: 4, injured: 11; Saqba - killed: 0, injured: 6. "
                "Cause: aerial bombardment in Kafr Batna and Saqba.")
    assert [(i.place.name_en, i.killed.best, i.wounded.best) for i in x.incidents] == [("Kafr Batna", 4, 11), ("Saqba", 0, 6)]


@pytest.mark.parametrize("text, actors, killed", [
    ("A car bomb hit an SDF checkpoint in Jisr al-Shughur, 5 SDF fighters killed.", (), 5),
    ("A suicide bombing killed 9 rebel fighters in Jisr al-Shughur.", (), 9),
])
def test_fighters_counted_among_the_dead_are_victims(text, actors, killed):
    i = one(text)
    assert (i.actors, i.killed.best) == (actors, killed)


@pytest.mark.parametrize("text, places, unresolved", [
    ("Russian warplanes struck Beit Sawa and Hazzeh in Eastern Ghouta, resulting in 27 fatalities.", ["Beit Sawa"], ["Hazzeh"]),
    ("Shelling hit Azaz, Aleppo, killing 3.", ["Azaz"], []),
    ("Russian warplanes carried out airstrikes on Kfar Nubl (Kafranbel), killing 6 civilians.", ["Kafr Nabl"], []),
])
def test_the_area_after_a_place_says_which_homonym_it_is(text, places, unresolved):
    x = extract(text)
    assert [i.place.name_en for i in x.incidents] == places
    assert [u.text for u in x.unresolved] == unresolved


def test_an_acled_fatalities_line_belongs_to_its_own_dated_note():
    x = extract("On 14 August 2012, regime artillery shelled Kafr Batna. Fatalities: 4.\n\n"
                "On 25 November 2016, regime forces clashed with rebels in Saqba. Fatalities: around 9.")
    assert [(i.date, i.killed.best, i.killed.vague) for i in x.incidents] == [("2012-08-14", 4, False), ("2016-11-25", 9, True)]


@pytest.mark.parametrize("text, actor", [
    ("Turkish airstrikes hit Ras al-Ain, killing seven civilians.", "turkey"),
    ("Turkish shelling hit Tal Abyad, wounding four people.", "turkey"),
    ("Russian air strikes hit Saraqib, killing two people.", "russia"),
    ("Pro-regime forces backed by Iranian proxies captured Al-Bukamal.", "iran_militias"),
])
def test_an_attack_or_proxy_named_by_its_state_names_that_actor(text, actor):
    assert actor in one(text).actors


@pytest.mark.parametrize("text, place", [
    ("In Tal Abyad, heavy shelling continued throughout the night.", "Tell Abyad"),
    ("On Ariha, regime artillery fired dozens of shells.", "Ariha"),
])
def test_a_capitalised_preposition_opening_a_sentence_begins_no_place_name(text, place):
    assert one(text).place.name_en == place


def test_a_dateline_city_does_not_scope_the_places_after_it():
    i = one("DAMASCUS, May 23, 2016 (AFP) - Two suicide bombings ripped through a bus station in Jableh, "
            "killing at least 16 people, in a rare attack on the coastal province of Latakia.")
    assert i.place.name_en == "Jableh" and i.types == ("ied",)


def test_a_body_count_beats_the_headline_figure():
    k = one("Twin blasts kill 16 in Jableh\n\nTwo suicide bombings hit Jableh on Monday, killing at least 16 people.").killed
    assert (k.low, k.vague) == (16, True)


@pytest.mark.parametrize("text", [
    "Rebels fired rockets at the town of Qardaha, the hometown of President Bashar al-Assad, causing only material damage.",
    "A car bomb exploded in Qardaha, causing only material damage, said Rami Abdel Rahman of the Observatory.",
])
def test_a_person_named_after_a_place_is_neither_a_place_nor_an_unmapped_one(text):
    x = extract(text)
    assert [i.place.name_en for i in x.incidents] == ["Qardaha"] and x.unresolved == ()
    assert x.incidents[0].killed.best == 0


@pytest.mark.parametrize("text, place, killed, wounded, actor", [
    ("Rockets slammed into Mhardeh, killing five people.\n\nSANA said another 14 people were wounded in the attack.",
     "Mharda", 5, 14, "opposition"),
    ("Two suicide bombings hit Jableh, killing 16 people, in an attack on the province of Latakia.\n\n"
     "The Islamic State group claimed the attack.", "Jableh", 16, None, "isis"),
])
def test_a_paragraph_naming_no_place_goes_on_about_the_last_places_of_the_one_before(text, place, killed, wounded, actor):
    i = one(text.replace("Rockets", "Rebel rockets"))
    assert i.place.name_en == place and i.killed.best == killed and actor in i.actors
    assert (i.wounded.best if i.wounded else None) == wounded


@pytest.mark.parametrize("text", [
    "Rockets fired by rebels positioned in nearby Kafr Zita slammed into Mhardeh, wounding 14 people.",
    "Rebel rockets fired from neighboring Kafr Zita hit Mhardeh, wounding 14 people.",
])
def test_where_fire_came_from_is_no_target_even_when_nearby(text):
    i = one(text)
    assert i.place.name_en == "Mharda" and i.wounded.best == 14


def test_a_cue_word_before_a_comma_gives_no_level_to_the_word_after_it():
    x = extract("Rockets slammed into Mhardeh in central Hama province, Syrian state media reported.\n\n"
                "SANA said another 14 people were wounded in the attack.")
    assert [(i.place.name_en, i.wounded.best) for i in x.incidents] == [("Mharda", 14)]


def test_the_field_lines_of_a_record_go_on_about_its_location():
    x = extract("Date: 14/11/2018\nLocation: Hajin, Deir ez-Zor governorate\nCivilians reported killed: 12–18\n"
                "Civilians reported injured: 5\nBelligerents: US-led Coalition\n"
                "Summary: Coalition aircraft struck homes in Hajin.")
    assert [i.place.name_en for i in x.incidents] == ["Hajin"]
    i = x.incidents[0]
    assert (i.killed.low, i.killed.high, i.wounded.best) == (12, 18, 5) and "coalition" in i.actors


def test_a_label_title_alone_is_still_a_title():
    x = extract("SOHR: airstrikes on Idlib province\nRussian jets struck Saraqib, killing 4 civilians.")
    assert [i.place.name_en for i in x.incidents] == ["Saraqib"]


@pytest.mark.parametrize("text, places", [
    ("Israeli strikes hit targets near Damascus\n\nIsraeli missiles struck Kisweh, killing nine fighters.", ["Al-Kiswah"]),
    ("Israeli strikes hit targets near Damascus\n\nIsraeli missiles struck Tafas, killing nine fighters.",
     ["Damascus", "Tafas"]),
])
def test_a_title_city_stands_for_the_body_places_around_it_only(text, places):
    assert [i.place.name_en for i in extract(text).incidents] == places


@pytest.mark.parametrize("text", [
    "Teams assessed the Rastan national hospital, which has been out of service since an airstrike in 2015.",
    "Aid reached Rastan, besieged since the 2016 regime offensive.",
])
def test_an_attack_after_since_dates_a_state_of_things_and_is_no_incident(text):
    assert extract(text).incidents == ()


def test_since_the_morning_does_not_hide_the_attack():
    assert one("Jets have struck Rastan since the morning, killing 3.").types == ("airstrike",)


@pytest.mark.parametrize("text", [
    "Turkish forces shelled Arima in the western countryside of Manbij, wounding two.",
    "Shelling on Manbij countryside continues\n\nTurkish forces shelled Arima, wounding two.",
])
def test_a_towns_countryside_gives_way_to_the_places_around_that_town(text):
    assert [i.place.name_en for i in extract(text).incidents] == ["Arima"]


@pytest.mark.parametrize("text", [
    "A Turkish drone targeted a car on the road between Ayn al-Arab (Kobani) and Sarrin, killing two.",
    "A Turkish drone targeted a car on the highway between Kobani and Sarrin, killing two.",
])
def test_on_the_road_between_two_towns_the_event_is_at_the_first(text):
    x = extract(text)
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == [("عين العرب", 2)]


def test_a_new_paragraph_does_not_inherit_the_attack_types_of_the_one_before():
    x = extract("Turkish drones struck Tal Tamr, killing two SDF commanders.\n"
                "In Diban, unidentified gunmen shot dead a local council member.")
    assert [(i.place.name_en, i.types) for i in x.incidents] == [("Tell Tamer", ("airstrike",)), ("Diban", ())]


@pytest.mark.parametrize("text, t, actor", [
    ("In Tabqa, an air-dropped munition killed nine civilians; residents blamed the coalition.", "airstrike", "coalition"),
    ("Artillery fire by US Marines struck al-Mansoura, killing three.", "artillery", "coalition"),
])
def test_air_dropped_munitions_and_us_troops(text, t, actor):
    i = one(text)
    assert t in i.types and actor in i.actors


def test_the_dead_included_gives_the_sub_count_to_its_place():
    """The city's 21 is a total over its quarters, one of which tells its dead: the quarter carries
    the incident, the city is none (the container rule, tests/test_containers_real.py)."""
    x = extract("Helicopters dropped barrel bombs on Aleppo, killing at least 21 people.\n\n"
                "The civil defence said the dead included a family of seven in the Shaar neighbourhood.")
    assert [(i.place.name_en, i.killed.best) for i in x.incidents] == [("ash-Sha'ar", 7)]


@pytest.mark.parametrize("text, shared", [
    ("Turkish drones struck an airport near Saraqib and targeted regime troops in Kafr Nabl, killing 16 soldiers.",
     {"Kafr Nabl": False}),
    ("Barrel bombs fell on Douma and on Harasta, wounding dozens.", {"Douma": True, "Harasta": True}),
])
def test_a_count_after_two_attacks_in_one_clause_is_the_last_ones(text, shared):
    x = extract(text)
    assert {i.place.name_en: i.wounded.shared if i.wounded else i.killed.shared
            for i in x.incidents if i.killed or i.wounded} == shared


def test_an_unknown_name_inside_a_town_that_opens_the_sentence_keeps_the_towns_facts():
    x = extract("• Al-Hasakah city: fighting continued around Ghweran prison, where ISIS cells attacked with car bombs.")
    assert [(i.place.name_en, i.types) for i in x.incidents] == [("Al-Hasakah", ("clashes", "ied"))]
    assert [u.text for u in x.unresolved] == ["Ghweran"]


@pytest.mark.parametrize("text, kind, low", [
    ("Shelling hit Douma. Two children were also killed.", "killed", 2),
    ("Car bombs hit the prison in Hasakah; scores of inmates were also reported dead.", "killed", 24),
    ("Mortars hit Adra prison in Damascus countryside, wounding 11 prisoners and two guards.", "wounded", 13),
])
def test_were_also_killed_and_people_held_or_guarding(text, kind, low):
    c = getattr(one(text), kind)
    assert c.low == low


@pytest.mark.parametrize("text, place", [
    ("Russian warplanes fired missiles at Ariha city in Idlib suburbs, killing five civilians.", "Ariha"),
    ("Regime forces shelled Jarjanaz town in the eastern suburbs of Idlib, killing a child.", "Jarjnaz"),
    ("ISIS militants ambushed a bus near al-Sukhnah in the Homs desert, killing 20 soldiers.", "Al-Sukhnah"),
])
def test_a_citys_suburbs_or_desert_after_a_town_only_say_where_it_is(text, place):
    i = one(text)
    assert i.place.name_en == place and not i.killed.shared


def test_a_cue_does_not_make_a_country_word_a_place():
    assert [i.place.name_en for i in extract("ISIS ambush kills 20 soldiers in Syrian desert\n\n"
                                             "ISIS militants ambushed a bus near al-Sukhnah, killing 20 soldiers.").incidents] == ["Al-Sukhnah"]


def test_kurdish_media_wording_of_turkey_and_the_factions_it_backs():
    i = one("The Turkish occupation army and its mercenaries shelled Deir Jamal with heavy artillery.")
    assert {"turkey", "opposition"} <= set(i.actors) and "government" not in i.actors


@pytest.mark.parametrize("text", ["SDF fighters clashed with ISIS in Raqqa's old city.",
                                  "SDF fighters clashed with ISIS in Raqqa\u2019s old city."])
def test_a_possessive_s_is_no_part_of_a_place_name(text):
    x = extract(text)
    assert [i.place.name_en for i in x.incidents] == ["Raqqa"] and x.unresolved == ()


def test_pilots_are_counted_people():
    assert one("Rebels shot down a helicopter near Saraqib, killing its two pilots.").killed.best == 2


def test_a_titles_last_word_is_no_cue_for_the_next_paragraph():
    x = extract("Fierce fighting on the northern front\n\nViolent clashes continue on the axes of Kafr Nabouda, "
                "where rebels attacked regime forces.")
    assert [(i.place.name_en, i.types) for i in x.incidents] == [("Kafr Nabudah", ("clashes",))]
    assert "Violent" not in [u.text for u in x.unresolved]


@pytest.mark.parametrize("text, actors", [
    ("Islamic State militants ambushed a bus near al-Sukhnah.\n\nA landmine left by the militants killed six shepherds "
     "near al-Qaryatain.", ("isis",)),
    ("HTS fighters attacked Mhardeh.\n\nThe jihadists shelled Suqaylabiyah, wounding two.", ("hts",)),
    ("Regime forces shelled Ariha.\n\nA landmine left by the militants killed six shepherds near Sarmin.", ()),
])
def test_the_militants_as_agent_are_the_jihadist_group_named_before(text, actors):
    assert extract(text).incidents[-1].actors == actors


@pytest.mark.parametrize("text, place, level", [
    ("Turkish warplanes struck YPG positions in Afrin's Rajo district, killing 9 fighters.", "Raju", "subdistrict"),
    ("Turkish shelling hit villages in Afrin district.", "Afrin", "district"),
    ("Shelling hit the al-Midan district of Aleppo.", "al-Midan", "neighbourhood"),
    ("Jets struck Idlib's Maarat al-Numan, killing 3.", "Ma'arrat Nu'man", "town"),
])
def test_district_is_a_quarter_or_the_unit_named_after_a_town_and_a_possessive_only_locates(text, place, level):
    i = one(text)
    assert (i.place.name_en, i.place.level) == (place, level)


def test_places_after_a_targeting_verb_take_the_attack_of_their_sentence():
    x = extract("Russian warplanes carried out raids on the southern Idlib countryside, and hit Kansafra and al-Bara.")
    assert {i.place.name_en: i.types for i in x.incidents} == {"Kansafra": ("airstrike",), "Bara": ("airstrike",)}


@pytest.mark.parametrize("text, actors", [
    ("Pro-government media said rebels shelled Aleppo's al-Hamdaniyeh district, killing two.", ("opposition",)),
    ("Opposition sources reported that regime helicopters dropped barrel bombs on Daraya, killing 4.", ("government",)),
    ("Russian officials said ISIS fighters shelled Deir ez-Zor airport, killing 3 soldiers.", ("isis",)),
])
def test_an_actor_naming_a_news_source_is_not_the_attacker(text, actors):
    assert one(text).actors == actors


@pytest.mark.parametrize("text", [
    "Iraqi Army artillery shelled Albu Kamal, killing 3 civilians.",
    "Lebanese army helicopters struck the outskirts of Qusayr, killing two.",
])
def test_the_army_of_a_state_the_actor_list_lacks_is_not_the_syrian_army(text):
    assert one(text).actors == ()


def test_a_bare_army_is_still_the_syrian_army():
    assert one("Army artillery shelled Kafr Zita, killing one.").actors == ("government",)
