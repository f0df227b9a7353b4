"""The dashboard's working state, shared by every page through Streamlit's session state under the
keys below, and kept in the SQLite file so a reload or a restart reopens it. Plain Python: pages
pass `st.session_state`, tests a dict.

Keys (any page may read them; the main page and the Incidents page write them):
- REPORT "report": the text in the report box (a draft until mapped); REPORT_VERSION bumps when
  it is replaced from outside (example, reopened report), so the box takes the new text.
- REPORT_DATE "report_date": the date the user gave (datetime.date) or None.
- REPORT_TEXT "report_text": the text that was mapped; EXTRACTION "extraction": its Extraction.
- EDITED "edited_incidents": the corrected incident list ("Use these corrections"), else absent.
- REPORT_ID "report_id": the mapped report's id in the SQLite file.
- FILTERS "filters": the sidebar's filter as `Filter.to_dict()`; `shown(state)` applies it.
- FILTER_KEYS: one key per filter widget (types, actors, ...), the values the widgets show.
- SELECTED "selected_incident": the id of the table row the user chose (its marker is highlighted).
- TOKEN "session_token": names the browser tab's saved working state (also `?s=` in its URL), so a
  reload or a restarted server reopens what that tab was doing.
"""
from __future__ import annotations

import datetime as dt
from typing import MutableMapping

from core.filters import Filter, apply
from core.model import Extraction, Incident
from core.storage import Store, StorageError

REPORT = "report"
REPORT_VERSION = "report_version"
REPORT_DATE = "report_date"
REPORT_TEXT = "report_text"
EXTRACTION = "extraction"
EDITED = "edited_incidents"
REPORT_ID = "report_id"
FILTERS = "filters"
SELECTED = "selected_incident"
RESTORED = "restored"
TOKEN = "session_token"   # names this browser tab's working state in the database (also in the URL)
FILTER_KEYS = {"types": "filter_types", "actors": "filter_actors", "governorates": "filter_governorates",
               "min_killed": "filter_min_killed", "precise_only": "filter_precise", "dates": "filter_dates"}
LAST = "last:"   # + TOKEN: the database's app_state key of the report a tab worked on and its view

State = MutableMapping


def incidents(state: State) -> list[Incident]:
    """The incidents the user works with: the corrected list when there is one, else the extraction's."""
    edited = state.get(EDITED)
    if edited is not None:
        return list(edited)
    x = state.get(EXTRACTION)
    return list(x.incidents) if x is not None else []


def current_filter(state: State) -> Filter:
    return Filter.from_dict(state.get(FILTERS))


def shown(state: State) -> list[Incident]:
    """The incidents the dashboard shows: the user's incidents through the sidebar's filter."""
    return apply(incidents(state), current_filter(state))


def filter_from_widgets(state: State) -> Filter:
    """The Filter the filter widgets' values (FILTER_KEYS) say; kept under FILTERS too."""
    get = lambda k, d=None: state.get(FILTER_KEYS[k], d)  # noqa: E731
    dates = tuple(get("dates") or ())
    f = Filter(types=frozenset(get("types") or ()), actors=frozenset(get("actors") or ()),
               governorates=frozenset(get("governorates") or ()), min_killed=int(get("min_killed") or 0),
               precise_only=bool(get("precise_only")),
               date_from=dates[0].isoformat() if len(dates) > 0 and dates[0] else None,
               date_to=dates[1].isoformat() if len(dates) > 1 and dates[1] else None)
    state[FILTERS] = f.to_dict()
    return f


def set_filter_widgets(state: State, f: Filter) -> None:
    """Put a saved filter back into the filter widgets' keys."""
    state[FILTER_KEYS["types"]] = sorted(f.types)
    state[FILTER_KEYS["actors"]] = sorted(f.actors)
    state[FILTER_KEYS["governorates"]] = sorted(f.governorates)
    state[FILTER_KEYS["min_killed"]] = f.min_killed
    state[FILTER_KEYS["precise_only"]] = f.precise_only
    state[FILTER_KEYS["dates"]] = tuple(dt.date.fromisoformat(d) for d in (f.date_from, f.date_to) if d)
    state[FILTERS] = f.to_dict()


def describe(f: Filter) -> str:
    """The filter in words for a caption ('' when it keeps everything)."""
    parts = []
    if f.types:
        parts.append("types " + ", ".join(sorted(t.replace("_", " ") for t in f.types)))
    if f.actors:
        parts.append("actors " + ", ".join(sorted(f.actors)))
    if f.governorates:
        parts.append(", ".join(sorted(f.governorates)))
    if f.min_killed:
        parts.append(f"at least {f.min_killed} killed")
    if f.precise_only:
        parts.append("precise places only")
    if f.date_from or f.date_to:
        parts.append(f"dates {f.date_from or '…'} to {f.date_to or '…'}")
    return "; ".join(parts)


# ------------------------------------------------------------------------------ the SQLite file

def save_mapping(store: Store, state: State) -> int:
    """Keep the report just mapped (REPORT_TEXT, EXTRACTION): the open report when it is the same
    report re-read (same text, or its draft), else a new saved report. Returns its id."""
    text, x = state[REPORT_TEXT], state[EXTRACTION]
    rid = state.get(REPORT_ID)
    try:
        same = rid is not None and store.load(rid).text == text
    except StorageError:
        same = False
    if same:
        store.update_report(rid, text, extraction=x)
    else:
        rid = store.save_report(text, extraction=x)
    state[REPORT_ID] = rid
    save_view(store, state)
    return rid


def save_edits(store: Store, state: State) -> None:
    """Keep the corrections (EDITED) of the open report, or forget them when there are none."""
    rid = state.get(REPORT_ID)
    if rid is None:
        return
    if state.get(EDITED) is None:
        store.clear_edits(rid)
    else:
        store.save_edits(rid, state[EDITED])


def save_view(store: Store, state: State) -> None:
    """Keep which report is open, its filters and the draft in the box, for the next session of
    the same tab (TOKEN)."""
    if not state.get(TOKEN):
        return
    date = state.get(REPORT_DATE)
    store.put_state(LAST + state[TOKEN], {"report_id": state.get(REPORT_ID), "filters": state.get(FILTERS),
                           "draft": state.get(REPORT, ""), "date": date.isoformat() if date else None})


def open_report(store: Store, state: State, report_id: int) -> None:
    """Make a saved report the open one: its text in the box, its reading (and corrections) mapped."""
    saved = store.load(report_id)
    x = saved.extraction
    if x is None:
        from core.extract import extract
        x = extract(saved.text, lang=saved.lang, date=saved.date)
    open_text(state, saved.text, x, saved.edits, saved.date)
    state[REPORT_ID] = saved.id


def open_text(state: State, text: str, x: Extraction, edits=None, date: str | None = None) -> None:
    """Make a report the dashboard's open one (from the saved reports or the archive): its text in
    the box, its reading mapped, its corrections (a list of incidents) if it has any."""
    state[REPORT] = text
    state[REPORT_VERSION] = state.get(REPORT_VERSION, 0) + 1
    state[REPORT_TEXT] = text
    state[EXTRACTION] = x
    state.pop(REPORT_ID, None)
    state[REPORT_DATE] = dt.date.fromisoformat(date) if date else None
    state.pop(SELECTED, None)
    if edits is not None:
        state[EDITED] = list(edits)
    else:
        state.pop(EDITED, None)


def restore_last(store: Store, state: State, token: str) -> bool:
    """Reopen what the last session of the tab `token` left (report, filters, draft); False when
    there was nothing."""
    state[TOKEN] = token
    last = store.get_state(LAST + token)
    if not last:
        return False
    if last.get("report_id") is not None:
        try:
            open_report(store, state, last["report_id"])
        except StorageError:
            pass
    if last.get("filters"):
        set_filter_widgets(state, Filter.from_dict(last["filters"]))
    if last.get("draft") is not None and last["draft"] != state.get(REPORT):
        state[REPORT] = last["draft"]
        state[REPORT_VERSION] = state.get(REPORT_VERSION, 0) + 1
        state[REPORT_DATE] = dt.date.fromisoformat(last["date"]) if last.get("date") else None
    return True
