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
