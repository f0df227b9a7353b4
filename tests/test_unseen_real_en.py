"""English constructions of the unseen-text round (issue 12, tests/reports/real/en/PROVENANCE_unseen.md),
each pinned on excerpts of two real passages (the file named beside each): the capital speaking for
its government."""
import pytest

from core.extract import extract
from tests.cases import cases


def incidents(text):
    return extract(text, lang="en").incidents


SPEAKERS = cases("a city that speaks is the government not an incident place", [
    ("ap_kafr_nouran_family_house_sarmeen_binnish",
     "IDLIB, Syria (AP) — The Syrian government early Thursday shelled a village in the rebel-held northwestern part"
     " of the country, killing at least five civilians, activists and emergency workers said.\nThe shelling hit a"
     " family house on the outskirts of the the village of Kafr Nouran in western Aleppo province.\nNeither Syria nor"
     " its key military ally Russia commented on the shelling, but Damascus says strikes in the northwestern"
     " province target armed insurgent groups.", "كفر نوران"),
    # the title's form, '..., says Damascus': a title's city gives way to the body's place already
    ("thenational_israeli_strike_dimas_says_damascus",
     "Two Syrian soldiers killed in Israeli missile strike, says Damascus\n\nThe strikes also targeted positions of"
     " the Syrian army's elite Fourth Division near the airport in the town of Dimas.", "الديماس"),
])


@pytest.mark.parametrize("source, text, told", SPEAKERS)
def test_a_city_that_says_something_is_no_incident_place_and_adds_nothing_to_the_places_before(source, text, told):
    """'Damascus says ...', '..., says Damascus': no Damascus incident; the place told keeps only its own
    attacker (not the Russia of the speaker's sentence)."""
    got = {i.place.name_ar: i for i in incidents(text)}
    assert "دمشق" not in got and told in got, sorted(got)
    assert "russia" not in got[told].actors
