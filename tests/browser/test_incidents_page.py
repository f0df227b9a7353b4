"""The Incidents page in the real app: edit the st.data_editor grid in Chromium, apply, and the map
and table on the main page follow the corrections."""
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from core.extract import extract
from tests.browser.ui import SEED, map_frame, open_page, paste_and_map, settle

pytestmark = pytest.mark.browser
ROW, HEADER = 35, 35


def grid_cell(page, row: int, x: float):
    """Click the editor grid at `x` pixels from its left edge in data row `row` (0-based)."""
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.locator("td").first.wait_for(state="attached")
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + HEADER + ROW * row + ROW // 2)


def type_into_cell(page, text: str) -> None:
    """Open the selected cell's editor, replace its value with `text` and commit it (typing again
    while a loaded browser has not yet given the editor the keys)."""
    page.keyboard.press("Enter")
    page.wait_for_function("['INPUT', 'TEXTAREA'].includes(document.activeElement && document.activeElement.tagName)")
    for attempt in range(4):
        page.keyboard.press("Control+A")
        page.keyboard.type(text)
        try:
            page.wait_for_function("text => document.activeElement.value === text", arg=text, timeout=5_000)
            break
        except PlaywrightTimeout:
            if attempt == 3:
                raise
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    page.wait_for_function("!['INPUT', 'TEXTAREA'].includes(document.activeElement && document.activeElement.tagName)")


def edit_killed(page, row: int, incident_id: str, text: str) -> None:
    """Type `text` into the killed cell of grid row `row` (id -> place -> killed) and wait until the grid's
    accessible table shows it on `incident_id`'s row; a click a loaded browser gave to a grid still being
    redrawn is made once more (the edit itself is what the test checks afterwards, through the map)."""
    for attempt in range(2):
        grid_cell(page, row, 50)
        for _ in range(2):
            page.keyboard.press("ArrowRight")
        type_into_cell(page, text)
        settle(page)
        try:
            page.wait_for_function(
                """([id, text]) => [...document.querySelectorAll('[data-testid=stDataFrame] tr')].some(
                    tr => { const td = [...tr.querySelectorAll('td')].map(c => c.innerText.trim());
                            return td[0] === id && td.includes(text); })""",
                arg=[incident_id, text], timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == 1:
                raise


def delete_row(page, row: int, incident_id: str) -> None:
    """Select grid row `row` by its row marker, delete it and wait until the grid's accessible table no
    longer shows `incident_id`; made once more when a loaded browser lost the click."""
    for attempt in range(2):
        grid_cell(page, row, 16)
        page.keyboard.press("Delete")
        settle(page)
        try:
            page.wait_for_function(
                """id => ![...document.querySelectorAll('[data-testid=stDataFrame] tr')].some(
                    tr => { const td = tr.querySelector('td'); return td && td.innerText.trim() === id; })""",
                arg=incident_id, timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == 1:
                raise


def main_table_row(page, incident_id: str) -> list[str]:
    """The cells of the main page's table row for `incident_id` (from the grid's accessible table)."""
    rows = page.locator("[data-testid=stDataFrame] tr")
    for n in range(rows.count()):
        cells = rows.nth(n).locator("td").all_inner_texts()
        if cells and cells[0] == incident_id:
            return cells
    return []


def test_an_edited_count_and_a_deleted_row_drive_the_map_and_table(page):
    incidents = extract(SEED).incidents
    first, edited = incidents[0], incidents[2]
    assert edited.killed is None or edited.killed.best != 77
    paste_and_map(page, SEED)
    map_frame(page, markers=len(incidents))
    open_page(page, "Incidents")
    page.get_by_text("Use these corrections").wait_for()
    settle(page)

    edit_killed(page, 2, edited.id, "77")
    delete_row(page, 0, first.id)
    page.get_by_role("button", name="Use these corrections").click()
    page.get_by_text(f"{len(incidents) - 1} incidents now drive the map and the exports").wait_for()

    open_page(page, "Paste & map")
    frame = map_frame(page, markers=len(incidents) - 1)
    assert frame.locator(f'[data-incident="{first.id}"]').count() == 0
    frame.locator(f'[data-incident="{edited.id}"]').dispatch_event("click")
    popup = frame.locator(".incident-popup")
    popup.wait_for()
    assert "Killed: 77" in popup.inner_text()
    page.locator("[data-testid=stDataFrame] td", has_text=edited.id).first.wait_for(state="attached")
    assert main_table_row(page, first.id) == []
    assert "77" in main_table_row(page, edited.id)
