"""One palette for attack types (data/palette.csv), and how big a marker is."""
from __future__ import annotations

import csv
import math
from functools import lru_cache

from core import DATA
from core.model import TYPES, Incident

PALETTE = DATA / "palette.csv"


@lru_cache(maxsize=1)
def _palette() -> dict[str, tuple[str, str]]:
    with PALETTE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["type"]: (r["color"], r["label"]) for r in rows}


def type_color(t: str) -> str:
    """'#rrggbb' of an attack type (unknown types share one colour)."""
    return _palette().get(t, _palette()["unknown"])[0]


def type_label(t: str) -> str:
    return _palette().get(t, _palette()["unknown"])[1]


def primary_type(i: Incident) -> str:
    """The type a marker is coloured by: the first in contract order, else 'unknown'."""
    return next((t for t in TYPES if t in i.types), "unknown")


def weight(i: Incident) -> float:
    """Casualty weight for sizes and the heatmap: killed count three times, wounded once."""
    k = (i.killed.best or i.killed.low or 0) if i.killed else 0
    w = (i.wounded.best or i.wounded.low or 0) if i.wounded else 0
    return 3 * k + w


def radius(i: Incident) -> float:
    """Marker radius in pixels: 7 for no casualties, growing with the square root of the weight."""
    return min(7 + 2.2 * math.sqrt(weight(i)), 34)
