"""Paste & map: paste a report, see its incidents on an offline map, filter, read the evidence."""
from __future__ import annotations

import datetime as dt
import hashlib
import html

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from core import DATA
from core.arabic import is_arabic
from core.extract import InputError, extract
from core.filters import Filter, apply, summary
from core.mapbuild import build_map, count_label, count_written
from core.model import ACTORS, TYPES
from core.offline import MissingAssets, localize
from core.style import type_color, type_label

EXAMPLE = DATA / "examples" / "aleppo_ghouta_report_ar.txt"
MAX_PASTE = 20_000_000

st.set_page_config(page_title="incident-map", layout="wide")


@st.cache_data(show_spinner=False, max_entries=16)
def cached_extract(text: str, date: str | None, lang: str | None):
    """Extraction is cached by text, date and language, so filter changes never re-extract."""
    return extract(text, date=date, lang=lang)


def drawn_key(incidents, tiles: bool, clustered: bool) -> str:
    """A key that changes with what the map and table show, so a filter change re-renders them."""
    drawn = repr(([(i.id, i.place.id, i.types, i.killed, i.wounded) for i in incidents], tiles, clustered))
    return hashlib.sha1(drawn.encode("utf-8")).hexdigest()[:16]


def show_map(incidents, tiles: bool, clustered: bool) -> None:
    """The offline map through streamlit-folium; pan and zoom return nothing, so they never rerun
    the app."""
    st_folium(localize(build_map(incidents, tiles=tiles, cluster=clustered)), key="map-" + drawn_key(incidents, tiles, clustered),
              height=560, use_container_width=True, returned_objects=[])


@st.fragment
def incident_table(shown, key: str) -> None:
    """The incidents table; clicking a row shows the sentence it was read from. A fragment, so a
    click reruns only the table, never the map."""
    event = st.dataframe(table(shown), hide_index=True, width="stretch", key="table-" + key,
                         on_select="rerun", selection_mode="single-row")
    rows = event.selection.rows if event else []
    if not rows:
        st.caption("Click a row to read the sentence it was read from.")
        return
    chosen = shown[rows[0]]
    sentence = chosen.evidence.text if chosen.evidence else "(no sentence recorded)"
    st.markdown(f'<div class="incident-evidence"><b>{html.escape(chosen.id)} · {html.escape(chosen.place.name_en)}'
                f'</b><blockquote dir="auto">{html.escape(sentence).replace(chr(10), "<br>")}</blockquote></div>', unsafe_allow_html=True)


def highlighted(text: str, incidents) -> str:
    """The report with places, type cues and counts marked; everything escaped, and line breaks as
    character references so a blank line never ends the HTML block and lets Markdown read the text."""
    marks = sorted({(s, e, k) for i in incidents for s, e, k in i.cues}, key=lambda m: (m[0], -m[1]))
    colours = {"place": "#ffe08a", "type": "#f4b6b6", "count": "#b6d7f4", "actor": "#cfe8c6"}
    out, pos = [], 0
    for s, e, kind in marks:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark style="background:{colours.get(kind, "#eee")}" title="{kind}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    direction = "rtl" if is_arabic(text) else "ltr"
    body = "".join(out).replace("\n", "&#10;")
    return f'<div dir="{direction}" style="white-space:pre-wrap;line-height:1.9">{body}</div>'


def table(incidents) -> pd.DataFrame:
    return pd.DataFrame([{
        "id": i.id, "place": i.place.name_en, "place (ar)": i.place.name_ar, "level": i.place.level,
        "governorate": i.place.governorate, "types": ", ".join(i.types), "actors": ", ".join(i.actors),
        "killed": count_label(i.killed), "wounded": count_label(i.wounded),
        # the phrases apart from the figures: a grid cell mixing them reorders "≈24+" around Arabic
        "killed (as written)": count_written(i.killed), "wounded (as written)": count_written(i.wounded),
        "massacre": i.massacre, "confidence": i.confidence,
    } for i in incidents])


st.title("incident-map")
st.caption("Paste a situation report (Arabic or English). Everything runs on this machine.")

if "report" not in st.session_state:
    st.session_state["report"] = ""
c1, c2, c3 = st.columns([1, 1, 2])
if c2.button("Load example"):
    st.session_state["report"] = EXAMPLE.read_text(encoding="utf-8")
report_date = c3.date_input("Report date (optional)", value=None, min_value=dt.date(2000, 1, 1))
text = st.text_area("Report", key="report", height=260, placeholder="الصق التقرير هنا / paste the report here")
if text and is_arabic(text):
    st.markdown("<style>textarea{direction:rtl;text-align:right}</style>", unsafe_allow_html=True)

if c1.button("Map incidents", type="primary"):
    if not text.strip():
        st.error("The report is empty: paste a report or load the example.")
    elif len(text) > MAX_PASTE:
        st.error(f"The report has {len(text):,} characters; the limit is {MAX_PASTE:,}. Nothing was lost: shorten it and try again.")
    else:
        with st.spinner("Reading the report…"):
            try:
                st.session_state["extraction"] = cached_extract(text, report_date.isoformat() if report_date else None, None)
                st.session_state["report_text"] = text
                st.session_state.pop("edited_incidents", None)
            except InputError as e:
                st.error(f"Cannot read this report: {e}. Your text is still in the box.")

x = st.session_state.get("extraction")
if x is not None:
    incidents = st.session_state.get("edited_incidents") or list(x.incidents)
    with st.sidebar:
        st.header("Filters")
        types = st.multiselect("Attack type", TYPES, default=list(TYPES), format_func=type_label)
        actors = st.multiselect("Actor", ACTORS, default=[])
        govs = sorted({i.place.governorate for i in incidents if i.place.governorate})
        gov = st.multiselect("Governorate", govs, default=[])
        min_killed = st.number_input("Minimum killed", min_value=0, value=0, step=1)
        precise = st.checkbox("Precise places only")
        tiles = st.checkbox("Map tiles (needs internet)", value=False)
        clustered = st.checkbox("Cluster markers", value=False)
    f = Filter(frozenset(types) if len(types) < len(TYPES) else frozenset(), frozenset(actors),
               frozenset(gov), int(min_killed), precise)
    shown = apply(incidents, f)
    st.subheader(summary(shown, len(x.unresolved)))
    st.markdown(" ".join(f'<span style="color:{type_color(t)}">●</span> {type_label(t)}' for t in TYPES),
                unsafe_allow_html=True)
    try:
        show_map(shown, tiles, clustered)
    except MissingAssets as e:
        st.error(str(e))
    incident_table(shown, drawn_key(shown, tiles, clustered))
    if x.unresolved:
        st.warning("Not mapped (not in the gazetteer): " + ", ".join(html.escape(m.text) for m in x.unresolved))
    with st.expander("Evidence view: the report with what was read"):
        st.markdown(highlighted(st.session_state.get("report_text", ""), shown), unsafe_allow_html=True)
