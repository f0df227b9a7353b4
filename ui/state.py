"""Widgets whose value lives in a plain session-state key, so it survives a visit to another page
(Streamlit drops a widget's own key when a page does not draw it) and can be set before the widget
is drawn (a reopened report, the values restored after a reload). Streamlit's documented pattern:
the widget has its own key and a callback copies its value to the kept one."""
from __future__ import annotations

import secrets

import streamlit as st

from core import session
from core.storage import Store, StorageError

WIDGET = "_w_"


def _copy(key: str, widget_key: str) -> None:
    st.session_state[key] = st.session_state[widget_key]


def bound(key: str, default=None) -> dict:
    """Keyword arguments for a widget showing `st.session_state[key]` (`default` the first time;
    the widget takes it when it is drawn anew, as after a visit to another page). The widget's
    key is `_w_<key>`."""
    state = st.session_state
    if key not in state:
        state[key] = default
    widget_key = f"{WIDGET}{key}"
    if widget_key not in state:
        state[widget_key] = state[key]
    return {"key": widget_key, "on_change": _copy, "args": (key, widget_key)}


def seeded(key: str, default=None, version: int = 0) -> dict:
    """Like `bound`, for a value replaced from outside (the example, a reopened report): the widget
    is drawn with it as its own value under a key of that `version` (the report box's version,
    `session.REPORT_VERSION`), so the browser starts from it (a click sent before the browser had
    the new value cannot carry the old one back)."""
    state = st.session_state
    if key not in state:
        state[key] = default
    widget_key = f"{WIDGET}{key}_{version}"
    return {"value": state[key], "key": widget_key, "on_change": _copy_current, "args": (key, widget_key, version)}


def _copy_current(key: str, widget_key: str, version: int) -> None:
    """Copy a seeded widget's value unless the widget is of an older version: a click sent while
    the browser still showed the old, empty box (Map right after Load example, on a slow run)
    brings that box's value back as if typed, and must not undo the example."""
    if st.session_state.get(session.REPORT_VERSION, 0) == version:
        _copy(key, widget_key)


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    return Store(path)


def store() -> Store | None:
    """The SQLite file of saved reports (INCIDENT_MAP_DB or ~/.incident-map/...), or None with a
    one-line warning when it cannot be opened (the app still works, unsaved)."""
    from core.storage import default_path
    try:
        return _store(str(default_path()))
    except StorageError as e:
        st.warning(f"Your work is not being saved: {e}")
        return None


def restore_once() -> None:
    """On a new browser session of a tab (a reload, a server restart), reopen the report the tab
    worked on, with its filters and the draft in the box. The tab is named by a token in its URL
    (`?s=`), so another tab starts afresh (its Reports list reopens any saved report)."""
    state = st.session_state
    token = st.query_params.get("s")
    if not state.get(session.RESTORED):
        state[session.RESTORED] = True
        db = store()
        if token and db is not None and session.EXTRACTION not in state:
            try:
                session.restore_last(db, state, token)
            except StorageError as e:
                st.warning(f"The last report could not be reopened: {e}")
    if not state.get(session.TOKEN):
        state[session.TOKEN] = token or secrets.token_urlsafe(9)
    if token != state[session.TOKEN]:
        st.query_params["s"] = state[session.TOKEN]
