"""Containers of issue 12 (place precision), pinned on excerpts of real passages (tests/reports/real,
the file named beside each): a governorate, a region or a city that only locates, frames a total
or heads a list of its own parts is no incident; the places inside it carry the incidents."""
import pytest

from core.extract import extract


def places(text, lang=None):
    """Arabic names of the incident places the extractor gives for `text`."""
    return {i.place.name_ar for i in extract(text, lang=lang).incidents}


@pytest.mark.parametrize("source, text, container, inside", [
    ("en/kurdistan24_tal_rifaat_school_artillery",
     "Eight children killed in Turkish artillery strike in Tal Rifaat: Group\n\n"
     "(ThisDay | Iraq News Now)- ERBIL (Kurdistan 24) – The UK-based Syrian Observatory for Human Rights (SOHR)"
     " reported that at least 11 Kurdish civilians were killed on Monday in a Turkish artillery attack in Aleppo"
     " province, including eight children.", "حلب", "تل رفعت"),
    ("en/qasioun_albukamal_russian_coalition_raids",
     "Deir Ezzour (Qasioun) - about 15 people have been killed in heavy air raids by Russian air force and US-led"
     " coalition forces on areas still under ISIS control in the eastern province of Deir Ezzour, local sources"
     " said on Thursday.\n\n\nThe sources pointed out that most of the dead were killed by intensive aerial"
     " bombardment of the city of Albuqamal and surrounding villages, which are still under the control of ISIS.",
     "دير الزور", "البوكمال"),
    ("ar/s_spc_madaya_landmine_zabadani_sniper",
     "ارتقى خمسة شهداء وسقط عدد من الجرحى جراء القصف على ريف دمشق يوم أمس الثلاثاء.\n"
     "فحسب ناشطين انفجر لغم أرضي من مخلفات النظام قرب بلدة مضايا المحاصرة، ما أسفر عن ارتقاء ثلاثة شهداء وسقوط"
     " عدد من الجرحى.\nكما قام قناص النظام باستهداف المدنيين في مدينة الزبداني، ما أسفر عن ارتقاء” عمرو مرعي”جراء"
     " إصابته بطلق ناري في رأسه.", "ريف دمشق", "الزبداني"),
    ("ar/n_yalla_idlib_edge_workshop",
     "أفادت مصادر محلية بمقتل 11 مدنياً وإصابة 39 آخرين في غارات جوية نفذتها الطائرات الروسية يوم الأربعاء على"
     " محافظة إدلب شمال غربي سوريا، إلى جانب قصف مدفعي نفذته قوات النظام على المنطقة.\n"
     "وقالت المصادر إن غارة جوية استهدفت بلدة سرمين، ما أدى إلى مقتل مدنيين اثنين.", "إدلب", "سرمين"),
])
def test_a_governorate_or_region_with_a_total_of_its_own_gives_way_to_the_places_inside_it(
        source, text, container, inside):
    got = places(text)
    assert container not in got and inside in got, got


@pytest.mark.parametrize("source, text, quarter", [
    ("ar/n_zaiton_karm_jabal_haydariyeh",
     "استشهد أكثر من ثلاثين مدنياً وجرح العشرات، اليوم، في حلب، نتيجة القصف الذي استهدفها من طيران الأسد والطيران"
     " الروسي.\nحيث ألقى الطيران المروحي براميل متفجرة على حي “كرم الجبل” ما أسفر عن استشهاد خمسة مدنيين، وجرح"
     " العشرات، بينهم نساء وأطفال.", "كرم الجبل"),
    ("ar/n_shaam_sakhour_hanano_typo",
     "شهداء وجرحى بغارات استهدفت أحياء حلب.. والثوار يصدون محاولة تقدم لقوات الأسد\n"
     "شنت طائرات حربية ومروحية صباح اليوم، عدة غارات جوية على عدة مناطق بمدينة حلب وريفها مستهدفة منازل المدنيين.\n"
     "وقال ناشطون إن طيران الأسد استهدف منازل المدنيين في حي الصاخور صباح اليوم، ما تسبب بسقوط عدد من الشهداء"
     " بينهم أطفال وعدد من الجرحى.", "الصاخور"),
    ("ar/n_manar_sana_sheikh_taha_rockets",
     "ارتقى 5 شهداء وأصيب 13 شخصا آخرين بجروح جراء اعتداء التنظيمات الإرهابية بالقذائف على أحياء سكنية في مدينة"
     " حلب.\nوأفاد مصدر في قيادة شرطة المحافظة أن إرهابيين استهدفوا بالقذائف حي الشيخ طه.", "الشيخ طه"),
])
def test_a_city_whose_total_frames_its_quarters_is_no_incident(source, text, quarter):
    got = places(text)
    assert "حلب" not in got and quarter in got, got


@pytest.mark.parametrize("source, text, city, quarter", [
    ("ar/s_homsmc_2014_waer_talbiseh_houla",
     "لليوم الثاني والعشرين على التوالي يستمر التصعيد العسكري العنيف على حي الوعر المحاصر بحمص فقد شهد الحي ومنذ"
     " الصباح الباكر قصفا عنيفا تمثل باسطوانتين متفجرتين وصاروخ أرض أرض.", "حمص", "بابا عمرو"),
    ("ar/s_baath_sana_mortars_bosra_waer_tilfita",
     "أصيب 3 مواطنين بجروح جراء اعتداء إرهابي بقذائف هاون على حي الوعر القديم بمدينة حمص.", "حمص", "بابا عمرو"),
    ("en/sohr_daraa_balad_massacre_25_barrels",
     "The number of people who were killed in the new massacre committed by the regime forces and warplanes in"
     " Daraa al- Balad in the city of Daraa has risen to 25.", "درعا", None),
])
def test_a_city_named_right_after_a_part_the_gazetteer_lacks_carries_it_beside_its_known_quarters(
        source, text, city, quarter):
    """The real sentence, then (where `quarter` is given) a written line naming a quarter of the same
    city the gazetteer knows: the city still carries the part it locates."""
    if quarter:
        text += "\nوفي سياق آخر، قصفت قوات النظام حي " + quarter + " بقذائف الهاون."
    got = places(text)
    assert city in got and (quarter is None or quarter in got), got


@pytest.mark.parametrize("source, text, capital, inside", [
    ("ar/n_smart_boukamal_baqras_2017",
     "قتلى وجرحى مدنيون بقصف جوي على دير الزور\n\nوقال ناشطون إن طائرات حربية شنت عدة غارات على مدينة البوكمال، ما"
     " أدى لمقتل 15 مدنيا بينهم أطفال.", "دير الزور", "البوكمال"),
    ("ar/n_baladi_boukamal_mahdatha_school",
     "ارتكبت الطائرات الحربية مجزرة، فجر اليوم الاثنين، في مدينة البوكمال بريف دير الزور الشرقي، راح ضحيتها 14"
     " مدنياً والعشرات من المصابين.\nوكان استشهد وأصيب العشرات من المدنيين في دير الزور في خمس مجازر، أمس الأحد،"
     " تسبب بها القصف الجوي من الطيران الروسي وطيران النظام.", "دير الزور", "البوكمال"),
    ("en/etilaf_ghanto_airstrike_rastan_talbeesah",
     "Activists in Homs said that the Assad regime’s air force intensified aerial bombardment on northern rural Homs"
     " earlier today, leaving dozens of civilian casualties. Warplanes struck the town of Rastan, killing two.",
     "حمص", "الرستن"),
])
def test_a_capital_named_bare_is_also_its_governorate_and_gives_way_to_the_places_inside_it(
        source, text, capital, inside):
    got = places(text)
    assert capital not in got and inside in got, got


@pytest.mark.parametrize("source, text, city, inside", [
    ("en/cradle_azaz_market_car_bomb_israeli_aleppo",
     "At least ten were killed and 30 injured in a massive car bomb that exploded early on 31 March in a crowded"
     " marketplace in the city of Azaz, in the countryside of Syria’s northwestern Aleppo province.\nThe bombing took"
     " place two days after a joint attack in Aleppo early on 29 March, launched by Israeli warplanes and drones"
     " belonging to the Idlib-based Hayat Tahrir al-Sham (HTS) extremist group.", "حلب", "أعزاز"),
    ("en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "Daraa Province:\n\nThe helicopters dropped barrel bombs on the towns of al- Yadodah and Tafas leading to wound"
     " some civilians in Tafas.\n\n\nThe regime forces shelled places in the towns of Tafas, Aqraba and al- Lojat."
     " A man also died of wounds due to dropping barrel bombs on the Daraa al- Balad 2 days ago.", "درعا", "طفس"),
])
def test_a_report_naming_the_province_with_its_cue_means_the_city_by_the_bare_name(source, text, city, inside):
    got = places(text)
    assert city in got and inside in got, got


@pytest.mark.parametrize("source, text, area, place", [
    ("en/syriatimes_tal_refat_artillery_students",
     "Turkish regime's mercenaries kill children and women in an intensive artillery fire on Tal Ref’at city in"
     " Aleppo", "حلب", "تل رفعت"),
    ("en/jfl_mayadin_airstrikes_wadi_street_drone",
     "The reporter of the JFL has mentioned that fighter jets which are most likely belong to the US-led coalition"
     " targeted the water crossings in Al-Mayadin city in Deir Ezzor,s countryside on the date of 6 May 2017 with"
     " several airstrikes.", "دير الزور", "الميادين"),
])
def test_an_area_after_a_place_and_its_trailing_cue_only_says_where_it_is(source, text, area, place):
    got = places(text)
    assert area not in got and place in got, got


@pytest.mark.parametrize("source, text, area, place", [
    ("en/newarab_ariha_school_run_artillery_hrw",
     "A deadly attack on civilians in the town of Ariha, Idlib province has killed 12 civilians, and injured 24.\n\n"
     "Russian-backed Syrian regime forces killed 12 civilians, including 4 children, in an attack on an Idlib town in"
     " late October, according to a report by Human Rights Watch published on Wednesday.", "إدلب", "أريحا"),
    ("en/albawaba_zabadani_hezbollah_madaya_bukain",
     "The agreement called on rebels to halt their offensive on the Idlib villages of Kefraya and Foua and allow"
     " supplies to enter the area, in exchange for the same terms in Zabadani.", "إدلب", "كفريا"),
])
def test_a_place_name_between_an_article_and_a_place_noun_only_says_where_that_noun_is(source, text, area, place):
    got = places(text)
    assert area not in got and place in got, got


@pytest.mark.parametrize("source, text, capital, place", [
    ("ar/n_euronews_kafr_hamra_girl_2018",
     "وقالت منظمة الخوذ البيضاء إنها أنقذت طفلة من وسط حطام بناية مدمرة في كفر حمرة شمالي حلب، عقب ضربات جوية على"
     " القرية.", "حلب", "كفر حمرة"),
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "وأكد مراسلنا، أن امرأة قتلت في بلدة “كنصفرة”، بمنطقة جبل الزاوية جنوب إدلب، إثر قصف مدفعي لقوات النظام على"
     " البلدة.", "إدلب", "كنصفرة"),
    ("ar/n_halabtoday_kansafra_kafrnabl",
     "كما أصيب مدني بجروح خطيرة في قرية “بانص”، جنوبي حلب، إثر انفجار قنبلة عنقودية من مخلفات قصف لقوات النظام على"
     " القرية.", "حلب", "بانص"),
])
def test_the_town_or_the_village_never_points_back_to_a_governorates_capital(source, text, capital, place):
    got = places(text)
    assert capital not in got and place in got, got


@pytest.mark.parametrize("source, text", [
    ("ar/s_spc_daraa_balad_fil_karak_barrels",
     "إستشهد طفلان وسقط عدد من الجرحى معظمهم من الأطفال جراء إستهداف قوات النظام الأحياء السكنية في درعا البلد"
     " بصواريخ الفيل.\nكما إستشهد شابان وسقط عدد من الجرحى جراء استهداف بلدة الكرك الشرقي، بالبراميل المتفجرة من قبل"
     " طائرات النظام المروحية."),
    ("en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "The regime forces shelled places in the towns of Tafas, Aqraba and al- Lojat. A man also died of wounds due to"
     " dropping barrel bombs on the Daraa al- Balad 2 days ago."),
])
def test_a_capital_followed_by_a_part_of_it_is_the_city_not_its_governorate(source, text):
    assert "درعا" in places(text)


def test_a_capital_after_its_area_word_and_before_a_part_of_it_is_the_city_not_its_district():
    """ar/s_daraa24_2021_daraa_balad_siege_shelling: منطقة درعا البلد is Daraa al-Balad, a part of the city (the
    gazetteer's منطقة درعا names the district): the young man killed there is the city's, one incident with the
    shelling of the city's quarters."""
    one = extract("فيما رصدت درعا 24 قبل ساعات قليلة مقتل الشاب “عبد الناصر القطيفان” نتيجة القصف على الأحياء السكنية"
                  " في منطقة درعا البلد.", lang="ar")
    assert [(i.place.name_ar, i.place.level) for i in one.incidents] == [("درعا", "city")], one.incidents
    both = extract("راح ضحيةً للقصف المستمر على أحياء درعا البلد، الشاب “محمد مطلق المحاميد” من أبناء درعا البلد.\n\n"
                   "فيما رصدت درعا 24 قبل ساعات قليلة مقتل الشاب “عبد الناصر القطيفان” نتيجة القصف على الأحياء السكنية"
                   " في منطقة درعا البلد.", lang="ar")
    assert [i.place.level for i in both.incidents] == ["city"], both.incidents
