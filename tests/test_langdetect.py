"""Language of a report and of each paragraph (core/langdetect.py)."""

import pytest
from hypothesis import given, settings, strategies as st

from core.langdetect import detect, letter_counts, paragraphs

AR = "قصف الطيران الحربي الروسي حي الفردوس في مدينة حلب ما أدى لسقوط 15 شهيدا."
EN = "Russian jets struck the al-Ferdous neighbourhood of Aleppo, killing 15 civilians."


@pytest.mark.parametrize("text, lang", [
    (AR, "ar"),
    (EN, "en"),
    ("", "en"),
    ("   \n\n ", "en"),
    ("١٢٣ 2016", "en"),
    ("حلب", "ar"),
    ("Aleppo", "en"),
    ("قصف مدفعي على حي الشعار (SANA)", "ar"),
    ("Regime shelling on Douma (دوما) killed six civilians in the town.", "en"),
    (AR + "\n\n" + EN + " " + EN, "en"),
    (AR + " " + AR + "\n\n" + EN, "ar"),
])
def test_report_language_is_the_script_with_more_letters(text, lang):
    assert detect(text) == lang


def test_equal_arabic_and_latin_letters_read_as_english():
    assert detect("abc ابت") == "en"


def test_mixed_report_gives_each_paragraph_its_own_language():
    text = f"Daily summary - 7 December 2016\n\n{EN}\n\n{AR}\n\nHumanitarian: aid remained blocked.\n"
    paras = paragraphs(text)
    assert [lang for _, _, lang in paras] == ["en", "en", "ar", "en"]
    assert [text[s:e] for s, e, _ in paras] == [
        "Daily summary - 7 December 2016", EN, AR, "Humanitarian: aid remained blocked."]


def test_single_line_breaks_separate_paragraphs():
    text = f"{AR}\n{EN}\r\n{AR}"
    assert [lang for _, _, lang in paragraphs(text)] == ["ar", "en", "ar"]


def test_paragraph_spans_leave_out_surrounding_spaces():
    text = "  \t" + EN + "   \n"
    (s, e, _), = paragraphs(text)
    assert text[s:e] == EN


def test_lines_without_enough_letters_take_the_language_before_them():
    text = f"{AR}\n---\n3)\n{EN}"
    assert [lang for _, _, lang in paragraphs(text)] == ["ar", "ar", "ar", "en"]


def test_leading_lines_without_letters_take_the_language_after_them():
    text = f"2016-10-25\n{AR}\n{EN}"
    assert [lang for _, _, lang in paragraphs(text)] == ["ar", "ar", "en"]


def test_blank_text_has_no_paragraphs():
    assert paragraphs("") == [] and paragraphs("\n \n\t\n") == []


def test_ten_megabytes_of_mixed_paragraphs_keep_both_languages():
    text = ((AR + "\n\n" + EN + "\n") * 20) + "\n"
    big = text * (10_000_000 // len(text))
    paras = paragraphs(big)
    assert {lang for _, _, lang in paras} == {"ar", "en"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_paragraphs_are_ordered_non_blank_spans_inside_any_text(text):
    assert detect(text) in ("ar", "en")
    last = 0
    for s, e, lang in paragraphs(text):
        assert last <= s < e <= len(text)
        assert lang in ("ar", "en")
        assert text[s:e].strip() == text[s:e]
        assert "\n" not in text[s:e]
        last = e


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([AR, EN, "", "---", "١٢"]), max_size=12))
def test_every_paragraph_of_a_pure_language_line_gets_that_language(lines):
    text = "\n".join(lines)
    for s, e, lang in paragraphs(text):
        if text[s:e] in (AR, EN):
            assert lang == ("ar" if text[s:e] == AR else "en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcXYZéدوماحلب 1٣\n،.")))
def test_letter_counts_decide_exactly_as_detect_does(text):
    arabic, latin = letter_counts(text)
    assert detect(text) == ("ar" if arabic > latin else "en")
