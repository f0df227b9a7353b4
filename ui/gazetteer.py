"""The gazetteer a page reads: on a damaged or missing file (the user's, or the base file that
INCIDENT_MAP_GAZETTEER names) one line naming the file and line, and the page stops, not a traceback."""
from __future__ import annotations

import streamlit as st

from core.gazetteer import Gazetteer, GazetteerError, load_default


def said(e: GazetteerError) -> str:
    """The one line shown for a gazetteer file that cannot be read."""
    return f"Cannot read the gazetteer: {e}. Fix that line (or the setting naming the file) and try again."


def gazetteer() -> Gazetteer:
    """The base gazetteer and the user's places; the page stops with `said` when they cannot be read."""
    try:
        return load_default()
    except GazetteerError as e:
        st.error(said(e))
        st.stop()
