"""The city of a recorded quarter the gazetteer lacks (core.extract.quarters), on what the mutation run
(bench/mutation.py core.extract.quarters) found unpinned. Excerpts of the real passages (tests/reports/real)
named beside each."""
from core.extract import extract


def test_a_quarters_city_is_scored_as_a_place_named_with_its_cue_not_as_an_ambiguous_name():
    """n_akhbar_latakia_azhari_rockets: the rockets that fell في منطقة الرمل الجنوبي give Latakia with the
    confidence of a place named with its cue word and a type (0.8), not cut as an ambiguous name (0.65)."""
    x = extract("وعصراً، أطلق المسلحون أربعة صواريخ؛ سقط اثنان منها في البحر في منطقة الرمل الجنوبي، فيما سقط الصاروخان"
                " الآخران في أحياء سكنية", lang="ar")
    (got,) = x.incidents
    assert (got.place.name_ar, round(got.confidence, 2)) == ("اللاذقية", 0.8)


def test_an_english_quarter_whose_cue_word_ends_the_text_gives_its_city():
    """afp_raqqa_coalition_strikes_jazra_meshleb (tests/reports/real/en), cut after its cue word: the cue
    is the text's last word, with no word after it to look at."""
    x = extract("On Wednesday, an AFP journalist entered the city with SDF fighters and witnessed heavy clashes in the"
                " Al-Meshleb neighbourhood", lang="en")
    assert [i.place.name_en for i in x.incidents] == ["Raqqa"], x.incidents
