"""bench/real_scoreboard.py: provenance tables name each passage's publisher; tallies follow the scorecard."""
import json
from pathlib import Path

import pytest

from bench.real_scoreboard import publisher_of, read_provenance, tally, unresolved_missing
from core.extract import extract

REAL_EN = Path(__file__).parent / "reports" / "real" / "en"

TABLE = """# Provenance

Intro text | not a table row.

| file | address | publisher | date | licence | governorates |
|---|---|---|---|---|---|
| `airwars_hajin.txt` | https://airwars.org/civilian-casualties/cs123/ | Airwars | 2018-11-14 | CC BY-NC-ND 4.0 | Deir ez-Zor |
| wiki_houla | https://en.wikipedia.org/wiki/Houla_massacre | Wikipedia | 2012-05-25 | CC BY-SA 4.0 | Homs |

| name | other |
|---|---|
| ignored | row |
"""


def test_provenance_table_gives_each_file_its_publisher_with_or_without_txt():
    rows = read_provenance(TABLE)
    assert {k: v["publisher"] for k, v in rows.items()} == {"airwars_hajin": "Airwars", "wiki_houla": "Wikipedia"}
    assert rows["airwars_hajin"]["licence"] == "CC BY-NC-ND 4.0"


def _as_expected(incident) -> dict:
    count = (lambda c: None if c is None else ({"low": c.low, "vague": True} if c.vague and c.low is not None
                                                else {"best": c.best, "vague": c.vague}))
    return {"place_ar": incident.place.name_ar, "place_en": incident.place.name_en,
            "types": list(incident.types), "actors": list(incident.actors),
            "killed": count(incident.killed), "wounded": count(incident.wounded)}


PASSAGES = sorted(REAL_EN.glob("*.txt"))[:3]


@pytest.mark.parametrize("path", PASSAGES, ids=[p.stem for p in PASSAGES])
def test_an_extraction_scores_perfectly_against_itself_and_a_dropped_incident_is_an_extra(path):
    got = extract(path.read_text(encoding="utf-8"))
    expected = [_as_expected(i) for i in got.incidents]
    t = tally(expected, got)
    assert (t.tp, t.fp, t.fn) == (len(expected), 0, 0)
    assert all(t.right[k] == t.asked[k] for k in t.asked)
    if expected:
        t = tally(expected[1:], got)
        assert (t.tp, t.fp, t.fn) == (len(expected) - 1, 1, 0)


def test_a_wrong_killed_count_is_counted_wrong():
    path = next((p for p in sorted(REAL_EN.glob("*.txt"))
                 if any(i.killed and not i.killed.vague for i in extract(p.read_text(encoding="utf-8")).incidents)), None)
    if path is None:
        pytest.skip("no real English passage with an exact killed count yet")
    got = extract(path.read_text(encoding="utf-8"))
    expected = [_as_expected(i) for i in got.incidents]
    i = next(n for n, g in enumerate(expected) if g["killed"] and not g["killed"]["vague"])
    expected[i]["killed"] = {"best": expected[i]["killed"]["best"] + 1}
    t = tally(expected, got)
    assert t.right["killed"] == t.asked["killed"] - 1


def test_a_via_in_the_publisher_column_groups_the_passage_under_the_publisher():
    assert publisher_of({"publisher": "AFP (via Naharnet)"}) == "AFP"
    assert publisher_of({"publisher": "Al-Hayat (الحياة), with AFP"}) == "Al-Hayat"
    assert publisher_of({"publisher": "Watan FM, citing Suwayda 24"}) == "Watan FM"
    assert publisher_of({}) == "?"


def test_an_expected_unresolved_mention_counts_only_when_the_extractor_lists_it():
    path = next((p for p in sorted(REAL_EN.glob("*.txt")) if extract(p.read_text(encoding="utf-8")).unresolved), None)
    if path is None:
        pytest.skip("no real English passage with an unresolved mention yet")
    got = extract(path.read_text(encoding="utf-8"))
    listed = got.unresolved[0].text
    assert unresolved_missing({"unresolved": [listed, "Qaryat al-Lamakan"]}, got) == ["Qaryat al-Lamakan"]


def test_a_place_written_as_a_name_the_gazetteer_files_under_the_entry_found_matches_it():
    """ar/n_enab_maadi_funeral_barrels: حي المعادي is mapped to the CSR area al-Asileh, whose alias it is;
    a quarter of another name does not match."""
    from tests.scorecard import same_place
    place = extract("استهدف الطيران المروحي مجلس عزاء في حي المعادي في حلب ببرميلين متفجرين.").incidents[0].place
    assert place.name_en == "al-Asileh"
    assert same_place({"place_ar": "المعادي", "place_en": "al-Maadi"}, place)
    assert not same_place({"place_ar": "الشعار", "place_en": "ash-Sha'ar"}, place)


def test_a_place_the_gazetteer_files_under_the_entry_found_only_in_english_matches_it():
    """en/afp_naharnet_aleppo_bustan_qasr_mashhad_salhin: Al-Mashad is mapped to the CSR area al-Ansari
    Mashhad, whose English alias al-Mashhad is (its Arabic المشهد is also a word, no alias); another
    quarter's English name does not match."""
    from tests.scorecard import same_place
    place = extract("Seven civilians were killed in Bustan al-Qasr, and four were killed in Al-Mashad.").incidents[-1].place
    assert place.name_en == "al-Ansari Mashhad"
    assert same_place({"place_ar": "المشهد", "place_en": "al-Mashhad"}, place)
    assert not same_place({"place_ar": "الصالحين", "place_en": "as-Salheen"}, place)
