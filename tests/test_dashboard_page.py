"""The main page (app.py) run by Streamlit's own script runner on a real extraction."""
from streamlit.testing.v1 import AppTest

from core import DATA, ROOT
from core.extract import extract

SEED = (DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8")


def dashboard(text: str = SEED):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["extraction"] = extract(text)
    at.session_state["report_text"] = text
    return at.run()


def test_table_counts_are_figures_with_their_uncertainty_apart_from_the_arabic_phrase():
    """A grid cell is one bidi paragraph: 'عشرات الجرحى (≈24+)' showed as '(+24≈) عشرات الجرحى'.
    The figure has its own column, the phrase another."""
    x = extract(SEED)
    at = dashboard()
    assert not at.exception
    frame = at.dataframe[0].value
    vague = next(i for i in x.incidents if i.wounded and i.wounded.vague and i.wounded.text)
    row = frame[frame["id"] == vague.id].iloc[0]
    assert row["wounded"] == vague.wounded.label()
    assert row["wounded (as written)"] == vague.wounded.text.strip()
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in v) for v in frame["killed"]) 
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in v) for v in frame["wounded"])


def test_markup_in_a_count_phrase_is_shown_as_written_in_the_table():
    """The grid shows text, not HTML: the phrase is not escaped twice ('&amp;lt;')."""
    text = "Regime helicopters dropped barrel bombs on Daraya, killing more than 15 <b>civilians</b>."
    at = dashboard(text)
    assert not at.exception
    written = list(at.dataframe[0].value["killed (as written)"])
    assert written and "&lt;" not in written[0] and "&amp;" not in written[0]
