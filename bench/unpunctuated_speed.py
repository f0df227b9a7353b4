"""Reading time of text without punctuation or line breaks (OCR, PDF, social media) beside the same
text with them, through `python -m core extract` with its start-up (issue 13: linear time on any text).

Run: python bench/unpunctuated_speed.py [--mb 5] [--lang ar|en|both]
Goal: one line without punctuation within 2x the time of the punctuated text, in both languages.
The extraction alone is timed too (in this process, same workers), with the incidents found and the
size of the JSON printed: in a text without line breaks an event's date holds for everything after
it, so it makes many more incidents (place and date), and writing them is part of the CLI's time.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import cli_time, corpus, text_of  # noqa: E402
from core.extract import extract  # noqa: E402
from core.gazetteer import load_default  # noqa: E402
from core.model import to_dict  # noqa: E402

_PUNCTUATION = re.compile(r"[.!?؟\n،,؛;:()\-–—\"'|]+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    args = ap.parse_args()
    gz = load_default()
    extract("warm up", gazetteer=gz)
    for lang in (("ar", "en") if args.lang == "both" else (args.lang,)):
        text = text_of(corpus(lang), int(args.mb * 1_000_000))
        flat = _PUNCTUATION.sub(" ", text)
        size = len(text.encode("utf-8")) / 1e6
        punctuated, one_line = cli_time(text), cli_time(flat)
        print(f"{lang} {size:5.2f} MB CLI     punctuated {punctuated:6.2f} s   one line, no punctuation {one_line:6.2f} s"
              f"   = {one_line / punctuated:4.2f}x (goal <= 2x)")
        times, found = [], []
        for t_ in (text, flat):
            t = time.perf_counter()
            x = extract(t_, gazetteer=gz)
            times.append(time.perf_counter() - t)
            found.append(f"{len(x.incidents):,} incidents, JSON {len(json.dumps(to_dict(x), ensure_ascii=False, indent=2)) / 1e6:.1f} MB")
        print(f"{lang} {size:5.2f} MB extract punctuated {times[0]:6.2f} s   one line, no punctuation {times[1]:6.2f} s"
              f"   = {times[1] / times[0]:4.2f}x   ({found[0]} / {found[1]})")


if __name__ == "__main__":
    main()
