"""Who attacked, on real passages (tests/reports/real, file named in each case): a side named as an
owner, a holder, a political body or in a background sentence is no attacker; the attacker a story
told carries on to the attacks it tells later. One construction per test; an excerpt is copied as
written, a construction that spans sentences is read from the whole passage."""
from pathlib import Path

import pytest

from core.extract import extract

REAL = Path(__file__).parent / "reports" / "real"


def passage(name: str) -> str:
    lang = "ar" if name.startswith(("n_", "s_")) else "en"
    return (REAL / lang / f"{name}.txt").read_text(encoding="utf-8")


def actors_at(text: str, place_en: str) -> set:
    found = [i for i in extract(text).incidents if i.place.name_en == place_en]
    assert found, f"no incident at {place_en}: {[i.place.name_en for i in extract(text).incidents]}"
    return set(found[0].actors)


# عربة شيلكا لقوات النظام، دعماً لقوات سوريا الديمقراطية: an Arabic actor joined by لـ to what it owns.
@pytest.mark.parametrize("source, text, place, actors", [
    ("s_qasioun_daraa_gharyah_six_barrels",
     "كذلك، دمّر مقاتلو المعارضة بصاروخ \"تاو\"عربة شيلكا لقوات النظام على جبهة بلدة اليادودة، ما أدى إلى "
     "مصرع أفراد طاقمها.", "Al-Yadudah", {"opposition"}),
    ("n_echorouk_raqqa_jazra_internet_cafe",
     "قال المرصد السوري لحقوق الإنسان إن طائرات التحالف الدولي بقيادة الولايات المتحدة شنت طوال الليل غارات "
     "كثيفة على مدينة الرقة وضواحيها دعما لقوات سوريا الديمقراطية في محاولتها التقدم أكثر في المعقل الأبرز "
     "لتنظيم الدولة الإسلامية (داعش) في سوريا.", "Raqqa", {"coalition"}),
])
def test_an_arabic_side_joined_by_li_to_what_it_owns_is_no_attacker(source, text, place, actors):
    assert actors_at(text, place) == actors, source


# قصف للتحالف، طائرات حربية يرجح أنها للنظام، الطيران المروحي التابع لنظام الأسد: after an attack or
# a word of belonging, the side joined by لـ is whose the attack is.
@pytest.mark.parametrize("source, text, place, actors", [
    ("n_smart_jisr_bdama_tal_halawa",
     "وقال ناشطون لـ \"سمارت\" إن طائرات حربية يرجح أنها للنظام قصفت مدينة جسر الشغور (30 كم غرب إدلب)، ما "
     "أسفر عن مقتل طفلين وامرأة.", "Jisr ash-Shughur", {"government"}),
    ("n_alhayat_raqqa_harat_badu_coalition",
     "قتل 27 مدنياً بينهم أطفال أمس (الأحد) في قصف للتحالف الدولي بقيادة واشنطن على منطقة سكنية في مدينة "
     "الرقة السورية.", "Raqqa", {"coalition"}),
])
def test_a_side_joined_by_li_after_an_attack_or_belonging_word_is_the_attacker(source, text, place, actors):
    assert actors_at(text, place) == actors, source


def test_drones_belonging_to_a_side_are_its_attack():
    """real/ar/n_963_tadil_abzemo_drones: طائرتان مسيرتان ... تابعتان للقوات الحكومية."""
    assert actors_at(passage("n_963_tadil_abzemo_drones"), "Tadil") == {"government"}


# Assad's coastal heartland, the Islamic State group's Syrian bastion: an English possessive that owns
# no force or attack.
@pytest.mark.parametrize("source, text, place, actors", [
    ("thenational_latakia_rebel_rockets_zabadani",
     "BEIRUT // Two people were killed and 14 wounded on Thursday in a rare rebel rocket attack on Latakia, "
     "the provincial capital of president Bashar Al Assad’s coastal heartland, a monitoring group said.",
     "Latakia", {"opposition"}),
    ("afp_raqqa_coalition_strikes_jazra_meshleb",
     "Qamishli (Syria) (AFP) - An international coalition pounded Raqa with air strikes Thursday, with a "
     "monitor saying at least 17 civilians had been killed in the bombardment as US-backed fighters pushed "
     "further into the Islamic State group's Syrian bastion.", "Raqqa", {"coalition"}),
])
def test_a_side_in_the_possessive_owning_no_force_is_no_attacker(source, text, place, actors):
    assert actors_at(text, place) == actors, source


def test_a_side_in_the_possessive_owning_its_force_is_the_attacker():
    """self-written, the construction of real/en/etilaf_ghanto_airstrike_rastan_talbeesah."""
    assert actors_at("Assad's air force bombed the town of Talbiseh, killing two.", "Talbiseh") == {"government"}


# regime's helicopter, the regime's forces: "regime" in the possessive owning a force or an attack.
@pytest.mark.parametrize("source, text, place, actors", [
    ("sohr_aleppo_23sep2016_quarters_beshqatin_bab",
     "Russian warplanes, regime’s helicopter and warplanes continue to committing massacres against the "
     "Syrian citizens in Aleppo city and its countryside", "Aleppo", {"russia", "government"}),
    ("hawar_regime_control_north_west_aleppo_towns",
     "In the past few hours, the regime's forces have taken control of 95 areas in the southern and western "
     "rural Aleppo.", "Aleppo", {"government"}),
])
def test_the_regimes_force_or_attack_in_the_possessive_is_the_governments(source, text, place, actors):
    assert actors_at(text, place) == actors, source


@pytest.mark.parametrize("source, text, place, actors", [
    ("sohr_ariha_rockets_jabal_zawiyah_breakdown",
     "SOHR sources documented earlier this morning four strikes by a Russian fighter jet on Sheikh Youssef "
     "area on the western outskirts of Idlib city.", "Idlib", {"russia"}),
    ("self-written", "Two civilians were killed by a Russian fighter jet in the town of Sarmin.", "Sarmin",
     {"russia"}),
])
def test_a_fighter_jet_is_an_aircraft_not_a_person_of_its_side(source, text, place, actors):
    assert actors_at(text, place) == actors, source


def test_a_political_body_named_as_the_source_is_no_attacker():
    """real/en/etilaf_ghanto_airstrike_rastan_talbeesah signs "(Source: Syrian Coalition)": the
    opposition's National Coalition, not the US-led one (foreign_forces.csv: political bodies)."""
    text = passage("etilaf_ghanto_airstrike_rastan_talbeesah")
    assert "coalition" not in actors_at(text, "Hirbnafsah")
    assert actors_at("Regime jets struck Saraqib, killing three. (Source: Syrian Coalition)", "Saraqib") == {"government"}


def test_a_political_body_that_condemns_and_says_is_no_attacker():
    """real/en/etilaf_maarat_numan_13_press_release: "the Coalition stressed ... said ... reaffirmed",
    then the strike told with its attackers and "(Source: Syrian National Coalition's Media Department)"."""
    assert actors_at(passage("etilaf_maarat_numan_13_press_release"), "Ma'arrat Nu'man") == {"government", "russia"}


# A sentence that only names a side again beside a place already hit (land lost to rebels in Daraa)
# adds no attacker; one that says who did it (claimed, blamed) does.
@pytest.mark.parametrize("source, place, actors", [
    ("rudaw_tal_rifaat_turkish_shelling_three", "Tell Rifaat", {"turkey"}),
    ("wikipedia_jableh_tartus_bombings_2016", "Jableh", {"isis"}),
    ("reuters_qamishli_hay_gharbi_car_bomb", "Qamishli", set()),
])
def test_a_background_sentence_naming_a_side_beside_a_place_adds_no_attacker(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# The strikes killed five in Salhin / The bombardment also targeted Kansafra: in an English story a
# later paragraph's attack of the same kind that names no attacker is the lead's attacker's.
@pytest.mark.parametrize("source, place, actors", [
    ("zamanalwasl_iblin_child_killed_zawiya_villages", "Kansafra", {"government"}),
    ("etilaf_ghanto_airstrike_rastan_talbeesah", "Al-Ghantu", {"government"}),
    ("teenfm_douma_hospital_chlorine_bomb", "Douma", {"government"}),
    ("airwars_coalition_shaafa_soor_records", "Sur", {"coalition"}),
])
def test_an_english_story_carries_its_attacker_to_later_paragraphs(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


def test_a_later_paragraph_of_another_kind_of_attack_takes_no_attacker():
    """self-written, the counter-case of the story rule: a sniper is not the helicopters' attack."""
    text = ("Regime helicopters dropped barrel bombs on Darayya, killing four.\n\n"
            "In Saqba, a sniper killed one civilian.")
    assert actors_at(text, "Saqba") == set()


# فيما ألقى الطيران المروحي التابع لنظام الأسد، عدداً من البراميل فوق بلدة التمانعة: a clause opened by a
# break word, before its own place, starts that place's story instead of adding to the place before.
@pytest.mark.parametrize("source, place, actors", [
    ("n_microsyria_khan_sheikhoun_hbit", "Hbit", {"russia"}),
    ("n_microsyria_khan_sheikhoun_hbit", "At Tamani'ah", {"government"}),
    ("n_sharkia_deir_ezzor_quriyah_mayadin", "Raqqa", {"coalition"}),
])
def test_a_clause_opening_a_new_story_leads_into_its_own_place(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# أهم معاقل النظام السوري، معقل داعش الأبرز: the side that holds a stronghold is no attacker.
@pytest.mark.parametrize("source, place, actors", [
    ("n_emarat_tartus_jableh_bombings_2016", "Tartus", {"isis"}),
    ("n_emarat_tartus_jableh_bombings_2016", "Jableh", {"isis"}),
    # the SDF offensive "ongoing since the first week of June" is the period around the strike, not its
    # attacker: the coalition alone, as the passage's expected JSON codes it
    ("n_alhayat_raqqa_harat_badu_coalition", "Raqqa", {"coalition"}),
])
def test_the_side_holding_a_stronghold_is_no_attacker(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# rebel dominated Idlib Province, controlled largely by al-Qaeda's Nusra Front / Yabroud ... is used by rebels as a
# smuggling hub / warehouses used by Lebanon's Iran-backed Hezbollah: the side that holds or uses a place (victim_cues:
# dominated, controlled largely by, used by) is no attacker of it.
@pytest.mark.parametrize("source, text, place, holders", [
    ("antiwar_wadi_barada_shelter_maarat_misrin_market",
     "Meanwhile, the rebel dominated Idlib Province, controlled largely by al-Qaeda\u2019s Nusra Front, continued to be"
     " targeted by airstrikes, with pro-rebel officials saying 10 civilians were killed when airstrikes hit a"
     " marketplace in Maarat al-Misrin, a northern city.", "Maarrat Misrin", {"opposition", "hts"}),
    ("gulfnews_yabroud_barrel_bombs_tolls_varied", None, "Yabrud", {"opposition"}),
    ("thenational_israeli_strike_dimas_says_damascus",
     "The Britain-based monitoring group Syrian Observatory for Human Rights said the targets included warehouses used"
     " by Lebanon's Iran-backed Hezbollah militant group and that the strikes also targeted positions of the Syrian"
     " army's elite Fourth Division near the airport in the town of Dimas.", "Al-Dimas", {"iran_militias"}),
])
def test_the_side_that_holds_or_uses_a_place_is_no_attacker(source, text, place, holders):
    assert not actors_at(text or passage(source), place) & holders, source


# Shelling in Syria rebel enclave kills 7 / shelled the last rebel last enclave in the country's northwest: the side
# whose enclave it is (victim_cues: enclave, after, like bastion and stronghold) holds it; it did not shell it.
@pytest.mark.parametrize("place", ["Idlib", "Ariha", "Kafriya"])
def test_the_side_whose_enclave_was_shelled_is_no_attacker(place):
    """real/en/ap_idlib_ariha_kefraya_shelling_world_vision."""
    assert actors_at(passage("ap_idlib_ariha_kefraya_shelling_world_vision"), place) == {"government"}


def test_the_side_a_place_was_captured_by_holds_it_and_did_not_strike_it():
    """real/en/lbci_afp_aleppo_roundabout_vehicles_strike: an air strike, likely carried out by Damascus ally Russia,
    hit an area of the city of Aleppo recently captured by rebels (victim_cues: captured by)."""
    assert actors_at(passage("lbci_afp_aleppo_roundabout_vehicles_strike"), "Aleppo") == {"russia"}


# clashes between X and Y against Z: in a fight between sides, "against" names one more side.
@pytest.mark.parametrize("source, text, place, actors", [
    ("sohr_zabadani_ground_missiles_fourth_division", None, "Al-Zabadani", {"government", "iran_militias"}),
    ("sohr_darayya_14_barrels_douma_shell_dahiyat",
     "The violent clashes between the regime forces and allied militiamen against the rebel and Islamist "
     "factions are still taking place around Dahiyat al- Assad near Darayya city in the Eastern Ghouta killing "
     "fighters in the Islamist factions", "Darayya", {"government", "opposition"}),
])
def test_a_side_after_against_in_a_fight_between_sides_is_a_side(source, text, place, actors):
    assert actors_at(text or passage(source), place) == actors, source


def test_an_offensive_against_a_side_makes_it_no_attacker():
    """The counter-case (tests/reports/en/acled_notes_south): an offensive against ISIS is no fight between sides."""
    text = ("On 19 April 2018, Syrian Arab Army (SAA) forces launched an offensive against ISIS in "
            "al-Hajar al-Aswad, with airstrikes; fatalities unknown.")
    assert actors_at(text, "Al-Hajar al-Aswad") == {"government"}


# A state named as a border or a gathering's owner is no attacker.
@pytest.mark.parametrize("source, text, place, actors", [
    ("alalam_barkh_butan_kobane_isis_executions", None, "Aïn al-Arab", {"isis", "sdf", "coalition"}),
    ("aranews_daraa_dael_nawa_barrels",
     "On the other hand, the rebels of the FSA targeted gatherings of the pro-regime military forces in the "
     "city of Bosra al-Sham in Daraa with mortars and homemade rockets, causing casualties among the regime forces.",
     "Bosra", {"opposition"}),
    ("self-written", "استهدفت قوات النظام بقذائف المدفعية بلدة أطمة على الحدود السورية التركية.", "Atme",
     {"government"}),
])
def test_a_side_named_as_a_border_or_a_gathering_is_no_attacker(source, text, place, actors):
    assert actors_at(text or passage(source), place) == actors, source


# The sides of a truce or a deal are parties to it, not attackers.
@pytest.mark.parametrize("source, place, actors", [
    ("afp_financialtribune_homs_zahra_car_bomb_waer", "Homs", set()),
    ("s_jisr_zabadani_hezbollah_snipers", "Al-Zabadani", {"iran_militias"}),
    ("syriadirect_latakia_rockets_twice", "Latakia", {"opposition"}),
])
def test_the_sides_of_a_truce_are_no_attackers(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


def test_a_side_whose_offensive_a_deal_names_is_the_attacker():
    """real/en/albawaba_zabadani_hezbollah_madaya_bukain: the agreement called on rebels to halt
    their offensive on Kefraya and Foua: the offensive is the rebels'."""
    assert "opposition" in actors_at(passage("albawaba_zabadani_hezbollah_madaya_bukain"), "Al-Fu'ah")


# غارات جوية نفذتها الطائرات الروسية ... إلى جانب قصف مدفعي نفذته قوات النظام: a sentence that names two
# attackers each with its own attack tells the paragraph who does which kind.
@pytest.mark.parametrize("place", ["Maarbalit", "Ma'arzaf"])
def test_a_later_attack_of_one_kind_takes_the_attacker_told_with_that_kind(place):
    """real/ar/n_yalla_idlib_edge_workshop (the only real passage with the construction so far)."""
    assert actors_at(passage("n_yalla_idlib_edge_workshop"), place) == {"government"}


def test_one_attacker_told_with_one_kind_is_not_remembered_past_another_attack():
    """self-written, the counter-case (tests/reports/en/west_ghouta_darayya_moadamiyeh)."""
    text = ("Regime helicopters dropped barrel bombs on Darayya. In Muadamiyat al-Sham, one civilian was killed "
            "by a sniper. Barrel bombs also fell on Deir Khabiyeh; there were no casualties.")
    assert actors_at(text, "Deir Khabiye") == set()


# the attacks on strongholds of President Bashar al-Assad's regime: a victim word before a person's
# name in the possessive names what was hit, and the side after the name owns it.
@pytest.mark.parametrize("source, place", [
    ("afp_nuges_jableh_100_tartus_48", "Jableh"), ("afp_nuges_jableh_100_tartus_48", "Tartus"),
    ("cbs_jableh_tartus_strongholds_2016", "Jableh"), ("cbs_jableh_tartus_strongholds_2016", "Tartus"),
])
def test_the_side_owning_what_was_hit_behind_a_name_is_no_attacker(source, place):
    """AFP: "the attacks on strongholds of President Bashar al-Assad's regime"; CBS: "rocked two ...
    coastal strongholds of Syrian President Bashar Assad Monday"."""
    assert actors_at(passage(source), place) == {"isis"}, source


def test_a_name_in_the_possessive_after_no_victim_word_keeps_its_side_the_attacker():
    """self-written counter-case."""
    assert actors_at("Artillery of President Bashar al-Assad's regime shelled Daraa, killing two.", "Daraa") \
        == {"government"}


# الطائرات الروسية ترتكب مجزرتين ... جراء هذا القصف: an Arabic news story whose title names the attack
# and its attacker lends that attacker to a later paragraph that tells the attack again with a definite
# word (هذا القصف، الغارات التي استهدفت) and names none.
@pytest.mark.parametrize("source, place, actors", [
    ("n_shaam_atarib_manbij_two_massacres", "Manbij", {"russia"}),
    ("n_smart_orum_kafrnaha_russian", "Kafr Naha", {"russia"}),
])
def test_an_arabic_title_lends_its_attacker_to_the_attack_told_again(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# ضحايا قصف قوات الأسد على درعا ... وأفادت مصادر إعلام محلية أن قصفاً صاروخياً استهدف بلدة داعل: a paragraph
# that opens with a verb of saying goes on with the story, so its attack of the title's kind is the
# title's attacker's even told with indefinite words.
@pytest.mark.parametrize("source, place, actors", [
    ("s_microsyria_dael_ibta_rockets_tafas_massacre", "Da'el", {"government"}),
    ("s_microsyria_dael_ibta_rockets_tafas_massacre", "Abtaa", {"government"}),
    ("s_alaan_qaboun_cemetery_16_waer_three", "Al-Qabun", {"government"}),
])
def test_a_paragraph_opening_with_a_verb_of_saying_takes_the_titles_attacker(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# قتلى في قصف صاروخي على حي القابون / قتل 16 شخصاً ... في قصف صاروخي لقوات الحكومة السورية عند أطراف العاصمة:
# a story's first sentence under its title that names the attack and its attacker and no place tells the
# story's attacker, as a title does.
@pytest.mark.parametrize("source, place, actors", [
    ("s_alaan_qaboun_cemetery_16_waer_three", "Al-Qabun", {"government"}),
    ("n_euronews_kafr_hamra_girl_2018", "Kafr Hamrah", {"government"}),
])
def test_a_placeless_lead_under_the_title_names_the_storys_attacker(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


# The counter-cases: a title that sums up a period (منذ صدور قرار مجلس الأمن) tells no story, and an
# attack told with indefinite words (سقطت قذائف هاون مجهولة المصدر) is a new one.
@pytest.mark.parametrize("source, place", [
    ("s_sohr_2018_ghouta_jisreen_shared_seven", "Zamalka"),
    ("n_qasioun_al_bab_azaz_vacuum", "al-Khaldiyeh"),
])
def test_an_arabic_title_lends_no_attacker_over_a_period_or_to_a_new_attack(source, place):
    assert actors_at(passage(source), place) == set(), source


# مقتل عنصر من قوات النظام، قتل ضابط من قوات النظام: a side named after a person noun and من is whose
# people were hit, not the attacker.
@pytest.mark.parametrize("source, text, place", [
    ("s_araby_2024_mezzeh_ten_quneitra_khan_arnabah",
     "استهدفت غارة إسرائيلية أخرى مدخل مدينة القنيطرة، مما أسفر عن مقتل عنصر من قوات النظام السوري وإصابة آخر",
     "Quneitra"),
    ("n_7al_latakia_kasab_jableh_2019",
     "وفي الثاني من شهر أيار الفائت، شهد  ريف مدينة جبلة وأطرافها سقوط عدد من القذائف، تسببت بخسائر بشرية، إذ "
     "قتل ضابط من قوات النظام  وسقط أربعة جرحى مدنيين.", "Jableh"),
])
def test_a_side_after_a_person_noun_and_min_is_the_victims_side(source, text, place):
    assert actors_at(text, place) == set(), source


# بينهم طبيبان وأعضاء من حزب الله، معظمهم من قوات النظام: a side whose members are counted among the dead
# (members of, most of them from) is whose people were hit, not the attacker.
@pytest.mark.parametrize("source, text, place", [
    ("s_araby_2024_mezzeh_ten_quneitra_khan_arnabah",
     "- شنت إسرائيل غارات جوية على دمشق، مستهدفة مبنى في المزة، مما أدى إلى مقتل عشرة أشخاص، بينهم طبيبان وأعضاء "
     "من حزب الله، وتدمير الطوابق العلوية للمبنى.", "Mezzeh"),
    ("n_jo24_idlib_car_bombs_university_toll",
     "قتل اكثر من عشرين شخصا امس قال الاعلام الرسمي السوري انهم من المواطنين، بينما ذكر المرصد السوري لحقوق "
     "الانسان ان معظمهم من قوات النظام، في تفجيرات في مدينة ادلب في شمال غرب سوريا.", "Idlib"),
])
def test_a_side_whose_members_are_counted_among_the_dead_is_the_victims_side(source, text, place):
    assert actors_at(text, place) == set(), source


# برصاص عناصر قسد، من قبل عناصر قوات النظام: a side's people right after an agent word (the bullets of, by, at
# the hands of) fired; they are the attackers, not whose people were hit.
@pytest.mark.parametrize("source, text, place, actors", [
    ("n_baladi_boukamal_iraqi_side_diban",
     "إلى ذلك، استشهد رجل ووالدته، برصاص عناصر \"قوات سوريا الديمقراطية\" على طريق بلدة (ذيبان) قرب حقل (العمر) "
     "النفطي، بريف دير الزور الشرقي.", "Diban", {"sdf"}),
    ("s_baladi_daraa_camp_checkpoint_youths",
     "أصيب شابان في مركز محافظة درعا جنوب سوريا، مساء الأربعاء 9 حزيران، جراء استهدافهما بالرصاص من قبل عناصر قوات "
     "النظام.", "Daraa", {"government"}),
])
def test_a_sides_people_after_an_agent_word_are_the_attackers(source, text, place, actors):
    assert actors_at(text, place) == actors, source


# مسقط رأس الرئيس السوري بشار الأسد: a side's name after a person's title and names is the person.
@pytest.mark.parametrize("source, text, place", [
    ("n_ahlmasr_qardaha_rockets",
     "أفاد المرصد السوري لحقوق الإنسان بسقوط 11 قذيفة صاروخية في مدينة القرداحة مسقط رأس الرئيس السوري بشار الأسد.",
     "Qardaha"),
    ("s_ahram_douma_saqba_28_damascus_mortar",
     "ويسيطر على الغوطة الشرقية مسلحون معارضون لحكومة الرئيس بشار الأسد، وكثيرًا ما يشن المسلحون هجمات بقذائف "
     "الهاون على دمشق، قاعدة السلطة للأسد.", "Damascus"),
])
def test_a_side_named_after_a_persons_title_is_the_person_not_an_attacker(source, text, place):
    assert actors_at(text, place) == set(), source


def test_a_titled_persons_forces_are_the_attacker():
    """self-written counter-case: a force word before the title."""
    assert actors_at("قصفت قوات الرئيس بشار الأسد مدينة القرداحة.", "Qardaha") == {"government"}


# الطيران الحربي السوري: the Syrian aircraft are the state's, as "Syrian warplanes" are in English.
@pytest.mark.parametrize("source, text, place", [
    ("s_ittihad_2013_qara_raids_harasta_bombing",
     "صعد الطيران الحربي السوري أمس غاراته الصاروخية على مدينة قارة في منطقة القلمون شمال دمشق", "Qarah"),
    ("s_janoob_2014_yabroud_15_raids_jarajir",
     "نفذ الطيران الحربي السوري، أمس، 15 غارة على مدينة يبرود بمنطقة القلمون شمال دمشق", "Yabrud"),
])
def test_the_syrian_aircraft_are_the_governments(source, text, place):
    assert actors_at(text, place) == {"government"}, source


# وسط اشتباكات بين قسد وقوات التحالف من جانب، وتنظيم داعش من جانب آخر، على محاور في محيط الفرقة 17: a
# fight or a side told without a place, cut only by commas from the clause that opens with a
# preposition of place and names places, happened there, not at the places told before it.
@pytest.mark.parametrize("source, place, actors", [
    ("n_athr_raqqa_jamili_coalition", "Raqqa", {"coalition"}),
    ("s_araby_2015_mukharram_school_jawalek", "Al-Mukharram al-Tahtani", {"government"}),
    ("s_araby_2015_mukharram_school_jawalek", "Khan Tuman", {"opposition"}),
    ("s_sohr_douma_13_bala_clashes", "Douma", {"government"}),
])
def test_a_side_told_before_a_comma_and_its_places_is_theirs(source, place, actors):
    assert actors_at(passage(source), place) == actors, source


@pytest.mark.parametrize("source, text, place, actors", [
    ("real/en/sohr_aleppo_23sep2016_quarters_beshqatin_bab",
     "Russian warplanes, regime’s helicopter and warplanes continue to committing massacres against the Syrian"
     " citizens in Aleppo city and its countryside.", "Aleppo", {"russia", "government"}),
    ("real/en/syrianobserver_douma_saqba_zebdin_snhr",
     "Six women and four children were the victims of the regime’s air raids on the embattled city of Douma"
     " located 10km (7 miles) northeast of Damascus.", "Douma", {"government"}),
])
def test_the_regime_in_the_possessive_before_its_aircraft_or_raids_is_the_attacker(source, text, place, actors):
    assert actors_at(text, place) == actors, source


@pytest.mark.parametrize("source, text, place, actors", [
    ("real/en/almasdar_khan_touman_khalsah_zeitan_captured",
     "According to a military source in Aleppo city, the Syrian Army and their allies captured two towns from the"
     " jihadist rebels after pushing west from recently seized Khan Touman.", "Khan Tuman", {"government"}),
    ("en/isw_sitrep_deir_ezzor_bullets",
     "- Pro-regime forces backed by Iranian proxies captured Al-Bukamal from ISIS on November 9, 2017, after a week"
     " of heavy clashes along the Euphrates.", "Abu Kamal", {"government", "iran_militias"}),
])
def test_the_side_ground_was_captured_from_is_no_attacker(source, text, place, actors):
    assert actors_at(text, place) == actors, source


# IS targeted by mortar shells the regime positions / with IS firing mortar rounds: the Islamic State's initials,
# written in capitals (cased_actors.csv), name ISIS; "is", the verb, names no side.
@pytest.mark.parametrize("source, text, place", [
    ("real/en/sohr_daraa_yadodah_tafas_suwayda_mortars",
     "Al- Suwaydaa Province:\n\nIS targeted by mortar shells the regime positions in the training ground area in the"
     " northeastern of al- Suwaydaa countryside with no information about victims.", "As-Suwayda countryside"),
    ("real/en/afp_raqqa_coalition_strikes_jazra_meshleb",
     "The air strikes came after US-backed fighters with the Syrian Democratic Forces (SDF) battled deeper into Raqa,"
     " two days after finally entering following a months-long struggle to surround a city that has become synonymous"
     " with IS atrocities since its capture by the jihadists in 2014.\n\nOn Wednesday, an AFP journalist entered the"
     " city with SDF fighters and witnessed heavy clashes in the Al-Meshleb neighbourhood, with IS firing mortar rounds"
     " towards the advancing forces.", "Raqqa"),
])
def test_is_in_capitals_is_the_islamic_state(source, text, place):
    assert "isis" in actors_at(text, place), source


@pytest.mark.parametrize("source, place", [
    ("aljazeera_quneitra_baath_city_offensive", "Madinat al-Salam"),
    ("ain_jebata_khashab_clashes_baba_amr", "Jubata al-Khashab"),
])
def test_is_the_verb_names_no_side(source, place):
    """the battle is ongoing; which is located just two kilometers from the border fence."""
    assert "isis" not in actors_at(passage(source), place), source


# Assad's regime used the chemical weapon: the regime (role force) is Assad's own side, so the attacker; the
# strongholds of President Bashar al-Assad's regime are still what was hit.
@pytest.mark.parametrize("source, place, actors", [
    ("csr_chemical_damascus_countryside_areas", "Zamalka", {"government"}),
    ("csr_chemical_damascus_countryside_areas", "Muadamiyat al-Sham", {"government"}),
    ("afp_nuges_jableh_100_tartus_48", "Jableh", {"isis"}),
])
def test_a_sides_regime_in_the_possessive_is_its_force(source, place, actors):
    assert actors_at(passage(source), place) == actors, source
