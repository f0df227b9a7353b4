"""A quarter the gazetteer lacks, recorded with its city in data/gazetteer_missing.csv (column city),
is carried by that city where its clause names no other place (issue 12, core/extract/quarters.py);
the quarter stays listed as not mapped. Excerpts of the real passages (tests/reports/real) named beside each."""
import csv

import pytest

from core import DATA
from core.arabic import name_key
from core.extract import extract
from core.gazetteer import load_default


@pytest.mark.parametrize("source, text, city, quarter", [
    ("s_aawsat_2012_tadamon_qasioun_rukneddin_bike",
     "وأفادت لجان التنسيق أيضا بوقوع انفجار دراجة نارية أمام مسجد الركنية في ساحة شمدين في حي ركن الدين شمال"
     " العاصمة، حيث كان يتجمع عدد من عناصر الأمن والشبيحة، مما أدى إلى مقتل 5 من رجال الأمن وإصابة 10 آخرين",
     "دمشق", "ركن الدين"),
    ("s_watanfm_waer_26_raids_parachute_missiles",
     "ويعيش حي الوعر مأساة تعتبر هي الأسوأ في سوريا منذ مأساة حلب، حيث تشن ومنذ 18 يوماً قوات النظام حملة قصف"
     " جوي وبري هي الأعنف على الحي منذ اندلاع الثورة السورية", "حمص", "الوعر"),
    ("n_akhbar_latakia_azhari_rockets",
     "وعصراً، أطلق المسلحون أربعة صواريخ؛ سقط اثنان منها في البحر في منطقة الرمل الجنوبي، فيما سقط الصاروخان"
     " الآخران في أحياء سكنية", "اللاذقية", "الرمل الجنوبي"),
])
def test_a_recorded_quarter_the_gazetteer_lacks_is_carried_by_its_city(source, text, city, quarter):
    x = extract(text, lang="ar")
    assert [i.place.name_ar for i in x.incidents] == [city], x.incidents
    assert quarter in {u.text for u in x.unresolved}


def test_the_city_carries_the_toll_told_beside_its_quarter():
    """s_aawsat_2012_tadamon_qasioun_rukneddin_bike: the motorbike bomb in Rukn al-Din, 5 killed, 10 wounded."""
    x = extract("بوقوع انفجار دراجة نارية في حي ركن الدين شمال العاصمة، مما أدى إلى مقتل 5 من رجال الأمن وإصابة 10"
                " آخرين", lang="ar")
    (got,) = x.incidents
    assert (got.place.name_ar, got.types, got.killed.best, got.wounded.best) == ("دمشق", ("ied",), 5, 10)


def test_a_quarter_in_a_sentence_that_names_its_city_is_that_city_as_a_city_not_its_province():
    """tests/reports/ar/hasakah_shaddadi_car_bomb: وفي مدينة الحسكة، ... بحي غويران: one incident at the city named,
    with the killing told beside the quarter; the city is no province summing up الشدادي's bombing."""
    x = extract("انفجرت سيارة مفخخة صباح اليوم قرب حاجز عند المدخل الجنوبي لمدينة الشدادي في ريف الحسكة الجنوبي،"
                " وأسفر الانفجار عن مقتل أربعة عناصر.\n\nوفي مدينة الحسكة، اغتال مسلحون مجهولون عضواً في المجلس"
                " المحلي بحي غويران بإطلاق النار عليه أمام منزله.", lang="ar")
    got = sorted((i.place.name_ar, i.killed.best) for i in x.incidents)
    assert got == [("الحسكة", 1), ("جسر الشدادي", 4)], x.incidents


def test_an_english_report_naming_a_recorded_quarter_gives_its_city():
    """afp_raqqa_coalition_strikes_jazra_meshleb (tests/reports/real/en): Al-Meshleb is a Raqqa quarter."""
    x = extract("On Wednesday, an AFP journalist entered the city with SDF fighters and witnessed heavy clashes in the"
                " Al-Meshleb neighbourhood, with IS firing mortar rounds towards the advancing forces.", lang="en")
    assert [(i.place.name_en, i.place.level) for i in x.incidents] == [("Raqqa", "city")], x.incidents
    assert "Al-Meshleb" in {u.text for u in x.unresolved}


def test_a_recorded_quarter_spelt_as_an_ordinary_word_is_no_place_where_no_place_must_stand():
    """s_arabi21_waer_10_killed_akrama: النازحين (a Homs quarter) here is the displaced people."""
    x = extract("ويضم الحي عشرات الآلاف من النازحين من أحياء حمص الأخرى التي تهدمت بالكامل بالقصف.", lang="ar")
    assert "حمص" not in {i.place.name_ar for i in x.incidents}


@pytest.mark.parametrize("source, text, word", [
    ("n_963_tadil_abzemo_drones, its day number left out",
     "وكان 6 أشخاص قد قتلوا وأصيب 15 آخرون في تشرين الأول/ أكتوبر الماضي، جراء غارات روسية مكثفة.", "تشرين"),
    ("constructed: القصور الرئاسية, the presidential palaces",
     "وقع انفجار في القصور الرئاسية، ما أدى لإصابة عنصرين.", "القصور"),
])
def test_a_recorded_quarter_named_without_its_cue_word_gives_no_city(source, text, word):
    """A Damascus quarter spelt like the month (تشرين), a Deir ez-Zor one like 'palaces' (القصور): read only
    with a cue word (حي تشرين، حي القصور), they give no city after a bare preposition."""
    got = {i.place.name_ar for i in extract(text, lang="ar").incidents}
    assert not got & {"دمشق", "دير الزور"}, got


def _city_rows():
    with (DATA / "gazetteer_missing.csv").open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.lstrip().startswith("#"))
        return [r for r in rows if (r.get("city") or "").strip()]


@pytest.mark.parametrize("row", _city_rows(), ids=lambda r: r["name_en"])
def test_the_city_of_a_recorded_quarter_is_a_city_or_town_of_its_governorate_and_its_where_says_so(row):
    found = [e for e in load_default().lookup(row["city"]) if e.governorate == row["governorate"]
             and e.level in ("city", "town")]
    assert found and name_key(found[0].name_ar) == name_key(row["city"])
    told = ("quarter", "district", "municipality", found[0].name_en.lower())
    assert any(w in row["where"].lower() for w in told), row["where"]


def test_a_quarter_in_a_sentence_telling_a_period_toll_does_not_bring_back_the_city_it_names():
    """n_zaiton_deir_ezzor_joura_aid_point: last week's three massacres in حي الجورة في مدينة دير الزور are a
    period total; the day's mortar strike stays the city's one incident (no second, earlier one)."""
    x = extract("سقط أكثر من 9 شهداء وجرح آخرون أمس السبت، في حي الجورة المحاصر في دير الزور، جراء قصفٍ بقذائف الهاون"
                " من قبل تنظيم داعش.\nوكان حي الجورة في مدينة دير الزور، الخاضع لسيطرة قوات الأسد، والمحاصر من قبل"
                " تنظيم داعش، شهد الأسبوع الفائت 3 مجازر مشابهة بقذائف داعش، راح ضحيتها أكثر من 15 شهيداً.", lang="ar")
    assert [(i.place.name_ar, i.killed and i.killed.best) for i in x.incidents] == [("دير الزور", 10)], x.incidents
