"""The English lexicon files (data/lexicons/en/*.csv): format, closed vocabularies, content."""
import csv
from collections import defaultdict

import pytest

from core import DATA
from core.arabic import WORD, normalize
from core.lexicon import LEXICON_DIR, load, read_rows
from core.model import ACTORS, LEVELS, TYPES
from core.tokens import en_word_key

EN = LEXICON_DIR / "en"
HEADERS = {
    "types.csv": ["phrase", "type", "weapon", "carrier"],
    "actors.csv": ["phrase", "actor"],
    "casualties.csv": ["phrase", "kind", "number", "verb"],
    "quantities.csv": ["phrase", "kind", "value"],
    "place_cues.csv": ["phrase", "level"],
    "not_places.csv": ["phrase", "kind"],
    "massacre.csv": ["phrase"],
}
CASUALTY_KINDS = {"killed", "wounded", "person", "ignore"}
QUALIFIERS = {"more_than", "at_least", "about"}
ZERO_SCOPES = {"both", "killed", "wounded"}
NOT_PLACE_KINDS = {"country", "organisation", "abroad"}


def rows(name):
    return read_rows(EN / name)


def key(phrase):
    """The engine's matching key of an English phrase (core/extract.py)."""
    return "".join(en_word_key(w) for w in normalize(phrase).text.split())


def meaning(name, row):
    return tuple(row.values.get(c, "") for c in HEADERS[name][1:])


ALL_ROWS = [(name, r) for name in HEADERS for r in rows(name)]


def _id(p):
    return f"{p[0]}:{p[1].phrase}" if isinstance(p, tuple) else None


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_has_the_documented_header(name):
    with (EN / name).open(encoding="utf-8") as f:
        header = next(csv.reader(line for line in f if not line.startswith("#")))
    assert header == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_arabic_and_english_files_share_a_header(name):
    ar = DATA / "lexicons" / "ar" / name
    if not ar.exists():
        pytest.skip("no Arabic file yet")
    with ar.open(encoding="utf-8") as f:
        header = next(csv.reader(line for line in f if not line.startswith("#")))
    assert header == HEADERS[name]


@pytest.mark.parametrize("item", ALL_ROWS, ids=_id)
def test_phrase_is_lower_case_words_the_tokenizer_can_meet(item):
    _, row = item
    p = row.phrase
    assert p == p.lower() == " ".join(p.split())
    for word in normalize(p).text.split():
        assert WORD.fullmatch(word), f"{row.where}: {word!r} is never one token"


@pytest.mark.parametrize("row", rows("types.csv"), ids=lambda r: r.phrase)
def test_type_rows_use_the_closed_vocabulary_and_say_something(row):
    t, w = row.values["type"], row.values["weapon"]
    assert t in TYPES or (t == "" and w) or (t == "none" and not w), row.where
    assert w == "" or w.replace("_", "").isalpha() and w == w.lower()


@pytest.mark.parametrize("row", rows("actors.csv"), ids=lambda r: r.phrase)
def test_actor_rows_use_the_closed_vocabulary(row):
    assert row.values["actor"] in ACTORS, row.where


@pytest.mark.parametrize("row", rows("casualties.csv"), ids=lambda r: r.phrase)
def test_casualty_rows_have_a_known_kind(row):
    assert row.values["kind"] in CASUALTY_KINDS, row.where
    assert row.values["number"] == "" or row.values["number"].isdigit()


@pytest.mark.parametrize("row", rows("quantities.csv"), ids=lambda r: r.phrase)
def test_quantity_rows_have_a_kind_and_a_fitting_value(row):
    kind, value = row.values["kind"], row.values["value"]
    if kind in ("exact", "vague"):
        assert value.isdigit() and int(value) > 0, row.where
    elif kind == "article":
        assert value == "1", row.where
    elif kind == "between":
        assert value == "", row.where
    elif kind in QUALIFIERS:
        assert value == "", row.where
    else:
        assert kind == "zero" and value in ZERO_SCOPES, row.where


@pytest.mark.parametrize("row", rows("place_cues.csv"), ids=lambda r: r.phrase)
def test_place_cue_levels_are_gazetteer_levels_or_any(row):
    assert row.values["level"] in (*LEVELS, "any"), row.where


@pytest.mark.parametrize("row", rows("not_places.csv"), ids=lambda r: r.phrase)
def test_not_place_kinds_are_known(row):
    assert row.values["kind"] in NOT_PLACE_KINDS, row.where


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_phrase_has_two_conflicting_meanings(name):
    seen = defaultdict(set)
    for r in rows(name):
        seen[key(r.phrase)].add(meaning(name, r))
    assert {k: m for k, m in seen.items() if len(m) > 1} == {}


def test_the_english_lexicons_load_through_the_lexicon_module():
    loaded = load("en")
    for name in HEADERS:
        assert loaded[name.removesuffix(".csv")], name


def lookup(name):
    table = {}
    for r in rows(name):
        table[key(r.phrase)] = meaning(name, r)
    return table


@pytest.mark.parametrize("t", TYPES)
def test_every_type_has_english_words(t):
    assert any(r.values["type"] == t for r in rows("types.csv"))


@pytest.mark.parametrize("a", ACTORS)
def test_every_actor_has_english_names(a):
    assert any(r.values["actor"] == a for r in rows("actors.csv"))


@pytest.mark.parametrize("phrase, t, w", [
    ("airstrike", "airstrike", ""), ("air strikes", "airstrike", ""), ("air raid", "airstrike", ""),
    ("warplanes", "airstrike", ""), ("jets", "airstrike", ""), ("bombed from the air", "airstrike", ""),
    ("helicopters", "", "helicopter"), ("barrel bombs", "barrel_bomb", ""), ("barrel bomb", "barrel_bomb", ""),
    ("artillery", "artillery", ""), ("shelling", "shelling", ""), ("shelled", "shelling", ""),
    ("shell", "shelling", ""), ("rockets", "rocket", ""), ("missile", "rocket", ""),
    ("grad rockets", "rocket", "grad"), ("surface-to-surface missiles", "rocket", ""),
    ("mortar", "mortar", ""), ("mortar shells", "mortar", ""), ("clashes", "clashes", ""),
    ("fighting", "clashes", ""), ("battles", "clashes", ""), ("advanced", "clashes", ""),
    ("captured", "clashes", ""), ("chemical", "chemical", ""), ("chlorine", "chemical", "chlorine"),
    ("sarin", "chemical", "sarin"), ("toxic gas", "chemical", ""), ("ied", "ied", ""),
    ("car bomb", "ied", "car_bomb"), ("explosion", "ied", ""), ("suicide bomber", "ied", "suicide"),
    ("sniper", "sniper", ""), ("snipers", "sniper", ""), ("sniper fire", "sniper", ""),
    ("bunker-buster", "", "bunker_buster"), ("bunker buster bombs", "", "bunker_buster"),
    ("cluster munitions", "", "cluster"), ("napalm", "", "incendiary"), ("white phosphorus", "", "incendiary"),
    ("vacuum bombs", "", "vacuum"), ("tank", "", "tank"),
])
def test_issue_3_type_words(phrase, t, w):
    assert lookup("types.csv")[key(phrase)][:2] == (t, w)


@pytest.mark.parametrize("phrase, carrier", [
    ("warplanes", "yes"), ("jets", "yes"), ("aircraft", "yes"), ("air force", "yes"),
    ("airstrikes", ""), ("air raid", ""), ("drone strike", ""), ("barrel bombs", ""),
])
def test_aircraft_words_are_carriers_and_strike_words_are_not(phrase, carrier):
    assert lookup("types.csv")[key(phrase)][2] == carrier


@pytest.mark.parametrize("phrase, actor", [
    ("russian", "russia"), ("russia", "russia"), ("russian jets", "russia"), ("russian warplanes", "russia"),
    ("regime", "government"), ("government forces", "government"), ("assad forces", "government"),
    ("assad's forces", "government"), ("saa", "government"), ("syrian army", "government"),
    ("pro-government", "government"), ("rebels", "opposition"), ("fsa", "opposition"),
    ("free syrian army", "opposition"), ("opposition fighters", "opposition"),
    ("opposition factions", "opposition"), ("turkish-backed", "opposition"), ("isis", "isis"),
    ("isil", "isis"), ("islamic state", "isis"), ("daesh", "isis"), ("hts", "hts"),
    ("hayat tahrir al-sham", "hts"), ("hay'at tahrir al-sham", "hts"), ("nusra", "hts"),
    ("al-nusra front", "hts"), ("jabhat al-nusra", "hts"), ("fateh al-sham", "hts"), ("sdf", "sdf"),
    ("ypg", "sdf"), ("kurdish forces", "sdf"), ("coalition", "coalition"),
    ("us-led coalition", "coalition"), ("hezbollah", "iran_militias"),
    ("iranian militias", "iran_militias"), ("irgc", "iran_militias"), ("turkish army", "turkey"),
    ("turkey", "turkey"), ("unidentified gunmen", "unknown"), ("unknown gunmen", "unknown"),
])
def test_issue_3_actor_names(phrase, actor):
    assert lookup("actors.csv")[key(phrase)] == (actor,)


def test_the_turkish_border_names_no_actor():
    assert key("turkish") not in lookup("actors.csv")


@pytest.mark.parametrize("phrase, kind", [
    ("killed", "killed"), ("dead", "killed"), ("died", "killed"), ("deaths", "killed"),
    ("martyrs", "killed"), ("fatalities", "killed"), ("lives lost", "killed"), ("victims", "killed"),
    ("wounded", "wounded"), ("injured", "wounded"), ("hurt", "wounded"), ("injuries", "wounded"),
    ("casualties", "ignore"), ("no reports of casualties", "ignore"), ("civilians", "person"),
])
def test_casualty_words(phrase, kind):
    assert lookup("casualties.csv")[key(phrase)][0] == kind


ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
NUMBER_WORDS = ([(w, n) for n, w in enumerate(ONES, 1)] + [(w, n) for n, w in enumerate(TEENS, 10)]
                + [(w, 10 * n) for n, w in enumerate(TENS, 2)]
                + [(f"{t}{sep}{o}", 10 * i + j) for i, t in enumerate(TENS, 2) for j, o in enumerate(ONES, 1)
                   for sep in ("-", " ")])


@pytest.mark.parametrize("phrase, n", NUMBER_WORDS + [("a hundred", 100), ("two hundred", 200),
                                                      ("a dozen", 12)])
def test_number_words_are_exact(phrase, n):
    assert lookup("quantities.csv")[key(phrase)] == ("exact", str(n))


@pytest.mark.parametrize("phrase, kind, value", [
    ("dozens", "vague", "24"), ("dozens of", "vague", "24"), ("scores", "vague", "24"),
    ("tens", "vague", "24"), ("hundreds", "vague", "200"), ("several", "vague", "2"),
    ("a number of", "vague", "2"), ("some", "vague", "2"), ("a few", "vague", "2"),
    ("many", "vague", "2"), ("numerous", "vague", "2"), ("more than", "more_than", ""),
    ("over", "more_than", ""), ("at least", "at_least", ""), ("around", "about", ""),
    ("about", "about", ""), ("nearly", "about", ""), ("approximately", "about", ""),
    ("no casualties", "zero", "both"), ("without casualties", "zero", "both"),
    ("no one was hurt", "zero", "both"), ("no deaths", "zero", "killed"),
    ("no injuries", "zero", "wounded"),
])
def test_qualifiers_vague_words_and_zeros(phrase, kind, value):
    assert lookup("quantities.csv")[key(phrase)] == (kind, value)


@pytest.mark.parametrize("phrase, level", [
    ("neighbourhood", "neighbourhood"), ("neighborhood", "neighbourhood"), ("district", "neighbourhood"),
    ("quarter", "neighbourhood"), ("city", "city"), ("town", "town"), ("village", "village"),
    ("farms", "village"), ("countryside", "region"), ("front", "any"), ("camp", "camp"),
    ("province", "governorate"),
])
def test_place_cue_levels(phrase, level):
    assert lookup("place_cues.csv")[key(phrase)] == (level,)


@pytest.mark.parametrize("phrase", ["syria", "turkey", "russia", "iran", "europe", "united nations", "un",
                                    "security council", "geneva", "washington", "moscow", "saudi arabia",
                                    "beirut", "kilis", "new york"])
def test_countries_organisations_and_places_abroad_are_not_places(phrase):
    assert key(phrase) in lookup("not_places.csv")


def test_massacre_words():
    assert {key(p) for p in ("massacre", "massacres")} <= set(lookup("massacre.csv"))
