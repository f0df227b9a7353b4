"""A day before the report's that the report does not tell exactly (قبل أيام, a few days ago; a day of
last month, في 27 من الشهر الماضي,
data/lexicons/dates/relative_days.csv with an empty offset) dates its event apart from the report day's,
with no date given. Excerpts of the real passages of tests/reports/real/ar named beside each."""
import pytest

from core.dates import find_dates
from core.extract import extract


@pytest.mark.parametrize("source, text, ref", [
    ("n_syriatv_kafr_amma_brothers_2022",
     "قبل أيام، تعرّض محور كفرعمّة لقصفٍ مدفعي أيضاً مصدره مواقع قوات النظام", "2022-09-22"),
    ("n_7al_latakia_kasab_jableh_2019",
     "وكانت بلدة كسب قد شهدت سقوط قذائف قبل أيام  دون معلومات عن خسائر بشرية.", None),
    ("n_eventsy_sana_aleppo_mortars",
     "واستهدف إرهابيون في 27 من الشهر الماضي عددا من أحياء مدينة حلب السكنية بعدد من قذائف الهاون", None),
])
def test_a_few_days_ago_is_an_earlier_day_with_no_date(source, text, ref):
    assert [(d.kind, d.iso) for d in find_dates(text, ref=ref)] == [("earlier", None)]


def test_a_citys_toll_on_an_earlier_day_is_no_summary_of_the_quarters_hit_today():
    """n_eventsy_sana_aleppo_mortars: today's mortars on Aleppo's quarters (12 killed) and the city's toll on
    the 27th of last month (24 killed) are two days: the city's is an incident of its own, not the sum of
    today's quarters."""
    x = extract("وذكر مصدر في محافظة حلب لمراسل سانا أن قذائف هاون أطلقها إرهابيون سقطت على أحياء التلل وشارع النيل"
                " وجامعة حلب ومشفى السلوم وفندق بلانيت في حي العزيزية بحلب ما أدى إلى استشهاد 12 مواطنا وإصابة52 آخرين"
                " إضافة إلى حدوث أضرار مادية بالمكان.\nواستهدف إرهابيون في 27 من الشهر الماضي عددا من أحياء مدينة حلب"
                " السكنية بعدد من قذائف الهاون والقذائف الصاروخية وفجروا محطة تحويل الكهرباء وغرفة الصناعة ما أدى إلى"
                " استشهاد24 مواطنا وإصابة 52 آخرين وإلحاق أضرار مادية كبيرة بالممتلكات.", lang="ar")
    got = {i.place.name_ar: i.killed.best for i in x.incidents}
    assert got == {"شارع النيل": 12, "جامعة حلب": 12, "العزيزية": 12, "حلب": 24}, got
