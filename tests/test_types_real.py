"""Attack types read across clauses and sentences, on excerpts of the real corpus (tests/reports/real,
file named in each case): one construction per test, each on at least two real passages."""
from pathlib import Path

import pytest

from core.extract import extract
from tests.test_extract_facts_real import incident

REAL = Path(__file__).parent / "reports" / "real"


def passage(name: str) -> str:
    """A whole passage of the real corpus."""
    return (REAL / f"{name}.txt").read_text(encoding="utf-8")


# A definite attack word with no kind of its own (القصف، هذا القصف، the strikes) is the attack told before.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_fresh_kafriya_sarmin_2023",
     "وبحسب ما أفاد مراسلنا، فقد استهدفت قوات نظام الأسد بالمدفعية الثقيلة والصواريخ بلدة كفريا، كما طال القصف "
     "مدينة سرمين شرقي إدلب، ما أدى لاستشهاد 4 مدنيين وإصابة 13 أخرين.",
     "Sarmin", ("artillery", "rocket")),
    ("real/ar/n_enab_kafrnaha_shelter_2020",
     "قتل مدنيان بينهم طفل، نتيجة قصف طيران حربي روسي على مركز إيواء، في بلدة كفرناها التابعة لمدينة الأتارب، "
     "بريف حلب الغربي اليوم، الجمعة 17 من كانون الثاني.\n\n"
     "وأدى القصف إلى مقتل طفلين وإصابة ثلاث نساء ورجل، في مركز إيواء مؤقت للنازحين قرب كفرناها، بريف حلب الغربي.",
     "Kafr Naha", ("airstrike",)),
    ("real/ar/n_shaam_atarib_manbij_two_massacres",
     "وارتكبت الطائرات اليوم مجزرتين إحداهما في ريف حلب الشرقي والأخرى في ريف حلب الغربي، وراح ضحيتهما عشرات "
     "الشهداء وعدد كبير جدا من الجرحى.\n"
     "أما المجزرة الثانية فكانت في مدينة منبج الواقعة تحت سيطرة عناصر تنظيم الدولة، حيث أكدت وكالة أعماق على أن "
     "5 شهداء من المدنيين ارتقوا جراء هذا القصف، فضلا عن سقوط عدد من الجرحى بالإضافة لأضرار مادية كبيرة في المدينة.",
     "Manbij", ("airstrike",)),
    ("real/en/afp_naharnet_aleppo_bustan_qasr_mashhad_salhin",
     "The Syrian Observatory for Human Rights said regime warplanes carried out the air strikes and gave a toll "
     "of 19 dead, up from its earlier toll of 10.\n\n"
     "The strikes killed five civilians in the opposition-held Salhin district and two more in other neighborhoods.",
     "as-Salheen", ("airstrike",)),
    # the missiles: a definite munition word is the munition of the attack told (told_attacks.csv)
    ("real/en/eyenews_ap_aleppo_airport_israeli_raid_homs",
     "SANA reported on Saturday that Israeli air raids over Homs wounded three civilians and that a civilian fuel"
     " station caught fire. SOHR said the missiles destroyed an ammunition depot belonging to the Iran-backed Lebanese"
     " group Hezbollah at a military airport in the countryside of Homs.",
     "Homs", ("airstrike",)),
])
def test_a_definite_generic_attack_word_is_the_attack_told_before(source, text, place, types):
    assert incident(text, place).types == types, source


@pytest.mark.parametrize("source, text, place", [
    ("real/ar/n_alwatanalarabi_salahuddin_recaptured_2012",
     "استمر دك الطائرات مناطق مختلفة إذ قصفت أحياء حلب وريفها.\n\n"
     "في الأثناء، تعرضت أحياء الزبدية والإذاعة والميسر ومساكن هنانو في مدينة حلب، لقصف عنيف من قبل القوات النظامية",
     "az-Zebdiyeh"),
    ("real/ar/n_baath_azamiyeh_furqan_two_days",
     "اعتدت التنظيمات الإرهابية بالقذائف الصاروخية على عدد من أحياء مدينة حلب.\n\n"
     "هذا وقد ارتقى أمس الأول 7 شهداء وأصيب 72 شخصا بجروح جراء اعتداء التنظيمات الإرهابية بالقذائف على أحياء "
     "حلب الجديدة وباب الفرج والإسماعيلية والفرقان وميسلون والجابرية.",
     "Bab al-Faraj"),
])
def test_an_indefinite_or_plain_shelling_word_tells_a_new_attack(source, text, place):
    """لقصف عنيف (no article), بالقذائف (shells in general): a new attack of its own, not the one before."""
    assert incident(text, place).types == ("shelling",), source


# An explosion is what shells and bombs do: beside a named weapon in its sentence it adds no IED.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_sohr_sarghaya_dumayr_darayya_22",
     "سمع دوي انفجارات بمنطقة سرغايا ناجمة عن سقوط قذائف على المنطقة، ما أدى لاستشهاد مواطن.",
     "Serghaya", ("shelling",)),
    ("real/ar/n_sohr_lahaya_farmworkers_2018",
     "هزت انفجارات مجدداً مناطق في القطاع الشمالي من ريف حماة، ناجمة عن قصف مدفعي بنحو 25 قذيفة من قبل قوات النظام "
     "طالت مناطق في بلدة اللطامنة ومحيطها.",
     "Al-Lataminah", ("artillery",)),
    ("real/en/syriadirect_latakia_rockets_twice",
     "A series of rockets struck residential neighborhoods in the coastal city of Latakia Thursday, resulting in at "
     "least two deaths. \u201cThe rockets and explosions caused a huge panic and paralyzed residents\u2019 movement,\u201d "
     "Abu Anas, a Latakia resident, told Syria Direct on Thursday.",
     "Latakia", ("rocket",)),
])
def test_an_explosion_beside_a_named_weapon_is_that_weapon(source, text, place, types):
    assert incident(text, place).types == types, source


@pytest.mark.parametrize("source, text, place", [
    ("real/ar/n_963_qamishli_antariya_mine",
     "قضت امرأة وابنها، اليوم الأربعاء، في انفجار ضرب سيارة قرب مشفى القلب والعين في مدينة القامشلي شمال شرقي سوريا.",
     "Qamishli"),
    ("real/en/aljazeera_suweida_balous_car_bombs_arbeen_caption",
     "Friday\u2019s explosion on the outskirts of Suweida killed Sheikh Wahid al-Balous.",
     "As-Suwayda"),
])
def test_an_explosion_alone_is_an_ied(source, text, place):
    assert incident(text, place).types == ("ied",), source


# Assad's army has committed a massacre in Daraya / the U.N. later announced that most of the massacre's victims had
# been "summarily executed": in an English story a massacre told in a sentence naming no kind of attack is the
# attack the story told, at the place the sentence names or carries on.
@pytest.mark.parametrize("source, place, types", [
    ("en/reuters_chicagotribune_daraya_bodies_2012", "Darayya", ("sniper",)),
    ("en/wikipedia_houla_massacre_lead", "Taldou", ("artillery",)),
])
def test_a_massacre_told_without_a_kind_is_the_attack_the_story_told(source, place, types):
    found = incident(passage(source), place)
    assert found.massacre, source
    assert found.types == types, source


# the blasts at the University of Aleppo ... caused by "ground-to-ground" missiles / a cloud of dust following the
# explosions: an explosion word told again (after "the") in an English report that names another weapon, and no
# word of its own kind, is that weapon's attack, no IED.
@pytest.mark.parametrize("source, text, place, types", [
    ("en/dailystar_aleppo_university_exam_day_blasts",
     "Each side in the 22-month-old conflict blamed the other for the blasts at the University of Aleppo, located in a"
     " government-held area of Syria\u2019s most populous city.\n\nSome activists in Aleppo said a government attack"
     " caused the explosions, while state television accused \u201cterrorists\u201d \u2013 a term it uses to describe"
     " the rebels \u2013 of firing two rockets at the school. A rebel fighter said the blasts appeared to have been"
     " caused by \u201cground-to-ground\u201d missiles.",
     "University of Aleppo", ("rocket",)),
    ("en/muslimchronicle_saqba_hamouriyah_kfar_batna_school", None, "Kafr Batna", ("shelling",)),
])
def test_explosions_told_again_beside_another_weapon_are_that_weapon(source, text, place, types):
    assert incident(text or passage(source), place).types == types, source


# Drones, kamikaze drones and their dual forms strike from the air.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_963_tadil_abzemo_drones",
     "وانفجرت طائرتان مسيرتان “انتحاريتان” إيرانيتا الصنع تابعتان للقوات الحكومية، في أجواء بلدتي تديل والأبزمو "
     "بريف حلب الغربي، تزامناً مع قصف صاروخي على المنطقة.",
     "Tadil", ("airstrike", "rocket")),
    ("real/ar/n_baladi_atarib_kamikaze_drones_2024",
     "استهدفت قوات النظام السوري، اليوم الجمعة، بالطائرات المسيرة الانتحارية مدينة الأتارب في ريف حلب الغربي، ما أدى "
     "إلى إصابة عدد من المدنيين.",
     "Atarib", ("airstrike",)),
])
def test_drones_are_air_strikes(source, text, place, types):
    assert incident(text, place).types == types, source


# Who holds an area (مناطق تخضع لسيطرة ...) is no fight.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_arabi21_waer_10_killed_akrama",
     "كما أصيب نحو 30 شخصا نتيجة قصف النظام السوري بالصواريخ والقذائف المدفعية على الحي، وهو آخر الأحياء "
     "التي تخضع لسيطرة الثوار في مدينة حمص.",
     "Homs", ("artillery", "rocket")),
    ("real/ar/n_yalla_idlib_edge_workshop",
     "في ريف حلب الشرقي، تعرض 6 مدنيين، بينهم 4 أطفال، للإصابات نتيجة قصف صاروخي صادر عن مناطق تخضع لسيطرة مشتركة "
     "بين قوات النظام وقوات سوريا الديمقراطية.",
     "Eastern Aleppo countryside", ("rocket",)),
    ("real/en/antiwar_wadi_barada_shelter_maarat_misrin_market",
     "Meanwhile, the rebel dominated Idlib Province, controlled largely by al-Qaeda\u2019s Nusra Front, continued to be"
     " targeted by airstrikes, with pro-rebel officials saying 10 civilians were killed when airstrikes hit a"
     " marketplace in Maarat al-Misrin, a northern city.",
     "Maarrat Misrin", ("airstrike",)),
])
def test_an_area_held_by_a_side_tells_no_fight(source, text, place, types):
    assert incident(text, place).types == types, source


# A generic shelling word for a place in one sentence (a headline, a lead) and an air strike on it in
# another are one air attack; a clause naming both keeps both (two attackers).
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_qasioun_al_bab_azaz_vacuum",
     "مجزرة في الباب وقصف روسي على أعزاز\n\n"
     "حلب (قاسيون) - شنت مقاتلات حربية، تابعة لسلاح الجو الروسي، غارات جوية مركزّة على الأحياء السكنية في مدينة "
     "«الباب» بريف حلب، مما أدى إلى مقتل عشرة مدنيين، وجرح العشرات.\n"
     "كما قصف الطيران الروسي، بالصواريخ الفراغية، مدينة «أعزاز» بريف حلب، تسببت الغارات بدمار في ممتلكات المدنيين، "
     "دون ورود أنباء عن سقوط ضحايا.",
     "Azaz", ("airstrike",)),
    ("real/ar/s_spc_douma_nashabiyah_russian_raids",
     "ارتقى شهيد وأصيب آخرون في قصف طال مدينة دوما في الغوطة الشرقية في ريف دمشق، في حين تعرضت بلدة النشابية لقصف "
     "عنيف ما أسفر عن سقوط عشرات الجرحى في صفوف المدنيين.\n\n"
     "وقد تعرضت بلدة النشابية لقصف عنيف من الطائرات الروسية بعدد من الغارات الجوية، استهدفت الأحياء السكنية في "
     "البلدة، ما أسفر عن سقوط 15 جريحاً بعضهم في حال خطرة.",
     "Al-Nashabiyah", ("airstrike",)),
    ("real/en/sohr_douma_suffocation_cemetery", passage("en/sohr_douma_suffocation_cemetery"),
     "Douma", ("airstrike", "barrel_bomb")),
])
def test_generic_shelling_told_elsewhere_of_a_place_struck_from_the_air_is_that_strike(source, text, place, types):
    assert incident(text, place).types == types, source


# The accusative forms of qualified shelling (قصفًا صاروخيًّا، قصفاً مدفعياً) name its kind.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_microsyria_dael_ibta_rockets_tafas_massacre",
     "وأفادت مصادر إعلام محلية أن قصفًا صاروخيًّا استهدف بلدة داعل عقب انتهاء صلاة الجمعة، أدى لمقتل ثلاثة أشخاص بينهم طفل.",
     "Da'el", ("rocket",)),
    ("real/ar/n_mohrar_atarib_maaret_atarib_2020",
     "وقال الدفاع المدني السوري ”الخوذات البيضاء“، إنّ قصفاً مدفعياً أطلقته قوات الأسد استهدف مدينة الأتارب صباح "
     "اليوم، أسفر عن استشهاد مدنيين اثنين وإصابة 5 آخرين.",
     "Atarib", ("artillery",)),
])
def test_accusative_qualified_shelling_names_its_kind(source, text, place, types):
    assert incident(text, place).types == types, source


# An attack word (هجوم) beside a named weapon in its sentence is that weapon's attack, not a fight.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_aawsat_tartus_israeli_missiles",
     "وأعلنت وزارة الدفاع السورية في وقت سابق اليوم مقتل جنديين وإصابة ستة في هجوم إسرائيلي على مواقع للدفاع الجوي في "
     "طرطوس؛ وقالت في بيان عبر فيسبوك إن الهجوم نفذ برشقات من الصواريخ من اتجاه البحر المتوسط.",
     "Tartus", ("rocket",)),
    ("real/ar/s_sohr_enab_quneitra_ain_tineh_family",
     "وكان الطيران الحربي قصف عدة مناطق في محافظة القنيطرة، أمس، في أول هجوم من نوعه منذ عام.",
     "Quneitra", ("airstrike",)),
])
def test_an_attack_word_beside_a_named_weapon_is_no_fight(source, text, place, types):
    assert incident(text, place).types == types, source


# Missiles that aircraft also fire, in a sentence that tells an air strike, are its munition even in
# another clause; "artillery and missile shelling" in that sentence stays ground fire, and so does a missile
# on one place beside air raids on another.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_smart_jisr_bdama_tal_halawa",
     "وقصف طائرات حربية يرجح أنها للنظام، بالصواريخ مدينة سراقب والسوق الشعبي في قرية كفرعميم، وفق ناشطين.",
     "Saraqib", ("airstrike",)),
    ("en/sohr_ariha_rocket_massacre_quqfin_kafr_taal",
     "The Russian fighter jets executed three airstrikes on the perimeter of the Turkish military post in al-Barah in "
     "Jabal al-Zawiyah in the southern countryside of Idlib, as the Russian missiles hit positions a few metres away "
     "from the Turkish post.",
     "Bara", ("airstrike",)),
    ("real/en/sohr_douma_massacre_shifonia_nashabiya",
     "The warplanes carried out 5 raids on the town of al-Shifonia and Arbin city, in conjunction with artillery and "
     "missile shelling that targeted areas in the town of Al-Nashabiya and Otaya town and other places in Harasta and "
     "Arbin, causing injuries in Al-Nashabiya.",
     "Otaya", ("artillery", "rocket")),
    ("self-written", "Air raids on Darat Izza wounded several people, and the village of Kafr Naha was hit by a "
     "missile, with no casualties reported.", "Kafr Naha", ("rocket",)),
])
def test_missiles_in_a_sentence_telling_an_air_strike_are_its_munition(source, text, place, types):
    assert incident(text, place).types == types, source


def test_a_clause_opened_by_wa_yati_tells_its_own_attack():
    """real/ar/n_aljazeera_aleppo_barrels_2015 (a transcript without punctuation): ويأتي هذا القصف بعد أن
    ... opens a clause of its own, so chlorine told there for Sarmin is not the air strike on Idlib."""
    text = ("كما استهدف القصف أيضا مدينة إدلب وبلدات سراقب وخان شيخون مخلفة دمارا كبيرا ويأتي هذا القصف بعد أن "
            "استهدف النظام السوري في وقت سابق بلدة سرمين في ريف إدلب بغاز الكلور السام")
    lead = "قتل ثلاثة عشر شخصا وجرح آخرون في قصف جوي من طيران النظام السوري على بلدة معرة مصرين في ريف إدلب "
    assert incident(lead + text, "Saraqib").types == ("airstrike",)
    assert incident(lead + text, "Sarmin").types == ("chemical",)


# What a place suffers day after day (تتعرض للقصف ... بشكل يومي) gives no kind to today's incident there.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_spc_daraa_balad_fil_karak_barrels",
     "يشار إلى أن مدن وبلدات ريف درعا تتعرض للقصف الجوي والمدفعي بشكل يومي حيث طال القصف أيضاً بلدة المسيفرة شرق "
     "درعا بالبراميل المتفجرة، ما أدى لدمار في منازل البلدة السكنية وسقوط عدة إصابات في صفوف المدنيين.",
     "Al-Musayfirah", ("barrel_bomb",)),
    ("real/ar/s_spc_douma_mortar_child_family",
     "فقد قامت قوات النظام ظهر اليوم الأربعاء باستهداف مدينة دوما في الغوطة الشرقية بعدد من قذائف الهاون، مما أسفر "
     "عن استشهاد طفل وإصابة أفراد عائلته بجروح.\n"
     "يذكر بأن مدينة دوما تتعرض للقصف المدفعي والجوي بشكل شبه يومي، أسفر عن تصدرها مدن ريف دمشق بعدد الشهداء.",
     "Douma", ("mortar",)),
])
def test_attacks_told_as_a_daily_habit_give_no_kind(source, text, place, types):
    assert incident(text, place).types == types, source


# A front (محور، جبهات) beside another kind of attack in its clause says where that attack fell; a
# front where fighters destroy tanks is still a fight.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_syriatv_kafr_amma_brothers_2022",
     "قبل أيام، تعرّض محور كفرعمّة لقصفٍ مدفعي أيضاً مصدره مواقع قوات النظام، ما أسفر عن مقتل ثلاثة عناصر من "
     "\"هيئة تحرير الشام\" وجرح آخرين.",
     "Kafr Amma", ("artillery",)),
    ("real/ar/n_baladi_sayyad_quoted_lists",
     "الجدير بالذكر أن جبهات ريف حلب شهدت قصفا متبادلا يوم الخميس، حيث قصفت فصائل المعارضة مواقع قوات النظام "
     "والميليشيات الإيرانية في قرية \"تل دادين\" بريف حلب الجنوبي، ما أدى إلى انفجار مستودع ذخيرة.",
     "Tal Dadine", ("shelling",)),
    ("real/ar/s_araby_2015_mukharram_school_jawalek",
     "قُتل 16 مدنياً، اليوم الإثنين، جرّاء قصف النظام السوري، مدرسة في بلدة المخرم التحتاني، شرقيّ حمص، وسط البلاد، "
     "في وقت دمّر فيه مقاتلو المعارضة، خمس دبابات لقوات النظام، على جبهات الوضيحي وخان طومان في ريف حلب الجنوبيّ.",
     "Wdeihi", ("clashes",)),
])
def test_a_front_beside_another_attack_in_its_clause_is_where_it_fell(source, text, place, types):
    assert incident(text, place).types == types, source


# An unqualified air bombing word (قصف جوي، aerial bombardment) told of a place whose barrel bombs are
# named, in its sentence or another, is the barrels' bombing, not a second attack; a strike word or a
# warplane (غارات، warplanes) beside the barrels stays an air strike of its own.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_almadina_al_bab_containers",
     "قتل 28 شخصًا على الأقل معظمهم من المدنيين أمس السبت في قصف جوي لقوات النظام على مدينة الباب التي يسيطر "
     "عليها تنظيم داعش الإرهابي في محافظة حلب شمال سوريا، وفق ما اعلن المرصد السوري لحقوق الإنسان. وقال المرصد "
     "«قتل 28 شخصًا على الأقل بينهم 19 مدنيًا، ثلاثة منهم أطفال، في مجزرة نفذتها طائرات النظام المروحية إثر "
     "قصفها بحاويات متفجرة مدينة الباب التي يسيطر عليها تنظيم داعش في ريف حلب الشمالي الشرقي».",
     "al-Bab", ("barrel_bomb",)),
    ("real/en/aranews_daraa_dael_nawa_barrels", passage("en/aranews_daraa_dael_nawa_barrels"),
     "Da'el", ("barrel_bomb",)),
    ("real/ar/n_shaam_kafrzita_barrels_typo", passage("ar/n_shaam_kafrzita_barrels_typo"),
     "Kafr Zita", ("airstrike", "barrel_bomb")),
    ("real/en/sohr_douma_suffocation_cemetery", passage("en/sohr_douma_suffocation_cemetery"),
     "Douma", ("airstrike", "barrel_bomb")),
])
def test_an_unqualified_air_bombing_beside_barrel_bombs_is_their_bombing(source, text, place, types):
    assert incident(text, place).types == types, source


# The fight told before a comma and the places it ran on to (وسط اشتباكات ...، على محاور في محيط ...) is
# theirs: the places told before keep their own attack.
@pytest.mark.parametrize("source, place, types", [
    ("real/ar/n_athr_raqqa_jamili_coalition", "Raqqa", ("airstrike",)),
    ("real/ar/s_sohr_douma_13_bala_clashes", "Douma", ("shelling",)),
])
def test_a_fight_told_before_a_comma_and_its_places_is_not_the_place_before(source, place, types):
    assert incident(passage(source.removeprefix("real/")), place).types == types, source


# Fire returned at "the source" of an attack names no place: its kind and side are not the attacked place's.
@pytest.mark.parametrize("source, text, place, types, side", [
    ("real/ar/n_enab_afrin_villas_street_rockets",
     "وأفاد مراسل عنب بلدي في عفرين، أن خمس قذائف صاروخية سقطت في منطقة شارع الفيلات بمدينة عفرين أسفرت عن قتلى"
     " وجرحى في صفوف المدنيين، في حين ردت المدفعية التركية على مصدر القصف.", "Afrin", ("rocket",), ()),
    ("real/en/hawar_latakia_gharraf_rocket (shortened, its last two paragraphs joined)",
     "The groups of mercenaries fired on Thursday a rocket towards the city of Latakia, wounding 4 civilians. The"
     " Syrian army responded to the source of the shelling with artillery.", "Latakia", ("rocket",), "government"),
])
def test_fire_returned_at_the_source_adds_no_kind_nor_side_to_the_place_hit(source, text, place, types, side):
    i = incident(text, place)
    assert i.types == types and side not in i.actors


# قصفت قوات النظام مناطق في بلدة حريتان، ترافق مع إلقاء الطيران المروحي 6 براميل / The regime forces shelled
# places in the towns of Tafas: a side's forces named as the subject of a generic shelling tell their
# ground fire, an attack of its own beside the barrel bombs or air strikes on the same place.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_sohr_shaar_mashhad_toll_rises",
     "كذلك قصفت قوات النظام مناطق في بلدة حريتان بريف حلب الشمالي، ترافق مع القاء الطيران المروحي 6 براميل "
     "متفجرة على مناطق في حريتان، بالتزامن مع استهداف الطيران الحربي لمناطق في البلدة.",
     "Huraytan", ("airstrike", "barrel_bomb", "shelling")),
    ("real/ar/s_sohr_tafas_barrels_ajami_kashef",
     "ارتفع إلى 20 عدد البراميل المتفجرة التي ألقاها الطيران المروحي منذ صباح اليوم، على مناطق في محيط بلدة "
     "طفس بريف درعا الغربي، ترافق مع استمرار قصف قوات النظام لمناطق في البلدة.",
     "Tafas", ("barrel_bomb", "shelling")),
    ("real/en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "The helicopters dropped barrel bombs on the towns of al- Yadodah and Tafas leading to wound some civilians "
     "in Tafas.\nThe regime forces shelled places in the towns of Tafas, Aqraba and al- Lojat.",
     "Tafas", ("barrel_bomb", "shelling")),
])
def test_a_sides_forces_shelling_as_subject_is_ground_fire_beside_an_air_attack(source, text, place, types):
    assert incident(text, place).types == types, source


# The counter-cases: the forces as the agent after "by" or joined by لـ say whose the attack told is (في قصف
# لقوات نظام الأسد ... الطيران الحربي شن اليوم ست غارات; shelled by regime forces, using barrel bombs).
@pytest.mark.parametrize("source, place, types", [
    ("ar/n_spa_al_bab_market_airstrike_2014", "al-Bab", ("airstrike",)),
    ("en/syrianewsdesk_daraya_barrels_khan_sheeh", "Khan al-Shih", ("barrel_bomb", "clashes")),
    ("en/sohr_douma_suffocation_cemetery", "Douma", ("airstrike", "barrel_bomb")),
])
def test_forces_named_as_the_agent_of_a_shelling_add_no_ground_fire(source, place, types):
    assert incident(passage(source), place).types == types, source


# An attack word after "previous" or "frequent" tells fights of other times beside the incident, no kind of it.
@pytest.mark.parametrize("source, place, types, not_side", [
    ("en/sohr_mayadin_displaced_family_killed", "Mayadin", ("airstrike",), None),
    ("en/ap_daraa_tank_shells_building", "Daraa", ("artillery",), "opposition"),
])
def test_fights_of_other_times_add_no_clashes(source, place, types, not_side):
    """...killed during shelling and previous battles; There have been frequent clashes in and around Daraa
    between Assad's forces and the mostly Sunni rebels: the incident is the air strike, the tank shells."""
    found = incident(passage(source), place)
    assert found.types == types, source
    assert not_side not in found.actors, source


# In a news story, a toll of a place in a sentence that names no kind of attack (and no sentence before in its
# paragraph does) is of the attack the story told: its kinds and, in a later paragraph, its attacker.
@pytest.mark.parametrize("source, place, kind", [
    ("en/afp_naharnet_aleppo_bustan_qasr_mashhad_salhin", "Bustan al-Qaser", "airstrike"),
    ("en/afp_naharnet_aleppo_bustan_qasr_mashhad_salhin", "al-Ansari Mashhad", "airstrike"),
    ("en/afp_sukkari_ashrafiyeh_double_tap", "as-Sukkari", "barrel_bomb"),
])
def test_a_toll_told_with_no_kind_is_of_the_storys_attack(source, place, kind):
    """Seven civilians were killed and 10 wounded in Bustan al-Qasr, ... and four were killed in Al-Mashad
    (after: regime warplanes carried out the air strikes); a number of people were injured ... in the
    attacks on the Sukkari and Ashrafiyeh neighbourhoods (after: regime helicopters dropped barrel bombs)."""
    found = incident(passage(source), place)
    assert kind in found.types, source
    assert found.actors == ("government",), source


# ويأتي ذلك / وتأتي (function_words role frame): a clause that sets the incident among other attacks tells
# their kinds, not the incident's; a place the frame names itself keeps its own incident.
@pytest.mark.parametrize("source, place, types", [
    ("ar/n_whitehelmets_afrin_charred_2021", "Afrin", ("rocket",)),
    ("ar/s_sohr_2018_ghouta_jisreen_shared_seven", "Jisrin", ("airstrike",)),
])
def test_a_frame_clause_adds_its_attacks_to_no_place_before(source, place, types):
    """تعرضت مدينة عفرين ... لقصف صاروخي ...، ويأتي ذلك في استمرار للهجمات الصاروخية والمدفعية التي تستهدف ريف
    حلب الشمالي; ويأتي هذا الترقب مع تجدد لعمليات القصف المدفعي والجوي ...، في حين ارتفع ... في القصف الجوي الذي
    طال بلدة جسرين."""
    assert incident(passage(source), place).types == types, source


def test_a_place_a_frame_clause_names_keeps_its_own_attack():
    """ويأتي ذلك، بعد ساعات على غارات إسرائيلية على بناية سكنية في حي المزة: the frame's own place is an incident."""
    assert "airstrike" in incident(passage("ar/s_963_quneitra_israeli_drone_police_mezzeh"), "Mezzeh").types


# A fight told at a region or governorate (its fronts, its countryside) whose towns the report names is the
# region's: it goes to no town inside it, with its sides.
@pytest.mark.parametrize("source, place, not_types, not_sides", [
    ("ar/n_sohr_shaar_mashhad_toll_rises", "Huraytan", {"clashes"}, {"isis", "opposition"}),
    ("ar/n_7al_ras_al_ain_turkey_2018", "Afrin", set(), {"sdf"}),
])
def test_a_fight_told_at_a_region_is_no_fight_of_a_town_inside(source, place, not_types, not_sides):
    """كذلك قصفت قوات النظام مناطق في بلدة حريتان ...، فيما تتواصل المعارك بين الفصائل من طرف، وتنظيم “الدولة
    الإسلامية” من طرف آخر في عدة محاور بريف حلب الشمالي; شهدت محافظة #الحسكة اليوم أول اشتباك مسلح بين #تركيا و
    #قوات_سوريا_الديمقراطية (#قسد) خارج مدينة #عفرين."""
    found = incident(passage(source), place)
    assert not set(found.types) & not_types, source
    assert not set(found.actors) & not_sides, source


def test_an_offensive_across_a_countryside_makes_no_incident_of_a_village_in_it():
    """the IRGC ... launched a multipronged offensive on October 15 that has seized large swaths of rebel-held
    terrain in the southern countryside of Aleppo City: no fight at a village of that countryside named later."""
    places = {i.place.name_en for i in extract(passage("en/isw_control_of_terrain_dec2015")).incidents}
    assert "Kherbet Tin Noor" not in places


def test_a_told_attack_after_missiles_of_an_air_strike_is_the_air_strike():
    """شن العدو الإسرائيلي عدواناً جوياً بـ3 صواريخ ... مستهدفاً أحد الأبنية السكنية في حي المزة ... الهجوم أسفر عن
    استشهاد 7 مدنيين: the missiles are the air strike's munition before الهجوم tells the attack again."""
    assert incident(passage("ar/s_963_quneitra_israeli_drone_police_mezzeh"), "Mezzeh").types == ("airstrike",)


# A missile counted in the accusative (11 صاروخًا، صاروخا أطلقته طائرة) is a rocket, or the jet's munition when
# an aircraft fired it; beside it the explosions it caused add no IED.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/n_ahlmasr_qardaha_rockets",
     "وأوضح المرصد بأن فيلق الشام التابع للمعارضة المسلحة أطلق صباح اليوم الأحد 11 صاروخًا على \"القرداحة\" بريف "
     "اللاذقية على الساحل السوري، ومحيطها ما تسبب بحدوث انفجارات ضخمة سمعت بأرجاء المنطقة، مع توارد أنباء عن "
     "إصابات وأضرار مادية.",
     "Qardaha", ("rocket",)),
    ("real/ar/s_shaam_tadamon_jet_missile_regime_area",
     "وأكدت عدة مصادر أن صاروخا أطلقته طائرة حربية على بناء في شارع الجلاء بحي التضامن تسبب بسقوط قتلى وجرحى من "
     "المدنيين بينهم أطفال، ولم يتم معرفة العدد بشكل دقيق نظرا لوجود أشخاص تحت الأنقاض.",
     "al-Tadamon", ("airstrike",)),
])
def test_a_missile_counted_in_the_accusative_is_a_rocket_or_the_jets_munition(source, text, place, types):
    assert incident(text, place).types == types, source


# Helicopters that attack with no munition named (هجوم نفذ بواسطة مروحيات) strike from the air; beside barrel bombs,
# in their clause or another sentence, they only say who dropped them.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_aljazeera_zamalka_funeral_helicopter",
     "ضحايا بالجملة وفي نفس السياق، قال ناشطون إن القوات السورية قتلت 80 شخصا في زملكا بريف دمشق، إثر هجوم نفذ "
     "\"بواسطة مروحيات الجيش النظامي\" -حسب قولهم- ضد جنازة أحد الناشطين يدعى عبد الهادي الحلبي.",
     "Zamalka", ("airstrike",)),
    ("real/ar/s_yekiti_darayya_six_barrels",
     "ألقت مروحيات النظام السوري، اليوم الأحد، 6 براميل متفجرة على مدينة داريا بالغوطة الغربية للعاصمة دمشق.",
     "Darayya", ("barrel_bomb",)),
])
def test_helicopters_strike_from_the_air_unless_they_drop_the_barrels_told(source, text, place, types):
    assert incident(text, place).types == types, source


# The coalition strikes from the air: its unqualified shelling (قصف للتحالف الدولي، بقصف التحالف) is an air strike.
@pytest.mark.parametrize("source, text, place", [
    ("real/ar/n_sharkia_deir_ezzor_quriyah_mayadin",
     "كما سقط مزيد من الضحايا بقصف التحالف الدولي على مدينة الرقة.", "Raqqa"),
    ("real/ar/n_alhayat_raqqa_harat_badu_coalition",
     "وقال مدير المرصد رامي عبدالرحمن «أسفر قصف للتحالف الدولي أمس على حارة البدو المكتظة بالسكان وسط مدينة الرقة "
     "عن مقتل 27 مدنياً، بينهم سبعة أطفال", "Raqqa"),
])
def test_the_coalitions_unqualified_shelling_is_an_air_strike(source, text, place):
    assert incident(text, place).types == ("airstrike",), source


# An attack word with a pronoun suffix names its kind (كثف نظام الأسد غاراته الجوية، محاولات لاقتحامها براً), and
# a raid's rocket adjective (غاراته الصاروخية) names the raid's munition, no rocket attack.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_ittihad_2013_qara_raids_harasta_bombing",
     "صعد الطيران الحربي السوري أمس غاراته الصاروخية على مدينة قارة في منطقة القلمون شمال دمشق حيث يتحصن عدد كبير من "
     "مقاتلي المعارضة، بالتزامن مع محاولات لاقتحامها براً، مما دفع الى نزوح آلاف السوريين الى بلدة عرسال الحدودية "
     "اللبنانية.",
     "Qarah", ("airstrike", "clashes")),
    ("real/ar/s_arabi21_zabadani_barrels_23",
     "بعد الخسائر الكبيرة التي مني بها النظام السوري في الزبداني، وارتفاع عدد قتلى مليشيا حزب الله اللبناني، فقد كثف "
     "نظام الأسد غاراته الجوية على البلدة، وألقى عليها عددا من البراميل المتفجرة حصدت أرواح 23 سوريا على الأقل.",
     "Al-Zabadani", ("airstrike", "barrel_bomb")),
])
def test_an_attack_word_with_a_pronoun_suffix_names_its_kind(source, text, place, types):
    assert incident(text, place).types == types, source


# A placeless clause naming a campaign after a place of its sentence (وذلك في اليوم الخامس لحملة بدأها النظام ...،
# كما أن مدن وبلدات الغوطة الشرقية بشكل عام تتعرض لحملة شرسة), and the clauses after it, tell the campaign the incident
# comes in: no kind or side of the place's; a campaign clause naming its own attack on the place (حملة قصف جوي وبري
# هي الأعنف على الحي) is that place's attack.
@pytest.mark.parametrize("source, sentence_with, place, types, actors", [
    ("s_araby_2015_mukharram_school_jawalek", "تيرمعلة", "Teir Maalah", ("airstrike", "barrel_bomb"), ()),
    ("s_shaam_douma_russian_assad_jets", "قبل يومين", "Douma", ("airstrike",), ()),
    ("s_watanfm_waer_26_raids_parachute_missiles", "حملة قصف جوي وبري", "Homs", ("airstrike",), ("government",)),
])
def test_a_campaign_told_after_a_place_gives_it_no_kind_or_side(source, sentence_with, place, types, actors):
    text = next(s for s in passage(f"ar/{source}").split(".") if sentence_with in s)
    got = incident(text, place)
    assert (got.types, got.actors) == (types, actors), source


# Yesterday, SOHR activists reported renewed airstrikes by Russian jets / Also on Sunday, Israeli fighter jets
# targeted ... / Sunday attacks also included Kastillo area: an English paragraph whose first sentence opens
# with a day and names no place tells another event; the places of the paragraph before take nothing from it.
@pytest.mark.parametrize("source, place, types, actors", [
    ("en/sohr_ariha_rocket_massacre_quqfin_kafr_taal", "Ariha", ("rocket",), ("government",)),
    ("en/aljazeera_quneitra_baath_city_offensive", "Madinat al-Salam", ("clashes",), None),
    ("en/aranews_aleppo_hanano_sheikh_khider_bustan_qasr", "Atarib", ("airstrike",), ("government",)),
])
def test_a_paragraph_opening_with_a_day_and_no_place_adds_nothing_to_the_places_before(source, place, types, actors):
    found = incident(passage(source), place)
    assert found.types == types, source
    assert actors is None or found.actors == actors, source


# attacked Fuaa and Kafraya ... began heavily shelling the two villages / 7 Explosions hit the coastal cities of
# Jableh and Tartous ... Islamic State claimed responsibility for the bomb attacks in the two Syrian cities: a
# plural place noun with its number is the places last named together in a list of that many.
def test_the_two_villages_are_the_two_villages_attacked_before():
    """real/en/afp_fuaa_kafraya_jihadists_attack: Kafraya is shelled too, not only Fuaa."""
    text = ("Late Saturday, fighters from Al-Qaeda's former Syrian affiliate attacked Fuaa and Kafraya, according to the"
            " Syrian Observatory for Human Rights.\n\n\"Hayat Tahrir al-Sham (HTS) began heavily shelling the two"
            " villages, and broke into Fuaa to attack local fighters,\" said Observatory chief Rami Abdel Rahman.")
    assert "shelling" in incident(text, "Kafriya").types


def test_the_two_cities_a_claim_names_are_the_two_cities_bombed_before():
    """real/en/baladi_jableh_tartous_seven_explosions: the claim gives ISIS to Jableh as well as to Tartus."""
    text = passage("en/baladi_jableh_tartous_seven_explosions")
    assert incident(text, "Jableh").actors == ("isis",)
    assert incident(text, "Tartus").actors == ("isis",)


def test_three_villages_named_for_their_vicinity_are_no_list_for_the_three_villages():
    """real/en/freshsyria_ghanya_sheikh_sindyan_artillery: the vicinity of al-Sarmaniyah, al-Qarqur, and al-Ziyarah
    villages ... the vicinity of the three villages: reference points, so no incident at them."""
    places = {i.place.name_en for i in extract(passage("en/freshsyria_ghanya_sheikh_sindyan_artillery")).incidents}
    assert places == {"Ghaniya"}


def test_an_offensive_told_since_when_rebels_lose_ground_is_no_fight_at_the_town_struck():
    """real/en/dpa_kafr_batna_saqba_thermite_57: Rebels have been losing ground since the government began its latest
    offensive against the area in mid February: the offensive, six words after "since", dates the background."""
    found = incident(passage("en/dpa_kafr_batna_saqba_thermite_57"), "Kafr Batna")
    assert found.types == ("airstrike",)
    assert found.actors == ("russia",)


def test_clashes_in_the_same_neighbourhood_are_at_the_neighbourhood_struck_before():
    """real/en/aranews_aleppo_hanano_sheikh_khider_bustan_qasr: "the same neighbourhood" (anaphors.csv) points back
    like "the neighbourhood"."""
    text = ("Meanwhile, 4 other civilians were killed on Sunday morning in Bustan al-Qasr neighbourhood after being"
            " targeted by pro-Assad warplanes. This coincided with clashes near al-Hajez  garage crossing in the same"
            " neighbourhood, local sources reported.")
    assert incident(text, "Bustan al-Qaser").types == ("airstrike", "clashes")


def test_a_barrel_dropped_in_the_singular_is_a_barrel_bomb():
    """real/en/sohr_hama_kafr_zita_latamneh_ghab_barrels: They also other barrel on areas in Atshan village and areas
    in the outskirts of al-Hwash town (as published): "barrel" alone names the barrel bomb, as "barrels" does."""
    text = passage("en/sohr_hama_kafr_zita_latamneh_ghab_barrels")
    assert incident(text, "Atshan").types == ("barrel_bomb",)
    assert incident(text, "Hawash").types == ("barrel_bomb", "shelling")


def test_victims_from_the_raid_are_of_the_barrel_bombs_told_before():
    """real/en/afp_sukkari_ashrafiyeh_double_tap: helicopters dropped barrel bombs ... showing residents holding body
    parts of victims from the raid: "the raid" (told_attacks.csv) is the attack told, no air strike of its own."""
    assert incident(passage("en/afp_sukkari_ashrafiyeh_double_tap"), "as-Sukkari").types == ("barrel_bomb",)
