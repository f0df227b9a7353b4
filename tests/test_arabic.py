"""Arabic normalisation keeps every offset pointing into the text as given."""
import pytest
from hypothesis import given, settings, strategies as st

from core.arabic import _TABLE, _fold, name_key, normalize, proclitic_variants


@pytest.mark.parametrize("raw, normal", [
    ("حَلَب", "حلب"),
    ("الإرتجاجية", "الارتجاجيه"),
    ("أكثر", "اكثر"),
    ("آذار", "اذار"),
    ("مستشفى", "مستشفي"),
    ("قـــصف", "قصف"),
    ("١٥ شهيدا", "15 شهيدا"),
    ("۲۳", "23"),
    ("Douma", "douma"),
])
def test_normalize_folds_spelling_variants(raw, normal):
    assert normalize(raw).text == normal


def test_span_maps_back_over_removed_diacritics():
    raw = "وسقط شَهِيدٌ في حَيِّ الهُلُك"
    n = normalize(raw)
    i = n.text.index("الهلك")
    s, e = n.span(i, i + len("الهلك"))
    assert raw[s:e] == "الهُلُك"


@pytest.mark.parametrize("a, b", [
    ("كفربطنا", "كفر بطنا"),
    ("الديرخبية", "دير خبية"),
    ("حمورية", "حموريه"),
    ("الشيفونية", "شيفونية"),
    ("مستشفى", "مستشفي"),
])
def test_name_key_joins_split_and_joined_spellings(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("word, stem", [
    ("وبحلب", "حلب"), ("لدوما", "دوما"), ("والشيفونيه", "الشيفونيه"), ("بعربين", "عربين"),
    ("للغوطه", "الغوطه"), ("فالقصف", "القصف"),
])
def test_proclitics_are_read_off(word, stem):
    assert stem in [s for _, s in proclitic_variants(word)]


@given(st.text())
def test_span_is_always_inside_the_original(text):
    n = normalize(text)
    for i in range(0, len(n.text) + 1, max(1, len(n.text) // 7 or 1)):
        for j in range(i, len(n.text) + 1, max(1, len(n.text) // 5 or 1)):
            s, e = n.span(i, j)
            assert 0 <= s <= e <= len(text)


@given(st.text(alphabet=st.sampled_from("حلبَُِّـ ًٌٍْأإآةى١٢")))
def test_every_normalised_char_comes_from_the_same_char_class(text):
    n = normalize(text)
    for i, ch in enumerate(n.text):
        o = n.orig(i)
        assert normalize(text[o]).text == ch


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_folding_is_the_normalisation_table_for_any_unicode(text):
    assert _fold(text) == text.translate(_TABLE)
