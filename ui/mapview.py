"""The dashboard's incident map through streamlit-folium: the live base map (core.livemap) under a
key that never changes with the report, so Streamlit keeps the same iframe and Leaflet its state;
each report, filter or chosen row sends only a small feature group (`feature_group_to_add`) whose
script refills the map's layers. Pan and zoom send nothing back (`returned_objects=[]`), so they
never rerun the app."""
from __future__ import annotations

from typing import Sequence

from streamlit_folium import st_folium

from core.livemap import base_map, update
from core.model import Incident
from core.offline import localize


def incident_map(incidents: Sequence[Incident], shown: Sequence[Incident], *, tiles: bool, clustered: bool,
                 chosen: str | None = None, height: int = 560) -> None:
    """The map of `incidents` showing `shown` (no incidents: the empty map, ready for a report)."""
    st_folium(localize(base_map(tiles=tiles)), key="incident-map-tiles" if tiles else "incident-map",
              height=height, use_container_width=True, returned_objects=[],
              feature_group_to_add=update(incidents, shown, chosen=chosen, cluster=clustered))
