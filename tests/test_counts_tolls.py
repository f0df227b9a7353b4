"""Tolls that are no incident's count, read by the count stage (core/extract/counts.py): tolls over a
period (منذ بدء الحملة, over the past week) and tolls broken down by area or governorate. Each
construction on an excerpt of a real passage (tests/reports/real/ar, the file named beside it)
where the corpus shows it, else on a sentence that isolates it (issue 14: what the mutation run
of the count stage found unpinned)."""
import pytest

from core.extract import extract
from tests.test_counts_real import best, incident

SHASHA = ("ووثقت لجان التنسيق المحلية في سوريا اليوم سقوط 163 قتيلا بينهم سيدات وأطفال، قتل منهم 120 في دمشق وريفها"
          " عليهم في المشفى الوطني بمدينة داريا، في حين أشارت الشبكة السورية لحقوق الإنسان إلى سقوط 11 قتيلا في إدلب"
          " وتسعة في حمص وسبعة في درعا وستة في حلب واثنين في دير الزور وقتيل في كل من درعا وحماة.")
"""s_shasha_2012_darayya_hospital_bodies: a national toll, then SNHR's by governorate."""

REGIONS = "وثقت الهيئة سقوط 34 قتيلاً بينهم عشرون في الغوطة الشرقية، وتسعة في القلمون، وخمسة في ريف حلب."


def counted(text):
    """(place, killed, wounded) of each incident given a count."""
    return [(i.place.name_en, best(i.killed), best(i.wounded)) for i in extract(text).incidents if i.killed or i.wounded]


@pytest.mark.parametrize("source, text", [
    ("s_shasha_2012_darayya_hospital_bodies", "مقتل 163 شخصا في سوريا\n\nاكتشف أهالي مدينة داريا بريف دمشق اليوم مجزرة مروعة بعثورهم على مائة جثة"
     " تعود لمدنيين أعدموا ميدانياً داخل المشفى الوطني.\n" + SHASHA),
    ("self-written", "مائة جثة لمدنيين أعدموا ميدانياً في مدينة داريا. " + REGIONS),
])
def test_a_toll_by_governorate_gives_its_total_and_its_parts_to_no_place(source, text):
    assert counted(text) == [("Darayya", 100, None)]


@pytest.mark.parametrize("text", [
    REGIONS,
    "وثقت الهيئة سقوط 34 قتيلاً بينهم 20 في الغوطة الشرقية، و9 في القلمون، و5 في ريف حلب.",
    "وثقت الهيئة سقوط 34 قتيلاً بينهم عشرون في الغوطة الشرقية، وتسعة في القلمون، وخمسة في كل من ريف حلب وريف إدلب.",
])
def test_a_toll_broken_down_over_three_regions_gives_none_of_them_a_count(text):
    assert counted(text) == []


@pytest.mark.parametrize("text, place, killed", [
    ("قتل 40 مدنياً بقصف على بلدة الأتارب، بينما وثقت الهيئة " + REGIONS.removeprefix("وثقت الهيئة "), "Atarib", 40),
    ("قتل 3 مدنيين بقصف على بلدة الأتارب، بينما سقط عشرون في الغوطة الشرقية، وتسعة في القلمون، وخمسة في ريف حلب.",
     "Atarib", 3),
])
def test_a_town_s_toll_before_a_breakdown_by_region_stays_the_town_s(text, place, killed):
    assert counted(text) == [(place, killed, None)]


def test_a_toll_after_a_breakdown_by_governorate_in_the_same_sentence_keeps_its_figures():
    # s_ittihad_2013_qara_raids_harasta_bombing
    text = ("في وقت رصدت الهيئة العامة للثورة السورية سقوط 43 قتيلاً بينهم 20 في دمشق وريفها، و9 في درعا، و5 في حلب، و3"
            " في كل من حما وحمص وإدلب، بينما تحدث المرصد السوري لحقوق الانسان عن مصرع 31 جندياً بينهم ضباط وإصابة"
            " العشرات بجروح بتفجير مبنى إدارة المركبات في حرستا بضواحي دمشق.")
    i = incident(text, "حرستا")
    assert (best(i.killed), i.wounded.low, i.wounded.vague) == (31, 24, True)


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("s_enab_zabadani_barrel_hits_hezbollah",
     "ويستمر حزب الله اللبناني في الكشف عن قتلاه الذين سقطوا في الزبداني، إذ ذكر موقع جنوب لبنان التابع للحزب أن"
     " ثلاثة قتلى سقطوا الأربعاء 2 أيلول، ليرتفع عددهم إلى نحو 85 قتيلًا منذ بداية الحملة البرية والجوية على"
     " المدينة مطلع تموز الفائت.", "الزبداني", "killed", 3),
    ("self-written", "وأصيب خمسة مدنيين في بلدة سرمين، ليرتفع عدد الجرحى إلى 40 منذ بدء الحملة.", "سرمين", "wounded", 5),
])
def test_a_period_cue_in_a_clause_with_its_own_toll_leaves_the_day_s_toll_before_it(source, text, place, kind, n):
    assert best(getattr(incident(text, place), kind)) == n


@pytest.mark.parametrize("text", [
    "مقتل 1453 مدنياً في إدلب، منذ توقيع اتفاق سوتشي",
    "قصفت الطائرات الروسية سراقب، وقتل 1453 مدنياً في إدلب، منذ توقيع اتفاق سوتشي.",
    "قصفت الطائرات الروسية سراقب. مقتل 1453 مدنياً في إدلب، منذ توقيع اتفاق سوتشي.",
])
def test_a_period_cue_in_a_clause_of_its_own_makes_the_toll_before_it_a_period_s(text):
    assert counted(text) == []


@pytest.mark.parametrize("text", [
    "تشهد مدينة سراقب حملة قصف جوي منذ انتهاء الهدنة، وقتل فيها 20 مدنياً، وجرح 50 آخرون.",
    "تشهد مدينة سراقب حملة قصف جوي منذ انتهاء الهدنة، وقتل مدنيان من أهالي سرمين.",
])
def test_every_clause_after_a_period_cue_that_names_no_attack_nor_place_after_a_preposition_is_its_toll(text):
    assert counted(text) == []


@pytest.mark.parametrize("text", [
    "ضرب الزلزال مدينة حلب، وقتل 5 أشخاص في بلدة جنديرس.",
    "قتل 5 أشخاص في بلدة جنديرس، وانهارت أبنية في حلب، جراء الزلزال.",
])
def test_a_cue_of_the_whole_sentence_leaves_every_clause_of_it_without_a_count(text):
    assert counted(text) == []


@pytest.mark.parametrize("text", [
    "Warplanes have pounded Saraqib over the past week, causing injuries.",
    "Warplanes have pounded Saraqib since the start of the campaign, causing injuries.",
])
def test_injuries_told_without_a_figure_in_a_period_s_toll_are_no_count(text):
    assert counted(text) == []


def test_the_parts_of_a_breakdown_are_no_massacre_unless_their_clause_tells_one():
    # s_freshsyria_madira_breakdown_list, and a self-written list with a massacre
    text = ("وأضاف المراسل أن 13 مدنياً قتلوا وجرح عدد كبير مساء أمس، بقصف مدفعي وصاروخي لقوات الأسد، توزع على النحو"
            " التالي: قتيلين وعدد من الجرحى في مدينة عربين، وخمسة قتلى وعدد من الجرحى في بلدة مسرابا، ومدنيان وعدد من"
            " الجرحى في حي جوبر، وستة مدنيين وعشرات الجرحى في مدينة دوما.")
    assert [(i.place.name_en, best(i.killed), i.massacre) for i in extract(text).incidents] == [
        ("Arbin", 2, False), ("Mesraba", 5, False), ("Jobar", 2, False), ("Douma", 6, False)]
    text = ("وثقت الشبكة مقتل 20 مدنياً، توزعوا على النحو التالي: 12 في بلدة سرمين في مجزرة ارتكبها الطيران الروسي،"
            " و8 في مدينة سراقب.")
    assert [(i.place.name_en, best(i.killed), i.massacre) for i in extract(text).incidents] == [
        ("Sarmin", 12, True), ("Saraqib", 8, False)]


@pytest.mark.parametrize("heading", ["قصف الطيران الحربي مدينة سراقب.", "قصف الطيران الحربي مناطق عدة:"])
def test_a_line_opening_on_a_governorate_outside_a_breakdown_keeps_its_toll(heading):
    text = ("وثقت اللجان 40 شهيداً اليوم، موزعين على المحافظات كالتالي:\nحلب: 17 شهيداً.\n\n" + heading
            + "\nحماة: 4 شهداء في مدينة اللطامنة.")
    assert counted(text) == [("Al-Lataminah", 4, None)]


EGYNEWS = ("أعلنت لجان التنسيق المحلية السورية المعارضة أن أعداد الذين سقطوا الجمعة برصاص قوات بشار الأسد قد ارتفع إلى 55"
           " شهيدا معظمهم فى ريف دمشق وذلك على خلفية تداعيات التظاهرات التى انطلقت الجمعة تحت شعار \" إذا كان الحكام"
           " متخاذلين فأين الشعوب \". يشار إلى أن المرصد السورى لحقوق الإنسان قد أعلن فى وقت سابق الجمعة عن ارتفاع حصيلة"
           " شهداء أمس الخميس إلى أكثر من 170 شخصا برصاص قوات الأمن والجيش النظامى ومعظمهم من المدنيين.")
"""s_egynews_2012_lcc_friday_55_thursday_170: Friday's national toll, then yesterday's."""


@pytest.mark.parametrize("source, text, expected", [
    ("ar/s_rassd_2012_darayya_massacre_lcc",
     "لايزال سيل الدماء متواصل في سوريا إذ قالت لجان التنسيق المحلية أن عدد شهداء اليوم الأحد وصل إلى 30 شهيدا حتى"
     " اللحظة, بينهم عائلة كاملة من داريا جنوب غرب دمشق التي شهدت مجزرة مروعة بالأمس راح ضحيتها 270 شخص ليرتفع حصيلة"
     " الشهداء أمس السبت إلى 440 شهيد .", [("Darayya", 270, None)]),
    ("ar/s_egynews_2012_lcc_friday_55_thursday_170", EGYNEWS, []),
])
def test_yesterdays_toll_over_the_country_is_no_incidents_count(source, text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("source, text, area", [
    ("ar/s_egynews_2012_lcc_friday_55_thursday_170", EGYNEWS, "ريف دمشق"),
    ("ar/s_aljazeera_zamalka_funeral_helicopter",
     "ذكرت الشبكة السورية لحقوق الإنسان أن 133 شخصا قتلوا بنيران قوات النظام معظمهم في ريف دمشق ودير الزور.",
     "دير الزور"),
])
def test_the_areas_a_toll_fell_mostly_in_are_no_incidents(source, text, area):
    assert area not in [i.place.name_ar for i in extract(text).incidents]
