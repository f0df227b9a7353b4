"""Dates in English and Arabic reports (core/dates.py)."""
import csv
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from core import DATA
from core.dates import KINDS, WEEKDAYS, find_dates, report_date


def only(text, ref=None):
    found = find_dates(text, ref=ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, written, iso", [
    ("On 25 October 2016, Russian jets struck Aleppo.", "25 October 2016", "2016-10-25"),
    ("on 25 Oct. 2016 regime helicopters", "25 Oct. 2016", "2016-10-25"),
    ("25 Oct 2016", "25 Oct 2016", "2016-10-25"),
    ("October 25, 2016", "October 25, 2016", "2016-10-25"),
    ("BEIRUT, April 7, 2018 - At least 40 people", "April 7, 2018", "2018-04-07"),
    ("the 25th of October, 2016", "25th of October, 2016", "2016-10-25"),
    ("2016-10-25 | Aleppo | clashes", "2016-10-25", "2016-10-25"),
    ("2016/10/25", "2016/10/25", "2016-10-25"),
    ("25/10/2016", "25/10/2016", "2016-10-25"),
    ("05/03/2018", "05/03/2018", "2018-03-05"),
    ("25.10.2016", "25.10.2016", "2016-10-25"),
    ("Saturday, 26 November 2016 - Regime forces", "Saturday, 26 November 2016", "2016-11-26"),
    ("On Tuesday, 4 April 2017, a massacre", "Tuesday, 4 April 2017", "2017-04-04"),
    ("SNHR daily toll - Eastern Ghouta, 22 February 2017", "22 February 2017", "2017-02-22"),
    ("May 5 2016", "May 5 2016", "2016-05-05"),
])
def test_english_calendar_dates(text, written, iso):
    d = only(text)
    assert (d.text, d.kind, d.iso, d.background) == (written, "day", iso, False)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text, written, iso", [
    ("25 تشرين الأول 2016", "25 تشرين الأول 2016", "2016-10-25"),
    ("حلب – ٢٥ تشرين الأول ٢٠١٦", "٢٥ تشرين الأول ٢٠١٦", "2016-10-25"),
    ("الأربعاء 12 تشرين الأول 2016 – حلب", "الأربعاء 12 تشرين الأول 2016", "2016-10-12"),
    ("الإثنين 13 تشرين الثاني 2017", "الإثنين 13 تشرين الثاني 2017", "2017-11-13"),
    ("حصاد يوم الخميس ٢٠ تشرين الأول ٢٠١٦ – مدينة حلب", "يوم الخميس ٢٠ تشرين الأول ٢٠١٦", "2016-10-20"),
    ("الثلاثاء 20 شباط (فبراير) 2018", "الثلاثاء 20 شباط (فبراير) 2018", "2018-02-20"),
    ("5 آذار/مارس 2018", "5 آذار/مارس 2018", "2018-03-05"),
    ("4 كانون الثاني 2017", "4 كانون الثاني 2017", "2017-01-04"),
    ("6 آب 2016", "6 آب 2016", "2016-08-06"),
    ("23 أيلول 2016", "23 أيلول 2016", "2016-09-23"),
    ("5 حزيران 2017", "5 حزيران 2017", "2017-06-05"),
    ("4 نيسان 2017", "4 نيسان 2017", "2017-04-04"),
    ("25 أكتوبر 2016", "25 أكتوبر 2016", "2016-10-25"),
    ("7 إبريل 2018", "7 إبريل 2018", "2018-04-07"),
    ("7 أبريل 2018", "7 أبريل 2018", "2018-04-07"),
    ("4 يونيه 2017م", "4 يونيه 2017م", "2017-06-04"),
    ("12 يوليو 2016", "12 يوليو 2016", "2016-07-12"),
    ("1 ديسمبر من عام 2016", "1 ديسمبر من عام 2016", "2016-12-01"),
])
def test_arabic_calendar_dates(text, written, iso):
    d = only(text)
    assert (d.text, d.kind, d.iso) == (written, "day", iso)


def _months_file():
    with (DATA / "lexicons" / "dates" / "months.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@pytest.mark.parametrize("row", _months_file(), ids=lambda r: r["phrase"])
def test_every_month_name_in_the_data_file_reads_as_its_month(row):
    name = row["phrase"].capitalize() if row["phrase"].isascii() else row["phrase"]
    d = only(f"x 15 {name} 2016 x")
    assert d.iso == f"2016-{int(row['month']):02d}-15"


@pytest.mark.parametrize("text", ["منذ آذار 2011", "منذ 15 آذار 2011", "since March 2011",
                                  "since the revolution began in March 2011",
                                  "الحصار المفروض ومنذ آذار 2011"])
def test_since_march_2011_is_background(text):
    d = only(text)
    assert d.background and d.iso.startswith("2011-03")


def test_since_march_2011_is_not_the_report_date():
    text = "منذ آذار 2011 يقصف النظام المدن. وفي 25 تشرين الأول 2016 قصف الطيران حلب."
    assert report_date(text) == "2016-10-25"
    assert report_date("The war the regime has waged since March 2011 goes on.") is None


def test_a_month_and_year_is_a_month_not_a_day():
    d = only("In October 2016 the siege tightened.")
    assert (d.kind, d.iso) == ("month", "2016-10")
    assert report_date("In October 2016 the siege tightened.") is None


def test_background_cue_reaches_only_within_its_clause():
    found = find_dates("Since the truce, fighting stopped. On 25 October 2016 jets struck Aleppo.")
    assert [d.background for d in found] == [False]


@pytest.mark.parametrize("text, day", [
    ("On Tuesday, regime artillery pounded al-Kallaseh", "tuesday"),
    ("Russian jets bombed al-Mayadin on Thursday", "thursday"),
    ("الثلاثاء", "tuesday"),
    ("ألقت مروحيات النظام يوم الأربعاء براميل", "wednesday"),
    ("صباح الجمعة", "friday"),
    ("مساء السبت", "saturday"),
    ("الأحد", "sunday"),
    ("الإثنين", "monday"),
    ("الاثنين", "monday"),
])
def test_a_bare_weekday_is_kept_as_a_weekday(text, day):
    d = only(text)
    assert (d.kind, d.iso, d.weekday) == ("weekday", None, day)


def test_a_bare_weekday_is_not_a_report_date():
    assert report_date("On Tuesday, regime artillery pounded al-Kallaseh.") is None


@pytest.mark.parametrize("ref, iso", [
    ("2016-11-26", "2016-11-22"),   # a Saturday: the Tuesday before
    ("2016-11-22", "2016-11-22"),   # a Tuesday: that very day
    ("2016-11-21", "2016-11-15"),   # a Monday: the week before
    (date(2016, 11, 23), "2016-11-22"),
])
def test_a_weekday_resolves_to_the_most_recent_such_day_on_or_before_the_reference(ref, iso):
    assert only("on Tuesday", ref=ref).iso == iso


@pytest.mark.parametrize("text, iso", [("أمس", "2016-11-25"), ("يوم أمس", "2016-11-25"),
                                       ("صباح اليوم", "2016-11-26"), ("yesterday", "2016-11-25"),
                                       ("today", "2016-11-26")])
def test_today_and_yesterday_resolve_against_the_reference(text, iso):
    d = only(text, ref="2016-11-26")
    assert (d.kind, d.iso) == ("relative", iso)
    assert only(text).iso is None


@pytest.mark.parametrize("text, offset", [("أمس الأول", -2), ("أول أمس", -2), ("قبل يومين", -2), ("منذ يومين", -2),
                                          ("يوم أمس", -1), ("صباح اليوم", 0), ("the day before yesterday", -2),
                                          ("2 days ago", -2)])
def test_a_relative_day_keeps_its_distance_from_the_report_day_without_a_reference(text, offset):
    """Even with no report date, yesterday and two days before are known to be other days than today's."""
    d = only(text)
    assert (d.kind, d.iso, d.offset) == ("relative", None, offset)


def test_a_weekday_joined_to_its_conjunction_is_read():
    """والخميس الماضي (ar/n_963_qamishli_antariya_mine): the day after و; a word that only ends in a
    weekday's letters is none."""
    d = only("والخميس الماضي، استهدفت طائرة مسيرة موقعاً", ref="2024-11-13")
    assert (d.text, d.iso) == ("الخميس", "2024-11-07")
    assert not find_dates("كالخميس")


def test_a_day_without_a_year_resolves_only_against_a_reference():
    d = only("ALEPPO, Nov 3 (wire) - Rebel shelling")
    assert (d.text, d.kind, d.iso) == ("Nov 3", "partial", None)
    assert only("ALEPPO, Nov 3 (wire)", ref="2016-11-26").iso == "2016-11-03"
    assert only("on 28 December", ref="2017-01-02").iso == "2016-12-28"
    assert report_date("ALEPPO, Nov 3 (wire) - Rebel shelling") is None


@pytest.mark.parametrize("text", [
    "Rebels may 5 times a day", "they march 10 km", "3 أب وابنه", "31/02/2016", "2016-13-01",
    "killing 15 civilians and wounding 2016 others", "ظل اتفاق التهدئة الساري منذ عام 2014.",
    "more than 60 countries", "Jisr al-Shughur 12",
])
def test_things_that_are_not_dates(text):
    assert [d for d in find_dates(text) if d.kind in ("day", "partial", "month")] == []


def test_report_date_is_the_first_full_event_date():
    text = ("Wednesday, 7 December 2016\n\nOn 5 December 2016 rebels shelled the city; "
            "the siege has lasted since 12 July 2016.")
    assert report_date(text) == "2016-12-07"
    assert report_date("The siege has lasted since 12 July 2016. On 5 December 2016 jets struck.") == "2016-12-05"
    assert report_date("") is None


def test_a_date_that_crosses_a_line_break_is_read_whole():
    d = only("حلب – السبت 26 تشرين الثاني\n2016")
    assert d.iso == "2016-11-26" and d.weekday == "saturday"


def test_dates_late_in_a_long_text_keep_their_offsets():
    text = ("قصف الطيران الحربي حي الفردوس. " * 5000) + "وفي 25 تشرين الأول 2016 قصف."
    d = find_dates(text)[-1]
    assert text[d.start:d.end] == "25 تشرين الأول 2016" and d.iso == "2016-10-25"


def test_mentions_come_in_text_order_without_overlap():
    text = "Tuesday 3 November 2016, then on Friday and since October 2015; ٢٠ شباط ٢٠١٨"
    found = find_dates(text)
    assert [d.kind for d in found] == ["day", "weekday", "month", "day"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


WORDS = ["25", "October", "2016", "On", "Tuesday", "since", "منذ", "آذار", "2011", "٢٥", "تشرين",
         "الأول", "٢٠١٦", "الثلاثاء", "يوم", "أمس", "/", "-", ",", "Nov", "3", "\n", "May", "آب", "ـ", "\u064e"]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_crashes_and_spans_stay_inside_any_unicode_text(text, ref):
    for d in find_dates(text, ref=ref):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        assert d.kind in KINDS
    report_date(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.one_of(st.none(), st.dates()))
def test_date_like_word_salad_gives_valid_spans_and_isos(text, ref):
    last = 0
    full_before = False
    for d in find_dates(text, ref=ref):
        assert last <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        last = d.end
        if d.kind == "day":
            date.fromisoformat(d.iso)
        if d.kind == "month":
            assert len(d.iso) == 7
        if d.kind == "weekday":
            assert d.weekday in WEEKDAYS
            if ref is not None:
                assert date.fromisoformat(d.iso).weekday() == WEEKDAYS.index(d.weekday)
                assert 0 <= (ref - date.fromisoformat(d.iso)).days < 7
        if d.kind in ("weekday", "relative") and ref is None or d.kind == "partial" and ref is None and not full_before:
            assert d.iso is None
        full_before = full_before or d.kind == "day" and not d.background


@pytest.mark.parametrize("text, iso", [
    ("On June 27, 2018, an airstrike hit Nawa. Barrels fell on Daraa on June 29.", "2018-06-29"),
    ("On 30 December 2016, jets struck Binnish. On 2 January, they struck Saraqib.", "2017-01-02"),
    ("On 3 March 2017, shelling hit Douma. On 28 February, a car bomb hit Azaz.", "2017-02-28"),
])
def test_a_day_without_a_year_takes_the_year_nearest_the_full_date_before_it(text, iso):
    partial = [d for d in find_dates(text, ref="2016-01-01") if d.kind == "partial"]
    assert [d.iso for d in partial] == [iso]


@given(st.text(alphabet="0123456789 ab,\n", max_size=400))
def test_search_windows_cover_every_digit_run_with_its_margins_merged(text):
    from core import dates
    import re
    spans = []
    for m in re.finditer(r"\d+", text):
        s, e = max(0, m.start() - dates._BEFORE), min(len(text), m.end() + dates._AFTER)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    assert dates._windows(text) == spans


@pytest.mark.parametrize("text, background", [
    ("The hospital, out of service since 12 March 2016", True),
    ("Out of service since the war. On 12 March 2016 jets struck Douma", False),
    ("since (12 March 2016)", False),
])
def test_a_date_after_since_is_background_unless_punctuation_parts_them(text, background):
    found = [d for d in find_dates(text) if d.kind == "day"]
    assert [d.background for d in found] == [background]


@pytest.mark.parametrize("text, written, kind, iso", [
    ("قصف الطيران مدينة دوما في الخامس والعشرين من تشرين الأول 2016، ما أدى لمقتل 5 مدنيين",
     "الخامس والعشرين من تشرين الأول 2016", "day", "2016-10-25"),
    ("في الحادي و العشرين من شباط عام 2018 قصفت المدفعية", "الحادي و العشرين من شباط عام 2018", "day", "2018-02-21"),
    ("في الأول من تشرين الأول 2016", "الأول من تشرين الأول 2016", "day", "2016-10-01"),
    ("وفي الخامس من أيار الجاري استهدفت غارة بلدة كفرنبل", "الخامس من أيار", "partial", "2018-05-05"),
    ("On the twenty-fifth of October 2016, jets struck Aleppo.", "twenty-fifth of October 2016", "day", "2016-10-25"),
    ("on the first of May, shelling hit Douma", "first of May", "partial", "2018-05-01"),
])
def test_a_day_written_as_an_ordinal_word_before_a_month_is_a_date(text, written, kind, iso):
    d = only(text, ref="2018-06-01")
    assert (d.text, d.kind, d.iso) == (written, kind, iso)


@pytest.mark.parametrize("text", [
    "خلال النصف الثاني من آذار تصاعد القصف",
    "في الأسبوع الأول من أيار",
    "the first of may be the last",
    "الثلاثين من القتلى",
])
def test_an_ordinal_that_is_part_of_a_period_or_not_before_a_month_is_no_day(text):
    assert not [d for d in find_dates(text, ref="2018-06-01") if d.kind in ("day", "partial")]
