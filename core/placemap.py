"""Gazetteer places on an offline folium map (the Gazetteer page's search results and picked point).

No tiles unless asked: the map still shows the places, the Aleppo outlines and a note. Every name
is HTML-escaped, since user gazetteers and imported files are text from outside.
"""
from __future__ import annotations

import html
from typing import Sequence

import folium
from branca.element import MacroElement, Template

from core.mapbuild import OUTLINES, SYRIA_BOUNDS, TILES_ATTRIBUTION, TILES_URL, MarkerLayer, Outlines, outline_data

_NOTE = Template("""
{% macro html(this, kwargs) %}
<div class="place-map-note" style="position:absolute;z-index:9999;top:10px;right:10px;background:#fff;
 padding:6px 8px;border:1px solid #999;border-radius:6px;font:12px sans-serif">{{this.text}}</div>
{% endmacro %}
""")


class Note(MacroElement):
    """A line of text over the map's corner."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Note"
        self.text = html.escape(text)
        self._template = _NOTE


def _pin(lat: float, lon: float, css: str, data: str, tip: str, popup: str | None, size: int) -> dict:
    """One marker's spec for `MarkerLayer`; `tip` and `popup` are HTML the caller has escaped."""
    colour = "#d62728" if css == "picked-point" else "#1f77b4"
    return {"lat": lat, "lon": lon, "s": size, "c": "place-icon", "t": tip, "p": popup,
            "h": f'<div class="{css}" {data} style="width:{size}px;height:{size}px;border-radius:50%;'
                 f'box-sizing:border-box;border:2px solid #fff;background:{colour};box-shadow:0 0 2px #000"></div>'}


def places_map(entries: Sequence, *, tiles: bool = False, outlines: bool = True) -> folium.Map:
    """A map of gazetteer `entries` (one blue dot each, names on hover and click), fitted to them."""
    m = folium.Map(location=[35.0, 38.5], zoom_start=7, tiles=None, control_scale=True)
    if tiles:
        folium.TileLayer(TILES_URL, attr=TILES_ATTRIBUTION, name="OpenStreetMap").add_to(m)
    if outlines and OUTLINES.exists():
        Outlines(outline_data(), name="Aleppo neighbourhoods (CSR)",
                 style_function=lambda _: {"color": "#888", "weight": 1, "fill": False}).add_to(m)
    e = html.escape
    pins = []
    for p in entries:
        label = f"{p.name_en} · {p.name_ar} ({p.level}{', ' + p.governorate if p.governorate else ''})"
        popup = (f'<div class="place-popup"><div dir="rtl" lang="ar"><b>{e(p.name_ar)}</b></div><div><b>{e(p.name_en)}</b></div>'
                 f"<div>{e(p.level)} · {e(p.governorate or '')}</div><div>{p.lat:.5f}, {p.lon:.5f} ({e(p.precision)})</div>"
                 f"<div>{e(p.id)}</div></div>")
        pins.append(_pin(p.lat, p.lon, "gazetteer-place", f'data-place="{e(p.id)}"', e(label), popup, 14))
    MarkerLayer(pins).add_to(m)
    Note(("Map tiles are off (offline). " if not tiles else "") + "Click the map to put a new place's point.").add_to(m)
    if entries:
        lats, lons = [p.lat for p in entries], [p.lon for p in entries]
        pad = 0.05
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]])
    else:
        m.fit_bounds(SYRIA_BOUNDS)
    return m


def picked_layer(lat: float | None, lon: float | None) -> folium.FeatureGroup | None:
    """The point chosen for a new place, as a layer drawn over the map; None when there is none."""
    if lat is None or lon is None:
        return None
    fg = folium.FeatureGroup(name="New place")
    MarkerLayer([_pin(lat, lon, "picked-point", "", f"new place: {lat:.5f}, {lon:.5f}", None, 18)]).add_to(fg)
    return fg
