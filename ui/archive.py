"""The "Save to archive" action the dashboard and the Archive page share: the report on screen,
its machine reading and the user's corrections into the archive (core.archive, imported only when
used, so the dashboard's first run does not wait for SQLAlchemy)."""
from __future__ import annotations

import streamlit as st

from core import session


@st.cache_resource
def archive(url: str):
    """The archive at `url` (core.archive.Archive), opened once per server."""
    from core.archive import Archive
    return Archive(url)


def save_button(label: str = "Save to archive", key: str = "save_to_archive") -> None:
    """A button that stores the mapped report (the same text twice is recognised, not stored again)."""
    state = st.session_state
    x = state.get(session.EXTRACTION)
    if x is None or not st.button(label, key=key, help="Keep this report with your corrections in the archive "
                                                       "(the Archive page maps and counts many reports over time)"):
        return
    from core.archive import ArchiveError, default_url
    try:
        a = archive(default_url())
        res = a.add(state.get(session.REPORT_TEXT, ""), x, source="dashboard")
        edited = state.get(session.EDITED)
        if edited is not None:
            a.apply_edits(res.report_id, edited)
    except ArchiveError as e:
        st.error(f"Not saved to the archive: {e}")
        return
    st.success(f"Saved to the archive as report {res.report_id}." if res.new else
               f"This text is already in the archive (report {res.report_id}); your corrections are kept there.")
