"""Briefing maps: the frame, the standalone HTML and the PNG made by headless Chromium."""
import io
import os
import re
import subprocess
import sys

import pytest

from core import DATA, ROOT, briefing
from core.chromium import find_chromium
from core.briefing import Briefing, Frame, parse_size
from tests.clirun import in_process
from tests.test_exports import sample_incidents

SEED = DATA / "examples" / "aleppo_ghouta_report_ar.txt"
HAVE_CHROMIUM = find_chromium() is not None
_skip_without_chromium = pytest.mark.skipif(
    not HAVE_CHROMIUM and os.environ.get("INCIDENT_MAP_REQUIRE_BROWSER") != "1",
    reason="no Chromium (apt-get install chromium); set INCIDENT_MAP_REQUIRE_BROWSER=1 to make this a failure")


def needs_chromium(test):
    """A test that renders in headless Chromium is a browser test (`-m browser`, outside the fast
    suite; CI runs it), skipped where Chromium is absent unless CI requires it."""
    return pytest.mark.browser(_skip_without_chromium(test))


def run_core(*args, env=None):
    return subprocess.run([sys.executable, "-m", "core", *args], capture_output=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=180)


def pixels(png: bytes):
    from PIL import Image
    img = Image.open(io.BytesIO(png)).convert("RGB")
    return img.size, img


def rgb_pixels(img):
    """(r, g, b) of every pixel of an RGB image (Pillow's getdata is deprecated)."""
    data = img.tobytes()
    return zip(data[0::3], data[1::3], data[2::3])


def colour_present(img, css: str, tolerance: int = 40, min_pixels: int = 12) -> bool:
    """True when at least `min_pixels` pixels are within `tolerance` of the colour (per channel)."""
    target = tuple(int(css.lstrip("#")[k:k + 2], 16) for k in (0, 2, 4))
    small = img.reduce(1) if img.width <= 2000 else img.reduce(2)
    hits = 0
    for px in rgb_pixels(small):
        if all(abs(a - b) <= tolerance for a, b in zip(px, target)):
            hits += 1
            if hits >= min_pixels:
                return True
    return False


@pytest.mark.parametrize("spec, frame", [
    ("1600x900", Frame(1600, 900, 1)), ("a4", Frame(1754, 1240, 1)), ("A4-300dpi", Frame(1754, 1240, 2)),
    ("1280×720", Frame(1280, 720, 1)),
])
def test_sizes_are_read_by_name_or_width_by_height(spec, frame):
    assert parse_size(spec) == frame


def test_a4_at_300_dpi_is_3508_by_2480_pixels():
    assert parse_size("a4-300dpi").pixels == (3508, 2480)


@pytest.mark.parametrize("spec", ["huge", "10x10", "99999x99999", "1600 by 900"])
def test_bad_sizes_are_refused_with_the_reason(spec):
    with pytest.raises(ValueError, match="size"):
        parse_size(spec)


def test_only_the_chosen_types_are_kept():
    chosen = briefing.select(sample_incidents(), ["barrel_bomb", "mortar"])
    assert [i.id for i in chosen] == ["i2", "i3"]
    assert briefing.select(sample_incidents(), []) == sample_incidents()
    with pytest.raises(ValueError, match="unknown attack type 'nuke'"):
        briefing.select(sample_incidents(), ["nuke"])


def test_date_span_covers_the_incident_dates():
    first, second, third = sample_incidents()
    later = first.__class__(**{**third.__dict__, "date": "2016-10-27"})
    assert briefing.date_span([first, second]) == "2016-10-25"
    assert briefing.date_span([first, later]) == "2016-10-25 – 2016-10-27"
    assert briefing.date_span([third]) == ""


def make_html(**kw):
    b = Briefing(title="Aleppo <b>strikes</b>", subtitle="غارات على حلب", caption="Source: <script>x()</script>",
                 timestamp="2024-01-01 00:00 UTC", **kw)
    return briefing.briefing_html(sample_incidents(), b)


def test_the_html_frame_carries_title_caption_credits_and_escapes_them():
    page = make_html(date="25 October 2016")
    assert "Aleppo &lt;b&gt;strikes&lt;/b&gt;" in page and "غارات على حلب" in page
    assert "Source: &lt;script&gt;x()&lt;/script&gt;" in page and "<script>x()" not in page
    assert "25 October 2016" in page and "2024-01-01 00:00 UTC" in page
    assert "GeoNames" in page and "No map tiles" in page and "briefing-north" in page
    assert "Places: © OpenStreetMap contributors (ODbL)" in page  # the gazetteer holds OSM places


def test_the_html_loads_nothing_from_the_network():
    page = make_html()
    external = re.findall(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert external == []


def test_tiles_bring_their_attribution():
    assert "OpenStreetMap" in make_html(tiles=True)


@needs_chromium
def test_the_png_has_the_frame_size_and_shows_each_type_colour():
    from core import style
    png = briefing.briefing_png(sample_incidents(), Briefing(title="Test", size="1600x900"))
    (w, h), img = pixels(png)
    assert (w, h) == (1600, 900)
    for t in ("airstrike", "barrel_bomb", "mortar"):
        assert colour_present(img, style.type_color(t)), t


@needs_chromium
def test_a_png_of_only_barrel_bombs_lacks_the_airstrike_colour():
    from core import style
    png = briefing.briefing_png(sample_incidents(), Briefing(types=("barrel_bomb",), size="1600x900"))
    _, img = pixels(png)
    assert colour_present(img, style.type_color("barrel_bomb"))
    assert not colour_present(img, style.type_color("airstrike"), tolerance=12, min_pixels=30)


@needs_chromium
def test_the_seed_briefing_png_from_the_command_line(tmp_path):
    out = tmp_path / "seed.png"
    html = tmp_path / "seed.html"
    r = run_core("map", str(SEED), "--png", str(out), "--html", str(html), "--title", "Aleppo and Eastern Ghouta")
    assert r.returncode == 0, r.stderr.decode()
    (w, h), img = pixels(out.read_bytes())
    assert (w, h) == (1600, 900)
    assert len(set(rgb_pixels(img.reduce(4)))) > 50
    from core import style
    from core.extract import extract
    x = extract(SEED.read_text(encoding="utf-8"))
    first_types = {i.types[0] for i in x.incidents if i.types}
    shown = [t for t in first_types if colour_present(img, style.type_color(t))]
    assert len(shown) >= min(2, len(first_types)), (first_types, shown)
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@needs_chromium
def test_an_a4_png_at_300_dpi(tmp_path):
    out = tmp_path / "a4.png"
    src = tmp_path / "in.geojson"
    from core import exports
    src.write_bytes(exports.export(sample_incidents(), "geojson"))
    r = run_core("map", str(src), "--png", str(out), "--size", "a4-300dpi")
    assert r.returncode == 0, r.stderr.decode()
    assert pixels(out.read_bytes())[0] == (3508, 2480)


def test_without_chromium_the_command_line_says_what_to_install(tmp_path):
    src = tmp_path / "in.geojson"
    from core import exports
    src.write_bytes(exports.export(sample_incidents(), "geojson"))
    r = run_core("map", str(src), "--png", str(tmp_path / "x.png"),
                 env={"INCIDENT_MAP_CHROMIUM": str(tmp_path / "no-chromium-here")})
    err = r.stderr.decode().strip()
    assert r.returncode == 2 and len(err.splitlines()) == 1
    assert "apt-get install chromium" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("args, words, run", [
    ([], "--html FILE and/or --pdf FILE", run_core),
    (["--html", "x.html", "--size", "huge"], "size 'huge'", in_process),
    (["--html", "x.html", "--types", "nuke"], "unknown attack type 'nuke'", in_process),
])
def test_the_map_command_refuses_bad_options_in_one_line(tmp_path, args, words, run):
    src = tmp_path / "in.geojson"
    from core import exports
    src.write_bytes(exports.export(sample_incidents(), "geojson"))
    r = run("map", str(src), *args)
    err = r.stderr.decode().strip()
    assert r.returncode == 2 and words in err and len(err.splitlines()) == 1


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium for the layout checks of every frame size (a launch costs seconds)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox"])
        yield browser
        browser.close()


@needs_chromium
@pytest.mark.parametrize("size", ["1600x900", "a4", "1280x720"])
def test_legend_title_and_credits_never_overlap(size, chromium):
    b = Briefing(title="Test", caption="Source: a long caption for the foot of the page", size=size)
    page_html = briefing.briefing_html(sample_incidents(), b)
    frame = parse_size(size)
    page = chromium.new_page(viewport={"width": frame.width, "height": frame.height})
    page.set_content(page_html)
    boxes = {sel: page.locator(sel).bounding_box() for sel in (".map-legend", ".briefing-foot", ".briefing-head")}
    page.close()
    legend = boxes[".map-legend"]
    assert legend["y"] + legend["height"] <= boxes[".briefing-foot"]["y"]
    assert legend["y"] >= boxes[".briefing-head"]["y"] + boxes[".briefing-head"]["height"]


# ---------------------------------------------------------------- frames, panels, PDF

def seed_incidents():
    from core.extract import extract
    return extract(SEED.read_text(encoding="utf-8")).incidents


def test_aleppo_and_eastern_ghouta_get_a_panel_each_north_first():
    from core import frames
    groups = frames.panels(seed_incidents())
    assert [frames.panel_name(g) for g in groups] == ["Aleppo", "Rif Dimashq"]
    assert sum(len(g) for g in groups) == len(seed_incidents())


def test_incidents_near_one_another_share_one_panel():
    from core import frames
    ghouta = sample_incidents()[1:]
    assert frames.panels(ghouta) == [ghouta]
    assert len(frames.panels(sample_incidents())) == 2
    aleppo = [i for i in seed_incidents() if i.place.governorate == "Aleppo"]
    assert frames.panels(aleppo) == [aleppo]


def test_the_briefing_page_has_a_map_per_panel_and_a_locator():
    page = briefing.briefing_html(seed_incidents(), Briefing(title="x"))
    assert page.count('class="folium-map"') == 3 and "map-keepout" in page
    single = briefing.briefing_html(sample_incidents()[1:], Briefing(title="x"))
    assert single.count('class="folium-map"') == 1 and "var loc = null;" in single


def test_a_user_view_is_one_panel_fitted_to_it():
    page = briefing.briefing_html(seed_incidents(), Briefing(title="x", view=(33.45, 36.25, 33.65, 36.55)))
    assert page.count('class="folium-map"') == 1
    assert re.search(r"fitBounds\(\s*\[\[33\.45, 36\.25\], \[33\.65, 36\.55\]\]", page)


@pytest.mark.parametrize("value, run", [("1,2,3", run_core), ("north", in_process), ("34,36,33,37", in_process),
                                        ("33,37,34,36", in_process)])
def test_the_map_command_refuses_a_bad_view(tmp_path, value, run):
    src = tmp_path / "in.geojson"
    from core import exports
    src.write_bytes(exports.export(sample_incidents(), "geojson"))
    r = run("map", str(src), "--html", str(tmp_path / "x.html"), "--view", value)
    err = r.stderr.decode().strip()
    assert r.returncode == 2 and "--view" in err and len(err.splitlines()) == 1


@needs_chromium
@pytest.mark.parametrize("paper, points", [("a4", (842, 595)), ("16:9", (1200, 675))])
def test_the_pdf_is_one_page_of_the_chosen_paper(tmp_path, paper, points):
    out = tmp_path / "b.pdf"
    r = run_core("map", str(SEED), "--pdf", str(out), "--paper", paper)
    assert r.returncode == 0, r.stderr.decode()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]*)\]", data).group(1).split()]
    assert (round(box[2]), round(box[3])) in {points, (points[0] + 1, points[1] + 1)}
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
