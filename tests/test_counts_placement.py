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
    ("en/bbc_azaz_market_car_bomb_eid (the next sentence counts only the wounded)",
     "At least seven people have been killed in a car bombing which targeted a busy market in northern Syria.\n\n"
     "Several more were injured when the explosion tore through the central market of the town of Azaz in Aleppo"
     " province, near the Turkish border.", "أعزاز", 7),
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
    """The day's 4 killed and 51+ wounded, not the campaign's 30+ and 400+ (whichever place carries them).
    The passage names the quarter (حي الوعر) but never its city: the day's strikes are listed unresolved,
    not put at Aleppo, named only in "the worst since the tragedy of Aleppo" (issue 12, period frames)."""
    text = (REAL / "ar" / "s_watanfm_waer_26_raids_parachute_missiles.txt").read_text(encoding="utf-8")
    assert set(counts(text).values()) <= {(4, 51)}
    assert "الوعر" in {m.text for m in extract(text).unresolved}
    assert "حلب" not in counts(text)


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


@pytest.mark.parametrize("source, text, place, kind", [
    ("ar/n_baladi_atarib_qabtan_jineh",
     "استشهد 18 مدنياً، وجرح آخرون، اليوم السبت، بقصف جوي من الطيران الحربي الروسي استهدف بلدات ومدن الأتارب"
     " وقبتان الجبل والجينة بريف حلب الغربي.\nوفي التفاصيل، شن الطيران الحربي الروسي غارات جوية بالصواريخ على بلدة"
     " الجينة، ماتسبب باستشهاد 10 مدنيين، وجرح العشرات، كما استشهد 5 مدنيين، وجرح آخرون بقصف جوي مماثل على بلدة"
     " قبتان الجبل.\nوتعرضت مدينة الأتارب لقصف جوي من الطيران الحربي بعدة غارات، خلفت ثلاثة شهداء في حصيلة أولية.",
     "الأتارب", 1),
    ("ar/s_baath_sana_mortars_bosra_waer_tilfita",
     "استشهد 5 مواطنين بينهم طفل وامرأة وأصيب 3 آخرون جراء اعتداءات إرهابية بقذائف “هاون” على أحياء سكنية في دير"
     " الزور وحمص وبصرى الشام بدرعا.\nوذكر مصدر أن قذيفة هاون أطلقها إرهابيون سقطت على المشفى العسكري بحي غازي عياش"
     " في مدينة دير الزور ما أسفر عن استشهاد 4 مواطنين بينهم طفل وامرأة.\nوأضاف المصدر أن مجموعة إرهابية أطلقت"
     " قذيفة “هاون” على حي المشفى في مدينة بصرى الشام بدرعا ما أدى إلى استشهاد طفل وإصابة مواطنين اثنين بينما أصيب"
     " مواطن بجروح أثناء وجوده على باب منزله جراء اعتداء إرهابي بقذائف هاون على حي الوعر القديم بمدينة حمص.",
     "حمص", 0),
])
def test_a_lists_toll_that_its_members_break_down_leaves_a_member_without_a_figure_none(source, text, place, kind):
    assert count_of(text, place, kind) is None


def test_a_lists_toll_stays_on_the_list_when_one_member_gives_only_a_small_part_of_it():
    """en/wikipedia_jableh_tartus_bombings_2016: the hospital's 43 is a part of Jableh's, not a breakdown."""
    text = ("On 23 May 2016, eight bombings were carried out by the Islamic State of Iraq and the Levant in Jableh and"
            " Tartus, coastline cities in Syria. 184 people were killed and at least 200 people injured. One of the"
            " major explosions occurred at the Jableh National Hospital, in the city of Jableh, where likely 43 people"
            " were killed.")
    k = count_of(text, "طرطوس", 0)
    assert (k.best, k.shared) == (184, True)


MOHRAR = ("وقال الدفاعُ المدني السوري إنَّ 6 مدنيين استُشهدوا (3 منهم في دارة عزّةَ، ومدنيان في قرية برج حيدر، وامرأةٌ في"
          " كباشين)، وأصيب 11 مدنياً (طفلان وامرأتان ورجلان في كباشين، وطفلٌ في برج حيدر، و4 مدنيين في دارة عزّةَ بينهم"
          " طفلٌ رضيعٌ) جرّاءَ قصفِ قوات الأسد مدينةَ دارة عزّةَ وقريتي كباشين وبرج حيدر في ريف حلب الغربي.")
MADIRA = ("وأضاف المراسل أن 13 مدنياً قتلوا وجرح عدد كبير مساء أمس، بقصف مدفعي وصاروخي لقوات الأسد، توزع على النحو"
          " التالي: قتيلين وعدد من الجرحى في مدينة عربين، وخمسة قتلى وعدد من الجرحى في بلدة مسرابا، ومدنيان وعدد من"
          " الجرحى في حي جوبر، وستة مدنيين وعشرات الجرحى في مدينة دوما.")


@pytest.mark.parametrize("source, text, place, killed, wounded", [
    ("ar/n_mohrar_darat_izza_new_year_2024", MOHRAR, "دارة عزة", 3, 4),
    ("ar/n_mohrar_darat_izza_new_year_2024", MOHRAR, "برج حيدر", 2, 1),
    ("ar/n_mohrar_darat_izza_new_year_2024", MOHRAR, "كباشين", 1, 6),
    ("ar/s_freshsyria_madira_breakdown_list", MADIRA, "عربين", 2, 2),
    ("ar/s_freshsyria_madira_breakdown_list", MADIRA, "جوبر", 2, 2),
    ("ar/s_freshsyria_madira_breakdown_list", MADIRA, "دوما", 6, 24),
])
def test_a_toll_broken_down_by_place_gives_each_place_its_part_not_the_total(source, text, place, killed, wounded):
    k, w = count_of(text, place, 0), count_of(text, place, 1)
    assert (k.best, w.low, k.shared, w.shared) == (killed, wounded, False, False)


@pytest.mark.parametrize("source, text, places", [
    ("ar/n_sy24_shariaa_ghab_quoted_list",
     "وفي ريف حماة الشمالي تعرضت بلدات “كفرنبودة، الزكاة، الصخر، اللطامنة، كفرزيتا” لقصف مدفعي وصاروخي مكثف من قبل قوات"
     " النظام، واقتصرت الأضرار على الماديات.", ("كفر نبودة", "اللطامنة", "كفرزيتا")),
    ("ar/n_smart_orum_kafrnaha_russian",
     "كذلك طال قصف مماثل قريتي عويجل وخان العسل ومنطقة الراشدين غربي حلب، دون تسجيل إصابات، حسب مرصد عسكري"
     " وناشطين.", ("عويجل", "خان العسل")),
])
def test_no_casualties_said_of_a_list_is_each_places_own_zero(source, text, places):
    for place in places:
        k, w = count_of(text, place, 0), count_of(text, place, 1)
        assert (k.best, w.best, k.shared, w.shared) == (0, 0, False, False)


@pytest.mark.parametrize("source, text, place, killed", [
    ("ar/s_smart_2017_daraa_kashef_dael_rockets",
     (REAL / "ar" / "s_smart_2017_daraa_kashef_dael_rockets.txt").read_text(encoding="utf-8"), "درعا", 2),
    ("ar/n_fresh_ariha_dash_list",
     "استشهد ثمانيةُ مدنيين وجرح آخرون، صباح اليوم الأربعاء، جراء قصف مدفعي من قوات نظام الأسد المتمركزة في مدينة"
     " سراقب، على مدينة إدلب وريفها.\nوأفاد مراسل فرش أونلاين: أن قوات نظام الأسد قصفت بالمدفعية الثقيلة مدينة أريحا، ما"
     " أدى لاستشهاد ثلاثة مدنيين وجَرح آخرون، كما قصفت ذات القوات مدينة إدلب ما أسفر عن استشهاد مدني وجرحِ آخرين.",
     "إدلب", 1),
])
def test_a_leads_toll_told_again_place_by_place_leaves_each_place_its_part(source, text, place, killed):
    assert count_of(text, place, 0).best == killed


def test_a_later_smaller_figure_outside_the_lead_does_not_replace_a_places_own():
    """ar/n_emarat_tartus_jableh_bombings_2016: SANA's 45 for Jableh is a second source, not a part."""
    text = ("قتل 148 شخصاً على الأقل في تفجيرات متزامنة استهدفت مدينتي طرطوس وجبلة الساحليتين.\n"
            "وقال مدير المرصد إن 48 شخصاً قتلوا في ثلاثة تفجيرات، فيما قتل 100 شخص في أربعة تفجيرات استهدفت جبلة.\n"
            "من جهتها، أفادت وكالة الأنباء السورية الرسمية (سانا) بسقوط «45 شهيداً في جبلة» و«33 شهيداً في طرطوس».")
    assert count_of(text, "جبلة", 0).best == 100


@pytest.mark.parametrize("source, text, place", [
    ("ar/s_aljazeera_zamalka_funeral_helicopter",
     (REAL / "ar" / "s_aljazeera_zamalka_funeral_helicopter.txt").read_text(encoding="utf-8"), "زملكا"),
    ("self-written", "قتل نحو ثمانين شخصا في قصف على زملكا. وقال ناشطون إن القصف قتل 80 شخصا في زملكا.", "زملكا"),
])
def test_the_same_figure_told_exactly_beats_about_that_figure(source, text, place):
    k = count_of(text, place, 0)
    assert (k.best, k.vague) == (80, False)


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("ar/n_alwatanalarabi_tartus_jableh_toll_swap",
     "وأسفرت التفجيرات السبعة عن مقتل 48 شخصا في طرطوس (في محافظة طرطوس) و53 آخرين في جبلة (جنوب اللاذقية)”.",
     "جبلة", 0, 53),
    ("ar/n_mohrar_darat_izza_new_year_2024", MOHRAR, "دارة عزة", 1, 4),
    ("ar/n_syrianmemory_aleppo_university_2013",
     "كما قصفت قوات النظام عدة مناطق في المحافظة، ما أسفر عن مقتل 8 أشخاص من عائلة تماوي في مدينة الباب، و4 أشخاص في"
     " قرية قطمة، وامرأة في بلدة السفيرة، وشاب في حي الحيدرية.", "قطمة", 0, 4),
])
def test_a_further_number_of_people_before_a_place_counts_that_place(source, text, place, kind, n):
    got = count_of(text, place, kind)
    assert (got.best, got.shared) == (n, False)


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("ar/s_spc_douma_nashabiyah_russian_raids",
     "ارتقى شهيد وأصيب آخرون في قصف طال مدينة دوما، في حين تعرضت بلدة النشابية لقصف عنيف ما أسفر عن سقوط عشرات"
     " الجرحى في صفوف المدنيين.\nوقد تعرضت بلدة النشابية لقصف عنيف من الطائرات الروسية بعدد من الغارات الجوية،"
     " استهدفت الأحياء السكنية في البلدة، ما أسفر عن سقوط 15 جريحاً بعضهم في حال خطرة.", "النشابية", 1, 15),
    ("ar/s_orient_harasta_funeral_mortars",
     "ارتكبت قوات الأسد مساء اليوم السبت مجزرة في مدينة حرستا بعد استهدافهم بالصواريخ وقذائف الهاون ما تسبب"
     " بسقوط عشرات الشهداء.\n\nوقال مراسل أورينت إن عناصر النظام استهدفت بقذائف الهاون مقبرة في مدينة حرستا"
     " أثناء تشييع أحد الشهداء ما أوقع 10 شهداء كحصيلة أولية.", "حرستا", 0, 10),
])
def test_an_exact_figure_below_dozens_replaces_the_word(source, text, place, kind, n):
    got = count_of(text, place, kind)
    assert (got.best, got.vague) == (n, False)


@pytest.mark.parametrize("source, text, shared_by, reference", [
    ("ar/s_fatehwatan_yarmouk_sniper_mortar",
     "كما أدى اطلاق نار عشوائي من قبل قناصة صباح اليوم الاحد في محيط منطقة جرمانا ويلدا المجاورتين لمخيم اليرموك"
     " ما ادى إلى استشهاد الشاب \"جهاد سليمان\" الذي كان في طريقه للعمل", ["جرمانا", "يلدا"], "مخيم اليرموك"),
    ("self-written, the singular of the same construction",
     "قصف مدفعي على بلدة يلدا المجاورة لمخيم اليرموك ما أدى إلى استشهاد طفل.", ["يلدا"], "مخيم اليرموك"),
])
def test_a_place_adjacent_to_another_is_a_reference_and_takes_no_count(source, text, shared_by, reference):
    """المجاورتين لمخيم اليرموك: the camp only says where the list is; the count is the list's."""
    got = counts(text)
    assert [got[p][0] for p in shared_by] == [1] * len(shared_by) and reference not in got


def _at(text, place_ar):
    """The incidents the extractor gives at `place_ar` (Arabic name)."""
    return [i for i in extract(text).incidents if i.place.name_ar == place_ar]


@pytest.mark.parametrize("source, place, killed", [
    ("ar/s_addustour_2014_douma_42_sohr", "دوما", 42),  # the Thursday of the lead holds for «ارتفع إلى 42 ...»
    ("ar/s_sawa_2015_suwayda_three_blasts_balous", "السويداء", 27),  # أمس holds for وذكرت مصادر ... أربعة مدنيين
])
def test_a_paragraph_going_on_with_the_story_keeps_its_date_and_incident(source, place, killed):
    found = _at((REAL / f"{source}.txt").read_text(encoding="utf-8"), place)
    assert len(found) == 1 and found[0].killed.best == killed


@pytest.mark.parametrize("source, place", [
    ("ar/s_sawa_2015_suwayda_three_blasts_balous", "السويداء"),  # title: 27 قتيلاً بتفجيرات السويداء; body: أمس
    ("ar/s_araby_2024_mezzeh_ten_quneitra_khan_arnabah", "المزة"),  # title of 9 Oct, body of 8 Oct
    ("ar/s_rozana_darayya_33_barrels_campaign", "داريا"),  # title: ضحايا ... على داريا; body: أمس السبت
])
def test_a_place_named_in_the_title_is_the_bodys_one_incident_there(source, place):
    assert len(_at((REAL / f"{source}.txt").read_text(encoding="utf-8"), place)) == 1


@pytest.mark.parametrize("source, text, places", [
    ("ar/n_sana_bani_zeid_rockets_toll",
     "أن إرهابيين يتحصنون في حي بني زيد أطلقوا قذائف صاروخية سقطت على أحياء الأشرفية والميدان والخالدية ومساكن حي"
     " السبيل والسريان والجابرية في مدينة حلب ما أدى إلى استشهاد 12 شخصا بينهم 3 أطفال وإصابة آخرين.",
     ["الأشرفية", "الخالدية", "السبيل", "الجابرية"]),
    ("ar/n_eventsy_sana_aleppo_mortars",
     "وذكر مصدر أن قذائف هاون أطلقها إرهابيون سقطت على أحياء التلل وشارع النيل وجامعة حلب ومشفى السلوم وفندق بلانيت"
     " في حي العزيزية بحلب ما أدى إلى استشهاد 12 مواطنا وإصابة52 آخرين.", ["شارع النيل", "جامعة حلب", "العزيزية"]),
])
def test_a_count_after_lists_joined_by_and_is_shared_by_all_of_them(source, text, places):
    x = extract(text)
    got = {i.place.name_ar: i.killed for i in x.incidents}
    assert [(got[p].best, got[p].shared) for p in places] == [(12, True)] * len(places)


def test_an_earlier_statement_of_a_toll_gives_way_to_the_toll_told_now():
    """ar/n_sana_bani_zeid_rockets_toll: «قال في تصريح سابق ... استشهاد 12 شخصا» after «حصيلة الشهداء ... بلغت
    14 شهيدا بينما أصيب نحو 60»: the quarters the earlier statement names take the toll of now."""
    x = extract((REAL / "ar/n_sana_bani_zeid_rockets_toll.txt").read_text(encoding="utf-8"))
    got = {i.place.name_ar: (i.killed.best, i.wounded.best) for i in x.incidents}
    assert got["السبيل"] == got["الجابرية"] == (14, 60)


def test_a_sentence_with_an_earlier_toll_gives_no_count():
    """ar/n_alwatannews_raqqa_matab_hedged: «وأفاد المرصد في حصيلة سابقة بمقتل 14 مدنياً», the place made one the
    gazetteer knows."""
    x = extract("قتل 23 مدنياً بينهم ثمانية أطفال في غارات على مدينة منبج. وأفاد المرصد في حصيلة سابقة بمقتل 14"
                " مدنياً بينهم ستة أطفال في مدينة الرقة.")
    got = {i.place.name_ar: i.killed for i in x.incidents}
    assert got["منبج"].best == 23 and got.get("الرقة") is None


@pytest.mark.parametrize("source, text, place, wounded", [
    ("ar/n_microsyria_khan_sheikhoun_hbit",
     "ووفقاً لمصادر في الدفاع المدني، فإن طائرة حربية استهدفت منازل المدنيين، في مدينة خان شيخون بضربة جوية، أسفرت عن"
     " مقتل رجل وزوجته وطفلة صغيرة لهم، وإصابة طفل آخر لهم.\n\nوأضافت المصادر ذاتها، أن قرية “ترعي” القريبة من مدينة"
     " خان شيخون، تعرّضت أيضاً لقصفٍ جوي مماثل، ما أسفر عن سقوط مدني واحد وإصابة آخرين.", "خان شيخون", 1),
    ("self-written, a known place before it",
     "قصف مدفعي على قرية كفرعمة القريبة من مدينة الأتارب أدى إلى إصابة ثلاثة مدنيين.", "كفر عمة", 3),
])
def test_a_town_a_place_is_near_to_takes_none_of_its_count(source, text, place, wounded):
    """القريبة من مدينة خان شيخون: the town only says where the village is, as after قرب."""
    got = counts(text)
    assert got[place][1] == wounded and len([p for p in got if got[p][1] is not None]) == 1
