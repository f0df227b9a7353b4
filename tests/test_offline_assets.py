"""The links streamlit-folium loads for our maps, and the inlined HTML, point only at this machine."""
import re

import pytest

from core import DATA, ROOT
from core.extract import extract
from core.mapbuild import build_map, map_html
from core.offline import STATIC_URL, VENDOR, external_urls, localize

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")


def links(m):
    """Every JS/CSS link streamlit-folium would collect from `m`, as it walks the element tree."""
    out, todo = [], [m]
    while todo:
        e = todo.pop()
        out += [url for _, url in getattr(e, "default_js", []) + getattr(e, "default_css", [])]
        todo += list(getattr(e, "_children", {}).values())
    return out


def test_every_link_of_a_clustered_heatmap_map_is_a_served_vendor_file():
    m = build_map(extract(SEED).incidents, tiles=False, cluster=True, heatmap=True)
    assert any(u.startswith("https://") for u in links(m))
    found = links(localize(m))
    assert found and all(u.startswith(STATIC_URL) for u in found), found
    names = {u[len(STATIC_URL):] for u in found}
    assert {"leaflet.js", "leaflet.css", "leaflet.markercluster.js", "leaflet-heat.js"} <= names
    assert all((VENDOR / n).is_file() for n in names)


def test_the_app_static_folder_serves_the_vendor_folder():
    assert (ROOT / "static" / "vendor" / "leaflet.js").resolve() == (VENDOR / "leaflet.js").resolve()
    assert re.search(r"(?m)^enableStaticServing\s*=\s*true", (ROOT / ".streamlit" / "config.toml").read_text())


def test_the_inlined_page_carries_leaflet_images_and_no_remote_address():
    page = map_html(extract(SEED).incidents, tiles=False)
    assert external_urls(page) == []
    assert "url(images/layers.png)" not in page
    assert "url(data:image/png;base64," in page
