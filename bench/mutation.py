"""Mutation testing of the modules issue 14 names (mutmut): how many small code changes the fast
tests notice (killed) and which they do not (survived).

Run: .venv/bin/python bench/mutation.py [core.filters core.exports ...] [--list-survivors]
mutmut copies the project into mutants/ and runs the fast tests (`[tool.mutmut]` in pyproject.toml)
against each mutant; the modules it may change are `only_mutate` there. Expect minutes per module.
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["core.quantities", "core.exports", "core.filters", "core.mapbuild"]
MUTMUT = [sys.executable, "-m", "mutmut"]


def results() -> dict[str, str]:
    """Every mutant's name and status as mutmut last recorded them."""
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True).stdout
    pairs = (line.strip().rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return {name: status for name, status in pairs}


def module_of(mutant: str) -> str:
    return mutant.split(".x", 1)[0].rsplit(".x_", 1)[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", default=DEFAULT)
    ap.add_argument("--list-survivors", action="store_true")
    args = ap.parse_args()
    run = subprocess.run([*MUTMUT, "run", *(f"{m}.*" for m in args.modules)], cwd=ROOT)
    if run.returncode:
        print(f"mutmut run exited {run.returncode}", file=sys.stderr)
        return run.returncode
    by_module: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    survivors = []
    for name, status in results().items():
        mod = module_of(name)
        if mod in args.modules:
            by_module[mod][status] += 1
            if status == "survived":
                survivors.append(name)
    total = collections.Counter()
    for mod in args.modules:
        c = by_module[mod]
        total.update(c)
        tried = c["killed"] + c["survived"]
        print(f"{mod:20} killed {c['killed']:4}  survived {c['survived']:4}  other {sum(c.values()) - tried:3}"
              f"  killed share {c['killed'] / tried:.0%}" if tried else f"{mod:20} no mutants")
    tried = total["killed"] + total["survived"]
    if tried:
        print(f"{'all':20} killed {total['killed']:4}  survived {total['survived']:4}  killed share {total['killed'] / tried:.0%}")
    if args.list_survivors:
        print("\n".join(survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
