"""Comparing an extraction with hand-coded expected incidents (gold files and the test corpus).

The comparison is exact: types and actors as sets (an incident's `may` lists the extras a second
reading of the text allows; in a gold file, a list of types), counts as coded (a vague low bound equal, not merely reached),
`shared`, the gazetteer `level` of the place and the incident `date` where the expected file
gives them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.arabic import name_key


def norm_en(s: str) -> str:
    s = (s or "").lower()
    s = re.sub(r"\b(al|el|ar|as|ash|ad|az)[- ]", "", s)
    return re.sub(r"[^a-z]", "", s)


def same_place(expected: dict, place) -> bool:
    if expected.get("place_ar") and place.name_ar and name_key(expected["place_ar"]) == name_key(place.name_ar):
        return True
    if bool(expected.get("place_en") and place.name_en and norm_en(expected["place_en"]) == norm_en(place.name_en)):
        return True
    return filed_under(expected.get("place_ar"), place, expected.get("place_en"))


def filed_under(name: str | None, place, name_en: str | None = None) -> bool:
    """The expected name is one the gazetteer files under the place found (المعادي, a quarter inside
    the CSR area al-Asileh, is its alias; al-Mashhad, whose Arabic name is also a word, only in
    English): the report's place, mapped where the gazetteer puts it."""
    entry = _gazetteer().get(place.id) if (name or name_en) and getattr(place, "id", None) else None
    if entry is None:
        return False
    return bool(name) and name_key(name) in {name_key(n) for n in entry.names_ar} \
        or bool(name_en) and norm_en(name_en) in {norm_en(n) for n in entry.names_en}


@lru_cache(maxsize=1)
def _gazetteer():
    from core.gazetteer import load_default
    return load_default()


def count_ok(expected, got) -> bool:
    """Exact figures equal and not vague; vague ones vague with the same low bound, or the same best
    where the coding gives no low ("about N")."""
    if expected is None:
        return got is None
    if got is None:
        return False
    if not expected.get("vague"):
        return got.best == expected["best"] and not got.vague
    if "low" in expected:
        return got.vague and got.low == expected["low"]
    return got.vague and got.best == expected.get("best")


def set_problem(label: str, what: str, expected, may, got) -> str | None:
    """None when `got` holds every expected value and nothing beyond the allowed extras."""
    lack = set(expected or []) - set(got)
    extra = set(got) - set(expected or []) - set(may or [])
    if not lack and not extra:
        return None
    parts = [f"lack {sorted(lack)}"] * bool(lack) + [f"extra {sorted(extra)}"] * bool(extra)
    return f"{label}: {what} {list(got)} " + ", ".join(parts)


def is_shared(incident) -> bool:
    return any(c is not None and c.shared for c in (incident.killed, incident.wounded))


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


def incident_problems(g: dict, p, *, check_counts=True, check_actors=True, types_key="types") -> list[str]:
    """What differs between one expected incident and the incident matched to it."""
    label = g.get("place_en") or g.get("place_ar")
    may = g.get("may") or {}
    if isinstance(may, list):
        may = {"types": may}
    found = [set_problem(label, "types", g.get(types_key), may.get("types"), p.types)]
    if check_actors:
        found.append(set_problem(label, "actors", g.get("actors"), may.get("actors"), p.actors))
    if check_counts:
        found += [f"{label}: {key} expected {g[key]} got {getattr(p, key)}"
                  for key in ("killed", "wounded") if key in g and not count_ok(g[key], getattr(p, key))]
        if "shared" in g and bool(g["shared"]) != is_shared(p):
            found.append(f"{label}: shared expected {bool(g['shared'])} got {is_shared(p)}")
    if bool(g.get("massacre")) != p.massacre:
        found.append(f"{label}: massacre expected {bool(g.get('massacre'))} got {p.massacre}")
    if g.get("level") and g["level"] != p.place.level:
        found.append(f"{label}: level expected {g['level']} got {p.place.level}")
    if "date" in g and g["date"] != p.date:
        found.append(f"{label}: date expected {g['date']} got {p.date}")
    return [f for f in found if f]


def score(expected_incidents: list[dict], extraction, **checks) -> Card:
    card = Card()
    pred = list(extraction.incidents)
    used: set[int] = set()
    for g in expected_incidents:
        hit = next((i for i, p in enumerate(pred) if i not in used and same_place(g, p.place)), None)
        if hit is None:
            if not g.get("optional"):
                card.fn += 1
                card.problems.append(f"missed {g.get('place_en') or g.get('place_ar')}")
            continue
        used.add(hit)
        if g.get("optional"):
            continue
        card.tp += 1
        card.problems += incident_problems(g, pred[hit], **checks)
    for i, p in enumerate(pred):
        if i not in used:
            card.fp += 1
            card.problems.append(f"extra {p.place.name_en} ({p.place.name_ar}) {p.types}")
    return card
