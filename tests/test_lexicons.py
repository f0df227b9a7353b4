"""The lexicon files of both languages (data/lexicons/{ar,en}/*.csv): format, closed vocabularies,
and the meanings the extractor relies on. Format checks run once per file and list every bad row."""
import csv
from collections import defaultdict

import pytest

from core.arabic import WORD, normalize
from core.lexicon import LEXICON_DIR, load, read_rows
from core.model import ACTORS, LEVELS, TYPES
from core.tokens import en_word_key

LANGS = ("ar", "en")
HEADERS = {
    "types.csv": ["phrase", "type", "weapon", "carrier"],
    "actors.csv": ["phrase", "actor"],
    "casualties.csv": ["phrase", "kind", "number", "verb"],
    "quantities.csv": ["phrase", "kind", "value"],
    "place_cues.csv": ["phrase", "level"],
    "not_places.csv": ["phrase", "kind"],
    "massacre.csv": ["phrase"],
}
FILES = [(lang, name) for lang in LANGS for name in HEADERS]
CASUALTY_KINDS = {"killed", "wounded", "person", "ignore"}
QUALIFIERS = {"more_than", "at_least", "about", "between", "plus", "upto"}
ZERO_SCOPES = {"both", "killed", "wounded"}
NOT_PLACE_KINDS = {"country", "organisation", "abroad"}
UNREACHABLE = {("ar", "types.csv"): "'م/د' (anti-tank) is not one token: صواريخ م/د never matches and reads as plain rockets"}
"""Files with rows the tokenizer can never meet, as strict xfails with the reason."""


def rows(lang, name):
    return read_rows(LEXICON_DIR / lang / name)


def key(lang, phrase):
    """The engine's matching key of a phrase: normalised Arabic, or English word keys."""
    text = normalize(phrase).text
    return text if lang == "ar" else "".join(en_word_key(w) for w in text.split())


def meaning(name, row):
    return tuple(row.values.get(c, "") for c in HEADERS[name][1:])


def lookup(lang, name):
    return {key(lang, r.phrase): meaning(name, r) for r in rows(lang, name)}


def value_problem(name, v):
    """Why a row's columns break the file's vocabulary, or None."""
    if name == "types.csv":
        t, w = v["type"], v["weapon"]
        ok = (t in TYPES or (t == "" and w) or (t == "none" and not w)) and (w == "" or w.replace("_", "").isalpha())
        return None if ok and w == w.lower() else f"type {t!r} weapon {w!r}"
    if name == "actors.csv":
        return None if v["actor"] in ACTORS else f"actor {v['actor']!r}"
    if name == "casualties.csv":
        return None if v["kind"] in CASUALTY_KINDS and (v["number"] == "" or v["number"].isdigit()) else f"{v}"
    if name == "quantities.csv":
        kind, value = v["kind"], v["value"]
        ok = ((kind in ("exact", "vague") and value.isdigit() and int(value) > 0) or (kind == "article" and value == "1")
              or (kind in QUALIFIERS and value == "") or (kind == "zero" and value in ZERO_SCOPES)
              or (kind == "negation" and value in ("", "any", "both")) or (kind == "age" and value in ("before", "after")) or (kind == "year" and value == "after"))
        return None if ok else f"kind {kind!r} value {value!r}"
    if name == "place_cues.csv":
        return None if v["level"] in (*LEVELS, "any", "suburb") else f"level {v['level']!r}"
    if name == "not_places.csv":
        return None if v["kind"] in NOT_PLACE_KINDS else f"kind {v['kind']!r}"
    return None


def file_case(lang, name):
    reason = UNREACHABLE.get((lang, name))
    return pytest.param(lang, name, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else (lang, name)


@pytest.mark.parametrize("lang, name", FILES)
def test_file_has_the_documented_header(lang, name):
    with (LEXICON_DIR / lang / name).open(encoding="utf-8") as f:
        header = next(csv.reader(line for line in f if not line.startswith("#")))
    assert header == HEADERS[name]


@pytest.mark.parametrize("lang, name", [file_case(lang, name) for lang, name in FILES])
def test_every_phrase_is_words_the_tokenizer_can_meet(lang, name):
    bad = [r.where for r in rows(lang, name)
           if not all(WORD.fullmatch(w) for w in normalize(r.phrase).text.split())
           or (lang == "en" and r.phrase != " ".join(r.phrase.lower().split()))]
    assert bad == []


@pytest.mark.parametrize("lang, name", FILES)
def test_every_row_uses_the_closed_vocabularies(lang, name):
    bad = [(r.where, p) for r in rows(lang, name) if (p := value_problem(name, r.values))]
    assert bad == []


@pytest.mark.parametrize("lang, name", FILES)
def test_no_phrase_has_two_conflicting_meanings(lang, name):
    seen = defaultdict(set)
    for r in rows(lang, name):
        seen[key(lang, r.phrase)].add(meaning(name, r))
    assert {k: m for k, m in seen.items() if len(m) > 1} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_type_and_actor_has_words_and_every_file_loads(lang):
    loaded = load(lang)
    assert all(loaded[name.removesuffix(".csv")] for name in HEADERS)
    assert {r.values["type"] for r in rows(lang, "types.csv")} >= set(TYPES)
    assert {r.values["actor"] for r in rows(lang, "actors.csv")} >= set(ACTORS)


@pytest.mark.parametrize("phrase, kind, n", [
    ("شهيد", "killed", "1"), ("شهيدان", "killed", "2"), ("شهيدين", "killed", "2"), ("قتيل", "killed", "1"),
    ("قتيلان", "killed", "2"), ("قتيلين", "killed", "2"), ("جريح", "wounded", "1"), ("جريحان", "wounded", "2"),
    ("جريحين", "wounded", "2"), ("جرحى", "wounded", ""), ("إصابات", "wounded", ""),
])
def test_arabic_singular_and_dual_casualty_nouns_carry_their_number(phrase, kind, n):
    assert lookup("ar", "casualties.csv")[key("ar", phrase)][:2] == (kind, n)


@pytest.mark.parametrize("phrase, kind, value", [
    ("عشرات", "vague", "24"), ("مئات", "vague", "200"), ("عدة", "vague", "2"), ("عدد من", "vague", "2"),
    ("أكثر من", "more_than", ""), ("نحو", "about", ""), ("حوالي", "about", ""), ("قرابة", "about", ""),
    ("ثلاثة", "exact", "3"), ("أحد عشر", "exact", "11"), ("عشرين", "exact", "20"),
])
def test_arabic_number_words_vague_words_and_qualifiers(phrase, kind, value):
    assert lookup("ar", "quantities.csv")[key("ar", phrase)] == (kind, value)


@pytest.mark.parametrize("lang, phrase, t, w", [
    ("ar", "غارة جوية", "airstrike", ""), ("ar", "برميل متفجر", "barrel_bomb", ""),
    ("ar", "قذائف الهاون", "mortar", ""), ("ar", "اشتباكات", "clashes", ""), ("ar", "عبوة ناسفة", "ied", ""),
    ("ar", "قناص", "sniper", ""),
    ("en", "airstrike", "airstrike", ""), ("en", "air raid", "airstrike", ""), ("en", "helicopters", "", "helicopter"),
    ("en", "barrel bombs", "barrel_bomb", ""), ("en", "artillery", "artillery", ""), ("en", "shelled", "shelling", ""),
    ("en", "grad rockets", "rocket", "grad"), ("en", "surface-to-surface missiles", "rocket", ""),
    ("en", "mortar shells", "mortar", ""), ("en", "captured", "clashes", ""), ("en", "chlorine", "chemical", "chlorine"),
    ("en", "sarin", "chemical", "sarin"), ("en", "car bomb", "ied", "car_bomb"), ("en", "suicide bomber", "ied", "suicide"),
    ("en", "sniper fire", "sniper", ""), ("en", "bunker buster bombs", "", "bunker_buster"),
    ("en", "cluster munitions", "", "cluster"), ("en", "white phosphorus", "", "incendiary"), ("en", "tank", "", "tank"),
])
def test_attack_words_name_their_type_and_weapon(lang, phrase, t, w):
    assert lookup(lang, "types.csv")[key(lang, phrase)][:2] == (t, w)


@pytest.mark.parametrize("phrase, carrier", [
    ("warplanes", "yes"), ("jets", "yes"), ("aircraft", "yes"), ("air force", "yes"),
    ("airstrikes", ""), ("air raid", ""), ("drone strike", ""), ("barrel bombs", ""),
])
def test_aircraft_words_are_carriers_and_strike_words_are_not(phrase, carrier):
    assert lookup("en", "types.csv")[key("en", phrase)][2] == carrier


@pytest.mark.parametrize("lang, phrase, actor", [
    ("ar", "قوات النظام", "government"), ("ar", "الطيران الروسي", "russia"), ("ar", "قسد", "sdf"),
    ("ar", "تنظيم الدولة", "isis"), ("ar", "هيئة تحرير الشام", "hts"), ("ar", "حزب الله", "iran_militias"),
    ("ar", "التحالف الدولي", "coalition"), ("ar", "الجيش التركي", "turkey"), ("ar", "الجيش الحر", "opposition"),
    ("en", "russian jets", "russia"), ("en", "assad's forces", "government"), ("en", "saa", "government"),
    ("en", "rebels", "opposition"), ("en", "turkish-backed", "opposition"), ("en", "islamic state", "isis"),
    ("en", "hay'at tahrir al-sham", "hts"), ("en", "jabhat al-nusra", "hts"), ("en", "ypg", "sdf"),
    ("en", "us-led coalition", "coalition"), ("en", "hezbollah", "iran_militias"), ("en", "turkish army", "turkey"),
    ("en", "unidentified gunmen", "unknown"),
])
def test_actor_names(lang, phrase, actor):
    assert lookup(lang, "actors.csv")[key(lang, phrase)] == (actor,)


def test_the_turkish_border_names_no_actor():
    assert key("en", "turkish") not in lookup("en", "actors.csv")


@pytest.mark.parametrize("phrase, kind", [
    ("killed", "killed"), ("dead", "killed"), ("martyrs", "killed"), ("fatalities", "killed"), ("victims", "killed"),
    ("wounded", "wounded"), ("injured", "wounded"), ("hurt", "wounded"), ("casualties", "ignore"),
    ("no reports of casualties", "ignore"), ("civilians", "person"),
])
def test_english_casualty_words(phrase, kind):
    assert lookup("en", "casualties.csv")[key("en", phrase)][0] == kind


ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def test_english_number_words_one_to_ninety_nine_are_exact():
    words = ([(w, n) for n, w in enumerate(ONES, 1)] + [(w, n) for n, w in enumerate(TEENS, 10)]
             + [(w, 10 * n) for n, w in enumerate(TENS, 2)]
             + [(f"{t}{sep}{o}", 10 * i + j) for i, t in enumerate(TENS, 2) for j, o in enumerate(ONES, 1)
                for sep in ("-", " ")] + [("a hundred", 100), ("two hundred", 200), ("a dozen", 12)])
    table = lookup("en", "quantities.csv")
    assert [(w, table.get(key("en", w))) for w, n in words if table.get(key("en", w)) != ("exact", str(n))] == []


@pytest.mark.parametrize("phrase, kind, value", [
    ("dozens", "vague", "24"), ("scores", "vague", "24"), ("tens", "vague", "24"), ("hundreds", "vague", "200"),
    ("several", "vague", "2"), ("a number of", "vague", "2"), ("a few", "vague", "2"), ("many", "vague", "2"),
    ("more than", "more_than", ""), ("over", "more_than", ""), ("at least", "at_least", ""), ("around", "about", ""),
    ("nearly", "about", ""), ("no casualties", "zero", "both"), ("no one was hurt", "zero", "both"),
    ("no deaths", "zero", "killed"), ("no injuries", "zero", "wounded"),
])
def test_english_qualifiers_vague_words_and_zeros(phrase, kind, value):
    assert lookup("en", "quantities.csv")[key("en", phrase)] == (kind, value)


@pytest.mark.parametrize("lang, phrase, level", [
    ("en", "neighbourhood", "neighbourhood"), ("en", "district", "neighbourhood"), ("en", "city", "city"),
    ("en", "village", "village"), ("en", "countryside", "region"), ("en", "front", "any"), ("en", "camp", "camp"),
    ("en", "province", "governorate"), ("ar", "حي", "neighbourhood"), ("ar", "مدينة", "city"), ("ar", "بلدة", "town"),
    ("ar", "قرية", "village"), ("ar", "ريف", "region"), ("ar", "مخيم", "camp"),
])
def test_place_cue_levels(lang, phrase, level):
    assert lookup(lang, "place_cues.csv")[key(lang, phrase)] == (level,)


@pytest.mark.parametrize("lang, phrase", [
    ("en", "syria"), ("en", "turkey"), ("en", "russia"), ("en", "united nations"), ("en", "security council"),
    ("en", "geneva"), ("en", "beirut"), ("en", "kilis"), ("ar", "سوريا"), ("ar", "تركيا"), ("ar", "روسيا"),
    ("ar", "الأمم المتحدة"), ("ar", "مجلس الأمن"),
])
def test_countries_organisations_and_places_abroad_are_not_places(lang, phrase):
    assert key(lang, phrase) in lookup(lang, "not_places.csv")


@pytest.mark.parametrize("lang, phrase", [("en", "massacre"), ("en", "massacres"), ("ar", "مجزرة")])
def test_massacre_words(lang, phrase):
    assert key(lang, phrase) in lookup(lang, "massacre.csv")
