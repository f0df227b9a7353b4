"""Leaflet and its plugins served from this machine, never from a CDN.

The files are vendored in core/static/vendor/ (committed, installed as package data; licences beside
them and in data/SOURCES.md); scripts/fetch_assets.py only refreshes them from npm.
`inline_html` replaces the CDN <script>/<link> tags folium writes with the local file contents and
drops the ones our maps do not need (Bootstrap, icon fonts), so a map opens offline.
`localize` points a folium map's `default_js`/`default_css` (the links streamlit-folium loads) at
the same files served by the app (`static/` next to app.py links to core/static/).
"""
from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
_LOCAL = {
    "leaflet.js": "leaflet.js",
    "leaflet.css": "leaflet.css",
    "leaflet.markercluster.js": "leaflet.markercluster.js",
    "MarkerCluster.css": "MarkerCluster.css",
    "MarkerCluster.Default.css": "MarkerCluster.Default.css",
    "leaflet_heat.min.js": "leaflet-heat.js",
    "leaflet-heat.js": "leaflet-heat.js",
    "jquery-3.7.1.min.js": "jquery.min.js",
}
_SCRIPT = re.compile(r'<script\s+src="(https?://[^"]+)"\s*>\s*</script>')
_LINK = re.compile(r'<link\s+rel="stylesheet"\s+href="(https?://[^"]+)"\s*/?>')


STATIC_URL = "../../app/static/vendor/"


def local_name(url: str) -> str | None:
    """The local vendor file standing in for a CDN `url`, or None when our maps do not need it."""
    return _LOCAL.get(url.rsplit("/", 1)[-1])


class MissingAssets(RuntimeError):
    """The local copies of Leaflet are not there yet."""


def _missing(path: Path) -> str:
    return (f"{path} is missing: the map's JavaScript ships with incident-map in core/static/vendor/; "
            "reinstall it (pip install -e .) or restore that folder from git")


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    path = VENDOR / name
    if not path.exists():
        raise MissingAssets(_missing(path))
    return path.read_text(encoding="utf-8")


def _css_inline(name: str) -> str:
    """A stylesheet with its images (Leaflet's layer-control icon) as data: URIs, for inlined pages."""
    def image(m: re.Match) -> str:
        path = VENDOR / m.group(1)
        return f"url(data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()})" if path.exists() else m.group(0)

    return re.sub(r"url\((images/[\w.-]+\.png)\)", image, asset(name))


def inline_html(html: str) -> str:
    """`html` with every CDN script and stylesheet inlined from local files or removed."""
    def script(m: re.Match) -> str:
        local = local_name(m.group(1))
        return f"<script>{asset(local)}</script>" if local else ""

    def link(m: re.Match) -> str:
        local = local_name(m.group(1))
        return f"<style>{_css_inline(local)}</style>" if local else ""

    return _LINK.sub(link, _SCRIPT.sub(script, html))


def external_urls(html: str) -> list[str]:
    """Addresses outside this machine that `html` would still load (should be none); plain
    links a reader may follow (Leaflet's attribution) load nothing and are not counted."""
    tags = re.findall(r'<(?:script|img|iframe|source)\b[^>]*\ssrc="(https?://[^"]+)"|<link\b[^>]*\shref="(https?://[^"]+)"', html)
    return [a or b for a, b in tags] + re.findall(r"url\(['\"]?(https?://[^)'\"]+)", html)


def _elements(root):
    yield root
    for child in getattr(root, "_children", {}).values():
        yield from _elements(child)


def localize(m, base: str = STATIC_URL):
    """`m` (a folium element tree) with every element's JS/CSS links pointed at the local copies.

    `base` is the URL of the vendor folder as the page loading the links sees it; the default is
    Streamlit's app static route seen from a component iframe (/component/<name>/index.html).
    Links our maps do not use are dropped, so nothing is ever fetched from a CDN.
    """
    for element in _elements(m):
        for attr in ("default_js", "default_css"):
            links = getattr(element, attr, None)
            if not links:
                continue
            local = [(name, local_name(url)) for name, url in links]
            for _, file in local:
                if file and not (VENDOR / file).exists():
                    raise MissingAssets(_missing(VENDOR / file))
            setattr(element, attr, [(name, base + file) for name, file in local if file])
    return m
