"""The dashboard's incident map through streamlit-folium, changed in place by the filters: the map
itself is drawn from all the report's incidents under a stable key (so Streamlit keeps the same
iframe and Leaflet keeps the user's zoom and centre), and each filter change sends only a small
feature group (`feature_group_to_add`) whose script shows the markers kept and highlights the one
chosen in the table."""
from __future__ import annotations

import hashlib
import json
from typing import Sequence

import folium
from branca.element import MacroElement
from jinja2 import Template
from streamlit_folium import st_folium

from core.mapbuild import build_map
from core.model import Incident
from core.offline import localize

_SHOW = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = window.map, keep = {{ this.keep }}, chosen = {{ this.chosen }};
  // Leaflet aligns popups left; Arabic lines (the place, the phrase, the sentence) start on the right
  var POPUP_RTL = ".incident-popup [dir=rtl],.incident-popup [dir=auto]:dir(rtl),.incident-popup .count-written:dir(rtl)" +
    "{text-align:right}";
  if (!map) { return; }
  var st = map.__incidentView || (map.__incidentView = {groups: [], hooked: false});
  st.keep = keep === null ? null : new Set(keep);
  function idOf(m) {
    var o = m.options && m.options.icon && m.options.icon.options, r = /data-incident="([^"]*)"/.exec((o && o.html) || "");
    return r ? r[1] : null;
  }
  function show(g) {
    if (!g.__incidents) {
      g.__incidents = g.getLayers().filter(function (m) { return idOf(m) !== null; });
      st.groups.push(g);
    }
    if (!g.__incidents.length) { return; }
    var want = g.__incidents.filter(function (m) { return st.keep === null || st.keep.has(idOf(m)); });
    g.clearLayers();
    if (g.addLayers) { g.addLayers(want); } else { want.forEach(function (m) { g.addLayer(m); }); }
  }
  Object.keys(map._layers).forEach(function (k) {
    var g = map._layers[k];
    if (g && g.getLayers && g.clearLayers && !g.feature) { show(g); }
  });
  st.groups.forEach(function (g) { if (!map.hasLayer(g)) { show(g); } });
  if (!st.hooked) {
    st.hooked = true;
    map.on("overlayadd", function (e) { if (e.layer.getLayers && e.layer.clearLayers) { show(e.layer); } });
  }
  var css = document.getElementById("incident-chosen-style") || document.head.appendChild(
    Object.assign(document.createElement("style"), {id: "incident-chosen-style"}));
  css.textContent = POPUP_RTL + (chosen ? '.incident-marker[data-incident="' + chosen.replace(/["\\\\]/g, "") +
    '"]{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 6px rgba(255,214,0,.9)}' : "");
  document.body.dataset.incidentsShown = st.keep === null ? "all" : String(st.keep.size);
  document.body.dataset.incidentChosen = chosen || "";
})();
{% endmacro %}
""")


class ShowIncidents(MacroElement):
    """Shows only the markers of `keep` (ids; None = all) on the map it is sent to, and rings the
    marker of `chosen`."""

    def __init__(self, keep: Sequence[str] | None, chosen: str | None = None):
        super().__init__()
        self._name = "ShowIncidents"
        self.keep = "null" if keep is None else json.dumps(list(keep))
        self.chosen = json.dumps(chosen)
        self._template = _SHOW


def map_key(incidents: Sequence[Incident], tiles: bool, clustered: bool) -> str:
    """Changes only with the map itself (the incidents as read or corrected, tiles, clustering),
    never with a filter: the same key keeps the same map in the browser."""
    drawn = repr(([(i.id, i.place.id, i.types, i.killed, i.wounded, i.date) for i in incidents], tiles, clustered))
    return "map-" + hashlib.sha1(drawn.encode("utf-8")).hexdigest()[:16]


def incident_map(incidents: Sequence[Incident], shown: Sequence[Incident], *, tiles: bool, clustered: bool,
                 chosen: str | None = None, height: int = 560) -> None:
    """The map of `incidents` showing `shown`; pan and zoom send nothing back, so they never rerun
    the app."""
    keep = None if len(shown) == len(incidents) else [i.id for i in shown]
    group = folium.FeatureGroup(name="shown", control=False)
    ShowIncidents(keep, chosen).add_to(group)
    st_folium(localize(build_map(incidents, tiles=tiles, cluster=clustered)), key=map_key(incidents, tiles, clustered),
              height=height, use_container_width=True, returned_objects=[], feature_group_to_add=group)
