"""A toll the body gives for an area (a governorate, a region) whose one place inside named for the
same kind of attack is the title's: "at least 11 civilians were killed in a Turkish artillery
attack in Aleppo province" under the title "Eight children killed in Turkish artillery strike in
Tal Rifaat"; or is the one the body says the dead fell in, with no figure of its own: مقتل اثنين
وثلاثين شخصا ... في الغوطة الشرقية, then القتلى الذين سقطوا في دوما. The place is the incident, and
takes the area's counts (a place the body names beside the area with no toll may be another
attack: the area keeps its toll). Called by `State.finish`."""
from __future__ import annotations

from collections import defaultdict

from core.extract.lookup import EARLIER
from core.places import contains, is_coarse


def day_apart(day: str | None) -> str | None:
    """An earlier day the report does not tell exactly (`lookup.EARLIER`: قبل أيام، في 27 من الشهر الماضي):
    what its places tell is apart from the report's story (an area's toll that day sums none of the places
    told of other days); None for every other day."""
    return day if day is not None and day.startswith(EARLIER) else None


def hand_to_the_place(state, keys: list[tuple], families) -> set[tuple]:
    """Gives the area's body counts to the one place inside it (same date, same family of attack when
    the area's is told, named in the title or told as where the dead fell, no count but the title's);
    returns the keys of the areas that gave them."""
    gone = set()
    by_day: dict[str, list[tuple]] = defaultdict(list)
    for k in keys:
        by_day[k[1]].append(k)
    for k in keys:
        a = state.acc[k]
        body = [m if m is not None and not m[3] and not m[1] else None for m in (a.killed, a.wounded)]
        if not is_coarse(a.entry) or a.entry.level == "country" or not any(body):
            continue
        inside = [b for b in by_day[k[1]] if b != k and contains(a.entry, state.acc[b].entry)
                  and not is_coarse(state.acc[b].entry)]
        if len(inside) != 1:
            continue
        b = state.acc[inside[0]]
        own = [m for m in (b.killed, b.wounded) if m is not None and not m[3]]
        if not (b.headline or b.toll) or own or a.types and not families(b.types) & families(a.types):
            continue
        b.killed = body[0] or b.killed
        b.wounded = body[1] or b.wounded
        gone.add(k)
    return gone
