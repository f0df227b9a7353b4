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
    with GAPS.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(line for line in f if not line.lstrip().startswith("#")))


def _column(lang: str) -> str:
    return "name_ar" if lang == "ar" else "name_en"


@lru_cache(maxsize=2)
def gap_names(lang: str) -> tuple[str, ...]:
    """The names of the known gaps in one language (Arabic: name_ar, else name_en), `#` lines skipped."""
    column = _column(lang)
    return tuple(sorted({r[column].strip() for r in _rows() if (r.get(column) or "").strip()}))


@lru_cache(maxsize=2)
def gap_governorates(lang: str) -> dict[str, frozenset[str]]:
    """{gap name as written in the file: the governorates the file records a place of that name in}."""
    column, found = _column(lang), defaultdict(set)
    for r in _rows():
        if (name := (r.get(column) or "").strip()) and (r.get("governorate") or "").strip():
            found[name].add(r["governorate"].strip())
    return {name: frozenset(govs) for name, govs in found.items()}
