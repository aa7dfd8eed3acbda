"""Who signs an agreement named far from its signatories, and how an unnamed item is described. Sentences
from the develop split (fund_spain_iom_return_2025, inst_egypt_imis3_closing_2016) and made-up variants:
an agreement introduced by a relative clause («اتفاق أبرمته X مع Y»، «اتفاقية وقّعتها X مع Y»), the subject
before the verb («وكانت X قد وقّعت مع Y اتفاقية»), who represents whom in the signing («ومثّل X في التوقيع
السيد P»، «مثّل فيها الجانب …»، «بينما مثّلت المنظمة السيدة Q»), and each with a variant that must not
give the fact («مثل» as «such as», a representing that is no signing)."""

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.extract.mentions import described
from kg.extract.output import Candidates
from kg.extract.pipeline import extract
from kg.extract.reader import from_bytes
from tests.extract.test_genre_relations import stated

SPANISH_MINISTRY = "«وزارة الداخلية الإسبانية»"
AGREEMENT = "نشرت الجريدة الرسمية نص اتفاق أبرمته وزارة الداخلية الإسبانية مع المنظمة الدولية للهجرة. "


@pytest.mark.parametrize("text, parties", [
    (AGREEMENT, {(SPANISH_MINISTRY, "«اتفاق»"), ("organization/iom", "«اتفاق»")}),
    ("صادقت الحكومة على اتفاقية وقّعتها وزارة الشغل مع منظمة العمل الدولية.",
     {("organization/ministry-labour", "«اتفاقية»"), ("organization/ilo", "«اتفاقية»")}),
    ("وكانت وزارة الشغل قد وقّعت مع منظمة العمل الدولية اتفاقية ثنائية لاستكمال هذه المرحلة.",
     {("organization/ministry-labour", "«اتفاقية ثنائية»"), ("organization/ilo", "«اتفاقية ثنائية»")}),
])
def test_an_agreement_and_who_concluded_it(gazetteer, text, parties):
    assert stated(extract(text, gazetteer), "signatory_of") == parties


def test_a_project_a_relative_clause_introduces_is_an_item(gazetteer):
    """«مشروع تنفذه المنظمة»: the bare head noun with a relative clause after it is an unnamed item, the
    clause's subject not part of its name."""
    result = extract("ويخصص الباقي لمشروع تنفذه المنظمة الدولية للهجرة.", gazetteer)
    assert [(m.kind, result.quote(m)) for m in result.mentions if m.kind == "project"] == [("project", "لمشروع")]


def test_who_represents_a_party_in_the_signing_signs(gazetteer):
    text = AGREEMENT + ("ومثّل وزارة الداخلية في التوقيع السيد فرناندو لوبيث، وزير الداخلية، بينما مثّلت المنظمة "
                        "السيدة ماريا غارسيا، رئيسة بعثة المنظمة في إسبانيا.")
    signed = stated(extract(text, gazetteer), "signatory_of")
    assert {("«فرناندو لوبيث»", "«اتفاق»"), ("«ماريا غارسيا»", "«اتفاق»"), (SPANISH_MINISTRY, "«اتفاق»")} <= signed    # «وزارة الداخلية»: the one named before, short


def test_who_represents_a_side_named_after_the_agreement_signs_it(gazetteer):
    text = ("وكانت وزارة الشغل قد وقّعت مع منظمة العمل الدولية اتفاقية ثنائية، مثّل فيها الجانبَ المغربي "
            "السيد محمد الأمين، ومثّل المنظمةَ السيد باولو روسي، المدير الإقليمي للمنظمة.")
    signed = stated(extract(text, gazetteer), "signatory_of")
    assert {("«محمد الأمين»", "«اتفاقية ثنائية»"), ("«باولو روسي»", "«اتفاقية ثنائية»")} <= signed


@pytest.mark.parametrize("text", [
    # «مثل» as «such as», no signing
    "تتناول الندوة قضايا مثل الهجرة واللجوء، وحضرها السيد أحمد العلوي.",
    # representing someone at a meeting is no signing
    "عقدت اللجنة اجتماعها الأول، ومثّل الوزارةَ السيد أحمد العلوي، مدير الهجرة.",
])
def test_representing_without_a_signing_signs_nothing(gazetteer, text):
    assert stated(extract(text, gazetteer), "signatory_of") == set()


@pytest.mark.parametrize("text, mention, description", [
    ("وقّعت الوزارة اتفاقية ثنائية لاستكمال هذه المرحلة، مثّل فيها الجانب المغربي الوزير.", "اتفاقية ثنائية",
     "اتفاقية ثنائية لاستكمال هذه المرحلة"),
    (AGREEMENT, "اتفاق", "اتفاق أبرمته وزارة الداخلية الإسبانية مع المنظمة الدولية للهجرة"),
    # a few words at most
    ("نظمت الجمعية ورشة تقنية حول إدماج المهاجرين في سوق الشغل بالمدن المغربية الكبرى وفي القرى النائية أيضا.",
     "ورشة تقنية حول إدماج المهاجرين", "ورشة تقنية حول إدماج المهاجرين في سوق الشغل بالمدن المغربية الكبرى"),
])
def test_an_unnamed_item_is_described_by_its_clause(gazetteer, text, mention, description):
    result = extract(text, gazetteer)
    m = next(m for m in result.mentions if result.quote(m) == mention)
    span = described(result.text, m, {n.first: n for n in result.mentions})
    assert span is not None and result.text.quote(*span) == description


@pytest.mark.parametrize("text, mention", [
    ("وقّعت الوزارة الاتفاقية الإطار، ثم غادرت.", "الاتفاقية الإطار"),      # definite: a name or the one known
    ("واحتضنت الرباط ورشة تقنية.", "ورشة تقنية"),                         # nothing after it
])
def test_a_named_item_or_one_with_nothing_after_has_no_description(gazetteer, text, mention):
    result = extract(text, gazetteer)
    m = next(m for m in result.mentions if result.quote(m) == mention)
    assert described(result.text, m, {n.first: n for n in result.mentions}) is None


def test_the_candidates_carry_an_unnamed_items_description(gazetteer, base_iri):
    document = from_bytes(AGREEMENT.encode("utf-8"), "made-up.txt")
    candidates = Candidates(document, extract(document.text, gazetteer), base_iri)
    ds = Dataset()
    ds.parse(data=candidates.trig(), format="trig")
    assert {str(o) for _, _, o, _ in ds.quads((None, SKOS.altLabel, None, None))} == \
        {"اتفاق أبرمته وزارة الداخلية الإسبانية مع المنظمة الدولية للهجرة"}


@pytest.mark.parametrize("text, other, agreement", [
    ("وقّع المغرب وفرنسا اتفاقا لإعادة القبول.", "country/france", "«اتفاقا»"),     # indefinite accusative, unnamed
    ("وقّع المغرب وفرنسا إعلانا مشتركا.", "country/france", "«إعلانا مشتركا»"),     # a declaration is signed too
    ("وقّع المغرب والبرتغال إعلان نوايا بشأن الهجرة المنظمة.", "country/portugal", "«إعلان نوايا بشأن الهجرة المنظمة»"),
    ("وقّع المغرب وفرنسا على الإعلان المشترك.", "country/france", "«الإعلان المشترك»"),
])
def test_an_agreement_or_declaration_the_sentence_does_not_name(gazetteer, text, other, agreement):
    assert stated(extract(text, gazetteer), "signatory_of") == {("country/morocco", agreement), (other, agreement)}


def test_an_agreement_with_whom(gazetteer):
    assert stated(extract("وقّعت وزارة التشغيل اتفاقية مع منظمة العمل الدولية.", gazetteer), "signatory_of") == \
        {("«وزارة التشغيل»", "«اتفاقية»"), ("organization/ilo", "«اتفاقية»")}


def test_working_in_partnership_with_is_no_agreement(gazetteer):
    result = extract("نظمت الجمعية، بشراكة مع منظمة العمل الدولية، ندوة حول الهجرة.", gazetteer)
    assert [m for m in result.mentions if m.kind == "agreement"] == []
    assert stated(result, "signatory_of") == set()


@pytest.mark.parametrize("text, expected", [
    ("وقّعت وزارة العمل ومنظمة العمل الدولية مذكرة تفاهم. ووقع المذكرة وزير العمل، السيد يوسف الشمالي، بحضور سفير "
     "مملكة هولندا لدى الأردن، السيد هاري فيرفاي.",
     {("«وزارة العمل»", "«مذكرة تفاهم»"), ("organization/ilo", "«مذكرة تفاهم»"), ("«يوسف الشمالي»", "«مذكرة تفاهم»")}),
    ("وقّعت وزارة العمل ومنظمة العمل الدولية مذكرة تفاهم. ووقع المذكرة وزير العمل، السيد يوسف الشمالي، وذلك بمشاركة "
     "ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
     {("«وزارة العمل»", "«مذكرة تفاهم»"), ("organization/ilo", "«مذكرة تفاهم»"), ("«يوسف الشمالي»", "«مذكرة تفاهم»")}),
])
def test_who_attends_a_signing_does_not_sign(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "signatory_of") == expected


@pytest.mark.parametrize("text, parties", [
    # «بين البلدين / الطرفين» after the agreement, «ووقع الجانبان» before it: the two bodies named before the dual,
    # in its sentence or the one before
    ("المغرب والنيجر يعززان تعاونهما. وتميزت الدورة بالتوقيع على مذكرة تفاهم بين البلدين في مجال تدبير الحدود.",
     {"country/morocco", "country/niger"}),
    ("استقبل المغرب وفدا من النيجر. ووقع الجانبان مذكرة تفاهم في مجال تدبير الحدود.",
     {"country/morocco", "country/niger"}),
    ("استقبلت المنظمة الدولية للهجرة وفدا من المفوضية السامية للأمم المتحدة لشؤون اللاجئين. وتم خلال اللقاء "
     "توقيع اتفاقية شراكة بين الطرفين.", {"organization/iom", "organization/unhcr"}),
    # three bodies before «الطرفان»: which two sign is not said; none before at all: nobody
    ("التقت المنظمة الدولية للهجرة والمفوضية السامية للأمم المتحدة لشؤون اللاجئين والاتحاد الأوروبي. ووقع الطرفان "
     "اتفاقية شراكة.", set()),
    ("ووقع الطرفان اتفاقية شراكة.", set()),
    # «البلدين» names countries: two bodies that are no countries do not stand for it
    ("استقبلت المنظمة الدولية للهجرة وفدا من المفوضية السامية للأمم المتحدة لشؤون اللاجئين. ووقعت مذكرة تفاهم "
     "بين البلدين.", set()),
])
def test_the_two_bodies_a_dual_names_again_sign(gazetteer, text, parties):
    assert {a for a, _ in stated(extract(text, gazetteer), "signatory_of")} == parties


MEMORANDUM = "أبرمت الوزارة مذكرة تفاهم حول الهجرة. "


@pytest.mark.parametrize("text, parties", [
    # the agreement named again by its head noun (or a demonstrative) right before «بين X و Y»
    (MEMORANDUM + "وتهدف المذكرة بين وزارة الداخلية والمنظمة الدولية للهجرة إلى دعم العودة.",
     {"«وزارة الداخلية»", "organization/iom"}),
    (MEMORANDUM + "ويأتي هذا الاتفاق بين المغرب ومنظمة العمل الدولية تتويجا لمسار طويل.",
     {"country/morocco", "organization/ilo"}),
    # a partnership between two is no agreement's
    (MEMORANDUM + "وتعزز الشراكة بين المغرب والمنظمة الدولية للهجرة.", set()),
])
def test_the_parties_of_an_agreement_named_again(gazetteer, text, parties):
    assert {a for a, _ in stated(extract(text, gazetteer), "signatory_of")} == parties


def test_the_partnership_names_again_an_agreement_of_partnership(gazetteer):
    text = "وقعت الوزارة اتفاقية شراكة حول الهجرة. وتعزز الشراكة بين المغرب والمنظمة الدولية للهجرة العمل المشترك."
    assert {a for a, _ in stated(extract(text, gazetteer), "signatory_of")} >= {"country/morocco", "organization/iom"}


# Found by a made-up agreements release (whole documents read, not paragraphs) ----------------------------------

@pytest.mark.parametrize("text", [
    # the verb's subject before it, the agreement right after the verb, the co-signatory after «مع»
    "وكانت المنظمة الدولية للهجرة قد وقعت اتفاقية شراكة مع جمعية الأمل للتنمية.",
    # the subject a body named again by its head noun
    "أطلقت المنظمة الدولية للهجرة مشروع «أمل». وأكدت السيدة لورا مارتيني أن المنظمة وقعت في مارس 2021 اتفاقية "
    "شراكة مع جمعية الأمل للتنمية.",
])
def test_the_subject_before_the_verb_signs_with_whom_follows_the_agreement(gazetteer, text):
    parties = {p for p, _ in stated(extract(text, gazetteer), "signatory_of")}
    assert parties == {"organization/iom", "«جمعية الأمل للتنمية»"}


def test_a_country_after_its_states_word_is_one_more_party(gazetteer):
    result = extract("وقع المغرب وجمهورية كوت ديفوار، اليوم بالرباط، مذكرة تفاهم في مجال الهجرة.", gazetteer)
    assert {p for p, _ in stated(result, "signatory_of")} == {"country/morocco", "country/cote-divoire"}
