"""The archive's store on SQLite and PostgreSQL: texts by hash, corrections kept apart from the
machine's reading, filters in SQL equal to core.filters, migrations, PostGIS."""
from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from sqlalchemy import text

from core.archive import Archive, ArchiveError, query
from core.filters import Filter, apply
from core.model import Count
from core.storage import Store
from core.style import primary_type
from tests.archive import corpus

NAMES = ("ar/atarib_market_massacre", "en/khan_sheikhoun_sarin_wire", "ar/khan_sheikhoun_sarin_massacre",
         "en/homs_rastan_fifteen", "ar/homs_rastan_count_first", "en/raqqa_coalition_sdf_ypg",
         "ar/aleppo_sukkari_massacre", "en/west_aleppo_rebel_shelling", "ar/damascus_jobar_qaboun")


def fill(archive):
    for n in NAMES:
        archive.add(corpus.text(n), corpus.reading(n), source=n)


def test_the_same_text_added_twice_is_stored_once(archive):
    t = corpus.text("ar/atarib_market_massacre")
    first = archive.add(t, corpus.reading("ar/atarib_market_massacre"))
    again = archive.add(t, corpus.reading("ar/atarib_market_massacre"))
    assert first.new and not again.new and again.report_id == first.report_id
    with archive.engine.connect() as con:
        assert query.summary(con)["reports"] == 1
        assert query.summary(con)["incidents"] == len(corpus.reading("ar/atarib_market_massacre").incidents)


FILTERS = [Filter(), Filter(types=frozenset({"airstrike"})), Filter(types=frozenset({"unknown", "clashes"})),
           Filter(actors=frozenset({"russia", "unknown"})), Filter(governorates=frozenset({"Idlib", "Homs"})),
           Filter(min_killed=3), Filter(precise_only=True),
           Filter(types=frozenset({"mortar", "shelling"}), min_killed=1, precise_only=True)]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ";".join(f"{k}={sorted(v) if isinstance(v, frozenset) else v}" for k, v in vars(f).items() if v)[:60] or "no filter")
def test_the_archive_keeps_what_the_dashboard_filter_keeps(archive, f):
    fill(archive)
    with archive.engine.connect() as con:
        every = [a.incident for a in query.incidents(con)]
        kept = [a.incident for a in query.incidents(con, f=f)]
    assert every and kept == apply(every, f)


def test_a_date_range_keeps_its_days_only(archive):
    fill(archive)
    import datetime as dt
    day = dt.date(2017, 4, 4)
    with archive.engine.connect() as con:
        inside = query.incidents(con, day, day)
    assert inside and {a.incident.date for a in inside} == {"2017-04-04"}


def test_a_deleted_incident_stays_deleted_when_the_report_is_read_again(archive):
    fill(archive)
    with archive.engine.connect() as con:
        victim = query.incidents(con, report_id=1)[0]
    archive.correct(victim.id, None)
    archive.replace_reading(1, corpus.reading(NAMES[0]))
    with archive.engine.connect() as con:
        assert victim.id not in {a.id for a in query.incidents(con, report_id=1)}
        assert len(query.incidents(con, report_id=1)) == len(corpus.reading(NAMES[0]).incidents) - 1


def test_a_reading_no_longer_found_goes_unless_corrected(archive):
    t = corpus.text("ar/atarib_market_massacre")
    x = corpus.reading("ar/atarib_market_massacre")
    rid = archive.add(t, x).report_id
    with archive.engine.connect() as con:
        rows = query.incidents(con, report_id=rid)
    archive.correct(rows[0].id, dataclasses.replace(rows[0].incident, killed=Count.exact(7)))
    archive.replace_reading(rid, x.with_incidents(()))
    with archive.engine.connect() as con:
        left = query.incidents(con, report_id=rid)
    assert [(a.id, a.incident.killed) for a in left] == [(rows[0].id, Count.exact(7))]


def test_a_split_incident_stands_alone_and_nothing_joins_it(archive):
    fill(archive)
    with archive.engine.connect() as con:
        pairs = [a for a in query.incidents(con) if a.incident.place.id == "pl-idlib-khan-shaykhun"]
    assert len({a.event_id for a in pairs}) == 1 and len(pairs) == 2
    new_event = archive.split(pairs[1].id)
    again = "\n" + corpus.text("en/khan_sheikhoun_sarin_wire")
    archive.add(again, corpus.reading("en/khan_sheikhoun_sarin_wire"))
    with archive.engine.connect() as con:
        after = [a for a in query.incidents(con) if a.incident.place.id == "pl-idlib-khan-shaykhun"]
        assert [a.id for a in after if a.event_id == new_event] == [pairs[1].id]
        assert query.summary(con, f=Filter(governorates=frozenset({"Idlib"})))["events"] >= 2


def test_saved_reports_of_the_dashboard_come_in_with_their_edits(archive, tmp_path):
    from core.archive.legacy import import_saved
    store = Store(tmp_path / "saved.sqlite")
    x = corpus.reading("ar/atarib_market_massacre")
    edited = [dataclasses.replace(x.incidents[0], killed=Count.exact(84, "UN count"))]
    store.save_report(corpus.text("ar/atarib_market_massacre"), extraction=x, edits=edited)
    store.save_report(corpus.text("en/homs_rastan_fifteen"), extraction=corpus.reading("en/homs_rastan_fifteen"))
    assert import_saved(archive, tmp_path / "saved.sqlite") == (2, 0)
    assert import_saved(archive, tmp_path / "saved.sqlite") == (0, 2)
    with archive.engine.connect() as con:
        atarib = query.incidents(con, report_id=1)
    assert [(a.incident.place.id, a.incident.killed, a.corrected) for a in atarib] == [
        (x.incidents[0].place.id, Count.exact(84, "UN count"), True)]


def test_an_archive_from_a_newer_version_is_refused_in_one_line(tmp_path):
    path = tmp_path / "a.sqlite"
    Archive(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE archive_alembic_version SET version_num = '9999'")
    with pytest.raises(ArchiveError, match="newer incident-map") as e:
        Archive(f"sqlite:///{path}")
    assert "\n" not in str(e.value)


def test_the_archive_shares_the_saved_reports_file_without_touching_it(tmp_path):
    path = tmp_path / "shared.sqlite"
    store = Store(path)
    rid = store.save_report("تقرير", lang="ar")
    a = Archive(f"sqlite:///{path}")
    a.add(corpus.text("ar/atarib_market_massacre"), corpus.reading("ar/atarib_market_massacre"))
    assert Store(path).load(rid).text == "تقرير"
    with a.engine.connect() as con:
        assert query.summary(con)["reports"] == 1


def test_postgis_keeps_a_point_per_incident_with_a_spatial_index(pg_cluster):
    a = Archive(pg_cluster.new_database())
    fill(a)
    with a.engine.connect() as con:
        missing = con.execute(text("SELECT count(*) FROM archive_incidents WHERE geom IS NULL "
                                   "OR abs(ST_X(geom) - lon) > 1e-9 OR abs(ST_Y(geom) - lat) > 1e-9")).scalar()
        index = con.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'archive_incidents_geom'")).scalar()
        idlib = con.execute(text("SELECT count(*) FROM archive_incidents WHERE "
                                 "geom && ST_MakeEnvelope(36.0, 35.3, 37.0, 36.2, 4326)")).scalar()
        by_latlon = con.execute(text("SELECT count(*) FROM archive_incidents WHERE lon BETWEEN 36.0 AND 37.0 "
                                     "AND lat BETWEEN 35.3 AND 36.2")).scalar()
    a.close()
    assert missing == 0 and "gist" in index.lower() and idlib == by_latlon > 0


def test_a_server_that_does_not_answer_is_one_line():
    with pytest.raises(ArchiveError, match="cannot open the archive") as e:
        Archive("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "\n" not in str(e.value)


def test_the_page_summary_is_the_summary(archive):
    fill(archive)
    import datetime as dt
    lo, hi = dt.date(2010, 1, 1), dt.date(2030, 1, 1)
    with archive.engine.connect() as con:
        for f in FILTERS:
            assert query.page(con, lo, hi, f)["summary"] == query.summary(con, lo, hi, f)


def test_a_user_who_may_not_add_postgis_still_gets_an_archive(pg_cluster):
    import psycopg
    url = pg_cluster.new_database()
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname={name}", autocommit=True) as con:
        con.execute(f"CREATE ROLE desk_{name} LOGIN")
        con.execute(f"GRANT ALL ON SCHEMA public TO desk_{name}")
    a = Archive(url.replace("postgres@", f"desk_{name}@"))
    a.add(corpus.text(NAMES[0]), corpus.reading(NAMES[0]))
    with a.engine.connect() as con:
        from core.archive.db import has_postgis
        assert not has_postgis(con) and query.summary(con)["incidents"] == len(corpus.reading(NAMES[0]).incidents)
    a.close()


def test_map_points_count_each_strike_once_at_its_place_with_its_commonest_type(archive):
    fill(archive)
    from collections import Counter
    with archive.engine.connect() as con:
        leads = [a.incident for a in query.incidents(con, leads=True)]
        pts = {p["place_id"]: p for p in query.points(con)}
    assert set(pts) == {i.place.id for i in leads}
    for place_id, p in pts.items():
        here = [i for i in leads if i.place.id == place_id]
        kinds = Counter(primary_type(i) for i in here)
        assert p["n"] == len(here)
        assert p["killed"] == sum(0 if i.killed is None or i.killed.shared else
                                  (i.killed.low if i.killed.low is not None else i.killed.best or 0) for i in here)
        assert p["type"] == max(kinds, key=lambda t: (kinds[t], t))
        assert (p["lat"], p["lon"]) == (here[0].place.lat, here[0].place.lon)


def test_a_desk_shares_its_user_places_through_the_archive(archive, tmp_path):
    from core import gazetteer
    from core.archive import places
    mine, theirs = tmp_path / "mine.csv", tmp_path / "theirs.csv"
    gazetteer.add_user_entry({"name_en": "Tall Hamidiyah farm", "name_ar": "مزرعة تل الحميدية", "level": "village",
                              "governorate": "Idlib", "lat": 35.9, "lon": 36.6, "source": "desk survey"}, mine)
    gazetteer.add_user_entry({"name_en": "Old Quarry", "name_ar": "المقلع القديم", "level": "village",
                              "governorate": "Hama", "lat": 35.2, "lon": 36.7}, theirs)
    assert places.push(archive, mine) == 1
    assert places.pull(archive, theirs) == 1
    assert places.pull(archive, theirs) == 0
    got = {e.name_en: e for _, e in gazetteer.read_rows(theirs)}
    assert set(got) == {"Old Quarry", "Tall Hamidiyah farm"}
    assert (got["Tall Hamidiyah farm"].lat, got["Tall Hamidiyah farm"].source) == (35.9, "desk survey")
