"""Fuzzing the extractor with report-shaped text: lexicon phrases, place names, numbers and
punctuation of both scripts mixed at random. Whatever comes in, extraction does not raise, every
offset lies inside the text, and every count keeps low <= best <= high.

`bench/fuzz.py` runs the same property for minutes on end and counts runs and failures.
"""
from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.extract import InputError, extract
from core.gazetteer import BUNDLED, read_rows
from core.lexicon import load

PUNCTUATION = [".", "،", ",", "؛", ";", ":", "!", "?", "؟", "(", ")", "«", "»", '"', "'", "-", "–", "/", "…",
               "\n", "\n\n", "\r\n", "\t", " - ", "*", "#", "%", "+", "&"]
GAPS = [" ", " ", " ", "", "\n", " و", "، ", ". ", " and ", " في ", " in "]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@lru_cache(maxsize=None)
def phrases(*files: str) -> tuple[str, ...]:
    """Every phrase of the named lexicon files (all files when none is named) of both languages."""
    return tuple(sorted({r.phrase for lang in ("ar", "en") for name, rows in load(lang).items() for r in rows
                         if r.phrase.strip() and (not files or name in files)}))


@lru_cache(maxsize=None)
def place_names() -> tuple[str, ...]:
    """Names and aliases of the bundled gazetteer, Arabic and English."""
    names = set()
    for _, e in read_rows(BUNDLED):
        names.update((*e.names_ar, *e.names_en))
    return tuple(sorted(names))


numbers = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(0, 5000).map(lambda n: str(n).translate(ARABIC_DIGITS)),
    st.integers(1000, 10**6).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]}-{t[1]}"),
)
counts = st.tuples(numbers | st.sampled_from(phrases("quantities")), st.sampled_from(GAPS),
                   st.sampled_from(phrases("casualties", "victim_cues"))).map("".join)
tolls = st.lists(counts, min_size=2, max_size=3).flatmap(
    lambda parts: st.sampled_from(GAPS).map(lambda gap: gap.join(parts)))
tokens = st.one_of(
    st.sampled_from(phrases()),
    st.sampled_from(phrases("types", "actors", "massacre")),
    st.sampled_from(phrases("quantities")),
    st.sampled_from(phrases("casualties")),
    counts,
    tolls,
    st.sampled_from(place_names()),
    numbers,
    st.sampled_from(PUNCTUATION),
)
reports = st.lists(st.tuples(st.sampled_from(GAPS), tokens), min_size=1, max_size=60).map(
    lambda parts: "".join(gap + tok for gap, tok in parts))


def check_extraction(text: str) -> None:
    """The fuzz property for one text (an AssertionError or the extractor's exception when broken)."""
    try:
        x = extract(text)
    except InputError:
        return
    n = len(text)
    for i in x.incidents:
        ev = i.evidence
        assert 0 <= ev.start <= ev.end <= n and text[ev.start:ev.end] == ev.text, (ev, n)
        for s, e, _ in i.cues:
            assert 0 <= s <= e <= n, (s, e, n)
        for c in (i.killed, i.wounded):
            if c is None:
                continue
            known = [v for v in (c.low, c.best, c.high) if v is not None]
            assert known == sorted(known) and all(v >= 0 for v in known), c
    for m in x.unresolved:
        assert 0 <= m.start <= m.end <= n and text[m.start:m.end] == m.text, (m, n)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(reports)
@example("١٧١٤ detainees and 40-94 maimed")                    # found by bench/fuzz.py, shrunk
@example("Shelling on Douma with no fatalities and three wounded.")  # issue 13, item 1
@example("قصف على دوما دون إصابات و ثلاثة جرحى")
def test_report_shaped_noise_never_crashes_and_keeps_offsets_and_count_order(text):
    check_extraction(text)
