"""Counts that carry on from the count before them (core.follow_counts), on what the mutation run
(bench/mutation.py core.follow_counts) found unpinned: the "and" a following count starts with,
a vague addition, and people listed after a count that add up to more than it."""
import pytest

from core.extract import extract


def counts(text):
    """{place (English): killed count} for the incidents of `text`."""
    return {i.place.name_en: i.killed for i in extract(text, date="2016-10-25").incidents}


def figures(c):
    return None if c is None else (c.low, c.best, c.high, c.vague)


@pytest.mark.parametrize("text, phrase, n", [
    ("Regime shelling killed 3 civilians in Arbin and 2 in Harasta.", "and 2", 2),
    ("Regime shelling killed 3 civilians in Arbin and another two in Harasta.", "and another two", 2),
    ("Regime shelling killed 3 civilians in Arbin and 2 at the Harasta hospital.", "and 2", 2),
])
def test_a_number_after_and_before_a_place_is_that_places_count_and_its_and_is_in_the_phrase(text, phrase, n):
    found = counts(text)
    assert figures(found["Arbin"]) == (3, 3, 3, False)
    assert figures(found["Harasta"]) == (n, n, n, False) and found["Harasta"].text == phrase


def test_a_vague_number_after_in_addition_to_leaves_the_count_before_as_it_is():
    text = "قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل تسعة مقاتلين، إضافة إلى عشرات المدنيين."
    c = counts(text)["Douma"]
    assert figures(c) == (9, 9, 9, False)
    assert c.text == "مقتل تسعة مقاتلين"


@pytest.mark.parametrize("text, expected, phrase", [
    ("Russian warplanes struck Douma, killing 3 civilians, two women, and two children.", 3 + 2,
     "killing 3 civilians, two women, and two children"),
    ("Russian warplanes struck Douma, killing 10 civilians, six women, and four children.", 10, "killing 10 civilians"),
])
def test_people_after_a_count_raise_it_unless_they_add_up_to_no_more_than_it(text, expected, phrase):
    c = counts(text)["Douma"]
    assert figures(c) == (expected, expected, expected, False)
    assert c.text == phrase


def test_each_number_and_place_of_a_clause_after_including_counts_that_place():
    text = "قصفت قوات النظام الغوطة الشرقية ما أدى لاستشهاد 20 مدنياً، بينهم 12 في مدينة دوما و8 في مدينة حرستا."
    found = counts(text)
    assert figures(found["Douma"]) == (12, 12, 12, False) and found["Douma"].text == "12"
    assert figures(found["Harasta"]) == (8, 8, 8, False) and found["Harasta"].text in text


@pytest.mark.parametrize("text, phrase", [
    ("Regime shelling killed 3 civilians in Arbin at 7 in the morning.", "killed 3 civilians"),
    ("قصف الطيران الحربي ما أدى لسقوط 3 شهداء في عربين عند الساعة 7 في الصباح.", "3 شهداء"),
])
def test_a_time_of_day_before_in_is_no_count_of_its_own(text, phrase):
    c = counts(text)["Arbin"]
    assert figures(c) == (3, 3, 3, False) and c.text == phrase
