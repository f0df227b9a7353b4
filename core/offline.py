"""Leaflet and its plugins served from this machine, never from a CDN.

The files come from the npm registry (scripts/fetch_assets.py puts them in core/static/vendor/).
`inline_html` replaces the CDN <script>/<link> tags folium writes with the local file contents and
drops the ones our maps do not need (Bootstrap, icon fonts), so a map opens offline.
"""
from __future__ import annotations

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


class MissingAssets(RuntimeError):
    """The local copies of Leaflet are not there yet."""


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    path = VENDOR / name
    if not path.exists():
        raise MissingAssets(f"{path} is missing: run `python scripts/fetch_assets.py` once (needs npm)")
    return path.read_text(encoding="utf-8")


def inline_html(html: str) -> str:
    """`html` with every CDN script and stylesheet inlined from local files or removed."""
    def script(m: re.Match) -> str:
        local = _LOCAL.get(m.group(1).rsplit("/", 1)[-1])
        return f"<script>{asset(local)}</script>" if local else ""

    def link(m: re.Match) -> str:
        local = _LOCAL.get(m.group(1).rsplit("/", 1)[-1])
        return f"<style>{asset(local)}</style>" if local else ""

    return _LINK.sub(link, _SCRIPT.sub(script, html))


def external_urls(html: str) -> list[str]:
    """Addresses outside this machine that `html` would still load (should be none)."""
    return re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
