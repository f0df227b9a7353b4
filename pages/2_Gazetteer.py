"""Gazetteer: search the places the extractor knows (on an offline map), add a missing one (click the
map or type its point), import a GeoNames dump or an OCHA populated-places CSV. Your places go to the
user gazetteer, which upgrades never overwrite."""
from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from core.gazetteer import GazetteerError, add_user_entry, clear_cache, user_gazetteer_path
from core.gazetteer_import import append_to_user, import_file
from core.model import LEVELS
from core.offline import MissingAssets, localize
from core.placemap import picked_layer, places_map
from ui.gazetteer import gazetteer

st.set_page_config(page_title="Gazetteer · incident-map", layout="wide")
st.title("Gazetteer")
gz = gazetteer()
st.caption(f"{len(gz):,} places · your additions: {user_gazetteer_path()}")

query = st.text_input("Search (Arabic or English)", placeholder="دوما / Douma")
found = gz.search(query, limit=50) if query.strip() else []
if query.strip() and not found:
    st.info("No place by that name. Add it below if you know where it is.")
if found:
    st.dataframe(pd.DataFrame([{
        "id": e.id, "name_en": e.name_en, "name_ar": e.name_ar, "level": e.level,
        "governorate": e.governorate, "lat": e.lat, "lon": e.lon, "precision": e.precision,
        "source": e.source} for e in found]), hide_index=True, width="stretch")

tiles = st.checkbox("Map tiles (needs internet)", value=False)
try:
    key = hashlib.sha1(repr((query.strip(), tiles, [e.id for e in found])).encode("utf-8")).hexdigest()[:16]
    clicked = st_folium(localize(places_map(found, tiles=tiles)), key="gazetteer-map-" + key, height=420,
                        use_container_width=True, returned_objects=["last_clicked"],
                        feature_group_to_add=picked_layer(st.session_state.get("lat"), st.session_state.get("lon")))
except MissingAssets as err:
    st.error(str(err))
    clicked = None
point = (clicked or {}).get("last_clicked")
if point and point != st.session_state.get("applied_click"):
    st.session_state["applied_click"] = point
    st.session_state["lat"] = round(float(point["lat"]), 6)
    st.session_state["lon"] = round(float(point["lng"]), 6)
    if not st.session_state.get("source"):
        st.session_state["source"] = "clicked on the incident-map map"
    st.rerun()

def form_problems(name_ar: str, name_en: str, lat, lon) -> list[str]:
    """What keeps the form's place out of the gazetteer, said in the form's own words (the file's
    checks speak of CSV columns), and a place by that name already a few kilometres away."""
    name_ar, name_en = (name_ar or "").strip(), (name_en or "").strip()
    out = []
    if not name_ar:
        out.append("the Arabic name is empty (reports are matched by it)")
    if not name_en:
        out.append("the English name is empty (the place's id and the map's labels are made from it)")
    if lat is None or lon is None:
        out.append("the place has no point yet: click the map above or type its latitude and longitude")
    if out or not (name_ar or name_en):
        return out
    found = gz.namesake_near(name_ar, name_en, lat, lon)
    if found:
        e, km = found
        out.append(f"{e.name_en} · {e.name_ar} ({e.level}, {e.id}) is already in the gazetteer {km:.1f} km away")
    return out


with st.form("add"):
    st.subheader("Add a missing place")
    st.caption("Click the map above to put its point, or type the coordinates.")
    c1, c2 = st.columns(2)
    name_ar = c1.text_input("Arabic name", key="name_ar")
    name_en = c2.text_input("English name", key="name_en")
    aliases_ar = c1.text_input("Arabic spellings (separated by |)", key="aliases_ar")
    aliases_en = c2.text_input("English spellings (separated by |)", key="aliases_en")
    level = c1.selectbox("Level", LEVELS, index=LEVELS.index("village"))
    governorate = c2.text_input("Governorate (e.g. Rif Dimashq)", key="governorate")
    lat = c1.number_input("Latitude", value=None, format="%.6f", key="lat")
    lon = c2.number_input("Longitude", value=None, format="%.6f", key="lon")
    source = st.text_input("Where the coordinate comes from (map, survey, page)", key="source")
    if st.form_submit_button("Add to my gazetteer"):
        problems = form_problems(name_ar, name_en, lat, lon)
        try:
            if problems:
                raise GazetteerError("; ".join(problems))
            e = add_user_entry({"name_ar": name_ar, "name_en": name_en, "aliases_ar": aliases_ar,
                                "aliases_en": aliases_en, "level": level, "governorate": governorate,
                                "lat": lat, "lon": lon, "source": source or "user"})
            clear_cache()
            st.success(f"Added {e.name_en} ({e.id}); the extractor knows it from the next report on.")
        except (GazetteerError, TypeError, ValueError) as err:
            st.error(f"Not added: {err}")

st.subheader("Import a gazetteer file")
kind = st.radio("Format", ["geonames", "ocha"], horizontal=True,
                format_func={"geonames": "GeoNames country dump (e.g. SY.txt)", "ocha": "OCHA populated places CSV"}.get)
upload = st.file_uploader("File", type=["txt", "tsv", "csv"])
if upload is not None and st.button("Import into my gazetteer"):
    with st.spinner("Reading the file…"), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / upload.name
        path.write_bytes(upload.getvalue())
        try:
            result = import_file(path, kind, gz)
            new = append_to_user(result)
            st.success(f"Imported {len(new)} places; skipped {result.known} already known and "
                       f"{result.not_places} rows that are not populated places.")
        except GazetteerError as err:
            st.error(str(err))
