"""Arabic place constructions of issue 12 (Arabic place F1), pinned on excerpts of real passages
(tests/reports/real/ar, the file named beside each): a weekday glued to the word before it by a lost
space dates its own incidents and leaves the word before it whole (العشرات: dozens wounded)."""
import pytest

from core.dates import find_dates
from core.extract import extract


@pytest.mark.parametrize("source, text, day", [
    ("n_smart_boukamal_baqras_2017",
     "وقتل 39 مدنيا وجرح العشراتالأحد، بقصف جوي على مدينتي البوكمال والميادين", "sunday"),
    ("n_smart_latamneh_phosphorus_2018",
     "وجرح طفلانالثلاثاء، بقصف مدفعي لقوات النظام السوري على مدينة اللطامنة ومزارعها.", "tuesday"),
])
def test_a_weekday_glued_to_the_word_before_it_is_a_day(source, text, day):
    assert [d.weekday for d in find_dates(text)] == [day]


def test_a_name_with_abd_is_no_glued_weekday():
    """aleppo_ghouta_report_ar (shared seed report): عبدالأحد إسطيفو is a person."""
    assert find_dates("لقوى الثورة والمعارضة السورية عبدالأحد إسطيفو أن عجز مجلس") == []


def test_a_toll_told_with_a_glued_earlier_day_is_an_incident_of_its_own():
    """n_smart_boukamal_baqras_2017: the raids of Monday and the toll of Sunday (العشراتالأحد) on the same
    town are two incidents."""
    x = extract("شنت طائرات حربية عدة غارات على مدينة البوكمال، ما أدى لمقتل 15 مدنيا بينهم أطفال.\n\n"
                "وقتل 39 مدنيا وجرح العشراتالأحد، بقصف جوي على مدينتي البوكمال والميادين.",
                lang="ar", date="2017-10-02")
    got = sorted((i.place.name_ar, i.date, i.killed.best, i.wounded and i.wounded.low) for i in x.incidents
                 if i.place.name_ar == "البوكمال")
    assert got == [("البوكمال", "2017-10-01", 39, 24), ("البوكمال", "2017-10-02", 15, None)], got
