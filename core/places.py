"""Choosing the gazetteer place a name mention stands for.

Cue words (حي، مدينة، بلدة...) say which level is meant; the running scope (وفي حلب ... / وفي ريف
دمشق ...) decides between homonyms in different governorates; names that are also ordinary
words or people's names (`ambiguous` in the gazetteer) need a cue, or a locative word and a
scope that fits, before they count as places.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from functools import lru_cache

from core import DATA
from core.gazetteer import km

COARSE_LEVELS = ("country", "governorate", "region", "district", "subdistrict", "city")
TOWNS = frozenset({"city", "town"})
"""The gazetteer levels of a town-sized place, one a toll or a locating phrase can name."""
_LEVEL_RANK = {"city": 7, "governorate": 6, "region": 5, "town": 4, "neighbourhood": 4, "camp": 3,
               "village": 3, "district": 2, "subdistrict": 1, "country": 0}
_CUE_FITS = {
    "neighbourhood": ("neighbourhood",),
    "city": ("city", "town"),
    "town": ("town", "city", "village"),
    "village": ("village", "town"),
    "camp": ("camp", "town", "village"),
    "region": ("region", "governorate", "district"),
    "subdistrict": ("subdistrict", "town", "city"),
    "governorate": ("governorate",),
    "suburb": ("neighbourhood", "town", "city", "village"),
}


@dataclass
class Scope:
    """Where the report is talking about now: a governorate and, when named, a city or region."""
    governorate: str | None = None
    area: object | None = None
    history: list = field(default_factory=list)
    dateline: str | None = None
    """The governorate of a dateline (إدلب – سمارت, DAMASCUS (AFP) -): no scope, since a bureau's city
    says little of where things happened, but what a cued name that is also a word must fit when
    nothing else is in scope."""

    def enter(self, entry) -> None:
        self.governorate = entry.governorate or self.governorate
        self.area = entry
        self.history.append(entry)


ENCLAVES_FILE = DATA / "enclaves.csv"


@lru_cache(maxsize=1)
def enclaves() -> dict[str, str]:
    """{governorate: the governorate around it} from `data/enclaves.csv` (Damascus: Rif Dimashq)."""
    with ENCLAVES_FILE.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if line.strip() and not line.startswith("#"))
        return {r["governorate"].strip(): r["surrounded_by"].strip() for r in rows}


def same_governorate(a: str | None, b: str | None) -> bool:
    """True for one governorate, or for Damascus and Rif Dimashq around it, which reports treat
    as one area (دمشق وريفها، مكتب دمشق وريفها الإعلامي)."""
    if a == b:
        return True
    around = enclaves()
    return a is not None and (around.get(a) == b or around.get(b) == a)


def fits_cue(entry, cue_level: str | None) -> bool:
    return cue_level is None or cue_level == "any" or entry.level in _CUE_FITS.get(cue_level, (cue_level,))


NEAR_KM = 25
"""A homonym this close to the place named just before it in the sentence is its neighbour (Fuaa and
Kafraya: Idlib's Kafriya beside al-Fu'ah, not Latakia's Kafraya nor Homs' Kafr Aaya)."""


def choose(candidates, scope: Scope, cue_level: str | None, before=None):
    """The best entry for a mention: nearness to `before` (the place named just before it in its
    sentence), then scope, then the cue's level, then size."""
    pool = [e for e in candidates if e.level != "country"]
    if len(pool) < 2:
        return pool[0] if pool else None

    def score(e) -> float:
        s = 0.0
        if scope.governorate and e.governorate == scope.governorate:
            s += 10
        if near(e, before):
            s += 11  # a list's neighbour outweighs a scope set sentences before (Latakia ... Foua and Kfarya)
        if scope.area is not None and getattr(e, "parent_id", None) == scope.area.id:
            s += 4
        if cue_level and cue_level != "any":
            s += 6 if fits_cue(e, cue_level) else -6
        elif e.level in ("district", "subdistrict"):
            s -= 5  # معرة النعمان, Mseifra: the town, unless a cue asks for the unit named after it
        s += _LEVEL_RANK.get(e.level, 0) * 0.5
        if e.precision != "parent":
            s += 0.5
        s += math.log10((e.population or 0) + 1) * 0.2
        return s

    return max(pool, key=score)


def near(entry, other) -> bool:
    """`entry` lies within NEAR_KM of `other`, a place of the same sentence that is no wide area."""
    return other is not None and not is_coarse(other) and entry.lat is not None \
        and other.lat is not None and km(entry.lat, entry.lon, other.lat, other.lon) <= NEAR_KM


def sets_scope(entry) -> bool:
    """Governorates, regions, districts and cities re-scope what follows."""
    return entry.level in ("governorate", "region", "district", "city")


def is_coarse(entry) -> bool:
    return entry.level in COARSE_LEVELS


def contains(area, entry) -> bool:
    """True when `entry` lies inside `area` as far as the gazetteer's hierarchy tells."""
    if area.id == entry.id:
        return False
    if getattr(entry, "parent_id", None) == area.id:
        return True
    if area.level in ("governorate", "region", "country"):
        return bool(area.governorate) and area.governorate == entry.governorate
    if area.level == "city":
        return entry.level == "neighbourhood" and entry.governorate == area.governorate
    if area.level in ("district", "subdistrict"):
        return (getattr(entry, "parent_id", None) or "").startswith(area.id + "-")
    return False
