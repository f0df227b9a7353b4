"""Place-recall classes of issue 12, each pinned on excerpts of real passages (tests/reports/real,
the file named beside each) and, where useful, a sentence that isolates the construction."""
import pytest

from core.arabic import name_key
from core.extract import extract


def places(text):
    """The name keys of the incident places the extractor gives for `text`."""
    return {name_key(i.place.name_ar) for i in extract(text).incidents}


def keys(*names):
    return {name_key(n) for n in names}


@pytest.mark.parametrize("source, text, expected", [
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "وأضاف مراسلنا، أن قوات النظام قصفت بالمدفعية الثقيلة وراجمات الصواريخ مدينة “كفرنبل” بريف إدلب الجنوبي،"
     " ما أسفر عن وقوع جرحى في صفوف المدنيين.", ["كفرنبل"]),
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "في حين قضى رجل في بلدة “كفرعويد” بريف إدلب الجنوبي، جراء غارة جوية سابقة لطيران النظام الحربي.",
     ["كفرعويد"]),
    ("ar/n_sy24_abin_sheikh_ali_atarib",
     "كما قتل أربعة مدنيين في قرية “الشيخ علي” وبلدة “أورم الصغرى” بقصف مماثل استهدف الأحياء السكنية.",
     ["الشيخ علي", "أورم الصغرى"]),
    ("ar/n_zaiton_karm_jabal_haydariyeh",
     "حيث ألقى الطيران المروحي براميل متفجرة على حي “كرم الجبل” ما أسفر عن استشهاد خمسة مدنيين.",
     ["كرم الجبل"]),
    ("ar/s_erem_daraa_dael_barrel_family",
     "قُتل أربعة أشخاص من عائلة واحدة جراء إلقاء طيران النظام السوري برميل متفجر على مدينة \"داعل\" في ريف"
     " درعا، جنوب سوريا.", ["داعل"]),
    ("ar/s_erem_daraa_dael_barrel_family",
     "وأضافوا أن \"طيران النظام المروحي ألقى أربعة براميل أخرى على بلدة إبطع، إضافة إلى إلقاء برميلين"
     " متفجرين على مدينتي (الحراك) و(طفس) في ريف درعا\".", ["إبطع", "الحراك", "طفس"]),
    ("ar/s_ahram_douma_saqba_28_damascus_mortar",
     "أفاد المرصد بمقتل 28 مدنيًا على الأقل، جراء قصف لقوات النظام بصواريخ \"أرض -أرض\"، وفي غارات جوية على"
     " مدينتي (دوما وسقبا) في الغوطة الشرقية لدمشق.", ["دوما", "سقبا"]),
    ("self-written", "قصف مدفعي على بلدات «كفرنبل»، «حاس» و«كفرعويد».", ["كفرنبل", "حاس", "كفرعويد"]),
])
def test_a_place_name_in_quotes_or_brackets_is_read_with_its_cue(source, text, expected):
    assert keys(*expected) <= places(text)


def test_a_quote_mark_joins_no_actor_to_a_count_word():
    """بين "قوات سوريا الديمقراطية" ومقاتلين: the side of a fight, not whose fighters were counted
    (tests/reports/ar/deir_ezzor_tribes_sdf_diban, where the quotes once hid it)."""
    x = extract("تجددت الاشتباكات بين \"قوات سوريا الديمقراطية\" ومقاتلين من العشائر في بلدة ذيبان، ما أسفر"
                " عن مقتل تسعة مقاتلين.")
    assert [i.actors for i in x.incidents if name_key(i.place.name_ar) == name_key("ذيبان")] == [("sdf",)]
