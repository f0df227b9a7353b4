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
