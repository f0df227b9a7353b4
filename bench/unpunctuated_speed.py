"""Reading time of text without punctuation or line breaks (OCR, PDF, social media) beside the same
text with them, through `python -m core extract` with its start-up (issue 13: linear time on any text).

Run: python bench/unpunctuated_speed.py [--mb 5] [--lang ar|en|both]
Goal: one line without punctuation within 2x the time of the punctuated text, in both languages.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import cli_time, corpus, text_of  # noqa: E402

_PUNCTUATION = re.compile(r"[.!?؟\n،,؛;:()\-–—\"'|]+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    args = ap.parse_args()
    for lang in (("ar", "en") if args.lang == "both" else (args.lang,)):
        text = text_of(corpus(lang), int(args.mb * 1_000_000))
        flat = _PUNCTUATION.sub(" ", text)
        size = len(text.encode("utf-8")) / 1e6
        punctuated, one_line = cli_time(text), cli_time(flat)
        print(f"{lang} {size:5.2f} MB punctuated {punctuated:6.2f} s   one line, no punctuation {one_line:6.2f} s"
              f"   = {one_line / punctuated:4.2f}x (goal <= 2x)")


if __name__ == "__main__":
    main()
