"""The incident map's page: one marker per incident, every report text escaped, nothing evaluated."""
import json
import re

from core import DATA
from core.extract import extract
from core.mapbuild import build_map, map_html

REPORT = ("Regime warplanes struck Douma on Monday, killing 3 people {{ 7*7 }} {% if true %}yes{% endif %} "
          "</script><script>alert(1)</script> <img src=x onerror=alert(1)>. "
          "Shelling hit Arbin, wounding 5 civilians.")


def markers(page: str) -> list[dict]:
    """The marker array the page's script draws from."""
    m = re.search(r"\n\s*(\[\{.*?\}\])\.forEach", page, re.S)
    assert m, "no marker array in the page"
    return json.loads(m.group(1))


def test_one_marker_per_incident_with_its_place_and_popup():
    x = extract(REPORT)
    data = markers(map_html(x.incidents, tiles=False))
    assert len(data) == len(x.incidents) == 2
    assert [(d["lat"], d["lon"]) for d in data] == [(i.place.lat, i.place.lon) for i in x.incidents]
    assert all('class="incident-popup"' in d["p"] and "incident-marker type-" in d["h"] for d in data)


def test_report_markup_cannot_leave_the_script_or_the_popup():
    page = map_html(extract(REPORT).incidents, tiles=False)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    popup = markers(page)[0]["p"]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in popup
    assert "&lt;img src=x onerror=alert(1" in popup


def test_template_syntax_in_a_report_is_shown_not_evaluated():
    page = map_html(extract(REPORT).incidents, tiles=False)
    popup = markers(page)[0]["p"]
    assert "{{ 7*7 }}" in popup and "{% if true %}yes{% endif %}" in popup
    assert "49" not in popup


def test_the_same_script_reaches_streamlit_folium():
    """st_folium reads each element's script macro instead of rendering the page."""
    m = build_map(extract(REPORT).incidents, tiles=False, cluster=False)
    layer = next(c for c in m._children.values() if c._name == "FeatureGroup" and c.layer_name == "Incidents")
    script = next(iter(layer._children.values()))._template.module.script(next(iter(layer._children.values())))
    assert script.count("\"lat\"") == 2 and "layer.addLayer(make(d))" in script


def test_gazetteer_names_on_the_place_map_are_shown_not_evaluated():
    from core.gazetteer import Entry
    from core.placemap import places_map

    odd = Entry(id="user-odd", name_en="{{ 7*7 }} <b>x</b>", name_ar="قرية", aliases_ar=(), aliases_en=(),
                level="village", parent="", parent_id="", governorate="Idlib", lat=35.9, lon=36.6, precision="user",
                source="user", population=None, ambiguous="")
    page = places_map([odd]).get_root().render()
    assert "{{ 7*7 }} &lt;b&gt;x&lt;/b&gt;" in json.loads(re.search(r"\n\s*(\[\{.*?\}\])\.forEach", page, re.S).group(1))[0]["p"]
    assert "<b>x</b>" not in page


def test_popup_counts_put_the_figure_first_and_isolate_the_phrase():
    """'Killed: أكثر من 15 شهيدا (16+)' in a left-to-right popup reorders around the Arabic: the
    figure comes first in its own span, the phrase after it in a <bdi>."""
    from core.mapbuild import popup_html
    x = extract("قصف الطيران الروسي حي الفردوس في حلب ما أدى لسقوط أكثر من 15 شهيدا وعشرات الجرحى.")
    i = next(i for i in x.incidents if i.killed and i.killed.vague)
    popup = popup_html(i)
    killed = popup[popup.index("Killed:"):]
    assert killed.index(f'<span class="count-label">{i.killed.label()}</span>') < killed.index('<bdi class="count-written">')
    assert f"«{i.killed.text.strip()}»</bdi>" in popup


def test_popup_says_where_the_point_comes_from_in_words():
    """'point: parent' was the file's jargon; the popup says the point is its area's, and that the
    place is approximate."""
    from core.mapbuild import POINT_WORDS, popup_html
    x = extract((DATA / "examples" / "aleppo_ghouta_report_ar.txt").read_text(encoding="utf-8"))
    parent = next(i for i in x.incidents if i.place.precision == "parent")
    popup = popup_html(parent)
    assert POINT_WORDS["parent"] in popup and "approximate place" in popup and "point: parent" not in popup
    precise = next(i for i in x.incidents if i.place.is_precise and i.place.precision == "decimal")
    assert "its own point" in popup_html(precise) and "approximate place" not in popup_html(precise)
