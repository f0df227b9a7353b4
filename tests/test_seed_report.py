"""The bundled example report scores like the user's hand-coded answer."""
import json
from pathlib import Path

import pytest

from core import DATA
from core.extract import extract
from tests.scorecard import score

GOLD = json.loads((Path(__file__).parent / "gold" / "aleppo_ghouta_report_ar.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed():
    return extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"))


def test_seed_places_f1_at_least_095_with_types_and_killed_right(seed):
    card = score(GOLD["incidents"], seed, check_actors=False, types_key="must")
    assert card.f1 >= 0.95, card.problems
    type_or_killed = [p for p in card.problems if "types" in p or "killed" in p]
    assert not type_or_killed


def test_countries_and_organisations_never_become_incidents(seed):
    from core.arabic import name_key
    banned = {name_key(n) for n in GOLD["not_incidents"]}
    assert not [i for i in seed.incidents if name_key(i.place.name_ar) in banned]


def test_shared_count_of_a_town_list_is_marked_shared_not_multiplied(seed):
    shared = [i for i in seed.incidents if i.wounded and i.wounded.shared]
    assert len(shared) >= 5
    assert len({i.group for i in shared}) == 1


def test_evidence_offsets_point_into_the_original_text(seed):
    text = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")
    for i in seed.incidents:
        assert text[i.evidence.start:i.evidence.end] == i.evidence.text
        assert i.place_text in i.evidence.text
