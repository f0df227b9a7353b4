"""Saved reports in a real SQLite file in a temporary folder."""
import sqlite3
import threading

import pytest

from core import storage
from core.model import Count, Extraction, ReportInfo
from core.storage import Store, StorageError
from tests.test_exports import sample_incidents

TEXT = "قصف الطيران الحربي حي الفردوس في حلب.\nسطر ثان"


def extraction():
    return Extraction(ReportInfo("ar", "2016-10-25", len(TEXT)), tuple(sample_incidents()))


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "db" / "saved.sqlite")


def test_a_saved_report_loads_back_with_its_extraction(store):
    rid = store.save_report(TEXT, extraction=extraction())
    saved = store.load(rid)
    assert saved.text == TEXT and saved.lang == "ar" and saved.date == "2016-10-25"
    assert saved.title == "قصف الطيران الحربي حي الفردوس في حلب."
    assert saved.extraction == extraction()
    assert saved.edits is None and saved.incidents == extraction().incidents


def test_edits_take_precedence_over_the_extraction(store):
    rid = store.save_report(TEXT, extraction=extraction())
    first, *_ = sample_incidents()
    edited = [first.__class__(**{**first.__dict__, "killed": Count.exact(20, "20")})]
    store.save_edits(rid, edited)
    saved = store.load(rid)
    assert saved.incidents == tuple(edited) and saved.extraction == extraction()
    store.clear_edits(rid)
    assert store.load(rid).incidents == extraction().incidents


def test_the_list_is_newest_first_with_counts(store):
    a = store.save_report("first report", lang="en")
    b = store.save_report(TEXT, extraction=extraction(), title="Aleppo 25 Oct")
    store.save_edits(b, sample_incidents()[:1])
    listed = store.list_reports()
    assert [r.id for r in listed] == [b, a]
    assert (listed[0].title, listed[0].incidents, listed[0].edited) == ("Aleppo 25 Oct", 1, True)
    assert (listed[1].incidents, listed[1].edited, listed[1].chars) == (None, False, len("first report"))


def test_reports_survive_a_new_store_on_the_same_file(tmp_path):
    path = tmp_path / "saved.sqlite"
    rid = Store(path).save_report(TEXT, extraction=extraction())
    assert Store(path).load(rid).extraction == extraction()
    assert path.stat().st_size > 0


def test_delete_removes_the_report_and_its_rows(store):
    rid = store.save_report(TEXT, extraction=extraction(), edits=sample_incidents())
    store.delete(rid)
    assert store.list_reports() == []
    with pytest.raises(StorageError, match=f"no saved report with id {rid}"):
        store.load(rid)
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT count(*) FROM extractions").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM edits").fetchone()[0] == 0


def test_unknown_ids_are_refused(store):
    for call in (lambda: store.delete(99), lambda: store.save_edits(99, []), lambda: store.load(99)):
        with pytest.raises(StorageError, match="no saved report with id 99"):
            call()


def test_the_schema_is_versioned(store):
    assert sqlite3.connect(store.path).execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION


def test_a_database_from_a_newer_version_is_refused_not_damaged(tmp_path):
    path = tmp_path / "future.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {storage.SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StorageError, match="newer incident-map"):
        Store(path)


def test_a_file_that_is_not_a_database_gives_a_storage_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StorageError, match="notes.sqlite"):
        Store(path).list_reports()


def test_the_environment_names_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "env.sqlite"))
    Store().save_report("x report")
    assert (tmp_path / "env.sqlite").exists()
    monkeypatch.delenv("INCIDENT_MAP_DB")
    assert storage.default_path().name == "incident-map.sqlite"
    assert storage.default_path().parent.name == ".incident-map"


def test_threads_saving_at_once_lose_nothing(store):
    errors = []

    def work(n):
        try:
            for k in range(15):
                rid = store.save_report(f"report {n}-{k}", extraction=extraction())
                store.save_edits(rid, sample_incidents()[: k % 3])
        except Exception as e:  # collected so the assertion below shows it
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    listed = store.list_reports()
    assert len(listed) == 90 and len({r.id for r in listed}) == 90


def run_cli(db, *args):
    import os
    import subprocess
    import sys

    from core import ROOT
    env = {**os.environ, "INCIDENT_MAP_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "core", "saved", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env)


def test_the_command_line_lists_shows_and_deletes_saved_reports(store):
    rid = store.save_report(TEXT, extraction=extraction(), title="Aleppo")
    store.save_edits(rid, sample_incidents()[:2])
    listed = run_cli(store.path, "list")
    assert listed.returncode == 0 and f"{rid}\t" in listed.stdout and "2 incidents (edited)\tAleppo" in listed.stdout
    shown = run_cli(store.path, "show", str(rid))
    import json
    assert [i["id"] for i in json.loads(shown.stdout)["incidents"]] == ["i1", "i2"]
    assert run_cli(store.path, "show", str(rid), "--text").stdout == TEXT
    assert run_cli(store.path, "delete", str(rid)).returncode == 0
    gone = run_cli(store.path, "show", str(rid))
    assert gone.returncode == 2 and gone.stderr.strip() == f"error: no saved report with id {rid}"


def test_the_app_state_keeps_one_value_per_key_across_connections(store):
    assert store.get_state("last:tab", "none") == "none"
    store.put_state("last:tab", {"report_id": 3, "filters": {"types": ["airstrike"]}})
    store.put_state("last:tab", {"report_id": 4})
    assert Store(store.path).get_state("last:tab") == {"report_id": 4}


def test_updating_a_report_with_a_new_text_drops_the_edits_made_on_the_old_one(store):
    rid = store.save_report(TEXT, extraction=extraction())
    store.save_edits(rid, sample_incidents()[:1])
    store.update_report(rid, TEXT, extraction=extraction())
    assert store.load(rid).edits is not None
    store.update_report(rid, TEXT + "\nسطر ثالث", extraction=extraction())
    saved = store.load(rid)
    assert saved.text.endswith("سطر ثالث") and saved.edits is None


def test_a_version_1_database_gains_the_app_state_table(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    for stmt in storage.MIGRATIONS[1]:
        con.execute(stmt)
    con.execute("PRAGMA user_version = 1")
    con.close()
    s = Store(path)
    s.put_state("k", 1)
    assert s.get_state("k") == 1


@pytest.mark.parametrize("env, expected", [
    ("/tmp/x/work.sqlite", "/tmp/x/work.sqlite"),
    ("sqlite:////tmp/x/work.sqlite", "/tmp/x/work.sqlite"),
    ("postgresql+psycopg://desk@db.example/archive", None),
])
def test_the_working_store_is_a_file_even_when_the_archive_is_a_server(monkeypatch, env, expected):
    from core.storage import default_path
    monkeypatch.setenv("INCIDENT_MAP_DB", env)
    path = default_path()
    assert str(path) == expected if expected else path.name == "incident-map.sqlite" and "://" not in str(path)
