"""The dashboard's incident map: the live base map (core.livemap) in streamlit-folium's component
under a key and with arguments that never change with the report, so Streamlit keeps the same
iframe (and Leaflet the user's view) and sends the map only once per browser session (a repeated
message goes as a reference to the copy the browser already has); each report, filter or chosen
row sends only a small script beside it (st.html) that refills the map's layers. Pan and zoom
send nothing back (`returned_objects=[]`), so they never rerun the app.

Measured (bench/dashboard_click.py): st_folium rebuilt and re-rendered the base map's three
quarters of a megabyte on every rerun, and streamlit-folium's `feature_group_to_add` travels in
the same arguments, so every click sent it all again. The component is therefore called here
with st_folium's own helpers (streamlit-folium 0.27), as st_folium itself calls it, with the
arguments built once per server."""
from __future__ import annotations

from typing import Sequence

import streamlit as st
import streamlit_folium as sf

from core.livemap import base_map, update_script
from core.model import Incident
from core.offline import localize


def _links(element, kind: str) -> list[str]:
    """Every script or stylesheet address (`default_js`/`default_css`) of a map's elements, in
    page order, once each."""
    out = [url for _, url in getattr(element, kind, [])]
    for child in getattr(element, "_children", {}).values():
        out += _links(child, kind)
    return list(dict.fromkeys(out))


@st.cache_resource(show_spinner=False, max_entries=2)
def _base(tiles: bool, key: str) -> dict:
    """The component's arguments for the base map (rendered once per server and tiles setting)."""
    m = localize(base_map(tiles=tiles))
    m.get_root().render()
    m.render()
    html, header = sf._get_html(m), sf._get_header(m)
    script = sf._get_map_string(m)
    return {"script": script, "header": header, "html": html, "id": sf.get_full_id(m),
            "key": sf.generate_js_hash(script, key, False),
            "css_links": _links(m, "default_css"), "js_links": _links(m, "default_js")}


def incident_map(incidents: Sequence[Incident], shown: Sequence[Incident], *, tiles: bool, clustered: bool,
                 chosen: str | None = None, height: int = 560) -> None:
    """The map of `incidents` showing `shown` (no incidents: the empty map, ready for a report)."""
    key = "incident-map-tiles" if tiles else "incident-map"
    sf._component_func(**_base(tiles, key), height=height, width=None, returned_objects=[], default={},
                       zoom=None, center=None, feature_group=None, return_on_hover=False, layer_control=None,
                       pixelated=False, wrap_longitude=False)
    st.html(update_script(incidents, shown, chosen=chosen, cluster=clustered), unsafe_allow_javascript=True)
