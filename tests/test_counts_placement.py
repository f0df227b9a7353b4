"""Where counts land (issue 12, part 3), each class pinned on excerpts of real passages
(tests/reports/real, the file named beside each) and, where useful, a sentence that isolates
the construction."""
from pathlib import Path

import pytest

from core.extract import extract


REAL = Path(__file__).parent / "reports" / "real"


def counts(text):
    """{Arabic place name: (killed best-or-low, wounded best-or-low)} of the extraction."""
    def n(c):
        return None if c is None else (c.best if c.best is not None else c.low)
    return {i.place.name_ar: (n(i.killed), n(i.wounded)) for i in extract(text).incidents}


def count_of(text, place_ar, kind):
    """The killed (kind 0) or wounded (kind 1) Count of the incident at `place_ar`."""
    found = [i for i in extract(text).incidents if i.place.name_ar == place_ar]
    assert found, [i.place.name_ar for i in extract(text).incidents]
    return (found[0].killed, found[0].wounded)[kind]


@pytest.mark.parametrize("source, text, place, killed", [
    ("en/aa_ein_shib_russian_airstrikes",
     "Two civilians were killed in Russian airstrikes on a village in northwestern Syria, local sources said on"
     " Wednesday.\nAccording to the Syrian opposition’s aircraft observatory, a Russian warplane took off late"
     " Tuesday from the Khmeimim Air Base in Latakia and carried out airstrikes on the village of Ein Shib in the"
     " Idlib province.", "عين شيب", 2),
    ("ar/s_alaan_qaboun_cemetery_16_waer_three",
     "قتل 16 شخصا بينهم امرأتان، في قصف صاروخي لقوات الحكومة السورية عند أطراف العاصمة السورية، بحسب المرصد"
     " السوري لحقوق الإنسان.\n\nوأفاد المرصد بأن 'سبعة صواريخ وقذائف عدة أصابت مناطق على أطراف القابون'، وهو حي"
     " في شمالي شرق دمشق تسيطر عليها الفصائل المعارضة.", "القابون", 16),
])
def test_the_toll_of_a_sentence_without_a_place_goes_to_the_place_the_next_one_names(source, text, place, killed):
    assert counts(text)[place][0] == killed


def test_a_placeless_toll_waits_only_for_a_sentence_without_counts_of_its_own():
    got = counts("Two civilians were killed in airstrikes on a village in Idlib province.\n"
                 "Shells also hit Saraqib, killing one child.")
    assert got["سراقب"][0] == 1


def test_a_placeless_title_toll_waits_for_nothing():
    got = counts("Airstrikes kill 43 civilians in Syria\n\nWarplanes struck the town of Saraqib on Monday.")
    assert got["سراقب"][0] is None


def test_the_example_reports_aleppo_campaign_toll_since_the_truce_is_no_incident_count():
    """Aleppo itself, which frames the toll of its quarters, is no incident either (the container
    rule, tests/test_containers_real.py): the campaign toll is on no incident of it."""
    text = (REAL.parent.parent.parent / "data" / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")
    assert counts(text).get("حلب", (None,))[0] is None


@pytest.mark.parametrize("source, text, place, killed", [
    ("ar/n_syriatv_atarib_regiment46_2024",
     "قصف بري من قوات النظام السوري وميليشيات مدعومة من إيران استهدف منطقة الأتارب في ريف حلب الغربي، مما أسفر"
     " عن مقتل مدني وإصابة 8 آخرين.\nالقصف يأتي ضمن تصعيد عسكري مستمر في شمال غربي سوريا منذ عدة أسابيع، مما أدى"
     " إلى مقتل العديد من المدنيين ونزوح آلاف العائلات.", "الأتارب", 1),
    ("self-written",
     "تشهد مدينة سراقب حملة قصف جوي منذ انتهاء الهدنة، راح ضحيتها مئات الشهداء. وقتل مدنيان في غارة على سراقب.",
     "سراقب", 2),
])
def test_a_toll_in_the_clause_after_a_period_cue_stays_off_the_place(source, text, place, killed):
    assert counts(text)[place][0] == killed


def test_a_toll_over_the_campaign_stays_off_the_days_incident():
    """The day's 4 killed and 51+ wounded, not the campaign's 30+ and 400+ (whichever place carries them)."""
    text = (REAL / "ar" / "s_watanfm_waer_26_raids_parachute_missiles.txt").read_text(encoding="utf-8")
    assert set(counts(text).values()) == {(4, 51)}


@pytest.mark.parametrize("source, text, place, killed, other, other_killed", [
    ("ar/n_baladi_atarib_qabtan_jineh",
     "وفي التفاصيل، شن الطيران الحربي الروسي غارات جوية بالصواريخ على بلدة الجينة، مستهدفاً منازل المدنيين، ماتسبب"
     " باستشهاد 10 مدنيين، وجرح العشرات، إضافة لوجود عالقين تحت الأنقاض تحاول فرق الدفاع المدني إنقاذهم، كما استشهد"
     " 5 مدنيين، وجرح آخرون بقصف جوي مماثل على بلدة قبتان الجبل.", "قبتان الجبل", 5, "الجينة", 10),
    ("ar/s_sohr_2018_ghouta_jisreen_shared_seven", None, "حرستا", 7, "جسرين", 6),
])
def test_a_second_toll_after_a_place_with_its_own_opens_the_places_named_next(source, text, place, killed,
                                                                             other, other_killed):
    got = counts(text or (REAL / f"{source}.txt").read_text(encoding="utf-8"))
    assert (got[place][0], got[other][0]) == (killed, other_killed)


def test_a_toll_before_an_area_goes_to_the_town_hit_not_to_a_town_named_as_an_earlier_attack():
    """ar/n_spc_kafrzita_displaced_family: the family was from a village in the Hama countryside;
    Lataminah was shelled hours before, with no toll given."""
    text = ("وأفاد مراسلنا باستشهاد خمسة مدنيين من عائلة نازحة من قرية الأربعين في ريف حماه بينهم امرأة وطفلين وإصابة"
            " آخرين بجروح بعضهم إصابات خطيرة بقصف مدفعي من قوات النظام المتمركزة في مدينة حلفايا على منزلهم في مدينة"
            " كفرزيتا في ريف حماه الشمالي وذلك بعد ساعات من قصف مماثل استهدف مدينة اللطامنة القريبة.")
    got = counts(text)
    assert got["كفرزيتا"] == (5, 3) and got.get("اللطامنة", (None, None)) == (None, None)


@pytest.mark.parametrize("source, text, place, before", [
    ("ar/n_aljazeera_aleppo_barrels_2015",
     "بعد أن قصف طيران النظام السوري بالبراميل المتفجرة أحياء الكلاسة وباب الحديد وبستان القصر في المدينة مخلفا دمارا"
     " كبيرا وفي الشمال السوري أيضا وليس بعيدا عن حلب قتل ثلاثة عشر شخصا وجرح آخرون في قصف جوي من طيران النظام"
     " السوري على بلدات معرة مصرين ومجزرة في ريف إدلب", "معرة مصرين", "الكلاسة"),
    ("ar/s_sawa_2015_suwayda_three_blasts_balous",
     "دمشق / سوا / قُتل 27 شخصاً وجرح نحو 50 أخرين جراء ثلاثة انفجارات وقعت أمس في مدينة السويداء السورية جنوب"
     " سوريا التي تسكنها أغلبية درزية.", "السويداء", "دمشق"),
])
def test_a_count_told_with_the_attack_after_it_goes_to_the_place_that_attack_hit(source, text, place, before):
    got = counts(text)
    assert got[place][0] is not None and got.get(before, (None, None))[0] is None


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("ar/n_baladi_atarib_kamikaze_drones_2024",
     "استهدفت قوات النظام بالطائرات المسيرة الانتحارية مدينة الأتارب في ريف حلب الغربي، ما أدى إلى إصابة عدد من"
     " المدنيين.\nالهجوم استهدف بشكل مباشر عمالاً في حقول الزيتون بمحيط الأتارب، ما أدى إلى إصابة ثلاثة أشخاص بجروح"
     " متفاوتة.", "الأتارب", 1, 3),
    ("en/now_madaya_fleeing_civilians_hezbollah_fire", None, "مضايا", 0, 3),
])
def test_an_exact_figure_beats_a_mere_some_of_the_same_place(source, text, place, kind, n):
    got = count_of(text or (REAL / f"{source}.txt").read_text(encoding="utf-8"), place, kind)
    assert (got.best, got.vague) == (n, False)


def test_dozens_still_beats_an_exact_figure_below_it():
    """ar/s_afp_douma_market_12_sohr codes 'اصابة العشرات' over the 28 children among them."""
    got = count_of("وأسفر القصف على مدينة دوما عن اصابة العشرات بجراح. وأحصى المستشفى اصابة 28 طفلا في دوما.", "دوما", 1)
    assert (got.low, got.vague) == (24, True)


@pytest.mark.parametrize("source, areas", [
    ("ar/s_ittihad_2013_qara_raids_harasta_bombing", ["دمشق", "درعا", "حلب"]),
    ("ar/s_aljazeera_zamalka_funeral_helicopter", ["إدلب", "حماة", "حلب", "حمص"]),
    ("ar/s_shasha_2012_darayya_hospital_bodies", ["دير الزور"]),
])
def test_a_toll_broken_down_by_governorate_gives_no_governorate_a_count(source, areas):
    got = counts((REAL / f"{source}.txt").read_text(encoding="utf-8"))
    assert [got[a][0] for a in areas if a in got] == [None for a in areas if a in got]


def test_a_toll_broken_down_by_governorate_leaves_the_days_incident_its_own():
    """ar/s_ittihad_2013_qara_raids_harasta_bombing: the national 43 and its parts stay off; Harasta keeps 31."""
    got = counts((REAL / "ar" / "s_ittihad_2013_qara_raids_harasta_bombing.txt").read_text(encoding="utf-8"))
    assert got["حرستا"][0] == 31 and "قارة" in got and got["قارة"][0] is None


@pytest.mark.parametrize("source, quarters, killed", [
    ("ar/n_baath_meysaloun_masharqa_unrwa", ["الحميدية", "المشارقة", "الأعظمية"], 12),
    ("ar/n_sana_bani_zeid_rockets_toll", ["الأشرفية", "الميدان", "الخالدية"], 14),
])
def test_a_citys_toll_goes_shared_to_its_quarters_named_for_the_same_attack(source, quarters, killed):
    x = extract((REAL / f"{source}.txt").read_text(encoding="utf-8"))
    got = {i.place.name_ar: i for i in x.incidents}
    assert "حلب" not in got
    assert [(got[q].killed.best, got[q].killed.shared) for q in quarters] == [(killed, True)] * len(quarters)
    assert len({got[q].group for q in quarters}) == 1


def test_a_citys_mere_martyrs_and_wounded_stays_with_the_city():
    """ar/n_spc_bab_maqam_vacuum: 'dozens of raids on Aleppo and its countryside killed and wounded people'
    is no count for the quarters the raids hit."""
    got = counts((REAL / "ar" / "n_spc_bab_maqam_vacuum.txt").read_text(encoding="utf-8"))
    assert got["الخالدية"] == (None, None)
