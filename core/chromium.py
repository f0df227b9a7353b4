"""Rendering a page through headless Chromium (Playwright): PNG and PDF of a briefing, with every
request that leaves the page blocked unless map tiles are asked for. `frame` is a briefing
`Frame` (CSS width and height, device scale)."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                  "/snap/bin/chromium")
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--hide-scrollbars")
INSTALL_HINT = ("PNG export needs Chromium and the playwright package: install them with "
                "'apt-get install chromium' and 'pip install playwright' "
                "(or set INCIDENT_MAP_CHROMIUM to a Chromium binary)")


class BrowserMissing(RuntimeError):
    """No headless Chromium to render with; the message says what to install."""


class RenderError(RuntimeError):
    """Chromium ran but the map did not render."""


def find_chromium() -> str | None:
    """A Chromium binary: $INCIDENT_MAP_CHROMIUM, the system's, or None."""
    env = os.environ.get("INCIDENT_MAP_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for p in CHROMIUM_PATHS:
        if Path(p).exists():
            return p
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def check_browser() -> str:
    """The Chromium binary to render with, or BrowserMissing saying what to install."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise BrowserMissing(INSTALL_HINT) from None
    exe = find_chromium()
    if exe is None:
        raise BrowserMissing(INSTALL_HINT)
    return exe


def render_png(page_html: str, frame, *, markers: int = 0, tiles: bool = False,
               timeout_s: float = 60) -> bytes:
    """Screenshot of `page_html` at `frame` once Leaflet has drawn `markers` marker elements.

    Without `tiles` every request that leaves the page is blocked, so the PNG never depends on
    the network."""
    return _render(page_html, frame, markers, tiles, timeout_s,
                   lambda page: page.screenshot(type="png", full_page=False))


# paper name -> (briefing size, Chromium's page.pdf options)
PAPERS = {"a4": ("a4", {"format": "A4", "landscape": True, "scale": round(1122.5 / 1754, 4)}),
          "16:9": ("1600x900", {"width": "1600px", "height": "900px"})}


def render_pdf(page_html: str, frame, paper: str = "a4", *, markers: int = 0, tiles: bool = False,
               timeout_s: float = 60) -> bytes:
    """The same page as a one-page PDF through the same headless Chromium: A4 landscape (the page
    laid out at the A4 briefing size and printed to the sheet) or a 16:9 slide."""
    options = PAPERS[paper][1]
    return _render(page_html, frame, markers, tiles, timeout_s,
                   lambda page: page.pdf(print_background=True, margin={"top": "0", "right": "0", "bottom": "0",
                                                                        "left": "0"}, page_ranges="1", **options))


def _render(page_html: str, frame, markers: int, tiles: bool, timeout_s: float, shoot) -> bytes:
    exe = check_browser()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=exe, headless=True, args=list(CHROMIUM_ARGS))
        except PlaywrightError as e:
            raise BrowserMissing(f"Chromium at {exe} did not start ({_first_line(e)}); {INSTALL_HINT}") from None
        try:
            page = browser.new_page(viewport={"width": frame.width, "height": frame.height},
                                    device_scale_factor=frame.scale)
            if not tiles:
                page.route(re.compile(r"^(https?|wss?|ftp):"), lambda route: route.abort())
            page.set_content(page_html, wait_until="load", timeout=timeout_s * 1000)
            page.wait_for_function(_READY_JS, arg=markers, timeout=timeout_s * 1000, polling="raf")
            if tiles:
                _wait_for_tiles(page, timeout_s)
            page.add_style_tag(content=".leaflet-control-zoom, .leaflet-control-layers { display: none !important; }")
            return shoot(page)
        except PlaywrightError as e:
            raise RenderError(f"the briefing map did not render: {_first_line(e)}") from None
        finally:
            browser.close()


_READY_JS = """(n) => window.briefingReady === true &&
  document.querySelectorAll('.leaflet-marker-icon, .leaflet-marker-pane > *, path.leaflet-interactive').length >= n"""


def _wait_for_tiles(page, timeout_s: float) -> None:
    """Wait for the tiles to arrive, but draw the map without those that never come."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_function("() => !document.querySelector('img.leaflet-tile:not(.leaflet-tile-loaded)')",
                               timeout=min(timeout_s, 20) * 1000, polling=100)
    except PlaywrightTimeout:
        pass


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
