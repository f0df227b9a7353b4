"""Steps the browser tests share: paste a report and map it, find the map's iframe, open a page."""
from __future__ import annotations

from playwright.sync_api import Error as PlaywrightError

from core import DATA

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")


def paste_and_map(pg, text: str) -> None:
    box = pg.locator("textarea")
    box.fill(text)
    box.press("Control+Enter")
    pg.wait_for_timeout(800)
    pg.get_by_text("Map incidents").click()


def map_frame(pg, markers: int | None = None, legend: bool = True):
    """The map's iframe once it is drawn (with a legend, and when given, that many markers)."""
    for _ in range(120):
        for f in pg.frames:
            try:
                if f.locator(".leaflet-container").count() and (not legend or f.locator(".map-legend").count()) \
                        and (markers is None or f.locator(".incident-marker").count() == markers):
                    return f
            except PlaywrightError:
                continue
        pg.wait_for_timeout(500)
    raise AssertionError(f"no map frame with {markers} markers appeared")


def open_page(pg, name: str) -> None:
    """Go to one of the app's pages through its sidebar link, keeping the session."""
    pg.locator("[data-testid=stSidebarNav] a", has_text=name).click()


def settle(pg) -> None:
    """Wait until the app has finished the rerun a widget change started (Streamlit marks its state
    on the app root for tests)."""
    pg.wait_for_timeout(300)
    pg.locator("[data-testid=stApp]:not([data-test-script-state=running]):not([data-test-script-state=rerunRequested])"
               ).wait_for(state="attached")
