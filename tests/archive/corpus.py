"""Report texts for the archive tests, all from the real corpus files in tests/reports."""
from __future__ import annotations

import datetime as dt
import random
import re
from functools import lru_cache
from pathlib import Path

from core.extract import extract

REPORTS = Path(__file__).resolve().parents[1] / "reports"
PROBE_DAYS = ("2000-01-01", "2000-01-05")  # a Saturday and a Wednesday: "on Saturday" moves one


def text(name: str) -> str:
    """A corpus report by its path under tests/reports ('ar/atarib_market_massacre')."""
    return (REPORTS / f"{name}.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def reading(name: str, date: str | None = None):
    return extract(text(name), date=date)


def files() -> list[Path]:
    return sorted(REPORTS.glob("*/*.txt"))


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """Corpus sentences that give at least one incident on their own, all on the date the report
    gives them (no date of their own), so a generated report's date is its incidents' date."""
    out = []
    for f in files():
        for s in re.split(r"(?<=[.!؟?])\s+|\n+", f.read_text(encoding="utf-8")):
            s = s.strip()
            if len(s) < 40 or s in out:
                continue
            if all(_on_day(s, day) for day in PROBE_DAYS):
                out.append(s)
    return tuple(out)


def _on_day(sentence: str, day: str) -> bool:
    x = extract(sentence, date=day)
    return bool(x.incidents) and all(i.date in (None, day) for i in x.incidents)


def generated(n: int, seed: int = 17) -> list[tuple[str, str]]:
    """`n` reports (text, date) of 1-3 corpus sentences, each on its own day from 2017-01-01."""
    rng, pool, texts = random.Random(seed), sentences(), {}
    while len(texts) < n:
        texts.setdefault("\n".join(rng.sample(pool, rng.randint(1, 3))), None)
    start = dt.date(2017, 1, 1)
    return [(t, (start + dt.timedelta(days=k)).isoformat()) for k, t in enumerate(texts)]
