"""Places the real reports name that no open source has a point for (data/gazetteer_missing.csv):
the extractor lists them as "not in gazetteer" wherever they are named, instead of leaving them out."""
from __future__ import annotations

import csv
from collections import defaultdict
from functools import lru_cache

from core import DATA

GAPS = DATA / "gazetteer_missing.csv"


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    """The file's rows, `#` lines skipped."""
    with GAPS.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(line for line in f if not line.lstrip().startswith("#")))


def _name(row: dict, lang: str) -> str:
    return (row.get("name_ar" if lang == "ar" else "name_en") or "").strip()


@lru_cache(maxsize=2)
def gap_names(lang: str) -> tuple[str, ...]:
    """The names of the known gaps in one language (Arabic: name_ar, else name_en), `#` lines skipped."""
    return tuple(sorted({_name(r, lang) for r in _rows() if _name(r, lang)}))


@lru_cache(maxsize=2)
def quarter_cities(lang: str) -> dict[str, tuple[str, str]]:
    """{gap name: (the Arabic name of its city, governorate)} for the gaps the file records as quarters
    of a city the gazetteer has (column `city`: حي الوعر is Homs's), in one language."""
    return {_name(r, lang): (r["city"].strip(), r["governorate"]) for r in _rows()
            if _name(r, lang) and (r.get("city") or "").strip()}


@lru_cache(maxsize=2)
def gap_governorates(lang: str) -> dict[str, frozenset[str]]:
    """{gap name as written in the file: the governorates the file records a place of that name in}."""
    found = defaultdict(set)
    for r in _rows():
        if (name := _name(r, lang)) and (r.get("governorate") or "").strip():
            found[name].add(r["governorate"].strip())
    return {name: frozenset(govs) for name, govs in found.items()}
