"""Extraction time of the bundled example as the user gazetteer grows: 0, 50k (the bound), 100k
and 1M user places.

Run: .venv/bin/python bench/user_gazetteer_speed.py [--sizes 0,50000,100000,1000000]
Each size runs `python -m core extract` in a fresh process (as a user does), so loading the user
file and building the engine are counted: the first run after the file changed (it writes the file's
index, core/gazetteer_index.py) apart, and the best of the next two (they read the index). The places are made-up names (random Arabic and Latin
letters) on the points of bundled entries, written to a temporary file; nothing is kept.
The user file is bounded (core.gazetteer.MAX_USER_PLACES): imports stop there, and a file past it
is refused with one line, in about the time of an empty one. Goal: every size within a few times
the time with none, and a file past the bound refused within 1.5x that time (ratios printed).
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.gazetteer import BUNDLED, COLUMNS, USER_ENV, read_rows  # noqa: E402

EXAMPLE = ROOT / "data" / "examples" / "aleppo_ghouta_report_ar.txt"
_AR = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
_EN = "bcdfghjklmnpqrstvwxz"


def user_file(path: Path, n: int, seed: int = 13) -> None:
    """`n` made-up places (ids user-bench-K) at the points of bundled entries."""
    points = [(e.lat, e.lon) for _, e in read_rows(BUNDLED)]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for k in range(n):
            lat, lon = points[k % len(points)]
            ar = "".join(rng.choice(_AR) for _ in range(rng.randint(5, 9)))
            en = "".join(rng.choice(_EN) for _ in range(rng.randint(6, 10))).capitalize()
            row = {"id": f"user-bench-{k}", "name_en": en, "name_ar": ar, "level": "village",
                   "lat": lat, "lon": lon, "precision": "decimal", "source": "bench"}
            w.writerow([row.get(c, "") for c in COLUMNS])


def extract_seconds(user: Path) -> tuple[float, str]:
    """Wall time of one `extract` run of the example, and its last line of stderr (if it failed)."""
    env = dict(os.environ, **{USER_ENV: str(user)})
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "core", "extract", str(EXAMPLE)], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    took = time.perf_counter() - t
    return took, "" if r.returncode == 0 else f"exit {r.returncode}: {r.stderr.strip().splitlines()[-1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0,50000,100000,1000000")
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"user_{n}.csv"
            if n:
                user_file(path, n)
            first, failed = extract_seconds(path)
            took = min(extract_seconds(path)[0] for _ in range(2))
            base = base or took
            size = f"{path.stat().st_size / 1e6:6.1f} MB" if n else "  (none) "
            print(f"{n:>9,} user places {size}: extract {took:6.2f} s ({took / base:4.2f}x the time with "
                  f"{sizes[0]:,}); first run {first:5.2f} s{'  ' + failed if failed else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
