"""Properties that hold for any input: no crash, offsets inside the text, ids unique."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from core.extract import InputError, extract

WORDS = ["قصف", "الطيران", "الروسي", "حي", "الشعار", "بحلب", "مدينة", "دوما", "وعربين", "أكثر", "من",
         "15", "شهيدا", "وعشرات", "الجرحى", "،", ".", "\n", "airstrike", "Douma", "killed", "3", "في",
         "<script>", "بلدة", "كفربطنا", "دون", "تسجيل", "إصابات", "مجزرة", "Aleppo", "shelling"]


def _check(text: str) -> None:
    try:
        x = extract(text)
    except InputError:
        return
    ids = [i.id for i in x.incidents]
    assert len(ids) == len(set(ids))
    for i in x.incidents:
        assert 0 <= i.evidence.start <= i.evidence.end <= len(text)
        assert text[i.evidence.start:i.evidence.end] == i.evidence.text
        for s, e, _ in i.cues:
            assert 0 <= s <= e <= len(text)
    for m in x.unresolved:
        assert text[m.start:m.end] == m.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_crashes_on_any_unicode(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_offsets_always_inside_the_text_for_report_like_word_salad(text):
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join),
       st.text(alphabet="\u064b\u064e\u0650\u0651\u0640\u200f", max_size=3))
def test_diacritics_and_tatweel_do_not_shift_offsets(text, noise):
    _check(noise.join(text))


def test_a_nul_anywhere_is_refused_like_one_near_the_start():
    """Issue 13: a NUL after character 200,000 was accepted while one at 500 was refused."""
    from core.extract import check_text
    body = "Regime warplanes struck Douma, killing 3 people.\n" * 5_000
    for at in (500, 240_000):
        with pytest.raises(InputError, match="binary"):
            check_text(body[:at] + "\x00" + body[at:])


@pytest.mark.parametrize("name", ["ar/lcc_toll_governorate_lines", "en/brief_bullets_hasakah_prison",
                                  "ar/civil_defence_idlib_bullets"])
def test_old_mac_line_ends_read_like_lf_even_when_pasted(name):
    """Issue 13: CR-only text gave other incidents than LF or CRLF; a paste never passes through
    core.textio, so extract() itself reads a lone CR as a line break."""
    from pathlib import Path
    from core.model import to_dict
    lf = (Path(__file__).parent / "reports" / f"{name}.txt").read_text(encoding="utf-8")
    assert "\n" in lf
    assert to_dict(extract(lf.replace("\n", "\r"))) == to_dict(extract(lf))
