"""Filter and headline behaviour the mutation run (bench/mutation.py core.filters) found unpinned:
incidents with no type or actor, the killed threshold at its edges, counts with only some bounds
(as an edited export reads back), and lists whose places share only a wounded count."""
import json

import pytest

from core.exports import geojson_text
from core.extract import extract
from core.filters import Filter, apply, killed_total, summary
from core.imports import loads

DAY = "2016-10-25"


def incidents(text):
    return list(extract(text, date=DAY).incidents)


def edited_killed(text, **bounds):
    """The incidents of `text` exported to GeoJSON, their killed bounds edited by hand, read back."""
    doc = json.loads(geojson_text(incidents(text)))
    for f in doc["features"]:
        f["properties"]["killed"].update(bounds)
    return loads(json.dumps(doc).encode(), "edited.geojson")


def test_an_incident_without_an_attack_type_is_kept_by_the_unknown_type_only():
    found = incidents("استشهد 3 مدنيين في مدينة دوما.")
    assert [i.types for i in found] == [()]
    assert apply(found, Filter(types=frozenset({"unknown"}))) == found
    assert apply(found, Filter(types=frozenset({"airstrike"}))) == []


def test_an_incident_without_an_actor_is_kept_by_the_unknown_actor_only():
    found = incidents("Clashes in Douma killed 3 people.")
    assert [i.actors for i in found] == [()]
    assert apply(found, Filter(actors=frozenset({"unknown"}))) == found
    assert apply(found, Filter(actors=frozenset({"russia"}))) == []


def test_the_actor_filter_keeps_exactly_the_incidents_of_that_actor():
    found = incidents("Russian warplanes struck Douma, killing 5 people. Regime forces shelled Arbin, killing 2.")
    assert sorted(a for i in found for a in i.actors) == ["government", "russia"]
    kept = apply(found, Filter(actors=frozenset({"russia"})))
    assert [i.place.name_en for i in kept] == ["Douma"]
    assert apply(found, Filter(actors=frozenset({"russia", "government"}))) == found


@pytest.mark.parametrize("text, threshold, kept", [
    ("Russian warplanes struck Douma, killing 5 people.", 5, True),
    ("Russian warplanes struck Douma, killing 5 people.", 6, False),
    ("Russian warplanes struck Douma without casualties.", 1, False),
    ("Russian warplanes struck Douma, wounding 4 people.", 1, False),
    ("Russian warplanes struck Douma, killing a number of people.", 3, True),
    ("Russian warplanes struck Douma, killing a number of people.", 4, False),
])
def test_the_killed_threshold_compares_the_best_figure(text, threshold, kept):
    found = incidents(text)
    assert len(found) == 1
    assert apply(found, Filter(min_killed=threshold)) == (found if kept else [])


def test_a_killed_count_with_only_a_low_bound_meets_the_threshold_by_that_bound():
    found = edited_killed("Russian warplanes struck Douma, killing dozens of people.", best=None)
    assert (found[0].killed.low, found[0].killed.best) == (24, None)
    assert apply(found, Filter(min_killed=24)) == found
    assert apply(found, Filter(min_killed=25)) == []


def test_the_least_number_killed_is_the_best_figure_when_no_low_bound_is_given():
    found = incidents("Russian warplanes struck Douma, killing about 20 people.")
    assert (found[0].killed.low, found[0].killed.best) == (None, 20)
    assert killed_total(found) == (20, True)
    assert summary(found) == "1 incident in 1 place · 20+ killed"


def test_the_least_number_killed_is_the_low_bound_of_a_vague_figure():
    found = incidents("Russian warplanes struck Douma, killing a number of people.")
    assert found[0].killed.low < found[0].killed.best
    assert killed_total(found) == (found[0].killed.low, True)


def test_a_count_with_only_an_upper_bound_adds_nothing_to_the_least_number_killed():
    found = edited_killed("Russian warplanes struck Douma, killing 5 people.", low=None, best=None, high=10)
    assert killed_total(found) == (0, False)


def test_places_sharing_only_a_wounded_count_each_add_their_own_killed():
    found = incidents("Regime forces shelled Harasta and Arbin, wounding ten people. One civilian was killed in "
                      "Harasta. Two civilians were killed in Arbin.")
    assert len({i.group for i in found}) == 1 and not any(i.killed.shared for i in found)
    assert killed_total(found) == (3, False)


def test_a_date_with_a_time_of_day_is_in_the_range_of_its_day():
    doc = json.loads(geojson_text(incidents("Russian warplanes struck Douma, killing 5 people.")))
    doc["features"][0]["properties"]["date"] = f"{DAY}T08:30:00"
    found = loads(json.dumps(doc).encode(), "timed.geojson")
    assert apply(found, Filter(date_from=DAY, date_to=DAY)) == found


def test_an_incident_with_no_killed_count_before_others_leaves_their_killed_in_the_total():
    found = incidents("Regime helicopters dropped barrel bombs on Saraqib. Russian warplanes struck Douma, killing 5 people.")
    assert [i.killed is None for i in found] == [True, False]
    assert killed_total(found) == (5, False)
