"""Count classes of issue 12, each pinned on excerpts of real passages (tests/reports/real, the file
named beside each) and, where useful, a sentence that isolates the construction."""
import pytest

from core.arabic import normalize
from core.extract import extract
from core.tokens import tokenize
from tests.cases import cases


def incident(text, place_ar):
    """The incident the extractor gives for `place_ar` (by its Arabic name)."""
    x = extract(text)
    found = [i for i in x.incidents if i.place.name_ar == place_ar]
    assert found, [(i.place.name_ar, i.killed, i.wounded) for i in x.incidents]
    return found[0]


def best(count):
    return None if count is None else count.best


COUNTED = cases("a number glued to the word after it is read", [
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "ولفت المصدر إلى أن “المجموعات الإرهابية استهدفت بالقذائف الصاروخية والهاون منازل المواطنين, ما تسبب بمقتل"
     " شخص وإصابة 9آخرين في حي الحمدانية”.", "الحمدانية", "wounded", 9),
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "ونقلت وكالة الانباء (سانا) عن قيادة شرطة حلب قولها ان \"مسلحين استهدفوا حي صلاح الدين بعدد من القذائف"
     " الصاروخية, ما تسبب بارتقاء طفلة وإصابة 15شخصا بجروح مختلفة”.", "صلاح الدين", "wounded", 15),
    ("ar/s_enab_2013_moadamiyeh_shelter_rocket",
     "سقط ستة أطفال وجرح 15بين نساء وأطفال في قصف على مدينة معضمية الشام، فيما استشهد أيضًا الطفل حسن تغلب",
     "معضمية الشام", "wounded", 15),
    ("self-written", "قصف مدفعي على بلدة كفرنبل أدى إلى مقتل ٧مدنيين.", "كفرنبل", "killed", 7),
]) + cases("a number glued to the word before it is read", [
    ("ar/n_eventsy_sana_aleppo_mortars",
     "وذكر مصدر في محافظة حلب لمراسل سانا أن قذائف هاون أطلقها إرهابيون سقطت على فندق بلانيت في حي العزيزية بحلب"
     " ما أدى إلى استشهاد 12 مواطنا وإصابة52 آخرين إضافة إلى حدوث أضرار مادية بالمكان.", "العزيزية", "wounded", 52),
    ("ar/n_eventsy_sana_aleppo_mortars",
     "واستهدف إرهابيون عددا من أحياء مدينة حلب السكنية بعدد من قذائف الهاون والقذائف الصاروخية ما أدى إلى"
     " استشهاد24 مواطنا وإصابة 52 آخرين وإلحاق أضرار مادية كبيرة بالممتلكات.", "حلب", "killed", 24),
]) + cases("a policeman an officer or a shepherd is one person counted", [
    ("ar/s_963_quneitra_israeli_drone_police_mezzeh",
     "وقصفت مسيرة إسرائيلية مبنىً تابعاً للحكومة السورية يضم قسماً للشرطة عند دوار العلم في المدخل الشرقي لمدينة"
     " القنيطرة، ما أسفر عن مقتل شرطي وإصابة اثنين آخرين كحصيلة أولية.", "القنيطرة", "killed", 1),
    ("ar/n_7al_latakia_kasab_jableh_2019",
     "وفي الثاني من شهر أيار الفائت، شهد  ريف مدينة جبلة وأطرافها سقوط عدد من القذائف، تسببت بخسائر بشرية، إذ قتل"
     " ضابط من قوات النظام  وسقط أربعة جرحى مدنيين.", "جبلة", "killed", 1),
    ("ar/n_yalla_idlib_edge_workshop",
     "كما لقيت طفلة مصرعها جراء قصف مدفعي استهدف منازل قرية معرزاف، وأصيب راعٍ بجروح نتيجة غارة جوية على قرية"
     " جوزف.", "جوزف", "wounded", 1),
]) + cases("a casualty verb after an aside closed by a comma takes the number before it", [
    ("ar/n_smart_orum_kafrnaha_russian",
     "وأضاف \"أبو عادل\" أن تسعة مدنيين بينهم طفل وامرأة، أصيبوا إثر الغارات التي استهدفت بلدة كفرناها ( 14 كم غرب"
     " مدينة حلب)، وأسعفوا إلى مشافٍ ميدانية في المنطقة.", "كفر ناها", "wounded", 9),
    ("en/sohr_ariha_rocket_massacre_quqfin_kafr_taal",
     "SOHR initial reports have confirmed that eight people, including two children and a female, were killed in"
     " rocket fire by regime forces on Ariha city in the southern countryside of Idlib.", "أريحا", "killed", 8),
]) + cases("a figure of the dead replaces a bare word for the victims", [
    ("ar/s_spc_douma_mortar_child_family",
     "قوات الأسد تستهدف مدينة دوما في ريف دمشق بقذائف الهاون، تسفر عن سقوط عدد من الضحايا المدنيين.\n"
     "فقد قامت قوات النظام ظهر اليوم الأربعاء باستهداف مدينة دوما في الغوطة الشرقية بعدد من قذائف الهاون، مما أسفر"
     " عن استشهاد طفل وإصابة أفراد عائلته بجروح، جراء سقوط أحد القذائف على منزلهم.", "دوما", "killed", 1),
    ("ar/s_spc_moadamiyeh_22_barrels",
     "ضحايا مدنيون جراء استهداف الطيران المروحي لمدينة معضمية الشمام في ريف دمشق بعشرات البراميل المتفجرة.\n"
     "فقد تابع طيران النظام المروحي اليوم الثلاثاء هجمته الانتقامية ضد المدنيين المحاصرين في مدينة معضمية الشام"
     " ليرتفع عدد من البراميل التي استهدفت المدينة اليوم إلى 22 برميلاً، أسفرت عن استشهاد مدني وإصابة العشرات"
     " بجروح في المنطقة الجنوبية، حسب ما أفات تنسيقية المدينة.", "معضمية الشام", "killed", 1),
]) + cases("a victim named in quotes after a casualty word is one killed", [
    ("ar/s_spc_madaya_landmine_zabadani_sniper",
     "كما قام قناص النظام باستهداف المدنيين في مدينة الزبداني، ما أسفر عن ارتقاء” عمرو مرعي”جراء إصابته بطلق"
     " ناري في رأسه.", "الزبداني", "killed", 1),
    ("https://syrianpc.com/مقتل-عنصر-تابع-لقوات-النظام-بعبوة-ناسف (Syrian Press Center, Quneitra)",
     "تداولت وسائل الإعلام المحلية مصرعَ المدعو “أحمد شحادة الصوال” الملقب “أبو كفاح”، وقد قُتِلَ بانفجار عبوة"
     " ناسفة زُرِعتْ داخل سيارته في بلدة جبا في ريف القنيطرة.", "جبا", "killed", 1),
]) + cases("a toll risen to a figure before the number of the dead takes that figure", [
    ("ar/s_addustour_2014_douma_42_sohr",
     "وقال المرصد «ارتفع إلى 42 هم سبعة اطفال وسيدتان و25 رجلاً، وثماني جثث مجهولة الهوية، عدد الشهداء الذين تمكن"
     " المرصد  من توثيق استشهادهم، جراء تنفيذ طائرات النظام الحربية غارات عدة استهدفت مناطق في مدينة دوما في"
     " الغوطة الشرقية».", "دوما", "killed", 42),
    ("ar/s_sohr_douma_13_bala_clashes",
     "محافظة ريف دمشق- المرصد السوري لحقوق الانسان:: ارتفع إلى 13 بينهم 3 مواطنات وطفلان اثنان، عدد الشهداء"
     " الذين قضوا جراء قصف قوات النظام لمناطق في مدينة دوما بالغوطة الشرقية، وعدد الشهداء مرشح للارتفاع.",
     "دوما", "killed", 13),
    ("en/sohr_daraya_57_barrels_jesrin_sniper_duma",
     "Rose to 9 the number of people who were killed by bombardment by regime forces on Duma city.", "دوما", "killed", 9),
    ("en/sohr_mayadin_displaced_family_killed",
     "It rose to 5,  a displaced man and three of his children from the city of Deir Ezzor in addition to another"
     " man and a child girl, the number of people who were killed by the airstrikes that were carried out by"
     " warplanes on areas in al-Mayadin city east of Deir Ezzor city yesterday.", "الميادين", "killed", 5),
    ("en/sohr_douma_massacre_shifonia_nashabiya",
     "The death of civilians in the Eastern Ghouta of Damascus is still ongoing as more citizens are dying affected by"
     " injuries they had, where it increased to 6 including 2 children and 2 women, the number of martyrs documented"
     " by the SOHR who were killed in a massacre carried out by warplanes targeting the city of Douma.", "دوما", "killed", 6),
]) + cases("rising as a martyr counts the people after it", [
    ("ar/n_syrianews_salahuddin_hamdaniyeh",
     "مسلحين استهدفوا حي صلاح الدين بعدد من القذائف الصاروخية, ما تسبب بارتقاء طفلة وإصابة 15شخصا بجروح مختلفة.",
     "صلاح الدين", "killed", 1),
    ("ar/n_baath_azamiyeh_furqan_two_days",
     "اعتدت التنظيمات الإرهابية بالقذائف الصاروخية على حي الفرقان في حلب ما أدى لارتقاء 8 شهداء بينهم طفلان.",
     "الفرقان", "killed", 8),
]) + cases("people joined by wa add up however many there are", [
    ("ar/n_microsyria_khan_sheikhoun_hbit",
     "استهدفت منازل المدنيين، في مدينة خان شيخون بضربة جوية، أسفرت عن مقتل رجل وزوجته وطفلة صغيرة لهم، وإصابة طفل"
     " آخر لهم", "خان شيخون", "killed", 3),
    ("ar/n_mohrar_darat_izza_new_year_2024",
     "قصفت قوات الأسد قرية كباشين ما أدى إلى مقتل طفلين وامرأتين ورجلين.", "كباشين", "killed", 6),
]) + cases("singular and dual people before a casualty verb are its count", [
    ("ar/n_smart_latamneh_phosphorus_2018",
     "وقال ناشطون محليون، إن مدنيا قتل نتيجة قصف صاروخي لقوات النظام على مدينة اللطامنة من حواجزها المحيطة.",
     "اللطامنة", "killed", 1),
    ("ar/n_smart_orum_kafrnaha_russian",
     "وقال عضو في فريق الدفاع المدني إن مدنياً قتل إثر غارات روسية طالت بلدة أورم الكبرى (18 كم غرب مدينة حلب).",
     "أورم الكبرى", "killed", 1),
    ("ar/s_smart_2017_qaboun_barzeh_zamalka_arbin",
     "وكانت امرأة وطفلان قتلوا أمس، وأصيب عدد من المدنيين، بأربع غارات بالصواريخ على مدينة عربين (14 كم شرقي"
     " دمشق)، حسب الدفاع المدني.", "عربين", "killed", 3),
]) + cases("took the lives of counts the people after it", [
    ("ar/s_freshsyria_madira_breakdown_list",
     "شن طيران الأسد الحربي عدة غارات جوية مساء أمس، استهدفت مدينة مديرا تزامناً مع مئة قذيفة مدفعية طالت المدينة"
     " أودت بحياة سبعة مدنيين بينهم عائلة كاملة.", "مديرا", "killed", 7),
    ("ar/s_microsyria_dael_ibta_rockets_tafas_massacre",
     "وأشار إلى أن قوات الأسد ارتكبت أمس الخميس مجزرةً بحقِّ المدنيين في بلدة طفس، بعد استهدافها بالبراميل"
     " المتفجِّرة التي أودت بحياة ثلاثة أشخاص وإصابة آخرين بجروح خطيرة.", "طفس", "killed", 3),
    ("ar/s_rasheed_2018_douma_32_russian_likely",
     "موضحة ان قصف المعارضة لدمشق أودى بحياة أربعة أشخاص", "دمشق", "killed", 4),
]) + cases("the feminine verb lost her life counts the people after it", [
    ("ar/n_yalla_idlib_edge_workshop",
     "كما لقيت طفلة مصرعها جراء قصف مدفعي استهدف منازل في قرية جوزف.", "جوزف", "killed", 1),
    ("self-written", "لقيت امرأتان مصرعهما جراء قصف مدفعي على قرية جوزف.", "جوزف", "killed", 2),
]) + cases("an arabic toll takes the figure of its rise verb further on", [
    ("ar/s_syrianet_harasta_kindergarten",
     "وفي سياق متصل، تعرضت أحياء سكنية في مدينة دوما، اليوم السبت، لقصف جوي مكثف، وقال الناشط الإعلامي \"أبو عبادة\""
     " لـ\"السورية نت\" إن عدد الشهداء في المدينة حتى الآن بلغ 5 مدنيين.", "دوما", "killed", 5),
    ("ar/n_jo24_idlib_car_bombs_university_toll (the attack clause before it shortened)",
     "انفجار في مدينة حلب. وكان المرصد السوري افاد صباحا عن ارتفاع عدد القتلى الذين سقطوا في انفجاري جامعة حلب"
     " الثلاثاء الى 87.", "جامعة حلب", "killed", 87),
])


@pytest.mark.parametrize("source, text, place, kind, n", COUNTED)
def test_people_counted_give_the_place_an_exact_count_of_their_kind(source, text, place, kind, n):
    count = getattr(incident(text, place), kind)
    assert (count.best, count.vague) == (n, False)


NO_COUNT = cases("wounded named only to say the toll may rise are no count", [
    ("ar/n_shorouk_suleimaniyeh_mortars_two_sources",
     "وقال المرصد السوري لحقوق الإنسان \"ارتفع إلى عشرة على الأقل عدد الشهداء الذين قضوا جراء سقوط قذائف محلية الصنع"
     " وصواريخ على مناطق تسيطر عليها قوات النظام في حي الأشرفية في مدينة حلب\"، مشيرًا إلى أن عدد القتلى مرشح للارتفاع"
     " بسبب وجود جرحى بحالات خطرة.", "الأشرفية", "wounded"),
    ("ar/s_sohr_tafas_barrels_ajami_kashef (the clause of the named wounded left out)",
     "في حين استشهدت 3 مواطنات هم مواطنة وابنتها ومواطنة أخرى، إثر قصف جوي مناطق في بلدة طفس بريف درعا، وعدد"
     " الشهداء مرشح للارتفاع بسبب وجود جرحى بحالات خطرة.", "طفس", "wounded"),
]) + cases("a toll told over various areas is no places count", [
    ("ar/s_aawsat_2012_tadamon_qasioun_rukneddin_bike",
     "في وقت استمرت فيه قوات الجيش النظامي بإطلاق القذائف المدفعية والصاروخية من الكتائب المتمركزة على جبل قاسيون"
     " باتجاه أحياء دمشق الجنوبية: التضامن والقدم ومخيم اليرموك وببيلا، بينما أفادت لجان التنسيق المحلية بسقوط"
     " أكثر من 90 قتيلا بمناطق مختلفة بنيران قوات النظام السوري في حصيلة أولية.", "التضامن", "killed"),
    ("sauress.com/spa/1035434 (SPA, citing SOHR)",
     "قتل أحد عشر شخصًا على الأقل في سوريا فجر اليوم في قصف وهجمات وقعت في مناطق مختلفة لا سيما في ريف دمشق وحلب."
     " أكد ذلك المرصد السوري لحقوق الإنسان ، مشيرًا إلى أن الاشتباكات العنيفة تواصلت بين القوات النظامية ومقاتلين"
     " معارضين في مدينة حلب.", "حلب", "killed"),
]) + cases("a number of attacks after a killing verb is no count", [
    ("sohr_ariha_rocket_massacre_quqfin_kafr_taal",
     "The Russian fighter jets executed three airstrikes on the perimeter of the Turkish military post in al-Barah"
     " in Jabal al-Zawiyah in the southern countryside of Idlib.", "البارة", "killed"),
    ("sohr_ariha_rockets_jabal_zawiyah_breakdown (its two sentences on Sheikh Youssef joined)",
     "A few hours earlier, SOHR sources said that Russian jets executed two strikes on Sheikh Youssef area on the"
     " western outskirts of Idlib city.", "إدلب", "killed"),
])


@pytest.mark.parametrize("source, text, place, kind", NO_COUNT)
def test_a_figure_that_counts_no_casualties_of_the_place_leaves_its_count_of_that_kind_none(source, text, place, kind):
    assert getattr(incident(text, place), kind) is None


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_7al_latakia_kasab_jableh_2019",
     "اللاذقية (الحل) – شهدت مدينة اللاذقية، اليوم الإثنين، سقوط قذيفة صاروخية، طالت أطرافها دون أن تسفر عن"
     " أيّة ضحايا وجرحى، واقتصرت خسائرها على المادية فقط.", "اللاذقية"),
    ("ar/n_smart_latamneh_phosphorus_2018",
     "وقال ناشطون محليون، إن مدنيا قتل نتيجة قصف صاروخي لقوات النظام على مدينة اللطامنة من حواجزها المحيطة،"
     " فيما لم يسجل إصابات بقصف مماثل وجوي على مدينة كفرزيتا.", "كفرزيتا"),
    ("en/aranews_daraa_dael_nawa_barrels",
     "The city of Nawa in Daraa province was also targeted on Thursday with explosive barrels, dropped from"
     " military helicopters, causing large damage in residential buildings and a state of panic among civilians,"
     " without recording casualties.", "نوى"),
    ("self-written", "Helicopters dropped barrel bombs on Nawa, without causing any casualties.", "نوى"),
])
def test_a_negated_casualty_word_is_zero_for_both_counts(source, text, place):
    got = incident(text, place)
    assert (best(got.killed), best(got.wounded)) == (0, 0)


@pytest.mark.parametrize("text, killed, wounded", [
    ("قصف مدفعي على مدينة كفرزيتا دون سقوط قتلى.", 0, None),
    ("قصف مدفعي على مدينة كفرزيتا لم يسفر عن أي جرحى.", None, 0),
    ("Shells hit Kafr Zita, killing two civilians, with no civilian injuries reported.", 2, 0),
])
def test_a_negated_killed_or_wounded_word_is_zero_for_its_own_kind(text, killed, wounded):
    got = incident(text, "كفرزيتا")
    assert (best(got.killed), best(got.wounded)) == (killed, wounded)


def test_the_number_of_barrels_risen_to_is_no_count():
    """en/sohr_daraya_57_barrels_jesrin_sniper_duma: 57 barrels, not 57 people."""
    text = ("Reef Dimashq province: Rose to 57 the number of explosive barrels which have been dropped on areas of"
            " Daraya during the past 24 hours amid targeting the city with 19 missiles by regime forces.")
    assert incident(text, "داريا").killed is None


@pytest.mark.parametrize("source, text, place", [
    ("en/sohr_muadamiyat_barrels_daraa_najih",
     "Helicopters kill 3 men and injure others in Muadamiyat al-Sham city in the Western Ghouta", "معضمية الشام"),
    ("en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "The helicopters dropped barrel bombs on the towns of al- Yadodah and Tafas leading to wound some civilians in"
     " Tafas.", "طفس"),
])
def test_the_plain_verbs_injure_and_wound_count_the_people_after_them(source, text, place):
    w = incident(text, place).wounded
    assert (w.low, w.vague) == (2, True)


@pytest.mark.parametrize("source, text, place, low", [
    ("ar/n_shaam_atarib_manbij_two_massacres",
     "وكانت المجزرة الأولى في مدينة الأتارب بريف حلب الغربي، وراح ضحيتها عشرة شهداء على الأقل والعديد من الجرحى",
     "الأتارب", 10),
    ("ar/s_sohr_tafas_barrels_ajami_kashef (headline)", "3 شهداء على الأقل في قصف استهدف بلدة بريف درعا", "ريف درعا", 3),
    ("ar/n_sohr_shaar_mashhad_toll_rises (headline)",
     "12 شهيداً على الأقل في حيين بمدينة حلب وعشرات الجرحى والمفقودين تحت أنقاض الدمار فيها", "حلب", 12),
    ("self-written", "Warplanes struck Atarib. 13 people were killed at least.", "الأتارب", 13),
])
def test_at_least_after_the_casualty_noun_makes_an_at_least_count(source, text, place, low):
    k = incident(text, place).killed
    assert (k.low, k.high, k.vague) == (low, None, True)


@pytest.mark.parametrize("source, text, figure", [
    ("ar/s_rozana_darayya_33_barrels_campaign",
     "ألقى الطيران المروحي برميلين متفجرين على مدينة داريا. وأشار المجلس في إحصاءات له، إلى أن \"35 شخصاً قتلوا"
     " خلال حملة القصف العشوائي التي شنها جيش النظام على داريا منذ أوائل شهر آب الماضي\".", 35),
    ("ar/s_baladi_wadi_barada_3000_shells_madaya",
     "وأحصى ناشطون مقتل أكثر من 50 عنصرا من قوات النظام والميليشيات المساندة لها خلال اليومين الفائتين من"
     " المعارك في وادي بردى.", 51),
    ("en/now_madaya_fleeing_civilians_hezbollah_fire",
     "Hezbollah snipers shot at civilians fleeing Madaya. The monitoring NGO said that a total of five people have"
     " died in Madaya the past 24 hours.", 5),
    ("en/sohr_douma_suffocation_cemetery",
     "Barrel bombs fell on areas in Douma city, which raised the number of people who have been killed since"
     " yesterday to 48 civilian casualties.", 48),
])
def test_a_toll_over_a_campaign_or_days_is_no_incident_count(source, text, figure):
    assert all(i.killed is None or i.killed.low != figure for i in extract(text).incidents)


@pytest.mark.parametrize("source, text", [
    ("ar/n_aljazeera_aleppo_barrels_2015",
     "حيث سقط العشرات بين قتلى وجرحى في حلب بعد أن قصف طيران النظام السوري بالبراميل المتفجرة أحياء الكلاسة وباب"
     " الحديد وبستان القصر في المدينة"),
    ("ar/n_24ae_qamishli_car_bomb_2018",
     "وتسيطر وحدات حماية الشعب الكردي على الحي الغربي من مدينة القامشلي، الذي شهد تفجيراً في منتصف 2016 أسفر عن"
     " سقوط أكثر من 150 بين قتيل وجريح"),
])
def test_a_toll_of_dead_and_wounded_together_counts_neither(source, text):
    assert all(i.killed is None and i.wounded is None for i in extract(text).incidents)


@pytest.mark.parametrize("source, text, place", [
    ("ar/n_smart_orum_kafrnaha_russian",
     "قتل وجرح عشرة مدنيين، اليوم الخميس، إثر قصف لسلاح الجو الروسي على بلدة أورم الكبرى غرب حلب.", "أورم الكبرى"),
    ("ar/s_963_quneitra_israeli_drone_police_mezzeh",
     "قتل وأصيب 3 عناصر من الشرطة التابعة للحكومة السورية اليوم الأربعاء، بقصف طائرة مسيرة إسرائيلية على مدينة"
     " القنيطرة جنوب غربي البلاد.", "القنيطرة"),
    ("ar/n_mohrar_darat_izza_new_year_2024 (headline)",
     "17 شهيداً وجريحاً بقصفٍ لقواتِ الأسدِ على مدينة دارة عزة", "دارة عزة"),
    ("ar/s_smart_2017_qaboun_barzeh_zamalka_arbin",
     "قتل وأصيب عدد من المدنيين، اليوم الأحد، بغارات شنتها طائرات النظام الحربية على حي القابون بدمشق.", "القابون"),
])
def test_killed_and_wounded_given_as_one_figure_count_neither(source, text, place):
    got = incident(text, place)
    assert (got.killed, got.wounded) == (None, None)


@pytest.mark.parametrize("source, text, killed, wounded", [
    ("ar/n_24ae_qamishli_car_bomb_2018",
     "وقالت مصادر أمنية إن 5 أشخاص قتلوا وأصيب 7 آخرين في الانفجار الذي وقع في سيارة بمدينة القامشلي.", 5, 7),
    ("ar/n_963_tadil_abzemo_drones",
     "وكان 6 أشخاص قد قتلوا وأصيب 15 آخرون جراء غارات روسية مكثفة على مدينة القامشلي.", 6, 15),
])
def test_a_verb_after_its_own_people_is_no_joint_figure_with_the_next_verb(source, text, killed, wounded):
    got = incident(text, "القامشلي")
    assert (best(got.killed), best(got.wounded)) == (killed, wounded)


def test_the_civilian_told_of_before_a_casualty_verb_is_no_new_count():
    """ar/s_enab_moadamiyeh_toxic_gas: المدني توفي refers back to a civilian already counted."""
    got = incident("قصفت قوات النظام مدينة معضمية الشام بغاز سام، وقال ناشطون إن المدني توفي في المشفى.", "معضمية الشام")
    assert got.killed is None


@pytest.mark.parametrize("source, text, place, low, vague", [
    ("ar/n_alhayat_salahuddin_battle_2012",
     "وقال مقاتل آخر إن 68 شخصاً على الأقل قتلوا في حي صلاح الدين.", "صلاح الدين", 68, True),
    ("ar/n_24ae_qamishli_car_bomb_2018",
     "وقالت مصادر أمنية سورية إن \"5 اشخاص على الأقل قتلوا وأصيب 7 آخرين في الانفجار الذي وقع في سيارة بالحي الغربي"
     " من مدينة القامشلي\".", "القامشلي", 5, True),
    ("ar/n_963_tadil_abzemo_drones",
     "وكان 6 أشخاص قد قتلوا وأصيب 15 آخرون في 16 تشرين الأول/ أكتوبر الجاري، جراء غارات روسية مكثفة على عدة مناطق في"
     " القسم الغربي من مدينة إدلب.", "إدلب", 6, False),
])
def test_people_counted_before_their_verb_past_at_least_or_qad_are_its_count(source, text, place, low, vague):
    k = incident(text, place).killed
    assert (k.low, k.vague) == (low, vague)


@pytest.mark.parametrize("source, text, figure", [
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "جدير بالذكر أن فريق “منسقو استجابة سوريا”، أكد في بيان له، يوم أمس السبت، مقتل 1453 مدنياً في إدلب بنيهم 403"
     " أطفال، منذ توقيع اتفاق “سوتشي”، وذلك جراء الحملة العسكرية التي تقودها قوات النظام وروسيا على المنطقة.", 1453),
    ("ar/s_spc_douma_mortar_child_family",
     "يذكر بأن مدينة دوما تتعرض للقصف المدفعي والجوي بشكل شبه يومي، أسفر عن تصدرها مدن ريف دمشق بعدد الشهداء منذ"
     " التدخل الروسي في سوريا، والذي ارتكب عدداً من المجازر أسفر عن مئات الضحايا المدنيين.", 200),
])
def test_a_toll_since_an_event_that_opened_a_period_is_no_incident_count(source, text, figure):
    assert all(i.killed is None or i.killed.low != figure for i in extract(text).incidents)


def test_the_massacres_of_a_campaigns_toll_make_no_incident_a_massacre():
    """ar/s_spc_douma_mortar_child_family: 'ارتكب عدداً من المجازر' since the Russian intervention."""
    text = ("يذكر بأن مدينة دوما تتعرض للقصف المدفعي والجوي بشكل شبه يومي، أسفر عن تصدرها مدن ريف دمشق بعدد الشهداء منذ"
            " التدخل الروسي في سوريا، والذي ارتكب عدداً من المجازر أسفر عن مئات الضحايا المدنيين.")
    assert not any(i.massacre for i in extract(text).incidents)


@pytest.mark.parametrize("source, text, place, killed, wounded", [
    ("ar/n_baath_meysaloun_masharqa_unrwa",
     "استهدفت التنظيمات الإرهابية حي المشارقة في حلب، وتسببت الاعتداءات بارتقاء 12 شهيدا وإصابة 64 شخصا أغلبيتهم من"
     " الأطفال والنساء.", "المشارقة", 12, 64),
    ("ar/s_spc_douma_nashabiyah_russian_raids",
     "قامت مدفعية قوات النظام باستهداف وسط مدينة دوما بثلاث قذائف صاروخية، ما أسفر عن سقوط طفل شهيد وإصابة العشرات"
     " بينهم نساء وأطفال.", "دوما", 1, 24),
])
def test_a_martyr_count_and_a_wounded_count_with_its_own_figure_are_two_counts(source, text, place, killed, wounded):
    got = incident(text, place)
    assert (got.killed.best, got.wounded.low) == (killed, wounded)


@pytest.mark.parametrize("source, words, number", [
    ("ar/n_alwatanalarabi_tartus_jableh_toll_swap", "يضرب معاقل الأسد بـ100 قتيل", "100"),
    ("ar/s_shaam_2018_kafr_batna_russian_napalm", "الـ50", "50"),
])
def test_a_number_glued_to_an_article_or_a_proclitic_stays_in_its_word(source, words, number):
    n = normalize(words)
    glued = [t for t in tokenize(n.text, "ar", n) if number in t.text]
    assert len(glued) == 1 and glued[0].text != number and number in [k for _, k in glued[0].variants] + [glued[0].key]


def test_another_number_of_the_wounded_is_several():
    """ar/n_alwatanalarabi_tartus_jableh_toll_swap: وعدد آخر من الجرحى, like عدد من الجرحى."""
    text = ("استهدفت سلسلة تفجيرات الاثنين مدينتي جبلة وطرطوس الساحليتين في غرب سوريا ما أسفر عن سقوط أكثر من مئة"
            " قتيل وعدد آخر من الجرحى.")
    c = incident(text, "طرطوس").wounded
    assert (c.low, c.vague, c.shared) == (2, True, True)


def test_a_paragraph_opening_with_lafata_gives_its_toll_to_the_places_before():
    """ar/n_baath_meysaloun_masharqa_unrwa: ولفت المصدر إلى أن ... إصابة 64 شخصا, after the quarters' paragraph."""
    text = ("وذكر مصدر في قيادة شرطة محافظة حلب أن التنظيمات الإرهابية استهدفت بعشرات القذائف بعد ظهر اليوم أحياء"
            " ميسلون والمشارقة والأعظمية في حلب.\n\nولفت المصدر إلى أن الاعتداءات الإرهابية “تسببت بارتقاء 12 شهيدا"
            " وإصابة 64 شخصا أغلبيتهم من الأطفال والنساء”.")
    assert (best(incident(text, "المشارقة").killed), best(incident(text, "المشارقة").wounded)) == (12, 64)

