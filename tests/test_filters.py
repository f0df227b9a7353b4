"""Filtering the example report's incidents the way the sidebar does."""
import pytest

from core import DATA
from core.extract import extract
from core.filters import Filter, apply, summary


@pytest.fixture(scope="module")
def seed():
    return extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")).incidents


def test_empty_filter_keeps_everything(seed):
    assert apply(seed, Filter()) == list(seed)


def test_barrel_bomb_filter_keeps_exactly_the_barrel_bomb_incidents(seed):
    kept = apply(seed, Filter(types=frozenset({"barrel_bomb"})))
    assert kept and all("barrel_bomb" in i.types for i in kept)
    assert len(kept) == sum("barrel_bomb" in i.types for i in seed)


def test_min_killed_and_precise_only(seed):
    assert all(i.killed and i.killed.best >= 3 for i in apply(seed, Filter(min_killed=3)))



def test_precise_only_keeps_exactly_the_incidents_at_their_own_point(seed):
    kept = apply(seed, Filter(precise_only=True))
    assert kept == [i for i in seed if i.place.is_precise]
    assert 0 < len(kept) < len(seed)


def test_governorate_filter(seed):
    kept = apply(seed, Filter(governorates=frozenset({"Rif Dimashq"})))
    assert kept and all(i.place.governorate == "Rif Dimashq" for i in kept)


def test_summary_line_counts_places_and_killed_with_uncertainty(seed):
    line = summary(seed, unresolved=2)
    assert line.startswith(f"{len(seed)} incidents in ") and "+ killed" in line and "2 unresolved places" in line


SHARED = "Regime forces shelled Harasta and Arbin, killing at least three civilians. Russian warplanes struck Douma, killing 5 people."


def test_a_count_shared_by_a_group_of_places_counts_once_in_the_total():
    x = extract(SHARED, date="2016-10-25")
    assert [i.killed.shared for i in x.incidents if i.killed].count(True) == 2
    assert " · 8+ killed" in summary(x.incidents)


def test_a_shared_count_still_counts_when_one_place_of_its_group_is_shown():
    x = extract(SHARED, date="2016-10-25")
    harasta = [i for i in x.incidents if i.place.name_en == "Harasta"]
    assert summary(harasta).endswith("· 3+ killed")


def test_date_range_keeps_incidents_of_those_days_only():
    x = extract(SHARED, date="2016-10-25")
    assert apply(x.incidents, Filter(date_from="2016-10-25", date_to="2016-10-25")) == list(x.incidents)
    assert apply(x.incidents, Filter(date_from="2016-10-26")) == []
    assert apply(x.incidents, Filter(date_to="2016-10-24")) == []


def test_an_undated_incident_is_dropped_only_by_a_date_bound(seed):
    assert all(i.date is None for i in seed)
    assert apply(seed, Filter()) == list(seed)
    assert apply(seed, Filter(date_from="2000-01-01")) == []


def test_a_filter_round_trips_through_plain_values():
    f = Filter(types=frozenset({"airstrike", "unknown"}), actors=frozenset({"russia"}), min_killed=2,
               precise_only=True, date_from="2016-10-01", date_to="2016-10-31")
    assert Filter.from_dict(f.to_dict()) == f
    assert Filter.from_dict(None) == Filter() == Filter.from_dict({"types": None, "other": 1})


def test_summary_speaks_of_one_incident_place_and_unresolved_name_in_the_singular():
    one = [i for i in extract("ألقى الطيران المروحي برميلاً متفجراً على مدينة داريا ما أدى لسقوط شهيد.").incidents]
    assert len(one) == 1 and one[0].killed.best == 1
    assert summary(one, unresolved=1) == "1 incident in 1 place · 1 killed · 1 unresolved place"
    assert summary(one) == "1 incident in 1 place · 1 killed"


def test_summary_counts_places_once_and_marks_a_vague_total_with_a_plus(seed):
    line = summary(seed + seed[:1], unresolved=3)
    places = len({i.place.id for i in seed})
    assert line.startswith(f"{len(seed) + 1} incidents in {places} places · ")
    assert line.endswith(" killed · 3 unresolved places") and "+ killed" in line
