"""Extraction throughput on 1 MB and 10 MB of varied report text (Arabic, then English).

Run: .venv/bin/python bench/extract_speed.py [--lang ar|en|both] [--workers N]
Goal: >= 2 MB/s, and 10 MB taking <= 11x the 1 MB time (linear growth). Words a second are printed
too: an English megabyte holds about 1.65 times the words of an Arabic one.
Long texts are read by one forked worker per core (as under the CLI); --workers 1 measures one core.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.arabic import WORD  # noqa: E402
from core.extract import extract  # noqa: E402
from core.gazetteer import load_default  # noqa: E402


def corpus(lang: str) -> list[str]:
    """Paragraphs of the bundled example and the test corpus in one language."""
    files = sorted((ROOT / "tests" / "reports" / lang).glob("*.txt"))
    if lang == "ar":
        files.append(ROOT / "data" / "examples" / "aleppo_ghouta_report_ar.txt")
    paras = []
    for f in files:
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return paras


def text_of(paras: list[str], size_bytes: int, seed: int = 7) -> str:
    """Shuffled paragraphs up to `size_bytes` of UTF-8, so no two stretches repeat in order."""
    rng = random.Random(seed)
    out, n = [], 0
    while n < size_bytes:
        p = rng.choice(paras)
        out.append(p)
        n += len(p.encode("utf-8")) + 1
    return "\n".join(out)


def measure(text: str, gz, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        extract(text, gazetteer=gz)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    ap.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    args = ap.parse_args()
    if args.workers:
        os.environ["INCIDENT_MAP_WORKERS"] = str(args.workers)
    print(f"workers: {os.environ.get('INCIDENT_MAP_WORKERS') or len(os.sched_getaffinity(0))}")
    gz = load_default()
    extract("تمهيد", gazetteer=gz)
    extract("warm up", gazetteer=gz)
    for lang in (("ar", "en") if args.lang == "both" else (args.lang,)):
        paras = corpus(lang)
        if not paras:
            print(f"{lang}: no corpus paragraphs found")
            continue
        times = {}
        for mb in (1, 10):
            text = text_of(paras, mb * 1_000_000)
            size = len(text.encode("utf-8")) / 1e6
            words = sum(1 for _ in WORD.finditer(text))
            t = measure(text, gz, repeat=2 if mb == 1 else 1)
            times[mb] = t
            print(f"{lang} {size:5.2f} MB  {t:6.2f} s  {size / t:5.2f} MB/s  {words / t / 1000:5.0f}k words/s")
        print(f"{lang} growth 10 MB / 1 MB time: {times[10] / times[1]:.2f}x (goal <= 11x)")


if __name__ == "__main__":
    main()
