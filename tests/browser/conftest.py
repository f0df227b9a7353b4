"""Shared by the browser tests: a real `streamlit run app.py` on a free port with its own SQLite file
and user gazetteer, and headless Chromium pages that record requests leaving the machine and dialogs."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from core import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
LOCAL = ("http://localhost", "http://127.0.0.1", "data:", "blob:", "about:")

if not os.path.exists(CHROMIUM) and os.environ.get("INCIDENT_MAP_REQUIRE_BROWSER"):
    raise RuntimeError(f"{CHROMIUM} is required here (INCIDENT_MAP_REQUIRE_BROWSER is set)")


@dataclass
class Server:
    """A running app: its address and the files it writes."""
    url: str
    db: Path
    user_gazetteer: Path
    log: Path


@pytest.fixture(scope="module")
def server_env() -> dict:
    """Settings the app of a test module runs with, beside its own database and user gazetteer (a
    module overrides this fixture, e.g. to name another base gazetteer)."""
    return {}


@pytest.fixture(scope="module")
def server(tmp_path_factory, server_env):
    """The whole app (main page and pages/) served by Streamlit, one per test module."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home = tmp_path_factory.mktemp("server")
    srv = Server(f"http://127.0.0.1:{port}", home / "t.sqlite", home / "user_gazetteer.csv", home / "streamlit.log")
    env = {**os.environ, "INCIDENT_MAP_DB": str(srv.db), "INCIDENT_MAP_USER_GAZETTEER": str(srv.user_gazetteer), **server_env}
    with open(srv.log, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                                 "--server.address", "127.0.0.1", "--server.headless", "true",
                                 "--browser.gatherUsageStats", "false"],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(srv.url + "/_stcore/health", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit stopped:\n{srv.log.read_text()}")
                time.sleep(0.5)
        else:
            raise RuntimeError(f"streamlit did not answer:\n{srv.log.read_text()}")
        yield srv
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh session on the main page; `outside` lists requests to other hosts, `dialogs` any
    alert that opened, `sent` the messages the page sent the server (each rerun is one), `errors`
    uncaught script errors (the map's iframe included)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1600})
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)
    pg.outside, pg.dialogs, pg.sent, pg.errors = [], [], [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: None if r.url.startswith(LOCAL) else pg.outside.append(r.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("websocket", lambda ws: ws.on("framesent", lambda payload: pg.sent.append(payload)))
    pg.goto(server.url)
    pg.get_by_text("Map incidents").wait_for()
    yield pg
    ctx.close()
