"""The archive page's queries on 100,000 incidents over a month (SQLite file and a throwaway
PostgreSQL + PostGIS server), and the rate of adding reports.

Run: .venv/bin/python bench/archive_speed.py [--incidents 100000] [--no-postgres]
Goal: the page's queries (summary, map points, timeline, reports, governorates) under 300 ms.
Reference measured in the same run: reading every incident's point (SELECT lat, lon) into Python.
"""
from __future__ import annotations

import argparse
import os
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from core.archive import Archive, query, rows  # noqa: E402
from core.archive.ingest import add_files, collect  # noqa: E402
from core.archive.models import Event, IncidentRow, Reading, Report  # noqa: E402
from core.extract import extract  # noqa: E402
from core.filters import Filter  # noqa: E402
from core.gazetteer import load_default, to_place  # noqa: E402
from core.model import TYPES, Count, Incident  # noqa: E402

START = dt.date(2017, 3, 1)
DAYS = 31
PER_REPORT = 100


def synthetic(n: int, seed: int = 17):
    """`n` incidents on real gazetteer places over one month, 100 a report; one in ten repeats a
    strike of another report (same place, day, type) and shares its event."""
    rng = random.Random(seed)
    places = [to_place(e) for e in load_default() if e.level in ("town", "village", "neighbourhood", "city")]
    places = rng.sample(places, min(3000, len(places)))
    events, out = [], []
    for k in range(n):
        if events and rng.random() < 0.1:
            ev, place, day, types = rng.choice(events)
        else:
            place, day = rng.choice(places), START + dt.timedelta(days=rng.randrange(DAYS))
            types = (rng.choice(TYPES),)
            ev = len(events) + 1
            events.append((ev, place, day, types))
        killed = Count.exact(rng.choice((0, 0, 1, 2, 3, 5, 8))) if rng.random() < 0.7 else None
        inc = Incident(id=f"i{k % PER_REPORT + 1}", place=place, types=types, actors=(rng.choice(("russia", "government", "isis")),),
                       killed=killed, date=day.isoformat(), place_text=place.name_ar)
        out.append((ev, inc))
    return events, out


def load(archive: Archive, n: int) -> float:
    """Bulk-load the synthetic month; seconds taken."""
    t = time.perf_counter()
    events, incs = synthetic(n)
    lead = {}
    for k, (ev, inc) in enumerate(incs):
        toll = rows.columns(inc, None)["killed_sum"]
        if ev not in lead or toll > lead[ev][0]:
            lead[ev] = (toll, k)
    leads = {k for _, k in lead.values()}
    now = dt.datetime.now(dt.timezone.utc)
    with archive.engine.begin() as con:
        con.execute(insert(Report), [{"id": r + 1, "sha256": f"{r:064d}", "title": f"report {r + 1}", "text": "",
                                      "lang": "ar", "date": START + dt.timedelta(days=r % DAYS), "source": "bench",
                                      "added": now, "chars": 0, "unresolved": "[]"}
                                     for r in range((n + PER_REPORT - 1) // PER_REPORT)])
        con.execute(insert(Event), [{"id": ev, "date": day, "place_id": p.id, "pinned": False}
                                    for ev, p, day, _ in events])
        for at in range(0, len(incs), 5000):
            part = incs[at:at + 5000]
            con.execute(insert(IncidentRow), [
                {"id": at + k + 1, "report_id": (at + k) // PER_REPORT + 1, "key": inc.id, "corrected": False, "lead": at + k in leads,
                 "deleted": False, "event_id": ev, **rows.columns(inc, None)} for k, (ev, inc) in enumerate(part)])
            con.execute(insert(Reading), [{"incident_id": at + k + 1, "machine": rows.dumps(inc), "correction": None}
                                          for k, (_, inc) in enumerate(part)])
        if archive.dialect == "postgresql":
            con.execute(text("SELECT setval(pg_get_serial_sequence('archive_reports', 'id'), max(id)) FROM archive_reports"))
            con.execute(text("SELECT setval(pg_get_serial_sequence('archive_events', 'id'), max(id)) FROM archive_events"))
            con.execute(text("SELECT setval(pg_get_serial_sequence('archive_incidents', 'id'), max(id)) FROM archive_incidents"))
    with archive.engine.connect() as con:
        con.execution_options(isolation_level="AUTOCOMMIT")
        con.execute(text("VACUUM ANALYZE" if archive.dialect == "postgresql" else "ANALYZE"))
    return time.perf_counter() - t


def page_queries(archive: Archive, f: Filter) -> dict:
    """What pages/4_Archive.py asks for a month, and how much came back."""
    lo, hi = START, START + dt.timedelta(days=DAYS - 1)
    with archive.engine.connect() as con:
        got = query.page(con, lo, hi, f)
    s = got["summary"]
    return {"incidents": s["incidents"], "events": s["events"], "places": len(got["points"]),
            "day-type bars": len(got["timeline"]), "reports": len(got["reports"])}


def timed(fn, runs: int = 5) -> tuple[float, float, object]:
    out, times = None, []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), out


def reference(archive: Archive) -> float:
    def read():
        with archive.engine.connect() as con:
            return len(con.execute(text("SELECT lat, lon FROM archive_incidents")).all())
    return timed(read)[0]


def add_rate(archive: Archive) -> None:
    """Reports a second: storing ready readings (Archive.add), and whole files (read in parallel)."""
    files = collect([ROOT / "tests" / "reports"])
    texts = [f.read_text(encoding="utf-8") for f in files]
    readings = [extract(t) for t in texts]
    t = time.perf_counter()
    for k, (tx, x) in enumerate(zip(texts, readings)):
        archive.add(tx + f"\n{k}", x)
    store = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        for k, tx in enumerate(texts):
            Path(d, f"{k}.txt").write_text(tx + "\n\n", encoding="utf-8")
        t = time.perf_counter()
        out = add_files(archive, [d])
        whole = time.perf_counter() - t
    print(f"  add rate: store {len(texts) / store:.0f} reports/s (readings ready, {len(texts)} corpus reports); "
          f"files read in parallel and stored {out.added / whole:.1f} reports/s ({out.added} files)")


def run(label: str, url: str, n: int) -> None:
    archive = Archive(url)
    secs = load(archive, n)
    print(f"{label}: {n:,} incidents over {DAYS} days loaded in {secs:.1f} s")
    ref = reference(archive)
    print(f"  reference (read every incident's point): {ref * 1000:.0f} ms")
    for name, f in (("all incidents", Filter()), ("airstrikes + barrel bombs", Filter(types=frozenset({"airstrike", "barrel_bomb"}))),
                    ("Idlib, 3+ killed", Filter(governorates=frozenset({"Idlib"}), min_killed=3))):
        med, worst, got = timed(lambda: page_queries(archive, f))
        print(f"  page queries, {name}: median {med * 1000:.0f} ms, max {worst * 1000:.0f} ms "
              f"({med / ref:.2f}x reference; goal < 300 ms) {got}")
    add_rate(archive)
    archive.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as d:
        run("SQLite", f"sqlite:///{d}/bench.sqlite", args.incidents)
    if args.no_postgres:
        return
    from tests.archive.pgserver import Cluster, NoPostgres
    try:
        cluster = Cluster()
    except NoPostgres as e:
        print(f"PostgreSQL: skipped ({e})")
        return
    with cluster:
        run("PostgreSQL + PostGIS", cluster.new_database(), args.incidents)


if __name__ == "__main__":
    main()
