"""The lexicon data files of one language (`data/lexicons/{lang}/*.csv`), loaded once.

Each file is UTF-8 CSV with a header; `#` lines are comments. See docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core import DATA
from core.model import ACTORS, TYPES

LEXICON_DIR = DATA / "lexicons"

_KINDS = {
    "casualties.csv": {"killed", "wounded", "person", "ignore"},
    "quantities.csv": {"exact", "more_than", "at_least", "about", "vague", "zero", "article", "between", "plus", "negation", "upto", "age", "year"},
}

ROLE_FIELDS = {"link": "links", "conjunction": "conjunctions", "scope_opener": "scope_openers", "compass": "compass",
               "parenthetical": "parenthetical", "reporting": "reporting", "opponent": "opponents", "agent": "agents",
               "name_particle": "name_particles", "background": "background", "source": "sources",
               "belonging": "belonging", "force": "forces", "new_story": "new_story", "claim": "claims",
               "against": "against", "city_part": "city_parts", "truce": "truces", "unit": "units", "site": "sites",
               "spread": "spreads", "name_tail": "name_tails", "title": "titles",
               "resuming": "resuming", "capture": "captures", "countryside": "countrysides",
               "own_countryside": "own_countrysides",
               "retelling": "retelling", "after": "afters", "elapsed": "elapsed", "vicinity": "vicinities", "road": "roads",
               "frame": "frames", "campaign": "campaigns", "outskirts": "outskirts", "part_link": "part_links",
               "companion": "companions", "others": "others", "fighters": "fighters",
               "cause": "causes", "deprivation": "deprivations",
               "protest": "protests", "protest_object": "protest_objects", "trend": "trends",
               "continuation": "continuations",
               "projection": "projections", "facility": "facilities", "motion": "motions",
               "suburb": "suburbs"}
"""Each function_words.csv role and the `core.extract.engine.Engine` field that holds its words."""
_ROLES = set(ROLE_FIELDS)


class LexiconError(ValueError):
    """A lexicon row that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Row:
    """One lexicon row: its phrase, its other columns, and where it came from."""
    phrase: str
    values: dict
    where: str


def read_rows(path: Path) -> list[Row]:
    """Rows of one lexicon file, comments skipped; missing files read as empty."""
    if not path.exists():
        return []
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return rows
    reader = csv.DictReader([line for _, line in lines])
    for (n, _), rec in zip(lines[1:], reader):
        where = f"{path}:{n}"
        phrase = (rec.get("phrase") or "").strip()
        if not phrase:
            raise LexiconError(f"{where}: empty phrase")
        values = {k: (v or "").strip() for k, v in rec.items() if k and k != "phrase"}
        _check(path.name, values, where)
        rows.append(Row(phrase, values, where))
    return rows


def _check(name: str, values: dict, where: str) -> None:
    if name == "types.csv" and values.get("type") and values["type"] not in (*TYPES, "none"):
        raise LexiconError(f"{where}: unknown type {values['type']!r}")
    if name in ("actors.csv", "cased_actors.csv") and values.get("actor") not in ACTORS:
        raise LexiconError(f"{where}: unknown actor {values.get('actor')!r}")
    if name == "function_words.csv" and values.get("role") not in _ROLES:
        raise LexiconError(f"{where}: unknown role {values.get('role')!r} (one of {', '.join(sorted(_ROLES))})")
    kinds = _KINDS.get(name)
    if kinds and values.get("kind") not in kinds:
        raise LexiconError(f"{where}: unknown kind {values.get('kind')!r}")


@lru_cache(maxsize=None)
def load(lang: str) -> dict[str, list[Row]]:
    """Every lexicon file of `lang`, keyed by file stem (types, actors, casualties...)."""
    folder = LEXICON_DIR / lang
    return {p.stem: read_rows(p) for p in sorted(folder.glob("*.csv"))}
