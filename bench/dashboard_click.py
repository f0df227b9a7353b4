"""Click to map: how long the example report takes from the click on "Map incidents" until every
marker is on the map, in the real app (`streamlit run app.py`) in headless Chromium; median of 5
fresh browser sessions. Goal: under 0.5 s on an idle machine.

Printed beside it, measured in the same run as a reference for the machine's speed at that moment:
the extraction alone in this process, and the app's bare round trip ("Load example": a click, a
rerun, the box redrawn), so a busy machine shows as a slower reference.

Run: .venv/bin/python bench/dashboard_click.py [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import DATA  # noqa: E402
from core.extract import extract  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")
MARKERS = "document.querySelectorAll('.incident-marker').length"


def serve(home: Path) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on a free port, saving into a scratch database and gazetteer."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, INCIDENT_MAP_DB=str(home / "bench.sqlite"), INCIDENT_MAP_USER_GAZETTEER=str(home / "user.csv"))
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("streamlit did not start")


def wait_markers(page, n: int, timeout: float = 60.0) -> float:
    """Poll every frame until one shows `n` markers; the time it was seen."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        for f in page.frames:
            try:
                if f.evaluate(MARKERS) == n:
                    return time.perf_counter()
            except Exception:  # noqa: BLE001 - a frame being replaced
                continue
        time.sleep(0.01)
    raise TimeoutError(f"no map with {n} markers")


def one_run(browser, url: str, n: int) -> tuple[float, float]:
    """(click to map, bare round trip) in one fresh browser session."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1600})
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(url)
        page.get_by_text("Map incidents").wait_for()
        t = time.perf_counter()
        page.get_by_role("button", name="Load example").click()
        page.wait_for_function("n => (document.querySelector('textarea') || {}).value?.length === n", arg=len(SEED),
                               polling=10)
        trip = time.perf_counter() - t
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", state="attached")
        t = time.perf_counter()
        page.get_by_role("button", name="Map incidents").click()
        return wait_markers(page, n) - t, trip
    finally:
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    n = len(extract(SEED).incidents)
    t = time.perf_counter()
    for _ in range(5):
        extract(SEED)
    extract_ms = (time.perf_counter() - t) / 5 * 1000
    with tempfile.TemporaryDirectory() as home:
        proc, url = serve(Path(home))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                one_run(browser, url, n)   # warm-up: the server's first import and caches
                runs = [one_run(browser, url, n) for _ in range(args.runs)]
                browser.close()
        finally:
            proc.terminate()
            proc.wait(10)
    clicks = sorted(r[0] for r in runs)
    trips = sorted(r[1] for r in runs)
    print(f"click to map, example report ({n} markers): median {statistics.median(clicks):.2f} s "
          f"(min {clicks[0]:.2f}, max {clicks[-1]:.2f}) over {len(clicks)} runs; goal < 0.5 s")
    print(f"reference, same run: bare app round trip (Load example) median {statistics.median(trips):.2f} s; "
          f"extraction alone {extract_ms:.0f} ms; click to map = {statistics.median(clicks) / statistics.median(trips):.1f}x "
          "the round trip")


if __name__ == "__main__":
    main()
