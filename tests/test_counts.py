"""Casualty counts read the way the contract says, on sentences of real-report shape."""
import pytest

from core.extract import extract


def only(text, **kw):
    x = extract(text, **kw)
    assert len(x.incidents) == 1, [(i.place.name_en, i.types) for i in x.incidents]
    return x.incidents[0]


@pytest.mark.parametrize("sentence, low, best, high, vague", [
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط 3 شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط ٣ شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط ثلاثة شهداء.", 3, 3, 3, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط خمسة عشر شهيدا.", 15, 15, 15, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط خمسة وعشرين شهيدا.", 25, 25, 25, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط شهيد.", 1, 1, 1, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط شهيدين.", 2, 2, 2, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط أكثر من 15 شهيدا.", 16, 16, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط نحو 20 شهيدا.", None, 20, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط حوالي 20 قتيلا.", None, 20, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط عدد من الشهداء.", 2, 3, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط عشرات الشهداء.", 24, 36, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى لسقوط مئات الضحايا.", 200, 300, None, True),
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل 5 مدنيين.", 5, 5, 5, False),
    ("قصف الطيران الحربي مدينة دوما ما أدى إلى مقتل طفلين.", 2, 2, 2, False),
    ("قصف الطيران الحربي مدينة دوما دون تسجيل أي إصابات.", 0, 0, 0, False),
])
def test_killed_count_forms(sentence, low, best, high, vague):
    k = only(sentence).killed
    assert (k.low, k.best, k.high, k.vague) == (low, best, high, vague)


def test_dozens_of_wounded_is_vague_with_low_24():
    w = only("قصفت قوات النظام بلدة عربين بالمدفعية ما أدى لسقوط عشرات الجرحى.").wounded
    assert (w.low, w.vague) == (24, True)
    assert w.label() == "≈24+"


def test_direct_hit_is_not_a_wounded_person():
    i = only("استهدف الثوار تجمعا لقوات الأسد في بلدة الريحان بقذائف الهاون محققين إصابة مباشرة.")
    assert i.wounded is None


def test_no_casualties_is_zero_not_null():
    i = only("ألقت مروحيات الأسد براميل متفجرة على بلدة خان الشيح دون تسجيل إصابات.")
    assert (i.killed.best, i.wounded.best) == (0, 0)


def test_a_number_of_dead_and_wounded_gives_both_counts():
    i = only("قصفت قوات النظام بلدة سقبا بقذائف الهاون ما أدى لسقوط عدد من القتلى والجرحى.")
    assert i.killed.low == 2 and i.wounded.low == 2


def test_count_text_is_the_phrase_as_written():
    text = "قصف الطيران الحربي مدينة دوما ما أدى لسقوط أكثر من ١٥ شهيداً."
    k = only(text).killed
    assert k.text in text and "١٥" in k.text


@pytest.mark.parametrize("text, low, best, high", [
    ("Coalition strikes on Raqqa killed between 4 and 11 civilians.", 4, 7, 11),
    ("Between four and 11 civilians were killed when Coalition aircraft struck Raqqa.", 4, 7, 11),
    ("قتل ما بين 10 و20 مدنيا بغارات على مدينة الرقة.", 10, 15, 20),
])
def test_a_range_keeps_both_ends_and_its_middle_as_best(text, low, best, high):
    k = extract(text).incidents[0].killed
    assert (k.low, k.best, k.high, k.vague) == (low, best, high, True)


@pytest.mark.parametrize("text, low", [
    ("قتلت غارات التحالف 23 مدنياً على الأقل في بلدة الشحيل.", 23),
    ("قتلت غارات التحالف أكثر من 23 مدنياً في بلدة الشحيل.", 24),
    ("قتلت غارات التحالف ما لا يقل عن 23 مدنياً في بلدة الشحيل.", 23),
])
def test_a_qualified_count_after_verb_and_subject_or_with_a_trailing_at_least(text, low):
    k = extract(text).incidents[0].killed
    assert (k.low, k.high, k.vague) == (low, None, True)


@pytest.mark.parametrize("text, killed", [
    ("قُتل رجل وزوجته جراء قصف على مدينة تلبيسة.", 2),
    ("قتلت امرأة وطفلاها بقصف على مدينة تلبيسة.", 3),
    ("A coalition air strike on Tabqa killed a family of five.", 5),
])
def test_families_add_up(text, killed):
    assert extract(text).incidents[0].killed.best == killed


def test_only_material_damage_means_no_casualties():
    i = extract("Rebels fired rockets at Jaramana, causing material damage only.").incidents[0]
    assert (i.killed.best, i.wounded.best) == (0, 0)


def test_a_count_before_a_list_of_places_is_shared_by_the_list():
    x = extract("أصيب 30 شخصاً في الحولة وتلدو وكفرلاها بقصف صاروخي.")
    assert [(i.wounded.best, i.wounded.shared) for i in x.incidents] == [(30, True)] * 3


@pytest.mark.parametrize("text, killed, wounded", [
    ("قصفت الطائرات حي الصاخور ما أسفر عن ارتقاء ١٢ شهيداً بينهم أربعة أطفال وإصابة العشرات.", (12, False), (24, True)),
    ("ألقت مروحية برميلاً على بلدة الشيفونية وبلغ عدد المصابين ١٨، دون تسجيل وفيات.", (0, False), (18, False)),
    ("طال القصف المدفعي حي قاضي عسكر دون أن يسفر عن إصابات.", (0, False), (0, False)),
    ("استهدف قناص بلدة مضايا شاباً ما أدى لاستشهاده.", (1, False), None),
])
def test_arabic_count_wordings(text, killed, wounded):
    i = extract(text).incidents[0]
    assert (i.killed.best, i.killed.vague) == killed
    assert (wounded is None and i.wounded is None) or (i.wounded.low, i.wounded.vague) == wounded


@pytest.mark.parametrize("text", [
    "وأحصى مكتب التوثيق في مدينة درعا مقتل 95 مدنياً منذ بدء الحملة على المحافظة، وقصفت قوات النظام المدينة.",
    "Airstrikes on Douma have killed 250 people since the start of the offensive.",
])
def test_a_cumulative_toll_is_no_incident_count(text):
    assert all(i.killed is None for i in extract(text).incidents)


def test_a_toll_broken_down_by_governorate_makes_no_incident():
    x = extract("وثق فريق الشبكة مقتل 19 مدنياً يوم أمس، وجاءت الحصيلة موزعة على المحافظات كالتالي: إدلب 9، حماة 6، درعا 4.")
    assert x.incidents == ()


@pytest.mark.parametrize("text, actor, low, vague", [
    ("اغتال مسلحون مجهولون عنصراً سابقاً في مدينة جاسم.", "unknown", 1, False),
    ("قتل مسلحون مجهولون شخصين في بلدة اليادودة.", "unknown", 2, False),
    ("قتلت قوات النظام خمسة مدنيين في بلدة الحراك.", "government", 5, False),
    ("قضت وحدات من الجيش العربي السوري على عدد من الإرهابيين في محيط بلدة كنسبا.", "government", 2, True),
])
def test_a_casualty_verb_counts_the_people_after_its_attacker_subject(text, actor, low, vague):
    i = only(text)
    assert actor in i.actors
    assert (i.killed.low, i.killed.vague) == (low, vague)


@pytest.mark.parametrize("text, kind, best", [
    ("أصيب مدنيان بجروح جراء قصف مدفعي على بلدة خان أرنبة.", "wounded", 2),
    ("قصف صاروخي على مدينة الكسوة أدى إلى إصابة سبعة عشر عسكرياً.", "wounded", 17),
    ("اغتال مسلحون مجهولون عضواً في المجلس المحلي في مدينة الحسكة.", "killed", 1),
])
def test_duals_soldiers_and_members_are_counted_people(text, kind, best):
    assert getattr(only(text), kind).best == best


@pytest.mark.parametrize("text, killed", [
    ("اشتباكات في بلدة ذيبان قتل خلالها أحد عشر عنصراً من التنظيم وثلاثة من قسد.", 14),
    ("انفجرت سيارة مفخخة في مدينة الشدادي ما أدى لمقتل أربعة عناصر من الحاجز ومدنيين اثنين.", 6),
    ("قتل 5 عناصر من قوات النظام و3 مدنيين في بلدة الحراك.", 8),
    ("قتل 4 عناصر من قوات النظام وأصيب 3 آخرون في بلدة الحراك.", 4),
])
def test_people_counted_after_wa_add_to_the_count_before_them(text, killed):
    assert only(text).killed.best == killed


@pytest.mark.parametrize("phrase, low", [
    ("a handful of people were killed", 2),
    ("a number of people were killed", 2),
    ("a couple of people were killed", 2),
    ("scores of people were killed", 24),
])
def test_a_quantity_ending_in_of_counts_people_before_the_verb(phrase, low):
    k = only(f"Helicopters dropped barrel bombs on Daraa city. {phrase.capitalize()}.").killed
    assert (k.low, k.vague) == (low, True)


@pytest.mark.parametrize("text, best", [
    ("The death toll from yesterday's airstrikes on Saraqib has risen to 9 civilians.", 9),
    ("The death toll from the Russian strikes on Ariha rose to 14, activists said.", 14),
    ("The death toll in Douma climbed to at least 21.", 21),
])
def test_a_death_toll_takes_the_figure_it_rose_to(text, best):
    assert only(text).killed.best == best


@pytest.mark.parametrize("text", [
    "Jets struck Kafr Zita, killing a woman. Syria's civil war has killed nearly half a million people since it began in March 2011.",
    "Jets struck Kafr Zita, killing a woman. The war has killed more than 400,000 people since the uprising.",
])
def test_the_toll_of_the_whole_war_is_no_incident_count(text):
    assert only(text).killed.best == 1


def test_an_actor_after_an_indefinite_article_before_a_person_noun_is_the_victim():
    i = only("Unidentified gunmen shot dead a former rebel commander in Tafas.")
    assert i.actors == ("unknown",) and i.killed.best == 1


@pytest.mark.parametrize("text, best", [
    ("A chemical attack on Douma killed 1,200 people.", 1200),
    ("Barrel bombs hit Douma, where 40,000 people live, killing 12 civilians.", 12),
])
def test_a_thousands_comma_stays_inside_its_number(text, best):
    assert only(text).killed.best == best


@pytest.mark.parametrize("text, kind, low, vague", [
    ("ارتقت طفلة جراء قصف صاروخي على مدينة السقيلبية.", "killed", 1, False),
    ("ارتقى ثلاثة شهداء جراء قصف صاروخي على مدينة السقيلبية.", "killed", 3, False),
    ("انفجر لغم في مدينة الطبقة وأصيبت والدتهم بجروح خطيرة.", "wounded", 1, False),
    ("أصيب بضعة مدنيين بقذيفة هاون على بلدة الشيخ مسكين.", "wounded", 2, True),
])
def test_martyr_verbs_feminine_verbs_family_nouns_and_a_few(text, kind, low, vague):
    c = getattr(only(text), kind)
    assert (c.low, c.vague) == (low, vague)


@pytest.mark.parametrize("text, low, best, high, vague", [
    ("قتل ما بين خمسة إلى سبعة عناصر بهجوم على حاجز في بلدة داعل.", 5, 6, 7, True),
    ("سقط ما بين 5 إلى 7 شهداء بقصف على بلدة داعل.", 5, 6, 7, True),
    ("قتل شخص واحد على الأقل برصاص مجهولين في مدينة الصنمين.", 1, 1, None, True),
    ("قتل شخص واحد برصاص مجهولين في مدينة الصنمين.", 1, 1, 1, False),
])
def test_ranges_with_ila_and_a_restated_one_with_at_least(text, low, best, high, vague):
    k = only(text).killed
    assert (k.low, k.best, k.high, k.vague) == (low, best, high, vague)


@pytest.mark.parametrize("text, kind, low, best, vague", [
    ("ارتفع إلى 23 عدد الشهداء الذين قضوا جراء القصف الصاروخي على مدينة تلبيسة.", "killed", 23, 23, False),
    ("ارتفع عدد الشهداء إلى 23 جراء القصف الصاروخي على مدينة تلبيسة.", "killed", 23, 23, False),
    ("استشهد رجل وأصيب آخرون بقصف بقذائف الهاون على مدينة تلبيسة.", "wounded", 2, 3, True),
])
def test_an_updated_toll_and_uncounted_others(text, kind, low, best, vague):
    c = getattr(only(text), kind)
    assert (c.low, c.best, c.vague) == (low, best, vague)


@pytest.mark.parametrize("text", [
    "Coalition jets struck Hajin, killing 12–18 civilians.",
    "Coalition jets struck Hajin, killing 12-18 civilians.",
    "12-18 civilians were killed when Coalition jets struck Hajin.",
])
def test_a_range_written_with_a_dash_is_a_range_not_one_number(text):
    k = only(text).killed
    assert (k.low, k.best, k.high, k.vague) == (12, 15, 18, True)


@pytest.mark.parametrize("text, low, high", [
    ("Three civilians, a man and his two sons, were killed when a Coalition air strike hit their car in al-Susah.", 3, 3),
    ("Five people, two women and three children, were killed by shelling on Douma.", 5, 5),
    ("Between 12 and 18 civilians, including at least seven children from the al-Hassan family, were killed "
     "when Coalition aircraft struck homes in Hajin.", 12, 18),
])
def test_the_count_before_an_aside_that_counts_the_people_again_is_the_toll(text, low, high):
    k = only(text).killed
    assert (k.low, k.high) == (low, high)


@pytest.mark.parametrize("text, best", [
    ("Turkish artillery shelled Arima, wounding a child and his mother.", 2),
    ("Jets struck Douma, wounding a man and his wife.", 2),
    ("Jets struck Douma, wounding a woman and her two children.", 3),
])
def test_people_joined_by_and_his_or_her_add_up(text, best):
    assert only(text).wounded.best == best


BREAKDOWN = "وثقت اللجان 40 شهيداً اليوم، موزعين على المحافظات كالتالي:\n"


@pytest.mark.parametrize("lines, expected", [
    ("حلب: 17 شهيداً.\nدرعا: 9 شهداء.", []),
    ("إدلب: 8 شهداء، بينهم 5 في مدينة سراقب بغارة جوية.", [("سراقب", 5)]),
    ("دمشق وريفها: 20 شهيداً، بينهم 12 في مدينة داريا جراء البراميل، و8 في بلدة ببيلا بقذائف الهاون.",
     [("داريا", 12), ("ببيلا", 8)]),
    ("حلب: قتل 3 مدنيين بقصف على حي الشعار.", [("الشعار", 3)]),
])
def test_the_lines_of_a_breakdown_give_area_tolls_and_the_places_inside_their_own(lines, expected):
    x = extract(BREAKDOWN + lines)
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == expected


def test_a_breakdown_ends_at_a_blank_line():
    x = extract(BREAKDOWN + "حلب: 17 شهيداً.\n\nحماة: قتل 4 مدنيين في مدينة اللطامنة.")
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == [("اللطامنة", 4)]


@pytest.mark.parametrize("text, killed", [
    ("اشتباكات في بلدة ذيبان، ما أسفر عن مقتل تسعة مقاتلين من الطرفين، إضافة إلى مدنيين اثنين برصاص قناصة.", 11),
    ("اشتباكات في بلدة ذيبان أسفرت عن مقتل 9 مقاتلين من الطرفين بالإضافة إلى 3 مدنيين.", 12),
    ("استهدف صاروخ موجه سيارة مدنية قرب قرية قلب لوزة، ما أدى لمقتل سائقها.", 1),
])
def test_people_in_addition_raise_the_count_and_a_driver_is_one(text, killed):
    assert only(text).killed.best == killed


def test_a_year_before_a_dash_does_not_count_the_dead_after_it():
    i = only("إدلب، الثلاثاء 25 تشرين الأول 2016 – قُتل اثنا عشر مدنياً جراء غارات روسية على مدينة جسر الشغور.")
    assert i.killed.best == 12


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_tables_header_row_names_the_count_of_each_column(sep):
    rows = [["Location", "Incident", "Killed", "Injured"], ["Sarmin", "Airstrikes", "4", "11"],
            ["Binnish", "Shelling", "0", "unknown"]]
    x = extract("\n".join(sep.join(r) for r in rows))
    got = {i.place.name_en: (i.killed.best, i.wounded.best if i.wounded else None) for i in x.incidents}
    assert got == {"Sarmin": (4, 11), "Binnish": (0, None)}


def test_numbers_in_a_table_without_casualty_columns_are_no_counts():
    x = extract("Location | Incident | Trucks\nSarmin | Airstrikes | 4")
    assert x.incidents[0].killed is None and x.incidents[0].wounded is None


@pytest.mark.parametrize("text, killed", [
    ("The airstrike on Saraqib claimed the lives of 9 civilians.", 9),
    ("Dozens of civilians were killed or wounded in airstrikes on Douma.", None),
    ("Regime forces killed and wounded 20 people in Douma with artillery.", None),
])
def test_lives_claimed_and_killed_or_wounded_together(text, killed):
    k = only(text).killed
    assert (k.best if k else None) == killed


def test_an_actor_after_by_is_the_agent_of_a_passive_attack_verb():
    assert one_actor("Ariha was struck by Russian missiles, with 6 civilians killed.") == ("russia",)


def one_actor(text):
    return only(text).actors


@pytest.mark.parametrize("text, best", [
    ("Jets struck Douma, killing 3 children, and 2 women.", 5),
    ("Clashes raged in Kafr Nabouda. SOHR documented the death of 27 members of regime forces and loyal "
     "militiamen, and 19 jihadists.", 46),
    ("Jets struck Douma, killing 5 civilians, and wounding 10.", 5),
])
def test_and_more_counted_people_after_a_comma_add_to_the_count(text, best):
    assert only(text).killed.best == best


@pytest.mark.parametrize("text", [
    "Nine people \u2014 four of them children \u2014 were killed when jets struck Saraqib.",
    "Nine people -- four of them children -- were killed when jets struck Saraqib.",
    "Jets struck Saraqib late on Sunday, killing nine (four of them children).",
])
def test_a_sub_count_between_dashes_or_brackets_leaves_the_toll(text):
    assert only(text).killed.best == 9


def test_a_twin_bombing_is_an_ied():
    assert only("ISIS claimed a twin bombing in Sayyida Zeinab that killed 83 people.").types == ("ied",)


@pytest.mark.parametrize("text, got", [
    ("Regime forces pounded Eastern Ghouta, killing 47 people, including 12 in Douma and 9 in Hamouria.",
     {"Douma": 12, "Hammouriyeh": 9}),
    ("Airstrikes on Idlib province killed 20 civilians, including 8 in Ariha, 5 in Sarmin and 3 in Binnish.",
     {"Ariha": 8, "Sarmin": 5, "Binnish": 3}),
    ("Airstrikes hit Saraqib, killing 20 civilians, including 8 children.", {"Saraqib": 20}),
])
def test_a_toll_broken_down_by_place_after_including_gives_each_place_its_part(text, got):
    assert {i.place.name_en: i.killed.best for i in extract(text).incidents} == got


def test_killed_and_wounded_given_as_one_figure_count_neither():
    i = only("مقتل وإصابة 12 شخصاً بقصف مدفعي على بلدة تفتناز.")
    assert i.killed is None and i.wounded is None


@pytest.mark.parametrize("text, kind, best", [
    ("أصيب مسعفان من الهلال الأحمر بقصف على سيارة إسعاف قرب مدينة سراقب.", "wounded", 2),
    ("أعدمت قوات النظام ميدانياً ستة شبان في بلدة التمانعة.", "killed", 6),
    ("قتلت عائلة من سبعة أفراد بغارة على بلدة معرشورين.", "killed", 7),
])
def test_dual_medics_executions_and_family_members(text, kind, best):
    assert getattr(only(text), kind).best == best


@pytest.mark.parametrize("text, killed", [
    ("شن الطيران الحربي غارات على مدينة خان شيخون، أسفرت إحداها عن مجزرة بحق عائلة من سبعة أفراد.", 7),
    ("ارتكبت قوات النظام مجزرة بحق 12 مدنياً في بلدة التمانعة.", 12),
])
def test_a_massacre_against_people_counts_them_killed(text, killed):
    i = only(text)
    assert i.massacre and i.killed.best == killed


def test_a_verb_before_a_casualty_noun_does_not_take_the_next_count():
    i = only("ارتقى شهيد وأصيب 4 مدنيين جراء قذائف صاروخية على بلدة السقيلبية.")
    assert (i.killed.best, i.wounded.best) == (1, 4)


@pytest.mark.parametrize("text, kind, best", [
    ("أصيب نحو مئتي شخص بقصف كيماوي على مدينة دوما.", "wounded", 200),
    ("قتل خمسمائة شخص في مدينة دوما.", "killed", 500),
    ("قتل ستمئة وعشرون شخصاً في مدينة دوما.", "killed", 620),
])
def test_hundreds_in_construct_and_with_the_older_spelling(text, kind, best):
    assert getattr(only(text), kind).best == best


@pytest.mark.parametrize("text, kind, best", [
    ("Airstrikes on Saraqib killed one hundred and twenty people.", "killed", 120),
    ("One hundred and twenty people were killed in airstrikes on Saraqib.", "killed", 120),
    ("Two hundred and five civilians were wounded in shelling on Douma.", "wounded", 205),
    ("Airstrikes on Saraqib killed two hundred people and wounded twenty.", "killed", 200),
])
def test_hundreds_and_a_smaller_number_word_are_one_number(text, kind, best):
    assert getattr(only(text), kind).best == best


@pytest.mark.parametrize("text, best", [
    ("Five members of the same family were killed in an airstrike on Ariha.", 5),
    ("Three members of the White Helmets were killed in an airstrike on Ariha.", 3),
    ("Three members of the Syrian Civil Defence were killed in an airstrike on Ariha.", 3),
])
def test_a_person_noun_with_a_short_of_group_before_the_verb_takes_its_number(text, best):
    assert only(text).killed.best == best


@pytest.mark.parametrize("text, kind, best", [
    ("استشهاد مواطنة وطفليها جراء قصف جوي على قرية الهبيط.", "killed", 3),
    ("أصيبت ثلاث مواطنات بقصف على بلدة كنصفرة.", "wounded", 3),
    ("استشهدت فتاة بقصف على بلدة كنصفرة.", "killed", 1),
])
def test_feminine_person_nouns_are_counted_people(text, kind, best):
    assert getattr(only(text), kind).best == best


@pytest.mark.parametrize("sentence", [
    "Shelling on Douma with no fatalities and three wounded.",
    "قصف على دوما دون إصابات و ثلاثة جرحى",
])
def test_no_casualties_then_and_a_number_word_reads_the_wounded_without_crashing(sentence):
    douma = only(sentence)
    assert (douma.killed.best, douma.wounded.best) == (0, 3)
