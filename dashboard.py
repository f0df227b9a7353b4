"""Paste & map: paste a report, see its incidents on an offline map, filter, read the evidence."""
from __future__ import annotations

import bisect
import datetime as dt
import html

import pandas as pd
import streamlit as st

from core import DATA, session
from core.arabic import is_arabic
from core.extract import InputError, extract
from core.filters import apply, summary
from core.aliases import version
from core.gazetteer import GazetteerError, load_default
from core.mapbuild import count_label, count_written
from core.model import ACTORS, TYPES
from core.offline import MissingAssets
from core.storage import StorageError
from core.style import actor_label, glyph_inline, primary_type, type_color, type_label
from core.textio import NotText, decode
from ui.archive import save_button
from ui.gazetteer import said
from ui.mapview import incident_map
from ui.state import bound, seeded, store

EXAMPLE = DATA / "examples" / "aleppo_ghouta_report_ar.txt"
MAX_PASTE = 20_000_000

st.set_page_config(page_title="incident-map", layout="wide")


@st.cache_data(show_spinner=False, max_entries=16)
def cached_extract(text: str, date: str | None, lang: str | None, gazetteer: tuple):
    """Extraction is cached by text, date, language and the gazetteer's version (the bundled file
    and the user's), so filter changes never re-extract and a place added since is read."""
    return extract(text, date=date, lang=lang)


# attack types as labels in the map's colours; counts as numbers (they sort as numbers), their
# reading with its uncertainty beside them; the Arabic phrases wide enough to read whole
TABLE_COLUMNS = {
    "types": st.column_config.MultiselectColumn("types", options=TYPES, format_func=type_label,
                                                color=[type_color(t) for t in TYPES]),
    "killed": st.column_config.NumberColumn("killed", help="The least number the report allows (sorts as a number)"),
    "wounded": st.column_config.NumberColumn("wounded", help="The least number the report allows (sorts as a number)"),
    "killed (read)": st.column_config.TextColumn("killed (read)", help="With its uncertainty: ≈24+ = dozens, 16+ = more than 15"),
    "wounded (read)": st.column_config.TextColumn("wounded (read)", help="With its uncertainty: ≈24+ = dozens, 16+ = more than 15"),
    "killed (as written)": st.column_config.TextColumn("killed (as written)", width="large"),
    "wounded (as written)": st.column_config.TextColumn("wounded (as written)", width="large"),
}


def quote(text: str) -> str:
    """A sentence of the report as a quote: escaped; Arabic right-to-left, right-aligned, with the
    quote bar on its right."""
    body = html.escape(text).replace(chr(10), "<br>")
    if is_arabic(text):
        return (f'<blockquote dir="rtl" style="text-align:right;border-left:none;border-right:4px solid #d0d0d0;'
                f'padding:0 1em 0 0;margin-right:0">{body}</blockquote>')
    return f'<blockquote dir="ltr">{body}</blockquote>'


def read_as(i) -> str:
    """Which wording of the report the place was read from, and when it is not the place's own name
    (an alias, perhaps one the user taught), say so."""
    if not i.place_text:
        return ""
    names = {i.place.name_ar, i.place.name_en}
    entry = load_default().get(i.place.id)
    alias = i.place_text not in names and entry is not None
    note = f", an alias of {i.place.name_en} in the gazetteer" if alias else ""
    return (f'<div class="incident-read-as">Place read from «<bdi>{html.escape(i.place_text)}</bdi>»'
            f'{html.escape(note)}</div>')


def incident_table(shown, key: str) -> str | None:
    """The incidents table; clicking a row shows the sentence it was read from and rings its marker
    on the map (the whole page reruns, the map changes in place). Returns the chosen incident's id."""
    event = st.dataframe(table(shown), hide_index=True, width="stretch", key=key,
                         on_select="rerun", selection_mode="single-row", column_config=TABLE_COLUMNS)
    rows = [r for r in (event.selection.rows if event else []) if r < len(shown)]
    if not rows:
        st.caption("Click a row to read the sentence it was read from.")
        return None
    chosen = shown[rows[0]]
    sentence = chosen.evidence.text if chosen.evidence else "(no sentence recorded)"
    st.markdown(f'<div class="incident-evidence"><b>{html.escape(chosen.id)} · {html.escape(chosen.place.name_en)}'
                f'</b>{read_as(chosen)}{quote(sentence)}</div>', unsafe_allow_html=True)
    return chosen.id


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


def least(c) -> int | None:
    """A count as one sortable number: its low bound (what the headline total adds up)."""
    return None if c is None else (c.low if c.low is not None else c.best)


def table(incidents) -> pd.DataFrame:
    return pd.DataFrame([{
        "id": i.id, "date": i.date or "", "place": i.place.name_en, "place (ar)": i.place.name_ar,
        "killed": least(i.killed), "wounded": least(i.wounded),
        "killed (read)": count_label(i.killed), "wounded (read)": count_label(i.wounded),
        "types": list(i.types), "actors": ", ".join(actor_label(a) for a in i.actors),
        "level": i.place.level, "governorate": i.place.governorate,
        # the phrases apart from the figures: a grid cell mixing them reorders "≈24+" around Arabic
        "killed (as written)": count_written(i.killed), "wounded (as written)": count_written(i.wounded),
        "massacre": i.massacre, "confidence": i.confidence,
    } for i in incidents], columns=["id", "date", "place", "place (ar)", "killed", "wounded", "killed (read)",
                                    "wounded (read)", "types", "actors", "level", "governorate",
                                    "killed (as written)", "wounded (as written)", "massacre", "confidence"])


state = st.session_state
st.title("incident-map")
st.caption("Paste a situation report (Arabic or English). Everything runs on this machine.")
db = store()


def load_example() -> None:
    state[session.REPORT] = EXAMPLE.read_text(encoding="utf-8")
    state[session.REPORT_VERSION] = state.get(session.REPORT_VERSION, 0) + 1


def open_saved() -> None:
    session.open_report(db, state, state["saved_report_pick"])
    session.save_view(db, state)


def saved_reports() -> None:
    """Every report saved in the SQLite file, newest first; opening one maps it again as it was left."""
    try:
        saved = db.list_reports() if db is not None else []
    except StorageError as e:
        st.warning(f"The saved reports cannot be listed: {e}")
        return
    if not saved:
        return
    with st.expander(f"Reports ({len(saved)} saved)"):
        labels = {r.id: f"{r.title} · {r.date or 'no date'} · {r.incidents or 0} incidents"
                        f"{' (corrected)' if r.edited else ''} · saved {r.updated[:16].replace('T', ' ')}" for r in saved}
        st.selectbox("Saved report", list(labels), format_func=labels.get, key="saved_report_pick")
        st.button("Open this report", key="open_saved_report", on_click=open_saved)


def map_report(text: str, kept: str) -> None:
    """Read `text` and make it the mapped report, saved in the SQLite file; on bad input a clear
    message, and nothing is lost (`kept` says where the text still is)."""
    if not text.strip():
        st.error("The report is empty: paste a report, open a file or load the example.")
        return
    if len(text) > MAX_PASTE:
        st.error(f"The report has {len(text):,} characters; the limit is {MAX_PASTE:,}. Nothing was lost: shorten it and try again.")
        return
    date = state.get(session.REPORT_DATE)
    with st.spinner(f"Reading the report ({len(text):,} characters)…"):
        try:
            x = cached_extract(text, date.isoformat() if date else None, None, version())
        except InputError as e:
            st.error(f"Cannot read this report: {e}. {kept}")
            return
        except GazetteerError as e:
            st.error(f"{said(e)} {kept}")
            return
    state[session.EXTRACTION] = x
    state[session.REPORT_TEXT] = text
    state.pop(session.EDITED, None)
    state.pop(session.SELECTED, None)
    state["_save_mapping"] = True   # saved at the end of this run, once the map is on its way


def report_input() -> None:
    """The report box, its date, the example and the file: what the user maps."""
    saved_reports()
    c1, c2, c3 = st.columns([1, 1, 2])
    c2.button("Load example", on_click=load_example)
    box_version = state.get(session.REPORT_VERSION, 0)
    c3.date_input("Report date (optional)", min_value=dt.date(2000, 1, 1), **seeded(session.REPORT_DATE, None, box_version))
    # each paragraph of the box takes the direction of its own text as it is typed or pasted (Arabic
    # right-to-left at once, before any rerun); a whole Arabic report is right-aligned after one
    st.markdown("<style>textarea{unicode-bidi:plaintext}</style>", unsafe_allow_html=True)
    st.text_area("Report", height=260, placeholder="الصق التقرير هنا / paste the report here",
                 **seeded(session.REPORT, "", box_version))
    text = state[session.REPORT] or ""
    if text and is_arabic(text):
        st.markdown("<style>textarea{direction:rtl;text-align:right}</style>", unsafe_allow_html=True)

    if c1.button("Map incidents", type="primary"):
        map_report(text, "Your text is still in the box.")

    upload = st.file_uploader("…or open a report file", type=["txt", "text", "md"], key="report_file",
                              help="UTF-8, or UTF-16 with a BOM. Best for long reports: a file is mapped at once, "
                                   "without pasting megabytes into the box (which takes the browser minutes).")
    if upload is None:
        state.pop("upload_error", None)
    elif state.get("mapped_file") != upload.file_id:
        state["mapped_file"] = upload.file_id
        state.pop("upload_error", None)
        try:
            file_text = decode(upload.getvalue(), upload.name)
        except NotText as e:
            state["upload_error"] = (upload.file_id, f"Cannot read this file: {e}. Nothing else changed.")
        else:
            map_report(file_text, "The file is unchanged on your disk.")
    upload_error = state.get("upload_error")
    if upload_error and upload is not None and upload_error[0] == upload.file_id:
        st.error(upload_error[1])


def keep_options(key: str, options) -> None:
    """Drop from a filter's kept value (and its widget's) what the current report no longer offers."""
    for k in (key, f"_w_{key}"):
        if k in state and state[k]:
            state[k] = [v for v in state[k] if v in options]


def sidebar_filters(incidents) -> tuple[bool, bool]:
    """The filters, kept in session state (FILTER_KEYS, FILTERS) for every page; empty = all."""
    keys = session.FILTER_KEYS
    with st.sidebar:
        st.header("Filters")
        # "unknown" too: an incident whose type the report does not name must not vanish when the
        # user narrows the types
        st.multiselect("Attack type", (*TYPES, "unknown"), format_func=type_label, placeholder="All types",
                       help="Empty: every type. Pick one or more to show only those.", **bound(keys["types"], []))
        st.multiselect("Actor", ACTORS, format_func=actor_label, placeholder="All actors",
                       help="Empty: every actor. Unknown keeps incidents whose attacker the report does not name.",
                       **bound(keys["actors"], []))
        govs = sorted({i.place.governorate for i in incidents if i.place.governorate})
        keep_options(keys["governorates"], govs)
        st.multiselect("Governorate", govs, placeholder="All governorates", **bound(keys["governorates"], []))
        dates = sorted({i.date[:10] for i in incidents if i.date})
        if dates:
            first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
            st.date_input("Incident dates", value=(), help=f"Incidents are dated {dates[0]} to {dates[-1]}. "
                          "Empty: every date (and incidents without one).",
                          min_value=min(first, dt.date(2000, 1, 1)), **bound(keys["dates"], ()))
        else:
            state[keys["dates"]] = ()
            st.caption("No incident has a date: give the report date above to date them.")
        st.number_input("Minimum killed", min_value=0, step=1, **bound(keys["min_killed"], 0))
        st.checkbox("Precise places only", **bound(keys["precise_only"], False))
        tiles = st.checkbox("Map tiles (needs internet)", **bound("map_tiles", False))
        clustered = st.checkbox("Cluster markers", help="Also in the map's layer control, where switching needs no reload.",
                                **bound("map_cluster", False))
    return bool(tiles), bool(clustered)


def chosen_row(shown, key: str) -> str | None:
    """The incident of the table row the user clicked (read before the table is drawn, so the map
    above it can ring its marker)."""
    rows = (state.get(key) or {}).get("selection", {}).get("rows", [])
    return shown[rows[0]].id if rows and rows[0] < len(shown) else None


def live_map(incidents, shown, **kw) -> None:
    """The map, there before any report too: the same iframe stays (ui.mapview), so mapping a report
    sends only its markers."""
    try:
        incident_map(incidents, shown, **kw)
    except MissingAssets as e:
        st.error(str(e))


def unmapped_and_evidence(x, shown) -> None:
    """Below the table: the names not mapped, and the report with what was read marked."""
    if x.unresolved:
        # each name isolated, so an Arabic list keeps its order inside the English sentence; escaped
        # as HTML, and shown as HTML so Markdown never reads a report's * _ [ ] ( ) as markup
        names = " · ".join(f'<bdi class="unresolved-name">{html.escape(m.text)}</bdi>' for m in x.unresolved)
        st.markdown(f'<div class="unresolved-list" style="background:#fff8e1;border-left:4px solid #f0ad4e;'
                    f'padding:8px 12px;border-radius:4px"><b>Not mapped</b> ({len(x.unresolved)}, not in the gazetteer: '
                    f'add them on the Gazetteer page, or teach a spelling on the Incidents page): {names}</div>',
                    unsafe_allow_html=True)
    with st.expander("Evidence view: the report with what was read"):
        report_text = state.get(session.REPORT_TEXT, "")
        st.markdown(mark_key(), unsafe_allow_html=True)
        if len(report_text) > EVIDENCE_FULL:
            st.caption(f"The report has {len(report_text):,} characters: shown are the passages the incidents and "
                       "the unmapped places were read from.")
        st.markdown(highlighted(report_text, shown, x.unresolved), unsafe_allow_html=True)


# three fixed parts, so the map's iframe sits at the same place in the page whatever appears above
# it (a message, the saved reports, the report's headline): Streamlit then keeps it, loaded or loading
head, map_area, tail = st.container(), st.container(), st.container()
with head:
    report_input()
x = state.get(session.EXTRACTION)
if x is None:
    with map_area:
        live_map([], [], tiles=bool(state.get("map_tiles")), clustered=False)
else:
    incidents = session.incidents(state)
    tiles, clustered = sidebar_filters(incidents)
    shown = apply(incidents, session.filter_from_widgets(state))
    with head:
        st.subheader(summary(shown, len(x.unresolved)))
        save_button()
        st.markdown(type_counts(shown), unsafe_allow_html=True)
    table_key = "incident-table-" + str(abs(hash(tuple(i.id for i in shown))))
    state[session.SELECTED] = chosen_row(shown, table_key)
    with map_area:
        live_map(incidents, shown, tiles=tiles, clustered=clustered, chosen=state[session.SELECTED])
    with tail:
        incident_table(shown, table_key)
        unmapped_and_evidence(x, shown)

# the report just mapped, then the box, the open report and its filters, kept for the next session
# (a reload, a restart)
if db is not None and state.pop("_save_mapping", False):
    try:
        session.save_mapping(db, state)
    except StorageError as e:
        tail.warning(f"Mapped, but not saved: {e}")
view = (state.get(session.REPORT), state.get(session.REPORT_ID), repr(state.get(session.FILTERS)), state.get(session.REPORT_DATE))
if db is not None and state.get("_saved_view") != view:
    try:
        session.save_view(db, state)
        state["_saved_view"] = view
    except StorageError as e:
        tail.warning(f"Your work is not being saved: {e}")
