"""Time to render a briefing PNG of 1,000 incidents (goal < 5 s): `python bench/png_speed.py [N]`."""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import briefing  # noqa: E402
from core.model import ACTORS, TYPES, Count, Evidence, Incident, Place  # noqa: E402


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
        out.append(Incident(f"i{k}", place, (rnd.choice(TYPES),), actors=(rnd.choice(ACTORS),), killed=killed,
                            evidence=Evidence(0, 10, "قصف <b>x</b>"), date="2016-10-25"))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    batch = incidents(n)
    b = briefing.Briefing(title=f"{n} incidents", size="1600x900")
    t0 = time.perf_counter()
    page = briefing.briefing_html(batch, b)
    t1 = time.perf_counter()
    png = briefing.render_png(page, b.frame, markers=n)
    t2 = time.perf_counter()
    print(f"briefing PNG of {n:,} incidents: {t2 - t0:.2f} s "
          f"(HTML {t1 - t0:.2f} s, {len(page) / 1e6:.1f} MB; Chromium {t2 - t1:.2f} s; PNG {len(png) / 1e3:.0f} kB)"
          f" - goal < 5 s: {'met' if t2 - t0 < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
