"""A CSV cell that a spreadsheet would run as a formula is defused with a leading quote, for every
character a spreadsheet treats as a formula start, and read back unchanged."""
import csv
import dataclasses
import io

import pytest

from core import exports, imports
from tests.test_exports import place, sample_incidents


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_place_name_starting_like_a_formula_is_quoted_and_round_trips(start):
    inc = dataclasses.replace(sample_incidents()[0], place=place(name_en=f"{start}1+1 Douma"))
    rows = list(csv.DictReader(io.StringIO(exports.to_csv([inc], bom=False), newline="")))
    assert rows[0]["location"] == f"'{start}1+1 Douma"
    assert imports.loads(exports.export([inc], "csv"), "incidents.csv")[0].place.name_en == f"{start}1+1 Douma"


def test_a_plain_name_is_left_alone():
    inc = dataclasses.replace(sample_incidents()[0], place=place(name_en="Douma"))
    assert list(csv.DictReader(io.StringIO(exports.to_csv([inc], bom=False))))[0]["location"] == "Douma"
