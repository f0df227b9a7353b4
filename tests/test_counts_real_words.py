"""Counts of issue 12 on excerpts of real passages (tests/reports/real, the file named beside each; a
construction the corpus holds once has a self-written sentence beside it): casualty verbs glued to the word
before them by a lost space, victims or injuries told without a number, the civil war's toll (English, as
الحرب الأهلية in Arabic), and "well over" a figure."""
import pytest

from core.glued_words import glued_casualty_re
from core.tokens import tokenize
from tests.test_counts_real import incident


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_smart_orum_kafrnaha_russian",
     "وتشهد من وبلدات ريف حلب الغربي قصفاً متقطعاً من طائرات النظام الحربية وأخرى روسية، أسفر آخرها عن مقتل"
     " ثلاثة مدنيينوجرح آخرين، في مدينتي دارة عزة والأتارب.", "الأتارب"),
])
def test_wounded_glued_with_and_to_the_killed_still_count_as_several(source, text, place):
    found = incident(text, place)
    assert (found.killed.best, found.wounded.low, found.wounded.vague) == (3, 2, True)


@pytest.mark.parametrize("source, text, word, cut", [
    ("ar/n_smart_orum_kafrnaha_russian", "مقتل ثلاثة مدنيينوجرح آخرين", "مدنيينوجرح", ["مدنيين", "وجرح"]),
    ("ar/s_watanfm_darayya_napalm_barrels_khan_shih", "وكان مقاتل في الجيش الحراستشهد، خلال التصدي",
     "الحراستشهد", ["الحر", "استشهد"]),
    ("self-written, after ar/n_smart_orum_kafrnaha_russian", "مقتل شابوجرح آخرين", "شابوجرح", ["شاب", "وجرح"]),
])
def test_a_glued_casualty_verb_is_a_word_of_its_own(source, text, word, cut):
    words = [t.text for t in tokenize(text, "ar")]
    assert word not in words and words[words.index(cut[0]):][:2] == cut


@pytest.mark.parametrize("word", ["المقتل", "فاستشهد", "وجرح", "ليستشهد", "مدنيينقتل", "واستوفوا", "بالاستشهاد"])
def test_a_short_verb_ending_a_word_or_after_a_proclitic_is_not_cut(word):
    assert glued_casualty_re().search(word) is None


@pytest.mark.parametrize("source, text, place, kind", [
    ("ar/n_microsyria_khan_sheikhoun_hbit",
     "فيما ألقى الطيران المروحي التابع لنظام الأسد، عدداً من البراميل المُتفجّرة فوق بلدة “التمانعة” ما أدّى لسقوط"
     " إصابات بين المدنيين.", "تمانعة", "wounded"),
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "وأضاف مراسلنا، أن قوات النظام قصفت بالمدفعية الثقيلة وراجمات الصواريخ مدينة “كفرنبل” بريف إدلب الجنوبي، ما"
     " أسفر عن وقوع جرحى في صفوف المدنيين.", "كفرنبل", "wounded"),
    ("ar/n_sharkia_deir_ezzor_quriyah_mayadin",
     "في حين سيطرت مليشيات \"قوات سورية الديمقراطية\"، على قرية حوايج ذياب في ريف دير الزور الغربي، كما سقط مزيد"
     " من الضحايا بقصف التحالف الدولي على مدينة الرقة.", "الرقة", "killed"),
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "وجاءت الحادثة بعد يوم من سقوط ضحايا جراء انفجار لغم أرضي من مخلفات تنظيم “داعش” في قرية جارز بريف حلب.",
     "جارز", "killed"),
])
def test_victims_or_injuries_told_without_a_number_are_several(source, text, place, kind):
    count = getattr(incident(text, place), kind)
    assert (count.low, count.best, count.vague) == (2, 3, True)


@pytest.mark.parametrize("source, text, place, killed", [
    ("en/syrianobserver_douma_saqba_zebdin_snhr",
     "SNHR also reported five deaths in the neighboring suburbs of Saqba and Zebdin.\n\nAir strikes in the eastern"
     " district of Ghouta coincided with the wider intensification of the four-year-old civil war, which is estimated"
     " to have killed around 250,000 and driven more than 11 million from their homes.", "سقبا", 5),
    ("self-written, in the shape of the line above",
     "Regime shelling on Saqba killed three civilians on Monday. The civil war, which began in 2011, is estimated"
     " to have killed around 500,000 people.", "سقبا", 3),
])
def test_the_civil_wars_toll_stays_off_the_places_told_before_it(source, text, place, killed):
    assert incident(text, place).killed.best == killed


def test_the_civil_war_named_before_a_toll_leaves_the_toll_to_the_attack():
    """en/wikipedia_aleppo_university_bombings: the war frames the date; the next sentence's toll is the attack's."""
    text = ("The Aleppo University bombings took place on 15 January 2013, during the Syrian revolution, which turned"
            " into what is known as the Syrian civil war. The bombings killed at least 82 people at the Aleppo"
            " University, including students and children.")
    killed = incident(text, "جامعة حلب").killed
    assert (killed.low, killed.vague) == (82, True)


@pytest.mark.parametrize("source, text, place", [
    ("en/wikipedia_douma_chemical_attack_lead",
     "On 7 April 2018, a chemical warfare attack was launched by the forces of the government of Bashar al-Assad in"
     " the Syrian city of Douma. Medics and witnesses reported that it caused the deaths of between 40 and 50 people"
     " and injuries to possibly well over 100.", "دوما"),
    ("self-written, in the shape of the line above", "Air strikes on Douma injured well over 100 people.", "دوما"),
])
def test_well_over_a_figure_is_more_than_it(source, text, place):
    wounded = incident(text, place).wounded
    assert (wounded.low, wounded.high, wounded.vague) == (101, None, True)


@pytest.mark.parametrize("source, text, place, kind, best", [
    ("en/dpa_kafr_batna_saqba_thermite_57",
     "According to the Observatory, some 100 people were wounded and suffered serious burns in Kfar Batna.",
     "كفر بطنا", "wounded", 100),
    ("self-written, the figure after its casualty word", "Regime shelling on Douma killed some 40 people.", "دوما",
     "killed", 40),
])
def test_some_before_a_figure_is_about_it(source, text, place, kind, best):
    count = getattr(incident(text, place), kind)
    assert (count.low, count.best, count.high, count.vague) == (None, best, None, True)
