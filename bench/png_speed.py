"""Time to render a briefing PNG of 1,000 incidents (goal < 3 s): `python bench/png_speed.py [N] [RUNS]`.

Prints the briefing with the offline basemap and labels, and beside it, measured in the same run,
the same briefing without them (the reference), so the ratio shows what the basemap costs
whatever the machine's load. The two are measured in turn RUNS times (default 3) and the best
of each is kept: a shared machine only ever slows a run down."""
from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import briefing, chromium  # noqa: E402
from core.model import ACTORS, TYPES, Count, Evidence, Incident, Place  # noqa: E402

GOAL_S = 3.0


def incidents(n: int, seed: int = 7) -> list[Incident]:
    """n incidents at random points of western Syria, every type, level and count form."""
    rnd = random.Random(seed)
    levels = ("neighbourhood", "village", "town", "city", "region")
    out = []
    for k in range(n):
        lat, lon = rnd.uniform(32.5, 36.8), rnd.uniform(35.8, 38.5)
        place = Place(f"p{k}", f"مكان {k}", f"Place {k}", rnd.choice(levels), None, "Aleppo", lat, lon,
                      rnd.choice(("second", "decimal", "parent")))
        killed = rnd.choice((None, Count.exact(rnd.randint(0, 40)), Count(24, 24, None, True, "عشرات")))
        types = tuple(rnd.sample(TYPES, rnd.choice((1, 1, 1, 2, 3))))
        out.append(Incident(f"i{k}", place, types, actors=(rnd.choice(ACTORS),), killed=killed,
                            evidence=Evidence(0, 10, "قصف <b>x</b>"), date="2016-10-25"))
    return out


def timed(batch, b: briefing.Briefing) -> tuple[float, float, int, int]:
    t0 = time.perf_counter()
    page = briefing.briefing_html(batch, b)
    t1 = time.perf_counter()
    png = chromium.render_png(page, b.frame, markers=len(batch))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(page), len(png)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    batch = incidents(n)
    timed(batch[:5], briefing.Briefing(title="warm-up", size="1600x900"))   # imports, data files, Chromium's disk cache
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    full, plain = [], []
    for _ in range(runs):
        full.append(timed(batch, briefing.Briefing(title=f"{n} incidents", size="1600x900")))
        plain.append(timed(batch, briefing.Briefing(title=f"{n} incidents", size="1600x900", basemap=False)))
    html_s, chrome_s, size, png = min(full, key=lambda r: r[0] + r[1])
    ref_html, ref_chrome, _, _ = min(plain, key=lambda r: r[0] + r[1])
    total, ref = html_s + chrome_s, ref_html + ref_chrome
    print(f"briefing PNG of {n:,} incidents: {total:.2f} s (HTML {html_s:.2f} s, {size / 1e6:.1f} MB; "
          f"Chromium {chrome_s:.2f} s; PNG {png / 1e3:.0f} kB) - goal < {GOAL_S:.0f} s: "
          f"{'met' if total < GOAL_S else 'NOT met'}")
    print(f"reference without basemap and labels: {ref:.2f} s (HTML {ref_html:.2f} s; Chromium {ref_chrome:.2f} s); "
          f"ratio {total / ref:.2f} (best of {runs} each); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
