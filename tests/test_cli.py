"""`python -m core extract` as a user runs it: real process, real files, exit codes per the contract.
The cases of a behaviour that another test here pins on the real process call the same command line
in this process (`in_process`, tests/clirun.py)."""
import json
import subprocess
import sys

import pytest

from core import DATA, ROOT
from tests.clirun import in_process

SEED = DATA / "examples" / "aleppo_ghouta_report_ar.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "core", *args], input=stdin, capture_output=True, cwd=ROOT)


def test_extract_prints_contract_json():
    r = run("extract", str(SEED), "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) == {"report", "incidents", "unresolved"}
    assert out["report"]["lang"] == "ar" and out["report"]["chars"] == len(SEED.read_text(encoding="utf-8"))
    first = out["incidents"][0]
    for key in ("id", "place", "types", "weapons", "actors", "killed", "wounded", "massacre", "evidence", "confidence"):
        assert key in first


def test_extract_reads_standard_input():
    r = run("extract", "-", stdin="قصف الطيران الحربي مدينة دوما ما أدى لسقوط 3 شهداء.".encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["incidents"][0]["killed"]["best"] == 3


def test_text_without_incidents_is_success_with_an_empty_list():
    r = in_process("extract", "-", stdin="اجتمع وزراء الخارجية في جنيف لبحث الأزمة.".encode())
    assert r.returncode == 0
    assert json.loads(r.stdout)["incidents"] == []


@pytest.mark.parametrize("stdin, words, how", [
    (b"", "empty", run),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary", in_process),
    (b"caf\xe9 \xe9t\xe9 \xfa latin-1 text", "UTF-8", in_process),
])
def test_bad_input_exits_2_with_one_line(stdin, words, how):
    r = how("extract", "-", stdin=stdin)
    assert r.returncode == 2
    err = r.stderr.decode().strip()
    assert words in err and len(err.splitlines()) == 1


def test_missing_file_exits_2():
    r = run("extract", "no/such/report.txt")
    assert r.returncode == 2 and "cannot read" in r.stderr.decode()


def test_bad_date_exits_2():
    r = in_process("extract", str(SEED), "--date", "25/10/2016")
    assert r.returncode == 2


def test_date_option_sets_report_date():
    r = run("extract", str(SEED), "--date", "2016-10-25")
    assert json.loads(r.stdout)["report"]["date"] == "2016-10-25"


def test_lang_option_forces_the_language():
    """The Arabic example read as English: the option wins over the letters."""
    r = in_process("extract", str(SEED), "--lang", "en")
    assert json.loads(r.stdout)["report"]["lang"] == "en"
