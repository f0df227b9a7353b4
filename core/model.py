"""The incident contract as dataclasses (see docs/CONTRACT.md): what the extractor produces,
what exports write and imports read back. `to_dict`/`from_dict` give the JSON shape exactly."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

TYPES = ("airstrike", "barrel_bomb", "artillery", "rocket", "mortar", "shelling",
         "clashes", "chemical", "ied", "sniper")
ACTORS = ("russia", "government", "opposition", "isis", "hts", "sdf", "coalition",
          "iran_militias", "turkey", "unknown")
LEVELS = ("country", "governorate", "region", "district", "subdistrict", "city", "town",
          "village", "neighbourhood", "camp")
PRECISE_LEVELS = ("town", "village", "neighbourhood", "camp")
PRECISIONS = ("second", "minute", "decimal", "centroid", "parent")


@dataclass(frozen=True)
class Place:
    """A gazetteer place as the incident carries it."""
    id: str
    name_ar: str
    name_en: str
    level: str
    parent: str | None
    governorate: str | None
    lat: float
    lon: float
    precision: str

    @property
    def is_precise(self) -> bool:
        """True when the point stands for a small place on its own coordinate."""
        return self.level in PRECISE_LEVELS and self.precision != "parent"


@dataclass(frozen=True)
class Count:
    """A casualty figure with its uncertainty; `text` is the phrase as written."""
    low: int | None
    best: int | None
    high: int | None
    vague: bool
    text: str
    shared: bool = False
    loose: bool = field(default=False, compare=False, repr=False)
    """Told only by a victims word with no figure (ضحايا، عدد من الضحايا: the dead and wounded together),
    marked by the reader; no part of the JSON."""

    @classmethod
    def exact(cls, n: int, text: str = "") -> "Count":
        return cls(n, n, n, False, text)

    def label(self) -> str:
        """Short human figure: '3', '≈24+', '16+', '≈40', '0'."""
        if not self.vague:
            return str(self.best if self.best is not None else self.low)
        if self.low is None:
            return f"≈{self.best}"
        if self.high is None:
            return f"≈{self.low}+" if self.best != self.low else f"{self.low}+"
        return f"{self.low}–{self.high}"


@dataclass(frozen=True)
class Evidence:
    """Where in the original text an incident was read from (character offsets)."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A place-like mention that the gazetteer does not know."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Incident:
    id: str
    place: Place
    types: tuple[str, ...]
    weapons: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    killed: Count | None = None
    wounded: Count | None = None
    massacre: bool = False
    evidence: Evidence | None = None
    confidence: float = 0.5
    group: str | None = None
    date: str | None = None
    place_text: str = ""
    cues: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ReportInfo:
    lang: str
    date: str | None
    chars: int


@dataclass(frozen=True)
class Extraction:
    report: ReportInfo
    incidents: tuple[Incident, ...]
    unresolved: tuple[Mention, ...] = ()
    notes: tuple[str, ...] = ()
    """What went wrong while reading that the user should know (a worker that failed); empty as a rule."""

    def with_incidents(self, incidents) -> "Extraction":
        return replace(self, incidents=tuple(incidents))


def _count_to_dict(c: Count | None) -> dict | None:
    if c is None:
        return None
    d = asdict(c)
    d.pop("loose")
    if not d["shared"]:
        d.pop("shared")
    return d


def incident_to_dict(i: Incident) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": i.id,
        "place": asdict(i.place),
        "types": list(i.types),
        "weapons": list(i.weapons),
        "actors": list(i.actors),
        "killed": _count_to_dict(i.killed),
        "wounded": _count_to_dict(i.wounded),
        "massacre": i.massacre,
        "evidence": asdict(i.evidence) if i.evidence else None,
        "confidence": round(i.confidence, 2),
        "group": i.group,
        "date": i.date,
        "place_text": i.place_text,
        "cues": [list(c) for c in i.cues],
    }
    return d


def to_dict(x: Extraction) -> dict[str, Any]:
    d = {
        "report": asdict(x.report),
        "incidents": [incident_to_dict(i) for i in x.incidents],
        "unresolved": [asdict(m) for m in x.unresolved],
    }
    if x.notes:
        d["notes"] = list(x.notes)
    return d


def _count_from_dict(d: dict | None) -> Count | None:
    if d is None:
        return None
    names = {f.name for f in fields(Count)}
    return Count(**{k: v for k, v in d.items() if k in names})


def incident_from_dict(d: dict[str, Any]) -> Incident:
    ev = d.get("evidence")
    return Incident(
        id=d["id"],
        place=Place(**{f.name: d["place"].get(f.name) for f in fields(Place)}),
        types=tuple(d.get("types") or ()),
        weapons=tuple(d.get("weapons") or ()),
        actors=tuple(d.get("actors") or ()),
        killed=_count_from_dict(d.get("killed")),
        wounded=_count_from_dict(d.get("wounded")),
        massacre=bool(d.get("massacre", False)),
        evidence=Evidence(**ev) if ev else None,
        confidence=float(d.get("confidence", 0.5)),
        group=d.get("group"),
        date=d.get("date"),
        place_text=d.get("place_text", ""),
        cues=tuple(tuple(c) for c in d.get("cues") or ()),
    )


def from_dict(d: dict[str, Any]) -> Extraction:
    return Extraction(
        report=ReportInfo(**d["report"]),
        incidents=tuple(incident_from_dict(i) for i in d.get("incidents", ())),
        unresolved=tuple(Mention(**m) for m in d.get("unresolved", ())),
        notes=tuple(d.get("notes", ())),
    )
