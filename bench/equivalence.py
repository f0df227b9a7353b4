"""Byte-for-byte check of `python -m core extract --format json` output before and after a change.

Run: python bench/equivalence.py save DIR      (record outputs of the code as it is now)
     python bench/equivalence.py compare DIR   (print how many outputs are identical, list the rest)
Inputs: every report in tests/reports/{ar,en}, the real corpus tests/reports/real/{ar,en}, data/examples/*.txt, and the 1 MB bench texts of
bench/extract_speed.py in both languages, those read once in one process and once by forked
workers (the section path). Output is produced in-process exactly as the command prints it.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from core.extract import extract  # noqa: E402
from core.model import to_dict  # noqa: E402
from extract_speed import corpus, text_of  # noqa: E402


def printed(text: str) -> bytes:
    """What `python -m core extract --format json` prints for `text`."""
    out = io.StringIO()
    json.dump(to_dict(extract(text)), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return out.getvalue().encode("utf-8")


def inputs():
    """(name, text, workers) of every input compared."""
    reports = sorted((ROOT / "tests" / "reports").glob("*/*.txt"))
    reports += sorted((ROOT / "tests" / "reports" / "real").glob("*/*.txt"))
    for path in reports + sorted((ROOT / "data" / "examples").glob("*.txt")):
        yield str(path.relative_to(ROOT)).replace("/", "__"), path.read_text(encoding="utf-8"), "1"
    for lang in ("ar", "en"):
        text = text_of(corpus(lang), 1_000_000)
        for workers in ("1", "2"):
            yield f"bench_{lang}_1MB_workers{workers}", text, workers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("save", "compare"))
    ap.add_argument("dir", type=Path)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    same, differ, missing = 0, [], []
    for name, text, workers in inputs():
        os.environ["INCIDENT_MAP_WORKERS"] = workers
        got = printed(text)
        path = args.dir / f"{name}.json"
        if args.mode == "save":
            path.write_bytes(got)
            same += 1
        elif not path.exists():
            missing.append(name)
        elif path.read_bytes() == got:
            same += 1
        else:
            differ.append(name)
            (args.dir / f"{name}.new.json").write_bytes(got)
    if args.mode == "save":
        print(f"saved {same} outputs in {args.dir}")
        return 0
    print(f"identical: {same}  different: {len(differ)}  missing: {len(missing)}")
    for name in differ:
        print(f"  differs: {name}  (new output beside it as .new.json)")
    for name in missing:
        print(f"  no baseline: {name}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
