"""The incident map (folium): one marker per incident, coloured by attack type, sized by
casualties, approximate places drawn as dashed rings, with legend, scale bar and layers.

Every text that comes from a report is HTML-escaped before it reaches the page.
"""
from __future__ import annotations

import html
import json
from functools import lru_cache
from typing import Sequence

import folium
from branca.element import Element, MacroElement, Template
from folium.plugins import HeatMap, MarkerCluster

from core import DATA
from core.model import TYPES, Count, Incident
from core.style import actor_label, glyph_sprite, glyph_svg, primary_type, radius, type_color, type_label, weight

OUTLINES = DATA / "aleppo_neighbourhoods.geojson"
TILES_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = "© OpenStreetMap contributors"
SYRIA_BOUNDS = [[32.3, 35.7], [37.3, 42.4]]
MAX_ZOOM = 18


POINT_WORDS = {"second": "surveyed point", "minute": "point to the minute", "decimal": "its own point",
               "centroid": "centre of the area", "parent": "point of the area it lies in"}


@lru_cache(maxsize=1)
def outline_data() -> dict:
    """Aleppo's neighbourhood outlines, read once (every filter change draws them again)."""
    return json.loads(OUTLINES.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _outline_bounds():
    from folium.utilities import get_bounds
    return get_bounds(outline_data(), lonlat=True)


class Outlines(folium.GeoJson):
    """The outlines as a GeoJson layer whose bounds are computed once, not on every rerun
    (streamlit-folium asks the whole map for its bounds)."""

    def _get_self_bounds(self):
        return _outline_bounds()


def is_approximate(i: Incident) -> bool:
    """City, region and parent-placed incidents are not precise points."""
    return not i.place.is_precise


def count_label(c: Count | None) -> str:
    """A count's figure with its uncertainty, plain text: '3', '16+', '≈24+', 'about 20', 'none',
    'not reported'. Left-to-right on its own, so it reads the same next to Arabic."""
    if c is None:
        return "not reported"
    if not c.vague:
        return "none" if c.best == 0 else str(c.best)
    if c.low is None:
        return f"about {c.best}"
    return c.label()


def count_written(c: Count | None) -> str:
    """The phrase a vague count was read from ('أكثر من 15 شهيدا', 'dozens'), '' for exact ones."""
    return c.text.strip() if c is not None and c.vague and c.text else ""


def count_words(c: Count | None, after: str = "") -> str:
    """A count as a reader says it, as HTML: the figure ('≈24+') and `after` (HTML), then on its
    own line the phrase it was read from, direction-isolated, so an Arabic phrase never reorders
    the figure nor breaks across it."""
    label = f'<span class="count-label">{html.escape(count_label(c))}</span>{after}'
    written = count_written(c)
    return label + (f'<bdi class="count-written">«{html.escape(written)}»</bdi>' if written else "")


def popup_html(i: Incident) -> str:
    e = html.escape
    rows = [
        f'<div class="ip-ar" dir="rtl" lang="ar">{e(i.place.name_ar)}</div>',
        f'<div class="ip-en">{e(i.place.name_en)}</div>',
        f'<div class="ip-where">{e(i.place.level)}{" · " + e(i.place.governorate) if i.place.governorate else ""}'
        f" · {e(POINT_WORDS.get(i.place.precision, i.place.precision))}"
        + (' · <b class="ip-approx">approximate place</b>' if is_approximate(i) else "") + "</div>",
        f'<div class="ip-date"><b>Date:</b> {e(i.date or "not known")}</div>',
        f"<div><b>Types:</b> {e(', '.join(type_label(t) for t in i.types) or 'not stated')}</div>",
        f"<div><b>Actors:</b> {e(', '.join(actor_label(a) for a in i.actors) or 'not stated')}</div>",
        f'<div class="count-killed"><b>Killed:</b> {count_words(i.killed, " · <b>massacre</b>" if i.massacre else "")}</div>',
        f'<div class="count-wounded"><b>Wounded:</b> {count_words(i.wounded)}</div>',
    ]
    if i.evidence:
        rows.append(f'<div class="ip-ev" dir="auto">{e(i.evidence.text)}</div>')
    return f'<div class="incident-popup">{"".join(rows)}</div>'


def marker_size(i: Incident) -> int:
    """A marker's width in pixels: grows with casualties; an approximate place's ring is wider."""
    return int(2 * (radius(i) + 6 if is_approximate(i) else radius(i)))


def drawn_types(i: Incident) -> list[str]:
    """Every attack type a marker shows, in contract order ('unknown' when none is stated)."""
    return [t for t in TYPES if t in i.types] or ["unknown"]


def type_fill(types: Sequence[str], alpha: str = "") -> str:
    """A marker's fill: its type's colour, or one equal segment per type (a CSS conic gradient)."""
    if len(types) == 1:
        return type_color(types[0]) + alpha
    step = 100 / len(types)
    return "conic-gradient(" + ",".join(f"{type_color(t)}{alpha} {k * step:.1f}% {(k + 1) * step:.1f}%"
                                        for k, t in enumerate(types)) + ")"


def marker_spec(i: Incident) -> dict:
    """What the map needs to draw one incident: position, icon HTML, popup HTML and tooltip, all
    escaped here so the page's script only places them. A marker with several types is cut into
    one segment per type."""
    t = primary_type(i)
    approx = is_approximate(i)
    size = marker_size(i)
    types = drawn_types(i)
    segments = f";background:{type_fill(types, '33' if approx else '')}" if len(types) > 1 else ""
    # look and colour come from the page's stylesheet (MarkerStyle): a thousand markers carry only
    # their size, class and glyph reference
    glyph = glyph_svg(t, min(22, max(9, int(size * (0.4 if approx else 0.62)))), None)
    return {
        "lat": i.place.lat, "lon": i.place.lon, "s": size,
        "h": f'<div class="incident-marker type-{t}{" approximate" if approx else ""}" '
             f'data-incident="{html.escape(i.id)}" data-types="{" ".join(types)}" '
             f'style="width:{size}px;height:{size}px{segments}">{glyph}</div>',
        "p": popup_html(i),
        "t": html.escape(f"{i.place.name_en} · {', '.join(type_label(t) for t in i.types) or 'type not stated'}"
                         + (f" · {count_label(i.killed)} killed" if i.killed else "")),
    }


def script_json(data) -> str:
    """`data` as JSON that is safe inside a <script> element (no tag, comment or entity can open)."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_MARKERS = Template("""
{% macro script(this, kwargs) %}
(function () {
  var layer = {{ this._parent.get_name() }};
  function make(d) {
    var icon = L.divIcon({html: d.h, iconSize: [d.s, d.s], iconAnchor: [d.s / 2, d.s / 2],
                          className: d.c || "incident-icon"});
    // the smaller marker on top, so one inside a bigger (or an approximate) one stays clickable
    var marker = L.marker([d.lat, d.lon], {icon: icon, zIndexOffset: -1000 * d.s});
    if (d.p) { marker.bindPopup(d.p, {maxWidth: 340}); }
    if (d.t) { marker.bindTooltip(d.t); }
    return marker;
  }
  {% if this.also %}var also = {{ this.also }}, copies = [];{% endif %}
  {{ this.data }}.forEach(function (d) {
    layer.addLayer(make(d));{% if this.also %}
    copies.push(make(d));{% endif %}
  });{% if this.also %}
  // the same markers in the other layer (clustered or not), which the layer control switches to:
  // one of the two is on the map at a time
  if (also.addLayers) { also.addLayers(copies); } else { copies.forEach(function (c) { also.addLayer(c); }); }
  var map = {{ this.map }};
  // after the layer control's own click handling, so its checkboxes follow
  map.on("overlayadd", function (e) {
    var other = e.layer === layer ? also : e.layer === also ? layer : null;
    if (other) { setTimeout(function () { map.removeLayer(other); }, 0); }
  });{% endif %}
})();
{% endmacro %}
""")


class _Verbatim(Element):
    """Page text placed as it is. branca re-reads every rendered script as a Jinja template, which
    is slow on a megabyte of markers and would evaluate a report's own "{{ ... }}"."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class MarkerLayer(MacroElement):
    """Round markers drawn by one script from one JSON array of specs ({lat, lon, s: size in px,
    h: icon HTML, p: popup HTML, t: tooltip HTML, c: icon class}), every text escaped by the
    caller: a thousand markers cost one element to render instead of three thousand."""

    def __init__(self, specs: Sequence[dict], also=None, m=None):
        """`also`: another layer (of the map `m`, added to it before this layer's parent) that gets
        its own copy of every marker; the two are shown one at a time."""
        super().__init__()
        self._name = "MarkerLayer"
        self.data = script_json(list(specs))
        self.also = also.get_name() if also is not None else None
        self.map = m.get_name() if m is not None else None
        self._template = _MARKERS

    def render(self, **kwargs) -> None:
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(_Verbatim(script), name=self.get_name())


_LEGEND = Template("""
{% macro html(this, kwargs) %}
<div class="map-legend" style="position:absolute;z-index:9999;bottom:28px;right:10px;background:#fff;
 padding:8px 10px;border:1px solid #999;border-radius:6px;font:12px sans-serif;line-height:18px">
 <b>Attack type</b><br>
 {% for type, color, label, glyph in this.items %}
 <span class="legend-row" data-type="{{type}}"><span class="legend-swatch" style="display:inline-flex;align-items:center;
  justify-content:center;width:16px;height:16px;border-radius:50%;background:{{color}};margin-right:6px;
  vertical-align:middle">{{glyph}}</span>{{label}}<br></span>
 {% endfor %}
 <span style="display:inline-block;width:16px;height:16px;box-sizing:border-box;border-radius:50%;border:2px dashed #555;
  margin-right:6px;vertical-align:middle"></span>approximate place (city, region, parent area)<br>
 size grows with casualties (killed weigh most)
 {% if this.note %}<br><i>{{this.note}}</i>{% endif %}
</div>
{% endmacro %}
""")


class HeatScale(MacroElement):
    """Keeps the heatmap's intensities relative at every zoom: leaflet.heat multiplies them by
    2^(zoom - maxZoom), which leaves a report's heat invisible at the zoom the map is fitted to.
    (Its own maxZoom option would do the same, but the layer control then greys the layer out.)"""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this.map_name }}, heat = {{ this.heat_name }};
  function scale() {
    var z = Math.max(0, Math.min(map.getMaxZoom() - map.getZoom(), 12));
    heat.setOptions({max: 1 / Math.pow(2, z)});
  }
  map.on("zoomend", scale);
  scale();
})();
{% endmacro %}
""")

    def __init__(self, m: folium.Map, heat: HeatMap):
        super().__init__()
        self._name = "HeatScale"
        self.map_name, self.heat_name = m.get_name(), heat.get_name()


def marker_css() -> str:
    """The incident markers' and popups' stylesheet: a solid disc in the type's colour with a white glyph, or for
    an approximate place a dashed ring with the glyph in the type's colour."""
    colours = "".join(f".incident-marker.type-{t}{{--c:{type_color(t)};--c2:{type_color(t)}33}}"
                      for t in (*TYPES, "unknown"))
    return ("<style>.incident-marker{border-radius:50%;box-sizing:border-box;display:flex;align-items:center;"
            "justify-content:center;border:2px solid #fff;background:var(--c);opacity:.92;color:#fff;"
            "box-shadow:0 0 0 1px rgba(0,0,0,.35)}"
            ".incident-marker.approximate{border:3px dashed var(--c);background:var(--c2);opacity:1;color:var(--c)}"
            ".incident-popup{max-width:320px}.incident-popup .ip-ar{font-size:15px;font-weight:bold}"
            ".incident-popup .ip-en{font-weight:bold}.incident-popup .ip-ev{margin-top:4px;color:#444}"
            ".incident-popup .count-written{display:block;color:#555;font-size:92%}"
            + colours + "</style>")


@lru_cache(maxsize=1)
def _marker_style_template() -> Template:
    return Template("{% macro html(this, kwargs) %}" + marker_css() + glyph_sprite() + "{% endmacro %}")


class MarkerStyle(MacroElement):
    """Once per page: the markers' stylesheet and the attack-type glyphs as SVG symbols, which
    markers and legend refer to."""

    def __init__(self):
        super().__init__()
        self._name = "MarkerStyle"
        self._template = _marker_style_template()


class Legend(MacroElement):
    """The map's legend: one swatch per attack type shown, the approximate-place ring, a note."""

    def __init__(self, types: Sequence[str], note: str = ""):
        super().__init__()
        self._name = "Legend"
        self.items = [(t, type_color(t), html.escape(type_label(t)), glyph_svg(t, 11)) for t in types]
        self.note = html.escape(note)
        self._template = _LEGEND


def build_map(incidents: Sequence[Incident], *, tiles: bool = True, outlines: bool = True,
              cluster: bool = True, heatmap: bool = True, legend: bool = True, basemap: bool = True,
              labels: bool = True, lang: str | None = None, bounds=None, lang_switch: bool = True,
              keep_right: int = 0, width=None, height=None, live: bool = False) -> folium.Map:
    """A folium map of `incidents` over the offline basemap, fitted to them (to `bounds`
    [[south, west], [north, east]] when given; Syria when there are none). `lang`: the labels'
    language, 'ar' or 'en' (default: the report's). `keep_right`: pixels along the right edge the
    fitted incidents stay clear of (where a legend or locator sits). `live`: the map that stays in
    the dashboard, its layers refilled in place (core.livemap)."""
    size = {k: v for k, v in (("width", width), ("height", height)) if v is not None}
    # maxZoom on the map itself: without a tile layer Leaflet has none, and MarkerCluster refuses
    # to start ("Map has no maxZoom specified"), leaving an empty map.
    m = folium.Map(location=[35.0, 38.5], zoom_start=7, tiles=None, control_scale=True,
                   prefer_canvas=False, **size)
    m.options["max_zoom"] = MAX_ZOOM
    if tiles:
        folium.TileLayer(TILES_URL, attr=TILES_ATTRIBUTION, name="OpenStreetMap").add_to(m)
    places = None
    if basemap:
        from core.basemap import add_basemap
        add_basemap(m, tiles=tiles)
        places = folium.FeatureGroup(name="Place names", control=True).add_to(m)
    if outlines and OUTLINES.exists():
        Outlines(outline_data(), name="Aleppo neighbourhoods (CSR)",
                 style_function=lambda _: {"color": "#a39c92", "weight": 0.8, "fill": False},
                 control=True, interactive=False, **({"pane": "basemap-lines"} if basemap else {})).add_to(m)
    MarkerStyle().add_to(m)
    # both layers, clustered and not, in the layer control, drawn from one array of markers; the one
    # shown holds the marker script, so it comes second (the script fills the other one too)
    plain = folium.FeatureGroup(name="Incidents", show=not cluster)
    clustered = MarkerCluster(name="Incidents (clustered)", show=cluster)
    hidden, shown = (plain, clustered) if cluster else (clustered, plain)
    hidden.add_to(m)
    MarkerLayer([marker_spec(i) for i in incidents], also=hidden, m=m).add_to(shown)
    shown.add_to(m)
    if heatmap and (incidents or live):
        heat = HeatMap(heat_points(incidents), name="Casualty heatmap", show=False, radius=30, blur=20, min_opacity=0.3)
        heat.add_to(m)
        HeatScale(m, heat).add_to(m)
        if live:
            from core.livemap import View
            View(m, plain, clustered, heat).add_to(m)
    if labels and basemap:
        from core.labels import Labels
        named = folium.FeatureGroup(name="Incident labels", control=True).add_to(m)
        Labels(m, incidents, size=marker_size, base_group=places, incident_group=named, lang=lang,
               markers=[(i.place.lat, i.place.lon, marker_size(i)) for i in incidents],
               control=lang_switch).add_to(m)
    if legend:
        Legend(legend_types(incidents) if legend is True else list(legend), "" if tiles or basemap else "Map tiles are off (offline): outlines only").add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    fit(m, incidents, bounds, keep_right)
    return m


def fit(m: folium.Map, incidents: Sequence[Incident], bounds=None, keep_right: int = 0) -> None:
    """Frame the map: `bounds` when given, else the incidents (padded by half the biggest marker,
    and `keep_right` pixels on the right, so no ring is cut at the edge), else Syria."""
    if bounds is not None:
        m.fit_bounds(bounds)
    elif incidents:
        box, pad = frame(incidents)
        m.fit_bounds(box, padding_top_left=(pad, pad), padding_bottom_right=(pad + keep_right, pad), max_zoom=15)
    else:
        m.fit_bounds(SYRIA_BOUNDS)


def heat_points(incidents: Sequence[Incident]) -> list[list[float]]:
    """The heatmap's points: intensities relative to the heaviest incident (HeatScale keeps them so
    at every zoom)."""
    top = max((max(weight(i), 1) for i in incidents), default=1)
    return [[i.place.lat, i.place.lon, round(max(weight(i), 1) / top, 4)] for i in incidents]


def frame(incidents: Sequence[Incident]) -> tuple[list, int]:
    """The incidents' bounds and the padding (pixels) that keeps the biggest marker whole; Syria
    when there are none."""
    if not incidents:
        return SYRIA_BOUNDS, 0
    lats, lons = [i.place.lat for i in incidents], [i.place.lon for i in incidents]
    pad = 0.02
    return ([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]],
            max(marker_size(i) for i in incidents) // 2 + 10)


def legend_types(incidents: Sequence[Incident]) -> list[str]:
    """Every type drawn on the map (all of each marker's types, not only the first), by label."""
    return sorted({t for i in incidents for t in drawn_types(i)}, key=type_label)


def map_html(incidents: Sequence[Incident], **kw) -> str:
    """The map as one offline HTML page (Leaflet inlined from local files)."""
    from core.offline import inline_html
    return inline_html(build_map(incidents, **kw).get_root().render())
