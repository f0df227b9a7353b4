"""False places of issue 12 (precision), each class pinned on excerpts of real passages
(tests/reports/real, the file named beside each): ordinary words read as villages, scope words,
reference points and names inside names are no incident places."""
import pytest

from core.extract import extract


def places(text, lang=None):
    """Arabic names of the incident places the extractor gives for `text`."""
    return {i.place.name_ar for i in extract(text, lang=lang).incidents}


@pytest.mark.parametrize("source, text, word, place", [
    ("ar/n_spc_salahuddin_elephant_rocket",
     "استهداف قوات الأسد للحي الواقع تحت سيطرة الثوار بصاروخ أرض – أرض قصير المدى من طراز فيل، بالإضافة إلى عدد"
     " من الجرحى في حي صلاح الدين", "القصير", "صلاح الدين"),
    ("ar/n_alhayat_raqqa_harat_badu_coalition",
     "«أسفر قصف للتحالف الدولي أمس على حارة البدو المكتظة بالسكان وسط مدينة الرقة عن مقتل 27 مدنياً",
     "الحارة", "الرقة"),
    ("ar/n_athr_raqqa_jamili_coalition",
     "قتل 5 مدنيين بينهم أطفال ونساء بغارة شنها طيران التحالف الدولي على حارة الجميلي في الرقة", "الحارة", "الرقة"),
    ("ar/s_baladi_wadi_barada_3000_shells_madaya",
     "قصف مضايا بالطيران الحربي والمروحي وعشرات صواريخ \"فيل\" من نوع أرض أرض عالية التدمير بشكل مكثف للغاية",
     "العالية", "مضايا"),
    ("ar/s_shaam_douma_russian_assad_jets",
     "حلقت أكثر من 3 طائرات حربية روسية وأسدية في سماء مدينة دوما بالغوطة الشرقية، وشنت غارات على المدينة",
     "الأسدية", "دوما"),
    ("ar/s_baath_sana_mortars_bosra_waer_tilfita",
     "بينما أصيب مواطن بجروح أثناء وجوده على باب منزله جراء اعتداء إرهابي بقذائف هاون على بلدة بصرى الشام",
     "الباب", "بصرى الشام"),
])
def test_a_bare_noun_spelling_a_definite_place_name_is_no_place(source, text, word, place):
    got = places(text)
    assert word not in got and place in got, got


@pytest.mark.parametrize("text, place", [
    ("قصف مدفعي على الباب أدى إلى مقتل مدني.", "الباب"),
    ("قصف مدفعي على مدينة قصير أدى إلى مقتل مدني.", "القصير"),
])
def test_the_definite_name_or_a_cue_still_names_the_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("source, text, word", [
    ("ar/s_addustour_2014_douma_42_sohr",
     "عواصم - قتل 42 شخصا بينهم 7 اطفال في سلسلة من الغارات الجوية من قبل طائرات «النظام السوري» على دوما", "سلسلة"),
    ("ar/n_alwatanalarabi_tartus_jableh_toll_swap", "استهدفت سلسلة تفجيرات الاثنين مدينتي جبلة وطرطوس", "سلسلة"),
    ("ar/s_arabi21_zabadani_barrels_23", "قتلى لحزب الله بالزبداني وسط قصف كثيف للنظام (صور وفيديو)", "صور"),
    ("ar/s_dnst_2013_ghouta_sarin_zamalka_ain_tarma",
     "وذكر التقرير أن الهجوم حدث في ساعة ضمنت إصابة أو مقتل أكبر عدد ممكن من الأشخاص في زملكا", "حدث"),
    ("ar/n_963_qamishli_antariya_mine",
     "انفجار لغم مزروع داخل السيارة في القامشلي، مشيرة إلى بدئها تحقيقات موسّعة لكشف ملابسات الانفجار", "الكشف"),
    ("ar/s_un_lowcock_2018_ghouta_1700_since_2401",
     "كشف مارك لوكوك منسق الأمم المتحدة أن غارات على دوما قتلت 20 مدنيا", "الكشف"),
    ("ar/s_aljazeera_zamalka_funeral_helicopter", "ضحايا بالجملة وفي نفس السياق، قال ناشطون إن غارة على زملكا قتلت 5",
     "جملة"),
    ("ar/n_syrianmemory_aleppo_university_2013",
     "كما قصفت قوات النظام عدة مناطق في المحافظة، ما أسفر عن مقتل 8 أشخاص", "المحافظة"),
    ("ar/n_enab_atarib_massacre_nov_2024", "قصف على الأتارب اليوم، الخميس 28 من تشرين الثاني.", "تشرين"),
])
def test_an_ordinary_word_that_spells_a_village_is_no_place(source, text, word):
    assert word not in places(text)


@pytest.mark.parametrize("source, text, word", [
    ("en/afp_raqqa_coalition_strikes_jazra_meshleb",
     "SDF fighters witnessed heavy clashes in the Al-Meshleb neighbourhood, with IS firing mortar rounds towards"
     " the advancing forces", "العيس"),
    ("en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "IS targeted by mortar shells the regime positions in the training ground", "العيس"),
    ("en/ap_daraa_tank_shells_building",
     "There have been frequent clashes in and around Daraa between Assad forces and rebels.", "تعارة"),
    ("en/sohr_ariha_rocket_massacre_quqfin_kafr_taal",
     "Warplanes struck Ariha. There are unconfirmed reports of more casualties", "تعارة"),
    ("en/cnn_al_quds_hospital_fighter_jet_27",
     "Al Quds field hospital was hit by a missile from a fighter jet Wednesday in Aleppo", "العال"),
    ("en/msf_al_quds_hospital_toll_55",
     "The death toll from the April 27 airstrikes on Al Quds hospital in Aleppo, Syria, has climbed to 55", "العال"),
    ("en/airwars_ghouta_saqba_otaya_shifonya_arbeen",
     "Ghouta Media Centre tweeted about the mass destruction caused by Russian airstrikes on Saqba", "مضايا"),
    ("en/sana_bab_touma_jaish_islam_mortars",
     "Another shell fell on al-Fayha’a Sports Hall causing material damage to a basketball stadium", "الحول"),
    ("en/northpress_hasakah_humur_motorbike",
     "an explosive device blew up while a Toyota Hilux was passing,” Muhammad Salim, an eyewitness from the"
     " area of the explosion, said", "قرية سليم"),
    ("en/aljazeera_suweida_balous_car_bombs_arbeen_caption",
     "killed in a car-bomb attack as he was driving on the outskirts of Suweida city,” Rami Abdelrahman, head"
     " of the Syrian Observatory, said", "الرامي"),
])
def test_an_english_word_or_given_name_that_spells_a_village_is_no_place(source, text, word):
    assert word not in places(text, "en")


@pytest.mark.parametrize("source, text, scope, place", [
    ("ar/s_sawa_2015_suwayda_three_blasts_balous",
     "دمشق / سوا / قُتل 27 شخصاً وجرح نحو 50 أخرين جراء ثلاثة انفجارات وقعت أمس في مدينة السويداء السورية",
     "دمشق", "السويداء"),
    ("en/afp_raqqa_coalition_strikes_jazra_meshleb",
     "Qamishli (Syria) (AFP) - An international coalition pounded Raqa with air strikes Thursday, with a monitor"
     " saying at least 17 civilians had been killed in the bombardment", "القامشلي", "الرقة"),
    ("en/syrianewsdesk_daraya_barrels_khan_sheeh",
     "Regime helicopters pound Daraya with barrel bombs\n\n(Damascus) Syrian regime helicopter gunship targeted the"
     " west Al-Ghouta city of Daraya today with three barrel bombs.", "دمشق", "داريا"),
])
def test_a_dateline_with_a_slash_or_brackets_is_no_incident_place(source, text, scope, place):
    got = places(text)
    assert scope not in got and place in got, got


@pytest.mark.parametrize("source, text, place", [
    ("ar/s_watan_darayya_two_barrels_mother_child",
     "سقط برميلان متفجران ألقتهما مروحية تابعة للنظام على الأحياء السكنية في مدينة داريا بدمشق", "داريا"),
    ("en/sohr_douma_massacre_shifonia_nashabiya",
     "The regime forces fired at least two shells at areas in the city of Douma, while the SOHR monitored the"
     " return of calm to the Eastern Ghouta of Damascus", "دوما"),
    ("en/airwars_ghouta_saqba_otaya_shifonya_arbeen",
     "LOCATION سقبا, Saqba, Damascus, Syria\nBetween one and two civilians were killed in airstrikes on Saqba.",
     "سقبا"),
])
def test_damascus_named_after_a_town_of_its_countryside_only_locates_it(source, text, place):
    got = places(text)
    assert "دمشق" not in got and place in got, got


@pytest.mark.parametrize("source, text, point, place", [
    ("ar/n_sana_bani_zeid_rockets_toll",
     "قال مصدر في شرطة حلب أن إرهابيين يتحصنون في حي بني زيد أطلقوا قذائف صاروخية سقطت على أحياء الأشرفية"
     " والميدان والخالدية في مدينة حلب ما أدى إلى استشهاد 12 شخصا", "الرصافة", "الأشرفية"),
    ("ar/s_aljaml_sana_baath_city_nusra_rocket",
     "وأفاد مصدر بأن “قذيفة صاروخية أطلقها إرهابيون يتحصنون في قرية الحميدية إلى الغرب من مدينة البعث سقطت على"
     " مدينة خان أرنبة", "الحميدية", "خان أرنبة"),
    ("ar/s_syrianet_harasta_kindergarten",
     "قصف على روضة أطفال في مدينة حرستا. وتقع مدينة حرستا في القسم الشمالي للغوطة الشرقية، وتبعد نحو 7 كم عن"
     " وسط مدينة دمشق", "دمشق", "حرستا"),
    ("en/globaljihad_ghouta_sarin_zamalka_arbin",
     "Syrian government forces have carried out a “poisonous gas” attack in suburbs of the capital, Damascus,"
     " leaving hundreds of people dead in Zamalka", "دمشق", "زملكا"),
    ("en/hawar_latakia_gharraf_rocket",
     "Four civilians, including a child, were injured as a result of the launching of a rocket by a group of"
     " Turkish mercenaries deployed in the northern Latakia countryside on the Syrian city of Latakia",
     "ريف اللاذقية الشمالي", "اللاذقية"),
])
def test_where_attackers_shelter_take_off_or_stand_is_no_incident_place(source, text, point, place):
    got = places(text)
    assert point not in got and place in got, got


@pytest.mark.parametrize("source, text, point", [
    ("ar/n_syriatv_atarib_regiment46_2024",
     "وتجدد القصف الذي تنفذه قوات النظام وميليشيات المدعومة من إيران من داخل \"الفوج 46\" الواقع غربي حلب", "حلب"),
    ("ar/n_smart_orum_kafrnaha_russian",
     "قتل وجرح عشرة مدنيين، اليوم الخميس، إثر قصف لسلاح الجو الروسي على بلدتين غرب حلب، شمالي سوريا", "حلب"),
    ("ar/n_whitehelmets_afrin_charred_2021",
     "واستهدف قصف صاروخي مصدره المناطق التي تسيطر عليها قوات سوريا الديمقراطية وقوات النظام شمالي حلب، بشكل"
     " متكرر اليوم الأحياء السكنية في مدينة عفرين، ما أدى لمقتل 3 مدنيين", "حلب"),
    ("en/reuters_lamidix_ghouta_nerve_gas_213",
     "Syrian activists said at least 213 people were killed on Wednesday in a nerve gas attack by President Bashar"
     " al-Assad's forces on rebel-held districts of the Ghouta region east of Damascus", "دمشق"),
])
def test_a_place_after_a_compass_word_is_a_reference_point_even_first_in_its_sentence(source, text, point):
    assert point not in places(text)


@pytest.mark.parametrize("source, text, inner", [
    ("en/orient_madaya_hezbollah_shelling_qalet_tal",
     "A commentator in the video said the area of Madaya was hit with artillery shelling from Hezbollah positions"
     " in Qalet al-Tal", "التل"),
    ("en/sohr_hama_kafr_zita_latamneh_ghab_barrels",
     "They dropped barrel bombs on areas in al-Latamneh town in the northern countryside of Hama and areas near"
     " Bab al-Taqa village, no information about casualties", "الباب"),
    ("en/reuters_aleppo_helicopters_bab_al_hadid_2012",
     "Rebels ran through the streets of the historic central district of Bab al-Hadid as helicopters fired"
     " rockets", "الباب"),
    ("en/yemenextra_saa_secures_towns_southern_aleppo",
     "The Syrian Arab Army (SAA) achieved a large advance in the southern countryside of Aleppo this week after"
     " waging a strong attack from the southwestern axis of the Khanasser Highway", "خناصر"),
])
def test_a_town_name_inside_a_longer_name_is_not_that_town(source, text, inner):
    assert inner not in places(text, "en")


@pytest.mark.parametrize("source, text", [
    ("ar/s_ittihad_2013_qara_raids_harasta_bombing",
     "في وقت رصدت الهيئة العامة للثورة السورية سقوط 43 قتيلاً بينهم 20 في دمشق وريفها، و9 في درعا، و5 في حلب،"
     " و3 في كل من حما وحمص وإدلب"),
    ("ar/s_aljazeera_zamalka_funeral_helicopter",
     "ووثقت الشبكة مقتل 43 شخصا في ريف دمشق، و15 في دير الزور، و11 في إدلب، وعشرة في حماة، وتسعة في درعا، وخمسة"
     " في حلب، وثلاثة في حمص، وواحد في كل من الحسكة واللاذقية"),
    ("ar/s_shasha_2012_darayya_hospital_bodies",
     "فيما يتواصل القصف الجوي والمدفعي على مناطق متفرقة من البلاد خاصة في حلب وإدلب وحمص."),
    ("ar/n_syriatv_kafr_amma_brothers_2022",
     "ردّوا على قصف النظام، واستهدفوا بقذائف \"هاون\"، مواقعه وتجمّعاته في أرياف حلب وإدلب واللاذقية."),
])
def test_a_sentence_naming_three_governorates_is_a_summary_not_incidents(source, text):
    assert not places(text)


def test_two_governorates_in_a_sentence_are_still_places():
    assert places("قصف مدفعي على مدينة حلب ومدينة إدلب أدى إلى مقتل مدنيين.") == {"حلب", "إدلب"}


@pytest.mark.parametrize("source, text, region, place", [
    ("ar/n_syriatv_kafrzita_eid_2018",
     "قصف لـ\"النظام\" على ريف حماة الشمالي في ثالث أيام العيد\n\n"
     "وقال ناشطون إن قوات النظام استهدفت بقذائف المدفعية الثقيلة، مدينة كفرزيتا في الريف الشمالي، ما أدى إلى"
     " جرح مدني.", "ريف حماة الشمالي", "كفرزيتا"),
    ("ar/n_smart_latamneh_phosphorus_2018",
     "قتيل بقصف مكثف للنظام وروسيا شمال حماة\n\nقتل مدني الأربعاء، بقصف جوي وصاروخي مكثف لقوات النظام السوري وروسيا"
     " على ريف حماة الشمالي وسط سوريا.\n\nوقال ناشطون محليون، إن مدنيا قتل نتيجة قصف صاروخي لقوات النظام على مدينة"
     " اللطامنة من حواجزها المحيطة.", "ريف حماة الشمالي", "اللطامنة"),
    ("ar/n_baladi_sayyad_quoted_lists",
     "أصيب عدد من المدنيين بجروح بالغة، مساء أمس الخميس، جراء قصف مدفعي لقوات النظام على قرى وبلدات ريف حلب"
     " الغربي.\nوقصفت قوات النظام بالمدفعية الثقيلة بلدة كفر حمرة بريف حلب الشمالي.", "ريف حلب الغربي", "كفر حمرة"),
])
def test_a_region_without_figures_of_its_own_gives_way_to_the_places_inside_it(source, text, region, place):
    got = places(text)
    assert region not in got and place in got, got


@pytest.mark.parametrize("source, text, namesake, quarter", [
    ("ar/n_baath_azamiyeh_furqan_two_days",
     "هذا وقد ارتقى أمس الأول 7 شهداء وأصيب 72 شخصا بجروح جراء اعتداء التنظيمات الإرهابية بالقذائف على أحياء حلب"
     " الجديدة وباب الفرج والإسماعيلية والفرقان", "الإسماعيلية", "الفرقان"),
    ("en/aranews_talbeesa_thermobaric_zafranah_school",
     "On the other hand, al-Nusra Front (al-Qaeda affiliated) shelled the regime forces’ headquarters with mortars"
     " and homemade cannons of (Jahannam) in the neighbourhoods of al-Zahra and Nozha in Homs (controlled by the"
     " regime), amid clashes", "النزهة", "الزهراء"),
])
def test_a_list_member_of_quarters_is_no_namesake_town_elsewhere(source, text, namesake, quarter):
    got = places(text)
    assert namesake not in got and quarter in got, got


@pytest.mark.parametrize("source, text, dateline, place", [
    ("en/aranews_talbeesa_thermobaric_zafranah_school",
     "Damascus, Syria− Five civilians were reported dead in Homs province as the pro-regime warplanes bombed the"
     " town of Talbeesa on Monday.", "دمشق", "تلبيسة"),
])
def test_a_dateline_with_a_minus_sign_is_no_incident_place(source, text, dateline, place):
    got = places(text)
    assert dateline not in got and place in got, got


@pytest.mark.parametrize("source, text, governorate, place", [
    ("ar/n_smart_jisr_bdama_tal_halawa",
     "وقال ناشطون إن طائرات حربية يرجح أنها للنظام قصفت مدينة جسر الشغور، ما أسفر عن مقتل طفلين وامرأة.\n\n"
     "وكان عشرة مدنيين قتلوا وجرح ثلاثون آخرون ليلة الأحد – الاثنين، بقصف جوي يرجح أنه روسي على مدن وبلدات في"
     " محافظة إدلب", "إدلب", "جسر الشغور"),
    ("ar/n_smart_boukamal_baqras_2017",
     "قتل 28 مدنيا وجرح العشرات الاثنين، بقصف جوي على مدن وبلدات وقرى خاضعة لسيطرة تنظيم \"الدولة الإسلامية\""
     " بمحافظة دير الزور شرقي سوريا.\n\nوقال ناشطون إن طائرات حربية شنت عدة غارات على مدينة البوكمال، ما أدى لمقتل"
     " 15 مدنيا بينهم أطفال.", "دير الزور", "البوكمال"),
])
def test_a_governorate_without_figures_of_its_own_gives_way_to_the_places_inside_it(source, text, governorate, place):
    got = places(text)
    assert governorate not in got and place in got, got


@pytest.mark.parametrize("text, place", [
    ("انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام عند المدخل الجنوبي لمدينة يبرود، ما أسفر عن مقتل ثلاثة عناصر", "Yabrud"),
    ("انفجرت سيارة مفخخة صباح اليوم قرب حاجز لـ\"قسد\" عند المدخل الجنوبي لمدينة الشدادي في ريف الحسكة الجنوبي، وأسفر الانفجار عن مقتل أربعة عناصر", "Ash Shaddadah"),
])
def test_a_compass_adjective_of_a_noun_names_a_part_of_the_place_not_a_reference_point(text, place):
    """ar/yabroud_ied_rankous_clashes, ar/hasakah_shaddadi_car_bomb (self-written, in the style of
    SOHR): 'at the southern entrance of the town of X' happened at X, unlike 'south of X'."""
    assert place in [i.place.name_en for i in extract(text).incidents]
