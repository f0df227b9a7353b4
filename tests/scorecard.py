"""Comparing an extraction with hand-coded expected incidents (gold files and the test corpus)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.arabic import name_key


def norm_en(s: str) -> str:
    s = (s or "").lower()
    s = re.sub(r"\b(al|el|ar|as|ash|ad|az)[- ]", "", s)
    return re.sub(r"[^a-z]", "", s)


def same_place(expected: dict, place) -> bool:
    if expected.get("place_ar") and place.name_ar and name_key(expected["place_ar"]) == name_key(place.name_ar):
        return True
    return bool(expected.get("place_en") and place.name_en and norm_en(expected["place_en"]) == norm_en(place.name_en))


def count_ok(expected, got) -> bool | None:
    """None when the expectation says nothing; exact figures must match, vague ones be vague or ≥ low."""
    if expected is None:
        return got is None
    if got is None:
        return False
    if "best" in expected and not expected.get("vague"):
        return got.best == expected["best"] and not got.vague
    if "low" in expected:
        return got.vague and (got.low if got.low is not None else got.best or 0) >= expected["low"]
    return got.vague and got.best == expected.get("best")


@dataclass
class Card:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    problems: list = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score(expected_incidents: list[dict], extraction, *, check_counts=True, check_actors=True,
          types_key="types") -> Card:
    card = Card()
    pred = list(extraction.incidents)
    used: set[int] = set()
    for g in expected_incidents:
        hit = next((i for i, p in enumerate(pred) if i not in used and same_place(g, p.place)), None)
        label = g.get("place_en") or g.get("place_ar")
        if hit is None:
            if not g.get("optional"):
                card.fn += 1
                card.problems.append(f"missed {label}")
            continue
        used.add(hit)
        if g.get("optional"):
            continue
        card.tp += 1
        p = pred[hit]
        lack = set(g.get(types_key) or []) - set(p.types)
        if lack:
            card.problems.append(f"{label}: types {p.types} lack {sorted(lack)}")
        if check_actors:
            lack_a = set(g.get("actors") or []) - set(p.actors)
            if lack_a:
                card.problems.append(f"{label}: actors {p.actors} lack {sorted(lack_a)}")
        if check_counts:
            for key in ("killed", "wounded"):
                if key in g and not count_ok(g[key], getattr(p, key)):
                    card.problems.append(f"{label}: {key} expected {g[key]} got {getattr(p, key)}")
        if g.get("massacre") and not p.massacre:
            card.problems.append(f"{label}: massacre not flagged")
    for i, p in enumerate(pred):
        if i not in used:
            card.fp += 1
            card.problems.append(f"extra {p.place.name_en} ({p.place.name_ar}) {p.types}")
    return card
