"""Exports of extracted incidents, on what the mutation run (bench/mutation.py core.exports) found
unpinned: the ACLED notes line, fatalities of shared and vague counts, suicide bombs, precision
codes, and the KML placemarks."""
import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET

import pytest

from core import exports
from core.extract import extract

KML = {"k": "http://www.opengis.net/kml/2.2"}


def extracted(text):
    return list(extract(text, date="2016-10-25").incidents)


def rows(text):
    return list(csv.DictReader(io.StringIO(exports.to_csv(extracted(text), bom=False))))


@pytest.mark.parametrize("text, notes", [
    ("Russian warplanes struck Douma, killing 5 people and wounding 10.",
     "Airstrike by russia in Douma, Rif Dimashq: 5 killed, 10 wounded."),
    ("Regime helicopters dropped barrel bombs on Daraya, killing 3 civilians.",
     "Barrel bomb (helicopter) by government in Darayya, Rif Dimashq: 3 killed."),
    ("استشهد 3 مدنيين في مدينة دوما.", "Incident in Douma, Rif Dimashq: 3 killed."),
    ("Regime forces shelled Harasta and Arbin, killing at least three civilians.",
     "Shelling by government in Harasta, Rif Dimashq: 3+ killed (shared by a group of places)."),
])
def test_the_notes_column_says_what_who_where_and_the_toll(text, notes):
    assert rows(text)[0]["notes"] == notes


def test_an_incident_without_casualties_has_no_toll_in_its_notes():
    row = rows("Russian warplanes struck Douma.")[0]
    assert row["notes"] == "Airstrike by russia in Douma, Rif Dimashq."
    assert row["fatalities"] == "0"


def test_a_shared_vague_toll_is_split_over_its_places_from_its_low_bound():
    found = rows("Regime forces shelled Harasta and Arbin, killing at least three civilians.")
    assert [(r["location"], r["fatalities"]) for r in found] == [("Harasta", "2"), ("Arbin", "1")]
    assert {r["group"] for r in found} != {""} and len({r["group"] for r in found}) == 1


def test_a_suicide_car_bomb_is_an_acled_suicide_bomb():
    row = rows("A suicide car bomb exploded in Qamishli, killing 5 people.")[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert row["fatalities"] == "5"


def test_an_incident_without_a_type_has_no_acled_event():
    row = rows("استشهد 3 مدنيين في مدينة دوما.")[0]
    assert (row["event_type"], row["sub_event_type"], row["types"]) == ("", "", "")


@pytest.mark.parametrize("text, code", [
    ("Russian warplanes struck Douma, killing 5 people.", "1"),
    ("Regime forces shelled the countryside of Idlib, killing 2.", "3"),
])
def test_geo_precision_follows_the_size_of_the_place(text, code):
    assert rows(text)[0]["geo_precision"] == code


def test_a_kml_placemark_per_incident_styled_by_its_first_type_with_its_day():
    incidents = extracted("Russian warplanes struck Douma, killing 5 people. استشهد 3 مدنيين في مدينة دوما.")
    root = ET.fromstring(exports.to_kml(incidents, name="Douma"))
    assert root.find("k:Document/k:name", KML).text == "Douma"
    marks = root.findall(".//k:Placemark", KML)
    assert len(marks) == len(incidents) >= 1
    styles = {m.find("k:styleUrl", KML).text for m in marks}
    assert styles <= {"#type-airstrike", "#type-other"} and "#type-airstrike" in styles
    defined = {s.get("id") for s in root.findall(".//k:Style", KML)}
    assert {s.lstrip("#") for s in styles} <= defined
    assert all(m.find("k:TimeStamp/k:when", KML).text == "2016-10-25" for m in marks)


def test_kml_extended_data_names_the_counts_and_leaves_out_empty_fields():
    incident = extracted("Russian warplanes struck Douma, killing 5 people.")[0]
    mark = ET.fromstring(exports.to_kml([incident])).find(".//k:Placemark", KML)
    data = {d.get("name"): d.find("k:value", KML).text for d in mark.findall("k:ExtendedData/k:Data", KML)}
    assert data["killed"] == "5" and data["types"] == "airstrike" and data["actors"] == "russia"
    assert "wounded" not in data and "weapons" not in data
    assert mark.find("k:name", KML).text == f"{incident.place.name_en} / {incident.place.name_ar}"
    assert mark.find("k:description", KML).text.startswith("Airstrike by russia in Douma")


def test_a_short_css_colour_is_widened_for_kml():
    assert exports.kml_color("#abc") == exports.kml_color("#aabbcc") == "ffccbbaa"


def test_kml_styles_only_the_first_types_and_other_and_names_its_document():
    arbin = extracted("Clashes and shelling hit Arbin, killing 2 people.")
    assert len(arbin[0].types) == 2
    text = exports.to_kml(arbin)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<kml ')
    root = ET.fromstring(text)
    assert root.find("k:Document/k:name", KML).text == "Incidents"
    assert {s.get("id") for s in root.findall(".//k:Style", KML)} == {f"type-{arbin[0].types[0]}", "type-other"}
    assert not (root.text or "").strip() and not (root.find("k:Document", KML).tail or "").strip()


def test_characters_xml_forbids_are_dropped_from_the_kml():
    incident = extracted("Russian warplanes struck Douma, killing 5 people.")[0]
    odd = dataclasses.replace(incident, evidence=dataclasses.replace(incident.evidence, text="5 killed\x0b in Douma"))
    mark = ET.fromstring(exports.to_kml([odd])).find(".//k:Placemark", KML)
    data = {d.get("name"): d.find("k:value", KML).text for d in mark.findall("k:ExtendedData/k:Data", KML)}
    assert data["evidence"] == "5 killed in Douma"


def test_kml_data_fields_name_place_and_evidence_and_no_text_stands_outside_them():
    undated = list(extract("Russian warplanes struck Douma, killing 5 people and wounding 10.").incidents)
    root = ET.fromstring(exports.to_kml(undated + extracted("Clashes and shelling hit Arbin.")))
    i = undated[0]
    mark = root.find(".//k:Placemark", KML)
    data = {d.get("name"): d.find("k:value", KML).text for d in mark.findall("k:ExtendedData/k:Data", KML)}
    assert data == {"incident_id": i.id, "types": "airstrike", "actors": "russia", "killed": "5", "wounded": "10",
                    "level": i.place.level, "precision": i.place.precision, "governorate": i.place.governorate,
                    "evidence": i.evidence.text}
    assert mark.find("k:TimeStamp", KML) is None
    assert all(not (e.tail or "").strip() for e in root.iter())
    assert all(not (e.text or "").strip() for e in root.iter() if len(e))


def test_the_first_actor_is_actor1_and_the_others_are_associated_in_acled_names():
    row = rows("Russian and regime warplanes and Iranian militias struck Douma, killing 5 people.")[0]
    assert row["actor1"] == exports.ACLED_ACTORS["russia"]
    assert row["assoc_actor_1"] == "; ".join(exports.ACLED_ACTORS[a] for a in ("government", "iran_militias"))


def test_an_incident_without_actor_leaves_actor_columns_empty_and_flags_read_true_false():
    row = rows("Clashes in Douma killed about 20 people.")[0]
    assert (row["actor1"], row["assoc_actor_1"]) == ("", "")
    assert (row["killed_vague"], row["killed_shared"], row["massacre"]) == ("true", "false", "false")


def test_geojson_text_keeps_arabic_as_written_one_property_a_line_and_the_feature_id():
    incidents = extracted("استشهد 3 مدنيين في مدينة دوما.")
    text = exports.geojson_text(incidents)
    assert incidents[0].place.name_ar in text and "\\u" not in text
    assert text.count("\n") > 20 and text.endswith("}\n")
    assert json.loads(text)["features"][0]["id"] == incidents[0].id


def test_notes_list_weapons_and_actors_in_words():
    row = rows("Regime helicopters dropped naval mines and cluster bombs on Daraya, killing 3 civilians.")[0]
    weapons = ", ".join(w.replace("_", " ") for w in ("cluster", "helicopter", "naval_mine"))
    assert row["notes"] == f"Barrel bomb ({weapons}) by government in Darayya, Rif Dimashq: 3 killed."
    assert rows("Russian and regime warplanes struck Douma, killing 2.")[0]["notes"].startswith(
        "Airstrike by russia, government in Douma")


def test_an_explicit_zero_is_zero_fatalities():
    row = rows("Russian warplanes struck Douma without casualties.")[0]
    assert (row["fatalities"], row["killed_best"]) == ("0", "0")


def test_about_a_figure_gives_that_figure_as_fatalities():
    assert rows("Russian warplanes struck Douma, killing about 20 people.")[0]["fatalities"] == "20"


@pytest.mark.parametrize("fmt, write", [
    ("csv", lambda i: ("\ufeff" + exports.to_csv(i, bom=False)).encode("utf-8")),
    ("geojson", lambda i: exports.geojson_text(i).encode("utf-8")),
    ("kml", lambda i: exports.to_kml(i, name="Douma").encode("utf-8")),
])
def test_export_gives_each_formats_bytes_in_utf8(fmt, write):
    incidents = extracted("استشهد 3 مدنيين في مدينة دوما.")
    assert exports.export(incidents, fmt, name="Douma") == write(incidents)


def test_an_unknown_format_is_refused_naming_the_known_ones():
    with pytest.raises(ValueError, match="'pdf' \\(one of csv, geojson, kml\\)"):
        exports.export([], "pdf")
