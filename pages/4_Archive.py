"""Archive: many reports over time. A period's map and daily timeline with the dashboard's filters
(each strike told by several reports counted once), and the reports, each reopening in the
dashboard with its evidence view."""
from __future__ import annotations

import datetime as dt
import html

import altair as alt
import pandas as pd
import streamlit as st

from core import session
from core.archive import ArchiveError, default_url, query
from core.archive.legacy import BadSavedFile, import_saved
from core.archive.periodmap import page as period_map
from core.filters import Filter
from core.model import ACTORS, TYPES
from core.offline import MissingAssets
from core.storage import default_path
from core.style import actor_label, type_color, type_label
from ui.archive import archive, save_button

st.set_page_config(page_title="Archive · incident-map", layout="wide")
st.title("Archive")


try:
    a = archive(default_url())
except ArchiveError as e:
    st.error(f"{e}. Set INCIDENT_MAP_DB to a SQLite file or a database URL.")
    st.stop()

with st.expander("Add to the archive"):
    save_button("Save the dashboard's report to the archive")
    if st.button("Copy the saved reports (Saved reports file) into the archive"):
        try:
            added, known = import_saved(a, default_path())
            st.success(f"{added} saved reports added, {known} already there.")
        except BadSavedFile as e:
            st.info(str(e))
    st.caption("Many files at once: `python -m core archive add FOLDER` (in parallel, with progress); "
               "an ACLED export: `python -m core archive import-acled FILE.csv`.")

with a.engine.connect() as con:
    first, last = query.span(con)
if first is None:
    st.info("The archive is empty: save a report from the dashboard, or add files with "
            "`python -m core archive add FILE... | FOLDER`.")
    st.stop()

if first == last:
    last = first + dt.timedelta(days=1)
start, end = st.slider("Period", min_value=first, max_value=last,
                       value=(max(first, last - dt.timedelta(days=30)), last), format="YYYY-MM-DD")

with st.sidebar:
    st.header("Filters")
    type_options = (*TYPES, "unknown")
    types = st.multiselect("Attack type", type_options, default=list(type_options), format_func=type_label)
    actors = st.multiselect("Actor", ACTORS, default=[], format_func=actor_label,
                            help="Empty: every actor. Unknown keeps incidents whose attacker no report names.")
    with a.engine.connect() as con:
        govs = sorted({g["governorate"] for g in query.governorates(con, start, end)} - {""})
    gov = st.multiselect("Governorate", govs, default=[])
    min_killed = st.number_input("Minimum killed", min_value=0, value=0, step=1)
    precise = st.checkbox("Precise places only")
    tiles = st.checkbox("Map tiles (needs internet)", value=False)
f = Filter(frozenset(types) if len(types) < len(type_options) else frozenset(), frozenset(actors),
           frozenset(gov), int(min_killed), precise)

with a.engine.connect() as con:
    shown = query.page(con, start, end, f)
s, points, days, reports = shown["summary"], shown["points"], shown["timeline"], shown["reports"]

def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


killed = f"{s['killed']}+" if s["killed_vague"] else str(s["killed"])
st.subheader(f"{plural(s['events'], 'strike')} from {plural(s['reports'], 'report')} · {killed} killed "
             f"(each strike counted once) · {plural(s['incidents'], 'incident')} as reported")

try:
    st.iframe(period_map(points, tiles=tiles), height=520)
except MissingAssets as e:
    st.error(str(e))

if days:
    df = pd.DataFrame(days)
    df["type"] = df["type"].map(type_label)
    shown = sorted(df["type"].unique())
    colors = alt.Scale(domain=shown, range=[type_color(next((t for t in (*TYPES, "unknown") if type_label(t) == label), "unknown"))
                                            for label in shown])
    base = alt.Chart(df).encode(x=alt.X("date:T", title="Day"),
                                color=alt.Color("type:N", title="Attack type", scale=colors),
                                tooltip=["date:T", "type:N", "incidents:Q", "killed:Q"])
    st.altair_chart(alt.vconcat(
        base.mark_bar().encode(y=alt.Y("incidents:Q", title="Strikes")).properties(height=160),
        base.mark_bar().encode(y=alt.Y("killed:Q", title="Killed (low bound)")).properties(height=160),
    ).resolve_scale(color="shared"), width="stretch")

st.subheader("Reports")
LISTED = 500
if len(reports) > LISTED:
    st.caption(f"The {LISTED} newest of {len(reports):,} reports in the period: narrow the period or the filters to see others.")
    reports = reports[:LISTED]
table = pd.DataFrame([{"id": r["id"], "date": r["date"], "language": r["lang"], "incidents": r["incidents"],
                       "source": r["source"], "title": r["title"]} for r in reports])
st.dataframe(table, hide_index=True, width="stretch")
titles = {r["id"]: f"{r['date'] or 'undated'} · {r['title']} ({r['source']})" for r in reports}
rid = st.selectbox("Open a report", list(titles), index=None, format_func=titles.get,
                   placeholder="Choose a report to read it with its evidence")
if rid is not None:
    with a.engine.connect() as con:
        row, extraction = query.report(con, rid)
        corrected = any(m.corrected for m in query.incidents(con, report_id=rid))
    st.markdown(f'<div class="archive-report"><b>{html.escape(row["title"])}</b> · {html.escape(row["source"])} · '
                f'{plural(len(extraction.incidents), "incident")}</div>', unsafe_allow_html=True)
    with a.engine.connect() as con:
        lines = []
        for m in query.incidents(con, report_id=rid):
            i, others = m.incident, [o for o in query.sources(con, m.event_id) if o["id"] != rid] if m.event_id else []
            told = f' · also told by {html.escape("; ".join(o["source"] or o["title"] for o in others))}' if others else ""
            sentence = html.escape(i.evidence.text) if i.evidence else ""
            lines.append(f'<li><b>{html.escape(i.place.name_en)}</b> · {html.escape(", ".join(map(type_label, i.types)) or "unknown")}'
                         f' · {html.escape(i.killed.label()) if i.killed else "–"} killed{told}'
                         f'<div dir="auto" style="color:#555">{sentence}</div></li>')
    st.markdown(f'<ul class="archive-incidents">{"".join(lines)}</ul>', unsafe_allow_html=True)
    if st.button("Open in the dashboard with its evidence view", type="primary"):
        session.open_text(st.session_state, row["text"], extraction, extraction.incidents if corrected else None,
                          extraction.report.date)
        st.switch_page("dashboard.py")
