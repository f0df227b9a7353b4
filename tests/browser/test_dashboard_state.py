"""The dashboard keeps the analyst's work and view (issue 16), in the real app in headless Chromium:
filters change the map in place, the report, filters and corrections survive other pages and a
reload, saved reports reopen (a place added to the gazetteer and mapped again: test_gazetteer_remap.py)."""
import pytest

from core.extract import extract
from core.filters import Filter, apply, summary
from tests.browser.ui import SEED, map_frame, open_page, paste_and_map, settle

pytestmark = pytest.mark.browser
N = len(extract(SEED).incidents)
HEAVY = len(apply(extract(SEED).incidents, Filter(min_killed=3)))
VIEW = "() => { const c = window.map.getCenter(); return [window.map.getZoom(), c.lat.toFixed(5), c.lng.toFixed(5)]; }"


def pick_type(page, label: str) -> None:
    """Choose one attack type in the sidebar's type filter, as a user does."""
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first.locator("input")
    box.click()
    box.type(label)
    box.press("Enter")
    box.press("Escape")


def min_killed(page, n: int) -> None:
    """Set the sidebar's 'Minimum killed' filter, as a user does."""
    box = page.get_by_label("Minimum killed")
    box.fill(str(n))
    box.press("Enter")


def markers(frame, n: int) -> None:
    """Wait until the map in `frame` shows `n` incident markers."""
    frame.wait_for_function(f"document.querySelectorAll('.incident-marker').length === {n}")


def test_a_filter_change_keeps_the_users_zoom_and_centre(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    zoom = frame.evaluate("() => window.map.getZoom()")
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function(f"window.map.getZoom() === {zoom + 1} && !window.map._animatingZoom")
    box = frame.locator(".leaflet-container")
    box.drag_to(box, source_position={"x": 300, "y": 300}, target_position={"x": 380, "y": 340})
    frame.wait_for_function("!window.map._animatingZoom && !window.map.dragging._draggable._moving")
    before = frame.evaluate(VIEW)
    frame.evaluate("() => { window.sameMap = true; }")
    min_killed(page, 3)
    markers(frame, HEAVY)
    assert frame.evaluate("() => window.sameMap") is True
    assert frame.evaluate(VIEW) == before
    pick_type(page, "Clashes")
    markers(frame, len(apply(extract(SEED).incidents, Filter(types=frozenset({"clashes"}), min_killed=3))))
    assert frame.evaluate(VIEW) == before


def open_dashboard(page) -> None:
    """Back to the first page (the dashboard) through the sidebar's first link."""
    page.locator("[data-testid=stSidebarNav] a").first.click()


def box_text(page) -> str:
    return page.locator("textarea").input_value()


def test_another_page_and_back_keeps_the_report_the_filter_and_the_corrections(page):
    from tests.browser.test_incidents_page import delete_row, main_table_row
    incidents = extract(SEED).incidents
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    min_killed(page, 3)
    map_frame(page, markers=HEAVY)
    open_page(page, "Incidents")
    page.get_by_text("Use these corrections").wait_for()
    settle(page)
    delete_row(page, 0, incidents[0].id)
    page.get_by_role("button", name="Use these corrections").click()
    page.get_by_text(f"{N - 1} incidents now drive the map and the exports").wait_for()

    open_dashboard(page)
    left = apply(incidents[1:], Filter(min_killed=3))
    map_frame(page, markers=len(left))
    assert box_text(page) == SEED
    assert page.get_by_label("Minimum killed").input_value() == "3"
    kept = left[0].id
    page.locator("[data-testid=stDataFrame] td", has_text=kept).first.wait_for(state="attached")
    assert main_table_row(page, incidents[0].id) == []


def test_a_reload_reopens_the_report_with_its_filter(page):
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    min_killed(page, 3)
    map_frame(page, markers=HEAVY)
    page.reload()
    map_frame(page, markers=HEAVY)
    assert box_text(page) == SEED
    assert page.get_by_label("Minimum killed").input_value() == "3"


def archive_save_button(page):
    """The Archive page's button that saves the dashboard's report (shown only when there is one)."""
    page.get_by_text("Add to the archive").click()
    return page.get_by_role("button", name="Save the dashboard's report to the archive")


@pytest.mark.parametrize("name, shows", [
    ("Briefing", lambda page: page.get_by_text(f"{HEAVY} incidents from the dashboard")),
    ("Archive", archive_save_button),
])
def test_a_reload_on_another_page_reopens_the_report_there_and_on_the_dashboard(page, name, shows):
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    min_killed(page, 3)
    map_frame(page, markers=HEAVY)
    open_page(page, name)
    page.get_by_role("heading", name=name).wait_for()
    settle(page)
    page.reload()
    shows(page).wait_for()
    open_dashboard(page)
    map_frame(page, markers=HEAVY)
    assert box_text(page) == SEED


def test_a_saved_report_reopens_from_the_reports_list(page, browser, server):
    from core.storage import Store, default_title
    english = "Regime helicopters dropped barrel bombs on Daraya, killing 5 civilians."
    paste_and_map(page, english)
    map_frame(page, markers=1)
    saved = Store(server.db).list_reports()
    assert saved[0].title == default_title(english)
    other = browser.new_context(viewport={"width": 1400, "height": 1600}).new_page()
    try:
        other.goto(server.url)
        other.get_by_text("Reports (").click()
        other.locator("[data-testid=stSelectbox]", has_text="Saved report").click()
        other.get_by_role("option", name=saved[0].title, exact=False).first.click()
        other.get_by_role("button", name="Open this report").click()
        map_frame(other, markers=1)
        assert box_text(other) == english
    finally:
        other.context.close()


def test_a_count_shared_by_two_towns_counts_once_in_the_headline(page):
    """'shelling on Hammouriyeh and Misraba killed six civilians in the two towns': the six were
    missing from the total (2 killed); they count once, not twice (14)."""
    from core import ROOT
    text = (ROOT / "tests" / "reports" / "en" / "ghouta_rebel_mortars_jaramana.txt").read_text(encoding="utf-8")
    x = extract(text)
    assert sum(1 for i in x.incidents if i.killed and i.killed.shared) == 2
    paste_and_map(page, text)
    map_frame(page, markers=len(x.incidents))
    page.get_by_role("heading", name=summary(x.incidents)).wait_for()
    assert summary(x.incidents).endswith("· 8 killed")


def test_the_briefing_shows_the_incidents_the_dashboard_filters_keep(page):
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    min_killed(page, 3)
    map_frame(page, markers=HEAVY)
    open_page(page, "Briefing")
    page.get_by_text(f"{HEAVY} incidents from the dashboard").wait_for()
    assert f"{N} incidents" not in page.locator("[data-testid=stCaptionContainer]").first.inner_text()


def test_map_right_after_load_example_maps_the_example(page):
    page.get_by_role("button", name="Load example").click()
    page.get_by_role("button", name="Map incidents").click()
    map_frame(page, markers=N)
    assert box_text(page) == SEED


def test_the_type_filter_starts_empty_and_shows_every_type(page):
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    types = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first
    assert types.locator("[data-baseweb=tag]").count() == 0
    assert "All types" in types.inner_html()


def test_choosing_a_table_row_rings_its_marker(page):
    from tests.browser.test_dashboard import click_table_row
    x = extract(SEED)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    page.get_by_text("Click a row to read the sentence").wait_for()
    click_table_row(page, 2)
    chosen = x.incidents[2].id
    frame.wait_for_function(f"document.body.dataset.incidentChosen === '{chosen}'")
    ring = frame.locator(f'[data-incident="{chosen}"]').evaluate("el => getComputedStyle(el).outlineStyle")
    other = frame.locator(f'[data-incident="{x.incidents[0].id}"]').evaluate("el => getComputedStyle(el).outlineStyle")
    assert ring == "solid" and other == "none"


def test_an_arabic_row_quote_is_right_aligned_with_its_bar_on_the_right(page):
    from tests.browser.test_dashboard import click_table_row
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    page.get_by_text("Click a row to read the sentence").wait_for()
    click_table_row(page, 1)
    quote = page.locator(".incident-evidence blockquote")
    quote.wait_for()
    style = quote.evaluate("el => { const s = getComputedStyle(el); return [s.direction, s.textAlign, "
                           "s.borderRightWidth, s.borderLeftWidth]; }")
    assert style[0] == "rtl" and style[1] in ("right", "start")
    assert float(style[2].rstrip("px")) >= 2 and float(style[3].rstrip("px")) == 0


def test_the_first_page_is_called_paste_and_map_in_the_sidebar(page):
    links = page.locator("[data-testid=stSidebarNav] a").all_inner_texts()
    assert [t.strip() for t in links] == ["Paste & map", "Incidents", "Gazetteer", "Briefing", "Archive"]


def test_a_new_file_clears_the_last_files_error(page, tmp_path):
    from core import ROOT
    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    good = ROOT / "tests" / "reports" / "en" / "ghouta_rebel_mortars_jaramana.txt"
    page.locator("input[type=file]").set_input_files(str(junk))
    page.get_by_text("Cannot read this file").wait_for()
    page.locator("input[type=file]").set_input_files(str(good))
    map_frame(page, markers=len(extract(good.read_text(encoding="utf-8")).incidents))
    page.get_by_text("Cannot read this file").wait_for(state="detached")


def test_arabic_in_a_popup_starts_on_the_right(page):
    x = extract(SEED)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    vague = next(i for i in x.incidents if i.killed and i.killed.vague and i.killed.text and i.evidence)
    frame.wait_for_function("document.body.dataset.incidentsShown === 'all'")
    frame.locator(f'[data-incident="{vague.id}"]').dispatch_event("click")
    popup = frame.locator(".incident-popup")
    popup.wait_for()
    for part in (".ip-ar", ".ip-ev", ".count-written"):
        align, direction = popup.locator(part).first.evaluate(
            "el => [getComputedStyle(el).textAlign, getComputedStyle(el).direction]")
        assert (align, direction) == ("right", "rtl"), part


def test_the_incidents_page_has_a_map_and_its_counts_on_screen(page):
    paste_and_map(page, SEED)
    map_frame(page, markers=N)
    open_page(page, "Incidents")
    page.get_by_text("Use these corrections").wait_for()
    frame = map_frame(page, markers=N)
    assert frame.locator(".incident-marker").count() == N
    page.get_by_role("heading", name=summary(extract(SEED).incidents)).wait_for()
    grid = page.locator("[data-testid=stDataFrame]").first
    page.locator("[data-testid=stDataFrame] th").first.wait_for(state="attached")
    heads = [h.strip() for h in grid.locator("th").all_inner_texts()]
    # the grid is wider than the screen: the counts come right after the place, in its first view
    assert heads.index("killed") <= 3 and heads.index("wounded") <= 5, heads


def test_an_unmapped_wording_mapped_to_a_place_is_remembered_and_the_evidence_names_the_alias(page, server):
    """The machine read 'اربينو' nowhere; the user maps it to Arbin on the Incidents page, the app
    remembers the wording as an alias in the user gazetteer, and the row quote names the alias."""
    from core.gazetteer import load_default
    text = "قصفت قوات الأسد بلدة اربينو ما أدى لسقوط 3 شهداء. وقصف الطيران الروسي مدينة دوما ما أدى لسقوط 5 شهداء."
    assert [m.text for m in extract(text).unresolved] == ["اربينو"]
    paste_and_map(page, text)
    map_frame(page, markers=1)
    open_page(page, "Incidents")
    page.get_by_text("Teach the gazetteer a wording").wait_for()
    settle(page)
    page.get_by_label("Find a gazetteer place to offer in the Place column (Arabic or English)").fill("عربين")
    page.keyboard.press("Enter")
    settle(page)
    target = page.locator("[data-testid=stSelectbox]", has_text="is this gazetteer place")
    target.click()
    page.get_by_role("option").filter(has_text="Arbin").first.click()
    settle(page)
    page.get_by_role("button", name="Remember this wording and map the report again").click()
    page.get_by_text("is now a name of").wait_for()
    arbin = [e for e in load_default(server.user_gazetteer).entries if "اربينو" in e.aliases_ar]
    assert len(arbin) == 1
    open_dashboard(page)
    map_frame(page, markers=2)
    # mapping the same text again reads it with the taught gazetteer (the cache knows its version)
    page.get_by_role("button", name="Map incidents").click()
    settle(page)
    map_frame(page, markers=2)
    from tests.browser.test_dashboard import click_table_row
    page.get_by_text("Click a row to read the sentence").wait_for()
    read = extract(text, gazetteer=load_default(server.user_gazetteer))
    row = next(n for n, i in enumerate(read.incidents) if i.place_text == "اربينو")
    click_table_row(page, row)
    said = page.locator(".incident-read-as")
    said.wait_for()
    assert "اربينو" in said.inner_text() and "alias of" in said.inner_text()


def type_dates(page, label: str, *days: str) -> None:
    """Type dates (YYYYMMDD) into a date input's segments as a user does, then leave it."""
    years = page.get_by_role("spinbutton", name=f"year, {label}")
    for n, day in enumerate(days):
        years.nth(n).click()
        page.keyboard.type(day)
    page.keyboard.press("Escape")   # closes the calendar, which commits the typed dates
    settle(page)


def test_incidents_carry_the_report_date_and_a_date_range_filters_them(page):
    from tests.browser.test_incidents_page import main_table_row
    x = extract(SEED, date="2016-10-25")
    type_dates(page, "Report date (optional)", "20161025")
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=N)
    page.locator("[data-testid=stDataFrame] td", has_text=x.incidents[0].id).first.wait_for(state="attached")
    assert main_table_row(page, x.incidents[0].id)[1] == "2016-10-25"
    type_dates(page, "Incident dates", "20161026", "20161031")
    markers(frame, 0)
    type_dates(page, "Incident dates", "20161020", "20161025")
    markers(frame, N)
