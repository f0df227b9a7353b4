"""The engine of one language: every lexicon phrase and gazetteer name compiled for lookup, and
the function-word sets the stages ask about (built once per process and gazetteer)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from core import lexicon
from core.gaps import gap_names, quarter_cities
from core.arabic import name_key, norm, normalize, strip_al
from core.gazetteer import load_default
from core.matcher import PhraseMatcher
from core.tokens import ar_key, en_word_key
from core.translit import ARTICLES


@dataclass
class Engine:
    """Lexicons and gazetteer names of one language, compiled for lookup."""
    lang: str
    matcher: PhraseMatcher
    fillers: frozenset[str]
    en_places: dict[str, list] = field(default_factory=dict)
    en_prefixes: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    en_max_words: int = 5
    links: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    scope_openers: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()
    parenthetical: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    opponents: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    governorates: dict = field(default_factory=dict)
    preposition_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    background: frozenset[str] = frozenset()
    belonging: frozenset[str] = frozenset()
    forces: frozenset[str] = frozenset()
    new_story: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()
    truces: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    city_parts: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    spreads: frozenset[str] = frozenset()
    name_tails: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    resuming: frozenset[str] = frozenset()
    captures: frozenset[str] = frozenset()
    countrysides: frozenset[str] = frozenset()
    own_countrysides: frozenset[str] = frozenset()
    retelling: frozenset[str] = frozenset()
    afters: frozenset[str] = frozenset()
    elapsed: frozenset[str] = frozenset()
    vicinities: frozenset[str] = frozenset()
    suburbs: frozenset[str] = frozenset()
    roads: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()
    campaigns: frozenset[str] = frozenset()
    outskirts: frozenset[str] = frozenset()
    part_links: frozenset[str] = frozenset()
    companions: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    quarter_cities: dict = field(default_factory=dict)
    fighters: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    deprivations: frozenset[str] = frozenset()
    protests: frozenset[str] = frozenset()
    protest_objects: frozenset[str] = frozenset()
    trends: frozenset[str] = frozenset()
    continuations: frozenset[str] = frozenset()
    projections: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()
    motions: frozenset[str] = frozenset()
    cased_actors: dict = field(default_factory=dict)
    """{word as written: actor} (cased_actors.csv): sides named only by a word in its own capitals (IS)."""


_PLAIN_FILES = (("place_cues", "cue", "level"), ("not_places", "not_place", "kind"),
                ("massacre", "massacre", None), ("clause_breaks", "break", None),
                ("generic_places", "generic", None), ("victim_cues", "victim", "when"),
                ("locatives", "locative", "list"), ("common_words", "common", None),
                ("directions", "direction", "when"), ("anaphors", "anaphor", "level"),
                ("aggregate_cues", "aggregate", "scope"), ("target_verbs", "target", None),
                ("foreign_forces", "foreign", None), ("uncounted", "uncounted", "kind"), ("told_attacks", "told", None),
                ("habitual", "habitual", None), ("return_fire", "return_fire", None),
                ("additive_cues", "additive", None))
"""Lexicon files whose hits carry one column's value (or True): (file, hit kind, column)."""


def gazetteer_or_default(gazetteer):
    """The gazetteer given, else the bundled one with the user's places."""
    return gazetteer if gazetteer is not None else load_default()


def phrase_key(lang: str):
    """The function that turns a lexicon phrase into the matcher's key in `lang`."""
    if lang == "ar":
        return name_key

    def key(phrase: str) -> str:
        return "".join(en_word_key(w) for w in normalize(phrase).text.split())
    return key


def _add_lexicons(matcher: PhraseMatcher, rows: dict, key) -> None:
    """Every lexicon phrase into `matcher`, with the value its hits carry."""
    add = matcher.add
    for r in rows.get("types", ()):
        t = r.values.get("type")
        add(key(r.phrase), "type", (t if t and t != "none" else None, r.values.get("weapon") or None,
                                    r.values.get("carrier") or None), r.phrase)
    for r in rows.get("actors", ()):
        add(key(r.phrase), "actor", r.values["actor"], r.phrase)
    for r in rows.get("casualties", ()):
        n = r.values.get("number")
        add(key(r.phrase), "casualty", (r.values["kind"], int(n) if n else None, r.values.get("verb") == "yes"), r.phrase)
    for r in rows.get("quantities", ()):
        v = r.values.get("value", "")
        add(key(r.phrase), r.values["kind"] if r.values["kind"] in ("article", "negation") else "quantity",
            (r.values["kind"], int(v) if v.isdigit() else (v or None)), r.phrase)
    for name, kind, col in _PLAIN_FILES:
        for r in rows.get(name, ()):
            add(key(r.phrase), kind, r.values.get(col) if col else True, r.phrase)


@lru_cache(maxsize=8)
def engine(lang: str, gazetteer) -> Engine:
    """The compiled engine for `lang` over `gazetteer` (cached: built once per process)."""
    rows = lexicon.load(lang)
    matcher = PhraseMatcher(ar_key if lang == "ar" else en_word_key)
    key = phrase_key(lang)
    _add_lexicons(matcher, rows, key)
    fillers = frozenset(key(r.phrase) for r in rows.get("count_fillers", ()))
    for name in gap_names(lang):
        matcher.add(key(name), "gap", name, name)
    gz = gazetteer_or_default(gazetteer)
    if lang == "ar":
        for k, entries in gz.ar_index.items():
            for e in entries:
                matcher.add(k, "place", e, e.name_ar)
    heads = frozenset(key(r.phrase) if lang != "ar" else strip_al(norm(r.phrase)) for r in rows.get("compound_heads", ()))
    words = rows.get("function_words", ())

    def role(name: str) -> frozenset[str]:
        return frozenset(key(r.phrase) for r in words if r.values.get("role") == name)
    en_places = gz.en_index if lang != "ar" else {}
    en_prefixes = frozenset(k[:i] for k in en_places for i in range(1, len(k) + 1))
    governorates = {name_key(e.name_ar): e for e in gz if e.level == "governorate"}
    prepositions = frozenset(k for r in rows.get("locatives", ()) if " " not in r.phrase
                             for k in (key(r.phrase),) if k not in ARTICLES)
    return Engine(lang, matcher, fillers, en_places, en_prefixes, heads, preposition_words=prepositions,
                  governorates=governorates, quarter_cities=_quarter_cities(lang, gz),
                  cased_actors={r.phrase: r.values["actor"] for r in rows.get("cased_actors", ())},
                  **{f: role(r) for r, f in lexicon.ROLE_FIELDS.items()})


def _quarter_cities(lang: str, gz) -> dict:
    """{gap name: the gazetteer's city or town it is a quarter of} (data/gazetteer_missing.csv, column city)."""
    out = {}
    for name, (city, governorate) in quarter_cities(lang).items():
        found = [e for e in gz.lookup(city) if e.governorate == governorate and e.level in ("city", "town")]
        if found:
            out[name] = found[0]
    return out
