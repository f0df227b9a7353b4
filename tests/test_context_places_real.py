"""Places named only as context (issue 12, place precision), pinned on excerpts of real passages
(tests/reports/real, the file named beside each): the wide area a campaign or a toll spans, the
area a place is in, are no incident places; the places the passage tells of still are."""
from pathlib import Path

import pytest

from core.extract import extract

REAL = Path(__file__).parent / "reports" / "real"


def places(text, lang=None):
    """Arabic names of the incident places the extractor gives for `text`."""
    return {i.place.name_ar for i in extract(text, lang=lang).incidents}


@pytest.mark.parametrize("source, text, wide, place", [
    ("ar/n_enab_atarib_massacre_nov_2024",
     "ارتفعت حصيلة القتلى والإصابات جراء القصف الجوي والمدفعي والصاروخي المكثف والمتواصل لقوات النظام السوري"
     " وحليفها الروسي والميليشيات الإيرانية على مدن وبلدات ريفي إدلب وحلب اليوم، الخميس 28 من تشرين الثاني.\n\n"
     "وذكر “الدفاع المدني السوري” أن عدد القتلى ارتفع إلى 20 مدنيًا بينهم خمسة أطفال وامرأتان.\n\n"
     "ارتفاع الحصيلة هذا جاء بعد ارتفاع حصيلة القتلى جراء المجزرة التي ارتكبتها طائرات النظام وروسيا في مدينة"
     " الأتارب، غربي حلب، إلى 15 قتيلًا مدنيًا.", "إدلب", "الأتارب"),
    ("ar/n_mohrar_atarib_maaret_atarib_2020",
     "وقال الدفاع المدني السوري إنّ قصفاً مدفعياً أطلقته قوات الأسد استهدف مدينة الأتارب صباح اليوم، أسفر عن"
     " استشهاد مدنيين اثنين وإصابة 5 آخرين.\n"
     "وتشنّ قواتُ الأسد وبدعم من الاحتلال الروسي منذ منتصف كانون الأول/ديسمبر الماضي، حملة عسكرية بريّة تترافق"
     " بقصفٍ عنيفٍ على مناطق “خفض التصعيد” بريفي إدلب وحلب، ما أدّى إلى مقتل وجرحِ مئات المدنيين.", "إدلب", "الأتارب"),
    ("ar/n_baladi_atarib_kamikaze_drones_2024",
     "وأوضح أن الهجوم استهدف بشكل مباشر عمالاً في حقول الزيتون بمحيط الأتارب، ما أدى إلى إصابة ثلاثة أشخاص.\n"
     "وأكد الدفاع المدني أن النظام يشن هجمات ممنهجة بالطائرات المسيّرة \"الانتحارية\" على شمال غربي سوريا، مما"
     " يهدد حياة المدنيين ويقوّض أنشطتهم وتحركاتهم والعمل في الأراضي الزراعية بأرياف حلب وإدلب ومنطقة سهل الغاب.",
     "سهل الغاب", "الأتارب"),
    ("ar/n_aawsat_tartus_israeli_missiles",
     "مقتل جنديين سوريين بقصف إسرائيلي على طرطوس\n\n"
     "أفاد المرصد السوري، اليوم الأربعاء، بوقوع انفجارات في ريفي حمص وطرطوس جراء ثاني قصف إسرائيلي خلال ساعات.",
     "حمص", "طرطوس"),
])
def test_the_countrysides_a_campaign_spans_are_no_incident_places(source, text, wide, place):
    got = places(text)
    assert wide not in got and place in got, got


def kinds(text, lang=None):
    """{Arabic name: attack types} of the incidents the extractor gives for `text`."""
    return {i.place.name_ar: set(i.types) for i in extract(text, lang=lang).incidents}


@pytest.mark.parametrize("source, text, wide, place, kind", [
    ("ar/n_manbijmc_arima_turkish_shelling",
     "كما تعرضت كل من قرى ” جب الدم، جب الحمرة، تل صيادة، يلاني، وعون دادات” بريفي منبج والباب لقصف مكثف"
     " بقذائف الهاون والصواريخ.", "منبج", "جب الدم", "mortar"),
    ("ar/n_963_tadil_abzemo_drones",
     "كما قصفت القوات الحكومية بالمدفعية الثقيلة وقذائف الهاون، مناطق دير سنبل وحرش بينين والأربيخ ومعارة النعسان"
     " في ريفي إدلب الجنوبي والشرقي، ومناطق كفر عمة وكفر تعال في ريف حلب الغربي.", "ريف إدلب الجنوبي", "دير سنبل",
     "mortar"),
    ("ar/n_baladi_sayyad_quoted_lists",
     "وفي السياق ذاته، قصفت قوات النظام بالمدفعية قرى ومناطق \"المنصورة وجمعية الكهرباء وشاميكو وكفر حمرة وخان"
     " العسل ومعارة الارتيق\" بريفي حلب الشمالي والغربي.", "ريف حلب الشمالي", "خان العسل", "artillery"),
])
def test_the_countrysides_right_after_a_list_of_places_locate_it_and_its_attack_goes_to_them(
        source, text, wide, place, kind):
    got = kinds(text, "ar")
    assert wide not in got and kind in got.get(place, ()), got


@pytest.mark.parametrize("source, text, areas", [
    ("ar/s_aljazeera_zamalka_funeral_helicopter",
     "ذكرت الشبكة السورية لحقوق الإنسان أن 133 شخصا قتلوا بنيران قوات النظام معظمهم في ريف دمشق ودير الزور.",
     {"ريف دمشق", "دير الزور"}),
    ("ar/n_spc_lcc_37_daily_toll_mostly_aleppo",
     "وثقت لجان التنسيق المحلية يوم أمس الأحدإستشهاد 37 مدنياً بنيران الأسد وطائراته في عدد من المحافظات والمدن"
     " والسورية معظمهم في حلب.", {"حلب"}),
])
def test_the_areas_most_of_a_toll_fell_in_are_no_incident_places(source, text, areas):
    got = places(text, "ar")
    assert not areas & got, got


@pytest.mark.parametrize("source, text, area, place", [
    ("ar/n_syriatv_kafr_amma_brothers_2022",
     "وقالت مصادر لـ موقع تلفزيون سوريا إنّ قوات النظام استهدفت بقذائف المدفعية الثقيلة قرية كفرعمّة في منطقة"
     " الأتارب غربي حلب، ما أدّى إلى مقتل الشاب محمد حمدو عرب وإصابةِ طفل شقيقه.", "الأتارب", "كفر عمة"),
    ("ar/n_enab_kafrnaha_shelter_2020",
     "قتل مدنيان بينهم طفل، نتيجة قصف طيران حربي روسي على مركز إيواء، في بلدة كفرناها التابعة لمدينة الأتارب،"
     " بريف حلب الغربي اليوم، الجمعة 17 من كانون الثاني.", "الأتارب", "كفر ناها"),
    ("ar/n_smart_jisr_bdama_tal_halawa",
     "وتعرضت بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي مماثل ما أدى إلى مقتل مدني وجرح أربعة آخرين، حسب ما"
     " أفاد الدفاع المدني في المدينة.", "جسر الشغور", "بداما"),
    ("en/freshsyria_ghanya_sheikh_sindyan_artillery",
     "Civilians were injured Monday morning in Assad regime’s artillery shelling on “Ghanya” village in Jisr"
     " al-Shughur countryside, western Idleb.\n\nOur correspondent said that Assad regime forces targeted with heavy artillery shelling the villages of"
     " “Sheikh Sindyan” and “Ghanya” in Jisr al-Shughur subdistricts in western Idlib.", "جسر الشغور", "غانية"),
])
def test_a_town_named_as_the_area_a_place_belongs_to_only_locates_it(source, text, area, place):
    got = places(text)
    assert area not in got and place in got, got


@pytest.mark.parametrize("source, text, origin, place", [
    ("ar/n_sohr_jalbara_poultry_farm_turkey",
     "مزيد من الشهداء يرفع إلى 11 بينهم عائلة نازحة من إدلب عدد ضحايا مجزرة المدجنة في منطقة عفرين والضربات"
     " الجوية تواصل استهداف المنطقة", "إدلب", "عفرين"),
    ("ar/n_sohr_lahaya_farmworkers_2018",
     "أنه استهدفت قوات النظام صباح اليوم منطقة لحايا الواقعة في القطاع الشمالي لحماة، ما أسفر عن استشهاد 5"
     " مواطنين بينهم طفلة ومواطنة، وسقوط عدد من الجرحى، قالت مصادر أنهم عمال يعملون في مجال الزراعة، وجرى استهداف"
     " سيارتهم من قبل قوات النظام خلال توجههم إلى عملهم، كما أكدت المصادر أنهم ينحدرون من قرية بريف إدلب الجنوبي،"
     " وكانت هزت المزيد من الانفجارات مناطق في ريف حماة الشمالي بعد منتصف ليل الجمعة – السبت.",
     "ريف إدلب الجنوبي", "لحايا"),
])
def test_where_the_victims_come_from_is_no_incident_place(source, text, origin, place):
    got = places(text)
    assert origin not in got and place in got, got


@pytest.mark.parametrize("source, text, home", [
    ("ar/s_northpress_2020_qurayya_fifth_corps_clashes",
     "وأفاد مصدر من فصائل السويداء المحلية لنورث برس أن عدد قتلى الفصائل ارتفع إلى نحو /14/ قتيل و/62/ جريحاً.",
     "السويداء"),
    ("ar/s_shaam_douma_russian_assad_jets",
     "كما تتقدم قوات الأسد على عدة جبهات ويقضم في كل يوم أراضي جديدة، وسط خلاف وتشظي بين جميع فصائل الغوطة"
     " الشرقية.", "الغوطة الشرقية"),
])
def test_the_place_whose_factions_a_fighters_word_names_is_no_incident_place(source, text, home):
    assert home not in places(text, "ar")


@pytest.mark.parametrize("source, text, home", [
    ("ar/s_northpress_2020_qurayya_fifth_corps_clashes",
     "ارتفعت حصيلة المواجهات التي دارت الثلاثاء، بين فصائل محلية من السويداء وعناصر من الفيلق الخامس المدعوم"
     " روسياً بريف السويداء إلى أكثر من /76/ قتيلاً وجريحاً.", "السويداء"),
    ("ar/s_ugarit_daraa_saida_checkpoint_tafas",
     "واندلعت اشتباكات بين قوات الحكومة السورية ومسلحين محليين من درعا تخلله إطلاق قذائف الآر بي جي من الطرفين،"
     " على حاجز صيدا شرق المحافظة.", "درعا"),
])
def test_where_local_fighters_come_from_is_no_incident_place(source, text, home):
    assert home not in places(text, "ar")


def test_the_clashes_of_local_factions_are_at_the_villages_they_fought_in():
    """ar/s_northpress_2020_qurayya_fifth_corps_clashes: the factions of As-Suwayda fought at Mjeimer and Qurayya."""
    text = (REAL / "ar" / "s_northpress_2020_qurayya_fifth_corps_clashes.txt").read_text(encoding="utf-8")
    assert places(text) == {"قرية المجيمر", "القريا"}


def unresolved(text, lang=None):
    return {m.text for m in extract(text, lang=lang).unresolved}


@pytest.mark.parametrize("source, text, longer, shorter, lang", [
    ("ar/s_qasioun_daraa_gharyah_six_barrels",
     "درعا (قاسيون) - قضى ستة مدنيين نصفهم أطفال، وجرح آخرون، يوم الخميس، في قصف لطيران النظام المروحي بالبراميل"
     " المتفجرة، على بلدة الغارية الغربية بريف درعا.", "الغارية الغربية", "الغارية", "ar"),
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "وأشار مراسلنا، إلى تعرض بلدة “الزيارة”، وقرية “زيزون الجديدة”، في منطقة سهل الغاب بريف حماة الغربي، لقصفٍ"
     " براجمات الصواريخ.", "زيزون الجديدة", "زيزون", "ar"),
    ("en/sohr_daraa_eastern_gharya_quran_center",
     "The number of civilians who were killed in the massacre committed by the regime warplanes in the Eastern"
     " Gharya has risen to 18, including 14 children and a woman.", "Eastern Gharya", "الغارية", "en"),
])
def test_a_name_lengthened_by_a_compass_or_new_word_is_another_place_the_gazetteer_lacks(
        source, text, longer, shorter, lang):
    assert shorter not in places(text, lang) and longer in unresolved(text, lang)


def test_a_toll_told_at_a_place_the_gazetteer_lacks_stays_off_the_town_of_the_paragraph_before():
    """en/sohr_daraa_eastern_gharya_quran_center: the 18 of the Eastern Gharya are not Alma's."""
    text = ("Daraa Province:\n\nThe regime forces shelled places in the towns of al- Sora and Alma, no information"
            " about casualties so far.\n\n\nThe number of civilians who were killed in the massacre committed by the"
            " regime warplanes in the Eastern Gharya has risen to 18, including 14 children and a woman.")
    [alma] = [i for i in extract(text, lang="en").incidents if i.place.name_ar == "علما"]
    assert alma.killed is None and alma.types == ("shelling",)


@pytest.mark.parametrize("source, text, place", [
    ("en/airwars_ghouta_saqba_otaya_shifonya_arbeen",
     "According to local sources, Russian and/or Assad-waged warplanes and helicopters struck Arbeen, eastern"
     " Ghouta, Damascus, killing up to three civilians, including two children as well as wounding “dozens”.",
     "عربين"),
    ("en/airwars_rs3052_saqba_hospital_barrels",
     "Up to 15 civilians, including three children and three women, were killed along with several wounded as the"
     " town of Saqba, eastern Ghouta, Damascus, was struck by air raids, local media reported.", "سقبا"),
])
def test_a_lowercase_compass_word_begins_the_region_that_locates_the_place_before(source, text, place):
    got = places(text, "en")
    assert got == {place}, got


def test_a_compass_led_countryside_where_the_attackers_are_deployed_is_no_incident_place():
    """en/hawar_latakia_gharraf_rocket: the northern Latakia countryside is where the rocket came from."""
    text = ("Four civilians, including a child, were injured as a result of the launching of a rocket by a group of"
            " Turkish mercenaries deployed in the northern Latakia countryside on the Syrian city of Latakia.")
    assert places(text, "en") == {"اللاذقية"}


@pytest.mark.parametrize("source, text, word, place", [
    ("en/sn4hr_saraqeb_shefaa_hospital_missiles",
     "SNHR: Syrian regime fixed- wing warplanes fired missiles near al Shefaa Hospital in Saraqeb city in Idlib"
     " governorate eastern suburbs, partially destroying its building and damaging an ambulance parked near the"
     " hospital, on May 22, 2019.", "الشعفة", "سراقب"),
    ("en/sn4hr_hass_nabd_hayat_hospital_barrels",
     "SNHR: Syrian regime helicopters dropped 2 barrel bombs in front of Nabd al Hayat Hospital in south of Hass"
     " village in Idlib governorate southern suburbs, severely damaging its equipment and burning its generators,"
     " on September 8, 2018.", "الهيات", None),
])
def test_a_village_name_inside_a_hospitals_name_is_no_place(source, text, word, place):
    got = places(text, "en")
    assert word not in got and (place is None or place in got), got


@pytest.mark.parametrize("source, text, word, place", [
    ("ar/n_baladi_boukamal_mahdatha_school",
     "وأفادت مصادر إعلامية محلية أن طائرات حربية -يُرجح أنها روسية- استهدفت فجر اليوم بغارات جوية عدة محيط مدرسة"
     " (المحدثة) في مدينة البوكمال بريف دير الزور الشرقي، ما تسبب باستشهاد 14 مدنياً وإصابة العشرات بجروح.",
     "مدرسة", "البوكمال"),
    ("ar/s_watania_2016_douma_school_surroundings",
     "قتل تسعة أشخاص بينهم أطفال وجرح عشرات في غارات روسية وقصف مدفعي لقوات النظام على محيط مدرسة للتعليم"
     " الابتدائي، أثناء خروج الطلاب منها في مدينة دوما بريف دمشق.", "مدرسة", "دوما"),
])
def test_an_ordinary_noun_after_an_area_word_is_no_village(source, text, word, place):
    """محيط مدرسة: the surroundings of a school; the toll is the town's."""
    got = {i.place.name_ar: i for i in extract(text).incidents}
    assert word not in got and got[place].killed is not None, got


@pytest.mark.parametrize("source, text, quarter, town", [
    ("ar/n_mohrar_darat_izza_new_year_2024",
     "وأوضح الدفاعُ المدني أنَّ القصفَ استهدف مرفقاً خدمياً للكهرباء في مدينة دارةِ عزّةَ وفرناً ومسجداً وسوق المدينة"
     " ومنازلَ المدنيين.", "سوق المدينة", "دارة عزة"),
    ("ar/s_orient_harasta_funeral_mortars",
     "وقال مراسل أورينت إن عناصر النظام استهدفت بقذائف الهاون مقبرة حي الجديدة الممتدة بين مدينتي حرستا والقابون في"
     " منطقة غرب الاتستراد أثناء تشييع أحد الشهداء ما أوقع 10 شهداء كحصيلة أولية، إضافة إلى إصابة آخرين.",
     "القابون", "حرستا"),
])
def test_a_quarter_of_another_city_in_a_towns_list_does_not_take_the_towns_cue(source, text, quarter, town):
    got = places(text)
    assert quarter not in got and town in got, got
