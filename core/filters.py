"""Which incidents the user wants to see: by type, actor, governorate, killed, precision."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from core.model import Incident


@dataclass(frozen=True)
class Filter:
    """Empty selections mean 'all'."""
    types: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    governorates: frozenset[str] = frozenset()
    min_killed: int = 0
    precise_only: bool = False

    def keeps(self, i: Incident) -> bool:
        if self.types and not self.types & set(i.types or ("unknown",)):
            return False
        if self.actors and not self.actors & set(i.actors or ("unknown",)):
            return False
        if self.governorates and (i.place.governorate or "") not in self.governorates:
            return False
        if self.min_killed and ((i.killed.best or i.killed.low or 0) if i.killed else 0) < self.min_killed:
            return False
        return not (self.precise_only and not i.place.is_precise)


def apply(incidents: Iterable[Incident], f: Filter) -> list[Incident]:
    return [i for i in incidents if f.keeps(i)]


def summary(incidents: Sequence[Incident], unresolved: int = 0) -> str:
    """'16 incidents in 14 places · 24+ killed · 2 unresolved places'."""
    places = len({i.place.id for i in incidents})
    low = sum((i.killed.low if i.killed.low is not None else i.killed.best or 0)
              for i in incidents if i.killed and not i.killed.shared)
    vague = any(i.killed and i.killed.vague for i in incidents)
    killed = f"{low}+" if vague else str(low)
    text = f"{len(incidents)} incident{'s' if len(incidents) != 1 else ''} in {places} place{'s' if places != 1 else ''} · {killed} killed"
    return text + (f" · {unresolved} unresolved place{'s' if unresolved != 1 else ''}" if unresolved else "")
