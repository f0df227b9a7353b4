"""incident-map's entry point (`streamlit run app.py`): the pages and their names in the sidebar.
The dashboard itself is `dashboard.py` ("Paste & map"); the other pages are in `pages/`."""
import streamlit as st

from ui.state import restore_once

# before any page: a reload (or a restarted server) on any page reopens the tab's last report
restore_once()
st.navigation([
    st.Page("dashboard.py", title="Paste & map", url_path="paste-and-map", default=True),
    st.Page("pages/1_Incidents.py", title="Incidents", url_path="Incidents"),
    st.Page("pages/2_Gazetteer.py", title="Gazetteer", url_path="Gazetteer"),
    st.Page("pages/3_Briefing.py", title="Briefing", url_path="Briefing"),
    st.Page("pages/4_Archive.py", title="Archive", url_path="Archive"),
]).run()
