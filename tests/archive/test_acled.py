"""ACLED's count rule (shared/spec/INCIDENTS.md, Counts): tens 10, dozens 12, hundreds 100 in
`fatalities`, the words kept in `notes`; this project's JSON keeps its own low/best/high."""
from __future__ import annotations

import csv
import io

import pytest

from core.archive import acled
from core.extract import extract

RULE = [  # sentence, ACLED fatalities of its one incident
    ("Dozens of civilians were killed in an airstrike on Saraqib.", 12),
    ("Hundreds were killed when warplanes struck Saraqib.", 100),
    ("قتل العشرات بغارات جوية على مدينة سراقب.", 10),
    ("استشهد عشرات المدنيين بقصف جوي على سراقب.", 10),
    ("سقط مئات القتلى بغارات على مدينة سراقب.", 100),
    ("More than 15 civilians were killed in an airstrike on Saraqib.", 16),
    ("Three civilians were killed in an airstrike on Saraqib.", 3),
    ("Several civilians were killed in an airstrike on Saraqib.", 2),
]


@pytest.mark.parametrize("sentence,fatalities", RULE, ids=[r[0][:40] for r in RULE])
def test_acled_fatalities_follow_acleds_rule(sentence, fatalities):
    x = extract(sentence)
    assert len(x.incidents) == 1 and x.incidents[0].killed is not None
    assert acled.fatalities(x.incidents) == [fatalities]


def test_the_words_of_a_vague_toll_stay_in_the_notes():
    x = extract("Dozens of civilians were killed in an airstrike on Saraqib.")
    row = next(csv.DictReader(io.StringIO(acled.export(x.incidents).lstrip("\ufeff"))))
    assert row["fatalities"] == "12" and "Dozens of civilians were killed" in row["notes"]
    assert x.incidents[0].killed.low == 24  # the contract keeps this project's reading


def test_a_count_shared_by_a_list_of_places_is_split_not_repeated():
    x = extract("Dozens were killed in airstrikes on Saraqib and Binnish.")
    shared = [i for i in x.incidents if i.killed and i.killed.shared]
    assert len(shared) == 2
    assert sum(acled.fatalities(shared)) == 12


def test_an_export_reads_back_with_acleds_numbers_and_words():
    x = extract("Dozens of civilians were killed in an airstrike on Saraqib on 22 July 2019.")
    back = acled.read(acled.export(x.incidents))
    assert [(i.place.name_en, i.date, i.types, i.killed.low, i.killed.vague) for i in back] == [
        ("Saraqib", "2019-07-22", ("airstrike",), 12, True)]
    assert back[0].evidence.text.startswith("Airstrike")


@pytest.mark.parametrize("line,why", [
    ("2019-07-22,Air/drone strike,Saraqib,35.86,36.80,many", "fatalities 'many' is not a whole number"),
    ("22/13/2019,Air/drone strike,Saraqib,35.86,36.80,3", "event_date '22/13/2019' is not a date"),
    ("2019-07-22,Air/drone strike,,35.86,36.80,3", "location is empty"),
    ("2019-07-22,Air/drone strike,Saraqib,95,36.80,3", "is not a latitude/longitude"),
])
def test_a_bad_acled_row_is_named_by_line(line, why):
    text = "event_date,sub_event_type,location,latitude,longitude,fatalities\n" + line + "\n"
    with pytest.raises(acled.BadAcled, match="acled.csv: line 2: " ) as e:
        acled.read(text, "acled.csv")
    assert why in str(e.value)


def test_a_csv_without_acleds_columns_is_refused():
    with pytest.raises(acled.BadAcled, match="not an ACLED export"):
        acled.read("a,b\n1,2\n", "x.csv")
