"""Parts of a toll by place (core.count_parts), on what the mutation run (bench/mutation.py
core.count_parts) found unpinned: a part that opens with a separate "and"."""
import pytest

from core.extract import extract


def killed(text):
    """{place (English): killed count} for the incidents of `text`."""
    return {i.place.name_en: i.killed for i in extract(text, date="2016-10-25").incidents}


@pytest.mark.parametrize("text", [
    "Regime shelling on Eastern Ghouta killed six civilians (three in Arbin, and two children in Harasta, and a"
    " woman in Douma).",
    "Regime shelling on Eastern Ghouta killed five civilians: three in Arbin, and two children in Harasta.",
])
def test_people_counted_after_a_separate_and_before_a_place_are_that_places_part(text):
    part = "and two children"
    c = killed(text).get("Harasta")
    assert c is not None and c.text == part and text.index(part) < text.index("Harasta")
    assert (c.low, c.best, c.high, c.vague) == (2, 2, 2, False)
