"""Scoreboard of the extractor on the real corpus (tests/reports/real/{ar,en}), per language and publisher.

Run: python bench/real_scoreboard.py [--lang ar|en] [--publisher NAME] [--misses]
Each NAME.txt is read by core.extract.extract with the default gazetteer (as `python -m core
extract` does) and compared with NAME.expected.json by tests/scorecard.py's matching. Printed per
language, overall and per publisher: places P/R/F1, and of the places found, types, actors, killed
and wounded right (types and actors exactly, as sets, beside an incident's `may` extras) (each over the incidents whose expectation names them), then how many of the
expected `unresolved` mentions the extractor lists. --misses lists every miss and extra (file,
place, what differed).

Publishers come from the provenance files beside the passages (PROVENANCE*.md): a markdown table
whose header row names at least the columns `file` and `publisher`:

    | file | address | publisher | date | licence | governorates |
    |---|---|---|---|---|---|
    | airwars_hajin_2018.txt | https://... | Airwars | 2018-11-14 | CC BY-NC-ND 4.0 | Deir ez-Zor |

`file` is the passage's file name (with or without `.txt`, backticks allowed); a passage that no
table names is counted under publisher "?". Passages are grouped by the `publisher` column's name before
its first parenthesis or comma; what follows says how the text reached us ("AFP (via Naharnet)",
"Al-Hayat (الحياة), with AFP", "Watan FM, citing Suwayda 24").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.arabic import norm  # noqa: E402
from core.extract import extract  # noqa: E402
from core.gazetteer import load_default  # noqa: E402
from tests.scorecard import count_ok, same_place, score, set_problem  # noqa: E402

REAL = ROOT / "tests" / "reports" / "real"
FIELDS = ("types", "actors", "killed", "wounded")
SHOWN = FIELDS + ("unresolved",)
"""Printed per line: the incident fields, then the expected unresolved mentions the extractor lists."""


def _cells(line: str) -> list[str]:
    return [c.strip().strip("`").strip() for c in line.strip().strip("|").split("|")]


def provenance_rows(text: str) -> list[tuple[str, dict[str, str]]]:
    """(file stem, row) for every row, in order, of each markdown table in `text` whose header has
    `file` and `publisher`; a stem named twice comes twice (the corpus tests look for that)."""
    rows: list[tuple[str, dict[str, str]]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = _cells(line)
        if header is None:
            low = [c.lower() for c in cells]
            header = low if {"file", "publisher"} <= set(low) else None
            continue
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            continue
        row = dict(zip(header, cells))
        if row.get("file"):
            rows.append((re.sub(r"\.txt$", "", Path(row["file"]).name), row))
    return rows


def read_provenance(text: str) -> dict[str, dict[str, str]]:
    """{file stem: row} from every markdown table in `text` whose header has `file` and `publisher`."""
    return dict(provenance_rows(text))


def publisher_of(row: dict[str, str]) -> str:
    """The publisher a passage is grouped under: the column's name before "(via ...)", ", with AFP" and the like."""
    return re.split(r"[(,]", row.get("publisher", ""), maxsplit=1)[0].strip() or "?"


def provenance(lang_dir: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for f in sorted(lang_dir.glob("PROVENANCE*.md")):
        rows.update(read_provenance(f.read_text(encoding="utf-8")))
    return rows


@dataclass
class Tally:
    """Place matches and per-field agreement over a set of passages."""
    passages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: dict = field(default_factory=lambda: defaultdict(int))
    asked: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, other: "Tally") -> None:
        self.passages += other.passages
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        for k in SHOWN:
            self.right[k] += other.right[k]
            self.asked[k] += other.asked[k]

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        parts = [f"{label:<28} n={self.passages:<3} places P={p:.2f} R={r:.2f} F1={f1:.2f} "
                 f"(tp={self.tp} fp={self.fp} fn={self.fn})"]
        for k in SHOWN:
            n = self.asked[k]
            parts.append(f"{k} {self.right[k]}/{n}" + (f" {self.right[k] / n:.2f}" if n else ""))
        return "; ".join(parts)


def _field_right(g: dict, p, key: str) -> bool | None:
    """Whether the matched incident agrees with the expectation on one field (None: not asked)."""
    if key in ("types", "actors"):
        if not g.get(key):
            return None
        return set_problem("", key, g[key], (g.get("may") or {}).get(key), getattr(p, key)) is None
    if g.get(key) is None:
        return None
    return count_ok(g[key], getattr(p, key))


def tally(expected: list[dict], extraction) -> Tally:
    """The scorecard's greedy place matching, with each matched incident's fields checked."""
    t = Tally(passages=1)
    pred, used = list(extraction.incidents), set()
    for g in expected:
        hit = next((i for i, p in enumerate(pred) if i not in used and same_place(g, p.place)), None)
        if hit is None:
            t.fn += not g.get("optional")
            continue
        used.add(hit)
        if g.get("optional"):
            continue
        t.tp += 1
        for key in FIELDS:
            ok = _field_right(g, pred[hit], key)
            if ok is not None:
                t.asked[key] += 1
                t.right[key] += ok
    t.fp = len(pred) - len(used)
    return t


def unresolved_missing(expected: dict, extraction) -> list[str]:
    """The expected `unresolved` mentions the extraction does not list (compared as tests/test_reports.py does)."""
    listed = {norm(m.text).lower() for m in extraction.unresolved}
    return [u for u in expected.get("unresolved", []) if norm(u).lower() not in listed]


def run(lang: str, publisher: str | None, misses: bool, gz) -> Tally | None:
    lang_dir = REAL / lang
    files = sorted(lang_dir.glob("*.txt"))
    if not files:
        return None
    prov = provenance(lang_dir)
    total, by_pub, problems = Tally(), defaultdict(Tally), []
    for f in files:
        pub = publisher_of(prov.get(f.stem, {}))
        if publisher and publisher.lower() not in pub.lower():
            continue
        exp_path = f.with_suffix(".expected.json")
        if not exp_path.exists():
            problems.append(f"{f.name}: no expected file")
            continue
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        got = extract(f.read_text(encoding="utf-8"), gazetteer=gz)
        t = tally(expected["incidents"], got)
        gaps = unresolved_missing(expected, got)
        t.asked["unresolved"] = len(expected.get("unresolved", []))
        t.right["unresolved"] = t.asked["unresolved"] - len(gaps)
        total.add(t)
        by_pub[pub].add(t)
        problems += [f"{f.stem}: {p}" for p in score(expected["incidents"], got).problems]
        problems += [f"{f.stem}: not listed as unresolved: {u}" for u in gaps]
    if not total.passages:
        return None
    print(f"== {lang} ==")
    print(total.line("overall"))
    for pub in sorted(by_pub, key=lambda k: (-by_pub[k].passages, k)):
        print(by_pub[pub].line(pub[:28]))
    if misses:
        print(f"-- {lang}: {len(problems)} misses and extras --")
        print("\n".join(problems))
    print()
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en"), help="one language (default: both)")
    ap.add_argument("--publisher", help="only passages whose publisher contains this (case-insensitive)")
    ap.add_argument("--misses", action="store_true", help="list every miss and extra")
    a = ap.parse_args(argv)
    gz = load_default()
    shown = [run(lang, a.publisher, a.misses, gz) for lang in ((a.lang,) if a.lang else ("ar", "en"))]
    if not any(shown):
        print("no passages found under", REAL, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
