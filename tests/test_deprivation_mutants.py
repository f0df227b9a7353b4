"""Deaths from a siege's hunger or lack of medicine (core.extract.deprivation), on what the mutation run
(bench/mutation.py core.extract.deprivation) found unpinned. Excerpts of the real passages
(tests/reports/real/ar) named beside each."""
from core.extract import extract


def places(text):
    """{place (English): incident} for the incidents of `text`."""
    return {i.place.name_en: i for i in extract(text, lang="ar").incidents}


def test_the_deprivation_clears_its_sentence_back_to_the_clause_that_tells_the_death():
    """s_baladi_harran_awamid_child_malnutrition (its dateline and first sentence): the death (توفي الطفل ... من
    بلدة حران العواميد) is told clauses before its cause (جراء نقص الدواء وسوء التغذية), in a sentence after
    another; the whole sentence is cleared, and the town is no incident place."""
    text = ("بلدي نيوز - ريف دمشق (مالك الحرك)\nتوفي الطفل \"حسن مقداح\" من بلدة حران العواميد والبالغ من العمر 7 أشهر، جراء نقص الدواء وسوء التغذية"
            " نتيجة حصار قوات النظام المفروض على غوطة دمشق الشرقية.")
    assert "Harran al-Awamid" not in places(text)


def test_a_clause_that_tells_the_toll_stops_the_deprivation_from_clearing_an_earlier_sentence():
    """s_watan_darayya_two_barrels_mother_child: the barrels' toll (استشهد جرائها امرأة مع طفلها) stays; the
    siege (نتيجة الحصار) the next sentence tells clears only its own sentence."""
    text = ("وبلغ عدد البراميل المتفجرة التي ألقاها الطيران المروحي على داريا أمس(الثلاثاء) 12 برميلاً متفجراً –وفق"
            " ناشطين- استشهد جرائها امرأة مع طفلها الوحيد ويُدعى “همام”.\nويعيش المدنيون في مدينة داريا وضعاً صعباً"
            " نتيجة الحصار المفروض عليهم من قبل قوات النظام منذ أكثر من عامين ونصف، إضافة لتدمير البنى التحتية من"
            " شبكات مياه وكهرباء واتصالات.")
    got = places(text)["Darayya"]
    assert (got.killed.best, got.types) == (2, ("barrel_bomb",))


def test_a_cause_word_before_no_deprivation_leaves_the_wounded_counted():
    """n_sohr_shaar_mashhad_toll_rises: بسبب وجود عشرات الجرحى gives the reason the toll may rise, no
    deprivation: the wounded stay counted."""
    text = ("ارتفع إلى 12 عدد الأشخاص الذين وثق المرصد السوري لحقوق الإنسان استشهادهم جراء قصف الطائرات الحربية بعدة"
            " غارات مناطق في أحياء الشعار والمشهد بمدينة حلب، وعدد الشهداء لا يزال مرشحاً للارتفاع بسبب وجود عشرات"
            " الجرحى والمفقودين وبعض الجرحى في حالات خطرة")
    got = places(text)["ash-Sha'ar"]
    assert (got.killed.best, got.wounded.low, got.wounded.vague) == (12, 24, True)


def test_a_cause_whose_clause_ends_within_reach_is_read_in_its_clause_only():
    """s_smart_2017_qaboun_barzeh_zamalka_arbin: جراء الغارة، دون تحديد: the clause ends one word after the
    cause word; the next clause is not read for a deprivation, and the wounded of the raid stay."""
    text = ("وفي الغوطة الشرقية، استهدفت طائرات حربية يرجح أنها روسية، بعد منتصف الليل، الأحياء السكنية في مدينة زملكا"
            " (10 كم شرق مدينة دمشق)، ما أدى لإصابة مدني، حسب مراسل \"سمارت\"، فيما قال الدفاع المدني على صفحته بموقع"
            " \"فيسبوك\"، إنه أصيب عدد من المدنيين جراء الغارة، دون تحديد أعدادهم.")
    got = places(text)["Zamalka"]
    assert got.types == ("airstrike",) and got.wounded is not None
