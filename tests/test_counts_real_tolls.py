"""Count constructions of issue 12 (Arabic killed counts), each pinned on excerpts of at least two
real passages (tests/reports/real, the file named beside each)."""
import pytest

from tests.test_counts_real import incident


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_sharkia_deir_ezzor_quriyah_mayadin",
     "قتل وجرح مدنيون بقصف من تنظيم \"داعش\" الإرهابي على مناطق تخضع لسيطرة قوات النظام السوري في مدينة دير الزور،"
     " في حين سيطرت مليشيات \"قوات سورية الديمقراطية\"، على قرية حوايج ذياب في ريف دير الزور الغربي، كما سقط مزيد"
     " من الضحايا بقصف التحالف الدولي على مدينة الرقة.", "الرقة"),
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "قتل شخصان, بينهم طفلة, وأصيب 24 اخرين بجروح, يوم الاثنين, جراء سقوط قذائف صاروخية وهاون على حيي صلاح الدين"
     " والحمدانية في مدينة حلب.\n\nوجاءت الحادثة بعد يوم من سقوط ضحايا جراء انفجار لغم أرضي من مخلفات تنظيم “داعش”"
     " في قرية جارز بريف حلب.", "جارز"),
])
def test_victims_told_without_a_figure_count_no_dead(source, text, place):
    assert incident(text, place).killed is None


@pytest.mark.parametrize("source, text, place", [
    ("ar/s_rozana_darayya_33_barrels_campaign",
     "سقط ضحايا، أمس السبت، جراء قصف الطيران المروحي التابع لجيش النظام السوري بـ\"البراميل المتفجرة\" على مدينة"
     " داريا في الغوطة الغربية بريف دمشق.\n\nوقال \"المجلس المحلي لمدينة داريا\"، وفق صفحته على موقع فيسبوك، إن"
     " \"جيش النظام استهدف الأحياء السكنية بالمدينة بـ33 برميلاً متفجراً فضلا عن القذائف المدفعية، ما أوقع قتلى"
     " وجرحى\".", "داريا"),
])
def test_a_word_for_the_dead_counts_where_a_victims_word_comes_first(source, text, place):
    killed = incident(text, place).killed
    assert (killed.low, killed.vague, killed.text) == (2, True, "قتلى")
