"""An aircraft a paragraph told with its attacker (the regime's helicopter, Russian warplanes) is that
attacker's when the paragraph names it again bare; unknown warplanes own none (real passages,
tests/reports/real/en, file named in each case)."""
from tests.test_actors_real import actors_at, passage


def test_a_bare_helicopter_is_the_side_the_paragraph_told_its_helicopter_with():
    # Russian warplanes, regime’s helicopter and warplanes ... killed in the airstrikes of helicopter
    # and the raids of Russian warplanes at the neighborhoods of al-Qaterji, Kallaseh, ...
    text = passage("sohr_aleppo_23sep2016_quarters_beshqatin_bab")
    for place in ("Karm al-Qaterji", "al-Kallaseh", "Bustan al-Qaser"):
        assert actors_at(text, place) == {"russia", "government"}, place


def test_warplanes_told_as_unknown_give_no_owner_to_the_warplanes_named_later():
    # after airstrikes by an unknown warplanes, and sources told the SOHR that warplanes believed to
    # belong to the international coalition targeted two cares
    text = passage("sohr_mayadin_coalition_cars_mahlaj")
    assert "unknown" not in actors_at(text, "Deir ez-Zor")
