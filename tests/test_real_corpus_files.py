"""The real corpus's files are in the shape the scoreboard relies on (tests/reports/real/{ar,en}): each
passage has its expected file and exactly one provenance row, no passage is there twice (same text or
same address), the provenance files' "N passages." lines are right, and every expected file keeps the
contract's closed vocabularies, levels and count shape (../shared/spec/INCIDENTS.md)."""
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

from bench.real_scoreboard import provenance_rows
from core.arabic import norm
from core.gazetteer_rows import GOVERNORATES
from core.model import ACTORS, LEVELS, TYPES

REAL = Path(__file__).parent / "reports" / "real"
LANGS = ("ar", "en")
TOP_KEYS = {"lang", "date", "incidents", "not_places", "unresolved"}
INCIDENT_KEYS = {"place_ar", "place_en", "level", "governorate", "types", "actors", "killed", "wounded",
                 "massacre", "shared", "note", "optional", "may"}
COUNT_KEYS = {"low", "best", "high", "vague", "text"}


def stems(lang: str, suffix: str) -> set[str]:
    return {p.name[: -len(suffix)] for p in (REAL / lang).glob("*" + suffix)}


def rows(lang: str) -> list[tuple[str, str, dict[str, str]]]:
    """(provenance file name, stem, row) for every row of the language's PROVENANCE*.md files."""
    return [(f.name, stem, row) for f in sorted((REAL / lang).glob("PROVENANCE*.md"))
            for stem, row in provenance_rows(f.read_text(encoding="utf-8"))]


def expected(lang: str) -> dict[str, dict]:
    return {p.name[: -len(".expected.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((REAL / lang).glob("*.expected.json"))}


def address_key(address: str) -> str:
    """An address as a page: scheme, www, percent-encoding, case, a trailing slash or /amp and WordPress's
    ?p=N against /N/ do not make two pages."""
    a = unquote(address.strip().strip("<>")).lower()
    a = re.sub(r"^https?://(www\.)?", "", a)
    a = re.sub(r"(/amp)?/*$", "", a)
    return re.sub(r"/\?p=(\d+)$", r"/\1", a)


def text_key(text: str) -> str:
    """A passage's words, normalised as the extractor reads them (spacing, hamza, ى/ي do not differ)."""
    return " ".join(re.findall(r"\w+", norm(text).lower()))


def repeated(items) -> list:
    return sorted(k for k, n in Counter(items).items() if n > 1)


@pytest.mark.parametrize("lang", LANGS)
def test_every_passage_has_its_expected_file_and_every_expected_file_its_passage(lang):
    txt, js = stems(lang, ".txt"), stems(lang, ".expected.json")
    assert (sorted(txt - js), sorted(js - txt)) == ([], [])


@pytest.mark.parametrize("lang", LANGS)
def test_every_passage_has_exactly_one_provenance_row_naming_its_file_exactly(lang):
    table = rows(lang)
    txt = stems(lang, ".txt")
    inexact = [row["file"] for _, stem, row in table if row["file"] not in (stem, stem + ".txt")]
    assert inexact == []
    assert repeated(stem for _, stem, _ in table) == []
    named = {stem for _, stem, _ in table}
    assert (sorted(txt - named), sorted(named - txt)) == ([], [])


@pytest.mark.parametrize("lang", LANGS)
def test_every_provenance_row_gives_address_publisher_date_and_licence(lang):
    empty = [(stem, col) for _, stem, row in rows(lang) for col in ("address", "publisher", "date", "licence")
             if not row.get(col)]
    assert empty == []


@pytest.mark.parametrize("lang", LANGS)
def test_each_provenance_file_ends_with_the_number_of_its_passages(lang):
    table = rows(lang)
    for f in sorted((REAL / lang).glob("PROVENANCE*.md")):
        lines = f.read_text(encoding="utf-8").rstrip().splitlines()
        count = sum(name == f.name for name, _, _ in table)
        assert lines[-1] == f"{count} passages.", f.name


def test_no_two_passages_share_a_text():
    keys = {f"{lang}/{p.stem}": text_key(p.read_text(encoding="utf-8"))
            for lang in LANGS for p in (REAL / lang).glob("*.txt")}
    assert [names for names in _groups(keys) if len(names) > 1] == []


def test_no_two_passages_share_an_address():
    keys = {f"{lang}/{stem}": address_key(row["address"]) for lang in LANGS for _, stem, row in rows(lang)}
    assert [names for names in _groups(keys) if len(names) > 1] == []


def _groups(keys: dict[str, str]) -> list[list[str]]:
    by: dict[str, list[str]] = {}
    for name, key in sorted(keys.items()):
        by.setdefault(key, []).append(name)
    return list(by.values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_expected_file_has_the_format_of_the_corpus(lang):
    wrong = []
    for name, e in expected(lang).items():
        if set(e) - {"note"} != TOP_KEYS or e["lang"] != lang:
            wrong.append(f"{name}: keys {sorted(e)} lang {e.get('lang')}")
        elif e["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
            wrong.append(f"{name}: date {e['date']}")
        wrong += [f"{name}: {k} is not a list of names" for k in ("not_places", "unresolved")
                  if not isinstance(e[k], list) or not all(isinstance(x, str) for x in e[k])]
    assert wrong == []


def incident_problems(g: dict) -> list[str]:
    """What in one coded incident leaves the contract: keys, closed vocabularies, level, governorate."""
    may = g.get("may") or {}
    found = [f"key {k}" for k in sorted(set(g) - INCIDENT_KEYS)]
    found += [f"may key {k}" for k in sorted(set(may) - {"types", "actors"})]
    for key, vocabulary in (("types", TYPES), ("actors", ACTORS)):
        values = list(g.get(key, [])) + list(may.get(key, []))
        found += [f"{key} {v}" for v in values if v not in vocabulary]
        found += [f"{key} repeated"] if len(set(g.get(key, []))) != len(g.get(key, [])) else []
    if not g.get("optional"):
        found += [f"no {k}" for k in ("place_ar", "place_en", "level", "governorate", "types", "actors")
                  if k not in g]
    found += [f"level {g['level']}"] if "level" in g and g["level"] not in LEVELS else []
    found += [f"governorate {g['governorate']}"] if "governorate" in g and g["governorate"] not in GOVERNORATES else []
    found += [f"{k} {g[k]!r}" for k in ("massacre", "shared", "optional") if k in g and not isinstance(g[k], bool)]
    return found


def count_problems(c) -> list[str]:
    """A count is null or {low, best, high, vague, text} with a low or a best, whole numbers low <= best <= high."""
    if c is None:
        return []
    if not isinstance(c, dict) or set(c) - COUNT_KEYS or not {"low", "best"} & set(c):
        return [f"shape {c}"]
    numbers = [c.get(k) for k in ("low", "best", "high") if c.get(k) is not None]
    if not all(type(n) is int and n >= 0 for n in numbers) or numbers != sorted(numbers):
        return [f"numbers {c}"]
    if "vague" in c and not isinstance(c["vague"], bool) or c.get("low") is not None and not c.get("vague"):
        return [f"a low bound without vague {c}"]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_every_coded_incident_keeps_the_closed_vocabularies_levels_and_count_shape(lang):
    wrong = [f"{name} {g.get('place_en') or g.get('place_ar')}: {p}"
             for name, e in expected(lang).items() for g in e["incidents"]
             for p in incident_problems(g) + count_problems(g.get("killed")) + count_problems(g.get("wounded"))]
    assert wrong == []
