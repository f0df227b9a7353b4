"""A lead's toll told again place by place: قتل ثلاثة أشخاص ... على حي في درعا البلد ... وقصف مماثل على
مدينة شمالها, then 2 killed in Daraa and 1 in Da'el. When a place's exact figure comes from the
report's lead (its first sentence with a count, titles aside) and is followed by a smaller exact
figure of its own, and the later figures of two places or more that day add up to no more than the
lead's, the lead's was the total of the parts: the place keeps its part."""
from __future__ import annotations

from collections import defaultdict

KINDS = ("killed", "wounded")


def own_figure(t, kind: str, count, pos: int, lead: bool) -> None:
    """Notes an exact figure a place was given as its own (`pos`: where it stands in the report;
    `lead`: whether it is the lead's)."""
    if not count.vague and count.best:
        t.owns.append((kind, count.best, pos, count, lead))


def prefer_parts(tallies: list) -> None:
    """Gives each place whose figure was a lead's total its own later, smaller figure."""
    later: dict[tuple, list] = defaultdict(list)
    for t in tallies:
        for kind, n, pos, _, _ in t.owns:
            later[(t.date, kind)].append((pos, n, id(t)))
    for t in tallies:
        for kind in KINDS:
            m = getattr(t, kind)
            if m is None or m[1] or m[3] or m[0].vague:
                continue
            mine = sorted((pos, n, c, lead) for k, n, pos, c, lead in t.owns if k == kind)
            if len(mine) < 2 or mine[0][1] != m[0].best or not mine[0][3]:
                continue
            first, rest = mine[0], [x for x in mine[1:] if x[1] < mine[0][1]]
            if not rest:
                continue
            after = [(n, who) for pos, n, who in later[(t.date, kind)] if pos > first[0]]
            if len({who for _, who in after}) > 1 and sum(n for n, _ in after) <= first[1]:
                setattr(t, kind, (rest[0][2], False, None, False))
