"""The dashboard's "Save to archive" (issue 17) in the real app: the mapped report goes into the
archive with its incidents; saving the same text again stores nothing twice."""
import pytest

from core.archive import Archive, query
from core.extract import extract
from tests.browser.ui import SEED, map_frame, paste_and_map, settle

pytestmark = pytest.mark.browser


def test_a_mapped_report_is_saved_to_the_archive_once(page, server):
    paste_and_map(page, SEED)
    map_frame(page, markers=len(extract(SEED).incidents))
    page.get_by_role("button", name="Save to archive").click()
    page.get_by_text("Saved to the archive as report").wait_for()
    settle(page)
    page.get_by_role("button", name="Save to archive").click()
    page.get_by_text("This text is already in the archive").wait_for()
    a = Archive(f"sqlite:///{server.db}")
    try:
        with a.engine.connect() as con:
            counted = query.summary(con)
        assert (counted["reports"], counted["incidents"]) == (1, len(extract(SEED).incidents))
    finally:
        a.close()
