"""This checkout's `python -m core extract` against another checkout's (say main, unpacked with
`git archive main | tar -x -C /tmp/main`) on the same texts, runs interleaved so a busy machine
slows both alike, with the Aho-Corasick scan floor of bench/extract_speed.py measured in the same run.

Run: python bench/compare_speed.py OTHER_CHECKOUT [--mb 5] [--rounds 3] [--lang ar|en|both]
Prints, per language, the best time of each checkout, MB/s and the ratio to the scan.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from extract_speed import corpus, scan_time, scanner, text_of  # noqa: E402
from core.gazetteer import load_default  # noqa: E402


def cli_time(checkout: Path, path: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "core", "extract", path, "--format", "json"], cwd=checkout, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(checkout)})
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("other", type=Path)
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    args = ap.parse_args()
    gz = load_default()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for lang in (("ar", "en") if args.lang == "both" else (args.lang,)):
        text = text_of(corpus(lang), int(args.mb * 1_000_000))
        size = len(text.encode("utf-8")) / 1e6
        auto, fold = scanner(lang, gz)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
            f.write(text)
        try:
            best = {"other": float("inf"), "this": float("inf")}
            scan = float("inf")
            for _ in range(args.rounds):
                scan = min(scan, scan_time(text, auto, fold)[0])
                best["other"] = min(best["other"], cli_time(args.other.resolve(), f.name))
                best["this"] = min(best["this"], cli_time(ROOT, f.name))
        finally:
            os.unlink(f.name)
        print(f"{lang} {size:.2f} MB scan floor {scan:.2f} s ({size / scan:.1f} MB/s)")
        for name, t in best.items():
            print(f"{lang}   {name:5} {t:6.2f} s  {size / t:5.2f} MB/s  = {t / scan:5.1f}x the scan")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
