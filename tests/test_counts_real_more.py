"""More count classes of issue 12 (Arabic counts), each pinned on excerpts of real passages
(tests/reports/real, the file named beside each)."""
import pytest

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
