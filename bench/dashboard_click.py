"""Click to map: how long the example report takes from the click on "Map incidents" until every
marker is on the map, in the real app (`streamlit run app.py`) in headless Chromium; median of 5
fresh browser sessions. Goal: under 0.5 s on an idle machine. The dashboard's map is on the page
before any report (an analyst pastes first), so each session waits for that empty map, then
loads the example and maps it.

Both ends are stamped inside the browser (the click as the page gets it, the markers as the map's
frame gets them), so Playwright's own polling is not timed. Breakdown of a click: "server" is
click to the map's update reaching the page (the rerun: extraction, the page's elements before the
map, serialization, the network, Streamlit's rendering); "browser" is from there to the markers
(the update refilling the map in its iframe). `--profile` adds the server's parts measured in this
process.

Printed beside it, measured in the same run as references for the machine's speed at that moment:
the app's bare round trip ("Load example": a click, a rerun, the box redrawn) and a static page
with the same Leaflet assets and map (core.mapbuild.map_html of the example) loaded until its
markers show, so a busy machine shows as slower references and the ratios stay comparable.

Run: .venv/bin/python bench/dashboard_click.py [--runs 5] [--profile]
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
CLICKED = """() => { document.addEventListener("click", () => { window.__clicked = Date.now(); }, {capture: true, once: true});
  let data = window.__incidentMapData;   // the map's update reaching the page (core.livemap's script)
  Object.defineProperty(window, "__incidentMapData", {configurable: true, get: () => data,
    set: v => { data = v; window.__updated = window.__updated || Date.now(); }}); }"""
SHOWN = """n => new MutationObserver((_, o) => { if (document.querySelectorAll('.incident-marker').length === n) {
  window.__shown = Date.now(); o.disconnect(); } }).observe(document.body, {childList: true, subtree: true})"""


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


def base_map_ready(page, timeout: float = 120.0) -> float:
    """Wait until the dashboard's empty map (before any report) is drawn; the time it was seen."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        for f in page.frames:
            try:
                if f.evaluate("!!(window.map && window.map.incidentView)"):
                    return time.perf_counter()
            except Exception:  # noqa: BLE001 - a frame being replaced
                continue
        time.sleep(0.01)
    raise TimeoutError("no map before the report")


def one_run(browser, url: str, n: int) -> dict:
    """Click to map, its server and browser parts, the bare round trip and the empty map's load,
    in one fresh browser session."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1600})
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    try:
        t = time.perf_counter()
        page.goto(url)
        page.get_by_text("Map incidents").wait_for()
        empty_map = base_map_ready(page) - t
        t = time.perf_counter()
        page.get_by_role("button", name="Load example").click()
        page.wait_for_function("n => (document.querySelector('textarea') || {}).value?.length === n", arg=len(SEED),
                               polling=10)
        trip = time.perf_counter() - t
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", state="attached")
        # both ends stamped inside the browser (one clock): the click as the page receives it, the
        # markers as the map's frame gets them; Playwright's polling, slow on a busy machine, is not timed
        page.evaluate(CLICKED)
        for f in page.frames:
            try:
                f.evaluate(SHOWN, n)
            except Exception:  # noqa: BLE001 - a frame without a map
                continue
        page.get_by_role("button", name="Map incidents").click()
        wait_markers(page, n)
        clicked = page.evaluate("window.__clicked")
        shown = max(f.evaluate("window.__shown || 0") for f in page.frames)
        server = (page.evaluate("window.__updated") - clicked) / 1000
        click = (shown - clicked) / 1000
        return {"click": click, "server": server, "browser": click - server, "trip": trip, "empty_map": empty_map}
    finally:
        ctx.close()


def static_page(browser) -> float:
    """The reference: a static page of the example's map (the same Leaflet files, inlined) loaded
    until its markers show."""
    from core.mapbuild import map_html
    html = map_html(extract(SEED).incidents, tiles=False, cluster=False)
    page = browser.new_page()
    try:
        t = time.perf_counter()
        page.set_content(html)
        page.wait_for_function(f"{MARKERS} === {len(extract(SEED).incidents)}", polling=10)
        return time.perf_counter() - t
    finally:
        page.close()


def profile() -> None:
    """The server's part of a click, piece by piece, in this process (median of 5)."""
    import streamlit_folium as sf
    from core.livemap import base_map, update_script
    from core.offline import localize

    def timed(f) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            f()
            times.append(time.perf_counter() - t)
        return statistics.median(times) * 1000

    x = extract(SEED)
    m = localize(base_map(tiles=False))
    m.get_root().render()
    script = sf._get_map_string(m)
    print("server parts (ms, median of 5): "
          f"extraction {timed(lambda: extract(SEED)):.0f}; base map build {timed(lambda: localize(base_map(tiles=False))):.0f} "
          f"and render {timed(lambda: localize(base_map(tiles=False)).get_root().render()):.0f} (once per server now); "
          f"the report's update {timed(lambda: update_script(x.incidents, x.incidents)):.1f}; "
          f"sizes: base map script {len(script) / 1000:.0f} kB (sent once per session), "
          f"update {len(update_script(x.incidents, x.incidents)) / 1000:.0f} kB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    n = len(extract(SEED).incidents)
    with tempfile.TemporaryDirectory() as home:
        proc, url = serve(Path(home))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                one_run(browser, url, n)   # warm-up: the server's first import and caches
                static_page(browser)
                runs, statics = [], []
                for _ in range(args.runs):
                    runs.append(one_run(browser, url, n))
                    statics.append(static_page(browser))
                browser.close()
        finally:
            proc.terminate()
            proc.wait(10)
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    clicks = sorted(r["click"] for r in runs)
    ref = statistics.median(statics)
    print(f"click to map, example report ({n} markers): median {med['click']:.2f} s "
          f"(min {clicks[0]:.2f}, max {clicks[-1]:.2f}) over {len(clicks)} runs; goal < 0.5 s")
    print(f"  of which server (click to the map's update in the page) {med['server']:.2f} s, browser (to the markers) {med['browser']:.2f} s; "
          f"the empty map before it: {med['empty_map']:.2f} s from opening the page")
    print(f"references, same run: static page of the same map (Leaflet, basemap, markers) {ref:.2f} s; "
          f"bare app round trip (Load example) {med['trip']:.2f} s")
    print(f"ratios: click to map = {med['click'] / ref:.2f}x the static page, {med['click'] / med['trip']:.2f}x the round trip")
    if args.profile:
        profile()


if __name__ == "__main__":
    main()
