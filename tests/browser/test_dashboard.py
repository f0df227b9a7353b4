"""The real Streamlit app in a real headless Chromium: paste, map, filter, escape, stay offline."""
import pytest

from core import ROOT
from core.extract import extract
from tests.browser.ui import SEED, map_frame, paste_and_map, settle

pytestmark = pytest.mark.browser


def test_seed_shows_one_marker_per_incident_with_legend_offline(page, server):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(extract(SEED).incidents))
    assert frame.locator(".map-legend").is_visible()
    assert "/component/streamlit_folium" in frame.url
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "test-artifacts" / "dashboard.png"))
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


def test_zooming_the_map_does_not_rerun_the_app(page):
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(extract(SEED).incidents))
    settle(page)
    before = len(page.sent)
    frame.evaluate("() => { window.movesDone = 0; window.map.on('moveend', () => window.movesDone++); }")
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function("() => window.movesDone >= 1")
    frame.locator(".leaflet-container").drag_to(frame.locator(".leaflet-container"), source_position={"x": 200, "y": 200},
                                                 target_position={"x": 300, "y": 260})
    frame.wait_for_function("() => window.movesDone >= 2")
    settle(page)
    assert len(page.sent) == before


def test_script_in_a_report_is_shown_escaped_and_never_runs(page):
    evil = "قصف الطيران الروسي مدينة دوما <img src=x onerror=alert(1)> <script>alert(2)</script> ما أدى لسقوط 3 شهداء."
    paste_and_map(page, evil)
    frame = map_frame(page, markers=1)
    frame.locator(".incident-marker").first.click()
    popup = frame.locator(".incident-popup")
    popup.wait_for(timeout=10_000)
    assert "<script>alert(2)</script>" in popup.inner_text()
    settle(page)
    assert page.dialogs == []


def click_table_row(page, n: int) -> None:
    """Select row `n` (0-based) of the incidents table by its row marker, as a user clicks it."""
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 * (n + 1) + 17)


def test_clicking_a_row_shows_its_sentence_escaped(page):
    evil = ("قصف الطيران الروسي مدينة دوما <img src=x onerror=alert(1)> ما أدى لسقوط 3 شهداء. "
            "وقصفت قوات الأسد بلدة عربين بالمدفعية ما أدى لسقوط شهيدين.")
    incidents = extract(evil).incidents
    assert len(incidents) == 2
    paste_and_map(page, evil)
    map_frame(page, markers=2)
    page.get_by_text("Click a row to read the sentence").wait_for()
    click_table_row(page, 1)
    shown = page.locator(".incident-evidence")
    shown.wait_for()
    assert incidents[1].id in shown.inner_text() and incidents[1].evidence.text.strip() in shown.inner_text()
    click_table_row(page, 0)
    page.locator(".incident-evidence", has_text=incidents[0].id).wait_for()
    assert "<img src=x onerror=alert(1)>" in page.locator(".incident-evidence").inner_text()
    assert page.locator(".incident-evidence img").count() == 0
    assert page.dialogs == []


def test_clustered_markers_draw_without_map_tiles(page):
    """Ticking "Cluster markers" with tiles off (the offline default) still draws every incident:
    Leaflet.markercluster needs the map's own maxZoom, which no tile layer gives here."""
    n = len(extract(SEED).incidents)
    paste_and_map(page, SEED)
    map_frame(page, markers=n)
    page.get_by_text("Cluster markers").click()
    settle(page)
    for _ in range(60):
        frame = next((f for f in page.frames if f.locator(".marker-cluster").count()), None)
        if frame is not None:
            break
        page.wait_for_timeout(500)
    else:
        raise AssertionError(f"no clusters drawn; script errors: {page.errors}")
    clustered = sum(int(t) for t in frame.locator(".marker-cluster").all_inner_texts())
    assert clustered + frame.locator(".incident-marker").count() == n
    assert page.errors == []


def test_popup_shows_the_figure_left_of_the_arabic_phrase(page):
    """In the left-to-right popup the figure ('16+') stays whole and before the Arabic phrase it
    was read from, as drawn on screen (not only in the markup)."""
    x = extract(SEED)
    vague = next(i for i in x.incidents if i.killed and i.killed.vague and i.killed.text)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(x.incidents))
    frame.locator(f'[data-incident="{vague.id}"]').dispatch_event("click")
    popup = frame.locator(".incident-popup")
    popup.wait_for()
    label = popup.locator(".count-label").first
    written = popup.locator(".count-written").first
    assert label.inner_text() == vague.killed.label()
    assert written.inner_text() == f"«{vague.killed.text.strip()}»"
    lb, wb = label.bounding_box(), written.bounding_box()
    assert lb["x"] + lb["width"] <= wb["x"] + 1 or lb["y"] + lb["height"] <= wb["y"] + 1


MARKER_UNDER_CENTRE = """els => els.map(el => {
  const r = el.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const hit = top && top.closest('.incident-marker');
  return [el.dataset.incident, r.width, hit ? hit.dataset.incident : null, hit ? hit.getBoundingClientRect().width : null];
})"""


def test_a_marker_inside_a_bigger_one_stays_on_top_and_clickable(page):
    """Aleppo's city-wide ring covers its neighbourhoods' markers: at the centre of every marker the
    marker a click reaches is never a bigger one, and each kind of attack shows its glyph."""
    x = extract(SEED)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(x.incidents))
    for zoom_in in range(4):
        centre = frame.locator(".incident-marker").evaluate_all(MARKER_UNDER_CENTRE)
        covered = [(m, w, hit, hw) for m, w, hit, hw in centre if hit is not None and hit != m and hw > w]
        assert not covered, (zoom_in, covered)
        frame.locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(600)
    assert frame.locator(".incident-marker svg.type-glyph use").count() == len(x.incidents)
    assert frame.locator("symbol#glyph-airstrike").count() == 1
    assert frame.locator(".map-legend .legend-swatch svg.type-glyph").count() >= 1


def test_the_fitted_map_shows_every_marker_whole(page):
    """Fitted to the incidents, no marker (the biggest is Aleppo's city ring) is cut by the map's edge."""
    x = extract(SEED)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=len(x.incidents))
    page.wait_for_timeout(800)
    box = frame.locator(".leaflet-container").evaluate("el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }")
    rects = frame.locator(".incident-marker").evaluate_all(
        "els => els.map(el => { const r = el.getBoundingClientRect(); return [el.dataset.incident, r.left, r.top, r.right, r.bottom]; })")
    cut = [r for r in rects if r[1] < box[0] or r[2] < box[1] or r[3] > box[2] or r[4] > box[3]]
    assert not cut, (box, cut)


@pytest.mark.parametrize("size", [(1200, 700), (900, 500)])
def test_a_standalone_map_fitted_to_the_incidents_shows_every_marker_whole(browser, size):
    """The same for the briefing's map page at its own size (wide and short: the ring was cut)."""
    from core.mapbuild import map_html
    x = extract(SEED)
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]})
    pg = ctx.new_page()
    try:
        pg.set_content(map_html(x.incidents, tiles=False, cluster=False, heatmap=False))
        pg.locator(".incident-marker").nth(len(x.incidents) - 1).wait_for(state="attached")
        pg.wait_for_timeout(500)
        rects = pg.locator(".incident-marker").evaluate_all(
            "els => els.map(el => { const r = el.getBoundingClientRect(); return [el.dataset.incident, r.left, r.top, r.right, r.bottom]; })")
        cut = [r for r in rects if r[1] < 0 or r[2] < 0 or r[3] > size[0] or r[4] > size[1]]
        assert not cut, cut
    finally:
        ctx.close()


HEAT_AT_MARKERS = """() => {
  const c = document.querySelector('canvas.leaflet-heatmap-layer');
  if (!c) return null;
  const cr = c.getBoundingClientRect(), ctx = c.getContext('2d');
  const out = {};
  document.querySelectorAll('.incident-marker').forEach(el => {
    const r = el.getBoundingClientRect();
    const p = ctx.getImageData(Math.round(r.left + r.width / 2 - cr.left), Math.round(r.top + r.height / 2 - cr.top), 1, 1).data;
    out[el.dataset.incident] = [p[0], p[1], p[2], p[3]];
  });
  return out;
}"""


def test_the_casualty_heatmap_is_hottest_where_most_were_killed(page):
    """Switched on from the layer control, the heatmap weighs casualties at the zoom the map was
    fitted to: red where 40 were killed, cool where one was wounded (leaflet.heat scaled both to
    its minimum opacity, so every incident looked the same)."""
    text = ("Russian warplanes struck Douma, killing 40 civilians. "
            "Regime helicopters dropped barrel bombs on Daraa, wounding one man.")
    x = extract(text)
    assert len(x.incidents) == 2
    heavy, light = sorted(x.incidents, key=lambda i: -(i.killed.best if i.killed else 0))
    paste_and_map(page, text)
    frame = map_frame(page, markers=2)
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_text("Casualty heatmap").click()
    page.wait_for_timeout(800)
    heat = frame.evaluate(HEAT_AT_MARKERS)
    r, g, b, a = heat[heavy.id]
    assert a > 150 and r > 200 and g < 120, heat
    lr, lg, lb, la = heat[light.id]
    assert lr < 100 and la < a, heat
    assert page.errors == []


def test_clustering_is_a_layer_switched_in_the_map_without_a_rerun(page):
    """The layer control offers the incidents clustered or not, one at a time, switched in the
    browser: no message goes to the server."""
    n = len(extract(SEED).incidents)
    paste_and_map(page, SEED)
    frame = map_frame(page, markers=n)
    settle(page)
    before = len(page.sent)
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_text("Incidents (clustered)").click()
    frame.locator(".marker-cluster").first.wait_for()
    clustered = sum(int(t) for t in frame.locator(".marker-cluster").all_inner_texts())
    assert clustered + frame.locator(".incident-marker").count() == n
    checked = frame.locator(".leaflet-control-layers-overlays label").evaluate_all(
        "ls => ls.filter(l => l.querySelector('input').checked).map(l => l.textContent.trim())")
    assert "Incidents (clustered)" in checked and "Incidents" not in checked, checked
    frame.get_by_text("Incidents", exact=True).click()
    frame.wait_for_function("() => document.querySelectorAll('.marker-cluster').length === 0")
    assert frame.locator(".incident-marker").count() == n
    settle(page)
    assert len(page.sent) == before and page.errors == []
