"""Each stage of the extractor's pipeline, on short phrases from the corpus reports
(tests/reports/, file named beside each phrase): the stages before it are run, then the one under
test, and what it adds to the document is checked."""
import pytest

from core.extract import (anaphora, assemble, clauses, counts, deprivation, facts, lookup, mentions, quarters, retold,
                          unresolved)
from core.extract.doc import Doc
from core.extract.engine import engine
from core.extract.pipeline import STAGES
from core.extract.state import State
from core.gazetteer import load_default


def read_until(text: str, lang: str, last):
    """The document of `text` after the stages up to `last` (a stage's run function)."""
    doc = Doc(engine(lang, load_default()), text, 0, text, None, State())
    for stage in STAGES:
        stage(doc)
        if stage is last:
            return doc
    raise AssertionError("no such stage")


def test_the_stages_run_in_the_order_each_reads_what_the_one_before_added():
    assert STAGES == (lookup.run, clauses.run, facts.run, counts.run, mentions.run, anaphora.run,
                      retold.run, deprivation.run, unresolved.run, quarters.run, assemble.run)


# ------------------------------------------------------------------ lookup

def test_lookup_finds_the_cue_the_quarter_the_attack_the_actor_and_the_wounded():
    doc = read_until("حي الفردوس: غارات جوية روسية خلّفت ٧ جرحى بينهم حالات خطرة.", "ar", lookup.run)  # aleppo_bulletin
    assert [h.phrase for h in doc.hits["cue"]] == ["حي"]
    assert "الفردوس" in {h.value.name_ar for h in doc.hits["place"]}
    assert ("airstrike", None, None) in [h.value for h in doc.hits["type"]]  # (type, weapon, carrier column)
    assert {h.value for h in doc.hits["actor"]} == {"russia"}
    assert {h.value[0] for h in doc.hits["casualty"]} == {"wounded"}


def test_lookup_reads_a_proclitic_off_a_place_name():
    doc = read_until("سقط شهيدان بعربين إثر غارات جوية لطيران النظام الحربي.", "ar", lookup.run)  # ghouta_office
    arbin = [h for h in doc.hits["place"] if h.value.name_ar == "عربين"]
    assert arbin and arbin[0].cut == 1


def test_lookup_finds_english_places_from_capitalised_words_and_dates_in_the_run():
    doc = read_until("On 28 February 2012, SAA forces fired rockets and mortars at the Baba Amr neighbourhood "
                     "of Homs city, killing 17 civilians, according to activists.", "en", lookup.run)  # acled_notes_homs
    assert "Homs" in {h.value.name_en for h in doc.hits["place"]}
    assert [iso for _, iso in doc.dates] == ["2012-02-28"]


# ------------------------------------------------------------------ clauses

def test_a_connective_opens_a_clause_but_the_commas_of_a_list_of_places_do_not():
    text = ("سقط شهيدان بعربين إثر غارات جوية. كما تعرضت بلدات زملكا وكفر بطنا وحمورية لقصف مدفعي، "
            "أوقع أكثر من 10 جرحى.")  # ghouta_office
    doc = read_until(text, "ar", clauses.run)
    words = [" ".join(t.text for t in doc.tokens[c.first:c.last]) for c in doc.clauses]
    assert [c.sentence for c in doc.clauses] == [0, 1, 1]
    assert words[1].startswith("كما تعرضت بلدات زملكا")


def test_a_short_line_before_the_text_is_a_headline():
    doc = read_until("Russian strikes on Idlib\nRussian warplanes struck the town of Saraqib on Monday.", "en", clauses.run)
    assert doc.headlines == {0}


def test_an_aside_between_commas_is_found_from_its_opener():
    text = "Three civilians, including a child, were killed in Douma."
    doc = read_until(text, "en", clauses.run)
    (after, first), = doc.asides.items()
    assert doc.tokens[first].text == "including" and doc.tokens[after].text == "were"


# ------------------------------------------------------------------ types and actors

def test_facts_give_the_clause_its_attack_and_attacker_but_not_the_news_agency():
    text = ("In the east of the province, rebels fired rockets at the town of Qardaha, causing only material "
            "damage, state news agency SANA reported.")  # en corpus, Latakia
    doc = read_until(text, "en", facts.run)
    types = set().union(*(c.types for c in doc.clauses))
    actors = [a for c in doc.clauses for a in c.actors]
    assert "rocket" in types
    assert actors == ["opposition"]


@pytest.mark.parametrize("text, actors", [
    ("واستهدفت قوات النظام بالمدفعية الثقيلة بلدة جباتا الخشب.", ["government"]),  # quneitra
    ("أدى القصف لمقتل ثلاثة عناصر من قوات النظام.", []),
])
def test_the_people_of_a_side_are_victims_not_attackers(text, actors):
    doc = read_until(text, "ar", facts.run)
    assert [a for c in doc.clauses for a in c.actors] == actors


# ------------------------------------------------------------------ counts

@pytest.mark.parametrize("text, kind, low, best, vague", [
    ("حي الفردوس: غارات جوية روسية خلّفت ٧ جرحى بينهم حالات خطرة.", "wounded", 7, 7, False),  # aleppo_bulletin
    ("إزرع: سقط قرابة العشرين جريحاً، بينهم عناصر من الشرطة.", "wounded", None, 20, True),  # daraa
    ("راح ضحيتها أكثر من 20 شهيداً معظمهم من النساء والأطفال.", "killed", 21, 21, True),  # aleppo_sukkari
])
def test_counts_read_the_number_and_its_uncertainty(text, kind, low, best, vague):
    doc = read_until(text, "ar", counts.run)
    found = [cm for c in doc.clauses for cm in c.counts]
    assert [(cm.kind, cm.count.low, cm.count.best, cm.count.vague) for cm in found] == [(kind, low, best, vague)]


def test_a_campaign_total_gives_no_clause_a_count():
    doc = read_until("ارتفع عدد الشهداء منذ بدء الحملة إلى 120 شهيداً.", "ar", counts.run)
    assert not any(c.counts for c in doc.clauses)


# ------------------------------------------------------------------ place mentions

def test_a_place_after_a_cue_is_a_place_of_its_clause_and_the_city_after_it_only_says_where():
    doc = read_until("ارتكبت الطائرات الحربية الروسية مجزرة في حي السكري بمدينة حلب.", "ar", mentions.run)  # aleppo
    places = [pm.entry.name_ar for c in doc.clauses for pm in c.places]
    assert places == ["السكري"]
    assert [pm.entry.name_ar for pm in doc.mentions] == ["السكري", "حلب"]


def test_a_list_of_places_shares_one_list_id_and_takes_the_plural_cue():
    doc = read_until("كما تعرضت بلدات زملكا وكفر بطنا وحمورية لقصف مدفعي.", "ar", mentions.run)  # ghouta_office
    listed = [pm for c in doc.clauses for pm in c.places]
    assert [pm.entry.name_ar for pm in listed] == ["زملكا", "كفر بطنا", "حمورية"]
    assert len({pm.list_id for pm in listed}) == 1


# ------------------------------------------------------------------ anaphora

def test_the_town_points_back_to_the_last_town_named():
    text = ("سقط شهيدان بعربين إثر غارات جوية لطيران النظام الحربي استهدفت وسط البلدة. "
            "وأصيب ثلاثة مدنيين بقصف مدفعي على أطراف البلدة.")  # ghouta_office
    doc = read_until(text, "ar", anaphora.run)
    assert [pm.entry.name_ar for c in doc.clauses if c.sentence == 1 for pm in c.places] == ["عربين"]


# ------------------------------------------------------------------ deprivation

def test_deprivation_clears_a_death_from_hunger_and_keeps_the_attack_beside_it():
    doc = read_until("ارتقى شهيد جراء الجوع والنقص الشديد في مدينة معضمية الشام، بالتزامن مع سقوط عدد من الجرحى جراء"
                     " استهداف مدينة دوما بعدد من القذائف الصاروخية.", "ar", deprivation.run)  # real/ar/s_spc_moadamiyeh_hunger_douma_darayya
    hunger, attack = doc.clauses
    assert (hunger.places, hunger.counts) == ([], [])
    assert [pm.entry.name_ar for pm in attack.places] == ["دوما"] and attack.counts


# ------------------------------------------------------------------ unresolved

def test_a_cued_name_the_gazetteer_lacks_is_listed_and_marks_its_clause():
    text = "واستهدفت قوات النظام بالمدفعية الثقيلة بلدة عين ترما، دون ورود معلومات عن إصابات."  # in no source
    doc = read_until(text, "ar", unresolved.run)
    assert [m.text for m in doc.state.unresolved] == ["عين ترما"]
    assert any(c.unmapped for c in doc.clauses)


# ------------------------------------------------------------------ quarters

def test_a_recorded_quarter_gives_its_placeless_clause_its_city():
    text = "ويعيش حي الوعر مأساة تعتبر هي الأسوأ، حيث تشن قوات النظام حملة قصف جوي"  # s_watanfm_waer_26_raids
    doc = read_until(text, "ar", quarters.run)
    assert [[pm.entry.name_ar for pm in c.places] for c in doc.clauses] == [["حمص"], []]
    assert [m.text for m in doc.state.unresolved] == ["الوعر"]


# ------------------------------------------------------------------ assembly

def test_a_count_after_a_list_is_shared_by_the_list_in_one_group():
    text = "كما تعرضت بلدات حمورية وسقبا وزملكا لقصف بصواريخ الفيل من قبل قوات الأسد، أسفر عن ارتقاء شهيد وعشرات الجرحى."  # ghouta
    doc = read_until(text, "ar", assemble.run)
    incidents = doc.state.finish()
    assert [i.place.name_ar for i in incidents] == ["حمورية", "سقبا", "زملكا"]
    assert {i.group for i in incidents} == {"g1"}
    assert all(i.killed.shared and i.wounded.shared and i.actors == ("government",) for i in incidents)


def _unpunctuated(lang: str, words: int) -> str:
    """Corpus report text with its punctuation and line breaks removed, as OCR or PDF text comes."""
    from pathlib import Path
    import re
    reports = sorted((Path(__file__).parent / "reports" / lang).glob("*.txt"))
    text = " ".join(f.read_text(encoding="utf-8") for f in reports[:20])
    flat = re.sub(r"[.!?؟\n،,؛;:()\-–—\"'|]+", " ", text).split()
    return " ".join(flat[k % len(flat)] for k in range(words))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_sentence_without_full_stops_is_read_in_parts_of_at_most_400_words(lang):
    doc = read_until(_unpunctuated(lang, 1_000), lang, clauses.run)
    lengths = {}
    for c in doc.clauses:
        lengths[c.sentence] = lengths.get(c.sentence, 0) + c.last - c.first
    assert len(lengths) >= 3 and max(lengths.values()) <= clauses.MAX_SENTENCE_TOKENS
    assert sum(lengths.values()) == len(doc.tokens)
    assert doc.state.long_sentences >= 1


def test_a_report_read_in_parts_says_so_in_its_notes():
    from core.extract import extract
    x = extract(_unpunctuated("en", 1_000))
    assert x.notes == ("1 sentence(s) longer than 400 words (text without full stops) were read in parts of at most "
                       "400 words",)
    assert x.incidents


def test_a_paragraph_longer_than_two_sections_is_cut_at_a_space():
    from core.extract.sections import chunks
    text = _unpunctuated("ar", 40_000)
    parts = list(chunks(text, 0, len(text), size=50_000))
    assert len(parts) > 2 and parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(text[e - 1] == " " and e == s2 for (_, e), (s2, _) in zip(parts, parts[1:]))
