"""The duplicates rule (core/archive/events.py): the same place, the same day and compatible attack
types from different reports are one event, counted once.

Real pairs: the corpus reports that tell one strike in Arabic and in English, read by the real
extractor; and strikes told by several real publishers, coded by hand from their pages (place,
day, type, actor, toll, as each source gives them; the texts are not copied):
- Atarib market, 13 November 2017: Syrian Observatory for Human Rights,
  https://www.syriahr.com/en/78458/ ("at least 29" killed by warplanes in the market); Syria Direct,
  https://syriadirect.org/deadly-airstrikes-kill-injure-scores-in-northwest-syrian-town-despite-de-escalation-agreement/
  (three airstrikes, "at least 40" killed); Fraternity Foundation for Human Rights,
  https://fraternity-sy.org/en/russian-air-strike-on-a-popular-market-in-syrian-town-atareb/
  (Russian warplanes, "more than 60" killed).
- Maarat al-Numan market, 22 July 2019: Naharnet (AFP, citing SOHR),
  http://www.naharnet.com/stories/en/262952-civilian-airstrike-death-toll-in-northwest-syria-tops-40
  (35 civilians and two unidentified killed in raids on the market; six more in regime air strikes
  on nearby Saraqib); Hurriyet Daily News (Anadolu Agency),
  http://www.hurriyetdailynews.com/russian-airstrike-on-idlib-market-kills-25-145161
  (Russian jets struck the marketplace, killing 25).
"""
from __future__ import annotations

import dataclasses

import pytest

from core.archive import query
from core.archive.events import compatible
from core.extract import extract
from core.gazetteer import load_default, to_place
from core.model import Count, Extraction, Incident, ReportInfo
from tests.archive import corpus

CORPUS_PAIRS = [  # (English report, Arabic report, place both tell on the same day)
    ("en/khan_sheikhoun_sarin_wire", "ar/khan_sheikhoun_sarin_massacre", "pl-idlib-khan-shaykhun"),
    ("en/homs_rastan_fifteen", "ar/homs_rastan_count_first", "pl-homs-al-rastan"),
    ("en/raqqa_coalition_sdf_ypg", "ar/raqqa_coalition_mansura", "pl-raqqa-raqqa"),
    ("en/west_ghouta_darayya_moadamiyeh", "ar/daraya_moadamiya_sniper", "pl-rif-dimashq-darayya"),
]


@pytest.mark.parametrize("en,ar,place", CORPUS_PAIRS, ids=[p[2] for p in CORPUS_PAIRS])
def test_an_arabic_and_an_english_report_of_one_strike_are_one_event(archive, en, ar, place):
    for name in (en, ar):
        archive.add(corpus.text(name), corpus.reading(name), source=name)
    with archive.engine.connect() as con:
        there = [a for a in query.incidents(con) if a.incident.place.id == place]
        assert len({a.report_id for a in there}) == 2
        assert len({a.event_id for a in there}) == 1
        assert {s["source"] for s in query.sources(con, there[0].event_id)} == {en, ar}


def told(source: str, place_id: str, day: str, types, killed: Count, actors=()) -> tuple[str, Extraction]:
    """A source's account of one strike as a one-incident reading (the text names the source)."""
    place = to_place(load_default().get(place_id))
    inc = Incident(id="i1", place=place, types=tuple(types), actors=tuple(actors), killed=killed, date=day)
    return f"{source}: {place.name_en}, {day}", Extraction(ReportInfo("en", day, 0), (inc,))


ATARIB = [
    told("SOHR syriahr.com/en/78458", "pl-aleppo-atarib", "2017-11-13", ["airstrike"], Count(29, 29, None, True, "at least 29")),
    told("Syria Direct", "pl-aleppo-atarib", "2017-11-13", ["airstrike"], Count(40, 40, None, True, "at least 40")),
    told("FFHR fraternity-sy.org", "pl-aleppo-atarib", "2017-11-13", ["airstrike"], Count(61, 61, None, True, "More than 60"),
         actors=["russia"]),
]
MAARAT = [
    told("Naharnet (AFP, SOHR)", "pl-idlib-ma-arrat-nu-man", "2019-07-22", ["airstrike"], Count.exact(37, "35 civilians and two unidentified")),
    told("Naharnet (AFP, SOHR)", "pl-idlib-saraqib", "2019-07-22", ["airstrike"], Count.exact(6, "six more"), actors=["government"]),
    told("Hurriyet Daily News (Anadolu)", "pl-idlib-ma-arrat-nu-man", "2019-07-22", ["airstrike"], Count.exact(25, "killing 25"),
         actors=["russia"]),
]


def test_three_publishers_on_the_atarib_market_strike_are_one_event_counted_once(archive):
    for text, x in ATARIB:
        archive.add(text, x, source=text.split(":")[0])
    with archive.engine.connect() as con:
        s = query.summary(con)
    assert (s["reports"], s["incidents"], s["events"], s["killed"]) == (3, 3, 1, 61)


def test_the_maarat_market_strike_is_one_event_and_saraqib_the_same_day_another(archive):
    for text, x in MAARAT:
        archive.add(text, x, source=text.split(":")[0])
    with archive.engine.connect() as con:
        s = query.summary(con)
        by_place = {a.incident.place.id: a.event_id for a in query.incidents(con)}
    assert (s["incidents"], s["events"], s["killed"]) == (3, 2, 37 + 6)
    assert by_place["pl-idlib-ma-arrat-nu-man"] != by_place["pl-idlib-saraqib"]


def test_the_same_place_on_another_day_is_another_strike(archive):
    text, x = ATARIB[0]
    archive.add(text, x)
    later = x.with_incidents([dataclasses.replace(x.incidents[0], date="2017-11-14")])
    archive.add(text + " (next day)", later)
    with archive.engine.connect() as con:
        assert query.summary(con)["events"] == 2


def test_two_reports_with_clashes_and_an_airstrike_at_one_place_are_two_events(archive):
    a = extract("Clashes broke out in Saraqib on 22 July 2019 between rebels and government forces.")
    b = extract("Warplanes struck Saraqib on 22 July 2019.")
    assert a.incidents[0].types == ("clashes",) and b.incidents[0].types == ("airstrike",)
    archive.add("a", a)
    archive.add("b", b)
    with archive.engine.connect() as con:
        assert query.summary(con)["events"] == 2


@pytest.mark.parametrize("a,b,same", [
    (("airstrike",), ("barrel_bomb",), True),
    (("shelling",), ("airstrike",), True),
    (("shelling",), ("mortar",), True),
    (("chemical",), ("rocket",), True),
    ((), ("clashes",), True),
    (("artillery",), ("airstrike",), False),
    (("clashes",), ("airstrike",), False),
    (("ied",), ("mortar",), False),
    (("sniper",), ("clashes",), True),
])
def test_compatible_types(a, b, same):
    assert compatible(a, b) is same and compatible(b, a) is same
