"""Names the gazetteer knows only far from where the report locates them (core/extract/far_homonyms.py),
pinned on excerpts of real passages (tests/reports/real/en, the file named beside each)."""
import pytest

from core.extract import extract


@pytest.mark.parametrize("source, text, town, name", [
    ("almasdar_qantarah_grad_kibbani_shelled",
     "The rocket struck the coastal town of Qantarah barely five kilometers from the northern suburbs of Latakia."
     " At least one person was killed and four injured, a medical team confirmed to Al-Masdar News.",
     "اللاذقية", "Qantarah"),
    ("sohr_ariha_rockets_jabal_zawiyah_breakdown",
     "The Russian jets also fired three missiles on the civil defence centre in Sheikh Youssef, putting it out of"
     " service. However, no casualties were reported.\n\nSOHR sources documented earlier this morning four strikes by"
     " a Russian fighter jet on Sheikh Youssef area on the western outskirts of Idlib city.", "إدلب", "Sheikh Youssef"),
])
def test_a_name_located_by_a_town_far_from_every_entry_of_it_stands_for_the_town(source, text, town, name):
    x = extract(text)
    assert {i.place.name_ar for i in x.incidents} == {town}
    assert name in {m.text for m in x.unresolved}


@pytest.mark.parametrize("source, text, place", [
    ("snhr_monthly_notable_incidents (tests/reports/en)",
     "On March 27, 2019, Turkish-backed factions shelled Tal Rifaat in the northern suburbs of Aleppo with mortars,"
     " wounding three civilians.", "تل رفعت"),
    ("self-written", "Warplanes struck Maarat al-Numan, 30 km south of Idlib city, killing two civilians.", "معرة النعمان"),
    ("dpa_kafr_batna_saqba_thermite_57",
     "Eastern Ghouta, located on the outskirts of Damascus, has been one of the few remaining areas in Syria under"
     " rebel control. Warplanes struck Eastern Ghouta.", "الغوطة الشرقية"),
])
def test_a_name_whose_entry_lies_where_the_report_says_or_an_area_keeps_its_entry(source, text, place):
    assert place in {i.place.name_ar for i in extract(text).incidents}
