"""Bad and big input in the real app: a clear message, nothing lost, long work shown as progress.
How long it takes is measured in bench/, not asserted here."""
import pytest

from core.extract import extract
from tests.browser.ui import SEED, map_frame, paste_and_map, settle

pytestmark = pytest.mark.browser


def alerts(page) -> list[str]:
    return page.locator("[data-testid=stAlert]").all_inner_texts()


def test_an_empty_paste_says_what_to_do(page):
    page.get_by_text("Map incidents").click()
    page.get_by_text("The report is empty").wait_for()
    settle(page)
    # the map is on the page before any report; an empty paste leaves it empty
    assert map_frame(page).locator(".incident-marker").count() == 0


def test_binary_junk_is_refused_and_stays_in_the_box(page):
    junk = "\x00\x01\x02\x03\ufffd\x07\x08\x1b" * 300
    paste_and_map(page, junk)
    page.get_by_text("Cannot read this report").wait_for()
    assert "Your text is still in the box" in " ".join(alerts(page))
    assert len(page.locator("textarea").input_value()) == len(junk)


def test_a_five_megabyte_report_file_is_mapped_with_progress(page, tmp_path):
    """Pasting megabytes into a text box takes the browser about a minute; a file is mapped at once,
    a spinner shows while it is read, and the map and summary follow."""
    big = (SEED + "\n") * (5_000_000 // len(SEED))
    report = tmp_path / "big_report.txt"
    report.write_text(big, encoding="utf-8")
    assert report.stat().st_size > 5_000_000
    page.locator("input[type=file]").set_input_files(str(report))
    page.get_by_text("Reading the report (").wait_for(timeout=30_000)
    frame = map_frame(page, markers=len(extract(SEED).incidents))
    settle(page)
    assert frame.locator(".incident-marker").count() == len(extract(SEED).incidents)
    assert page.locator("textarea").input_value() == ""
    assert page.dialogs == [] and page.errors == []


def test_a_binary_file_is_refused_with_its_reason(page, tmp_path):
    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    page.locator("input[type=file]").set_input_files(str(junk))
    page.get_by_text("Cannot read this file").wait_for()
    assert "photo.txt" in " ".join(alerts(page))


def test_arabic_pasted_into_the_box_runs_right_to_left_at_once(page):
    """Before any rerun (no click elsewhere yet), the box lays each paragraph out in its own
    text's direction (unicode-bidi: plaintext), so pasted Arabic is right-to-left at once."""
    box = page.locator("textarea")
    box.click()
    page.keyboard.insert_text("قصف الطيران الروسي مدينة دوما")
    assert box.evaluate("el => getComputedStyle(el).unicodeBidi") == "plaintext"
