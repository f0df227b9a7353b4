"""A briefing map: the incident map framed for a slide or a page, as standalone HTML and as PNG.

The map itself is `core.mapbuild.build_map`; this module adds the frame (title, subtitle, dates,
caption, north arrow, scale bar, timestamp, attributions), inlines the assets so the file opens
offline anywhere, and photographs it with headless Chromium through Playwright.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from core.chromium import render_png
from core.model import TYPES, Incident

# name -> (CSS width, CSS height, device pixels per CSS pixel)
SIZES = {
    "1600x900": (1600, 900, 1),
    "a4": (1754, 1240, 1),
    "a4-300dpi": (1754, 1240, 2),
}
SIZE_LABELS = {"1600x900": "Slide 1600×900", "a4": "A4 landscape 1754×1240 (150 dpi)",
               "a4-300dpi": "A4 landscape 3508×2480 (300 dpi)"}
MAX_PIXELS = 4000 * 4000
TILES_ATTRIBUTION = "Map tiles © OpenStreetMap contributors"
BASEMAP_ATTRIBUTION = "Basemap: Natural Earth"
GAZETTEER_ATTRIBUTION = ("Places: © OpenStreetMap contributors (ODbL), Columbia CSR Conflict Urbanism: Aleppo (MIT), "
                         "Wikidata (CC0), © GeoNames (CC BY 4.0), OpenSyria (CC BY 4.0), Wikipedia contributors "
                         "(CC BY-SA); see data/SOURCES.md")


@dataclass(frozen=True)
class Frame:
    """Page size in CSS pixels and the device scale that gives the PNG's pixels."""
    width: int
    height: int
    scale: int = 1

    @property
    def pixels(self) -> tuple[int, int]:
        return self.width * self.scale, self.height * self.scale


def parse_size(spec: str) -> Frame:
    """'1600x900', 'a4', 'a4-300dpi' or any 'WxH' -> Frame; ValueError with the reason."""
    key = spec.strip().lower().replace("×", "x")
    if key in SIZES:
        return Frame(*SIZES[key])
    m = re.fullmatch(r"(\d{2,5})x(\d{2,5})", key)
    if not m:
        raise ValueError(f"size {spec!r} is not WIDTHxHEIGHT or one of {', '.join(SIZES)}")
    w, h = int(m[1]), int(m[2])
    if not (320 <= w and 240 <= h and w * h <= MAX_PIXELS):
        raise ValueError(f"size {spec!r} is out of range (at least 320x240, at most {MAX_PIXELS:,} pixels)")
    return Frame(w, h)


@dataclass(frozen=True)
class Briefing:
    """What the user asks of a briefing map."""
    title: str = "Incidents"
    subtitle: str = ""
    date: str = ""
    types: tuple[str, ...] = ()
    caption: str = ""
    size: str = "1600x900"
    tiles: bool = False
    view: tuple[float, float, float, float] | None = None   # south, west, north, east: the user's frame
    lang: str | None = None                                   # labels: 'ar' or 'en' (default: the report's)
    basemap: bool = True                                      # the offline basemap and labels
    timestamp: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc)
                           .strftime("%Y-%m-%d %H:%M UTC"))

    @property
    def frame(self) -> Frame:
        return parse_size(self.size)


def select(incidents: Iterable[Incident], types: Sequence[str]) -> list[Incident]:
    """The incidents with at least one of `types` (all of them when `types` is empty)."""
    unknown = [t for t in types if t not in TYPES]
    if unknown:
        raise ValueError(f"unknown attack type {unknown[0]!r}")
    wanted = set(types)
    return [i for i in incidents if not wanted or wanted & set(i.types)]


def date_span(incidents: Iterable[Incident]) -> str:
    """'2016-10-25', '2016-10-24 – 2016-10-26' or '' from the incidents' dates."""
    dates = sorted({i.date for i in incidents if i.date})
    if not dates:
        return ""
    return dates[0] if len(dates) == 1 else f"{dates[0]} – {dates[-1]}"


def _layout(frame: Frame) -> dict[str, int]:
    unit = min(frame.width / 1600, frame.height / 900)
    return {"head": round(118 * unit), "foot": round(56 * unit), "title": round(40 * unit),
            "sub": round(22 * unit), "small": round(15 * unit), "pad": round(24 * unit),
            "arrow": round(64 * unit), "locator": round(250 * unit)}


def build(incidents: Sequence[Incident], b: Briefing):
    """The briefing page (a branca Figure): one folium map per panel (incidents far apart get a
    panel each, with a locator map of Syria; the user's `view` gives one panel of exactly that
    frame), the title, foot and credits around them."""
    from branca.element import Element
    from core import frames
    from core.labels import report_lang
    from core.mapbuild import build_map, legend_types
    frame = b.frame
    L = _layout(frame)
    chosen = select(incidents, b.types)
    groups = [chosen] if b.view else frames.panels(chosen)
    lang = b.lang or report_lang(chosen)
    map_h = frame.height - L["head"] - L["foot"]
    gap = 6 if len(groups) > 1 else 0
    width = (frame.width - gap * (len(groups) - 1)) // len(groups)
    view = [[b.view[0], b.view[1]], [b.view[2], b.view[3]]] if b.view else None
    drawn = legend_types(chosen)
    maps = []
    for n, group in enumerate(groups):
        last = n == len(groups) - 1
        m = build_map(group, tiles=b.tiles, outlines=True, cluster=False, heatmap=False, basemap=b.basemap,
                      legend=drawn if last else False, lang=lang, lang_switch=False, bounds=view,
                      keep_right=(L["locator"] + 24 if last else 0), width=width, height=map_h)
        m.options.update(zoom_snap=0.25, zoom_animation=False, fade_animation=False, marker_zoom_animation=False)
        maps.append((m, n * (width + gap), width))
    root = maps[0][0].get_root()
    for m, _, _ in maps[1:]:
        root.add_child(m, name=m.get_name())
    locator = _locator(frame, L) if len(groups) > 1 else None
    if locator is not None:
        root.add_child(locator, name=locator.get_name())
    names = [frames.panel_name(g) for g in groups] if len(groups) > 1 else []
    root.header.add_child(Element(f"<style>{_css(frame, L, maps, locator)}</style>"), name="briefing_css")
    root.html.add_child(Element(_frame_html(chosen, b, L)), name="briefing_frame")
    root.script.add_child(Element(_script([m.get_name() for m, _, _ in maps], names,
                                           locator.get_name() if locator else None, frame, L)),
                          name="briefing_script")
    return root


def _locator(frame: Frame, L: dict):
    """A small fixed map of Syria (countries and governorates) on which each panel is outlined."""
    import folium
    from core.basemap import add_basemap
    from core.frames import SYRIA_VIEW
    w = round(L["locator"])
    m = folium.Map(tiles=None, width=w, height=round(w * 0.9), zoom_control=False, attribution_control=False,
                   dragging=False, scroll_wheel_zoom=False, double_click_zoom=False, box_zoom=False,
                   keyboard=False, touch_zoom=False, zoom_snap=0.1, zoom_animation=False, fade_animation=False)
    add_basemap(m)
    m.fit_bounds([list(SYRIA_VIEW[0]), list(SYRIA_VIEW[1])], padding=(2, 2))
    return m


def briefing_html(incidents: Sequence[Incident], b: Briefing) -> str:
    """A single HTML file with every script, style and font inlined: opens offline anywhere."""
    from core import offline
    return offline.inline_html(build(incidents, b).render())


def _css(frame: Frame, L: dict, maps, locator) -> str:
    fonts = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", Tahoma, Arial, sans-serif'
    map_h = frame.height - L['head'] - L['foot']
    panels = "".join(f"#{m.get_name()} {{ position: absolute !important; top: {L['head']}px !important; "
                     f"left: {left}px !important; width: {w}px !important; height: {map_h}px !important; }}\n"
                     for m, left, w in maps)
    if locator is not None:
        panels += (f"#{locator.get_name()} {{ position: absolute !important; top: {L['head'] + 64}px !important; "
                   f"left: auto !important; right: 12px !important; width: {locator.width[0]:.0f}px !important; "
                   f"height: {locator.height[0]:.0f}px !important; z-index: 1001; border: 2px solid #555; "
                   f"box-shadow: 0 1px 5px rgba(0,0,0,.4); }}\n")
    return panels + f"""
html {{ background: #fff; width: 100% !important; height: 100% !important; overflow: hidden; }}
body {{ margin: 0; padding: 0; width: {frame.width}px !important; height: {frame.height}px !important; overflow: hidden; position: relative;
  background: #fff; font-family: {fonts}; color: #1b1b1b; transform-origin: 0 0; }}
@page {{ size: {frame.width}px {frame.height}px; margin: 0; }}
@media print {{ body {{ transform: none !important; }} html {{ overflow: hidden; }} }}
.briefing-head {{ position: absolute; top: 0; left: 0; right: 0; height: {L['head']}px; box-sizing: border-box;
  padding: {L['pad'] * 0.6:.0f}px {L['pad']}px 0; border-bottom: 3px solid #1b1b1b; overflow: hidden; }}
.briefing-title {{ font-size: {L['title']}px; font-weight: 700; line-height: 1.15; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; unicode-bidi: plaintext; }}
.briefing-sub {{ font-size: {L['sub']}px; line-height: 1.3; color: #333; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; unicode-bidi: plaintext; }}
.briefing-date {{ position: absolute; top: {L['pad'] * 0.6:.0f}px; right: {L['pad']}px; font-size: {L['sub']}px;
  font-weight: 600; background: #fff; padding-left: {L['pad']}px; }}
.briefing-foot {{ position: absolute; bottom: 0; left: 0; right: 0; height: {L['foot']}px; box-sizing: border-box;
  padding: {L['pad'] * 0.35:.0f}px {L['pad']}px; border-top: 1px solid #999; font-size: {L['small']}px;
  line-height: 1.35; color: #333; display: flex; justify-content: space-between; gap: {L['pad']}px; }}
.briefing-left {{ flex: 1 1 40%; min-width: 0; }}
.briefing-caption {{ unicode-bidi: plaintext; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.briefing-stamp {{ color: #555; }}
.briefing-credits {{ text-align: right; overflow: hidden; max-height: 100%; flex: 1 1 60%; color: #555; }}
.briefing-north {{ width: {L['arrow']}px; height: {round(L['arrow'] * 1.25)}px; background: rgba(255,255,255,.85);
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.35); }}
.briefing-notice {{ position: absolute; left: 50%; transform: translateX(-50%); top: {L['head'] + 8}px; z-index: 1000;
  font-size: {L['small']}px; background: rgba(255,255,255,.9); padding: 2px 8px; border-radius: 3px; }}
.map-legend {{ bottom: {L['foot'] + 28}px !important; }}
.briefing-panel-name {{ font-size: {L['sub']}px; font-weight: 700; background: rgba(255,255,255,.9); padding: 2px 10px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.35); }}
.briefing-panel-name b {{ display: inline-block; min-width: 1.2em; text-align: center; color: #fff; background: #b03a2e;
  border-radius: 50%; margin-right: 6px; }}
.locator-number {{ font: 700 12px sans-serif; color: #fff; background: #b03a2e; border-radius: 50%; width: 18px; height: 18px;
  line-height: 18px; text-align: center; box-shadow: 0 0 0 1.5px #fff; }}
.leaflet-control-attribution {{ font-size: {max(10, L['small'] - 3)}px !important; }}
.leaflet-control-scale-line {{ font-size: {L['small']}px !important; }}
"""


def _frame_html(chosen: Sequence[Incident], b: Briefing, L: dict) -> str:
    e = html.escape
    date = b.date or date_span(chosen)
    n = len(chosen)
    kinds = ", ".join(t.replace("_", " ") for t in b.types) if b.types else "all attack types"
    sub = b.subtitle or f"{n} incident{'s' if n != 1 else ''} · {kinds}"
    credits = [BASEMAP_ATTRIBUTION, GAZETTEER_ATTRIBUTION, TILES_ATTRIBUTION if b.tiles else "No map tiles"]
    notice = "" if chosen else '<div class="briefing-notice">No incidents match the chosen types</div>'
    return (f'<div class="briefing-head"><div class="briefing-title" dir="auto">{e(b.title)}</div>'
            f'<div class="briefing-sub" dir="auto">{e(sub)}</div>'
            + (f'<div class="briefing-date">{e(date)}</div>' if date else "") + "</div>"
            f'<div class="briefing-foot"><div class="briefing-left"><div class="briefing-caption" dir="auto">'
            f'{e(b.caption)}</div><div class="briefing-stamp">Made {e(b.timestamp)} with incident-map</div></div>'
            f'<div class="briefing-credits">{e(" · ".join(credits))}</div></div>{notice}')


NORTH_ARROW_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 50" width="100%" height="100%">'
                   '<polygon points="20,4 31,38 20,31 9,38" fill="#1b1b1b"/>'
                   '<polygon points="20,4 20,31 9,38" fill="#777"/>'
                   '<text x="20" y="48" font-size="11" font-weight="700" text-anchor="middle" '
                   'font-family="DejaVu Sans, Arial, sans-serif">N</text></svg>')


def _script(names: list[str], titles: list[str], locator: str | None, frame: Frame, L: dict) -> str:
    """North arrow, a metric scale bar (if the map lacks one), panel names, each panel outlined on
    the locator, the page scaled to fit any window, then a ready flag for the PNG and PDF."""
    return f"""
document.addEventListener('DOMContentLoaded', function() {{
  var maps = [{", ".join(names)}], titles = {json.dumps(titles, ensure_ascii=False)};
  var North = L.Control.extend({{options: {{position: 'topright'}}, onAdd: function() {{
      var d = L.DomUtil.create('div', 'briefing-north leaflet-control'); d.title = 'North';
      d.innerHTML = {NORTH_ARROW_SVG!r}; return d; }}}});
  maps[0].addControl(new North());
  maps.forEach(function (map, k) {{
    if (!map.getContainer().querySelector('.leaflet-control-scale')) {{
      L.control.scale({{imperial: false, position: 'bottomleft', maxWidth: {L['arrow'] * 3}}}).addTo(map);
    }}
    if (titles.length) {{
      var Name = L.Control.extend({{options: {{position: 'topleft'}}, onAdd: function() {{
        var d = L.DomUtil.create('div', 'briefing-panel-name leaflet-control');
        var n = document.createElement('b'); n.textContent = String(k + 1); d.appendChild(n);
        d.appendChild(document.createTextNode(titles[k])); return d; }}}});
      map.addControl(new Name());
    }}
  }});
  {f"var loc = {locator};" if locator else "var loc = null;"}
  if (loc) {{
    loc.getContainer().classList.add('map-keepout');
    maps.forEach(function (map, k) {{
      var b = map.getBounds();
      L.rectangle(b, {{color: '#b03a2e', weight: 2, fillOpacity: 0.15, interactive: false}}).addTo(loc);
      L.marker(b.getNorthWest(), {{interactive: false, icon: L.divIcon({{className: 'locator-number', iconSize: [18, 18],
        iconAnchor: [20, 20], html: String(k + 1)}})}}).addTo(loc);
    }});
  }}
  maps.forEach(function (map) {{ if (map.incidentLabels) {{ map.incidentLabels.run(); }} }});
  function fit() {{
    var s = Math.min(window.innerWidth / {frame.width}, window.innerHeight / {frame.height});
    document.body.style.transform = Math.abs(s - 1) < 0.001 ? '' : 'scale(' + s + ')';
  }}
  window.addEventListener('resize', fit);
  fit();
  // ready once every panel has placed its labels, two frames later (painted)
  (function ready() {{
    if (maps.every(function (m) {{ return !m.incidentLabels || m.getContainer().hasAttribute('data-labels'); }})) {{
      requestAnimationFrame(function() {{ requestAnimationFrame(function() {{ window.briefingReady = true; }}); }});
    }} else {{ setTimeout(ready, 20); }}
  }})();
}});
"""


def briefing_png(incidents: Sequence[Incident], b: Briefing) -> bytes:
    """The PNG of the briefing map, at the frame's pixel size."""
    page_html = briefing_html(incidents, b)
    return render_png(page_html, b.frame, markers=len(select(incidents, b.types)), tiles=b.tiles)
