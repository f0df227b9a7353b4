"""Casualty counts read the way the contract says, on sentences of real-report shape."""
import pytest

from core.extract import extract


def only(text, **kw):
    x = extract(text, **kw)
    assert len(x.incidents) == 1, [(i.place.name_en, i.types) for i in x.incidents]
    return x.incidents[0]


@pytest.mark.parametrize("sentence, low, best, high, vague", [
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط 3 شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط ٣ شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط ثلاثة شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط خمسة عشر شهيدا.", 15, 15, 15, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط خمسة وعشرين شهيدا.", 25, 25, 25, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط شهيد.", 1, 1, 1, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط شهيدين.", 2, 2, 2, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط أكثر من 15 شهيدا.", 16, 16, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط نحو 20 شهيدا.", None, 20, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط حوالي 20 قتيلا.", None, 20, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط عدد من الشهداء.", 2, 3, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط عشرات الشهداء.", 24, 36, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط مئات الضحايا.", 200, 300, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل 5 مدنيين.", 5, 5, 5, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل طفلين.", 2, 2, 2, False),
    ("قصف الطيران الحربي مدينة دوما دون تسجيل أي إصابات.", 0, 0, 0, False),
])
def test_killed_count_forms(sentence, low, best, high, vague):
    k = only(sentence).killed
    assert (k.low, k.best, k.high, k.vague) == (low, best, high, vague)


def test_dozens_of_wounded_is_vague_with_low_24():
    w = only("قصفت قوات النظام بلدة عربين بالمدفعية ما أدى لسقوط عشرات الجرحى.").wounded
    assert (w.low, w.vague) == (24, True)
    assert w.label() == "≈24+"


def test_direct_hit_is_not_a_wounded_person():
    i = only("استهدف الثوار تجمعا لقوات الأسد في بلدة الريحان بقذائف الهاون محققين إصابة مباشرة.")
    assert i.wounded is None


def test_no_casualties_is_zero_not_null():
    i = only("ألقت مروحيات الأسد براميل متفجرة على بلدة خان الشيح دون تسجيل إصابات.")
    assert (i.killed.best, i.wounded.best) == (0, 0)


def test_a_number_of_dead_and_wounded_gives_both_counts():
    i = only("قصفت قوات النظام بلدة سقبا بقذائف الهاون ما أدى لسقوط عدد من القتلى والجرحى.")
    assert i.killed.low == 2 and i.wounded.low == 2


def test_count_text_is_the_phrase_as_written():
    text = "قصف الطيران الحربي مدينة دوما ما أدى لسقوط أكثر من ١٥ شهيداً."
    k = only(text).killed
    assert k.text in text and "١٥" in k.text
