"""The test corpus (tests/reports/{ar,en}): each report's incidents as hand-coded beside it."""
import json
from pathlib import Path

import pytest

from core.extract import extract
from tests.scorecard import score

CORPUS = Path(__file__).parent / "reports"
CASES = sorted(CORPUS.glob("*/*.txt"))


def _expected(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_report_yields_its_hand_coded_incidents(path):
    expected = _expected(path)
    got = extract(path.read_text(encoding="utf-8"))
    card = score(expected["incidents"], got)
    assert not card.problems, "\n".join(card.problems)
    assert got.report.lang == expected.get("lang", got.report.lang)


def test_corpus_is_large_enough():
    assert len(list((CORPUS / "ar").glob("*.txt"))) >= 20
    assert len(list((CORPUS / "en").glob("*.txt"))) >= 30
