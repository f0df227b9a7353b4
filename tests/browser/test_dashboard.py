"""The real Streamlit app in a real headless Chromium: paste, map, filter, escape, stay offline."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from core import DATA, ROOT
from core.extract import extract

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.browser
if not os.path.exists(CHROMIUM):
    if os.environ.get("INCIDENT_MAP_REQUIRE_BROWSER"):
        raise RuntimeError(f"{CHROMIUM} is required here (INCIDENT_MAP_REQUIRE_BROWSER is set)")
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")
LOCAL = ("http://localhost", "http://127.0.0.1", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, INCIDENT_MAP_DB=str(tmp_path_factory.mktemp("db") / "t.sqlite"))
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path_factory.mktemp("log") / "streamlit.log", "w"))
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture()
def page(server):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        pg = browser.new_page(viewport={"width": 1400, "height": 1600})
        pg.outside = []
        pg.dialogs = []
        pg.on("request", lambda r: None if r.url.startswith(LOCAL) else pg.outside.append(r.url))
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        pg.goto(server)
        pg.get_by_text("Map incidents").wait_for(timeout=60_000)
        yield pg
        browser.close()


def map_frame(pg, markers=None):
    """The map's iframe once it shows a legend (and, when given, that many markers)."""
    for _ in range(80):
        for f in pg.frames:
            if f.locator(".map-legend").count() and (markers is None or f.locator(".incident-marker").count() == markers):
                return f
        pg.wait_for_timeout(500)
    raise AssertionError(f"no map frame with {markers} markers appeared")


def paste_and_map(pg, text):
    box = pg.locator("textarea")
    box.fill(text)
    box.press("Control+Enter")
    pg.wait_for_timeout(800)
    pg.get_by_text("Map incidents").click()


def test_seed_shows_one_marker_per_incident_with_legend_offline(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(extract(SEED).incidents))
    assert frame.locator(".map-legend").is_visible()
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
    assert page.outside == []


def test_filtering_to_barrel_bombs_leaves_exactly_those(page):
    paste_and_map(page, SEED)
    map_frame(page)
    expected = sum("barrel_bomb" in i.types for i in extract(SEED).incidents)
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first.locator("input")
    box.click()
    for _ in range(12):
        box.press("Backspace")
    box.type("Barrel")
    box.press("Enter")
    box.press("Escape")
    frame = map_frame(page, markers=expected)
    assert frame.locator(".incident-marker.type-barrel_bomb").count() == expected


def test_script_in_a_report_is_shown_escaped_and_never_runs(page):
    evil = "قصف الطيران الروسي مدينة دوما <img src=x onerror=alert(1)> <script>alert(2)</script> ما أدى لسقوط 3 شهداء."
    paste_and_map(page, evil)
    frame = map_frame(page, markers=1)
    frame.locator(".incident-marker").first.click()
    popup = frame.locator(".incident-popup")
    popup.wait_for(timeout=10_000)
    assert "<script>alert(2)</script>" in popup.inner_text()
    page.wait_for_timeout(1000)
    assert page.dialogs == []
