"""Arabic place constructions of issue 12 (Arabic place F1), pinned on excerpts of real passages
(tests/reports/real/ar, the file named beside each): a weekday glued to the word before it by a lost
space dates its own incidents and leaves the word before it whole (العشرات: dozens wounded)."""
import pytest

from core.dates import find_dates
from core.extract import extract
from tests.cases import cases


@pytest.mark.parametrize("source, text, day", [
    ("n_smart_boukamal_baqras_2017",
     "وقتل 39 مدنيا وجرح العشراتالأحد، بقصف جوي على مدينتي البوكمال والميادين", "sunday"),
    ("n_smart_latamneh_phosphorus_2018",
     "وجرح طفلانالثلاثاء، بقصف مدفعي لقوات النظام السوري على مدينة اللطامنة ومزارعها.", "tuesday"),
])
def test_a_weekday_glued_to_the_word_before_it_is_a_day(source, text, day):
    assert [d.weekday for d in find_dates(text)] == [day]


def test_a_name_with_abd_is_no_glued_weekday():
    """aleppo_ghouta_report_ar (shared seed report): عبدالأحد إسطيفو is a person."""
    assert find_dates("لقوى الثورة والمعارضة السورية عبدالأحد إسطيفو أن عجز مجلس") == []


def test_a_toll_told_with_a_glued_earlier_day_is_an_incident_of_its_own():
    """n_smart_boukamal_baqras_2017: the raids of Monday and the toll of Sunday (العشراتالأحد) on the same
    town are two incidents."""
    x = extract("شنت طائرات حربية عدة غارات على مدينة البوكمال، ما أدى لمقتل 15 مدنيا بينهم أطفال.\n\n"
                "وقتل 39 مدنيا وجرح العشراتالأحد، بقصف جوي على مدينتي البوكمال والميادين.",
                lang="ar", date="2017-10-02")
    got = sorted((i.place.name_ar, i.date, i.killed.best, i.wounded and i.wounded.low) for i in x.incidents
                 if i.place.name_ar == "البوكمال")
    assert got == [("البوكمال", "2017-10-01", 39, 24), ("البوكمال", "2017-10-02", 15, None)], got


def read(text):
    """Arabic names of the incident places of `text`."""
    return {i.place.name_ar for i in extract(text, lang="ar").incidents}


def names(expected):
    """An expected name, set of names or None as a set."""
    return set() if expected is None else {expected} if isinstance(expected, str) else expected


BACKGROUND = cases("a place named only for its vicinity is a reference point", [
    ("n_smart_jisr_bdama_tal_halawa",
     "وقتل مدني بقصف لطائرات حربية يرجح أنها روسية طالت قرية تل حلاوة، التابعة لبلدة أبو الظهور شرق إدلب،"
     " تزامنا مع قصف جوي مماثل على محيط قرية فركيا، التابعة لناحية أريحا (14 كم جنوب إدلب)، وقريتي كفريدين"
     " والعاليا، وبلدة سرجة، حسب ما أفاد ناشطون والدفاع المدني.", "فركيا", {"تل حلاوة", "سرجة"}),
    ("n_baladi_sayyad_quoted_lists",
     "وفي السياق؛ تعرضت قرى وبلدات \"جزرايا وزمار وحوير وخلصة والحميرة ومحيط البوابية وتلة ايكاردا\" بريف حلب"
     " الجنوبي، دون وقوع إصابات.", "بوابية", {"جزرايا", "حميرة"}),
]) + cases("a title place the body never tells of is no incident place", [
    ("s_aljaml_sana_baath_city_nusra_rocket",
     "استشهاد 5 أشخاص بينهم 3 أطفال بالقذائف الصاروخية على القنيطرة وحلب\nارتقى 3 شهداء بينهم امرأة وطفل وأصيب"
     " شخصان جميعهم من عائلة واحدة جراء اعتداء بقذيفة صاروخية نفذه إرهابيو تنظيم “جبهة النصرة” على مدينة البعث"
     " في القنيطرة.", "حلب", "مدينة البعث"),
    ("s_aawsat_2012_tadamon_qasioun_rukneddin_bike",
     "انفجارات تهز دمشق في جمعة «حمص تناديكم»\n\nطائرات الجيش تقصف حلب.. وقوات النظام تدك حي التضامن بالصواريخ\n\n"
     "هزت مجموعة من الانفجارات العاصمة السورية دمشق، في يوم جمعة «حمص تناديكم»، في وقت استمرت فيه قوات الجيش"
     " النظامي بإطلاق القذائف المدفعية والصاروخية من الكتائب المتمركزة على جبل قاسيون باتجاه أحياء دمشق"
     " الجنوبية: التضامن والقدم ومخيم اليرموك وببيلا.", "حلب", "ببيلا"),
]) + cases("places after a month counted since are background", [
    ("s_sohr_2018_ghouta_jisreen_shared_seven",
     "في حين ارتفع إلى 7 عدد الشهداء الذين وثق المرصد السوري لحقوق الإنسان استشهادهم في القصف الصباحي، على حزة"
     " وزملكا وحرستا وسقبا، وبذلك يرتفع إلى 715 مدني سوري عدد الشهداء الذين وثق المرصد السوري استشهادهم من أبناء"
     " غوطة دمشق الشرقية، بينهم 169 طفلاً دون سن الثامنة عشر، و100 مواطنة، منذ الـ 18 من شباط / فبراير الفائت من"
     " العام الجاري 2018، استشهدوا جميعاً خلال عمليات القصف الجوي والمدفعي على مدن وبلدات دوما وحرستا",
     "دوما", "زملكا"),
    ("s_rozana_darayya_33_barrels_campaign",
     "وأشار المجلس في إحصاءات له، إلى أن \"35 شخصاً قتلوا خلال حملة القصف العشوائي التي شنها جيش النظام على داريا"
     " منذ أوائل شهر آب الماضي\"", "داريا", None),
])


@pytest.mark.parametrize("source, text, context, told", BACKGROUND)
def test_a_place_named_only_as_background_is_no_incident_place_and_the_places_told_stay(source, text, context, told):
    """`context`: a name the passage names only to locate or frame what it tells; `told`: a place (or a
    set of places) it tells of, which stay incident places (None: not checked)."""
    got = read(text)
    assert context not in got and names(told) <= got, got


def test_a_clause_left_with_only_a_vicinity_keeps_its_facts_from_the_places_before():
    """n_athr_raqqa_jamili_coalition: the clashes on the axes around مزرعة حطين are no fight in Raqqa."""
    x = extract("قتل 5 مدنيين جراء غارات جوية لطيران التحالف الدولي على حي الجميلي في مدينة الرقة، وسط اشتباكات"
                " بين “قوات سوريا الديمقراطية” وقوات التحالف الدولي من جانب، وتنظيم “داعش” من جانب آخر، على محاور"
                " في محيط الفرقة 17 ومحيط مزرعة حطين.", lang="ar")
    assert {i.place.name_ar: i.types for i in x.incidents} == {"الرقة": ("airstrike",)}, x.incidents


@pytest.mark.parametrize("source, text, place, wounded", [
    ("n_baladi_atarib_kamikaze_drones_2024",
     "استهدفت قوات النظام السوري، اليوم الجمعة، بالطائرات المسيرة الانتحارية مدينة الأتارب في ريف حلب الغربي.\n"
     "وأوضح أن الهجوم استهدف بشكل مباشر عمالاً في حقول الزيتون بمحيط الأتارب، ما أدى إلى إصابة ثلاثة أشخاص"
     " بجروح متفاوتة.", "الأتارب", 3),
    ("s_sohr_tafas_barrels_ajami_kashef (a town's vicinity)",
     "ارتفع إلى 20 عدد البراميل المتفجرة التي ألقاها الطيران المروحي منذ صباح اليوم، على مناطق في محيط بلدة طفس"
     " بريف درعا الغربي، ترافق مع استمرار قصف قوات النظام لمناطق في البلدة، كما قصفت قوات النظام مناطق في بلدتي"
     " المزيريب وطفس، دون أنباء عن إصابات", "طفس", None),
])
def test_the_vicinity_of_a_place_named_elsewhere_is_that_place(source, text, place, wounded):
    x = extract(text, lang="ar")
    hit = [i for i in x.incidents if i.place.name_ar == place]
    assert hit and (wounded is None or hit[0].wounded.best == wounded), x.incidents
    assert wounded is not None or "barrel_bomb" in hit[0].types, hit


def test_places_a_target_verb_names_take_the_weapon_and_toll_ending_their_sentence():
    """s_microsyria_dael_ibta_rockets_tafas_massacre: the towns before the road between علما and الصورة
    were shelled with the artillery the sentence names at its end, and share its injuries."""
    x = extract("هذا، وقد استهدفت قوات الأسد بلدات المسيفرة وصيدا وأم ولد والكرط، والطريق الواصل بين بلدتي علما"
                " والصورة بعدد من قذائف المدفعية، اقتصرت أضرارها على الماديات وبعض الإصابات بين المدنيين.",
                lang="ar")
    got = {i.place.name_ar: (i.types, i.wounded and i.wounded.shared) for i in x.incidents}
    assert got == dict.fromkeys(("المسيفرة", "صيدا", "أم ولد", "علما"), (("artillery",), True)), got


def test_a_weekday_first_told_of_an_event_is_the_report_day_and_another_weekday_a_day_of_its_own():
    """n_smart_latamneh_phosphorus_2018 (no report date): Wednesday's rocket strike and Tuesday's shelling
    of اللطامنة are two incidents."""
    x = extract("قتل مدني الأربعاء، بقصف جوي وصاروخي مكثف لقوات النظام السوري وروسيا على ريف حماة الشمالي وسط سوريا.\n\n"
                "وقال ناشطون محليون، إن مدنيا قتل نتيجة قصف صاروخي لقوات النظام على مدينة اللطامنة من حواجزها المحيطة.\n\n"
                "وجرح طفلانالثلاثاء، بقصف مدفعي لقوات النظام السوري على مدينة اللطامنة ومزارعها.", lang="ar")
    got = {(i.killed and i.killed.best, i.wounded and i.wounded.best) for i in x.incidents
           if i.place.name_ar == "اللطامنة"}
    assert got == {(1, None), (None, 2)}, x.incidents


def test_a_weekday_a_speaker_is_said_on_is_no_report_day():
    """n_echorouk_raqqa_jazra_internet_cafe: قال المرصد، الجمعة ... وقتل 23 مدنياً، مساء الخميس: one night
    of raids on الرقة, one incident."""
    x = extract("قال المرصد السوري لحقوق الإنسان، الجمعة، أن طائرات التحالف الدولي بقيادة الولاياتالمتحدة شنت طوال"
                " الليل غارات كثيفة على مدينة الرقة وضواحيها. وقتل 23 مدنياً، مساء الخميس، حسب المرصد، بعد تنفيذ"
                " طائرات التحالف \"25 غارة جوية\" على مدينة الرقة وضواحيها.", lang="ar")
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == [("الرقة", 23)], x.incidents


def test_the_quarter_a_place_is_near_is_no_antecedent_of_the_quarter():
    """n_enab_maadi_funeral_barrels: في الحي is حي المعادي, not باب النيرب that it is near."""
    x = extract("استهدف الطيران المروحي مجلس عزاء في حي المعادي في حلب ببرميلين متفجرين، راح ضحيتها عشرات القتلى"
                " والجرحى.\nوأفاد مراسل عنب بلدي في المدينة اليوم، السبت 27 آب، أن الطيران المروحي قصف حي المعادي القريب من باب"
                " النيرب في حلب، ببرميلين متفجرين.\nوأكد المراسل أن البرميلين وقعا في مجلس عزاء في الحي ما أدى لمقتل"
                " أكثر من 15 مدنيًا بينهم أطفال.", lang="ar")
    assert [i.place_text for i in x.incidents] == ["المعادي"], x.incidents


def test_counts_of_a_new_story_run_on_to_a_place_the_gazetteer_lacks():
    """s_sohr_tafas_barrels_ajami_kashef: في حين استشهدت 3 مواطنات ...، وسقط عدد من الجرحى، إثر قصف جوي مناطق
    في بلدة العجمي: the toll is العجمي's (of Daraa, the gazetteer's only العجمي lies elsewhere), not طفس's."""
    x = extract("محافظة درعا- المرصد السوري لحقوق الإنسان:: ارتفع إلى 20 عدد البراميل المتفجرة التي ألقاها الطيران"
                " المروحي منذ صباح اليوم، على مناطق في محيط بلدة طفس بريف درعا الغربي، ترافق مع استمرار قصف قوات النظام"
                " لمناطق في البلدة، في حين استشهدت 3 مواطنات هم مواطنة وابنتها ومواطنة أخرى، وسقط عدد من الجرحى، إثر"
                " قصف جوي مناطق في بلدة العجمي بريف درعا، وعدد الشهداء مرشح للارتفاع بسبب وجود جرحى بحالات خطرة،"
                " كما قصفت قوات النظام مناطق في بلدتي المزيريب وطفس", lang="ar")
    tafas = [i for i in x.incidents if i.place.name_ar == "طفس"]
    assert tafas and tafas[0].killed is None and tafas[0].wounded is None, x.incidents
    assert "العجمي" in {m.text for m in x.unresolved}


def test_a_plain_named_after_its_town_is_the_town():
    """s_enab_zabadani_barrel_hits_hezbollah: في سهل مضايا المجاور لمدينة الزبداني: the barrel fell on the Madaya
    plain; Zabadani is what it lies alongside."""
    x = extract("ألقى الطيران المروحي التابع لقوات الأسد برميلًا متفجرًا على مواقع حزب الله اللبناني وميليشيا الدفاع"
                " الوطني في منطقة مرج التل في سهل مضايا المجاور لمدينة الزبداني، الجمعة 4 أيلول.", lang="ar")
    got = {i.place.name_ar: i.types for i in x.incidents}
    assert got.get("مضايا") == ("barrel_bomb",) and "الزبداني" not in got, got


def test_a_quarter_named_after_its_city_is_read_in_a_report_on_another_city():
    """n_jo24_idlib_car_bombs_university_toll: after the Idlib car bombs, انفجاري جامعة حلب (the two blasts of
    the University of Aleppo) is the university, whose toll rose to 87; the dual blast word is an attack word."""
    x = extract("قتل اكثر من عشرين شخصا امس في تفجيرات في مدينة ادلب في شمال غرب سوريا.\nوكان المرصد السوري افاد"
                " صباحا عن ارتفاع عدد القتلى الذين سقطوا في انفجاري جامعة حلب الثلاثاء الى 87.", lang="ar")
    got = {i.place.name_ar: (i.types, i.killed and i.killed.best) for i in x.incidents}
    assert got.get("جامعة حلب") == (("ied",), 87), got


def test_near_after_a_name_the_gazetteer_is_known_to_lack_makes_a_reference_point():
    """s_aljazeera_zamalka_funeral_helicopter: سكان في اللجاة قرب درعا: the night shelling was on al-Lajat
    (a recorded gap, listed unresolved); Daraa only locates it."""
    x = extract("كما ذكر سكان في اللجاة قرب درعا أنها تعرضت لقصف ليلي عنيف من قبل قوات النظام.", lang="ar")
    assert not x.incidents and "اللجاة" in {m.text for m in x.unresolved}, x.incidents


ONLY_NAMED = cases("the towns a road is named after are no incident places", [
    ("n_sohr_shaar_mashhad_toll_rises",
     "بينما استهدف الطيران المروحي مناطق في محيط ريف المهندسين والطريق الدولي حلب – دمشق بريف حلب الجنوبي، كذلك"
     " قصفت قوات النظام مناطق في بلدة حريتان بريف حلب الشمالي", {"دمشق", "حلب"}),
    ("n_sohr_ras_al_ain_qamishli_2019",
     "كما وثق المرصد السوري مقتل وإصابة عدة عناصر من قسد جراء غارات جوية نفذتها طائرات تركية على موقع لهم في منطقة"
     " الصناعة برأس العين، بينما تمكنت فصائل موالية لأنقرة من قطع طريق رأس العين – الدرباسية مستغلة الاشتباكات"
     " الدائرة في محور الصناعة", {"الدرباسية"}),
]) + cases("places of a meeting or arrival days before are no incident places", [
    ("s_dnst_2013_ghouta_sarin_zamalka_ain_tarma",
     "عند فجر يوم الأربعاء 21 آب 2013 استهدف النظام السوري مدينة زملكا بعدد من صواريخ (أرض ـ أرض) المحملة بغاز"
     " السارين، ما أدى لوفاة 1144 شخص. وذلك بعد ثلاثة أيام من وصول بعثة مفتشي الأمم المتحدة إلى دمشق للتحقيق"
     " بالهجوم الكيماوي على بلدة خان العسل.", "دمشق"),
    ("n_963_tadil_abzemo_drones",
     "كما قصفت القوات الحكومية بالمدفعية الثقيلة وقذائف الهاون مناطق دير سنبل ومعارة النعسان في ريفي إدلب الجنوبي"
     " والشرقي. ويأتي القصف، بعد يوم على اجتماع لوفد من المخابرات التركية وضباط من المخابرات والشرطة العسكرية"
     " الروسية، في القاعدة الروسية المعروفة بـ ”المنشرة” على الطريق الدولي ” M4 ” في محيط مدينة سراقب بريف"
     " إدلب الجنوبي الشرقي، لمناقشة التطورات شمال غربي سوريا.", "سراقب"),
])


@pytest.mark.parametrize("source, text, named", ONLY_NAMED)
def test_places_only_named_are_no_incident_places_and_the_place_hit_stays(source, text, named):
    """`named`: a name (or a set of names) told only as what a road is named after or where an earlier
    meeting was; the passage's attack still gives an incident place."""
    got = read(text)
    assert got and not names(named) & got, got


def test_the_city_after_an_unknown_quarter_and_a_compass_word_carries_the_quarter():
    """s_homsmc_2014_waer_new_year_cylinders: على حي الوعر غربي حمص: al-Waer (not in the gazetteer) is in western
    Homs; the city carries its shelling; عام 2015 is a year, no count."""
    x = extract("بدأوا بالقصف العنيف بالاسطوانات المتفجرة والهاون على حي الوعر غربي حمص، ذلك الحي المحاصر الذي يقطنه"
                " حوالي 150 ألف مدني، ليستقبل أهالي الحي عام 2015 بارتقاء الشهيد غزوان مشارقة و4آخرين", lang="ar")
    got = {i.place.name_ar: i for i in x.incidents}
    assert "حمص" in got and (got["حمص"].killed is None or got["حمص"].killed.best < 100), x.incidents
    assert "الوعر" in {m.text for m in x.unresolved}


READ = cases("an attack or toll hours before keeps its place", [
    ("n_spc_kafrzita_displaced_family",
     "باستشهاد خمسة مدنيين بقصف مدفعي على منزلهم في مدينة كفرزيتا في ريف حماه الشمالي وذلك بعد ساعات من قصف"
     " مماثل استهدف مدينة اللطامنة القريبة", "اللطامنة"),
    ("n_syrianews_salahuddin_hamdaniyeh",
     "وجاءت الحادثة بعد يوم من سقوط ضحايا جراء انفجار لغم أرضي من مخلفات تنظيم “داعش” في قرية جارز بريف حلب",
     "جارز"),
]) + cases("a list after a plus phrase ending in a joined proclitic is read", [
    # إضافة لـ written joined to the next word (لقرى) still opens the list of villages after it
    ("s_enab_2016_wadi_barada_fijeh_spring",
     "حيث تركزت الغارات بشكل أساسي على قرية الفيجة، إضافة لقرى بسيمة، وكفير الزيت، ودير مقرن.",
     {"بسيمة", "كفير الزيت", "دير مقرن"}),
])


@pytest.mark.parametrize("source, text, told", READ)
def test_the_places_a_construction_tells_of_are_read(source, text, told):
    """`told`: a place (or a set of places) the passage tells of: an earlier attack's place hours before,
    the members of a list."""
    assert names(told) <= read(text)


@pytest.mark.parametrize("source, text, near, places", [
    ("s_addustour_2014_douma_42_sohr",
     "قتل 42 شخصا بينهم 7 اطفال في سلسلة من الغارات الجوية من قبل طائرات «النظام السوري» على المناطق التي تسيطر"
     " عليها المعارضة السورية بالقرب من العاصمة السورية دمشق. واستهدفت الغارات مناطق في مدينة دوما، شمال شرق"
     " دمشق، ومحافظة الغوطة الشرقية الخميس.", "دمشق", {"دوما"}),
    ("n_yalla_idlib_edge_workshop",
     "وفي سياق مماثل، شنت الطائرات الروسية غارات على مواقع أخرى بريف إدلب، تضمنت منجرة حجرية في قرية الهباط"
     " وأطراف قرى البارة والأسدية ومناطق حراجية قرب مدينة إدلب، مما تسبب بأضرار مادية دون تسجيل إصابات.",
     "إدلب", {"البارة"}),
])
def test_a_place_named_with_its_place_word_right_after_near_is_a_reference_for_the_areas_before(
        source, text, near, places):
    got = read(text)
    assert near not in got and places <= got, got


def test_the_toll_of_areas_near_the_capital_goes_to_the_town_the_next_sentence_names():
    """s_addustour_2014_douma_42_sohr: the 42 killed near Damascus are Douma's."""
    x = extract("قتل 42 شخصا بينهم 7 اطفال في سلسلة من الغارات الجوية من قبل طائرات «النظام السوري» على المناطق"
                " التي تسيطر عليها المعارضة السورية بالقرب من العاصمة السورية دمشق. واستهدفت الغارات مناطق في"
                " مدينة دوما.", lang="ar")
    assert [(i.place.name_ar, i.killed.best) for i in x.incidents] == [("دوما", 42)], x.incidents


@pytest.mark.parametrize("source, text, place", [
    ("s_sohr_sarghaya_dumayr_darayya_22 (a bare name)",
     "فيما وردت معلومات عن مقتل عناصر من قوات النظام قرب سرغايا جراء استهدافهم من قبل مسلحين.", "سرغايا"),
    ("tests/reports/ar/raqqa_tabqa_landmine_karama (no place word before)",
     "قتل ثلاثة أطفال وأصيبت والدتهم بجروح خطيرة، بانفجار لغم أرضي من مخلفات تنظيم \"الدولة الإسلامية\" في أرض"
     " زراعية قرب مدينة الطبقة غربي الرقة.", "الثورة"),
    ("tests/reports/ar/wire_raqqa_deir_victims (the region opening the sentence is its scope)",
     "وفي ريف الرقة الشمالي، قُتل ثلاثة من عناصر قوات سوريا الديمقراطية بانفجار سيارة مفخخة قرب بلدة عين عيسى.",
     "عين عيسى"),
])
def test_a_place_near_which_no_named_area_lies_is_the_best_point_there_is(source, text, place):
    assert place in read(text)


EXECUTED = cases("people executed or found dead are killed at the place", [
    ("s_aljamaah_2012_26_most_in_idlib_busra_harir",
     "وبينهم ثمانية أشخاص أعدمتهم ميليشيا بشار ميدانيًّا في مدينة إدلب بحسب اللجان.", "إدلب", 8),
    ("n_alwatanalarabi_salahuddin_recaptured_2012",
     "فيما عثر على جثامين ستة مدنيين في حي القدم بدمشق بعد إعدامهم رمياً برصاص قوات الأسد بعد أن اعتقلتهم أكثر"
     " من 24 ساعة.", "القدم", 6),
])


@pytest.mark.parametrize("source, text, place, killed", EXECUTED)
def test_people_executed_or_found_dead_are_an_incident_with_their_count(source, text, place, killed):
    """أعدمتهم (executed them) after the people counted, جثامين (bodies of) before them: a killing with no
    attack word is still an incident place with its toll."""
    got = {i.place.name_ar: i.killed and i.killed.best for i in extract(text, lang="ar").incidents}
    assert got == {place: killed}, got


PROTESTED = cases("the attack a protest denounces, told elsewhere, is no incident of its own", [
    ("s_freshsyria_2018_douma_chemical_strike_calls_azaz",
     "دعا ناشطون وإعلاميون في ريفي حلب وإدلب شمالي سوريا اليوم الأحد، إلى إضراب عام في كافة المناطق المحررة"
     " للمطالبة بإيقاف الهجمات على المدنيين في مدينة دوما بريف دمشق، وذلك عقب ارتكاب قوات الأسد مجزرة في مدينة"
     " دوما باستخدام أسلحة كيماوية راح ضحيتها أكثر من 150 شهيدًا مدنيًا ومئات المصابين.\n"
     "في حين نظم ناشطون مساء أمس، وقفة احتجاجية في مدينة اعزاز شمال حلب، تنديدًا بمجزرة الكيماوي التي ارتكبتها"
     " قوات الأسد في مدينة دوما.", "2018-04-08", ("دوما", "2018-04-08", 151)),
    ("s_rassd_2012_darayya_massacre_lcc",
     "لايزال سيل الدماء متواصل في سوريا إذ قالت لجان التنسيق المحلية أن عدد شهداء اليوم الأحد وصل إلى 30 شهيدا"
     " حتى اللحظة, بينهم عائلة كاملة من داريا جنوب غرب دمشق التي شهدت مجزرة مروعة بالأمس راح ضحيتها 270 شخص"
     " ليرتفع حصيلة الشهداء أمس السبت إلى 440 شهيد .\n\n"
     "كما نظم سكان كفرزيتا بحماة إضرابًا للاحتجاج على مجزرة داريا التي قامت بها قوات النظام وأسفرت عن استشهاد"
     " حوالي 270 شخصًا في البلدة الواقعة في جنوب غرب دمشق بعد ثلاثة أيام من القصف بالمدفعية والصواريخ وطائرات"
     " الهليكوبتر.", "2012-08-26", ("داريا", "2012-08-25", 270)),
])


@pytest.mark.parametrize("source, text, date, told", PROTESTED)
def test_the_attack_a_protest_denounces_is_the_one_told_not_one_of_the_protest_day(source, text, date, told):
    """A vigil of the evening before (مساء أمس) denouncing the massacre told before gives no second incident at
    its place; nor does a strike protesting it; the place where people protested is none."""
    x = extract(text, lang="ar", date=date)
    got = [(i.place.name_ar, i.date, i.killed and i.killed.low) for i in x.incidents]
    assert got == [told], got
