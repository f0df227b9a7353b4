"""Long texts are read in sections of about CHUNK_CHARS characters, in forked workers where that is
safe: the result is the same whatever the number of workers, and merges across sections."""
from pathlib import Path

import pytest

from core import extract as ex
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


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_two_workers_give_exactly_what_one_gives(lang, monkeypatch):
    text = _long_report(lang, ex.PARALLEL_MIN_CHARS + 50_000)
    sections = list(ex._chunks(text, 0, len(text)))
    assert len(sections) >= 3
    monkeypatch.setenv("INCIDENT_MAP_WORKERS", "1")
    one = to_dict(ex.extract(text))
    monkeypatch.setenv("INCIDENT_MAP_WORKERS", "2")
    assert ex._workers(ex._Job(text, None, None, None, sections)) == 2
    two = to_dict(ex.extract(text))
    assert one == two
    assert one["incidents"]


def test_the_same_place_in_two_sections_is_one_incident_with_both_facts():
    filler = "\n".join(["وعقد مجلس الأمن جلسة لبحث الأوضاع الإنسانية في البلاد."] * 2_500)
    text = ("قصف الطيران الحربي مدينة دوما ما أدى لاستشهاد 3 مدنيين.\n" + filler +
            "\nوقصفت قوات النظام مدينة دوما بقذائف الهاون.\n")
    assert len(list(ex._chunks(text, 0, len(text)))) >= 2
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


def test_workers_share_the_section_numbers_of_one_pipe_each_taken_once():
    r, w = ex.os.pipe()
    with ex.os.fdopen(w, "wb") as f:
        f.write(b"".join(k.to_bytes(ex._TASK_BYTES, "little") for k in range(300)))
    first, second = ex._claimed(r), ex._claimed(r)
    taken_first, taken_second = [], []
    for _ in range(100):
        taken_first.append(next(first))
        taken_second += [next(second), next(second)]
    assert next(first, None) is None and next(second, None) is None
    ex.os.close(r)
    assert sorted(taken_first + taken_second) == list(range(300))
    assert not set(taken_first) & set(taken_second)


@pytest.mark.parametrize("english, arabic, lang", [(3, 1, "en"), (1, 3, "ar")])
def test_a_report_of_english_and_arabic_sections_takes_the_language_of_most_letters(english, arabic, lang):
    en = _long_report("en", english * ex.CHUNK_CHARS)
    ar = _long_report("ar", arabic * ex.CHUNK_CHARS)
    assert len(list(ex._chunks(en + "\n" + ar, 0, len(en) + 1 + len(ar)))) >= 4
    assert ex.extract(en + "\n" + ar).report.lang == lang
