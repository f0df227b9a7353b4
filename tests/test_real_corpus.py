"""The real corpus (tests/reports/real/{ar,en}) may only get better: place precision and F1, and the
share of killed, wounded, types and actors read right, per language, stay at or above the figures this
project last reached (raise them as rules land; the scoreboard, bench/real_scoreboard.py, prints them
with every miss)."""
import json
from pathlib import Path

import pytest

from bench.real_scoreboard import Tally, tally, unresolved_missing
from core.extract import extract
from core.gazetteer import load_default

REAL = Path(__file__).parent / "reports" / "real"
FLOOR = {
    "ar": {"f1": 0.95, "precision": 0.95, "recall": 0.95, "killed": 0.91, "wounded": 0.90, "types": 0.87,
           "actors": 0.92, "unresolved": 0.93},
    "en": {"f1": 0.95, "precision": 0.95, "recall": 0.94, "killed": 0.91, "wounded": 0.91, "types": 0.85,
           "actors": 0.88, "unresolved": 0.98},
}
"""Today's figures less about one point. English recall and wounded stand lower than a session ago because
31 unseen passages joined the corpus on 2026-12-03 (scored before any rule was written for them): the floor
is a figure on the corpus as it is, never lowered for the same passages. killed: right over the matched places that name a toll (places
found by newer rules bring tolls the count rules may not yet read); unresolved: the share of the
expected `unresolved` names (places the gazetteer lacks) listed."""


def scored(lang: str) -> Tally:
    total, gz = Tally(), load_default()
    for f in sorted((REAL / lang).glob("*.txt")):
        expected = json.loads(f.with_suffix(".expected.json").read_text(encoding="utf-8"))
        got = extract(f.read_text(encoding="utf-8"), gazetteer=gz)
        t = tally(expected["incidents"], got)
        t.asked["unresolved"] = len(expected.get("unresolved", []))
        t.right["unresolved"] = t.asked["unresolved"] - len(unresolved_missing(expected, got))
        total.add(t)
    return total


def figures(t: Tally) -> dict[str, float]:
    """Place precision, recall and F1; the share right of each field; the expected unresolved names listed."""
    p, r = t.tp / (t.tp + t.fp), t.tp / (t.tp + t.fn)
    out = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}
    return out | {k: t.right[k] / t.asked[k] for k in t.asked if t.asked[k]}


@pytest.mark.parametrize("lang", sorted(FLOOR))
def test_the_real_corpus_reads_no_worse_than_before(lang):
    t = scored(lang)
    assert t.passages >= {"ar": 120, "en": 80}[lang]
    got = figures(t)
    low = {k: f"{got[k]:.3f} < {floor}" for k, floor in FLOOR[lang].items() if got[k] < floor}
    assert not low, f"{lang}: {low}"
