"""Count helpers the mutation run (bench/mutation.py core.partitives, core.people_order,
core.extract.projections) found unpinned. Excerpts of the real passages (tests/reports/real) named
beside each."""
import pytest

from core.extract import extract


def killed(text, lang):
    """{place (English): killed count} for the incidents of `text`."""
    return {i.place.name_en: i.killed for i in extract(text, lang=lang).incidents}


def figures(c):
    return None if c is None else (c.low, c.best, c.high, c.vague)


def test_a_projection_in_an_earlier_sentence_leaves_a_later_risen_to_toll_counted():
    """en/sohr_hama_msheik_latamnah_eight_killed: "expected to rise" tells the Msheik toll may grow; the
    Latamnah toll two sentences on, "has risen to 5", is a count (the projection is read in its clause only)."""
    text = ("The death toll is expected to rise because there are some people in critical situation. They also"
            " dropped other barrels on the villages of al- Hwayja, al- Zyarah, al- Daqmaq, al- Hwash, al- Amqiyya and"
            " Qastoun in Sahl al- Ghab and on the town of Kafar Zita in the north of Hama. The number of civilians who"
            " were killed due to dropping barrel bombs on the town of al- Latamnah has risen to 5; 3 women and 2"
            " children.")
    assert figures(killed(text, "en")["Al-Lataminah"]) == (5, 5, 5, False)


def test_a_count_before_an_aside_of_several_words_with_no_comma_is_the_verbs_count():
    """ar/n_hibrpress_idlib_toll_rises_35_weekend (its first three sentences): ما لا يقل عن 35 شخصاً بينهم ثلاثة من العاملين الصحيين قتلوا: the
    words of the aside between بينهم and the verb are no casualty word of another kind, so the count before
    the aside is the verb's."""
    text = ("مع استمرار العمليات العسكرية التي يقوم بها نظام الأسد والمحتل الروسي على المدنيين في إدلب تتصاعد بشكل يومي"
            " حصيلة الضحايا وسط صمت دولي تجاه الكارثة الانسانية.\nهذا وقد أكد “فرحان حق” نائب المتحدث باسم الأمين العام للأمم المتحدة أن ما لا يقل عن 35 شخصاً بينهم ثلاثة من"
            " العاملين الصحيين قتلوا نهاية هذا الأسبوع أي يومي السبت والأحد في سلسلة غارات جوية على المناطق السكنية"
            " شمال غرب سوريا\nويقطن في إدلب ما يقارب 4 ملايين إنسان يعيشون في أوضاع صعبة نتيجة القصف مما يدفعهم إلى"
            " اللجوء نحو الحدود التركية بحسب ما أكدته الأمم المتحدة بتقرير صادر عنها يوم الاثنين الماضي.")
    assert figures(killed(text, "ar")["Idlib"]) == (35, 35, None, True)
