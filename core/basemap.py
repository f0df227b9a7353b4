"""The offline vector basemap under the incident markers: land, borders, the occupied Golan and
the UNDOF zone, governorates, rivers and lakes (Natural Earth, data/basemap/, built by
scripts/build_basemap.py) in Leaflet panes, each a layer of the layer control.

Land lies in a pane under the tile pane, so ticked map tiles replace only the land colour; borders,
water and labels lie above the tiles. Colours and line weights are data (data/basemap/style.csv).
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache

import folium
from branca.element import MacroElement, Template

from core import DATA

BASEMAP = DATA / "basemap"
# name -> z-index; Leaflet's own: tiles 200, overlays 400, markers 600, tooltips 650, popups 700
PANES = {"basemap-land": 150, "basemap-lines": 250, "basemap-labels": 450, "incident-labels": 610}
SEA = "#aad3df"


@lru_cache(maxsize=1)
def style() -> dict[str, dict[str, str]]:
    """data/basemap/style.csv: one row per drawn thing (land, syria, border, ...) and its Leaflet path options."""
    with (BASEMAP / "style.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r.pop("part"): {k: _value(v) for k, v in r.items() if v != ""} for r in rows}


def _value(v: str):
    if v in ("true", "false"):
        return v == "true"
    try:
        return float(v) if "." in v else int(v)
    except ValueError:
        return v


@lru_cache(maxsize=None)
def layer_data(name: str) -> dict:
    """One of data/basemap/*.geojson, read once (every rerun of the dashboard draws them again)."""
    return json.loads((BASEMAP / f"{name}.geojson").read_text(encoding="utf-8"))


class Static(folium.GeoJson):
    """A GeoJson layer of bundled data that never widens the map's bounds (the map is fitted to the
    incidents) and is not interactive (clicks go through to the markers)."""

    def __init__(self, data, part: str, pane: str, class_name: str | None = None, by=None):
        look = style()[part]
        opts = {"pane": pane, "interactive": False, **({"className": class_name} if class_name else {})}
        super().__init__(data, style_function=(lambda f: by(f)) if by else (lambda _: look), control=False,
                         smooth_factor=1.0, **opts)

    def _get_self_bounds(self):
        return [[None, None], [None, None]]

    def render(self, **kwargs) -> None:
        """As folium.GeoJson renders, but its script goes into the page verbatim: branca would
        re-read tens of kilobytes of coordinates as a template for every layer of every map."""
        from folium.elements import ElementAddToElement
        from folium.features import GeoJsonStyleMapper
        from folium.utilities import get_obj_in_upper_tree
        from core.mapbuild import _Verbatim
        self.parent_map = get_obj_in_upper_tree(self, folium.Map)
        if self.data["features"]:
            self.style_map = GeoJsonStyleMapper(self.data, self.feature_identifier, self).get_style_map(self.style_function)
        if self.show:  # as folium's Layer does; streamlit-folium reads this child's script too
            self.add_child(ElementAddToElement(element_name=self.get_name(), element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        self.get_root().script.add_child(_Verbatim(self._template.module.__dict__["script"](self, kwargs)),
                                         name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Panes(MacroElement):
    """The basemap's panes, the Golan hatch pattern and the sea colour, once per map."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
.leaflet-container{background:{{ this.sea }}}
.basemap-occupied{fill:url(#basemap-hatch)}
</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>
<pattern id="basemap-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="7" height="7" fill="#f6f1e7" fill-opacity=".55"/><line x1="0" y1="0" x2="0" y2="7" stroke="#b3706b" stroke-width="1.6"/>
</pattern></defs></svg>
{% endmacro %}
{% macro script(this, kwargs) %}
{% for name, z in this.panes %}
(function (p) { p.style.zIndex = {{ z }}; p.style.pointerEvents = "none"; })({{ this.map }}.createPane("{{ name }}"));
{% endfor %}
{% endmacro %}
""")

    def __init__(self, m: folium.Map):
        super().__init__()
        self._name = "BasemapPanes"
        self.map, self.sea, self.panes = m.get_name(), SEA, list(PANES.items())


def _country(feature) -> dict:
    return style()["syria" if feature["properties"].get("syria") else "land"]


def _border(feature) -> dict:
    return style()["syria_border" if feature["properties"].get("syria") else "border"]


def add_basemap(m: folium.Map, *, tiles: bool = False) -> dict[str, folium.FeatureGroup]:
    """The basemap's layers on `m` (each a FeatureGroup of the layer control), by name."""
    Panes(m).add_to(m)
    groups = {}
    countries = folium.FeatureGroup(name="Countries and borders", control=True)
    if tiles:  # borders above the tiles, no land colour
        Static(layer_data("countries"), "border", "basemap-lines", by=_border).add_to(countries)
    else:      # nothing lies between land and borders: one layer draws both
        Static(layer_data("countries"), "land", "basemap-land",
               by=lambda f: {**_border(f), **_country(f), "stroke": True}).add_to(countries)
    occupied = {"type": "FeatureCollection", "features": [f for f in layer_data("disputed")["features"]
                                                           if f["properties"]["kind"] == "occupied"]}
    undof = {"type": "FeatureCollection", "features": [f for f in layer_data("disputed")["features"]
                                                        if f["properties"]["kind"] == "undof"]}
    Static(occupied, "occupied", "basemap-lines", class_name="basemap-occupied").add_to(countries)
    Static(undof, "undof", "basemap-lines").add_to(countries)
    groups["countries"] = countries
    govs = folium.FeatureGroup(name="Governorates", control=True)
    Static(layer_data("governorates"), "governorate", "basemap-lines").add_to(govs)
    groups["governorates"] = govs
    water = folium.FeatureGroup(name="Rivers and lakes", control=True)
    Static(layer_data("rivers"), "river", "basemap-lines").add_to(water)
    Static(layer_data("lakes"), "lake", "basemap-lines").add_to(water)
    groups["water"] = water
    for g in groups.values():
        g.add_to(m)
    return groups
