"""Briefing: the map framed for a slide or a page (PNG, standalone HTML) and the data (CSV, GeoJSON, KML)."""
from __future__ import annotations

import concurrent.futures
import datetime as dt
import hashlib
import html
import re
from dataclasses import replace

import streamlit as st

from core import briefing, chromium, exports, imports
from core.labels import report_lang
from core.mapbuild import build_map
from core.model import TYPES, Incident
from core.offline import localize

# kept by app.py (the dashboard); the edited list takes precedence over the raw extraction
EDITED_KEY = "edited_incidents"
EXTRACTION_KEY = "extraction"
IMPORTED_KEY = "briefing_imported"
PNG_KEY = "briefing_png"
PDF_KEY = "briefing_pdf"
VIEW_KEY = "briefing_view"
PREVIEW_WIDTH = 900


def current_incidents() -> tuple[list[Incident], str]:
    """The incidents to brief on and where they come from."""
    imported = st.session_state.get(IMPORTED_KEY)
    if imported is not None:
        return list(imported[1]), f"imported from {imported[0]}"
    if st.session_state.get(EDITED_KEY) is None and st.session_state.get(EXTRACTION_KEY) is None:
        return [], ""
    # the dashboard's incidents (corrected if the user corrected them) through its filters
    from core import session
    note = session.describe(session.current_filter(st.session_state))
    return session.shown(st.session_state), ("from the dashboard" + (" (with your edits)" if st.session_state.get(EDITED_KEY)
                                             is not None else "") + (f", filtered: {note}" if note else ""))


def import_box() -> None:
    up = st.file_uploader("Load a CSV or GeoJSON exported by incident-map", type=["csv", "geojson", "json"],
                          key="briefing_upload")
    if up is None:
        st.session_state.pop(IMPORTED_KEY, None)
        return
    try:
        st.session_state[IMPORTED_KEY] = (up.name, tuple(imports.loads(up.getvalue(), up.name)))
    except imports.BadFile as e:
        st.session_state.pop(IMPORTED_KEY, None)
        st.error(str(e))


@st.cache_data(show_spinner=False, max_entries=16)
def page_html(incidents: tuple[Incident, ...], b: briefing.Briefing) -> str:
    return briefing.briefing_html(incidents, b)


@st.cache_data(show_spinner=False, max_entries=16)
def data_file(incidents: tuple[Incident, ...], fmt: str, name: str) -> bytes:
    return exports.export(incidents, fmt, name=name)


def render_png(page: str, b: briefing.Briefing, markers: int) -> bytes:
    """PNG through Chromium in a worker thread (Playwright's sync API wants no event loop)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(chromium.render_png, page, b.frame, markers=markers, tiles=b.tiles).result()


def preview(page: str, frame: briefing.Frame) -> None:
    """The briefing page scaled down to fit the column (at most PREVIEW_WIDTH wide), never cut off;
    in Streamlit's own iframe (st.iframe, which replaced the deprecated components.v1.html)."""
    largest = min(1.0, PREVIEW_WIDTH / frame.width)
    srcdoc = html.escape(page, quote=True)
    st.iframe(
        f'<div id="fit" style="width:100%;overflow:hidden">'
        f'<iframe id="briefing" srcdoc="{srcdoc}" title="briefing preview" style="border:1px solid #ccc;'
        f'width:{frame.width}px;height:{frame.height}px;transform-origin:0 0"></iframe></div>'
        f"<script>(function () {{"
        f"var box = document.getElementById('fit'), page = document.getElementById('briefing');"
        f"function fit() {{ var s = Math.min({largest}, box.clientWidth / {frame.width});"
        f"page.style.transform = 'scale(' + s + ')'; box.style.height = Math.ceil({frame.height} * s) + 'px'; }}"
        f"window.addEventListener('resize', fit); fit(); }})();</script>",
        height=int(frame.height * largest) + 8)


def frame_picker(chosen: tuple[Incident, ...], lang: str) -> None:
    """Pan and zoom a map, then "Use this view": the PNG, HTML and PDF show exactly that frame."""
    from streamlit_folium import st_folium
    view = st.session_state.get(VIEW_KEY)
    # the map reports its bounds (a rerun) on every move: drawn only when asked for
    if not st.toggle("Set the frame: pan and zoom, then use this view", key="briefing_frame_on"):
        if view:
            st.caption(f"Frame: south {view[0]}, west {view[1]}, north {view[2]}, east {view[3]}")
        return
    with st.container(border=True):
        out = st_folium(localize(build_map(chosen, tiles=False, cluster=False, heatmap=False, legend=False, lang=lang)),
                        key="briefing-frame", height=420, use_container_width=True, returned_objects=["bounds"])
        bounds = (out or {}).get("bounds") or {}
        sw, ne = bounds.get("_southWest") or {}, bounds.get("_northEast") or {}
        use, auto = st.columns(2)
        if use.button("Use this view", key="briefing_use_view", disabled=not (sw and ne)):
            st.session_state[VIEW_KEY] = (round(sw["lat"], 5), round(sw["lng"], 5), round(ne["lat"], 5), round(ne["lng"], 5))
        if auto.button("Automatic frame", key="briefing_auto_view"):
            st.session_state.pop(VIEW_KEY, None)
        view = st.session_state.get(VIEW_KEY)
        st.caption(f"Frame: south {view[0]}, west {view[1]}, north {view[2]}, east {view[3]}" if view else
                   "Frame: fitted to the incidents (one panel per group far apart, with a locator map).")


def render_pdf(page: str, b: briefing.Briefing, paper: str, markers: int) -> bytes:
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(chromium.render_pdf, page, b.frame, paper, markers=markers, tiles=b.tiles).result()


def slug(text: str) -> str:
    s = re.sub(r"[^\w-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")
    return s[:60] or "briefing"


def main() -> None:
    st.set_page_config(page_title="Briefing · incident-map", layout="wide")
    st.title("Briefing")
    with st.expander("Load incidents from a file", expanded=False):
        import_box()
    incidents, origin = current_incidents()
    if not incidents:
        st.info("No incidents yet: map a report on the main page, or load a CSV or GeoJSON exported earlier.")
        return
    st.caption(f"{len(incidents)} incidents {origin}.")

    present = [t for t in TYPES if any(t in i.types for i in incidents)]
    left, right = st.columns(2)
    with left:
        title = st.text_input("Title", "Incidents", key="briefing_title")
        subtitle = st.text_input("Subtitle", "", key="briefing_subtitle",
                                 placeholder="default: number of incidents and types shown")
        date = st.text_input("Date or date range", briefing.date_span(incidents), key="briefing_date")
    with right:
        types = st.multiselect("Attack types", present, default=present, key="briefing_types",
                               format_func=lambda t: t.replace("_", " "))
        caption = st.text_input("Caption (source)", "", key="briefing_caption",
                                placeholder="e.g. Source: Syrian Civil Defence bulletin, 25 Oct 2016")
        size = st.selectbox("Size", list(briefing.SIZES), key="briefing_size",
                            format_func=briefing.SIZE_LABELS.get)
        tiles = st.checkbox("Map tiles (needs the internet)", False, key="briefing_tiles")
        langs = {"ar": "العربية", "en": "English"}
        lang = st.radio("Place names", list(langs), format_func=langs.get, horizontal=True, key="briefing_lang",
                        index=list(langs).index(report_lang(incidents)))

    minute = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    chosen = tuple(briefing.select(incidents, tuple(types))) if types else ()
    if not chosen:
        st.warning("No incident has the chosen attack types.")
    else:
        frame_picker(chosen, lang)
    b = briefing.Briefing(title=title, subtitle=subtitle, date=date, types=tuple(types), caption=caption,
                          size=size, tiles=tiles, timestamp=minute, view=st.session_state.get(VIEW_KEY), lang=lang)
    page = page_html(tuple(incidents), b)
    preview(page, b.frame)

    name = slug(title)
    st.subheader("Downloads")
    cols = st.columns(6)
    key = hashlib.sha256(page.encode()).hexdigest()
    with cols[0]:
        if st.button("Render PNG", key="briefing_render_png"):
            with st.spinner("Rendering the PNG in headless Chromium…"):
                try:
                    st.session_state[PNG_KEY] = (key, render_png(page, b, len(chosen)))
                except (chromium.BrowserMissing, chromium.RenderError) as e:
                    st.session_state.pop(PNG_KEY, None)
                    st.error(str(e))
        png = st.session_state.get(PNG_KEY)
        if png and png[0] == key:
            st.download_button("Download PNG", png[1], f"{name}.png", "image/png", key="dl_png")
    with cols[1]:
        paper = st.selectbox("PDF page", list(chromium.PAPERS), key="briefing_paper",
                             format_func={"a4": "A4 landscape", "16:9": "16:9 slide"}.get)
        if st.button("Render PDF", key="briefing_render_pdf"):
            paged = replace(b, size=chromium.PAPERS[paper][0])
            with st.spinner("Rendering the PDF in headless Chromium…"):
                try:
                    st.session_state[PDF_KEY] = (key + paper, render_pdf(page_html(tuple(incidents), paged), paged,
                                                                         paper, len(chosen)))
                except (chromium.BrowserMissing, chromium.RenderError) as e:
                    st.session_state.pop(PDF_KEY, None)
                    st.error(str(e))
        pdf = st.session_state.get(PDF_KEY)
        if pdf and pdf[0] == key + paper:
            st.download_button("Download PDF", pdf[1], f"{name}.pdf", "application/pdf", key="dl_pdf")
    with cols[2]:
        st.download_button("Download HTML map", page.encode("utf-8"), f"{name}.html", "text/html", key="dl_html")
    for col, fmt in zip(cols[3:], exports.FORMATS):
        with col:
            st.download_button(f"Download {fmt.upper()}", data_file(chosen, fmt, title), f"{name}.{fmt}",
                               exports.MEDIA_TYPES[fmt], key=f"dl_{fmt}")
    n = len(chosen)
    st.caption(f"The data files hold the {n} incident{'s' if n != 1 else ''} on this map; CSV opens in Excel "
               "(UTF-8 with BOM) with ACLED-compatible columns.")


main()
