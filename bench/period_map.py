"""The archive's period map drawn in headless Chromium: 10,000 incidents (goal: under 2 s).

Run: .venv/bin/python bench/period_map.py [--incidents 10000]
Measured: building the page's HTML in Python, and Chromium's time from loading it until the
canvas has drawn every circle (after one animation frame). Two shapes of data:
- the page's own: incidents grouped per place (one circle per place, as pages/4_Archive.py draws);
- the worst case: every incident its own circle (10,000 circles).
Reference in the same run: the dashboard's map (core.mapbuild, one marker element each, clustered
as it opens) of the same 10,000 incidents, until its first markers show (so the ratio is, if
anything, in the reference's favour).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.archive.periodmap import page  # noqa: E402
from core.gazetteer import load_default, to_place  # noqa: E402
from core.mapbuild import map_html  # noqa: E402
from core.model import TYPES, Count, Incident  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def incidents(n: int, seed: int = 17) -> list[Incident]:
    """`n` incidents on real gazetteer places (their own coordinates), random types and tolls."""
    rng = random.Random(seed)
    places = [to_place(e) for e in load_default() if e.level in ("town", "village", "neighbourhood", "city")]
    return [Incident(id=f"i{k}", place=rng.choice(places), types=(rng.choice(TYPES),),
                     killed=Count.exact(rng.randrange(6)), date="2017-03-01") for k in range(n)]


def as_points(incs: list[Incident], per_place: bool) -> list[dict]:
    """The map's input as `core.archive.query.points` gives it."""
    out: dict = {}
    for k, i in enumerate(incs):
        key = i.place.id if per_place else k
        p = out.setdefault(key, {"place_id": i.place.id, "name_en": i.place.name_en, "name_ar": i.place.name_ar,
                                 "lat": i.place.lat, "lon": i.place.lon, "precise": i.place.is_precise,
                                 "types": {}, "killed": 0})
        p["types"][i.types[0]] = p["types"].get(i.types[0], 0) + 1
        p["killed"] += i.killed.best
    for p in out.values():
        p["n"] = sum(p["types"].values())
        p["type"] = max(p["types"], key=lambda t: (p["types"][t], t))
    return list(out.values())


def draw_time(browser, html: str, ready: str, runs: int = 3) -> float:
    """Median seconds from loading the page to its drawing done (`ready` true, then one frame)."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
        f.write(html)
    times = []
    for _ in range(runs):
        pg = browser.new_page(viewport={"width": 1280, "height": 800})
        t = time.perf_counter()
        pg.goto(Path(f.name).as_uri(), wait_until="commit")
        pg.wait_for_function(ready, timeout=120_000)
        pg.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        times.append(time.perf_counter() - t)
        pg.close()
    Path(f.name).unlink()
    return statistics.median(times)


def timed_build(fn) -> tuple[float, str]:
    t = time.perf_counter()
    html = fn()
    return time.perf_counter() - t, html


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    incs = incidents(args.incidents)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        for label, per_place in (("grouped per place (the archive page)", True), ("one circle per incident", False)):
            pts = as_points(incs, per_place)
            build, html = timed_build(lambda: page(pts))
            draw = draw_time(browser, html, f"window.periodMapDrawn === {len(pts)}")
            print(f"period map, {args.incidents:,} incidents {label}: {len(pts):,} circles; "
                  f"HTML {build * 1000:.0f} ms, Chromium draw {draw:.2f} s, total {build + draw:.2f} s (goal < 2 s)")
            last = build + draw
        build, html = timed_build(lambda: map_html(incs, tiles=False))
        draw = draw_time(browser, html, "document.querySelectorAll('.leaflet-marker-icon, .leaflet-interactive').length > 0", runs=1)
        print(f"reference, the dashboard's map (core.mapbuild) of the same incidents: HTML {build:.2f} s, "
              f"Chromium draw {draw:.2f} s, total {build + draw:.2f} s; one circle per incident is "
              f"{(build + draw) / last:.1f}x faster")
        browser.close()


if __name__ == "__main__":
    main()
