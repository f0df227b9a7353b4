"""Count classes of issue 12, each pinned on excerpts of real passages (tests/reports/real, the file
named beside each) and, where useful, a sentence that isolates the construction."""
import pytest

from core.extract import extract


def incident(text, place_ar):
    """The incident the extractor gives for `place_ar` (by its Arabic name)."""
    x = extract(text)
    found = [i for i in x.incidents if i.place.name_ar == place_ar]
    assert found, [(i.place.name_ar, i.killed, i.wounded) for i in x.incidents]
    return found[0]


def best(count):
    return None if count is None else count.best


@pytest.mark.parametrize("source, text, place, kind, n", [
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "ولفت المصدر إلى أن “المجموعات الإرهابية استهدفت بالقذائف الصاروخية والهاون منازل المواطنين, ما تسبب بمقتل"
     " شخص وإصابة 9آخرين في حي الحمدانية”.", "الحمدانية", "wounded", 9),
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "ونقلت وكالة الانباء (سانا) عن قيادة شرطة حلب قولها ان \"مسلحين استهدفوا حي صلاح الدين بعدد من القذائف"
     " الصاروخية, ما تسبب بارتقاء طفلة وإصابة 15شخصا بجروح مختلفة”.", "صلاح الدين", "wounded", 15),
    ("ar/s_enab_2013_moadamiyeh_shelter_rocket",
     "سقط ستة أطفال وجرح 15بين نساء وأطفال في قصف على مدينة معضمية الشام، فيما استشهد أيضًا الطفل حسن تغلب",
     "معضمية الشام", "wounded", 15),
    ("self-written", "قصف مدفعي على بلدة كفرنبل أدى إلى مقتل ٧مدنيين.", "كفرنبل", "killed", 7),
])
def test_a_number_glued_to_the_word_after_it_is_read(source, text, place, kind, n):
    assert best(getattr(incident(text, place), kind)) == n
