"""Incidents: correct what the machine got wrong. Edits (place, types, counts, deletions) replace
the extraction for the map, the filters and every export, and are saved with the report. A place
corrected, or a mention the gazetteer lacked, can teach the gazetteer its wording as an alias."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from core import session
from core.extract import InputError, extract
from core.filters import summary
from core.aliases import add_user_alias
from core.gazetteer import GazetteerError, to_place
from core.mapbuild import count_label
from core.model import ACTORS, TYPES, Count
from core.offline import MissingAssets
from core.storage import StorageError
from core.style import actor_label, type_color, type_label
from ui.gazetteer import gazetteer
from ui.mapview import incident_map
from ui.state import store

st.set_page_config(page_title="Incidents · incident-map", layout="wide")
st.title("Incidents")
state = st.session_state
db = store()

x = state.get(session.EXTRACTION)
if x is None:
    st.info("Map a report first (Paste & map); its incidents appear here for correction.")
    st.stop()

gz = gazetteer()
incidents = session.incidents(state)
st.subheader(summary(incidents, len(x.unresolved)))
try:
    incident_map(incidents, incidents, tiles=bool(state.get("map_tiles")), clustered=False, height=380)
except MissingAssets as e:
    st.error(str(e))


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


# the counts first after the place, so they are on screen without scrolling the grid
frame = pd.DataFrame([{
    "id": i.id,
    "place": place_label(gz.get(i.place.id)) if gz.get(i.place.id) else i.place.name_en,
    "killed": exact(i.killed),
    "killed (read)": count_label(i.killed),
    "wounded": exact(i.wounded),
    "wounded (read)": count_label(i.wounded),
    "types": list(i.types),
    "actors": list(i.actors),
    "massacre": i.massacre,
    "evidence": i.evidence.text if i.evidence else "",
} for i in incidents])

edited = st.data_editor(
    frame, num_rows="dynamic", hide_index=True, width="stretch", key="incident_editor",
    disabled=["id", "evidence", "killed (read)", "wounded (read)"],
    column_config={
        "place": st.column_config.SelectboxColumn("place", options=options, required=True, width="medium"),
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


def keep_edits() -> None:
    """Save the corrections with the report in the SQLite file."""
    if db is not None:
        try:
            session.save_edits(db, state)
        except StorageError as e:
            st.warning(f"Corrections used, but not saved: {e}")


def wording_offers(before, after) -> list[tuple[str, str]]:
    """(wording, place id) for each incident whose place the user replaced: the report's words for
    the place, which the gazetteer could learn as another name of the place chosen."""
    old = {i.id: i for i in before}
    return [(old[i.id].place_text, i.place.id) for i in after
            if i.id in old and i.place.id != old[i.id].place.id and old[i.id].place_text.strip()]


new, problems = apply_edits(edited)
for p in problems:
    st.warning(p)
c1, c2 = st.columns(2)
if c1.button("Use these corrections", type="primary"):
    state["alias_offers"] = wording_offers(x.incidents, new)
    state[session.EDITED] = new
    keep_edits()
    st.success(f"{len(new)} incidents now drive the map and the exports.")
if c2.button("Back to the machine's reading"):
    state.pop(session.EDITED, None)
    keep_edits()
    st.rerun()


def remap() -> str:
    """Read the open report again (the gazetteer has learnt a wording); keeps corrections if any."""
    if state.get(session.EDITED) is not None:
        return "Map the report again on the main page to read it with the new name (your corrections stay until then)."
    date = state.get(session.REPORT_DATE)
    try:
        state[session.EXTRACTION] = extract(state[session.REPORT_TEXT], date=date.isoformat() if date else None)
    except InputError as e:
        return f"The report could not be read again: {e}"
    if db is not None:
        try:
            session.save_mapping(db, state)
        except StorageError as e:
            return f"Read again, but not saved: {e}"
    return "The report was read again with it."


def remember(wording: str, place_id: str) -> None:
    try:
        e = add_user_alias(place_id, wording)
    except GazetteerError as err:
        state["alias_message"] = ("error", f"Not remembered: {err}")
        return
    state["alias_offers"] = [o for o in state.get("alias_offers", []) if o != (wording, place_id)]
    state["alias_message"] = ("success", f"«{wording}» is now a name of {e.name_en} in your gazetteer. {remap()}")


offers = state.get("alias_offers") or []
mentions = sorted({m.text for m in x.unresolved})
if offers or mentions:
    st.subheader("Teach the gazetteer a wording")
    st.caption("A name the report spells its own way is remembered as an alias in your gazetteer, "
               "so the next report with the same wording is read right.")
for n, (wording, place_id) in enumerate(offers):
    e = gz.get(place_id)
    if e is not None:
        st.button(f"Remember «{wording}» as a name of {e.name_en} · {e.name_ar}", key=f"alias-offer-{n}",
                  on_click=remember, args=(wording, place_id))
if mentions:
    m1, m2 = st.columns(2)
    mention = m1.selectbox("A place the report names that was not mapped", mentions, key="alias_mention")
    places = {place_label(e): e.id for e in (gz.search(query, limit=15) if query.strip() else [])}
    target = m2.selectbox("is this gazetteer place (find it with the search box above)", list(places),
                          index=None, key="alias_target", placeholder="search above, then choose")
    if st.button("Remember this wording and map the report again", disabled=target is None):
        remember(mention, places[target])
        st.rerun()
message = state.pop("alias_message", None)
if message:
    (st.success if message[0] == "success" else st.error)(message[1])
