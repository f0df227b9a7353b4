"""Places named only as context (issue 12, place precision), pinned on excerpts of real passages
(tests/reports/real, the file named beside each): the wide area a campaign or a toll spans, the
area a place is in, are no incident places; the places the passage tells of still are."""
import pytest

from core.extract import extract


def places(text, lang=None):
    """Arabic names of the incident places the extractor gives for `text`."""
    return {i.place.name_ar for i in extract(text, lang=lang).incidents}


@pytest.mark.parametrize("source, text, wide, place", [
    ("ar/n_enab_atarib_massacre_nov_2024",
     "ارتفعت حصيلة القتلى والإصابات جراء القصف الجوي والمدفعي والصاروخي المكثف والمتواصل لقوات النظام السوري"
     " وحليفها الروسي والميليشيات الإيرانية على مدن وبلدات ريفي إدلب وحلب اليوم، الخميس 28 من تشرين الثاني.\n\n"
     "وذكر “الدفاع المدني السوري” أن عدد القتلى ارتفع إلى 20 مدنيًا بينهم خمسة أطفال وامرأتان.\n\n"
     "ارتفاع الحصيلة هذا جاء بعد ارتفاع حصيلة القتلى جراء المجزرة التي ارتكبتها طائرات النظام وروسيا في مدينة"
     " الأتارب، غربي حلب، إلى 15 قتيلًا مدنيًا.", "إدلب", "الأتارب"),
    ("ar/n_mohrar_atarib_maaret_atarib_2020",
     "وقال الدفاع المدني السوري إنّ قصفاً مدفعياً أطلقته قوات الأسد استهدف مدينة الأتارب صباح اليوم، أسفر عن"
     " استشهاد مدنيين اثنين وإصابة 5 آخرين.\n"
     "وتشنّ قواتُ الأسد وبدعم من الاحتلال الروسي منذ منتصف كانون الأول/ديسمبر الماضي، حملة عسكرية بريّة تترافق"
     " بقصفٍ عنيفٍ على مناطق “خفض التصعيد” بريفي إدلب وحلب، ما أدّى إلى مقتل وجرحِ مئات المدنيين.", "إدلب", "الأتارب"),
    ("ar/n_baladi_atarib_kamikaze_drones_2024",
     "وأوضح أن الهجوم استهدف بشكل مباشر عمالاً في حقول الزيتون بمحيط الأتارب، ما أدى إلى إصابة ثلاثة أشخاص.\n"
     "وأكد الدفاع المدني أن النظام يشن هجمات ممنهجة بالطائرات المسيّرة \"الانتحارية\" على شمال غربي سوريا، مما"
     " يهدد حياة المدنيين ويقوّض أنشطتهم وتحركاتهم والعمل في الأراضي الزراعية بأرياف حلب وإدلب ومنطقة سهل الغاب.",
     "سهل الغاب", "الأتارب"),
    ("ar/n_aawsat_tartus_israeli_missiles",
     "مقتل جنديين سوريين بقصف إسرائيلي على طرطوس\n\n"
     "أفاد المرصد السوري، اليوم الأربعاء، بوقوع انفجارات في ريفي حمص وطرطوس جراء ثاني قصف إسرائيلي خلال ساعات.",
     "حمص", "طرطوس"),
])
def test_the_countrysides_a_campaign_spans_are_no_incident_places(source, text, wide, place):
    got = places(text)
    assert wide not in got and place in got, got
