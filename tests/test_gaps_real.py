"""Places no open source has a point for (data/gazetteer_missing.csv) are listed as "not in
gazetteer" wherever real reports name them as targets (issue 12), not passed over in silence;
the same letters used as ordinary words are not. Excerpts of the real passages named beside each."""
import json
from pathlib import Path

import pytest

from core import DATA, lexicon
from core.arabic import norm
from core.extract import extract
from core.extract.engine import phrase_key
from core.gaps import gap_names
from core.gazetteer import load

REAL = Path(__file__).parent / "reports" / "real"


def listed(text):
    return {norm(u.text).lower() for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, name", [
    ("ar/s_daraa24_2021_daraa_balad_siege_shelling",
     "راح ضحيةً للقصف المستمر على أحياء درعا البلد، الشاب “محمد مطلق المحاميد” من أبناء درعا البلد.", "درعا البلد"),
    ("ar/s_smart_harasta_infant_arbin_madaya",
     "وقصفت قوات النظام بالرشاشات الثقيلة والمتوسطة بلدتي مضايا وبقين، من مواقعها عند حاجز \"قلعة الكرسي\"،"
     " دون تسجيل إصابات، حسب ناشطين.", "بقين"),
    ("ar/n_baath_meysaloun_masharqa_unrwa",
     "أن التنظيمات الإرهابية استهدفت بعشرات القذائف بعد ظهر اليوم أحياء ميسلون والمشارقة والمارتيني والأعظمية"
     " والإذاعة في حلب.", "الإذاعة"),
    ("ar/n_manbijmc_arima_turkish_shelling",
     "كما تعرضت كل من قرى ” جب الدم، جب الحمرة، تل صيادة، يلاني، وعون دادات” بريفي منبج والباب لقصف مكثف"
     " بقذائف الهاون والصواريخ.", "عون دادات"),
    ("ar/n_syriatv_binin_fatira_2022",
     "وقال مراسل تلفزيون سوريا إنّ قوات النظام قصفت بقذائف المدفعية الثقيلة، محيط قرية \"مكلبيس\" و\"الفوج 111\""
     " بمنطقة الشيخ سليمان غربي حلب.", "الشيخ سليمان"),
    ("ar/n_sohr_ras_al_ain_qamishli_2019",
     "والمحاور هي محور تل حلف والصناعة، ومحور الدرباسية والمحور الأخير هو طريق الحسكة – رأس العين، حيث تدور"
     " اشتباكات عنيفة.", "الصناعة"),
    ("ar/n_yalla_idlib_edge_workshop",
     "مستهدفةً أطراف مدن مثل النيرب، سرمين، وفريكة، ما أسفر عن أضرار واسعة.", "فريكة"),
    ("en/sohr_douma_ein_tarma_mosques",
     "warplanes believed to be Russian carried out about 30 raid on areas in city, Ein Tarma and elsewhere in"
     " al-Marj and in the Eastern Ghouta.", "Ein Tarma"),
    ("en/hawar_regime_control_north_west_aleppo_towns",
     "They were able to control several towns and villages there after the withdrawal of the Turkish mercenaries"
     " from \"Hayan, Bayanoun and Tal Misabin, Babeed, Maarat Al artiq\".", "Tal Misabin"),
    ("en/hawar_regime_control_north_west_aleppo_towns",
     "It controlled in the past hours; Al Shwahna, Tal Al Shwahna and Kafr Daal\".", "Al Shwahna"),
])
def test_a_place_the_gazetteer_lacks_by_record_is_listed_where_a_report_names_it(source, text, name):
    assert norm(name).lower() in listed(text)


@pytest.mark.parametrize("source, text, word", [
    ("ar/n_enab_kafrnaha_shelter_2020",
     "وأدى القصف إلى مقتل طفلين وإصابة ثلاث نساء ورجل، في مركز إيواء مؤقت للنازحين قرب كفرناها، بريف حلب الغربي.",
     "نازحين"),
    ("ar/s_arabi21_waer_10_killed_akrama",
     "ويضم الحي عشرات الآلاف من النازحين من أحياء حمص الأخرى التي تهدمت.", "النازحين"),
    ("ar/s_athr_quneitra_khan_arnabah_hadar_nusra",
     "قصف يطال مواقع تابعة لـ “قوات النظام” في ريف القنيطرة على حد تعبيرهم، دون إظهار أي صورة أو مقطع فيديو.",
     "صورة"),
])
def test_a_one_word_gap_used_as_an_ordinary_word_is_not_listed(source, text, word):
    assert not {u for u in listed(text) if norm(word).lower() in u}


def test_the_gap_names_of_each_language_come_from_the_gap_file():
    ar, en = gap_names("ar"), gap_names("en")
    assert "درعا البلد" in ar and "Daraa al-Balad" in en and "Rawdat al-Baraem" in en and "" not in ar


def places_en(text):
    return {i.place.name_en for i in extract(text).incidents}


@pytest.mark.parametrize("source, text, place", [
    ("en/aljazeera_meles_hospital_air_strikes_sarmin",
     "Al Jazeera's Adham Abu Hossam, reporting from the site of the attack in Meles, a town about 15km from Idlib"
     " city, said Saturday's raids had also left many in critical condition. Air strikes hit Meles.", "Millis"),
    ("en/sohr_jisr_shughur_raids_saraqeb_abu_duhur",
     "5 casualties at least in shelling escalation on Jesr al-Shughur city", "Jisr ash-Shughur"),
    ("en/transterra_halk_barrel_bomb",
     "A barrel bomb dropped from a Syrian Army helicopter on the al-Halk neighborhood of Aleppo on Thursday.",
     "al-Haluk"),
    ("en/channel4_aleppo_barrels_adra",
     "Video uploaded by local activists showed a fire in a narrow street covered in debris and dust after one air"
     " raid in the Karam el-Beik district.", "ash-Sha'ar"),
    ("en/smart_suwayda_isis_seven_villages",
     "Local souces reported that ISIS attacked the villages of of Douma, al-Shbeki, al-Shrehi, Rami, al-Suwemrah,"
     " al-Mtunah, and Tarba.", "Al-Shomarah"),
    ("en/aljazeera_aleppo_university_blasts",
     "Two explosions have struck Aleppo University in northern Syria, killing at more than 80 people, official"
     " sources and opposition activists say.", "University of Aleppo"),
])
def test_an_english_spelling_met_in_real_reports_finds_its_place(source, text, place):
    assert place in places_en(text)


@pytest.mark.parametrize("source, text, found, unknown", [
    ("en/sohr_hama_kafr_zita_latamneh_ghab_barrels",
     "The regime forces shelled areas in the villages of al-Hwayz, Qlidin, Jeser Bayt al-Ras, al-Hwash and al-Hweja"
     " in Sahl al-Ghab in the northwest countryside of Hama.", {"Qalidin", "Hawash"}, {"al-Hwayz", "al-Hweja"}),
    ("en/sohr_hama_msheik_latamnah_eight_killed",
     "They also dropped other barrels on the villages of al- Hwayja, al- Zyarah, al- Daqmaq, al- Hwash, al- Amqiyya"
     " and Qastoun in Sahl al- Ghab and on the town of Kafar Zita in the north of Hama.",
     {"Al-Ziyarah", "Hawash", "Qastun", "Kafr Zita"}, {"al- Hwayja", "al- Amqiyya"}),
    ("en/sohr_daraa_eastern_gharya_quran_center",
     "The regime forces shelled places in the towns of al- Sora and Alma, no information about casualties so far.",
     {"Alma"}, {"al- Sora"}),
])
def test_an_english_list_that_opens_on_a_name_the_gazetteer_lacks_reads_on(source, text, found, unknown):
    x = extract(text)
    assert found <= {i.place.name_en for i in x.incidents}
    assert unknown <= {u.text for u in x.unresolved}


@pytest.mark.parametrize("source, text", [
    ("en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "The regime forces shelled places in the towns of Tafas, Aqraba and al- Lojat. A child died of wounds due to"
     " shelling by the regime forces on the town of al- Sheikh Meskin 2 days ago."),
])
def test_a_lone_article_is_never_listed_as_a_place(source, text):
    assert "al" not in {u.text.strip().lower() for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, name", [
    ("en/sohr_darayya_14_barrels_douma_shell_dahiyat",
     "Clashes between the regime forces and the rebel and Islamist factions are still taking place around Dahiyat al-"
     " Assad near Darayya city in the Eastern Ghouta.", "Dahiyat al- Assad"),
    ("en/sohr_daraa_balad_massacre_25_barrels",
     "The helicopters dropped barrel bombs on places in the neighborhood of Tarik al- Sad in Daraa al- Mahatta.",
     "Tarik al- Sad"),
    ("en/sohr_hama_kafr_zita_latamneh_ghab_barrels",
     "The regime forces shelled areas in Bab al-Taqa in Sahl al-Ghab.", "Bab al-Taqa"),
])
def test_an_unknown_english_name_runs_on_through_its_article(source, text, name):
    assert name in {u.text for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, names, not_place", [
    ("ar/s_spc_daraa_balad_fil_karak_barrels",
     "ألقى الطيران المروحي براميل متفجرة، في حين تعرضت بلدة النعيمة لقصف من مدفعية النظام.", {"النعيمة"}, "النعيمية"),
    ("ar/n_963_tadil_abzemo_drones",
     "واستهدفت قوات النظام بالمدفعية الثقيلة وقذائف الهاون، مناطق دير سنبل وحرش بينين والأربيخ ومعارة النعسان في ريفي"
     " إدلب الجنوبي والشرقي.", {"حرش بينين", "الأربيخ"}, None),
    ("ar/n_7al_ras_al_ain_turkey_2018",
     "وسقطت قذائف تركية، استهدفت مقالع الرمل بين قريتي الزهيرية وخراب رشك، ما أجبر الآليات على الانسحاب.",
     {"خراب رشك"}, None),
])
def test_a_recorded_gap_is_listed_whole_and_never_read_as_a_namesake_a_letter_away(source, text, names, not_place):
    x = extract(text)
    assert {norm(n) for n in names} <= {norm(u.text) for u in x.unresolved}
    assert not_place not in {i.place.name_ar for i in x.incidents}


@pytest.mark.parametrize("source, text, word", [
    ("en/qasioun_talbisseh_child_ghantu_road",
     "The Killing Of A Child By The Bombing Of The Regime Forces On The City Of Talbisseh North Of Homs", "The"),
    ("en/sohr_mayadin_coalition_cars_mahlaj",
     "Deir Ezzor province – The Syrian Observatory for Human Rights documented new raids on the city.", "The"),
    ("en/afp_straitstimes_kobane_120_civilians",
     "ISIS killed 120 civilians in a 24-hour rampage through the Kurdish town of Kobane.", "Kurdish"),
    ("en/bbc_azaz_market_car_bomb_eid",
     "A car bomb exploded in a busy market in Azaz on the eve of Eid, at the end of Ramadan.", "Ramadan"),
])
def test_a_determiner_or_a_peoples_adjective_is_never_listed_as_a_place(source, text, word):
    assert word not in {u.text for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, junk", [
    ("ar/n_shaam_atarib_manbij_two_massacres",
     "وراح ضحيتهما عشرات الشهداء وعدد كبير جدا من الجرحى.", "بير جدا"),
    ("ar/n_spc_salahuddin_elephant_rocket",
     "بالإضافة إلى عدد من الجرحى الذين تم إسعافهم إلى المشافي الميدانية في المنطقة، ودمار كبير مكان سقوط الصاروخ.",
     "بير مكان"),
    ("ar/n_jisr_atarib_toll_61_ajel",
     "أدانت المنظمة ما وصفته ب \"القصف الروسي الوحشي\" لسوق شعبية في مدينة الأتارب.", "سوق شعبية"),
    ("ar/n_spa_al_bab_market_airstrike_2014",
     "مشيرًا إلى أن إحداها \" استهدفت منطقة بالقرب من سوق شعبي تشهد تجمعاً للمواطنين، ما أدى إلى مقتل 11 مواطنًا.",
     "سوق شعبي"),
    ("ar/s_baath_sana_mortars_bosra_waer_tilfita",
     "بينما أصيب مواطن بجروح أثناء وجوده على باب منزله جراء اعتداء إرهابي بقذائف هاون على حي الوعر القديم بمدينة حمص.",
     "باب منزله"),
    ("ar/n_alhayat_salahuddin_battle_2012",
     "هاجمت قوات النظام مقاتلي المعارضة على جبهات عدة منها حي قرب المطار في جنوب شرقي حلب و مناطق شرقية عدة وبلدة على"
     " المشارف الشمالية الغربية لحلب.", "قرب المطار"),
    ("ar/n_manbijmc_arima_turkish_shelling",
     "حيث تعرضت قرى تابعة لبلدة العريمة غربي منبج لقصف بأكثر من 150 قذيفة.", "تابعة"),
    ("ar/s_enab_zabadani_barrel_hits_hezbollah",
     "إضافة إلى استهداف مقاتليه من قبل مدفعية الأسد المتمركزة في حاجز العقبة على أطراف المدينة بالخطأ.", "بالخطأ"),
])
def test_an_ordinary_phrase_after_a_cue_or_a_name_head_is_not_listed_as_a_place(source, text, junk):
    assert norm(junk) not in {norm(u.text) for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, name", [
    ("ar/n_athr_raqqa_jamili_coalition",
     "وسط اشتباكات بين “قوات سوريا الديمقراطية” وقوات التحالف الدولي من جانب، وتنظيم “داعش” من جانب آخر، على محاور"
     " في محيط الفرقة 17 ومحيط مزرعة حطين، بالتزامن مع محاولة قوات عملية “غضب الفرات” تحقيق تقدم في المنطقة.",
     "الفرقة 17"),
    ("ar/n_zaiton_deir_ezzor_joura_aid_point",
     "وفي سياقٍ منفصل، استمرت الاشتباكات العنيفة أمس في محيط المطار العسكري واللواء 137 بين تنظيم داعش وقوات الأسد.",
     "اللواء 137"),
    ("ar/n_syriatv_atarib_regiment46_2024",
     "وتجدد القصف الذي تنفذه قوات النظام وميليشيات المدعومة من إيران من داخل \"الفوج 46\" الواقع غربي حلب.",
     "الفوج 46"),
])
def test_a_military_unit_with_its_number_is_listed_as_a_base_the_gazetteer_lacks(source, text, name):
    assert norm(name).lower() in listed(text)


def test_a_unit_word_without_a_number_names_no_base():
    """اللواء as a rank (اللواء علي) names no base: nothing is listed without the unit's number."""
    assert not listed("وقال اللواء علي مملوك إن الجيش قصف مواقع المسلحين.")


@pytest.mark.parametrize("source, text, names", [
    ("ar/n_smart_boukamal_baqras_2017",
     "وتعرضت كل من مدينة الميادين وبلدة البوليل وقرى \"الدحلة ، الحريجي، الزباري\" لعشرات الغارات، دون معلومات عن"
     " ضحايا.", ["الحريجي", "الزباري"]),
    ("ar/n_manbijmc_arima_turkish_shelling",
     "كما تعرضت كل من قرى ” جب الدم، جب الحمرة، تل صيادة، يلاني، وعون دادات” بريفي منبج والباب لقصف مكثف بقذائف"
     " الهاون والصواريخ.", ["يلاني"]),
])
def test_a_recorded_gap_parted_by_a_comma_from_the_member_before_is_listed(source, text, names):
    got = listed(text)
    assert {norm(n).lower() for n in names} <= got


@pytest.mark.parametrize("source, text, name", [
    ("ar/n_syriatv_kafrzita_eid_2018",
     "وقال ناشطون لـ موقع تلفزيون سوريا إن قوات النظام المتمركزة في معسكر \"بريديج\" غرب حماة، استهدفت بقذائف"
     " المدفعية الثقيلة، مدينة كفرزيتا في الريف الشمالي.", "بريديج"),
    ("ar/n_qasioun_al_bab_azaz_vacuum",
     "في حين، قصفت قوات النظام المتمركزة في كتيبة «حندرات» بالمدفعية الثقيلة، منطقة الملاح، بريف حلب الشمالي.",
     "حندرات"),
])
def test_a_recorded_gap_named_after_a_military_site_word_is_listed(source, text, name):
    assert norm(name).lower() in listed(text)


def test_a_spelling_a_real_report_uses_for_a_gazetteer_town_is_its_alias_not_an_unknown_name():
    """en/hawar_regime_control_north_west_aleppo_towns writes Bashantarah "Bashtara" (data/gazetteer_curation.csv)."""
    from core.gazetteer import load_default
    text = ("after the withdrawal of the Turkish mercenaries from \"Hayan, Bayanoun and Tal Misabin, Babeed,"
            " Maarat Al artiq, Bashtara and Al Hadi charity as well as other areas")
    assert [e.name_en for e in load_default().lookup("Bashtara")] == ["Bashantarah"]
    assert "bashtara" not in listed(text)


@pytest.mark.parametrize("source, text, name", [
    ("ar/s_shaam_tadamon_jet_missile_regime_area",
     "وأكدت عدة مصادر أن صاروخا أطلقته طائرة حربية على بناء في شارع الجلاء بحي التضامن تسبب بسقوط قتلى وجرحى"
     " من المدنيين بينهم أطفال", "شارع الجلاء"),
    ("ar/s_smart_2017_qaboun_barzeh_zamalka_arbin",
     "في الأثناء، استهدفت قوات النظام بالمدفعية شارع الحافظ في حي برزة، وأطراف حي القابون، من مواقعها في جبل"
     " الإشارة خلف مشفى تشرين العسكرين، دون إصابات", "جبل الإشارة"),
    ("ar/n_shaam_sakhour_hanano_typo",
     "كما تعرضت أحياء مساكن هنانوا والسكري والعامرية والصالحين والمرجة والقاطرجي وباب النيرب ومنطقة دوار الجندول"
     " والبريج لقصف جوي مماثل", "دوار الجندول"),
])
def test_a_name_head_before_a_gazetteer_name_mapped_nowhere_names_a_site_the_gazetteer_lacks(source, text, name):
    """The street, hill or roundabout is named after a word the gazetteer also holds as a far town or
    quarter (the Deir ez-Zor towns al-Jalaa and al-Ashara): the two words are listed, not passed over."""
    assert norm(name).lower() in listed(text)


@pytest.mark.parametrize("source, text, site", [
    ("ar/n_wikipedia_atarib_market_massacre",
     "مجزرة سوق الأتارب\nمذبحة سوق الأتارب هي ثلاث عمليات قصف جوي على سوق في بلدة الأتارب التي يسيطر عليها"
     " الجيش السوري الحر في محافظة حلب السورية", "سوق الأتارب"),
])
def test_a_site_named_after_the_town_the_report_maps_is_in_that_town_not_listed(source, text, site):
    assert norm(site).lower() not in listed(text)


@pytest.mark.parametrize("source, text, names", [
    ("en/sohr_coalition_rashid_aayoj_tal_samn",
     "Reports that 4 civilians including a woman were killed by the coalition airstrikes which targeted Rashid and"
     " Aayoj in the northern western countryside of Raqqa while others were wounded", {"Rashid", "Aayoj"}),
    ("en/yemenextra_saa_secures_towns_southern_aleppo",
     "Among the localities controlled by the Syrian Army this week were the towns of Abisan, ‘Azizah, and"
     " Al-Ramleh – all but the latter are still under the government’s control in southern Aleppo",
     {"Abisan", "‘Azizah"}),
    ("en/sohr_ghouta_three_cities_jaramana",
     "They also dropped 4 barrels on the vicinity of al- Iskan and al- Reda area in Khan al- Shih in the Western"
     " Ghouta too.", {"al- Iskan", "al- Reda"}),
])
def test_an_english_name_joined_to_a_name_listed_as_not_mapped_is_listed_too(source, text, names):
    assert names <= {u.text for u in extract(text).unresolved}


@pytest.mark.parametrize("source, text, name", [
    ("en/aranews_talbeesa_thermobaric_zafranah_school",
     "Meanwhile, similar bombing targeted Hula city and al-Dar al-Kabeera town in Homs province form the regime-held"
     " barriers in the Qurmus and the Military Academy, activists reported", "Military Academy"),
    ("en/yemenextra_saa_secures_towns_southern_aleppo",
     "Among the localities controlled by the Syrian Army this week were the towns of Abisan, ‘Azizah, and"
     " Al-Ramleh – all but the latter are still under the government’s control in southern Aleppo", "Al-Ramleh"),
])
def test_a_list_of_unknown_english_names_ends_on_a_place_or_an_ordinary_phrase(source, text, name):
    assert not {u.text for u in extract(text).unresolved if name in u.text}


@pytest.mark.parametrize("source, text, name", [
    ("en/nso_ratle_buses_coalition_raqqa_neighbourhoods",
     "Reporter said the injuries were taken to al-Kalle village which don’t have a hospital or clinic", "al-Kalle"),
    ("en/iit_rahiyat_coalition_hazimeh_tents",
     "Al-Mayadeen TV channel reported that the coalition fighter jets targeted al-Rahiyat village North of Raqqa,"
     " killing at least four local residents", "al-Rahiyat"),
])
def test_a_one_word_english_gap_right_before_its_cue_is_listed(source, text, name):
    assert name.lower() in listed(text)


def test_the_housing_blocks_of_an_aleppo_quarter_are_filed_under_that_quarter():
    """ar/n_shorouk_suleimaniyeh_mortars_two_sources: مساكن السبيل (data/gazetteer_curation.csv) is as-Sabil,
    as CSR files مساكن عين التل under Ayn at-Tal."""
    text = ("وأشار إلى أن قذائف الهاون تساقطت من مواقع كتائب مقاتلة على مناطق في أحياء السليمانية والأشرفية ومساكن"
            " السبيل والمشارقة وبستان الزهرة والخالدية")
    assert "as-Sabil" in places_en(text)
    assert not {u for u in listed(text) if "السبيل" in u}


@pytest.mark.parametrize("source, text, name", [
    ("ar/n_shorouk_suleimaniyeh_mortars_two_sources",
     "أطلقوا عدة قذائف صاروخية على.. حيي السليمانية والسيد علي في مدينة حلب\"، مشيرة إلى مقتل تسعة أشخاص",
     "السيد علي"),
    ("ar/n_baath_azamiyeh_furqan_two_days",
     "هذا وقد ارتقى أمس الأول 7 شهداء وأصيب 72 شخصا بجروح جراء اعتداء التنظيمات الإرهابية بالقذائف على أحياء حلب"
     " الجديدة وباب الفرج والإسماعيلية والفرقان وميسلون والجابرية", "الإسماعيلية"),
])
def test_a_list_member_the_gazetteer_lacks_is_listed_without_its_joining_waw(source, text, name):
    names = listed(text)
    assert norm(name).lower() in names and norm("و" + name).lower() not in names


@pytest.mark.parametrize("source, text, name, listed_too", [
    ("ar/n_shaam_sakhour_hanano_typo",
     "كما تعرضت أحياء مساكن هنانوا والسكري والعامرية والصالحين والمرجة والقاطرجي وباب النيرب ومنطقة دوار الجندول"
     " والبريج لقصف جوي مماثل", "البريج", True),
    ("ar/n_sana_bani_zeid_rockets_toll",
     "أن إرهابيين يتحصنون في حي بني زيد أطلقوا قذائف صاروخية سقطت على أحياء الأشرفية والميدان والخالدية ومساكن حي"
     " السبيل والسريان والجابرية في مدينة حلب ما أدى إلى استشهاد 12 شخصا", "الميدان", False),
])
def test_a_recorded_gap_is_listed_unless_the_report_maps_its_gazetteer_namesake(source, text, name, listed_too):
    """البريج by Aleppo's quarters is the recorded gap, not the Qalamoun town (mapped nowhere); الميدان among
    Aleppo's quarters is the CSR quarter, mapped, not Damascus's recorded al-Midan."""
    assert (norm(name).lower() in listed(text)) is listed_too


def _corpus_unresolved() -> list[tuple[str, str]]:
    """(language, name) of every name the real corpus's coders list as not in the gazetteer."""
    return sorted({(f.parent.name, name) for lang in ("ar", "en") for f in (REAL / lang).glob("*.expected.json")
                   for name in json.loads(f.read_text(encoding="utf-8")).get("unresolved", [])})


@pytest.fixture(scope="module")
def bundled():
    return load(DATA / "gazetteer.csv")


@pytest.fixture(scope="module")
def gap_keys():
    return {lang: {phrase_key(lang)(g) for g in gap_names(lang)} for lang in ("ar", "en")}


@pytest.mark.parametrize("lang, name", _corpus_unresolved())
def test_every_name_the_real_corpus_lists_unresolved_is_in_the_gazetteer_or_the_gap_file(bundled, gap_keys, lang, name):
    """A new passage cannot name a place silently: its name (or, after its cue word, حي الجديدة) gets a point
    from a source or a gap row."""
    key, cues = phrase_key(lang), {r.phrase for r in lexicon.load(lang).get("place_cues", ())}
    head, _, rest = name.partition(" ")
    names = {name, rest} if head in cues and rest else {name}
    assert any(bundled.lookup(n) or key(n) in gap_keys[lang] for n in names)


@pytest.mark.parametrize("source, text, name", [
    ("ar/s_mugtama_harasta_douma_hawsh",
     "تتواصل الاشتباكات على محوري عربين وحرستا بين الثوار وقوات الأسد التي تحاول فك الحصار عن إدارة المركبات، إلا أن"
     " جميع محاولاتها باءت بالفشل.", "إدارة المركبات"),
    ("ar/s_yekiti_darayya_six_barrels",
     "وكانت قوات النظام فجرت قبل 3 أيام، حوالي 500 منزل بمحاذاة مطار المزة العسكري، شمال شرق داريا.", "مطار المزة"),
    ("ar/s_smart_harasta_infant_arbin_madaya",
     "وقصفت قوات النظام بالرشاشات الثقيلة والمتوسطة بلدتي مضايا وبقين، من مواقعها عند حاجز \"قلعة الكرسي\"،"
     " دون تسجيل إصابات، حسب ناشطين.", "قلعة الكرسي"),
    ("en/isw_control_of_terrain_dec2015",
     "Meanwhile, pro-regime forces relieved the besieged Kuweires Airbase in Eastern Aleppo Province on November 10"
     " in a key symbolic victory.", "Kuweires Airbase"),
])
def test_a_site_the_gap_file_records_is_listed_where_a_real_report_names_it(source, text, name):
    assert norm(name).lower() in listed(text)


def test_a_recorded_gap_written_with_its_ayn_is_listed_once_with_the_ayn():
    """en/yemenextra_saa_secures_towns_southern_aleppo: the gap row ‘Azizah matches after the ʿayn."""
    text = ("Among the localities controlled by the Syrian Army this week were the towns of Abisan, ‘Azizah, and"
            " Al-Ramleh – all but the latter are still under the government’s control.")
    assert [u.text for u in extract(text).unresolved if "Azizah" in u.text] == ["‘Azizah"]
