"""English constructions of the unseen-text round (issue 12, tests/reports/real/en/PROVENANCE_unseen.md),
pinned on excerpts of the real passages named beside each: the capital speaking for its government, a
place told again in a paragraph that dates nothing, an attack told after a place the gazetteer lacks, a
quarter named in a city whose namesakes lie far away."""
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


STORY_DAY = cases("a place told again in a paragraph that dates nothing is on the storys day", [
    # the lead dates the shelling Sunday (the dateline's day is Monday); the next paragraph tells Damascus again
    ("xinhua_damascus_mortars_malki_bab_tuma_qaimariyeh",
     "At least 8 killed in mortar attacks on Syrian capital\n\nXinhua, July 25, 2016\n\nAt least eight people were"
     " killed and 20 others wounded Sunday when mortar shells struck residential neighborhoods in Damascus, a"
     " well-informed source told Xinhua.\n\nThe fresh shelling targeted the old city of Damascus, including a"
     " restaurant.", "دمشق", "2016-07-24", "wounded", 20),
    # 'on Tuesday' (the page is of Wednesday 16 Jan) dates the blast; the paragraph after it gives the injured there
    ("aljazeera_aleppo_university_blasts",
     "Dozens killed in Aleppo University blasts\n\nLast Modified: 16 Jan 2013 03:36\n\nThere were conflicting reports"
     " as to what caused the blast at Aleppo University on Tuesday.\n\nThe Observatory said that 83 people were"
     " killed in the explosions near the university's dorms. More than 150 people were injured at Aleppo"
     " University, the group said.", "جامعة حلب", "2013-01-15", "wounded", 150),
])


@pytest.mark.parametrize("source, text, place, day, kind, low", STORY_DAY)
def test_a_place_told_again_without_a_day_is_one_incident_on_the_day_told(source, text, place, day, kind, low):
    """One incident at the place, on the day the story told, with the later paragraph's figure."""
    at = [i for i in incidents(text) if i.place.name_ar == place]
    assert [i.date for i in at] == [day], [(i.date, i.killed, i.wounded) for i in at]
    assert getattr(at[0], kind).low >= low


NEW_STORY = cases("an attack clause after a place the gazetteer lacks leads past a time aside into the next place", [
    ("sohr_deir_ezzor_taybah_boleel_toob_warplanes",
     "Deir Ezzor Province – The Syrian Observatory for Human Rights: a citizen and a female child were killed by"
     " bombing by warplanes on areas in Al-Taybah town, in the eastern countryside of Deir Ezzor yesterday dawn,"
     " while a drone plane targeted, yesterday morning, a member of the “Islamic State” organization near Rawdat"
     " Al-Rihan in Al-Mayadin city, which immediately caused his death.", "الميادين", "airstrike"),
])


@pytest.mark.parametrize("source, text, place, kind", NEW_STORY)
def test_a_new_story_after_an_unmapped_place_is_the_next_places(source, text, place, kind):
    """The attack told with no place after a clause naming only a place the gazetteer lacks is the place's
    named after it, past an aside that tells nothing."""
    got = {i.place.name_ar: i for i in incidents(text)}
    assert place in got and kind in got[place].types, sorted(got)


QUARTER_NAMESAKES = cases("a quarter cued name in a city the gazetteer knows only far away is a quarter it lacks", [
    ("xinhua_damascus_students_zablatani_mazraa",
     "Another mortar struck near the Russian embassy in the al-Mazraa district in Damascus, leaving three people"
     " wounded.", "المزرعة", "دمشق", "al-Mazraa"),
    ("aranews_talbeesa_thermobaric_zafranah_school",
     "Damascus, Syria− Five civilians were reported dead in Homs province as the pro-regime warplanes bombed the"
     " town of Talbeesa on Monday.\nOn the other hand, al-Nusra Front (al-Qaeda affiliated) shelled the regime"
     " forces’ headquarters with mortars and homemade cannons of (Jahannam) in the neighbourhoods of al-Zahra and"
     " Nozha in Homs (controlled by the regime), amid clashes between the regime troops and fighters of the Free"
     " Syrian Army (FSA).", "النزهة", "حمص",
     "Nozha"),
])


@pytest.mark.parametrize("source, text, namesake, city, listed", QUARTER_NAMESAKES)
def test_a_quarter_named_in_a_city_is_not_a_far_namesake_and_the_city_carries_it(source, text, namesake, city,
                                                                                   listed):
    """Suwayda's Mazra'a (80 km away), Homs's Nuzha village (20 km): the quarter is listed unresolved and
    the city is the incident place."""
    got = extract(text, lang="en")
    places = {i.place.name_ar for i in got.incidents}
    assert namesake not in places and city in places, places
    assert listed in {m.text for m in got.unresolved}

