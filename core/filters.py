"""Which incidents the user wants to see: by type, actor, governorate, killed, precision and date;
and the headline summary of what is shown."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Iterable, Mapping, Sequence

from core.model import Count, Incident


@dataclass(frozen=True)
class Filter:
    """Empty selections mean 'all'; dates are ISO strings (an incident without a date is kept only
    when no date bound is set)."""
    types: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    governorates: frozenset[str] = frozenset()
    min_killed: int = 0
    precise_only: bool = False
    date_from: str | None = None
    date_to: str | None = None

    def keeps(self, i: Incident) -> bool:
        if self.types and not self.types & set(i.types or ("unknown",)):
            return False
        if self.actors and not self.actors & set(i.actors or ("unknown",)):
            return False
        if self.governorates and i.place.governorate not in self.governorates:
            return False
        if ((i.killed.best or i.killed.low or 0) if i.killed else 0) < self.min_killed:
            return False
        if (self.date_from or self.date_to) and not self._in_dates(i.date):
            return False
        return not (self.precise_only and not i.place.is_precise)

    def _in_dates(self, date: str | None) -> bool:
        day = (date or "")[:10]
        return bool(day) and (not self.date_from or day >= self.date_from) and (not self.date_to or day <= self.date_to)

    def to_dict(self) -> dict:
        """Plain JSON-ready values (sets as sorted lists), as kept in session state and the database."""
        return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, d: Mapping | None) -> "Filter":
        """The filter `to_dict` gave (unknown keys ignored, missing ones 'all')."""
        d = d or {}
        out = {}
        for f in fields(cls):
            if f.name in d and d[f.name] is not None:
                v = d[f.name]
                out[f.name] = frozenset(v) if f.name in ("types", "actors", "governorates") else v
        return cls(**out)


def apply(incidents: Iterable[Incident], f: Filter) -> list[Incident]:
    return [i for i in incidents if f.keeps(i)]


def _low(c: Count) -> int:
    return c.low if c.low is not None else c.best or 0


def killed_total(incidents: Sequence[Incident]) -> tuple[int, bool]:
    """The least number killed in `incidents` and whether it is a lower bound: a count shared by a
    group of places ("shelled Harasta and Arbin, killing three") counts once for its group."""
    total, groups, vague = 0, set(), False
    for i in incidents:
        c = i.killed
        if not c:
            continue
        if c.shared and i.group:
            if i.group in groups:
                continue
            groups.add(i.group)
        total += _low(c)
        vague = vague or c.vague
    return total, vague


def summary(incidents: Sequence[Incident], unresolved: int = 0) -> str:
    """'16 incidents in 14 places · 24+ killed · 2 unresolved places'."""
    places = len({i.place.id for i in incidents})
    low, vague = killed_total(incidents)
    killed = f"{low}+" if vague else str(low)
    text = f"{len(incidents)} incident{'s' if len(incidents) != 1 else ''} in {places} place{'s' if places != 1 else ''} · {killed} killed"
    return text + (f" · {unresolved} unresolved place{'s' if unresolved != 1 else ''}" if unresolved else "")
