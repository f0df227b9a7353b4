"""Issue 12 (Arabic incidents at one place): a second attack on a place told at an earlier time the text
does not date (قبل أيام، في وقت سابق) is an incident of its own, and its counts do not join today's.
Pinned on excerpts of real passages (tests/reports/real/ar, the file named beside each)."""
import pytest

from core.dates import find_dates
from core.extract import extract


def tolls(text: str, place_ar: str, date: str | None = None) -> list[tuple]:
    """(date, killed, wounded) of each incident the extractor gives for `place_ar`, in text order; a
    count is its best figure, or "some" when it is vague."""
    def figure(c):
        return None if c is None else "some" if c.vague else c.best
    x = extract(text, lang="ar", date=date)
    return [(i.date, figure(i.killed), figure(i.wounded)) for i in x.incidents if i.place.name_ar == place_ar]


KAFR_AMMA = (
    "وقالت مصادر لـ موقع تلفزيون سوريا إنّ قوات النظام استهدفت بقذائف المدفعية الثقيلة قرية كفرعمّة في منطقة"
    " الأتارب غربي حلب، ما أدّى إلى مقتل الشاب محمد حمدو عرب وإصابةِ طفل شقيقه.\n\n"
    "قبل أيام، تعرّض محور كفرعمّة لقصفٍ مدفعي أيضاً مصدره مواقع قوات النظام، ما أسفر عن مقتل ثلاثة عناصر من"
    " \"هيئة تحرير الشام\" وجرح آخرين، تزامناً مع قصفٍ مماثل طال قرية \"مكلبيس\" القريبة غربي حلب.")
SARMIN = (
    "وأوضح أنه قتل شخص في بلدة \"سرمين\" أيضاً وأصيب آخرون في حصيلة أولية، من جراء القصف المدفعي الذي شنته"
    " قوات النظام على البلدة.\n"
    "وتعرضت بلدة سرمين في ريف إدلب، في وقت سابق، إلى قصف بالمدفعية الثقيلة مصدره مواقع قوات النظام، حيث"
    " اقتصرت الأضرار على المادية فقط.")


@pytest.mark.parametrize("source, text, place, today, earlier", [
    ("n_syriatv_kafr_amma_brothers_2022", KAFR_AMMA, "كفر عمة", (1, 1), (3, "some")),
    ("n_syriatv_afis_sarmin_earlier", SARMIN, "سرمين", (1, "some"), (0, 0)),
])
def test_an_attack_told_at_an_undated_earlier_time_is_an_incident_of_its_own(source, text, place, today, earlier):
    assert tolls(text, place) == [(None, *today), (None, *earlier)]


def test_the_earlier_incident_has_no_day_of_its_own_in_a_dated_report():
    """n_syriatv_kafr_amma_brothers_2022: today's incident keeps the report day; 'قبل أيام' gives none."""
    assert [d for d, _, _ in tolls(KAFR_AMMA, "كفر عمة", "2022-09-22")] == ["2022-09-22", None]


@pytest.mark.parametrize("text, offset", [
    ("وسقط قبل أسبوعين أيضًا في ريف المدينة نفسها 10 صواريخ", -14),  # n_ahlmasr_qardaha_rockets
    ("A child died of wounds due to shelling 2 days ago.", -2),      # en/sohr_daraa_yadodah_tafas_suwayda_mortars
])
def test_a_span_of_days_or_weeks_before_is_a_day_told_exactly(text, offset):
    (d,) = find_dates(text, ref="2018-03-15")
    assert (d.kind, d.offset) == ("relative", offset)


@pytest.mark.parametrize("text", [
    "قبل أيام، تعرّض محور كفرعمّة لقصفٍ مدفعي أيضاً",                    # n_syriatv_kafr_amma_brothers_2022
    "وكانت بلدة كسب قد شهدت سقوط قذائف قبل أيام  دون معلومات عن خسائر بشرية.",  # n_7al_latakia_kasab_jableh_2019
    "وتعرضت بلدة سرمين في ريف إدلب، في وقت سابق، إلى قصف بالمدفعية الثقيلة",  # n_syriatv_afis_sarmin_earlier
    "واستهدف إرهابيون في 27 من الشهر الماضي عددا من أحياء مدينة حلب السكنية بعدد من قذائف الهاون",  # n_eventsy_sana_aleppo_mortars
])
def test_an_earlier_time_without_its_day_gives_no_day_even_with_the_report_date(text):
    (d,) = find_dates(text, ref="2022-09-22")
    assert (d.kind, d.iso, d.offset) == ("earlier", None, None)


def test_an_earlier_time_a_source_spoke_at_is_an_earlier_count_of_the_same_event():
    """n_echorouk_raqqa_jazra_internet_cafe: 'وكان المرصد أفاد في وقت سابق عن مقتل 17' is the Observatory's
    first count of the raids, not an earlier attack: one Raqqa incident."""
    text = ("وقتل 23 مدنياً، مساء الخميس، حسب المرصد، بعد تنفيذ طائرات التحالف \"25 غارة جوية\" على مدينة الرقة"
            " وضواحيها. وكان المرصد أفاد في وقت سابق عن مقتل 17 مدنياً وإصابة العشرات بجروح.")
    assert [k for _, k, _ in tolls(text, "الرقة", "2017-06-09")] == [23]


@pytest.mark.parametrize("source, text, place", [
    ("n_syriatv_kafr_amma_brothers_2022", KAFR_AMMA, "كفر عمة"),
    ("n_syriatv_afis_sarmin_earlier", SARMIN, "سرمين"),
])
def test_a_sides_positions_told_as_the_source_of_the_fire_name_the_attacker(source, text, place):
    """'قصف مدفعي مصدره مواقع قوات النظام': the earlier strike's attacker is the government, as in 'من مواقع'."""
    x = extract(text, lang="ar")
    assert [i.actors for i in x.incidents if i.place.name_ar == place][-1] == ("government",)


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
