"""Streamlit helpers the pages share (widgets bound to session state, the incident map view).
`core/` stays free of Streamlit; these only arrange widgets around it."""
