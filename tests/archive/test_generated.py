"""A hundred and fifty reports made of real corpus sentences, on SQLite and on PostgreSQL: counts,
duplicates linked as one event, a correction that survives re-extraction. The size is what the
counting needs (each report on its own day, with re-sent copies and byte-for-byte repeats among
them; store.known's 500-hash batches are not on this path); the rate of adding many reports is
measured by bench/archive_speed.py."""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from core.archive import query
from core.extract import extract
from core.filters import Filter
from core.model import Count
from tests.archive import corpus

ORIGINALS = 150
RESENT = 30    # originals sent again by a second desk (one more line break): a new text, the same strikes
REPEATED = 15  # texts added a second time, byte for byte


@lru_cache(maxsize=1)
def plan():
    """(text, date, extraction) of every report to add, in order, and which are re-sent copies."""
    originals = [(t, d, extract(t, date=d)) for t, d in corpus.generated(ORIGINALS)]
    resent = [(t + "\n", d, extract(t + "\n", date=d)) for t, d, _ in originals[::ORIGINALS // RESENT]]
    repeated = originals[3::ORIGINALS // REPEATED]
    return originals, resent, repeated


def killed_low(c: Count | None) -> int:
    return 0 if c is None or c.shared else (c.low if c.low is not None else c.best or 0)


def test_reports_of_many_days_are_counted_with_each_strike_once(archive):
    originals, resent, repeated = plan()
    results = [archive.add(t, x, date=d) for t, d, x in originals + resent + repeated]
    assert sum(r.new for r in results) == ORIGINALS + RESENT
    assert [r.new for r in results[-REPEATED:]] == [False] * REPEATED
    with archive.engine.connect() as con:
        s = query.summary(con)
        pairs = {}
        for a in query.incidents(con):
            pairs.setdefault((a.incident.date, a.incident.place.id), set()).add((a.report_id, a.event_id))
    original_incidents = sum(len(x.incidents) for _, _, x in originals)
    assert s["reports"] == ORIGINALS + RESENT
    assert s["incidents"] == original_incidents + sum(len(x.incidents) for _, _, x in resent)
    # every original is on its own day: each of its incidents is one strike, and a re-sent copy's
    # incidents join the strikes they repeat
    assert s["events"] == original_incidents
    assert s["killed"] == sum(killed_low(i.killed) for _, _, x in originals for i in x.incidents)
    told_twice = [v for v in pairs.values() if len(v) == 2]
    assert len(told_twice) == sum(len(x.incidents) for _, _, x in resent)
    assert all(len({event for _, event in v}) == 1 for v in told_twice)


def test_a_corrected_incident_survives_reextraction(archive):
    originals, _, _ = plan()
    for t, d, x in originals[:40]:
        archive.add(t, x, date=d)
    with archive.engine.connect() as con:
        target = query.incidents(con)[5]
    fixed = dataclasses.replace(target.incident, killed=Count.exact(99, "corrected by the desk"),
                                types=("barrel_bomb",))
    archive.correct(target.id, fixed)
    text, day = next((t, d) for t, d, _ in originals if d == target.incident.date)
    archive.replace_reading(target.report_id, extract(text, date=day))
    with archive.engine.connect() as con:
        after = {a.id: a for a in query.incidents(con, report_id=target.report_id)}
        barrels = query.summary(con, f=Filter(types=frozenset({"barrel_bomb"})))
    assert after[target.id].corrected
    assert after[target.id].incident.killed == Count.exact(99, "corrected by the desk")
    assert after[target.id].incident.types == ("barrel_bomb",)
    assert barrels["killed"] >= 99
    assert len(after) == len(extract(text, date=day).incidents)
