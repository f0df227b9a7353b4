"""The dashboard's live map: one base map that stays in the browser (the basemap, labels, legend,
layer control and empty incident layers: `base_map`, the same whatever the report), and for each
report, filter or chosen row a small `update_script` that refills its layers in place
(core/static/incidents.js). Mapping a report then sends a few kilobytes of markers instead of a
new map of the whole basemap, and a filter keeps the user's zoom and centre. Nothing here needs
Streamlit (ui/mapview.py places the two on the page).
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import folium
from branca.element import MacroElement, Template

from core.labels import incident_rows, report_lang
from core.mapbuild import _Verbatim, build_map, frame, heat_points, legend_types, marker_size, marker_spec, script_json
from core.model import TYPES, Incident

SCRIPT = Path(__file__).resolve().parent / "static" / "incidents.js"
ALL_TYPES = (*TYPES, "unknown")


@lru_cache(maxsize=1)
def _script_text() -> str:
    return SCRIPT.read_text(encoding="utf-8")


class View(MacroElement):
    """Registers a map's incident layers (plain, clustered, heatmap) with incidents.js. Its script
    is placed verbatim and names the layers as they are named when it is rendered (streamlit-folium
    renames them)."""

    def __init__(self, m: folium.Map, plain, clustered, heat):
        super().__init__()
        self._name = "IncidentView"
        self.layers = m, plain, clustered, heat
        self._template = Template("{% macro script(this, kwargs) %}{{ this.script() }}{% endmacro %}")

    def script(self) -> str:
        m, plain, clustered, heat = (x.get_name() for x in self.layers)
        return _script_text() + f"\nincidentMapView({m}, {{plain: {plain}, clustered: {clustered}, heat: {heat}}});\n"

    def render(self, **kwargs) -> None:
        self.get_root().script.add_child(_Verbatim(self.script()), name=self.get_name())


def base_map(*, tiles: bool) -> folium.Map:
    """The live map before any report: Syria, every attack type in the legend (an update shows only
    the report's), Arabic names (an update switches to the report's language)."""
    return build_map((), tiles=tiles, cluster=False, legend=sorted(ALL_TYPES), lang="ar", live=True)


def report_key(incidents: Sequence[Incident]) -> str:
    """Changes only with the incidents as read or corrected, never with a filter: a new key refits the map."""
    drawn = repr([(i.id, i.place.id, i.types, i.killed, i.wounded, i.date) for i in incidents])
    return hashlib.sha1(drawn.encode("utf-8")).hexdigest()[:16]


def update_data(incidents: Sequence[Incident], shown: Sequence[Incident], *, chosen: str | None = None,
                cluster: bool = False) -> dict:
    """What incidents.js needs to show `shown` of the report's `incidents` (fitted to all of them)."""
    bounds, pad = frame(incidents)
    return {"fit": report_key(incidents), "bounds": bounds, "pad": pad, "markers": [marker_spec(i) for i in shown],
            "heat": heat_points(shown), "types": legend_types(shown),
            "labels": [list(r) for r in incident_rows(shown, marker_size)],
            "pins": [[i.place.lat, i.place.lon, marker_size(i)] for i in shown],
            "shown": "all" if len(shown) == len(incidents) else len(shown), "chosen": chosen, "cluster": cluster,
            "lang": report_lang(incidents)}


# the page side: keep the data for a map still loading, and hand it to every live map on the page
_PAGE = ("<script>(function (d) {{ window.__incidentMapData = d; document.querySelectorAll('iframe').forEach("
         "function (f) {{ try {{ var v = f.contentWindow.map && f.contentWindow.map.incidentView; if (v) {{ v.set(d); }} }}"
         " catch (e) {{}} }}); }})(JSON.parse({data}));</script>")


def update_script(incidents: Sequence[Incident], shown: Sequence[Incident], *, chosen: str | None = None,
                  cluster: bool = False) -> str:
    """The update as a script for the page around the map (a few kilobytes, where a new map would be
    three quarters of a megabyte): it refills the live map in place."""
    data = update_data(incidents, shown, chosen=chosen, cluster=cluster)
    return _PAGE.format(data=script_json(json.dumps(data, ensure_ascii=False)))
