"""Incident popups escape every text that can come from outside: place names (a user gazetteer or an
imported GeoJSON can name a place anything) and the phrase a count was read from."""
import dataclasses

import pytest

from core.extract import extract
from core.mapbuild import popup_html

HOSTILE = '<img src=x onerror="alert(1)">'
ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"


@pytest.fixture(scope="module")
def incident():
    """A real reading of a bulletin line with a vague count (عشرات الجرحى)."""
    x = extract("قصف الطيران الروسي حي الفردوس في حلب ما أدى لسقوط أكثر من 15 شهيدا وعشرات الجرحى.")
    return next(i for i in x.incidents if i.wounded and i.wounded.vague)


@pytest.mark.parametrize("field", ["name_ar", "name_en", "governorate"])
def test_a_place_name_with_markup_is_shown_as_text_in_the_popup(incident, field):
    odd = dataclasses.replace(incident, place=dataclasses.replace(incident.place, **{field: HOSTILE}))
    popup = popup_html(odd)
    assert HOSTILE not in popup and ESCAPED in popup


@pytest.mark.parametrize("kind", ["killed", "wounded"])
def test_the_phrase_a_count_was_read_from_is_shown_as_text_in_the_popup(incident, kind):
    count = getattr(incident, kind)
    odd = dataclasses.replace(incident, **{kind: dataclasses.replace(count, text=f"عشرات {HOSTILE}")})
    popup = popup_html(odd)
    assert HOSTILE not in popup and ESCAPED in popup
