"""Who is whose partner, by the partner noun or a joint programme. Made-up sentences of the associations and cooperation genres:
the noun in construct with a programme or project, its partners listed after it («ومن بين شركاء المشروع X
و Y»، «ويضم شركاء مشروع «Y» كلا من …»، «وشركاء البرنامج هم: …»); an agent the noun is said of («وتعد X
شريكا منفذا للمفوضية»، «X، الشريك المحلي للمنظمة»); the partners of a body («ومن بين شركاء الجمعية X و Y»،
«شركاءها، وخاصة X»، «وشركاؤها: X و Y»، «X من أبرز شركاء الجمعية»، «الشراكة التي تجمع بين X و Y»); the two owners of a joint programme («المشروع المشترك
بين X و Y»); who works together with a body («تعاونت X مع Y»، «وتعمل X جنبا إلى جنب مع Y»); and variants that must not give the fact (the noun
with no list and no agent before it)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

AMAL = "«جمعية الأمل للتنمية»"
AJIR = "«جمعية أجير للتنمية»"
LAUNCHED = "أطلقت جمعية أجير للتنمية مشروع «فرصتي». "


@pytest.mark.parametrize("text, partners", [
    (LAUNCHED + "ومن بين شركاء المشروع المجلس الإقليمي لبني ملال والوكالة الوطنية لإنعاش التشغيل والكفاءات.",
     2),
    ("ويضم شركاء مشروع «فرصتي» كلا من المجلس الإقليمي لبني ملال، والوكالة الوطنية لإنعاش التشغيل والكفاءات.", 2),
    (LAUNCHED + "وشركاء المشروع هم: الاتحاد الأوروبي ومؤسسة محمد الخامس للتضامن.", 2),
])
def test_the_partners_of_a_project_listed_after_the_noun(gazetteer, text, partners):
    facts = stated(extract(text, gazetteer), "partner_of")
    assert len(facts) == partners and all(item == "«فرصتي»" for _, item in facts)


@pytest.mark.parametrize("text, pair", [
    ("وتعد جمعية الأمل للتنمية شريكا منفذا للمفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
     (AMAL, "organization/unhcr")),
    ("وأكدت جمعية الأمل للتنمية، الشريك المحلي للمنظمة الدولية للهجرة في وجدة، أن المشروع حقق أهدافه.",
     (AMAL, "organization/iom")),
    ("وتعتبر جمعية أجير للتنمية شريكا أساسيا للمنظمة الدولية للهجرة.", (AJIR, "organization/iom")),
])
def test_the_agent_a_partner_noun_is_said_of(gazetteer, text, pair):
    assert stated(extract(text, gazetteer), "partner_of") == {pair}


@pytest.mark.parametrize("text", [
    LAUNCHED + "وعقد الاجتماع مع شركاء المشروع لتقييم النتائج.",
    LAUNCHED + "وأشاد الوزير بدور شركاء المشروع في إنجاح المبادرة.",
    "وقال الوزير إن المنظمة الدولية للهجرة شريك أساسي.",
])
def test_a_partner_noun_with_no_list_and_no_owner_states_nothing(gazetteer, text):
    assert stated(extract(text, gazetteer), "partner_of") == set()


def test_the_two_owners_of_a_joint_programme_are_partners(gazetteer):
    text = "وأكد المشاركون أهمية المشروع المشترك بين المنظمة الدولية للهجرة ومنظمة العمل الدولية في دعم المهاجرين."
    assert stated(extract(text, gazetteer), "partner_of") == {("organization/ilo", "organization/iom")}


def test_the_owners_of_a_programme_of_more_than_two_are_not_said_partners(gazetteer):
    """(inst_au_jlmp_labour_migration_2018: the gold records the four owners as implementing it, no partner)"""
    text = ("يواصل البرنامج المشترك بين الاتحاد الأفريقي ومنظمة العمل الدولية والمنظمة الدولية للهجرة "
            "تنفيذ أنشطته.")
    assert stated(extract(text, gazetteer), "partner_of") == set()


@pytest.mark.parametrize("text, pair", [
    ("تعاونت المفوضية السامية للأمم المتحدة لشؤون اللاجئين مع المنظمة الدولية للهجرة في توزيع المساعدات.",
     ("organization/iom", "organization/unhcr")),
    ("وتعمل المنظمة الدولية للهجرة جنبا إلى جنب مع منظمة العمل الدولية في إنقاذ المهاجرين.",
     ("organization/ilo", "organization/iom")),
    ("وتتعاون المنظمة الدولية للهجرة بشكل وثيق مع منظمة العمل الدولية.", ("organization/ilo", "organization/iom")),
    ("وكانت المنظمة الدولية للهجرة قد تعاونت مع جمعية الأمل للتنمية في تنظيم القافلة.",
     (AMAL, "organization/iom")),
])
def test_who_works_together_with_a_body_is_its_partner(gazetteer, text, pair):
    assert pair in stated(extract(text, gazetteer), "partner_of")


@pytest.mark.parametrize("text", [
    "وتعمل المنظمة الدولية للهجرة في المغرب منذ 2001.",
    "وتعمل المنظمة الدولية للهجرة مع المهاجرين العالقين.",
    "وعمل الوزير مع المنظمة الدولية للهجرة.",
])
def test_working_alone_or_with_no_body_makes_no_partner(gazetteer, text):
    assert stated(extract(text, gazetteer), "partner_of") == set()


@pytest.mark.parametrize("text, pair", [
    # the partnership noun with ل, and with one adjective before «بين / مع»
    ("ويأتي هذا اللقاء تتويجا للشراكة بين المفوضية السامية للأمم المتحدة لشؤون اللاجئين والمجلس الوطني لحقوق "
     "الإنسان.", ("organization/cndh", "organization/unhcr")),
    ("وأشادت السفيرة بالشراكة القائمة بين إسبانيا والمغرب في مجال الهجرة.", ("country/morocco", "country/spain")),
])
def test_a_partnership_between_two_bodies_in_more_wordings(gazetteer, text, pair):
    assert pair in stated(extract(text, gazetteer), "partner_of")


@pytest.mark.parametrize("text", [
    # an adjective that is no kind of partnership, and a partnership between people, name no partners
    "وأشادت السفيرة بالشراكة المقترحة بين إسبانيا والمغرب.",
    "ودعا إلى الشراكة بين المهاجرين والسكان.",
    # the bare noun in construct: read as a partnership, it gave false partners on unseen text
    "وقالت السفيرة إن التمويل يعكس متانة الشراكة بين المغرب والاتحاد الأوروبي.",
])
def test_a_partnership_not_said_to_exist_or_between_no_bodies_makes_no_partner(gazetteer, text):
    assert stated(extract(text, gazetteer), "partner_of") == set()


def test_partners_past_a_bodys_region(gazetteer):
    """«بتعاون مع المندوبية الجهوية لوزارة الصحة بجهة سوس ماسة ومنظمة أطباء بلا حدود»: the region places the first
    body; the list goes on to the second, and the region is no partner."""
    text = ("نظمت جمعية الأطلس للتنمية، بتعاون مع المندوبية الجهوية لوزارة الصحة بجهة سوس ماسة ومنظمة أطباء بلا حدود، "
            "قافلة طبية لفائدة المهاجرين.")
    pairs = stated(extract(text, gazetteer), "partner_of")
    partners = {a for a, _ in pairs} | {b for _, b in pairs}
    assert {"organization/msf", "«المندوبية الجهوية لوزارة الصحة»"} <= partners
    assert "region/souss-massa" not in partners


@pytest.mark.parametrize("text, partners", [
    # bodies or countries a partnership binds
    ("وتربط جمعية الأمل للتنمية والمفوضية السامية للأمم المتحدة لشؤون اللاجئين شراكة متينة.",
     {("organization/unhcr", "«جمعية الأمل للتنمية»")}),
    ("وتجمع جمعية الأمل للتنمية شراكة مع جامعة محمد الخامس منذ سنة 2015.",
     {("«جامعة محمد الخامس»", "«جمعية الأمل للتنمية»")}),
    ("وتربط المغرب بإسبانيا علاقات شراكة استراتيجية.", {("country/spain", "country/morocco")}),
    # ties of another kind, or an event that brings them together
    ("وتربط المغرب بإسبانيا علاقات تاريخية.", set()),
    ("وتجمع الندوة المغرب وإسبانيا.", set()),
])
def test_a_partnership_binds_two(gazetteer, text, partners):
    assert stated(extract(text, gazetteer), "partner_of") == partners


def test_a_framework_agreement_for_cooperation_makes_no_partners_of_the_event(gazetteer):
    text = ("تم التوقيع على اتفاقية إطار للتعاون بين المجلس الوطني لحقوق الإنسان والمفوضية السامية للأمم المتحدة لشؤون "
            "اللاجئين، وذلك على هامش أشغال المنتدى الإقليمي حول حماية اللاجئين.")
    result = extract(text, gazetteer)
    assert not stated(result, "partner_of") and not stated(result, "organizes")


# The partners of a body (made up, the associations genre) ------------------------------------------------------

ORGANIZED = "نظمت جمعية الأمل للتنمية بوجدة ورشة لفائدة المهاجرين. "
IOM_AND_ENTRAIDE = {("organization/iom", AMAL), ("organization/entraide-nationale", AMAL)}


@pytest.mark.parametrize("text", [
    # the noun in construct with the body named again by its head noun
    ORGANIZED + "ومن بين شركاء الجمعية المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
    # its partners, some of them named after «وخاصة» or all after a colon
    ORGANIZED + "وشكر رئيس الجمعية شركاءها، وخاصة المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
    ORGANIZED + "وأشرفت على الأنشطة جمعية الأمل للتنمية وشركاؤها: المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
])
def test_the_partners_of_a_body_listed_after_the_noun(gazetteer, text):
    assert stated(extract(text, gazetteer), "partner_of") == IOM_AND_ENTRAIDE


def test_one_of_a_bodys_partners(gazetteer):
    result = extract(ORGANIZED + "ويعد المجلس الجماعي لوجدة من أبرز شركاء الجمعية.", gazetteer)
    assert {b for _, b in stated(result, "partner_of")} == {AMAL} and len(stated(result, "partner_of")) == 1


@pytest.mark.parametrize("text", [
    "وتندرج هذه المبادرة ضمن الشراكة التي تجمع جمعية الأمل للتنمية بالمنظمة الدولية للهجرة.",
    "وفي إطار الشراكة التي تجمع بين جمعية الأمل للتنمية والمنظمة الدولية للهجرة، نظمت الجمعية ورشة تكوينية.",
])
def test_the_partnership_that_binds_two(gazetteer, text):
    result = extract(text, gazetteer)
    assert stated(result, "partner_of") == {("organization/iom", AMAL)}
    assert not stated(result, "signatory_of")     # «في إطار» names no framework agreement


@pytest.mark.parametrize("text", [
    # the partners of the ministry are not named; the list names who attended
    ORGANIZED + "وشكر رئيس الجمعية الشركاء، وحضر اللقاء ممثلو المنظمة الدولية للهجرة.",
    # a partnership the verb does not bind: the event brings them together
    "وتندرج هذه الشراكة في ورشة تجمع جمعية الأمل للتنمية والمنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
])
def test_partners_not_named_as_the_bodys(gazetteer, text):
    assert not {p for p in stated(extract(text, gazetteer), "partner_of")} & IOM_AND_ENTRAIDE


@pytest.mark.parametrize("unit", [
    "شركاء الجمعية، وخاصة المنظمة الدولية للهجرة و",     # some partners of a body named
    "من أبرز شركاء الجمعية ",                            # one of the partners, again and again
    "الشراكة التي تجمع بين المغرب و",                    # a partnership that binds, the list going on
])
def test_the_partners_of_a_body_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_partners_listed_with_their_acronyms_then_where(gazetteer):
    text = ("أطلقت المفوضية برنامج «أمل»، الذي تنفذه المفوضية بالتعاون مع برنامج الأغذية العالمي (WFP) ومنظمة الأمم "
            "المتحدة للطفولة (يونيسف) في المخيمات الواقعة شرق تشاد.")
    assert stated(extract(text, gazetteer), "partner_of") == {("organization/wfp", "organization/unhcr"),
                                                              ("organization/unicef", "organization/unhcr")}


def test_a_partner_list_closes_at_a_phrase_of_when(gazetteer):
    text = ("انطلقت بمراكش أشغال المؤتمر الوزاري الإفريقي حول الهجرة، الذي ينظمه المغرب بشراكة مع مفوضية الاتحاد "
            "الإفريقي على مدى يومين.")
    assert stated(extract(text, gazetteer), "partner_of") == {("«مفوضية الاتحاد الإفريقي»", "country/morocco")}
