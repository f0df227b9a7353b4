"""Attack types and actors on excerpts of the real corpus (tests/reports/real, file named in each
case), one construction per test; a self-written sentence may pin the same construction."""
import pytest

from core.extract import extract


def incident(text: str, place_en: str):
    found = [i for i in extract(text).incidents if i.place.name_en == place_en]
    assert found, f"no incident at {place_en}: {[i.place.name_en for i in extract(text).incidents]}"
    return found[0]


# A generic shelling word (قصف, shelling) beside a named weapon is that weapon's attack.
@pytest.mark.parametrize("source, text, place, types", [
    ("real/ar/s_spc_daraa_balad_fil_karak_barrels",
     "حيث طال القصف أيضاً بلدة المسيفرة شرق درعا بالبراميل المتفجرة، ما أدى لدمار في منازل البلدة السكنية "
     "وسقوط عدة إصابات في صفوف المدنيين، كما تعرضت بلدة اليادودة لقصف بالبراميل المتفجرة ايضاً.",
     "Al-Musayfirah", ("barrel_bomb",)),
    ("real/ar/s_spc_daraa_balad_fil_karak_barrels",
     "كما تعرضت بلدة اليادودة لقصف بالبراميل المتفجرة ايضاً، في حين تعرضت بلدة النعيمة لقصف من مدفعية النظام.",
     "Al-Yadudah", ("barrel_bomb",)),
    ("real/en/aranews_daraa_dael_nawa_barrels",
     "Amid reports about the bombardment of areas in the nearby city of Inkhil by the Syrian air force. "
     "At least one civilian was killed.",
     "Inkhil", ("airstrike",)),
    ("real/ar/s_sohr_2018_ghouta_jisreen_shared_seven",
     "في حين ارتفع إلى 6 عدد الشهداء الذين قضوا في القصف الجوي الذي طال بلدة جسرين أمس والشهداء هم سيدة "
     "واثنين من أطفالها ومواطنة أخرى وطفلان، في حين ارتفع إلى 7 عدد الشهداء الذين وثق المرصد السوري لحقوق "
     "الإنسان استشهادهم في القصف الصباحي، على حزة وزملكا وحرستا وسقبا.",
     "Jisrin", ("airstrike",)),
    ("self-written", "ألقت المروحيات براميل متفجرة على بلدة داعل وسط قصف عنيف.", "Da'el", ("barrel_bomb",)),
])
def test_generic_shelling_word_beside_a_named_weapon_adds_no_shelling(source, text, place, types):
    assert incident(text, place).types == types, source


def test_two_attackers_that_shell_and_bomb_keep_both_types():
    """real/en/orient_kafr_zeita_latamneh_morek_shells: the militiamen shell, the warplanes bomb."""
    text = ("Assad militiamen and Russian warplanes shell and bomb cities of Kafr Zeita and al-Latamneh in "
            "Hama northern countryside round the clock.")
    got = incident(text, "Kafr Zita")
    assert got.types == ("airstrike", "shelling")
    assert set(got.actors) == {"government", "russia"}


# Missiles that aircraft fire are the air strike's munition, not a rocket attack.
@pytest.mark.parametrize("source, text, place", [
    ("real/en/sn4hr_saraqeb_shefaa_hospital_missiles",
     "SNHR: Syrian regime fixed- wing warplanes fired missiles near al Shefaa Hospital in Saraqeb city in Idlib "
     "governorate eastern suburbs, partially destroying its building, on May 22, 2019.", "Saraqib"),
    ("real/ar/n_baladi_atarib_qabtan_jineh",
     "وفي التفاصيل، شن الطيران الحربي الروسي غارات جوية بالصواريخ على بلدة الجينة، مستهدفاً منازل المدنيين، "
     "ماتسبب باستشهاد 10 مدنيين.", "Jeineh"),
    ("self-written", "Jets fired missiles at the town of Sarmin, killing two.", "Sarmin"),
])
def test_missiles_fired_by_aircraft_are_the_airstrike_not_a_rocket_attack(source, text, place):
    assert incident(text, place).types == ("airstrike",), source


@pytest.mark.parametrize("text, place", [
    ("Regime forces fired surface-to-surface missiles and warplanes struck the town of Sarmin.", "Sarmin"),
    ("شن الطيران الحربي غارات على بلدة سرمين وقصفتها راجمات الصواريخ.", "Sarmin"),
])
def test_ground_launched_rockets_beside_an_airstrike_stay_rockets(text, place):
    assert "rocket" in incident(text, place).types


# Whoever controls the area is not the attacker.
@pytest.mark.parametrize("source, text, place, actors", [
    ("real/ar/s_afp_douma_market_12_sohr",
     "قتل 12 شخصا، بينهم طفل، في قصف شنه الجيش السوري الاربعاء على مدينة دوما في ريف دمشق والتي يسيطر عليها "
     "مقاتلو المعارضة، بحسب المرصد السوري لحقوق الانسان", "Douma", ("government",)),
    ("real/ar/n_aljazeera_aleppo_barrels_2015",
     "هذا هو اليوم السادس على التوالي الذي يمر على حلب محملا بهجمات شنها النظام السوري بالبراميل المتفجرة "
     "والقصف المدفعي الذي يستهدف كل الأحياء الخاضعة لسيطرة المعارضة السورية المسلحة", "Aleppo", ("government",)),
    ("real/ar/n_spa_al_bab_market_airstrike_2014",
     "قتل 11 مدنيا اليوم في قصف لقوات نظام الاسد على مدينة الباب في ريف محافظة حلب في شمال سوريا الواقعة تحت "
     "سيطرة تنظيم داعش", "al-Bab", ("government",)),
    ("self-written", "Regime jets struck Douma, a town under the control of the opposition.", "Douma", ("government",)),
])
def test_whoever_controls_the_area_is_not_the_attacker(source, text, place, actors):
    assert incident(text, place).actors == actors, source


# A media outlet, a spokesman or a ministry speaking is a source, not the attacker.
@pytest.mark.parametrize("source, text, place", [
    ("real/en/baladi_jableh_tartous_seven_explosions",
     "According to regime allied media, 7 Explosions hit the coastal cities of Jableh and Tartous on Monday, "
     "which killed more than 40 people in total.", "Jableh"),
    ("real/en/baladi_jableh_tartous_seven_explosions",
     "Tartous city witnessed three explosions in the new bus terminal and the residential suburb opposite it "
     "according to “SANA”, the Syrian regime news agency.", "Tartus"),
    ("self-written", "A Russian defense ministry spokesman said rebels had fired mortars at the town of Nubl.", "Nubl"),
])
def test_a_media_outlet_or_spokesman_is_not_the_attacker(source, text, place):
    assert "government" not in incident(text, place).actors and "russia" not in incident(text, place).actors, source


@pytest.mark.parametrize("source, text, place", [
    ("real/en/orient_kafr_zeita_latamneh_morek_shells",
     "Orient Net 2019-07-07 06:03:00\n\nAssad militiamen and Russian warplanes shell and bomb cities of Kafr Zeita "
     "and al-Latamneh in Hama northern countryside round the clock.", "Kafr Zita"),
    ("real/ar/s_shaam_douma_russian_assad_jets",
     "حلقت أكثر من 3 طائرات حربية روسية وأسدية في سماء مدينة دوما بالغوطة الشرقية، وشمن أكثر من 15 غارة جوية "
     "بعدد من الصواريخ شديدة التدمير أدت لسقوط شهداء وجرحى", "Douma"),
])
def test_assad_militiamen_and_asadiya_jets_are_the_government(source, text, place):
    assert "government" in incident(text, place).actors, source


def test_backed_by_turkey_names_the_factions_not_turkey():
    """Self-written, after ar/idlib_observatory_headline (tests/reports/ar)."""
    got = incident("دارت اشتباكات بين هيئة تحرير الشام والفصائل المدعومة من تركيا في محيط بلدة دارة عزة.", "Darat Izza")
    assert set(got.actors) == {"hts", "opposition"}


# An attack named without its weapon gives an incident with no type (Other / unknown), not nothing.
@pytest.mark.parametrize("source, text, place", [
    ("real/en/channel4_aleppo_barrels_adra",
     "The observatory also said on Sunday the death toll from a sectarian attack by Islamist rebels on Wednesday "
     "in the town of Adra, northeast of Damascus, had risen to 28.", "Adra"),
    ("real/en/hrw_termanin_cluster_munitions_2023",
     "(Beirut) – Syrian government forces used widely banned cluster munitions in an attack on Termanin, a town "
     "in northern Idlib, on October 6, 2023, killing two civilians and injuring nine others.", "Turmanin"),
    ("self-written", "An attack hit a school in Saraqib.", "Saraqib"),
    ("self-written", "A bombing hit the town of Saraqib.", "Saraqib"),
    ("self-written", "تعرضت بلدة سراقب لاستهداف.", "Saraqib"),
])
def test_an_attack_named_without_a_weapon_is_an_incident_of_no_type(source, text, place):
    assert incident(text, place).types == (), source


def test_an_attack_in_another_sentence_makes_no_incident_of_the_place_before():
    """tests/reports/en/none_idlib_ceasefire_patrols: a hypothetical attack, no place in its sentence."""
    text = ("Russian and Turkish troops will conduct joint patrols from Trumba to Ain al-Hawr in Latakia province. "
            "Erdogan said Turkey reserved the right to respond to any attack by government forces.")
    assert extract(text).incidents == ()


# A similar attack (قصف مماثل، similar bombing) carries the kind and the attacker of the one before.
@pytest.mark.parametrize("source, text, place, types, actors", [
    ("real/ar/n_smart_jisr_bdama_tal_halawa",
     "وقال ناشطون لـ \"سمارت\" إن طائرات حربية يرجح أنها للنظام قصفت مدينة جسر الشغور (30 كم غرب إدلب)، ما أسفر "
     "عن مقتل طفلين وامرأة.\n\nوتعرضت بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي مماثل ما أدى إلى مقتل مدني "
     "وجرح أربعة آخرين.", "Bidama", ("airstrike",), ("government",)),
    ("real/en/aranews_talbeesa_thermobaric_zafranah_school",
     "Suleiman pointed out that two children were killed by the regime forces’ artillery shelling (launched from "
     "Engineering Battalion) on a school inhabited by displaced people in the town of Zafranah in Homs countryside."
     "\n\nMeanwhile, similar bombing targeted Hula city, activists reported.", "Houla", ("artillery",),
     ("government",)),
])
def test_a_similar_attack_carries_the_kind_and_attacker_before(source, text, place, types, actors):
    got = incident(text, place)
    assert (got.types, got.actors) == (types, actors), source


def test_in_a_similar_context_tells_no_attack():
    """real/ar/n_yalla_idlib_edge_workshop: وفي سياق مماثل opens a new attack, it copies none."""
    text = "قصفت قوات النظام بالصواريخ بلدة سرمين. وفي سياق مماثل، شنت الطائرات الروسية غارات على بلدة البارة."
    got = incident(text, "Bara")
    assert (got.types, got.actors) == (("airstrike",), ("russia",))


@pytest.mark.parametrize("source, text", [
    ("real/ar/n_almadina_al_bab_containers",
     "قتل 28 شخصًا على الأقل بينهم 19 مدنيًا، ثلاثة منهم أطفال، في مجزرة نفذتها طائرات النظام المروحية إثر "
     "قصفها بحاويات متفجرة مدينة الباب التي يسيطر عليها تنظيم داعش في ريف حلب الشمالي الشرقي"),
    ("self-written", "ألقت المروحيات حاويات متفجرة على مدينة الباب."),
])
def test_explosive_containers_are_barrel_bombs(source, text):
    assert "barrel_bomb" in incident(text, "al-Bab").types, source


# The regular forces (القوات النظامية، الجيش النظامي) are the government, and an attacker named after a
# list of quarters is given to each member.
@pytest.mark.parametrize("source, text, place", [
    ("real/ar/n_alwatanalarabi_salahuddin_recaptured_2012",
     "في الأثناء، تعرضت أحياء الزبدية والإذاعة والميسر ومساكن هنانو والفردوس وقاضي عسكر وحي الصاخور والفردوس في "
     "مدينة حلب، لقصف عنيف من قبل القوات النظامية", "Qadi Askar"),
    ("real/ar/s_janoob_2014_yabroud_15_raids_jarajir",
     "وقال المرصد السوري لحقوق الإنسان إن الطيران الحربي السوري نفذ، أمس، 15 غارة على يبرود ومحيطها، وترافقت "
     "الغارات مع «تجدد القصف من القوات النظامية على المدينة»", "Yabrud"),
])
def test_the_regular_forces_are_the_government(source, text, place):
    assert incident(text, place).actors == ("government",), source


# Fire "from the positions of X" (من مواقع X) names X as the attacker, not as the target; SOHR's
# كتائب مقاتلة are the opposition, given to every quarter of the list the shells fell on.
@pytest.mark.parametrize("source, text, places", [
    ("real/ar/n_shorouk_suleimaniyeh_mortars_two_sources",
     "وأشار إلى أن قذائف الهاون تساقطت من مواقع كتائب مقاتلة على مناطق في أحياء السليمانية والأشرفية ومساكن "
     "السبيل والمشارقة وبستان الزهرة والخالدية.", ("al-Suleimaniyeh", "al-Ashrafiyeh", "al-Khaldiyeh")),
    ("self-written", "سقطت قذائف هاون من مواقع الفصائل على حي الأشرفية.", ("al-Ashrafiyeh",)),
])
def test_fire_from_the_positions_of_a_side_is_that_sides_attack(source, text, places):
    for place in places:
        assert incident(text, place).actors == ("opposition",), source


# Fire whose source is the positions of X (مصدره مواقع X) names X as the attacker, as من مواقع does.
@pytest.mark.parametrize("source, text, place", [
    ("real/ar/n_syriatv_kafr_amma_brothers_2022",
     "قبل أيام، تعرّض محور كفرعمّة لقصفٍ مدفعي أيضاً مصدره مواقع قوات النظام، ما أسفر عن مقتل ثلاثة عناصر من"
     " \"هيئة تحرير الشام\" وجرح آخرين.", "Kafr Amma"),
])
def test_fire_whose_source_is_a_sides_positions_is_that_sides_attack(source, text, place):
    assert incident(text, place).actors == ("government",), source


def test_a_side_whose_positions_were_hit_is_still_not_the_attacker():
    """The same cue without من: قصف مواقع النظام (tests/reports/ar/ghouta_office_elephant_list_end)."""
    got = incident("قصفت فصائل المعارضة بالهاون مواقع النظام في حي جوبر.", "Jobar")
    assert got.actors == ("opposition",)
