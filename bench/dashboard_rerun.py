"""The whole server side of a filter change on the dashboard with 1,000 incidents: Streamlit's own
script runner reruns app.py (filters, map through streamlit-folium, table, evidence view).

Run: .venv/bin/python bench/dashboard_rerun.py   (goal: < 300 ms per filter change)
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from core import DATA  # noqa: E402
from core.extract import extract  # noqa: E402
from core.model import TYPES  # noqa: E402


def thousand():
    """The example report's extraction with its incidents repeated to 1,000, each on a real place."""
    x = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"))
    base = x.incidents
    return replace(x, incidents=tuple(replace(base[n % len(base)], id=f"i{n + 1}") for n in range(1000)))


def main() -> None:
    # the app saves as the user works: into a scratch file here, never the user's database
    os.environ["INCIDENT_MAP_DB"] = os.path.join(tempfile.mkdtemp(), "bench.sqlite")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["extraction"] = thousand()
    at.run()
    assert not at.exception, at.exception
    choices = [["barrel_bomb"], ["airstrike"], ["airstrike", "barrel_bomb", "shelling"], list(TYPES)]
    times = []
    for _ in range(3):
        for chosen in choices:
            types = at.sidebar.multiselect[0]
            t = time.perf_counter()
            types.set_value(chosen).run()
            times.append(time.perf_counter() - t)
            assert not at.exception, at.exception
    print(f"filter change rerun, 1,000 incidents: median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms over {len(times)} changes")


if __name__ == "__main__":
    main()
