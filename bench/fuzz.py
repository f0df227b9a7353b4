"""Run the extractor's fuzz property (tests/test_extract_fuzz.py) for N minutes; print runs and failures.

Run: .venv/bin/python bench/fuzz.py [--minutes 10] [--save FILE]
Inputs mix lexicon phrases, gazetteer names, numbers and punctuation of both scripts. Each distinct
failure (the exception's last traceback line and where it was raised) is printed once with the
shortest input that gave it; --save writes them one per line as `repr(input)<TAB>last line`.
Goal: 0 failures in 10 minutes.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from tests.test_extract_fuzz import check_extraction, reports  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--save", help="file for the distinct failing inputs")
    args = ap.parse_args()
    runs, failures, distinct = 0, 0, {}

    @settings(max_examples=500, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(reports)
    def batch(text):
        nonlocal runs, failures
        runs += 1
        try:
            check_extraction(text)
        except Exception as e:  # noqa: BLE001 (every failure is counted, none stops the run)
            failures += 1
            frame = traceback.extract_tb(e.__traceback__)[-1]
            key = (f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:200],
                   f"{Path(frame.filename).name}:{frame.lineno}")
            if key not in distinct or len(text) < len(distinct[key]):
                distinct[key] = text

    start = time.monotonic()
    end = start + args.minutes * 60
    while time.monotonic() < end:
        batch()
        print(f"{time.monotonic() - start:7.0f} s: {runs:,} runs, {failures:,} failures, {len(distinct)} distinct",
              flush=True)
    took = time.monotonic() - start
    print(f"fuzz: {runs:,} runs in {took / 60:.1f} min ({runs / took:.0f} a second), {failures:,} failures, "
          f"{len(distinct)} distinct")
    for (last, where), text in sorted(distinct.items()):
        print(f"  {last} at {where}: {text!r}")
    if args.save and distinct:
        with open(args.save, "w", encoding="utf-8") as f:
            for (last, where), text in sorted(distinct.items()):
                f.write(f"{text!r}\t{last} ({where})\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
