"""Long texts are read in sections of about CHUNK_CHARS characters, in forked workers where that is
safe: the result is the same whatever the number of workers, and merges across sections."""
import os
from pathlib import Path

import pytest

from core import extract as ex
from core.extract import sections
from core.gazetteer import load_default
from core.model import to_dict

REPORTS = Path(__file__).parent / "reports"


def _long_report(lang: str, chars: int) -> str:
    paras = [p for f in sorted((REPORTS / lang).glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, n, k = [], 0, 0
    while n < chars:
        out.append(paras[k % len(paras)])
        n += len(out[-1]) + 1
        k += 7
    return "\n".join(out)


POOL_MIN_CHARS = 3 * ex.CHUNK_CHARS


@pytest.fixture
def pool_from_three_sections(monkeypatch):
    """A text of over three sections goes to the pool (PARALLEL_MIN_CHARS in use is six): the pool's
    result does not depend on the length, and the pool tests read half as much."""
    monkeypatch.setattr(sections, "PARALLEL_MIN_CHARS", POOL_MIN_CHARS)


@pytest.fixture(scope="module")
def read_alone():
    """`read_alone(lang)`: a long report of that language (just over POOL_MIN_CHARS) and its
    reading in this one process, once per module: the pool tests compare their readings with it."""
    done = {}

    def read_alone(lang: str):
        if lang not in done:
            text = _long_report(lang, POOL_MIN_CHARS + 25_000)
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("INCIDENT_MAP_WORKERS", "1")
                done[lang] = text, to_dict(ex.extract(text))
        return done[lang]
    return read_alone


@pytest.mark.usefixtures("pool_from_three_sections")
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_two_workers_give_exactly_what_one_gives(lang, monkeypatch, read_alone):
    text, one = read_alone(lang)
    parts = list(sections.chunks(text, 0, len(text)))
    assert len(parts) >= 3
    monkeypatch.setenv("INCIDENT_MAP_WORKERS", "2")
    assert sections.workers(sections.Job(text, None, None, None, parts)) == 2
    two = to_dict(ex.extract(text))
    assert one == two
    assert one["incidents"]


def test_the_same_place_in_two_sections_is_one_incident_with_both_facts():
    filler = "\n".join(["وعقد مجلس الأمن جلسة لبحث الأوضاع الإنسانية في البلاد."] * 2_500)
    text = ("قصف الطيران الحربي مدينة دوما ما أدى لاستشهاد 3 مدنيين.\n" + filler +
            "\nوقصفت قوات النظام مدينة دوما بقذائف الهاون.\n")
    assert len(list(sections.chunks(text, 0, len(text)))) >= 2
    douma = [i for i in ex.extract(text, lang="ar").incidents if i.place.name_en == "Douma"]
    assert len(douma) == 1
    assert {"airstrike", "mortar"} <= set(douma[0].types)
    assert douma[0].killed.best == 3


def test_groups_of_later_sections_are_numbered_after_earlier_ones():
    shared = "قصف الطيران الحربي بلدات زملكا وسقبا وحمورية ما أدى لسقوط عشرات الجرحى.\n"
    filler = "\n".join(["وعقد مجلس الأمن جلسة لبحث الأوضاع الإنسانية في البلاد."] * 2_500)
    later = "قصف الطيران المروحي بلدتي مضايا والزبداني ما أدى لسقوط عدد من الجرحى.\n"
    x = ex.extract(shared + filler + "\n" + later, lang="ar")
    groups = {i.place.name_en: i.group for i in x.incidents}
    assert len({g for g in groups.values() if g}) == 2


def test_the_pool_reads_every_section_once():
    text = _long_report("ar", 4 * ex.CHUNK_CHARS)   # pooled() is called directly: no length threshold
    job = sections.Job(text, None, None, load_default(), list(sections.chunks(text, 0, len(text))))
    assert len(job.sections) >= 3
    notes = []
    done = sections.pooled(job, 2, notes)
    assert sorted(done) == list(range(len(job.sections)))
    assert notes == []


@pytest.mark.usefixtures("pool_from_three_sections")
def test_a_worker_that_fails_is_reported_on_stderr_and_in_the_notes(monkeypatch, capfd, read_alone):
    text, alone = read_alone("en")
    parent, real = os.getpid(), sections.read_section

    def fails_in_a_worker(k, job):
        if k == 1 and os.getpid() != parent:
            raise RuntimeError("the worker broke")
        return real(k, job)
    monkeypatch.setattr(sections, "read_section", fails_in_a_worker)
    monkeypatch.setenv("INCIDENT_MAP_WORKERS", "2")
    x = ex.extract(text)
    assert len(x.notes) == 1 and "section 2" in x.notes[0] and "RuntimeError: the worker broke" in x.notes[0]
    assert "a worker failed on section 2" in capfd.readouterr().err
    got = to_dict(x)
    assert got.pop("notes") == list(x.notes)
    assert got == alone


@pytest.mark.usefixtures("pool_from_three_sections")
def test_a_worker_that_dies_is_reported_and_its_sections_read_here(monkeypatch, capfd, read_alone):
    text, alone = read_alone("ar")
    parent, real = os.getpid(), sections.read_section

    def dies_in_a_worker(k, job):
        if k == 1 and os.getpid() != parent:
            os._exit(3)
        return real(k, job)
    monkeypatch.setattr(sections, "read_section", dies_in_a_worker)
    monkeypatch.setenv("INCIDENT_MAP_WORKERS", "2")
    x = ex.extract(text)
    assert len(x.notes) == 1 and x.notes[0].startswith("a worker process died;")
    assert "a worker process died" in capfd.readouterr().err
    got = to_dict(x)
    got.pop("notes")
    assert got == alone


@pytest.mark.parametrize("english, arabic, lang", [(3, 1, "en"), (1, 3, "ar")])
def test_a_report_of_english_and_arabic_sections_takes_the_language_of_most_letters(english, arabic, lang):
    en = _long_report("en", english * ex.CHUNK_CHARS)
    ar = _long_report("ar", arabic * ex.CHUNK_CHARS)
    assert len(list(sections.chunks(en + "\n" + ar, 0, len(en) + 1 + len(ar)))) >= 4
    assert ex.extract(en + "\n" + ar).report.lang == lang
