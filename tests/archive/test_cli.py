"""`python -m core archive ...` as a user runs it: adding folders with progress, a writer killed
mid-import, two writers at once, exports of a period, ACLED in and out, bad input in one line."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core import imports
from core.archive import Archive, acled, query
from core.archive.models import IncidentRow, Report
from tests.archive import corpus
from tests.clirun import in_process

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, db: str, env=None, check=True, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "core", "archive", "--db", db, *args], cwd=ROOT,
                       capture_output=True, text=True, env=env or _env(), timeout=600, **kw)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def cli_here(*args, db: str) -> subprocess.CompletedProcess:
    """`cli` through core.cli.main in this process (tests/clirun.py), output as text: for a command
    whose real process another test or call already runs (add, export, import-acled)."""
    r = in_process("archive", "--db", db, *args, env={"INCIDENT_MAP_USER_GAZETTEER": _env()["INCIDENT_MAP_USER_GAZETTEER"]})
    assert r.returncode == 0, r.stderr
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode(), r.stderr.decode())


def _env(**more) -> dict:
    return dict(os.environ, INCIDENT_MAP_USER_GAZETTEER="/nonexistent/user_gazetteer.csv", **more)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Every corpus report as one flat folder of files."""
    d = tmp_path / "reports"
    d.mkdir()
    for f in corpus.files():
        shutil.copy(f, d / f"{f.parent.name}_{f.name}")
    return d


def counts(url: str) -> tuple[int, int]:
    a = Archive(url)
    with a.engine.connect() as con:
        n = con.execute(select(func.count()).select_from(Report)).scalar()
        m = con.execute(select(func.count()).select_from(IncidentRow)).scalar()
    a.close()
    return n, m


def reports_in(a: Archive) -> int:
    """Reports in the open archive `a` (`counts` opens and migrates the archive on each call)."""
    with a.engine.connect() as con:
        return con.execute(select(func.count()).select_from(Report)).scalar()


def consistent(url: str, read) -> int:
    """Every stored report holds exactly its reading's incidents (`read`: the session's extract), each
    in an event; the count."""
    a = Archive(url)
    with a.engine.connect() as con:
        stored = con.execute(select(Report.id, Report.text)).all()
        per = dict(con.execute(select(IncidentRow.report_id, func.count()).group_by(IncidentRow.report_id)).all())
        loose = con.execute(select(func.count()).select_from(IncidentRow).where(IncidentRow.event_id.is_(None))).scalar()
        if a.dialect == "sqlite":
            assert con.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    a.close()
    assert loose == 0
    for rid, t in stored:
        assert per.get(rid, 0) == len(read(t).incidents)
    return len(stored)


def test_adding_a_folder_shows_progress_and_a_second_time_adds_nothing(tmp_path, folder):
    for f in sorted(folder.iterdir())[1::2]:   # every other report: the progress reads the same, at half the CPU
        f.unlink()
    db = f"sqlite:///{tmp_path}/a.sqlite"
    r = cli("add", str(folder), db=db)
    n = (len(corpus.files()) + 1) // 2
    assert f"{n}/{n} files" in r.stderr and "reports/s" in r.stderr
    assert r.stdout.startswith(f"added {n} reports")
    again = cli_here("add", str(folder), db=db)
    assert again.stdout.startswith(f"added 0 reports") and f"{n} already in the archive" in again.stdout


def test_a_killed_import_leaves_the_archive_consistent_and_resumes(archive_url, folder, read):
    watch = Archive(archive_url)   # migrated before the writer starts; polled without opening it anew
    p = subprocess.Popen([sys.executable, "-m", "core", "archive", "--db", archive_url, "add", str(folder),
                          "--workers", "2"], cwd=ROOT, env=_env(), start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while reports_in(watch) < 10 and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    watch.close()
    n = len(corpus.files())
    stored = consistent(archive_url, read)
    assert 10 <= stored < n
    r = cli_here("add", str(folder), db=archive_url)   # resuming: the real process of `add` ran above
    assert f"{stored} already in the archive" in r.stdout
    assert consistent(archive_url, read) == n


def test_two_writers_at_once_lose_nothing(archive_url, folder, tmp_path, read):
    files = sorted(folder.iterdir())[::2]   # every other report: the race is the same, at half the CPU
    halves = [tmp_path / "one", tmp_path / "two"]
    for h, part in zip(halves, (files[: len(files) * 2 // 3], files[len(files) // 3:])):
        h.mkdir()
        for f in part:
            shutil.copy(f, h / f.name)
    counts(archive_url)
    procs = [subprocess.Popen([sys.executable, "-m", "core", "archive", "--db", archive_url, "add", str(h),
                               "--workers", "1"], cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True) for h in halves]
    outs = [p.communicate(timeout=600)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert consistent(archive_url, read) == len(files)
    assert counts(archive_url)[1] == sum(len(read(f.read_text(encoding="utf-8")).incidents) for f in files)


@pytest.fixture
def filled(tmp_path, read) -> str:
    """An archive of every corpus report, added through the Archive API with the session's readings
    (`python -m core archive add` of a folder is test_adding_a_folder_...'s)."""
    db = f"sqlite:///{tmp_path}/a.sqlite"
    a = Archive(db)
    for f in corpus.files():
        t = f.read_text(encoding="utf-8")
        a.add(t, read(t), source=f.name)
    a.close()
    return db


def test_export_of_a_period_writes_each_strike_once_in_every_format(filled, tmp_path):
    a = Archive(filled)
    import datetime as dt
    lo, hi = dt.date(2016, 1, 1), dt.date(2017, 12, 31)
    with a.engine.connect() as con:
        events = query.summary(con, lo, hi)["events"]
    a.close()
    span = ("--from", "2016-01-01", "--to", "2017-12-31")
    out = tmp_path / "period.csv"
    cli("export", *span, "--format", "csv", "-o", str(out), db=filled)
    back = imports.load(out)
    assert len(back) == events and all("2016-01-01" <= i.date <= "2017-12-31" for i in back)
    geo = json.loads(cli_here("export", *span, "--format", "geojson", db=filled).stdout)
    assert len(geo["features"]) == events
    kml = ET.fromstring(cli_here("export", *span, "--format", "kml", db=filled).stdout.encode())
    assert len(kml.findall(".//{http://www.opengis.net/kml/2.2}Placemark")) == events
    every = json.loads(cli_here("export", *span, "--format", "geojson", "--all-sources", db=filled).stdout)
    assert len(every["features"]) > events


def test_the_acled_export_codes_dozens_as_twelve_and_keeps_the_words(tmp_path):
    db = f"sqlite:///{tmp_path}/a.sqlite"
    report = tmp_path / "r.txt"
    report.write_text("Dozens of civilians were killed in an airstrike on Saraqib on 22 July 2019.\n", encoding="utf-8")
    cli_here("add", str(report), db=db)
    rows = list(csv.DictReader(io.StringIO(cli_here("export", "--format", "acled", db=db).stdout.lstrip("\ufeff"))))
    assert [(r["location"], r["fatalities"], r["sub_event_type"]) for r in rows] == [("Saraqib", "12", "Air/drone strike")]
    assert "Dozens" in rows[0]["notes"] and rows[0]["event_date"] == "2019-07-22"
    assert list(rows[0]) == list(acled.COLUMNS)


def test_an_acled_file_comes_in_once_and_links_with_a_report_of_the_same_strike(tmp_path):
    db = f"sqlite:///{tmp_path}/a.sqlite"
    report = tmp_path / "r.txt"
    report.write_text("Warplanes struck Saraqib on 22 July 2019, killing six civilians.\n", encoding="utf-8")
    cli_here("add", str(report), db=db)
    theirs = tmp_path / "acled.csv"
    theirs.write_text(",".join(acled.COLUMNS) + "\n" + ",".join({
        "event_id_cnty": "SYR12345", "event_date": "22 July 2019", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria (2000-2024)", "admin1": "Idlib",
        "location": "Saraqib", "latitude": "35.8623", "longitude": "36.8049", "geo_precision": "1",
        "notes": "On 22 July 2019 regime warplanes struck Saraqib. Dozens were killed.", "fatalities": "12",
    }.get(c, "") for c in acled.COLUMNS) + "\n", encoding="utf-8")
    first = cli("import-acled", str(theirs), db=db)
    assert "added 1 ACLED events" in first.stdout
    assert "already in the archive" in cli_here("import-acled", str(theirs), db=db).stdout
    a = Archive(db)
    with a.engine.connect() as con:
        s = query.summary(con)
        inc = [x.incident for x in query.incidents(con) if x.incident.id == "SYR12345"][0]
    a.close()
    assert (s["incidents"], s["events"]) == (2, 1)
    assert (inc.killed.low, inc.killed.vague, inc.killed.text, inc.actors) == (12, True, "dozens", ("government",))


def test_a_broken_acled_file_is_refused_with_file_and_line(tmp_path):
    bad = tmp_path / "acled.csv"
    bad.write_text("event_date,sub_event_type,location,latitude,longitude,fatalities\n"
                   "2019-07-22,Air/drone strike,Saraqib,35.86,36.80,12\n"
                   "2019-07-23,Air/drone strike,Saraqib,north,36.80,3\n", encoding="utf-8")
    r = cli("import-acled", str(bad), db=f"sqlite:///{tmp_path}/a.sqlite", check=False)
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: {bad}: line 3: latitude 'north' is not a number"


def test_a_bad_database_url_is_one_line(tmp_path):
    r = cli("list", db="postgresql+psycopg://nobody@127.0.0.1:1/none", check=False)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "cannot open the archive" in r.stderr


def test_a_folder_with_junk_adds_the_reports_and_names_each_refused_file(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(corpus.REPORTS / "ar" / "atarib_market_massacre.txt", d / "good.txt")
    (d / "junk.txt").write_bytes(b"\x00\x01\xff\xfe\x00binary" * 50)
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    r = cli("add", str(d), db=f"sqlite:///{tmp_path}/a.sqlite", check=False)
    assert r.returncode == 2
    assert r.stdout.startswith("added 1 reports") and "2 refused" in r.stdout
    assert f"error: {d / 'junk.txt'} is binary data, not a text report" in r.stderr
    assert f"error: {d / 'empty.txt'}: the report is empty" in r.stderr
