"""The period map of the archive: one circle per place (events of the range counted once), all
drawn by Leaflet on one canvas from one JSON array, so tens of thousands of points draw in well
under two seconds (SVG markers cost one DOM node each). A standalone offline page."""
from __future__ import annotations

import html
import json
from typing import Sequence

from core.mapbuild import TILES_ATTRIBUTION, TILES_URL
from core.offline import _css_inline, asset
from core.style import type_color, type_label

SYRIA_BOUNDS = [[32.3, 35.7], [37.35, 42.4]]

_SCRIPT = """
var P = %(points)s, C = %(colors)s, L_ = %(labels)s;
var map = L.map('periodmap', {preferCanvas: true, zoomControl: true, maxZoom: 16});
var canvas = L.canvas({padding: 0.3, tolerance: 3});
%(tiles)s
function esc(s) { return String(s).replace(/[&<>"']/g, function (c) {
  return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]; }); }
var top_ = 1; for (var i = 0; i < P.length; i++) { if (P[i][3] > top_) top_ = P[i][3]; }
var group = L.featureGroup();
for (var i = 0; i < P.length; i++) {
  var p = P[i];
  var m = L.circleMarker([p[0], p[1]], {renderer: canvas, radius: 4 + 14 * Math.sqrt(p[3] / top_),
    color: p[6] ? '#222' : '#666', weight: 1, dashArray: p[6] ? null : '3,2',
    fillColor: C[p[2]] || C.unknown, fillOpacity: 0.75});
  m._ix = i;
  group.addLayer(m);
}
group.on('click', function (e) {
  var p = P[e.layer._ix];
  L.popup().setLatLng(e.latlng).setContent('<b>' + esc(p[5]) + '</b> <span dir="rtl">' + esc(p[7]) +
    '</span><br>' + p[3] + ' incident(s) · ' + p[4] + ' killed · mostly ' + esc(L_[p[2]] || p[2])).openOn(map);
});
group.addTo(map);
if (P.length) { map.fitBounds(group.getBounds(), {padding: [20, 20], maxZoom: 12}); }
else { map.fitBounds(%(syria)s); }
window.periodMapDrawn = P.length;
"""


def point_rows(points: Sequence[dict]) -> list[list]:
    """`core.archive.query.points` -> compact rows [lat, lon, type, n, killed, name_en, precise, name_ar]."""
    return [[round(p["lat"], 5), round(p["lon"], 5), p["type"], p["n"], p["killed"], p.get("name_en", ""),
             1 if p.get("precise") else 0, p.get("name_ar", "")] for p in points]


def legend(types: Sequence[str]) -> str:
    items = "".join(f'<div><span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
                    f'background:{type_color(t)};margin-right:5px"></span>{html.escape(type_label(t))}</div>'
                    for t in types)
    return (f'<div class="period-legend" style="position:absolute;bottom:18px;left:10px;z-index:800;'
            f'background:#fff;padding:6px 9px;border-radius:4px;font:12px sans-serif;'
            f'box-shadow:0 1px 4px rgba(0,0,0,.3)">{items}<div style="color:#666;margin-top:3px">'
            f'circle size: incidents · dashed: approximate place</div></div>')


def page(points: Sequence[dict], *, tiles: bool = False, height: str = "100%") -> str:
    """A standalone HTML page of the period map (Leaflet inlined from core/static/vendor)."""
    rows = point_rows(points)
    types = sorted({r[2] for r in rows}, key=type_label)
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    colors = {t: type_color(t) for t in {*types, "unknown"}}
    script = _SCRIPT % {
        "points": data, "colors": json.dumps(colors), "labels": json.dumps({t: type_label(t) for t in types}),
        "syria": json.dumps(SYRIA_BOUNDS),
        "tiles": (f"L.tileLayer({json.dumps(TILES_URL)}, {{attribution: {json.dumps(TILES_ATTRIBUTION)}}}).addTo(map);"
                  if tiles else "")}
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<style>{_css_inline('leaflet.css')}</style>"
            "<style>html,body{margin:0;height:100%}#periodmap{height:" + height + ";background:#eef2f3}</style>"
            f"<script>{asset('leaflet.js')}</script></head><body>"
            f"<div id='periodmap'></div>{legend(types)}<script>{script}</script></body></html>")
