"""Mutation testing (mutmut) of the modules issue 14 names: killed and survived mutants per module.

How many small code changes the tests that exercise a module notice (killed), which they do not.

Run: .venv/bin/python bench/mutation.py [core.filters core.extract.counts ...] [--max-children 1]
     [--list-survivors] [--again] [--tests tests/test_x.py ...]
One module at a time: mutmut mutates only that module (`only_mutate`) and runs only the test files
TESTS gives for it (`pytest_add_cli_args_test_selection`); the rest of `[tool.mutmut]` in
pyproject.toml holds. mutmut copies the project into mutants/ (rebuilt when the module changes).
Prints per module: mutants, killed, survived, timeout, other, killed share (killed / mutants).
Each run's verdicts are kept in out/mutation/MODULE.json; `--again` reruns only the mutants not
killed there (after adding tests: new tests cannot revive a killed mutant while the module's code
is unchanged), with `--tests` against the new test files alone (a survivor already passed the
others, so the verdict is the same and the run far cheaper). Equivalent survivors: docs/MUTATION.md.
"""
from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = ROOT / "mutants" / ".bench_module"
RECORDS = ROOT / "out" / "mutation"
_COUNTS = ["tests/test_counts.py", "tests/test_counts_real.py", "tests/test_counts_placement.py",
           "tests/test_counts_real_en.py", "tests/test_quantities_mutants.py", "tests/test_counts_mutants.py",
           "tests/test_counts_tolls.py", "tests/test_count_parts_mutants.py",
           "tests/test_counts_real_more.py", "tests/test_follow_counts_mutants.py", "tests/test_counts_real_tolls.py",
           "tests/test_counts_real_words.py", "tests/test_count_helpers_mutants.py"]
"""The count stage: core.extract.counts, and core.quantities with the parts it reads through
(core.follow_counts, core.count_parts, core.partitives, core.people_order, core.extract.projections). Every extraction runs the count code: tests/test_reports.py
(whole reports) would make each surviving mutant cost minutes on a shared machine, so the count
tests alone judge it."""
TESTS = {
    "core.quantities": _COUNTS,
    "core.extract.counts": _COUNTS,
    "core.follow_counts": _COUNTS,
    "core.count_parts": _COUNTS,
    "core.partitives": _COUNTS,
    "core.people_order": _COUNTS,
    "core.extract.projections": _COUNTS,
    "core.extract.quarters": ["tests/test_quarters_real.py", "tests/test_quarters_mutants.py"],
    "core.extract.deprivation": ["tests/test_places_ar_background_real.py", "tests/test_deprivation_mutants.py"],
    "core.extract.protests": ["tests/test_places_ar_background_real.py", "tests/test_context_places_ar_real.py",
                              "tests/test_protests_mutants.py"],
    "core.exports": ["tests/test_exports.py", "tests/test_csv_guard.py", "tests/test_exports_mutants.py"],
    "core.filters": ["tests/test_filters.py", "tests/test_session.py", "tests/test_filters_mutants.py"],
    "core.mapbuild": ["tests/test_mapbuild.py", "tests/test_popup_escapes.py", "tests/test_mapbuild_mutants.py",
                      "tests/test_map_page.py"],
}
"""The test files that exercise each module: the fast tests a mutant of it must fail."""

CHILD = """
import sys
from mutmut import configuration
from mutmut.__main__ import cli
module, children, names, *tests = sys.argv[1:]
cfg = configuration.config()
cfg.only_mutate = [module.replace(".", "/") + ".py"]
cfg.pytest_add_cli_args_test_selection = tests
sys.argv = ["mutmut", "run", "--max-children", children, *(names.split() or [module + ".*"])]
cli()
"""
"""mutmut reads its settings from pyproject.toml only: the per-module ones are set on its loaded config."""


def run_module(module: str, children: int, names: list[str], tests: list[str]) -> int:
    """mutmut over `module` alone (only `names` if given), with its own tests; a mutants/ copy made
    for another module is dropped (mutmut would take that module's plain copy for up to date)."""
    if MARKER.parent.exists() and (not MARKER.exists() or MARKER.read_text() != module):
        shutil.rmtree(MARKER.parent)
    code = subprocess.run([sys.executable, "-c", CHILD, module, str(children), " ".join(names), *tests], cwd=ROOT).returncode
    if MARKER.parent.exists():
        MARKER.write_text(module)
    return code


def results(module: str) -> dict[str, str]:
    """Every mutant of `module` and its status as mutmut last recorded them."""
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    pairs = (line.strip().rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return {name: status for name, status in pairs if name.startswith(module + ".x")}


def verdicts(module: str, children: int, again: bool, tests: list[str]) -> dict[str, str] | None:
    """Each mutant's status after running `module`'s mutants (with `again`, only those its record
    has not killed), kept as its record; None when mutmut fails."""
    record = RECORDS / f"{module}.json"
    statuses = json.loads(record.read_text()) if again and record.exists() else {}
    names = [name for name, status in statuses.items() if status != "killed"]
    if statuses and not names:
        return statuses
    if run_module(module, children, names, tests):
        return None
    fresh = results(module)
    if not names:
        statuses = fresh
    for name in names:  # a mutant no new test reaches keeps its verdict
        statuses[name] = statuses[name] if fresh[name] == "no tests" else fresh[name]
    RECORDS.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(statuses, indent=0, sort_keys=True))
    return statuses


def line(module: str, c: collections.Counter) -> str:
    total = sum(c.values())
    if not total:
        return f"{module:20} no mutants"
    other = total - c["killed"] - c["survived"] - c["timeout"]
    return (f"{module:20} mutants {total:4}  killed {c['killed']:4}  survived {c['survived']:4}  "
            f"timeout {c['timeout']:3}  other {other:3}  killed share {c['killed'] / total:.1%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", default=list(TESTS), help=f"of: {', '.join(TESTS)}")
    ap.add_argument("--max-children", type=int, default=1, help="mutants run at once (the machine is shared)")
    ap.add_argument("--list-survivors", action="store_true")
    ap.add_argument("--again", action="store_true", help="rerun only the mutants the last run did not kill")
    ap.add_argument("--tests", nargs="+", help="test files to run instead of TESTS's (with --again: the new ones)")
    args = ap.parse_args()
    if unknown := set(args.modules) - TESTS.keys():
        ap.error(f"no test files named for {', '.join(sorted(unknown))}")
    lines, survivors, total = [], [], collections.Counter()
    for module in args.modules:
        tests = args.tests or [t for t in TESTS[module] if (ROOT / t).exists()]
        statuses = verdicts(module, args.max_children, args.again, tests)
        if statuses is None:
            print(f"mutmut run over {module} failed", file=sys.stderr)
            return 1
        c = collections.Counter(statuses.values())
        total.update(c)
        lines.append(line(module, c))
        survivors += sorted(f"{name}: {status}" for name, status in statuses.items() if status != "killed")
    print("\n".join(lines))
    if len(args.modules) > 1:
        print(line("all", total))
    if args.list_survivors:
        print("\n".join(survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
