"""More count classes of issue 12 (Arabic counts), each pinned on excerpts of real passages
(tests/reports/real, the file named beside each)."""
import pytest

from core.extract import clauses, lookup
from core.extract.doc import Doc
from core.extract.engine import engine, gazetteer_or_default
from core.extract.state import State
from core.quantities import CountReader
from tests.test_counts_real import incident


@pytest.mark.parametrize("source, text, place, low", [
    ("ar/n_spa_al_bab_market_airstrike_2014",
     "قتل 11 مدنياً اليوم في قصف لقوات نظام الأسد على مدينة الباب في ريف محافظة حلب في شمال سوريا. وأفاد المرصد"
     " السوري لحقوق الإنسان بأن الطيران الحربي شن اليوم ست غارات على مناطق في مدينة الباب، مشيرًا إلى أن إحداها"
     " \" استهدفت منطقة بالقرب من سوق شعبي تشهد تجمعاً للمواطنين، ما أدى إلى مقتل ما لا يقل عن 11 مواطنًا وسقوط"
     " أكثر من 17 جريحًا بينهم أطفال ونساء \" .", "الباب", 11),
    ("en/ap_sbs_al_quds_sukkari_msf_outraged",
     "Twenty people, including doctors and children, have died in airstrikes on a hospital in rebel-held Aleppo,"
     " Syria. Médecins Sans Frontières has condemned the airstrikes.\n\nMédecins Sans Frontières has condemned a"
     " series of airstrike that have killed at least 20 people in the Syrian city of Aleppo overnight.\n\nThe"
     " strikes hit shortly before midnight on Wednesday, according to opposition activists and rescue workers."
     " They struck a well-known field hospital in the rebel-held district of al-Sukkari in Aleppo.", "السكري", 20),
])
def test_a_figure_told_as_a_floor_wins_over_the_same_figure_told_bare(source, text, place, low):
    killed = incident(text, place).killed
    assert (killed.low, killed.vague) == (low, True)


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_shorouk_suleimaniyeh_mortars_two_sources",
     "قتل عشرة مدنيين، السبت، في قصف بالقذائف الصاروخية على احياء في مدينة حلب. وقال المرصد السوري لحقوق"
     " الإنسان، في بريد إلكتروني، \"ارتفع إلى عشرة على الأقل عدد الشهداء الذين قضوا جراء سقوط قذائف محلية الصنع"
     " وصواريخ على مناطق تسيطر عليها قوات النظام في مدينة حلب\". وأشار إلى أن قذائف الهاون تساقطت من مواقع كتائب"
     " مقاتلة على مناطق في أحياء الأشرفية والمشارقة وبستان الزهرة والخالدية.", "المشارقة"),
])
def test_a_citys_floor_toll_goes_to_the_quarters_named_after_it(source, text, place):
    killed = incident(text, place).killed
    assert (killed.low, killed.vague, killed.shared) == (10, True, True)


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_spc_al_bab_barrels_two_days",
     "إستشهد مدنيان وسقط عدد كبير من الجرحى صباح اليوم الأحد جراء القصف الجوي الذي تعرضت له مدينة الباب بريف حلب"
     " لليوم الثاني على التوالي.", "الباب"),
    ("ar/s_syrianet_harasta_kindergarten",
     "قصفت قوات نظام بشار الأسد، اليوم الأحد، روضة أطفال في مدينة حرستا بريف دمشق، ما أدى إلى استشهاد أطفال وسقوط"
     " عدد كبير من الجرحى، فيما يرجح ازدياد حصيلة الضحايا بسبب كثرة الإصابات.", "حرستا"),
])
def test_a_large_number_of_wounded_is_several(source, text, place):
    wounded = incident(text, place).wounded
    assert (wounded.low, wounded.vague) == (2, True)


@pytest.mark.parametrize("source, text, place, n", [
    ("ar/s_arabi21_zabadani_barrels_23",
     "فقد كثف نظام الأسد غاراته الجوية على الزبداني، وألقى عليها عددا من البراميل المتفجرة حصدت أرواح 23 سوريا"
     " على الأقل.", "الزبداني", 23),
    ("self-written, after ar/s_qasioun_daraa_gharyah_six_barrels (براميل النظام تحصد أرواح السوريين)",
     "براميل النظام تحصد أرواح ستة مدنيين في بلدة طفس بريف درعا.", "طفس", 6),
])
def test_reaping_the_lives_of_people_counts_them_killed(source, text, place, n):
    assert incident(text, place).killed.best == n


def read_mentions(text, lang="ar"):
    """The count mentions CountReader reads over the whole of `text`, before the counts stage keeps
    a cumulative toll off (so the figure of a war-wide toll can be checked as read)."""
    eng = engine(lang, gazetteer_or_default(None))
    doc = Doc(eng, text, 0, text, None, State())
    lookup.run(doc)
    clauses.run(doc)
    hits = [h for k in ("casualty", "quantity", "article", "negation") for h in doc.hits[k]]
    reader = CountReader(doc.tokens, hits, doc.norm, eng.fillers, doc.asides, eng.parenthetical,
                         part_links=eng.part_links, companions=eng.companions, others=eng.others)
    return reader.read(0, len(doc.tokens))


def read_counts(text, lang="ar"):
    """(low, best, vague, text) of every count read over the whole of `text`."""
    return [(cm.count.low, cm.count.best, cm.count.vague, cm.count.text) for cm in read_mentions(text, lang)]


@pytest.mark.parametrize("source, text, counted", [
    ("ar/s_afp_douma_market_12_sohr",
     "وخلفت الحرب في سوريا اكثر من 170 الف قتيل واجبرت نصف سكان البلاد على ترك منازلهم.",
     (170001, 170001, True, "اكثر من 170 الف قتيل")),
    ("alwatannews.net/ampArticle/44505 (Reuters)",
     "وتقول الامم المتحدة إن 70 ألفا على الأقل قتلوا في الصراع في سوريا.",
     (70000, 70000, True, "70 ألفا على الأقل قتلوا")),
    ("mubasher.aljazeera.net/news/politics/2021/10/20 (Damascus bus bombing)",
     "وتقول الأمم المتحدة إن 350 ألف شخص على الأقل قتلوا خلال الحرب الأهلية التي بدأت قبل 10 سنوات.",
     (350000, 350000, True, "350 ألف شخص على الأقل قتلوا")),
    ("self-written, in the shape of the UN line above (a fraction before مليون)",
     "وتقول الأمم المتحدة إن 1.5 مليون شخص على الأقل قتلوا.", (1500000, 1500000, True, "1.5 مليون شخص على الأقل قتلوا")),
])
def test_a_number_before_a_thousand_word_is_multiplied_by_it(source, text, counted):
    assert read_counts(text) == [counted]


@pytest.mark.parametrize("source, text, place, low, vague", [
    ("ar/s_afp_douma_market_12_sohr",
     "قتل 12 شخصا، بينهم طفل، في قصف شنه الجيش السوري الاربعاء على مدينة دوما في ريف دمشق. وقال المرصد في بيان"
     " \"استشهد 12 مواطنا، بينهم طفل ومواطنة، على الأقل جراء قصف عنيف لقوات النظام على مناطق في مدينة دوما\"."
     " وخلفت الحرب في سوريا اكثر من 170 الف قتيل واجبرت نصف سكان البلاد على ترك منازلهم.", "دوما", 12, True),
    ("alwatannews.net/ampArticle/44505 (Reuters)",
     "قال المرصد السوري لحقوق الإنسان إن هجوما جويا شنته أمس السبت قوات الحكومة السورية أسفر عن سقوط 15 قتيلا"
     " بينهم تسعة أطفال في منطقة بمدينة حلب شمال سوريا. وتقول الامم المتحدة إن 70 ألفا على الأقل قتلوا في الصراع"
     " في سوريا.", "حلب", 15, False),
    ("mubasher.aljazeera.net/news/politics/2021/10/20 (Damascus bus bombing)",
     "ذكرت الوكالة العربية السورية للأنباء (سانا) أن 14 شخصا قتلوا وجرح آخرون جراء تعرض حافلة مبيت عسكري في"
     " مدينة دمشق لاستهداف بعبوتين ناسفتين. وتقول الأمم المتحدة إن 350 ألف شخص على الأقل قتلوا خلال الحرب"
     " الأهلية التي بدأت قبل 10 سنوات.", "دمشق", 14, False),
])
def test_the_wars_toll_stays_off_the_days_incident(source, text, place, low, vague):
    killed = incident(text, place).killed
    assert (killed.low, killed.vague) == (low, vague)


@pytest.mark.parametrize("source, text, place, low", [
    ("ar/s_arabi21_zabadani_barrels_23",
     "فقد كثف نظام الأسد غاراته الجوية على الزبداني، وألقى عليها عددا من البراميل المتفجرة حصدت أرواح 23 سوريا"
     " على الأقل.", "الزبداني", 23),
    ("ar/s_afp_douma_market_12_sohr",
     "وقال المرصد في بيان \"استشهد 12 مواطنا، بينهم طفل ومواطنة، على الأقل جراء قصف عنيف لقوات النظام على مناطق"
     " في مدينة دوما\".", "دوما", 12),
])
def test_at_least_after_a_word_or_an_aside_makes_the_figure_a_floor(source, text, place, low):
    killed = incident(text, place).killed
    assert (killed.low, killed.high, killed.vague) == (low, None, True)


def test_at_least_before_the_next_number_is_not_the_floor_of_the_one_before():
    """en/wikipedia_jableh_tartus_bombings_2016: "at least" is the 200 wounded's, not the 184 killed's."""
    counted = read_counts("184 people were killed and at least 200 people injured.", "en")
    assert counted[0][:3] == (184, 184, False)


def test_a_toll_of_last_weeks_attacks_stays_off_todays_incident():
    """ar/n_zaiton_deir_ezzor_joura_aid_point: the three massacres of the past week (more than 15) are a
    period total; the day's toll is more than 9."""
    text = ("سقط أكثر من 9 شهداء معظمهم من الأطفال والنساء وجرح آخرون أمس السبت، في حي الجورة المحاصر في دير"
            " الزور، جراء قصفٍ بقذائف الهاون من قبل تنظيم داعش.\nوكان حي الجورة في مدينة دير الزور، الخاضع لسيطرة"
            " قوات الأسد، والمحاصر من قبل تنظيم داعش، شهد الأسبوع الفائت 3 مجازر مشابهة بقذائف داعش، راح ضحيتها"
            " أكثر من 15 شهيداً.")
    killed = incident(text, "دير الزور").killed
    assert (killed.low, killed.vague) == (10, True)


def read_loose(text):
    """(text, loose) of every count read over the whole of `text`."""
    return [(cm.count.text, cm.count.loose) for cm in read_mentions(text)]


@pytest.mark.parametrize("source, text, loose", [
    ("ar/s_spc_douma_mortar_child_family",
     "قوات الأسد تستهدف مدينة دوما في ريف دمشق بقذائف الهاون، تسفر عن سقوط عدد من الضحايا المدنيين.",
     [("عدد من الضحايا", True)]),
    ("ar/s_spc_moadamiyeh_22_barrels",
     "ضحايا مدنيون جراء استهداف الطيران المروحي لمدينة معضمية الشمام في ريف دمشق بعشرات البراميل المتفجرة.",
     [("ضحايا", True)]),
    ("ar/s_spc_moadamiyeh_22_barrels",
     "أسفرت عن استشهاد مدني وإصابة العشرات بجروح في المنطقة الجنوبية.",
     [("استشهاد مدني", False), ("وإصابة العشرات", False)]),
])
def test_the_reader_marks_a_count_told_only_by_a_victims_word_as_loose(source, text, loose):
    assert read_loose(text) == loose


@pytest.mark.parametrize("source, text, counted", [
    ("ar/s_anadolu_douma_surface_missiles",
     "وأفادت مصادر في الدفاع المدني للأناضول، أن \"من بين القتلى 4 أطفال و6 نساء، وأن 20 شخصًا جرحوا في القصف\".",
     ("wounded", 20)),
    ("ar/n_sy24_shariaa_ghab_quoted_list",
     "وقال مراسل sy24 إن 3 مدنيين قُتلوا بينهم امرأة وأصيب عدد آخر بجروح بينهم أطفال جراء قصف مدفعي وصاروخي.",
     ("killed", 3)),
    ("ar/n_echorouk_raqqa_jazra_internet_cafe",
     "ومن بين القتلى، وفق المرصد، 15 شخصاً قضوا في غارة استهدفت مقهى للإنترنت في ضاحية جزرة غرب المدينة.",
     ("killed", 15)),
])
def test_people_counted_before_a_plural_casualty_verb_are_its_count(source, text, counted):
    assert counted in [(cm.kind, cm.count.best) for cm in read_mentions(text) if not cm.count.vague]


MOADAMIYEH_CLASHES_TOO = (
    "فقد تابع طيران النظام المروحي اليوم الثلاثاء هجمته الانتقامية ضد المدنيين المحاصرين في مدينة معضمية الشام"
    " ليرتفع عدد من البراميل التي استهدفت المدينة اليوم إلى 22 برميلاً، أسفرت عن استشهاد مدني وإصابة العشرات"
    " بجروح في المنطقة الجنوبية، حسب ما أفات تنسيقية المدينة.\nهذا كما دارت اشتباكات عنيفة صباح اليوم بين الثوار"
    " وقوات الأسد التي حاولت اقتحام المدينة من الجهة الجنوبية أيضاً، بعد قصف جوي ومدفعي كثيف، أسفرت عن استشهاد"
    " مقاتل للجيش الحر وإصابة آخرين بجروح.")
"""ar/s_spc_moadamiyeh_22_barrels: barrels, then (كما) clashes at the same town that day."""


@pytest.mark.parametrize("source, text, place, kind, low, best", [
    ("ar/s_spc_moadamiyeh_22_barrels",
     MOADAMIYEH_CLASHES_TOO, "معضمية الشام", "killed", 2, 2),
    ("ar/s_spc_moadamiyeh_22_barrels (the same two sentences)",
     MOADAMIYEH_CLASHES_TOO, "معضمية الشام", "wounded", 26, 39),
    ("ar/s_baladi_daraa_camp_vacuum_barrels",
     "درعا (بلدي) – استشهد مدني، وأصيب آخرون، فجر السبت، إثر استهداف طيران النظام المروحي ببراميل متفجرة مخيم"
     " اللاجئين في مدينة درعا.\nوفي السياق، جرح عدد من المدنيين، غالبيتهم من الأطفال والنساء، في قصف لمروحيات"
     " النظام بأربعة براميل متفجرة، استهدف السهول الجنوبية لمدينة درعا.", "درعا", "wounded", 4, 6),
])
def test_a_toll_told_after_an_additive_cue_adds_to_the_places_toll(source, text, place, kind, low, best):
    count = getattr(incident(text, place), kind)
    assert (count.low, count.best) == (low, best)


@pytest.mark.parametrize("source, text, place", [
    ("self-written, after ar/s_baladi_daraa_camp_vacuum_barrels (its first sentence told twice)",
     "درعا (بلدي) – استشهد مدني، وأصيب آخرون، فجر السبت، إثر استهداف طيران النظام المروحي ببراميل متفجرة مخيم"
     " اللاجئين في مدينة درعا.\nكما استشهد مدني، وأصيب آخرون، فجر السبت، إثر استهداف طيران النظام المروحي ببراميل"
     " متفجرة مخيم اللاجئين في مدينة درعا.", "درعا"),
])
def test_a_toll_told_again_word_for_word_after_an_additive_cue_is_not_added(source, text, place):
    assert incident(text, place).killed.best == 1


@pytest.mark.parametrize("source, text", [
    ("ar/s_spc_madaya_landmine_zabadani_sniper",
     "كما قام قناص النظام باستهداف المدنيين في مدينة الزبداني، ما أسفر عن ارتقاء” عمرو مرعي”جراء إصابته بطلق ناري"
     " في رأسه."),
    ("ar/s_enab_2013_moadamiyeh_shelter_rocket",
     "فيما استشهد أيضًا الطفل حسن تغلب إثر إصابته برصاص قناص يوم السبت 25 أيار."),
    ("ar/s_enab_2013_moadamiyeh_shelter_rocket",
     "في حين قضت السبت 25 أيار الطفلة غدير فضل الله وذلك إثر إصابتها البليغة."),
])
def test_a_wound_told_as_the_cause_of_a_death_is_no_wounded_count(source, text):
    assert "wounded" not in [cm.kind for cm in read_mentions(text)]


@pytest.mark.parametrize("source, text, place, best", [
    ("ar/s_rasheed_2018_douma_32_russian_likely",
     "قال المرصد السوري لحقوق الإنسان إن الحكومة السورية شنت هجمات جوية وبرية عنيفة على آخر مدينة خاضعة لسيطرة"
     " المعارضة في الغوطة الشرقية امس الجمعة مما أسفر عن مقتل اثنين وثلاثين شخصا في محاولة لإكمال أكبر نصر عسكري"
     " للرئيس بشار الأسد منذ عام الفين وستة عشر\nالمرصد اكد ان القتلى الذين سقطوا في دوما يوم الجمعة بينهم خمسة"
     " أطفال وإن الضربات الجوية نفذتها طائرات حربية روسية على الأرجح", "دوما", 32),
    ("en/qasioun_albukamal_russian_coalition_raids",
     "Deir Ezzour (Qasioun) - about 15 people have been killed in heavy air raids by Russian air force and US-led"
     " coalition forces on areas still under ISIS control in the eastern province of Deir Ezzour, local sources said"
     " on Thursday.\n\nThe sources pointed out that most of the dead were killed by intensive aerial bombardment of"
     " the city of Albuqamal and surrounding villages, which are still under the control of ISIS.", "البوكمال", 15),
])
def test_an_areas_toll_goes_to_the_one_place_inside_it_told_as_where_the_dead_fell(source, text, place, best):
    assert incident(text, place).killed.best == best


@pytest.mark.parametrize("source, text, counted", [
    ("ar/s_homsmc_2014_waer_talbiseh_houla",
     "فيما شن الطيران الحربي لليوم الثالث على التوالي غاراته الجوية على الحي ظهر اليوم موقعاً المزيد من الجرحى.",
     [("wounded", 2)]),
    ("syrianpc.com (Syrian Press Center), شهداء وجرحى بقصف جوي على سراقب وخان شيخون",
     "استهدف الطيران الحربي صباح اليوم بالعديد من الغارات الجوية مناطق بريف إدلب موقعاً المزيد من الشهداء والجرحى"
     " ودمار في منازل المدنيين.",
     [("killed", 2), ("wounded", 2)]),
])
def test_more_casualties_with_no_figure_are_several(source, text, counted):
    assert [(cm.kind, cm.count.low) for cm in read_mentions(text) if cm.count.vague] == counted


@pytest.mark.parametrize("source, text", [
    ("ar/s_freshsyria_madira_breakdown_list",
     "كما استشهد أحد عناصر الدفاع المدني مساء أمس، أثناء قيامه بـ “واجبه” في إسعاف الجرحى في مدينة حمورية."),
    ("watan.fm/news/maidani/30976 (Watan FM)",
     "كما استهدفت الغارات فرق الدفاع المدني خلال إسعافهم للجرحى، ما أدى لمقتل أحد العناصر وجرح آخَرَين."),
])
def test_one_of_the_members_killed_is_one(source, text):
    assert ("killed", 1) in [(cm.kind, cm.count.best) for cm in read_mentions(text) if not cm.count.vague]


@pytest.mark.parametrize("source, text, lang", [
    ("ar/s_homsmc_2014_waer_new_year_cylinders",
     "ليستقبل أهالي الحي عام 2015 بارتقاء الشهيد غزوان مشارقة و4آخرين لم توثق أسماءهم بعد بالاضافة إلى اصابة"
     " العشرات من المدنيين بينهم نساء وأطفال وشيوخ كبار بالعمر.", "ar"),
    ("ar/s_sohr_2018_ghouta_jisreen_shared_seven",
     "وبذلك يرتفع إلى 715 مدني سوري عدد الشهداء الذين وثق المرصد السوري استشهادهم من أبناء غوطة دمشق الشرقية،"
     " بينهم 169 طفلاً دون سن الثامنة عشر، و100 مواطنة، منذ الـ 18 من شباط / فبراير الفائت من العام الجاري 2018،"
     " استشهدوا جميعاً خلال عمليات القصف الجوي والمدفعي على مدن وبلدات دوما وحرستا.", "ar"),
    ("en/hrw_termanin_cluster_munitions_2023",
     "Syrian government forces used widely banned cluster munitions in an attack on Termanin, a town in northern"
     " Idlib, on October 6, 2023, killing two civilians and injuring nine others, Human Rights Watch said.", "en"),
])
def test_a_year_after_a_year_word_or_a_month_is_never_a_count(source, text, lang):
    assert not [cm for cm in read_mentions(text, lang) if cm.count.best in range(2010, 2030)]


@pytest.mark.parametrize("source, text, lang, counted", [
    ("ar/s_homsmc_2014_waer_new_year_cylinders",
     "ليستقبل أهالي الحي عام 2015 بارتقاء الشهيد غزوان مشارقة و4آخرين لم توثق أسماءهم بعد.", "ar", ("killed", 5)),
    ("en/hrw_termanin_cluster_munitions_2023",
     "The next day, a 9-year-old boy picked up a munition that had failed to detonate on impact during the"
     " attack. It exploded, injuring him and two others.", "en", ("wounded", 3)),
])
def test_a_person_told_first_and_n_others_are_n_plus_one(source, text, lang, counted):
    assert [(cm.kind, cm.count.best) for cm in read_mentions(text, lang)] == [counted]


@pytest.mark.parametrize("source, text, counted", [
    ("ar/s_watan_darayya_two_barrels_mother_child",
     "وبلغ عدد البراميل المتفجرة التي ألقاها الطيران المروحي على داريا أمس(الثلاثاء) 12 برميلاً متفجراً –وفق ناشطين-"
     " استشهد جرائها امرأة مع طفلها الوحيد ويُدعى “همام”.", [("killed", 2)]),
    ("mail.palestinetoday.net/amp/36 (استشهاد سيدة حامل وابنتها الرضيعة في غارات إسرائيلية على غزة)",
     "استشهدت سيدة فلسطينية في الثلاثين من العمر مع ابنتها في قصف \"إسرائيلي\" استهدف موقعًا للمقاومة جنوب مدينة"
     " غزة أدى إلى انهيار منزل العائلة وإصابة من فيه فجر الأحد.", [("killed", 2), ("wounded", 1)]),
])
def test_a_victim_told_with_her_child_after_ma_counts_both(source, text, counted):
    assert [(cm.kind, cm.count.best) for cm in read_mentions(text)] == counted


@pytest.mark.parametrize("source, text, counted", [
    ("ar/s_microsyria_dael_ibta_rockets_tafas_massacre",
     "فيما قضى عنصر من الدفاع المدني، وشاب في قصف صاروخي على بلدة أبطع.", [("killed", 2)]),
    ("erribat.info/?p=47792 (الجزيرة: استشهاد عنصران من الدفاع المدني ونجل أحدهما)",
     "استشهاد عنصران من الدفاع المدني ونجل أحدهما في غارة إسرائيلية استهدفت مقر الجهاز بحي الدرج اليوم الثلاثاء.",
     [("killed", 3)]),
])
def test_a_person_word_in_the_name_of_whose_people_does_not_stop_the_people_added_after_it(source, text, counted):
    assert [(cm.kind, cm.count.low) for cm in read_mentions(text)] == counted


def test_a_comma_before_one_more_victim_keeps_him_in_the_places_count():
    """s_microsyria_dael_ibta_rockets_tafas_massacre; the comma before a victim after a place (a toll
    broken down by place, n_mohrar_darat_izza_new_year_2024) is pinned in test_counts_placement."""
    text = ("وأفادت مصادر إعلام محلية أن قصفًا صاروخيًّا استهدف بلدة داعل عقب انتهاء صلاة الجمعة، أدى لمقتل ثلاثة"
            " أشخاص بينهم طفل، فيما قضى عنصر من الدفاع المدني، وشاب في قصف صاروخي على بلدة أبطع.")
    assert incident(text, "أبطع").killed.best == 2


@pytest.mark.parametrize("source, text, loose", [
    ("ar/n_enab_maadi_funeral_barrels", "راح ضحيتها عشرات القتلى والجرحى.",
     [("راح ضحيتها عشرات القتلى", True), ("راح ضحيتها عشرات القتلى والجرحى", True)]),
    ("ar/s_orient_harasta_funeral_mortars", "ما تسبب بسقوط عشرات الشهداء والجرحى.",
     [("عشرات الشهداء", True), ("عشرات الشهداء والجرحى", True)]),
    ("ar/n_rassd_bayada_hanano_barrels", "وإن تلك الهجمات قد أسفرت عن سقوط 15 قتيلًا، فضلاً عن إصابة العشرات.",
     [("15 قتيلًا", False), ("إصابة العشرات", False)]),
])
def test_the_reader_marks_a_vague_word_over_the_dead_and_the_wounded_as_loose(source, text, loose):
    assert read_loose(text) == loose


MAADI = ("استهدف الطيران المروحي مجلس عزاء في حي المعادي في حلب ببرميلين متفجرين، راح ضحيتها عشرات القتلى والجرحى.\n"
         "وأكد المراسل أن البرميلين وقعا في مجلس عزاء في الحي ما أدى لمقتل أكثر من 15 مدنيًا بينهم أطفال، إضافة إلى عدد"
         " من الجرحى نقلوا إلى المستشفى عبر سيارات الإسعاف.")
"""n_enab_maadi_funeral_barrels (the gazetteer files المعادي under القصيلة)."""


@pytest.mark.parametrize("source, text, place, kind, low", [
    ("ar/n_enab_maadi_funeral_barrels", MAADI, "القصيلة", "killed", 16),
    ("ar/n_enab_maadi_funeral_barrels", MAADI, "القصيلة", "wounded", 2),
    ("ar/s_orient_harasta_funeral_mortars, cut to Harasta (its list with al-Qaboun left out, as in"
     " test_counts_placement.test_an_exact_figure_below_dozens_replaces_the_word)",
     "ارتكبت قوات الأسد مساء اليوم السبت مجزرة في مدينة حرستا بالغوطة الشرقية خلال تشييع أحد الشهداء، بعد"
     " استهدافهم بالصواريخ وقذائف الهاون ما تسبب بسقوط عشرات الشهداء والجرحى.\n\nوقال مراسل أورينت إن عناصر النظام"
     " استهدفت بقذائف الهاون مقبرة في مدينة حرستا أثناء تشييع أحد الشهداء ما أوقع 10 شهداء كحصيلة أولية، إضافة إلى"
     " إصابة آخرين.", "حرستا", "wounded", 2),
])
def test_a_vague_word_over_the_dead_and_the_wounded_gives_way_to_a_count_of_one_kind(source, text, place, kind, low):
    got = getattr(incident(text, place), kind)
    assert (got.low, got.vague) == (low, True)


@pytest.mark.parametrize("source, text, place, low, best", [
    ("ar/s_upi_rankous_mosque_car_bomb",
     "أدى انفجار سيارة مفخخة في بلدة رنكوس الواقعة في هضبة القلمون بريف دمشق، إلى مقتل حوالي 37 شخصًا وجرح أكثر من"
     " 100.\nوأضاف المصدر أن عدد القتلى يمكن أن يتجاوز العدد المتداول ويصل إلى 60 قتيلاً، بسبب كثافة التجمع المستهدف"
     " أمام الجامع وارتفاع أعداد الجرحى.", "رنكوس", None, 37),
    ("en/cnn_salamiyeh_carpet_factory_car_bomb",
     "(CNN) -- A suicide car bomb exploded Monday outside the headquarters of a local government-sanctioned armed group"
     " in Syria, killing at least 30 armed people loyal to embattled President Bashar al-Assad, according to an"
     " opposition group and state-run television.\nThe blast occurred at an old carpet factory in the eastern Hama"
     " countryside that was being used by the local People's Committee group, according the Syrian Observatory for"
     " Human Rights.\nCiting medical sources, the opposition group predicted the death toll may increase to more than"
     " 50 and said civilians also died in the explosion.", "ريف حماة الشرقي", 30, 30),
])
def test_the_figure_a_toll_may_reach_is_no_count(source, text, place, low, best):
    killed = incident(text, place).killed
    assert (killed.low, killed.best, killed.vague) == (low, best, True)


@pytest.mark.parametrize("source, text, place, low", [
    ("en/sohr_douma_ein_tarma_mosques",
     "It rose to 5 at least (a citizen woman, man and two of his children and the child of his brother) the number of"
     " people who were killed in the city of Douma when warplanes believed to be Russian carried out about 30 raid on"
     " areas in city, and the death toll is expected to rise because there are more than 20 injured people and some"
     " of them are in critical situation.", "دوما", 21),
    ("ar/s_sohr_douma_13_bala_clashes",
     "ارتفع إلى 13 بينهم 3 مواطنات وطفلان اثنان، عدد الشهداء الذين قضوا جراء قصف قوات النظام لمناطق في مدينة دوما"
     " بالغوطة الشرقية، وعدد الشهداء مرشح للارتفاع لوجود أكثر من 22 جريحاً بعضهم لا يزال في حالت خطرة.", "دوما", 23),
])
def test_the_wounded_told_as_the_reason_a_toll_may_rise_are_counted(source, text, place, low):
    assert incident(text, place).wounded.low == low


@pytest.mark.parametrize("source, text, place, n", [
    ("ar/s_mugtama_harasta_douma_hawsh",
     "إلى ذلك، ارتفعت حصيلة القصف المدفعي الذي نفذته قوات الأسد على مدينة دوما، أول أمس، إلى 11 شهيداً بينهم متطوع"
     " من الدفاع المدني.", "دوما", 11),
    ("en/sohr_daraa_balad_massacre_25_barrels",
     "Daraa Province: The number of people who were killed in the new massacre committed by the regime forces and"
     " warplanes in Daraa al- Balad in the city of Daraa has risen to 25, including 4 children, 2 women and a defected"
     " soldiers.", "درعا", 25),
    ("self-written: the month May is no word of possibility",
     "The death toll from the 12 May attack on the town of Douma has risen to 50, activists said.", "دوما", 50),
])
def test_the_figure_a_toll_has_risen_to_is_its_count(source, text, place, n):
    assert incident(text, place).killed.best == n
