"""Incidents: correct what the machine got wrong. Edits (place, types, counts, deletions) replace
the extraction for the map, the filters and every export."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from core.gazetteer import load_default, to_place
from core.mapbuild import count_label
from core.model import ACTORS, TYPES, Count
from core.style import actor_label, type_color, type_label

st.set_page_config(page_title="Incidents · incident-map", layout="wide")
st.title("Incidents")

x = st.session_state.get("extraction")
if x is None:
    st.info("Map a report first (Paste & map); its incidents appear here for correction.")
    st.stop()

gz = load_default()
incidents = st.session_state.get("edited_incidents") or list(x.incidents)


def place_label(entry) -> str:
    return f"{entry.name_en} · {entry.name_ar} ({entry.level}, {entry.governorate or '-'}) [{entry.id}]"


query = st.text_input("Find a gazetteer place to offer in the Place column (Arabic or English)")
offered = {place_label(gz.get(i.place.id)) for i in incidents if gz.get(i.place.id)}
if query.strip():
    offered |= {place_label(e) for e in gz.search(query, limit=15)}
options = sorted(offered)


FIGURE_HELP = ("The figure the map and exports use. For a vague count (dozens, more than 15) it is the "
               "best estimate; the reading with its uncertainty is in the (read) column. Typing a figure "
               "makes it exact.")
READ_HELP = "What the report said, with its uncertainty (≈24+ = dozens, 16+ = more than 15)."


def exact(c: Count | None):
    return None if c is None else (c.best if c.best is not None else c.low)


frame = pd.DataFrame([{
    "id": i.id,
    "place": place_label(gz.get(i.place.id)) if gz.get(i.place.id) else i.place.name_en,
    "types": list(i.types),
    "actors": list(i.actors),
    "killed": exact(i.killed),
    "killed (read)": count_label(i.killed),
    "wounded": exact(i.wounded),
    "wounded (read)": count_label(i.wounded),
    "massacre": i.massacre,
    "evidence": i.evidence.text if i.evidence else "",
} for i in incidents])

edited = st.data_editor(
    frame, num_rows="dynamic", hide_index=True, width="stretch", key="incident_editor",
    disabled=["id", "evidence", "killed (read)", "wounded (read)"],
    column_config={
        "place": st.column_config.SelectboxColumn("place", options=options, required=True),
        "types": st.column_config.MultiselectColumn("types", options=TYPES, format_func=type_label,
                                                    color=[type_color(t) for t in TYPES],
                                                    help="Attack types, in the map's colours"),
        "actors": st.column_config.MultiselectColumn("actors", options=ACTORS, format_func=actor_label),
        "killed": st.column_config.NumberColumn("killed", min_value=0, step=1, help=FIGURE_HELP),
        "killed (read)": st.column_config.TextColumn("killed (read)", help=READ_HELP),
        "wounded": st.column_config.NumberColumn("wounded", min_value=0, step=1, help=FIGURE_HELP),
        "wounded (read)": st.column_config.TextColumn("wounded (read)", help=READ_HELP),
    })


def choices(value) -> set[str]:
    """The options a multiselect cell holds (a list, an array, or text separated by commas)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return set()
    if isinstance(value, str):
        return {v.strip() for v in value.split(",") if v.strip()}
    return {str(v).strip() for v in value if str(v).strip()}


def apply_edits(rows: pd.DataFrame) -> tuple[list, list[str]]:
    """Incidents as the table now says, and a reason for each row that could not be used."""
    by_id = {i.id: i for i in incidents}
    out, problems = [], []
    for n, row in enumerate(rows.to_dict("records"), 1):
        base = by_id.get(row.get("id"))
        if base is None:
            problems.append(f"row {n}: new rows need an existing incident to copy; add places on the Gazetteer page")
            continue
        chosen = choices(row.get("types"))
        types = tuple(t for t in TYPES if t in chosen)
        unknown = chosen - set(TYPES)
        if unknown:
            problems.append(f"row {n}: unknown type(s) {', '.join(sorted(unknown))}")
        picked = choices(row.get("actors"))
        if picked - set(ACTORS):
            problems.append(f"row {n}: unknown actor(s) {', '.join(sorted(picked - set(ACTORS)))}")
        place = base.place
        label = str(row.get("place") or "")
        if label.endswith("]") and "[" in label:
            entry = gz.get(label.rsplit("[", 1)[1][:-1])
            if entry is not None:
                place = to_place(entry)

        def count(v, old):
            if v is None or pd.isna(v):
                return None
            v = int(v)
            return old if old is not None and exact(old) == v else Count.exact(v, "edited")

        out.append(replace(base, place=place, types=types or base.types,
                           actors=tuple(a for a in ACTORS if a in picked),
                           killed=count(row.get("killed"), base.killed),
                           wounded=count(row.get("wounded"), base.wounded),
                           massacre=bool(row.get("massacre"))))
    return out, problems


new, problems = apply_edits(edited)
for p in problems:
    st.warning(p)
c1, c2 = st.columns(2)
if c1.button("Use these corrections", type="primary"):
    st.session_state["edited_incidents"] = new
    st.success(f"{len(new)} incidents now drive the map and the exports.")
if c2.button("Back to the machine's reading"):
    st.session_state.pop("edited_incidents", None)
    st.rerun()
