"""The dashboard's working state outside Streamlit: kept in a real SQLite file and reopened, the
filters in plain values for every page, and a wording taught to the user gazetteer."""
import datetime as dt

import pytest

from core import DATA, session
from core.extract import extract
from core.filters import Filter
from core.aliases import add_user_alias, version
from core.gazetteer import load_default
from core.storage import Store

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "saved.sqlite")


def mapped(text=SEED, token="tab1"):
    return {session.REPORT: text, session.REPORT_TEXT: text, session.EXTRACTION: extract(text),
            session.TOKEN: token, session.REPORT_DATE: None}


def test_a_mapped_report_with_its_filter_and_corrections_reopens_in_a_new_session(store):
    state = mapped()
    session.set_filter_widgets(state, Filter(types=frozenset({"barrel_bomb"})))
    session.save_mapping(store, state)
    state[session.EDITED] = list(state[session.EXTRACTION].incidents[1:])
    session.save_edits(store, state)
    session.save_view(store, state)

    fresh = {}
    assert session.restore_last(Store(store.path), fresh, "tab1")
    assert fresh[session.REPORT] == SEED and fresh[session.REPORT_TEXT] == SEED
    assert fresh[session.EDITED] == state[session.EDITED]
    assert session.current_filter(fresh) == Filter(types=frozenset({"barrel_bomb"}))
    assert fresh[session.FILTER_KEYS["types"]] == ["barrel_bomb"]
    assert [i.id for i in session.shown(fresh)] == [i.id for i in state[session.EDITED] if "barrel_bomb" in i.types]


def test_another_tab_starts_afresh(store):
    state = mapped()
    session.save_mapping(store, state)
    fresh = {}
    assert not session.restore_last(store, fresh, "another-tab")
    assert session.EXTRACTION not in fresh


def test_mapping_the_open_report_again_updates_it_and_a_new_text_is_a_new_report(store):
    state = mapped()
    first = session.save_mapping(store, state)
    assert session.save_mapping(store, state) == first
    state.update(mapped("Regime helicopters dropped barrel bombs on Daraya, killing 5 civilians."))
    assert session.save_mapping(store, state) != first
    assert len(store.list_reports()) == 2


def test_an_unmapped_draft_and_its_date_come_back(store):
    state = {session.TOKEN: "t", session.REPORT: "draft text", session.REPORT_DATE: dt.date(2016, 10, 25)}
    session.save_view(store, state)
    fresh = {}
    session.restore_last(store, fresh, "t")
    assert fresh[session.REPORT] == "draft text" and fresh[session.REPORT_DATE] == dt.date(2016, 10, 25)
    assert session.EXTRACTION not in fresh


def test_the_filter_widgets_make_the_filter_every_page_reads():
    state = {session.FILTER_KEYS["types"]: ["airstrike"], session.FILTER_KEYS["min_killed"]: 3,
             session.FILTER_KEYS["dates"]: (dt.date(2016, 10, 1), dt.date(2016, 10, 31))}
    f = session.filter_from_widgets(state)
    assert f == Filter(types=frozenset({"airstrike"}), min_killed=3, date_from="2016-10-01", date_to="2016-10-31")
    assert state[session.FILTERS] == f.to_dict()
    assert "airstrike" in session.describe(f) and "2016-10-01" in session.describe(f)
    assert session.describe(Filter()) == ""


def test_a_remembered_wording_is_read_as_the_place_in_the_next_report(tmp_path):
    user = tmp_path / "user_gazetteer.csv"
    text = "قصفت قوات الأسد بلدة اربينو ما أدى لسقوط 3 شهداء."
    before = version(user)
    gz = load_default(user)
    assert [m.text for m in extract(text, gazetteer=gz).unresolved] == ["اربينو"]
    arbin = gz.lookup("عربين")[0]
    entry = add_user_alias(arbin.id, "اربينو", user)
    assert "اربينو" in entry.aliases_ar and version(user) != before
    read = extract(text, gazetteer=load_default(user))
    assert [(i.place.id, i.place_text) for i in read.incidents] == [(arbin.id, "اربينو")]
    assert add_user_alias(arbin.id, "اربينو", user) == entry
    assert [ln.split(",")[0] for ln in user.read_text(encoding="utf-8").splitlines()[1:]] == [arbin.id]
