"""Server-side cost of a filter change on 1,000 incidents: filtering plus rebuilding the map HTML.

Run: .venv/bin/python bench/filter_speed.py   (goal: < 300 ms)
"""
from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import DATA  # noqa: E402
from core.extract import extract  # noqa: E402
from core.filters import Filter, apply  # noqa: E402
from core.mapbuild import map_html  # noqa: E402


def thousand():
    """1,000 incidents made from the example report's, each on a real gazetteer place."""
    base = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")).incidents
    return [replace(base[n % len(base)], id=f"i{n + 1}") for n in range(1000)]


def main() -> None:
    incidents = thousand()
    map_html(incidents[:5], tiles=False)
    for name, f in (("all types", Filter()), ("barrel bombs", Filter(types=frozenset({"barrel_bomb"}))),
                    ("airstrikes, min killed 1", Filter(types=frozenset({"airstrike"}), min_killed=1))):
        t = time.perf_counter()
        shown = apply(incidents, f)
        t_filter = time.perf_counter() - t
        map_html(shown, tiles=False, cluster=False)
        total = time.perf_counter() - t
        print(f"{name:28s} {len(shown):5d} shown  filter {t_filter * 1000:6.1f} ms  filter+map {total * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
