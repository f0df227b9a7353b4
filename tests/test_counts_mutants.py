"""Counts read by the count stage (core/extract/counts.py) that the mutation run (bench/mutation.py
core.extract.counts) found unpinned: tables with casualty columns, in full."""
import pytest

from core.extract import extract

HEADER = "Location | Incident | Killed | Injured\n"


def table(rows):
    text = HEADER + "\n".join(rows)
    return text, {i.place.name_en: i for i in extract(text, date="2016-10-25").incidents}


def exact(c):
    return None if c is None else (c.low, c.best, c.high, c.vague, c.text)


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_table_row_gives_exact_counts_written_as_digits_or_words(sep):
    text = (HEADER + "Sarmin | Airstrikes | 4 | 10\nSaraqib | Shelling | three | 2").replace(" | ", sep)
    found = {i.place.name_en: i for i in extract(text, date="2016-10-25").incidents}
    assert (exact(found["Sarmin"].killed), exact(found["Sarmin"].wounded)) == ((4, 4, 4, False, "4"),
                                                                               (10, 10, 10, False, "10"))
    assert exact(found["Saraqib"].killed) == (3, 3, 3, False, "three")


def test_each_table_count_is_highlighted_on_its_own_cell():
    text, found = table(["Sarmin | Airstrikes | 4 | 10"])
    spans = sorted(text[a:b] for a, b, what in found["Sarmin"].cues if what == "count")
    assert spans == ["10", "4"]


def test_a_row_with_a_cell_missing_gives_no_count_and_the_rows_after_it_still_do():
    _, found = table(["Sarmin | Airstrikes | 4 | 10", "Saraqib | Shelling | 2", "Kafr Nabl | Airstrikes | 5 | 6"])
    assert found["Saraqib"].killed is None and found["Saraqib"].wounded is None
    assert (found["Kafr Nabl"].killed.best, found["Kafr Nabl"].wounded.best) == (5, 6)


def test_a_line_that_is_no_row_ends_the_table():
    _, found = table(["Sarmin | Airstrikes | 4 | 10", "", "The situation was calm.", "Saraqib | Shelling | 2 | 3"])
    assert found["Sarmin"].killed.best == 4
    assert found["Saraqib"].killed is None and found["Saraqib"].wounded is None


@pytest.mark.parametrize("clause", ["وقتل مدنيان في غارة على بلدة سرمين.", "وقتل مدنيان في سرمين."])
def test_a_clause_after_a_period_cue_that_names_its_place_keeps_its_count(clause):
    found = {i.place.name_en: i for i in extract("تشهد مدينة سراقب حملة قصف جوي منذ انتهاء الهدنة، " + clause).incidents}
    assert found["Sarmin"].killed.best == 2 and found["Saraqib"].killed is None


def test_the_words_of_a_count_are_highlighted_as_a_count():
    text = "Russian warplanes struck Douma, killing 5 people."
    i, = extract(text).incidents
    assert [text[a:b] for a, b, what in i.cues if what == "count"] == [i.killed.text]


@pytest.mark.parametrize("text", [
    "وثقت الهيئة العامة للثورة السورية سقوط 34 قتيلاً بينهم 20 في دمشق، و9 في درعا، و5 في حلب.",
    "وثقت الهيئة العامة للثورة السورية سقوط 34 قتيلاً بينهم عشرون في دمشق، وتسعة في درعا، وخمسة في حلب.",
])
def test_a_toll_broken_down_over_three_areas_gives_none_of_them_a_count(text):
    assert [(i.place.name_en, i.killed) for i in extract(text).incidents if i.killed] == []


def test_a_number_in_a_column_that_names_no_casualty_is_no_count():
    text = "Location | Sorties | Killed | Injured\nSarmin | 4 | 2 | 3"
    i, = extract(text).incidents
    assert (i.killed.best, i.wounded.best) == (2, 3)


def test_a_second_table_after_a_line_of_prose_is_read_with_its_own_header():
    _, found = table(["Sarmin | Airstrikes | 4 | 10", "The situation was calm.", "Location | Incident | Injured",
                      "Saraqib | Shelling | 3"])
    assert found["Saraqib"].killed is None and found["Saraqib"].wounded.best == 3


def test_an_empty_cell_gives_no_count_and_lends_none_from_the_next_cell():
    _, found = table(["Sarmin | Airstrikes |  | 10"])
    assert found["Sarmin"].killed is None and exact(found["Sarmin"].wounded) == (10, 10, 10, False, "10")


def test_a_vague_cell_is_never_read_as_an_exact_figure():
    _, found = table(["Saraqib | Shelling | dozens | 3"])
    assert found["Saraqib"].killed is None or found["Saraqib"].killed.vague
    assert found["Saraqib"].wounded.best == 3


def test_a_breakdown_part_may_name_its_victims_before_the_area():
    text = "وثقت الهيئة العامة للثورة السورية سقوط 34 قتيلاً بينهم 20 في دمشق، و9 في درعا، و5 مدنيين في حلب."
    assert [(i.place.name_en, i.killed) for i in extract(text).incidents if i.killed] == []


@pytest.mark.parametrize("text", ["Russian jets executed three airstrikes on Saraqib.",
                                  "Regime forces executed 2 airstrikes on Saraqib."])
def test_a_number_right_after_a_killing_verb_and_before_an_attack_counts_attacks(text):
    i, = extract(text).incidents
    assert i.killed is None


def test_a_toll_followed_by_a_comma_and_another_attack_keeps_its_count():
    found = {i.place.name_en: i for i in extract("Russian warplanes struck Saraqib, killing 4 civilians, shelling hit "
                                                  "Sarmin.").incidents}
    assert found["Saraqib"].killed.best == 4 and found["Sarmin"].killed is None
