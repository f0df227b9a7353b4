"""Print the largest module, class and function of the project's Python code, against the limits
of the README's conventions (module <= 400 lines, class <= 250, function <= 60).

Run: python scripts/size_report.py [--top N] [PATH ...]   (default: core/)
Exit status 1 when a limit is passed, so CI can keep them.
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMITS = {"module": 400, "class": 250, "function": 60}


def sizes(paths: list[Path]):
    """(kind, lines, name) of every module, class and function under `paths`."""
    for path in paths:
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            src = f.read_text(encoding="utf-8")
            rel = f.resolve().relative_to(ROOT) if f.resolve().is_relative_to(ROOT) else f
            yield "module", len(src.splitlines()), str(rel)
            for node in ast.walk(ast.parse(src)):
                if isinstance(node, ast.ClassDef):
                    yield "class", node.end_lineno - node.lineno + 1, f"{rel}:{node.lineno} {node.name}"
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield "function", node.end_lineno - node.lineno + 1, f"{rel}:{node.lineno} {node.name}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "core"])
    ap.add_argument("--top", type=int, default=1, help="how many of each kind to print")
    args = ap.parse_args()
    found = list(sizes(args.paths))
    over = 0
    for kind, limit in LIMITS.items():
        ranked = sorted((x for x in found if x[0] == kind), key=lambda x: -x[1])
        over += sum(1 for x in ranked if x[1] > limit)
        for _, lines, name in ranked[:args.top]:
            flag = "  OVER" if lines > limit else ""
            print(f"largest {kind:8} {lines:5} lines (limit {limit})  {name}{flag}")
    print(f"{over} over the limits")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
