"""Arabic background constructions of issue 12 (Arabic place precision), pinned on excerpts of real passages
(tests/reports/real/ar, the file named beside each): deaths told with a cause that is no attack (hunger, lack
of medicine, the siege), the attacks a truce or a deal is to stop, the places where people protested, a toll summed over several
massacres and the governorates a toll is shared out over (معظمهم في) and the areas of a campaign whose losses keep rising name no
incident place."""
import pytest

from core.extract import extract, mentions
from tests.test_stages import read_until


def incidents(text):
    """{Arabic place name: attack types} of the incidents of `text`."""
    return {i.place.name_ar: i.types for i in extract(text, lang="ar").incidents}


@pytest.mark.parametrize("source, text, kept", [
    ("s_spc_moadamiyeh_hunger_douma_darayya",
     "ارتقى شهيد جراء الجوع والنقص الشديد في مدينة معضمية الشام، بالتزامن مع سقوط عدد من الجرحى جراء استهداف"
     " مدينة دوما بعدد من القذائف الصاروخية.", {"دوما": ("rocket",)}),
    ("s_spc_moadamiyeh_hunger_douma_darayya (the cause told after the death, in a clause of its own)",
     "فقد ارتقى الشهيد” خالد حمود رجب” من أبناء مدينة معضمية الشام اليوم الجمعة، جراء الجوع والنقص الشديد في"
     " الأدوية الطبية حسب ما أفاد المكتب الإعلامي للمدينة .", {}),
    ("s_zamanmasdar_2017_ghouta_child_hunger_deescalation",
     "توفي الطفل “محمد عبد السلام”، اليوم الجمعة، جراء نقص الغذاء والدواء في الغوطة الشرقية المحاصرة من قبل"
     " قوات النظام ولميليشيات الطائفية بريف دمشق.", {}),
    ("s_baladi_harran_awamid_child_malnutrition",
     "توفي الطفل \"حسن مقداح\" من بلدة حران العواميد والبالغ من العمر 7 أشهر، جراء نقص الدواء وسوء التغذية"
     " نتيجة حصار قوات النظام المفروض على غوطة دمشق الشرقية.", {}),
])
def test_deaths_from_hunger_or_lack_of_medicine_are_no_incident(source, text, kept):
    assert incidents(text) == kept


def test_a_death_from_an_attack_is_kept_beside_a_death_from_hunger():
    """s_spc_moadamiyeh_hunger_douma_darayya: the barrels on Darayya in the same report are an incident."""
    text = open("tests/reports/real/ar/s_spc_moadamiyeh_hunger_douma_darayya.txt", encoding="utf-8").read()
    assert incidents(text) == {"دوما": ("rocket",), "داريا": ("barrel_bomb",)}


@pytest.mark.parametrize("source, text, kept", [
    ("s_jisr_zabadani_hezbollah_snipers",
     "بالرغم من استمرار الهدنة بين جيش الفتح وإيران لوقف القصف والعمليات القتالية في الزبداني ومضايا ومن ثم"
     " دخول الهدنة المبرمة بين الدول الكبرى لوقف جميع العمليات القتالية في جميع المناطق السوري إلا أن عناصر"
     " حزب الله ما زالوا يبرهنون للعالم أجمع أنهم مستمرون في سفك دماء الشعب السوري.\n\n"
     "فقد تم خرق جديد للهدنة في الزبداني اليوم الاثنين بعد أن ابتدأ عناصر حزب الله على قنص شابين من أبناء"
     " مدينة الزبداني المحاصرة ادت الى استشهاد شابين بالإضافة لوقوع إصابتين أخريين.", {"الزبداني": ("sniper",)}),
    ("s_zamanmasdar_2017_ghouta_child_hunger_deescalation",
     "يذكر أن الغوطة الشرقية مشمولة باتفاق خفض التصعيد الذي نص على فتح المعابر ووقف القصف على المدن والبلدات"
     " في الغوطة، الأمر الذي لم يلتزم به نظام الأسد.", {}),
])
def test_the_attacks_a_truce_is_to_stop_are_no_attack(source, text, kept):
    assert incidents(text) == kept


@pytest.mark.parametrize("source, text, kept", [
    ("s_rassd_2012_darayya_massacre_lcc",
     "كما نظم سكان كفرزيتا بحماة إضرابًا للاحتجاج على مجزرة داريا التي قامت بها قوات النظام وأسفرت عن استشهاد"
     " حوالي 270 شخصًا في البلدة الواقعة في جنوب غرب دمشق بعد ثلاثة أيام من القصف بالمدفعية والصواريخ وطائرات"
     " الهليكوبتر.", {}),
    ("n_zamanalwasl_2013_sarmada_strike_ghouta",
     "أفاد مراسل \"زمان الوصل\" في ريف إدلب أن بلدة \"سرمدا\" القريبة من معبر باب الهوى الحدودي نفذت أمس واليوم"
     " إضرابا احتجاجا على مجزرة الغوطة.", {}),
    ("s_freshsyria_2018_douma_chemical_strike_calls_azaz",
     "في حين نظم ناشطون مساء أمس، وقفة احتجاجية في مدينة اعزاز شمال حلب، تنديدًا بمجزرة الكيماوي التي ارتكبتها"
     " قوات الأسد في مدينة دوما.", {"دوما": ("chemical",)}),
])
def test_a_place_where_people_protested_is_no_incident_place(source, text, kept):
    assert incidents(text) == kept


def places_named(text):
    """Arabic names of the places the clauses of `text` keep after the place mentions stage."""
    return [pm.entry.name_ar for c in read_until(text, "ar", mentions.run).clauses for pm in c.places]


@pytest.mark.parametrize("source, text, kept", [
    ("n_zamanalwasl_2013_sarmada_strike_ghouta",
     "أفاد مراسل \"زمان الوصل\" في ريف إدلب أن بلدة \"سرمدا\" القريبة من معبر باب الهوى الحدودي نفذت أمس واليوم"
     " إضرابا احتجاجا على مجزرة الغوطة.", []),
    ("s_freshsyria_2018_douma_chemical_strike_calls_azaz",
     "في حين نظم ناشطون مساء أمس، وقفة احتجاجية في مدينة اعزاز شمال حلب، تنديدًا بمجزرة الكيماوي التي ارتكبتها"
     " قوات الأسد في مدينة دوما.", ["دوما"]),
])
def test_the_place_mentions_stage_drops_where_people_protested_and_keeps_what_they_protest(source, text, kept):
    assert places_named(text) == kept


@pytest.mark.parametrize("source, text", [
    ("s_zamanalwasl_2015_ghouta_relief_office_stats",
     "وقضى المئات في مجازر شهدت مدينة \"دوما\" أشنعها يومي 14 و22/آب/أغسطس الماضي، وتجاوز عدد ضحاياهما 150 مدنيا."),
    ("n_baladi_boukamal_mahdatha_school",
     "وكان استشهد وأصيب العشرات من المدنيين في دير الزور في خمس مجازر، أمس الأحد، تسبب بها القصف الجوي من الطيران"
     " الروسي وطيران النظام إضافة لطيران مجهول الهوية، ضمن حملة قصف ممنهجة تتقاسم فيها روسيا وأمريكا القصف على مدن"
     " وبلدات المحافظة."),
    ("n_zaiton_deir_ezzor_joura_aid_point",
     "وكان حي الجورة في مدينة دير الزور، الخاضع لسيطرة قوات الأسد، والمحاصر من قبل تنظيم داعش، شهد الأسبوع الفائت 3"
     " مجازر مشابهة بقذائف داعش، راح ضحيتها أكثر من 15 شهيداً."),
])
def test_a_toll_over_several_massacres_is_a_summary_with_no_incident(source, text):
    assert incidents(text) == {}


@pytest.mark.parametrize("source, text, kept", [
    ("s_aljazeera_zamalka_funeral_helicopter",
     "ذكرت الشبكة السورية لحقوق الإنسان أن 133 شخصا قتلوا بنيران قوات النظام معظمهم في ريف دمشق ودير الزور.", {}),
    ("s_alresalah_2012_57_most_in_homs_idlib",
     "قالت لجان التنسيق المحلية في سوريا إن 57 شخصا على الأقل قتلوا أمس الجمعة برصاص الأمن، معظمهم في حمص وإدلب.\n"
     "وأوضح ناشطون أن الجيش النظامي قصف ليلاً حي الخالدية بحمص.", {"حمص": None}),
])
def test_governorates_a_toll_is_shared_out_over_are_no_incident_places(source, text, kept):
    got = {i.place.name_ar: i.killed for i in extract(text, lang="ar").incidents}
    assert got == kept


@pytest.mark.parametrize("source, text", [
    ("n_arabiansforum_ocha_qarqur_children",
     "وأضاف التقرير أن الخسائر في شمال غربي سوريا، تتزايد مع استمرار القصف والغارات الجوية في قصف إدلب وغرب حلب."),
    ("n_hibrpress_idlib_toll_rises_35_weekend",
     "مع استمرار العمليات العسكرية التي يقوم بها نظام الأسد والمحتل الروسي على المدنيين في إدلب تتصاعد بشكل يومي"
     " حصيلة الضحايا وسط صمت دولي تجاه الكارثة الانسانية."),
])
def test_the_areas_of_a_campaign_whose_losses_keep_rising_are_no_incident_places(source, text):
    assert places_named(text) == [] and incidents(text) == {}
