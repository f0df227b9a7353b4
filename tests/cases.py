"""Rows of a folded test table: the passages of each behaviour, as pytest params whose ids name the
behaviour and the passage, so a table of several constructions still says which one failed."""
from __future__ import annotations

import pytest


def cases(behaviour: str, rows: list[tuple], width: int | None = None) -> list:
    """`rows` (source, text, expected...) of one behaviour as params with the id "behaviour: source";
    a row shorter than `width` ends with None (an optional expected value left out)."""
    return [pytest.param(*row, *(None,) * ((width or len(row)) - len(row)), id=f"{behaviour}: {row[0]}")
            for row in rows]
