"""Extraction throughput on 1 MB and 10 MB of varied report text (Arabic, then English).

Run: .venv/bin/python bench/extract_speed.py [--lang ar|en|both] [--workers N] [--cli-mb 5]
Goal: >= 2 MB/s, and 10 MB taking <= 11x the 1 MB time (linear growth). Words a second are printed
too: an English megabyte holds about 1.65 times the words of an Arabic one.
Long texts are read by one forked worker per core (as under the CLI); --workers 1 measures one core.
The floor: one Aho-Corasick scan (pyahocorasick) of every gazetteer name and lexicon phrase over
the same text, timed in the same run; no extractor of this kind beats it. `--cli-mb` megabytes
are then read through `python -m core extract` with its start-up, and the ratio to the scan of
that text is printed (goal: 10x or less).
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.arabic import WORD  # noqa: E402
from core.extract import extract  # noqa: E402
from core.arabic import norm  # noqa: E402
from core.gazetteer import load_default  # noqa: E402
from core.lexicon import load as load_lexicon  # noqa: E402


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


def scanner(lang: str, gz):
    """An Aho-Corasick automaton of every gazetteer name and lexicon phrase of `lang`, folded as the
    extractor folds text (normalised Arabic, lower-case English)."""
    import ahocorasick
    fold = norm if lang == "ar" else str.lower
    auto = ahocorasick.Automaton()
    names = [n for e in gz for n in (e.names_ar if lang == "ar" else e.names_en)]
    names += [r.phrase for rows in load_lexicon(lang).values() for r in rows]
    for n in names:
        key = fold(n).strip()
        if key:
            auto.add_word(key, len(key))
    auto.make_automaton()
    return auto, fold


def scan_time(text: str, auto, fold) -> tuple[float, int]:
    """Seconds for one fold and one scan of `text` (every match visited), and the matches."""
    t = time.perf_counter()
    hits = sum(1 for _ in auto.iter(fold(text)))
    return time.perf_counter() - t, hits


def cli_time(text: str) -> float:
    """Seconds for `python -m core extract FILE --format json` on `text`, start-up included."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    try:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "core", "extract", f.name, "--format", "json"], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - t
    finally:
        os.unlink(f.name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    ap.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    ap.add_argument("--cli-mb", type=float, default=5, help="megabytes read through the command line (0: skip)")
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
        if args.cli_mb:
            text = text_of(paras, int(args.cli_mb * 1_000_000))
            size = len(text.encode("utf-8")) / 1e6
            auto, fold = scanner(lang, gz)
            scan, hits = min(scan_time(text, auto, fold) for _ in range(3))
            t = cli_time(text)
            print(f"{lang} scan floor {size:5.2f} MB  {scan:6.2f} s  {size / scan:5.1f} MB/s  ({hits:,} matches)")
            print(f"{lang} CLI {size:5.2f} MB  {t:6.2f} s  {size / t:5.2f} MB/s  = {t / scan:4.1f}x the scan (goal <= 10x)")


if __name__ == "__main__":
    main()
