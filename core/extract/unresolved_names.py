"""The names a report's reading lists as not mapped, kept by their spans in text order with an index
of sorted starts: the gap rules ask "is a listed name around this span?" once per name of a long
report, so the question must not read the whole list (`State` holds one)."""
from __future__ import annotations

from bisect import bisect_left, insort

from core.model import Mention


class UnresolvedNames:
    """Listed names by (start, end) in the full text, in the order they were listed."""

    def __init__(self):
        self.by_span: dict[tuple[int, int], Mention] = {}
        self._starts: set[int] = set()
        self._sorted: list[tuple[int, int]] = []
        self._longest = 0

    def note(self, full: str, s: int, e: int, *, same_start: bool = False) -> None:
        """List full[s:e], unless it is listed already (at the same start, or the same span)."""
        if s in self._starts if same_start else (s, e) in self.by_span:
            return
        self._starts.add(s)
        self.by_span[(s, e)] = Mention(full[s:e], s, e)
        insort(self._sorted, (s, e))
        self._longest = max(self._longest, e - s)

    def widen(self, full: str, s: int, e: int) -> None:
        """List full[s:e] in place of the listed names that lie inside it or cross it (خراب of خراب
        رشك; حرش بينين والأربيخ read as one name)."""
        inner = self.around(s, e)
        for span in inner:
            del self.by_span[span]
            del self._sorted[bisect_left(self._sorted, span)]
        self._starts -= {a for a, _ in inner}
        self.note(full, s, e)

    def around(self, s: int, e: int) -> list[tuple[int, int]]:
        """The spans of listed names that overlap full[s:e]."""
        lo = bisect_left(self._sorted, (s - self._longest, -1))
        hi = bisect_left(self._sorted, (e, -1))
        return [(a, b) for a, b in self._sorted[lo:hi] if b > s]

    def absorb(self, other: "UnresolvedNames") -> None:
        """The next section's names after ours."""
        self.by_span.update(other.by_span)
        self._starts |= other._starts
        self._sorted = sorted(self.by_span)
        self._longest = max(self._longest, other._longest)
