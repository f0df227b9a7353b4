"""The dashboard's live map: one base map that stays in the browser (the basemap, labels, legend,
layer control and empty incident layers: `base_map`, the same whatever the report), and for each
report, filter or chosen row a small `update` that refills its layers in place
(core/static/incidents.js). Mapping a report then sends a few kilobytes of markers instead of a
new map of the whole basemap, and a filter keeps the user's zoom and centre.

`update` is a FeatureGroup for streamlit-folium's `feature_group_to_add`; nothing here needs Streamlit.
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


class _Script(MacroElement):
    """A script element placed verbatim (its data may hold a report's "{{ }}", never read as Jinja)."""

    def script(self) -> str:
        raise NotImplementedError

    def render(self, **kwargs) -> None:
        self.get_root().script.add_child(_Verbatim(self.script()), name=self.get_name())


class View(_Script):
    """Registers a map's incident layers (plain, clustered, heatmap) with incidents.js."""

    def __init__(self, m: folium.Map, plain, clustered, heat):
        super().__init__()
        self._name = "IncidentView"
        self.names = m.get_name(), plain.get_name(), clustered.get_name(), heat.get_name()
        self._template = Template("{% macro script(this, kwargs) %}{{ this.script() }}{% endmacro %}")

    def script(self) -> str:
        m, plain, clustered, heat = self.names
        return (_script_text() + f"\nincidentMapView({m}, {{plain: {plain}, clustered: {clustered}, heat: {heat}}});\n")


class Update(_Script):
    """Fills the live map's layers with `data` (see incidents.js) when its script runs."""

    def __init__(self, data: dict):
        super().__init__()
        self._name = "IncidentUpdate"
        # a JSON string parsed in the page: its braces escaped, so no template pass can read them
        self.data = script_json(json.dumps(data, ensure_ascii=False)).replace("{", "\\u007b").replace("}", "\\u007d")
        self._template = Template("{% macro script(this, kwargs) %}{{ this.script() }}{% endmacro %}")

    def script(self) -> str:
        return f"{self._parent._parent.get_name()}.incidentView.set(JSON.parse({self.data}));\n"


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


def update(incidents: Sequence[Incident], shown: Sequence[Incident], *, chosen: str | None = None,
           cluster: bool = False) -> folium.FeatureGroup:
    """The update as a feature group (its only content is the script) for streamlit-folium."""
    group = folium.FeatureGroup(name="incidents", control=False)
    Update(update_data(incidents, shown, chosen=chosen, cluster=cluster)).add_to(group)
    return group
