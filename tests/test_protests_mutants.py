"""Places where people protested (core.extract.protests), on what the mutation run (bench/mutation.py
core.extract.protests) found unpinned. Excerpts of the real passages (tests/reports/real/ar) named beside each."""
from core.extract import extract


def test_a_protest_object_word_with_no_protest_told_before_it_drops_no_place():
    """s_aljaml_sana_baath_city_nusra_rocket: النصرة (in جبهة النصرة) is also the word that opens what a protest
    is for (نصرة); with no protest word before it, the rocket's town and toll stay."""
    text = ("ارتقى 3 شهداء بينهم امرأة وطفل وأصيب شخصان جميعهم من عائلة واحدة جراء اعتداء بقذيفة صاروخية نفذه إرهابيو"
            " تنظيم “جبهة النصرة” المدرج على قائمة الإرهاب الدولية والمرتبط بكيان العدو الإسرائيلي على مدينة البعث في"
            " القنيطرة.")
    got = [(i.place.name_en, i.killed.best, i.wounded.best) for i in extract(text, lang="ar").incidents]
    assert got == [("Madinat al-Salam", 3, 2)]
