"""Count readings the mutation run (bench/mutation.py core.quantities, core.extract.counts) found
unpinned, each checked in full (low, best, high, vague as the README's Counts table gives them, and
the phrase as written) on sentences of real-report shape."""
import pytest

from core.extract import extract

SOME = (2, 3, None, True)
"""README, Counts: a number of / some = low 2, best 3, no high, vague; a bare plural is the same."""


def counts(text):
    """{place (English): (killed, wounded)} for the incidents of `text`."""
    return {i.place.name_en: (i.killed, i.wounded) for i in extract(text, date="2016-10-25").incidents}


def figures(c):
    return None if c is None else (c.low, c.best, c.high, c.vague)


def only(text, kind="killed"):
    """The one incident's count of `kind`, checked to be a phrase of `text`."""
    found = list(counts(text).values())
    assert len(found) == 1, found
    c = found[0][kind == "wounded"]
    assert c is None or c.text in text
    return c


@pytest.mark.parametrize("text, kind", [
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط شهداء.", "killed"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط قتلى.", "killed"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط ضحايا.", "killed"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لوقوع وفيات.", "killed"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط مصابين.", "wounded"),
    ("قصف الطيران الحربي مدينة دوما وسقط مصابون.", "wounded"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لوقوع إصابات.", "wounded"),
])
def test_a_bare_plural_casualty_noun_counts_some(text, kind):
    c = only(text, kind)
    assert figures(c) == SOME
    assert text.index(c.text) > text.index("دوما")


@pytest.mark.parametrize("text, expected, words", [
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل تسعة مقاتلين، إضافة إلى مدنيين اثنين.",
     (11, 11, 11, False), ("تسعة", "اثنين")),
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل عشرات المقاتلين، إضافة إلى مدنيين اثنين.",
     (26, 38, None, True), ("عشرات", "اثنين")),
    ("Russian warplanes struck Douma, causing the death of 27 members of regime forces, and 19 jihadists.",
     (46, 46, 46, False), ("27", "19 jihadists")),
    ("Russian warplanes struck Douma, killing dozens of fighters, and two civilians.",
     (26, 38, None, True), ("dozens", "two civilians")),
    ("Russian warplanes struck Douma, killing 3 civilians, and a child.", (4, 4, 4, False), ("3", "a child")),
])
def test_people_counted_after_in_addition_to_or_and_raise_the_count_before(text, expected, words):
    c = only(text)
    assert figures(c) == expected
    assert all(w in c.text for w in words)


def test_people_after_and_in_a_clause_that_goes_on_are_not_added():
    c = only("Russian warplanes struck Douma, killing 5 civilians, and 2 children lost their homes.")
    assert figures(c) == (5, 5, 5, False)


@pytest.mark.parametrize("text, expected", [
    ("Regime forces shelled Eastern Ghouta, killing 34 people, including 12 in Douma and 9 in Hamouria.",
     {"Douma": 12, "Hammouriyeh": 9}),
    ("قصفت قوات النظام الغوطة الشرقية ما أدى لسقوط 34 شهيداً، بينهم 12 في مدينة دوما، و8 في بلدة ببيلا.",
     {"Douma": 12, "Babbila": 8}),
    ("قصفت قوات النظام الغوطة الشرقية ما أدى لسقوط 34 شهيداً، و12 في مدينة دوما.", {"Douma": 12}),
    ("قصفت قوات النظام الغوطة الشرقية ما أدى لسقوط 34 شهيداً، بينهم 12 بدوما.", {"Douma": 12}),
    ("قصف الطيران الحربي بلدة عربين ما أدى لسقوط 3 شهداء في عربين و2 في جسرين.", {"Arbin": 3, "Jisrin": 2}),
    ("Regime forces shelled Arbin, killing 3 people in Arbin and one in Jisrin.", {"Arbin": 3, "Jisrin": 1}),
    ("Regime forces shelled Eastern Ghouta, killing 34 people, 12 in Douma, and 9 in Hamouria.",
     {"Douma": 12, "Hammouriyeh": 9}),
    ("قصفت قوات النظام الغوطة الشرقية ما أدى لسقوط 34 شهيداً، بينهم 12 في مدينة دوما و8 في بلدة ببيلا.",
     {"Douma": 12, "Babbila": 8}),
])
def test_a_number_before_a_place_repeats_the_kind_counted_before_it(text, expected):
    found = counts(text)
    assert {place: figures(k) for place, (k, _) in found.items()} == \
        {place: (n, n, n, False) for place, n in expected.items()}
    assert all(k.text in text for k, _ in found.values())


DOUMA = "قصف الطيران الحربي مدينة دوما ما أدى لسقوط "


@pytest.mark.parametrize("phrase, expected", [
    ("3 شهداء", (3, 3, 3, False)),
    ("شهيدين", (2, 2, 2, False)),
    ("أكثر من 15 شهيدا", (16, 16, None, True)),
    ("ما لا يقل عن 10 شهداء", (10, 10, None, True)),
    ("نحو 20 شهيدا", (None, 20, None, True)),
    ("ما بين 10 و20 شهيدا", (10, 15, 20, True)),
    ("عشرات الشهداء", (24, 36, None, True)),
    ("شهداء", SOME),
])
def test_each_form_of_the_counts_table_keeps_its_phrase_as_written(phrase, expected):
    c = only(DOUMA + phrase + ".")
    assert figures(c) == expected
    assert c.text == phrase


def test_dozens_of_dead_and_wounded_gives_the_wounded_the_same_vague_figure():
    killed, wounded = counts(DOUMA + "عشرات الشهداء والجرحى.")["Douma"]
    assert figures(killed) == figures(wounded) == (24, 36, None, True)
    assert killed.text == "عشرات الشهداء" and wounded.text == "عشرات الشهداء والجرحى"


def test_a_casualty_word_joined_by_wa_takes_no_number_from_before_it():
    killed, wounded = counts(DOUMA + "3 شهداء وجرحى.")["Douma"]
    assert figures(killed) == (3, 3, 3, False)
    assert figures(wounded) == SOME and wounded.text == "وجرحى"


def test_a_number_before_a_word_that_begins_with_waw_is_its_count():
    assert figures(only("قصف الطيران الحربي مدينة دوما وسجلت 5 وفيات.")) == (5, 5, 5, False)


def test_a_number_opening_the_sentence_counts_the_people_named_after_a_group():
    c = only("5 SDF fighters were killed in a Turkish airstrike on Tell Abyad.")
    assert figures(c) == (5, 5, 5, False) and c.text.startswith("5 SDF fighters")


@pytest.mark.parametrize("text", [
    "Russian warplanes struck Douma, and the wounded were taken to hospital.",
    "قصف الطيران الحربي مدينة دوما ونقل جرحى الغارة إلى المشفى.",
])
def test_the_wounded_of_a_known_attack_are_no_new_count(text):
    assert only(text, "wounded") is None


@pytest.mark.parametrize("text, n", [
    ("قصف الطيران الحربي مدينة دوما، ووصل إلى 23 عدد الشهداء الذين قضوا في القصف.", 23),
    ("قصف الطيران الحربي مدينة دوما، وارتفع عدد الشهداء إلى 23.", 23),
    ("Russian warplanes struck Douma; the death toll from the strikes on the town has risen to 9.", 9),
    ("Russian warplanes struck Douma; the death toll from the strikes on the town reached 9.", 9),
    # tests/reports/real/ar (SOHR): the figure before the toll word
    ("في حين ارتفع إلى 6 عدد الشهداء الذين قضوا في القصف الجوي الذي طال بلدة جسرين أمس.", 6),
])
def test_a_toll_takes_the_figure_it_rose_to(text, n):
    c = only(text)
    assert figures(c) == (n, n, n, False) and str(n) in c.text


@pytest.mark.parametrize("text, kind, n", [
    ("500 people, mostly women and children, were wounded in the shelling of Douma.", "wounded", 500),
    ("Nine people, mostly women and children, were killed in the shelling of Douma.", "killed", 9),
    ("Regime forces shelled Douma; 5 civilians, mostly women, were wounded.", "wounded", 5),
])
def test_a_casualty_word_after_an_aside_takes_the_number_before_the_aside(text, kind, n):
    c = only(text, kind)
    assert figures(c) == (n, n, n, False) and "mostly" in c.text


def test_people_before_an_aside_without_a_number_are_no_count():
    assert only("Civilians, mostly women and children, were wounded in the shelling of Douma.", "wounded") is None


@pytest.mark.parametrize("text", [
    "Regime forces shelled Douma, killing 34 people, including 12 in hospital.",
    "قصفت قوات النظام مدينة دوما ما أدى لسقوط 34 شهيداً، بينهم 12 برصاص قناص.",
])
def test_a_number_before_a_word_that_is_no_place_is_no_count_of_its_own(text):
    assert figures(only(text)) == (34, 34, 34, False)


def test_a_count_read_after_its_verb_starts_at_the_verb():
    assert only("Russian warplanes struck Douma, killing 5 civilians.").text == "killing 5 civilians"


def test_dozens_and_a_number_add_up_to_a_vague_figure_with_a_best_guess():
    c = only("Russian warplanes struck Douma, killing dozens of fighters and three civilians.")
    assert (c.low, c.high, c.vague) == (24 + 3, None, True)
    assert c.best is not None and c.best >= c.low


@pytest.mark.parametrize("text, place", [
    # tests/reports/real/en/sohr_aleppo_23sep2016_quarters_beshqatin_bab (trimmed)
    ("Russian warplanes continue to commit massacres in Aleppo city, where it rose to 45 including 6 children and "
     "5 citizen women the number of people killed in the airstrikes of helicopter and the raids of Russian "
     "warplanes at the neighborhoods of al-Qaterji.", "Karm al-Qaterji"),
    ("The Syrian Observatory documented more deaths in Aleppo city, where it rose to 45 including 6 children the "
     "number of people killed in the airstrikes of helicopters on Haritan.", "Huraytan"),
])
def test_a_toll_risen_to_before_the_number_of_people_killed_takes_that_figure(text, place):
    killed, _ = counts(text)[place]
    assert figures(killed) == (45, 45, 45, False) and killed.text.startswith("45")


def test_the_number_of_barrels_risen_to_is_no_count_of_people():
    c = only("It rose to 20 the number of barrel bombs dropped by helicopters on Daraya, killing 3 people.")
    assert figures(c) == (3, 3, 3, False)


def test_a_figure_risen_to_in_the_sentence_before_is_no_count():
    assert only("It rose to 9. The number of people killed in the shelling of Douma was not known.") is None


def test_casualties_named_after_the_word_number_without_a_figure_are_no_count():
    assert only("قصف الطيران الحربي مدينة دوما، ولم يعرف بعد عدد ضحايا غارة الطيران.") is None


def test_a_dual_noun_takes_no_number_after_it():
    assert figures(only(DOUMA + "شهيدين 3 منهم أطفال.")) == (2, 2, 2, False)


ZERO = (0, 0, 0, False)


@pytest.mark.parametrize("text, killed, wounded", [
    # tests/reports/real/ar/n_7al_latakia_kasab_jableh_2019
    ("اللاذقية (الحل) – شهدت مدينة اللاذقية، اليوم الإثنين، سقوط قذيفة صاروخية، طالت أطرافها دون أن تسفر عن"
     " أيّة ضحايا وجرحى، واقتصرت خسائرها على المادية فقط.", ZERO, ZERO),
    ("ألقت مروحيات الأسد براميل متفجرة على بلدة خان الشيح دون تسجيل إصابات.", ZERO, ZERO),
    ("ألقت مروحيات الأسد براميل متفجرة على بلدة خان الشيح، دون تسجيل إصابات.", ZERO, ZERO),
    ("قصف مدفعي على مدينة كفرزيتا دون سقوط قتلى.", ZERO, None),
    ("قصف مدفعي على مدينة كفرزيتا لم يسفر عن أي جرحى.", None, ZERO),
    ("Helicopters dropped barrel bombs on Nawa, without causing any casualties.", ZERO, ZERO),
])
def test_an_explicit_none_is_an_exact_zero_with_its_phrase(text, killed, wounded):
    (k, w), = counts(text).values()
    assert (figures(k), figures(w)) == (killed, wounded)
    assert all(c.text and c.text in text for c in (k, w) if c is not None)


@pytest.mark.parametrize("text, floor", [
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط 23 قتيلاً أمس على الأقل.", "23 قتيلاً أمس على الأقل"),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط 23 قتيلاً في المدينة على الأقل.", "23 قتيلاً في المدينة على الأقل"),
])
def test_at_least_a_word_or_two_after_a_count_makes_it_a_floor(text, floor):
    c = only(text)
    n = int(floor.split()[0])
    assert figures(c) == (n, n, None, True)
    assert c.text == floor


def test_at_least_before_the_next_number_is_that_numbers_floor_not_the_count_before():
    text = "Russian warplanes struck Douma, killing 5 civilians and at least 20 injured."
    assert figures(only(text)) == (5, 5, 5, False)
    assert figures(only(text, "wounded")) == (20, 20, None, True)
