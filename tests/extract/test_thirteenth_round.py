"""Readings found by the thirteenth round (ten helpers wrote 80 made-up releases of new genres: signing ceremonies,
NGO project launches with many partners, cooperation agencies' projects, hosted conferences, trainings and study
visits, financing agreements, council sessions, UN operational updates, consulates' and diaspora events, academic
conferences; no sentence of the measure split), and by the review of its diff. Each with a variant that must not give
the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

# Who chairs an event organizes it only when no one else is said to ----------------------------------

def test_a_chair_takes_part_when_another_organizes(gazetteer):
    text = ("نظمت جمعية الشرق للتنمية لقاء تواصليا بمدينة بني ملال. "
            "وترأس اللقاء عامل الإقليم، السيد محمد بنريباك، بحضور ممثلين عن المجتمع المدني.")
    result = extract(text, gazetteer)
    assert {agent for agent, _ in stated(result, "organizes")} == {"«جمعية الشرق للتنمية»"}
    assert ("«محمد بنريباك»", "«لقاء تواصليا»") in stated(result, "participates_in")


def test_a_chair_organizes_when_no_one_else_is_said_to(gazetteer):
    text = "وترأس الاجتماع المغرب وإسبانيا."
    text = "عقد بالرباط الاجتماع الأول للجنة القيادة. " + text
    assert ("country/morocco", "«الاجتماع الأول للجنة القيادة»") in stated(extract(text, gazetteer), "organizes")
    # (a person who chairs takes part only: test_twenty_second_round)
    text = text.replace("المغرب وإسبانيا", "السيد محمد بنريباك، عامل الإقليم")
    assert not stated(extract(text, gazetteer), "organizes")


# A relative clause opened by «و» ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'أطلقت المنظمة الدولية للهجرة مشروع "جسور" والذي تنفذه جمعية أمل بشراكة مع مؤسسة محمد الخامس للتضامن.',
    'أطلقت المنظمة الدولية للهجرة مشروع "جسور" الذي تنفذه جمعية أمل بشراكة مع مؤسسة محمد الخامس للتضامن.',
])
def test_and_which_carries_it_out(gazetteer, text):
    assert ("«جمعية أمل»", "«جسور»") in stated(extract(text, gazetteer), "implements")


def test_and_which_funds_it(gazetteer):
    text = 'وقدمت الجمعية مشروع "سند" والذي يموله الاتحاد الأوروبي بمبلغ مليون يورو.'
    assert ("organization/eu", "«سند»") in stated(extract(text, gazetteer), "funds")


# Another nation's ministry ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, linked", [
    ("ويموّل المشروع من طرف وزارة الشؤون الخارجية والتعاون الدولي الإيطالية.", None),
    ("ويموّل المشروع من طرف وزارة الشؤون الخارجية والتعاون الدولي المغربية.", "organization/ministry-foreign-affairs"),
])
def test_a_known_ministry_with_another_nations_adjective_is_that_nations(gazetteer, text, linked):
    result = extract(text, gazetteer)
    found = [m for m in result.mentions if m.kind == "organization"]
    assert [m.entity for m in found] == [linked]
    assert result.quote(found[0]).startswith("وزارة الشؤون الخارجية")


def test_a_ministers_title_is_not_another_nations_ministry(gazetteer):
    text = ("وتمول المشروع وزارة الشؤون الخارجية والتعاون الدولي الإيطالية. وقال السيد ناصر بوريطة، وزير الشؤون "
            "الخارجية والتعاون الإفريقي، إن المشروع مهم.")
    assert not {o for _, o in stated(extract(text, gazetteer), "holds_position_in") if "الإيطالية" in o}


# Who signs is not who attends ---------------------------------------------------------------------------

@pytest.mark.parametrize("presence", ["في حضور", "بحضور"])
def test_the_signers_list_ends_where_the_attendance_begins(gazetteer, presence):
    text = ("وقعت المملكة المغربية والمنظمة الدولية للهجرة اتفاق المقر. ووقع على هذا الاتفاق كل من السيد ناصر بوريطة، "
            f"وزير الشؤون الخارجية، والسيدة إيمي بوب، المديرة العامة للمنظمة، {presence} مفوضة الصحة بالاتحاد الإفريقي "
            "السيدة ميناتا ساماتي سيسوما.")
    signers = {a for a, _ in stated(extract(text, gazetteer), "signatory_of") if a.startswith("«")}
    assert signers == {"«ناصر بوريطة»", "«إيمي بوب»"}


# A region is no item of funding ------------------------------------------------------------------------

def test_a_region_after_the_donor_is_not_what_is_funded(gazetteer):
    text = "سيطلق الاتحاد، بدعم مالي من ألمانيا وإسبانيا، مرفقا إقليميا جديدا لدعم حكامة الهجرة في بلدان غرب إفريقيا."
    assert not stated(extract(text, gazetteer), "funds")
    text = "وسيطلق الاتحاد، بدعم مالي من ألمانيا، مشروع «جسور» لدعم حكامة الهجرة في بلدان غرب إفريقيا."
    assert ("country/germany", "«جسور»") in stated(extract(text, gazetteer), "funds")


# Who oversees a signing, who signs in a body's name ------------------------------------------------------

def test_who_oversee_a_signing_sign_it(gazetteer):
    text = ("احتضنت أبيدجان أشغال الدورة الرابعة للجنة المشتركة. وفي ختام الأشغال، أشرف وزير الشؤون الخارجية المغربي، "
            "السيد ناصر بوريطة، ونظيره الإيفواري، السيد ليون كاكو أدوم، يوم الجمعة 7 يونيو 2024، على توقيع بروتوكول "
            "اتفاق في مجال الهجرة.")
    # (and the countries of their posts: test_a_body_in_the_signers_title_is_a_party)
    assert {a for a, _ in stated(extract(text, gazetteer), "signatory_of")} == {"«ناصر بوريطة»", "«ليون كاكو أدوم»",
                                                                              "country/morocco", "country/cote-divoire"}
    text = text.replace("على توقيع بروتوكول اتفاق", "على افتتاح ندوة")
    assert not stated(extract(text, gazetteer), "signatory_of")


@pytest.mark.parametrize("text, party", [
    ("وقع المغرب وألمانيا ببرلين إعلان نوايا مشتركا حول الهجرة. ووقع على الإعلان باسم الاتحاد الأوروبي نائب رئيس "
     "المفوضية الأوروبية، السيد مارغاريتيس شيناس.", "organization/eu"),
    ("وقع المغرب اتفاقية شراكة حول الهجرة. ووقع الاتفاقية عن المنظمة الدولية للهجرة مديرها العام السيد أنطونيو "
     "فيتورينو.", "organization/iom"),
])
def test_the_body_a_signer_signs_for_is_a_party(gazetteer, text, party):
    result = stated(extract(text, gazetteer), "signatory_of")
    assert {a for a, _ in result if a.startswith("«")} and party in {a for a, _ in result}


def test_a_body_in_the_signers_title_is_a_party(gazetteer):
    # (the corpus's annotators make it one in 106 of 116 signings: test_twenty_second_round)
    text = "وقع المغرب اتفاقية شراكة حول الهجرة. ووقع الاتفاقية السيد أنطونيو فيتورينو، المدير العام للمنظمة الدولية للهجرة."
    assert "organization/iom" in {a for a, _ in stated(extract(text, gazetteer), "signatory_of")}


# Ranks open a name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("وحضره حاكم منطقة أغاديس، العقيد إبراهيم بيرو.", "إبراهيم بيرو"),
    ("وحضر اللواء محمد الأمين أشغال الورشة.", "محمد الأمين"),
    ("وترأس الوفد الجنرال محمد حرمو، قائد الدرك الملكي.", "محمد حرمو"),
])
def test_a_rank_opens_a_persons_name(gazetteer, text, person):
    result = extract(text, gazetteer)
    persons = [result.quote(m) for m in result.mentions if m.kind == "person"]
    assert persons == [person]
    assert not [m for m in result.mentions if m.kind == "country"]


@pytest.mark.parametrize("text", [  # (guards: an indefinite «لواء» and «القاضي» were never honorifics)
    "وانعقد الملتقى تحت لواء المنظمة الدولية للهجرة.",
    "ووافق المجلس على المقرر القاضي بعقد اجتماعات دورية."])
def test_a_banner_and_a_provision_are_no_rank(gazetteer, text):
    assert not [m for m in extract(text, gazetteer).mentions if m.kind == "person"]


# Where a programme runs, said by a second clause on it -------------------------------------------------

def located(result) -> set[tuple[str, str]]:
    return stated(result, "located_in")


def test_a_second_clause_on_the_programme_says_where_it_runs(gazetteer):
    text = ('وستخصص حكومة الأندلس مبلغ 900 ألف يورو لتمويل مشروع "جسور للإدماج" الذي ستنفذه جمعية الأيادي المتضامنة، '
            "ويستهدف أزيد من 2000 مهاجر ولاجئ، من بينهم النساء والقاصرون، بمدن طنجة وتطوان والفنيدق.")
    assert {("«جسور للإدماج»", c) for c in ("city/tangier", "city/tetouan", "city/fnideq")} <= located(extract(text, gazetteer))


def test_where_its_people_come_from_is_not_where_it_runs(gazetteer):
    text = ('وأعلنت المنظمة عن رصد 2,8 مليون دولار لبرنامج "العودة الكريمة"، الممول من طرف الحكومة الهولندية، والذي '
            "سيستفيد منه نحو 3000 مهاجر عائد من المغرب وليبيا وتونس، خاصة في مدينة أبيدجان.")
    found = {(a, b) for a, b in located(extract(text, gazetteer)) if a == "«العودة الكريمة»"}
    assert found == {("«العودة الكريمة»", "city/abidjan")}


@pytest.mark.parametrize("text, places", [
    ('أطلقت الوكالة برنامج "حماية". وسيتولى التعاون الوطني تنفيذ البرنامج في أقاليم طنجة وتطوان والعرائش.',
     {"«طنجة»", "«تطوان»", "«العرائش»"}),     # provinces named by their cities
    # the seat of the body that carries it out, and a place of another's clause, are not where it runs
    ('أطلقت الوكالة مشروع "حماية". وتتولى تنفيذ المشروع جمعية التنمية بجرجيس، وجمعية الأمل التي تعمل في تونس.', set()),
])
def test_carrying_it_out_in_places(gazetteer, text, places):
    found = {b for a, b in located(extract(text, gazetteer)) if a == "«حماية»"}
    assert found == places


def test_who_chairs_a_body_named_before_the_relative_clause_organizes_nothing(gazetteer):
    text = ("نظمت الوزارة ندوة حول الهجرة. وشارك فيها ممثل اللجنة الوطنية لمكافحة الاتجار بالبشر، التي تترأسها "
            "وزارة العدل.")
    assert {a for a, _ in stated(extract(text, gazetteer), "organizes")} <= {"organization/ministry-interior", "«الوزارة»"}
    text = "انعقد الاجتماع الأول للجنة، الذي ترأسه السيد أحمد بنعلي."
    assert ("«أحمد بنعلي»", "«الاجتماع الأول للجنة»") in stated(extract(text, gazetteer), "organizes")


# The bodies by the names the press writes in Arabic letters ----------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("وأكدت إنابل التزامها بمواصلة دعم المشروع.", "organization/enabel"),
    ("وقامت كويكا بتمويل المركز.", "organization/koica"),
    ("وشارك في تأطيرها خبراء من الإنتربول.", "organization/interpol"),
    ("بتنسيق مع الوكالة الوطنية لإنعاش التشغيل والكفاءات (أنابيك).", "organization/anapec"),
])
def test_a_body_by_its_name_in_arabic_letters(gazetteer, text, entity):
    assert entity in {m.entity for m in extract(text, gazetteer).mentions}


# Who carries it out after the item, who invites, who co-organizes -----------------------------------------

@pytest.mark.parametrize("text, implementer", [
    ('أطلقت الجمعية المغربية للتنمية مشروع "جسور" لدعم الأسر. وتسهر على تنفيذ المشروع ميدانيا جمعية التنمية والتضامن، '
     "بتعاون مع جمعية أمل الشباب للتنمية.", "«جمعية التنمية والتضامن»"),
    ('أطلقت الجمعية المغربية للتنمية مشروع "جسور" لدعم الأسر. وأشرفت على تنفيذ المشروع جمعية التنمية والتضامن.',
     "«جمعية التنمية والتضامن»"),
])
def test_who_sees_to_carrying_out_the_item_named_after_the_verb(gazetteer, text, implementer):
    assert (implementer, "«جسور»") in stated(extract(text, gazetteer), "implements")


@pytest.mark.parametrize("verb, convenes", [("انطلقت", True), ("افتتحت", True), ("تواصلت", False)])
def test_who_invites_convenes_the_event_that_opens_after(gazetteer, verb, convenes):
    text = f"بدعوة من الحكومة التونسية، {verb} يوم الثلاثاء في العاصمة تونس أعمال المنتدى الإقليمي حول الهجرة."
    found = ("country/tunisia", "«المنتدى الإقليمي حول الهجرة»") in stated(extract(text, gazetteer), "organizes")
    assert found == convenes


def test_and_organized_jointly_with(gazetteer):
    text = ("انعقدت بنواكشوط ورشة إقليمية حول الهجرة، بمبادرة من وزارة الداخلية واللامركزية، وبتنظيم مشترك مع مكتب "
            "الأمم المتحدة المعني بالمخدرات والجريمة.")
    assert {a for a, _ in stated(extract(text, gazetteer), "organizes")} == {"«وزارة الداخلية واللامركزية»",
                                                                            "organization/unodc"}


# Who gives the loan or grant two parties sign ----------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["تونس - ", "برلين - ", ""])
def test_of_two_states_which_gives_is_not_said(gazetteer, dateline):
    # (the dateline was tried: it is as often the donor's capital as the recipient's)
    text = (f"{dateline}أمضت تونس وجمهورية ألمانيا الاتحادية، يوم الثلاثاء، اتفاقية هبة بقيمة 20 مليون أورو لتمويل "
            'المرحلة الثانية من برنامج "تشغيل الشباب في الجهات الداخلية".')
    assert not stated(extract(text, gazetteer), "funds")


def test_a_grant_for_a_programmes_phase_funds_the_programme(gazetteer):
    text = ('أمضت تونس والبنك الإفريقي للتنمية اتفاقية هبة بقيمة 20 مليون أورو لتمويل المرحلة الثانية من برنامج '
            '"تشغيل الشباب في الجهات الداخلية".')
    assert stated(extract(text, gazetteer), "funds") == {("organization/afdb", "«تشغيل الشباب في الجهات الداخلية»")}


# The item first, then what is said of it, then who funds or carries it out ------------------------------------

@pytest.mark.parametrize("text, relation, agent", [
    ('أطلقت الوزارة حملة "صحة المهاجرين". ونفذت الحملة، التي امتدت على مدى عشرة أيام، وزارة الصحة الموريتانية.',
     "implements", "«وزارة الصحة الموريتانية»"),
    ('أطلقت الوزارة مشروع "أمل". وتمول المشروع، حسب بلاغ مشترك، وزارة الخارجية الأمريكية.',
     "funds", "«وزارة الخارجية الأمريكية»"),
    ('أطلقت الوزارة مشروع "أمل". ويمول المشروع، الذي يمتد على ثلاث سنوات، الاتحاد الأوروبي.', "funds", "organization/eu"),
])
def test_agents_after_an_aside_on_the_item(gazetteer, text, relation, agent):
    assert agent in {a for a, _ in stated(extract(text, gazetteer), relation)}


def test_a_state_by_its_government_is_one_of_the_parties(gazetteer):
    text = ("باماكو - وقعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين وحكومة جمهورية مالي، يوم الاثنين، مذكرة "
            "تفاهم حول تسجيل اللاجئين.")
    assert {a for a, _ in stated(extract(text, gazetteer), "signatory_of")} == {"organization/unhcr", "country/mali"}


# The diaspora's and the region's cities -------------------------------------------------------------------

@pytest.mark.parametrize("text, city, country", [
    ("نظمت القنصلية العامة للمملكة المغربية لقاء تواصليا بمدينة دوسلدورف.", "city/dusseldorf", "country/germany"),
    ("وانعقدت الندوة بمدينة ليون الفرنسية.", "city/lyon", "country/france"),
    ("وزار الوفد مدينة بواكي الإيفوارية.", "city/bouake", "country/cote-divoire"),
])
def test_more_cities_and_their_countries(gazetteer, text, city, country):
    from kg.extract.places import table
    assert city in {m.entity for m in extract(text, gazetteer).mentions}
    assert table()[city].part_of == country


def test_a_city_that_is_a_given_name_stays_the_persons(gazetteer):
    text = "وأشرف السيد ليون كاكو أدوم على افتتاح الورشة."
    assert "city/lyon" not in {m.entity for m in extract(text, gazetteer).mentions}


@pytest.mark.parametrize("text", [
    "وأبرز سفير صاحب الجلالة ببروكسل، السيد محمد عامر، أهمية التعاون.",
    "وأكد سفير صاحب الجلالة لدى دولة الإمارات، السيد محمد عامر، ذلك.",
])
def test_his_majestys_ambassador_before_his_name(gazetteer, text):
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«محمد عامر»", "country/morocco")}


@pytest.mark.parametrize("text, chamber", [
    ("احتضن مقر غرفة التجارة والصناعة بأكادير ندوة وطنية حول الهجرة.", "غرفة التجارة والصناعة"),
    ("وتم تجهيز غرفة العمليات بالمركز.", None),
])
def test_a_chamber_of_trades_is_a_body_a_room_is_not(gazetteer, text, chamber):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == ([chamber] if chamber else [])


@pytest.mark.parametrize("text, party", [
    ("صادق مجلس جماعة بني ملال على اتفاقية شراكة مع المنظمة الدولية للهجرة.", True),
    ("وافق مجلس جهة الشرق على اتفاقية للتعاون اللامركزي مع منطقة أوكسيتانيا الفرنسية.", True),
    # approving without another party named is no signing
    ("صادق مجلس جهة الشرق على اتفاقية التعاون اللامركزي.", False),
])
def test_a_council_that_approves_a_convention_with_another_body_is_its_party(gazetteer, text, party):
    found = {a for a, _ in stated(extract(text, gazetteer), "signatory_of")}
    assert any(a.startswith(("«مجلس", "organization/oriental")) for a in found) == party


@pytest.mark.parametrize("text", [
    "وصادق مجلس النواب على اتفاقية التعاون القضائي مع جمهورية مالي.",       # a parliament
    "لم يصادق مجلس جماعة طنجة على اتفاقية الشراكة مع المنظمة الدولية للهجرة.",    # not yet
    "ومن المنتظر أن يصادق مجلس جهة الشرق على اتفاقية الشراكة مع المنظمة الدولية للهجرة.",
])
def test_no_council_party_for_a_parliament_or_an_approval_not_given(gazetteer, text):
    assert not {a for a, _ in stated(extract(text, gazetteer), "signatory_of") if "مجلس" in a or "council" in a}


@pytest.mark.parametrize("text, funder", [
    ('أطلقت جامعة محمد الخامس مشروع "جسور" البحثي، الممول من برنامج «أفق أوروبا» بمبلغ 3 ملايين يورو.', "«أفق أوروبا»"),
    ('أطلقت جامعة محمد الخامس مشروع "جسور" البحثي، الممول من برنامج للتعاون الأوروبي.', None),
])
def test_a_funding_programme_by_its_name_in_quotes_gives(gazetteer, text, funder):
    found = {a for a, _ in stated(extract(text, gazetteer), "funds")}
    assert found == ({funder} if funder else set())


def test_the_lender_of_a_loan_a_ministry_signs(gazetteer):
    text = ("الرباط - وقّعت وزارة الاقتصاد والمالية والبنك الدولي، الجمعة 28 يونيو 2024 بالرباط، اتفاقية قرض بقيمة 250 "
            'مليون دولار أمريكي لتمويل برنامج "دعم التشغيل والإدماج الاقتصادي للشباب".')
    assert stated(extract(text, gazetteer), "funds") == {("organization/world-bank",
                                                           "«دعم التشغيل والإدماج الاقتصادي للشباب»")}


@pytest.mark.parametrize("text, linked", [("وقع البنك الدولي اتفاقية.", "organization/world-bank"),
                                          ("وقع البرنامج المشترك اتفاقية.", None)])
def test_a_bodys_own_name_that_looks_common_is_still_its_name(gazetteer, text, linked):
    assert [m.entity for m in extract(text, gazetteer).mentions if m.kind != "agreement"] == [linked]


def test_unions_and_groups_beside_them_take_part(gazetteer):
    text = ("نظمت السفارة المنتدى الأول للعمال المغاربة ببروكسل. وشارك في هذا المنتدى ممثلون عن الفيدرالية العامة للعمل "
            "ببلجيكا وكونفدرالية النقابات المسيحية، والاتحاد المغربي للشغل، إلى جانب خبراء من منظمة العمل الدولية "
            "ومسؤولين عن المكتب الوطني للضمان الاجتماعي.")
    found = {a for a, _ in stated(extract(text, gazetteer), "participates_in")}
    assert {"«وكونفدرالية النقابات المسيحية»", "organization/ilo", "«المكتب الوطني للضمان الاجتماعي»"} <= found


@pytest.mark.parametrize("group", ["النقابات البلجيكية", "الوكالات الأممية"])
def test_the_named_ones_after_an_unnamed_group_of_unions_or_agencies(gazetteer, group):
    text = (f"نظمت السفارة المنتدى الأول للعمال المغاربة ببروكسل. وشارك في هذا المنتدى ممثلون عن {group} والاتحاد "
            "المغربي للشغل.")
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == {"«والاتحاد المغربي للشغل»"}


@pytest.mark.parametrize("text, event", [
    ("وقعت وزارة الداخلية والمفوضية مذكرة تفاهم بالرباط. وحضر مراسيم التوقيع السيد محمد بلكوش.", "مراسيم التوقيع"),
    ("وينتظر صدور المراسيم التطبيقية للقانون.", None),       # decrees
])
def test_the_rites_of_a_signing_are_an_event_decrees_are_not(gazetteer, text, event):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "event"] == ([event] if event else [])


def test_its_secretary_general_holds_a_post_in_the_body_named_before(gazetteer):
    text = "ووقعها عن المرصد الوطني لحقوق الطفل كاتبه العام السيد محمد الغالي."
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«محمد الغالي»", "«المرصد الوطني لحقوق الطفل»")}


# What the round's review found ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a spokesman's «باسم» before the signer's clause is no side of his
    "وبحضور المتحدث باسم الاتحاد الأوروبي بيتر ستانو، وقع اتفاقية الشراكة السيد محمد العلمي.",
])
def test_a_body_named_before_the_signing_is_no_side_of_the_signer(gazetteer, text):
    assert "organization/eu" not in {a for a, _ in stated(extract(text, gazetteer), "signatory_of")}


def test_a_year_after_a_signing_is_no_signing_overseen(gazetteer):
    text = ("أشرف وزير الداخلية السيد عبد الوافي لفتيت على افتتاح الدورة، التي تنعقد بعد سنة على توقيع اتفاقية الشراكة مع "
            "الاتحاد الأوروبي.")
    assert "«عبد الوافي لفتيت»" not in {a for a, _ in stated(extract(text, gazetteer), "signatory_of")}


@pytest.mark.parametrize("text", ["وشارك في الندوة المحامي العام لدى محكمة النقض.", "وقال العقيد قائد الكتيبة إن الوضع مستقر.",
                                  "وتسلم اللواء المدرع مهامه."])
def test_a_rank_before_a_title_or_an_adjective_names_no_one(gazetteer, text):
    assert not [m for m in extract(text, gazetteer).mentions if m.kind == "person"]


def test_a_foreign_ministry_the_registry_knows_keeps_its_link(gazetteer):
    text = "نظمت الوزارة الاتحادية للتعاون الاقتصادي والتنمية الألمانية ورشة."
    assert "organization/bmz" in {m.entity for m in extract(text, gazetteer).mentions}


def test_a_rifle_is_no_venice(gazetteer):
    assert "city/venice" not in {m.entity for m in extract("وحجزت عناصر الدرك البندقية المستعملة.", gazetteer).mentions}


def test_a_regional_chamber_by_its_adjective(gazetteer):
    result = extract("احتضنت الغرفة الجهوية للتجارة والصناعة ندوة حول الهجرة.", gazetteer)
    assert {a for a, _ in stated(result, "hosts")} == {"«الغرفة الجهوية للتجارة والصناعة»"}


def test_where_the_people_a_programme_is_for_come_from_is_part_of_them(gazetteer):
    text = ('أطلقت الجمعية مشروع "جسور للعودة" لفائدة المهاجرين المغاربة العائدين من ليبيا وإيطاليا وأسرهم بجهة بني '
            "ملال.")
    result = extract(text, gazetteer)
    assert [result.text.quote(g.start, g.end) for g in result.groups] == ["المهاجرين المغاربة العائدين من ليبيا وإيطاليا "
                                                                           "وأسرهم"]


@pytest.mark.parametrize("text, entity", [
    ("وقال السيد يان فان دير فلدن، الممثل المقيم لإنابل، إن المشروع مهم.", "organization/enabel"),
    ("وأكد المدير القطري لكويكا السيد لي سونغ مين أهمية التعاون.", "organization/koica"),
    ("وشكر ممثل جايكا وكويكا الجميع.", "organization/koica"),
])
def test_a_one_word_proper_name_with_a_preposition_or_and_on_it(gazetteer, text, entity):
    result = extract(text, gazetteer)
    assert entity in {m.entity for m in result.mentions}
    assert not [m for m in result.mentions if m.kind == "person" and "كويكا" in result.quote(m)]


def test_a_common_word_with_a_preposition_is_still_no_name(gazetteer):
    assert not {m.entity for m in extract("ووقعت الوزارة بشراكة مع الجمعية اتفاقية.", gazetteer).mentions
                if m.entity and m.kind != "agreement"}


# Hostile input: each of the round's readings repeated finishes in linear time ---------------------------------

@pytest.mark.parametrize("unit", [
    "وتسهر على تنفيذ المشروع ميدانيا جمعية التنمية، ",
    "ونفذت الحملة، التي امتدت على مدى عشرة أيام، وزارة الصحة و",
    "ويستهدف أزيد من 2000 مهاجر عائد من ليبيا وتونس، بمدن طنجة وتطوان و",
    "أشرف الوزير ونظيره على توقيع بروتوكول اتفاق و",
    "ووقع على الإعلان باسم الاتحاد الأوروبي السيد محمد العلمي، ",
    "صادق مجلس جماعة بني ملال على اتفاقية شراكة مع المنظمة الدولية للهجرة و",
    "لفائدة المهاجرين المغاربة العائدين من ليبيا وإيطاليا وأسرهم و",
    "إلى جانب خبراء من منظمة العمل الدولية ومسؤولين عن الوكالة ",
    "ووقعت وزارة الاقتصاد والبنك الدولي اتفاقية قرض بقيمة 250 مليون دولار لتمويل برنامج «أمل» و",
])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
