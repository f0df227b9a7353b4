"""Paste & map: paste a report, see its incidents on an offline map, filter, read the evidence."""
from __future__ import annotations

import bisect
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
from core.style import actor_label, glyph_inline, primary_type, type_color, type_label
from core.textio import NotText, decode

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


# attack types as labels in the map's colours
TABLE_COLUMNS = {"types": st.column_config.MultiselectColumn("types", options=TYPES, format_func=type_label,
                                                             color=[type_color(t) for t in TYPES])}


@st.fragment
def incident_table(shown, key: str) -> None:
    """The incidents table; clicking a row shows the sentence it was read from. A fragment, so a
    click reruns only the table, never the map."""
    event = st.dataframe(table(shown), hide_index=True, width="stretch", key="table-" + key,
                         on_select="rerun", selection_mode="single-row", column_config=TABLE_COLUMNS)
    rows = event.selection.rows if event else []
    if not rows:
        st.caption("Click a row to read the sentence it was read from.")
        return
    chosen = shown[rows[0]]
    sentence = chosen.evidence.text if chosen.evidence else "(no sentence recorded)"
    st.markdown(f'<div class="incident-evidence"><b>{html.escape(chosen.id)} · {html.escape(chosen.place.name_en)}'
                f'</b><blockquote dir="auto">{html.escape(sentence).replace(chr(10), "<br>")}</blockquote></div>', unsafe_allow_html=True)


MARK_COLOURS = {"place": "#ffe08a", "type": "#f4b6b6", "count": "#b6d7f4", "actor": "#cfe8c6"}
MARK_NAMES = {"place": "place", "type": "attack", "actor": "actor", "count": "count", "unresolved": "not mapped"}
EVIDENCE_FULL = 100_000   # longer reports show the passages incidents were read from, not the whole text
CONTEXT = 300


def _mark(kind: str, text: str) -> str:
    if kind == "unresolved":
        style = "background:none;border-bottom:2px dashed #c0392b"
    else:
        style = f"background:{MARK_COLOURS.get(kind, '#eee')}"
    return f'<mark class="mark-{kind}" style="{style}" title="{MARK_NAMES.get(kind, kind)}">{html.escape(text)}</mark>'


def _windows(text: str, incidents, unresolved) -> list[tuple[int, int]]:
    """Character ranges to show of a long report: each incident's evidence and each unresolved
    mention with some context, merged where they overlap."""
    spans = [(i.evidence.start, i.evidence.end) for i in incidents if i.evidence]
    spans += [(m.start, m.end) for m in unresolved]
    out: list[list[int]] = []
    for s, e in sorted((max(0, s - CONTEXT), min(len(text), e + CONTEXT)) for s, e in spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def highlighted(text: str, incidents, unresolved=()) -> str:
    """The report with places, type cues, actors and counts marked, and the mentions it could not
    map underlined; everything escaped, and line breaks as character references so a blank line
    never ends the HTML block and lets Markdown read the text. A long report shows only the
    passages around what was read, so the page stays light."""
    marks = sorted({(s, e, k) for i in incidents for s, e, k in i.cues} | {(m.start, m.end, "unresolved") for m in unresolved},
                   key=lambda m: (m[0], -m[1]))
    windows = [(0, len(text))] if len(text) <= EVIDENCE_FULL else _windows(text, incidents, unresolved)
    starts = [m[0] for m in marks]
    out, before = [], 0
    for ws, we in windows:
        if ws > before:
            out.append(f'<span class="evidence-gap">{chr(10) if before else ""}[… {ws - before:,} characters …]{chr(10)}</span>')
        pos = ws
        for s, e, kind in marks[bisect.bisect_left(starts, ws):bisect.bisect_left(starts, we)]:
            if s < pos or e > we:
                continue
            out.append(html.escape(text[pos:s]))
            out.append(_mark(kind, text[s:e]))
            pos = e
        out.append(html.escape(text[pos:we]))
        before = we
    if windows and windows[-1][1] < len(text):
        out.append(f'<span class="evidence-gap">{chr(10)}[… {len(text) - windows[-1][1]:,} characters …]</span>')
    direction = "rtl" if is_arabic(text[:20_000]) else "ltr"
    body = "".join(out).replace("\n", "&#10;")
    return f'<div class="evidence-text" dir="{direction}" style="white-space:pre-wrap;line-height:1.9">{body}</div>'


def mark_key() -> str:
    """What the evidence view's colours mean."""
    return " ".join(_mark(k, MARK_NAMES[k]) for k in ("place", "type", "actor", "count", "unresolved"))


def type_counts(incidents) -> str:
    """How many shown incidents have each attack type, with the map's colour and glyph."""
    counts = {t: sum(t in i.types for i in incidents) for t in TYPES}
    untyped = sum(primary_type(i) == "unknown" for i in incidents)
    parts = [f'<span class="type-count">{glyph_inline(t)} {html.escape(type_label(t))} {n}</span>'
             for t, n in counts.items() if n] + ([f'<span class="type-count">{glyph_inline("unknown")} '
                                                   f'{html.escape(type_label("unknown"))} {untyped}</span>'] if untyped else [])
    return '<div class="type-counts">' + " &nbsp;·&nbsp; ".join(parts) + "</div>" if parts else ""


def table(incidents) -> pd.DataFrame:
    return pd.DataFrame([{
        "id": i.id, "place": i.place.name_en, "place (ar)": i.place.name_ar, "level": i.place.level,
        "governorate": i.place.governorate, "types": list(i.types),
        "actors": ", ".join(actor_label(a) for a in i.actors),
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
# each paragraph of the box takes the direction of its own text as it is typed or pasted (Arabic
# right-to-left at once, before any rerun); a whole Arabic report is right-aligned after one
st.markdown("<style>textarea{unicode-bidi:plaintext}</style>", unsafe_allow_html=True)
text = st.text_area("Report", key="report", height=260, placeholder="الصق التقرير هنا / paste the report here")
if text and is_arabic(text):
    st.markdown("<style>textarea{direction:rtl;text-align:right}</style>", unsafe_allow_html=True)

def map_report(text: str, kept: str) -> None:
    """Read `text` and make it the mapped report; on bad input a clear message, and nothing is lost
    (`kept` says where the text still is)."""
    if not text.strip():
        st.error("The report is empty: paste a report, open a file or load the example.")
    elif len(text) > MAX_PASTE:
        st.error(f"The report has {len(text):,} characters; the limit is {MAX_PASTE:,}. Nothing was lost: shorten it and try again.")
    else:
        with st.spinner(f"Reading the report ({len(text):,} characters)…"):
            try:
                st.session_state["extraction"] = cached_extract(text, report_date.isoformat() if report_date else None, None)
                st.session_state["report_text"] = text
                st.session_state.pop("edited_incidents", None)
            except InputError as e:
                st.error(f"Cannot read this report: {e}. {kept}")


if c1.button("Map incidents", type="primary"):
    map_report(text, "Your text is still in the box.")

upload = st.file_uploader("…or open a report file", type=["txt", "text", "md"], key="report_file",
                          help="UTF-8, or UTF-16 with a BOM. Best for long reports: a file is mapped at once, "
                               "without pasting megabytes into the box (which takes the browser minutes).")
if upload is not None and st.session_state.get("mapped_file") != upload.file_id:
    st.session_state["mapped_file"] = upload.file_id
    try:
        file_text = decode(upload.getvalue(), upload.name)
    except NotText as e:
        st.error(f"Cannot read this file: {e}. Nothing else changed.")
    else:
        map_report(file_text, "The file is unchanged on your disk.")

x = st.session_state.get("extraction")
if x is not None:
    incidents = st.session_state.get("edited_incidents") or list(x.incidents)
    with st.sidebar:
        st.header("Filters")
        # "unknown" too: an incident whose type the report does not name must not vanish when the
        # user narrows the types
        type_options = (*TYPES, "unknown")
        types = st.multiselect("Attack type", type_options, default=list(type_options), format_func=type_label)
        actors = st.multiselect("Actor", ACTORS, default=[], format_func=actor_label,
                                help="Empty: every actor. Unknown keeps incidents whose attacker the report does not name.")
        govs = sorted({i.place.governorate for i in incidents if i.place.governorate})
        gov = st.multiselect("Governorate", govs, default=[])
        min_killed = st.number_input("Minimum killed", min_value=0, value=0, step=1)
        precise = st.checkbox("Precise places only")
        tiles = st.checkbox("Map tiles (needs internet)", value=False)
        clustered = st.checkbox("Cluster markers", value=False,
                                help="Also in the map's layer control, where switching needs no reload.")
    f = Filter(frozenset(types) if len(types) < len(type_options) else frozenset(), frozenset(actors),
               frozenset(gov), int(min_killed), precise)
    shown = apply(incidents, f)
    st.subheader(summary(shown, len(x.unresolved)))
    st.markdown(type_counts(shown), unsafe_allow_html=True)
    try:
        show_map(shown, tiles, clustered)
    except MissingAssets as e:
        st.error(str(e))
    incident_table(shown, drawn_key(shown, tiles, clustered))
    if x.unresolved:
        # each name isolated, so an Arabic list keeps its order inside the English sentence; escaped
        # as HTML, and shown as HTML so Markdown never reads a report's * _ [ ] ( ) as markup
        names = " · ".join(f'<bdi class="unresolved-name">{html.escape(m.text)}</bdi>' for m in x.unresolved)
        st.markdown(f'<div class="unresolved-list" style="background:#fff8e1;border-left:4px solid #f0ad4e;'
                    f'padding:8px 12px;border-radius:4px"><b>Not mapped</b> ({len(x.unresolved)}, not in the gazetteer: '
                    f'add them on the Gazetteer page): {names}</div>', unsafe_allow_html=True)
    with st.expander("Evidence view: the report with what was read"):
        report_text = st.session_state.get("report_text", "")
        st.markdown(mark_key(), unsafe_allow_html=True)
        if len(report_text) > EVIDENCE_FULL:
            st.caption(f"The report has {len(report_text):,} characters: shown are the passages the incidents and "
                       "the unmapped places were read from.")
        st.markdown(highlighted(report_text, shown, x.unresolved), unsafe_allow_html=True)
