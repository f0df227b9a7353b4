"""Count constructions of issue 12 (Arabic killed counts), each pinned on excerpts of at least two
real passages (tests/reports/real, the file named beside each)."""
import pytest

from core.extract import extract
from tests.test_counts_real import incident
from tests.test_counts_real_more import read_counts


@pytest.mark.parametrize("source, text, counted", [
    ("ar/n_syrianmemory_aleppo_university_2013",
     "ووثقت الشبكة السورية لحقوق الإنسان أسماء 38 من ضحايا المجزرة، وأكدت \"تنسيقية جامعة الثورة\" في بيان أن"
     " الطيران الحربي ألقى صاروخًا غربي الوحدة السكنية رقم 9 داخل الحرم الجامعي.", [(38, 38, True, "38 من ضحايا")]),
    ("ar/n_okaz_kafr_battikh_airstrike_2018",
     "وأورد المرصد السوري لحقوق الإنسان الأرقام ذاتها، وقال إن 15 من القتلى من أسرة واحدة.",
     [(15, 15, True, "15 من القتلى")]),
])
def test_a_figure_told_as_a_part_of_the_dead_is_read_as_a_floor(source, text, counted):
    assert read_counts(text) == counted


def test_a_part_of_the_dead_told_about_stays_about():
    """After the Okaz line's shape: "about" 40 of the victims is about 40, not at least 40."""
    assert read_counts("وقال إن نحو 40 من الضحايا من أسرة واحدة.") == [(None, 40, True, "نحو 40 من الضحايا")]


def test_the_named_victims_of_a_massacre_are_its_floor():
    """ar/n_syrianmemory_aleppo_university_2013: the names of 38 of the massacre's victims: at least 38."""
    text = ("ارتكبت قوات النظام مجزرة في كلية العمارة بجامعة حلب، من جراء استهداف مبنى الكلية بغارتين جويتين، ووثقت"
            " الشبكة السورية لحقوق الإنسان أسماء 38 من ضحايا المجزرة.")
    killed = incident(text, "جامعة حلب").killed
    assert (killed.low, killed.high, killed.vague) == (38, None, True)


@pytest.mark.parametrize("source, text, place, not_place", [
    ("ar/n_okaz_kafr_battikh_airstrike_2018",
     "وقالت خدمة الدفاع المدني السوري وهو هيئة إغاثة تعمل في مناطق المعارضة، إن الضربة الجوية وقعت على قرية كفر"
     " بطيخ في القطاع الشرقي من محافظة إدلب.", "كفر بطيخ", "قرية الكفر"),
    ("ar/n_spc_bab_maqam_vacuum (محيط: only the vicinity of the citadel, no incident there)",
     "علماُ أن الطيران الحربي شن عشرات الغارات الجوية استهدفت أحياء الخالدية وبستان القصر والمرجة والكلاسة وبني"
     " زيد وحي الجلوم وأحياء حلب القديمة وحي المغاير وباب الحديد وباب النصر والإذاعة ومحيط قلعة حلب, إضافة لقصف"
     " بالبراميل المتفجرة لمناطق في حي الكلاسة.", "الكلاسة", "قلعة حلب"),
])
def test_a_name_after_a_cue_word_wins_over_one_as_long_opening_on_it(source, text, place, not_place):
    names = [i.place.name_ar for i in extract(text).incidents]
    assert place in names and not_place not in names


NAHRAIN = ("أعلنت مديرية الصحة في السويداء عن وقوع أكثر من 50 شهيدا ونحو 78 جريحا كحصيلة أولية لهجوم “داعش” على مدينة"
           " السويداء وريفها جنوب سوريا.\nوشهدت مدينة السويداء صباح اليوم الأربعاء وقوع ثلاثة تفجيرات إرهابية، بالتزامن"
           " مع هجوم تنظيم “داعش” على قرى المتونة ودوما وتيما بريف السويداء.")
"""ar/s_nahrain_2018_suwayda_isis_attack, its first two sentences."""


@pytest.mark.parametrize("place", ["المتونة", "دوما", "تيما"])
def test_a_toll_of_a_city_and_its_countryside_is_shared_by_the_villages_attacked_next(place):
    found = incident(NAHRAIN, place)
    assert (found.killed.low, found.killed.vague, found.killed.shared) == (51, True, True)
    assert (found.wounded.best, found.wounded.vague, found.wounded.shared) == (78, True, True)


def test_a_toll_of_a_city_alone_stays_off_the_villages_attacked_next():
    """The same sentences with the city named without its countryside (وريفها left out)."""
    assert incident(NAHRAIN.replace(" وريفها", ""), "المتونة").killed is None


@pytest.mark.parametrize("source, text, place, best", [
    ("ar/n_fresh_ariha_dash_list",
     "استشهد ثمانيةُ مدنيين وجرح آخرون، صباح اليوم الأربعاء، جراء قصف مدفعي من قوات نظام الأسد المتمركزة في مدينة"
     " سراقب، على مدينة إدلب وريفها.\nوأفاد مراسل فرش أونلاين: أن قوات نظام الأسد قصفت بالمدفعية الثقيلة مدينة أريحا،"
     " ما أدى لاستشهاد ثلاثة مدنيين وجَرح آخرون، كما قصفت ذات القوات مدينة إدلب ما أسفر عن استشهاد مدني وجرحِ"
     " آخرين.", "أريحا", 3),
    ("ar/n_spc_bab_maqam_vacuum",
     "شن الطيران الحربي اليوم عشرات الغارات الجوية على مدينة حلب وريفها ما أوقع شهداء وجرحى, إضافة لقصف بصواريخ"
     " أرض-أرض مع تصاعد الحملة العسكرية في حلب.\nاستهدف الطيران الحربي حي باب المقام بالصواريخ الفراغية, ما أدى"
     " لاستشهاد عشرة مدنيين وسقوط وأكثر من 15 جريحا كحصيلة أولية.", "باب المقام", 10),
])
def test_places_that_tell_their_own_dead_keep_them_after_a_city_and_countryside_toll(source, text, place, best):
    killed = incident(text, place).killed
    assert (killed.best, killed.shared) == (best, False)


@pytest.mark.parametrize("source, text, place, best", [
    ("ar/s_freshsyria_madira_breakdown_list",
     "شن طيران الأسد الحربي عدة غارات جوية مساء أمس، استهدفت مدينة مديرا تزامناً مع مئة قذيفة مدفعية طالت المدينة"
     " أودت بحياة سبعة مدنيين بينهم عائلة كاملة.", "مديرا", 7),
    ("ar/n_afrigate_balyun_bara_abdita_2019",
     "واستهدفت قوات النظام، وفق المصدر ذاته، بالبراميل المتفجرة قرية إبديتا في جنوب إدلب مودية بخمسة مدنيين بينهم"
     " ثلاثة أطفال.", "أبديتا", 5),
])
def test_a_form_of_took_the_lives_of_counts_the_dead_after_it(source, text, place, best):
    killed = incident(text, place).killed
    assert (killed.best, killed.vague) == (best, False)


@pytest.mark.parametrize("source, text, place, best", [
    ("ar/n_afrigate_balyun_bara_abdita_2019",
     "وأسفر قصف جوي روسي أمس السبت، وفق المرصد، عن مقتل تسعة مدنيين بينهم ثلاثة أطفال في قرية بليون وأربعة مدنيين"
     " بينهم طفل في قرية البارة في ريف إدلب الجنوبي.", "البارة", 4),
    ("self-written, in the shape of ar/n_spa_saraqib_arnaba_russian_raids (وثلاثة آخرين بينهم طفلان في بلدة أرنبة)",
     "قتل خمسة مدنيين في مدينة سراقب وثلاثة آخرين بينهم طفلان في بلدة أرنبة.", "أرنبة", 3),
])
def test_and_a_number_of_people_before_an_aside_and_a_place_is_that_places_count(source, text, place, best):
    killed = incident(text, place).killed
    assert (killed.best, killed.vague) == (best, False)
