"""Places the real reports name that no open source has a point for (data/gazetteer_missing.csv):
the extractor lists them as "not in gazetteer" wherever they are named, instead of leaving them out."""
from __future__ import annotations

import csv
from functools import lru_cache

from core import DATA

GAPS = DATA / "gazetteer_missing.csv"


@lru_cache(maxsize=2)
def gap_names(lang: str) -> tuple[str, ...]:
    """The names of the known gaps in one language (Arabic: name_ar, else name_en), `#` lines skipped."""
    with GAPS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.lstrip().startswith("#")))
    column = "name_ar" if lang == "ar" else "name_en"
    return tuple(sorted({r[column].strip() for r in rows if (r.get(column) or "").strip()}))
