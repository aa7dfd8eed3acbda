"""A donor allocates money to a body (funds(donor, body)): «وخصصت X AMOUNT للمنظمة»، or to the work the body does
with it or by it, «X تخصص AMOUNT لمشاريع مع المنظمة»، «لبرامج تنفذها المفوضية»، «لأنشطة مشتركة مع …»; an amount
written with a thousands point or a decimal comma (646.535 يورو، 2,83 مليون) does not end the clause. Made-up
sentences and the develop headline; and variants that must not give the fact (no money, a person, a project
the body implements: the project is funded, not the body)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

SPAIN_IOM = ("country/spain", "organization/iom")


@pytest.mark.parametrize("text, pair", [
    # develop (fund_spain_iom_return_2025, its headline)
    ("إسبانيا تخصص 646.535 يورو لمشاريع مع المنظمة الدولية للهجرة معظمها للعودة الطوعية من المغرب", SPAIN_IOM),
    ("وخصصت إسبانيا 3 ملايين يورو للمنظمة الدولية للهجرة لمساعدة المهاجرين العالقين.", SPAIN_IOM),
    ("إسبانيا تخصص 1.250.000 يورو للمنظمة الدولية للهجرة.", SPAIN_IOM),
    ("وكانت إسبانيا قد خصصت مليوني يورو لبرامج تنفذها المنظمة الدولية للهجرة لفائدة المهاجرين.", SPAIN_IOM),
    ("ستخصص إسبانيا غلافا ماليا قدره 5 ملايين يورو لأنشطة مشتركة مع المنظمة الدولية للهجرة.", SPAIN_IOM),
    ("وقدمت إسبانيا 2,5 مليون يورو للمنظمة الدولية للهجرة.", SPAIN_IOM),
])
def test_money_allocated_to_a_body_or_its_work_funds_the_body(gazetteer, text, pair):
    assert pair in stated(extract(text, gazetteer), "funds")


@pytest.mark.parametrize("text", [
    "وخصصت إسبانيا جلسة للمنظمة الدولية للهجرة لعرض نتائجها.",
    "وخصص السيد أحمد العلوي مبلغ ألف يورو للمنظمة الدولية للهجرة.",
    "وعقدت إسبانيا لقاءات مع المنظمة الدولية للهجرة لمشاريع مع المفوضية.",
])
def test_no_money_or_no_donor_allocates_nothing(gazetteer, text):
    assert SPAIN_IOM not in stated(extract(text, gazetteer), "funds")


def test_money_for_a_project_the_body_implements_funds_the_project_not_the_body(gazetteer):
    text = "وخصصت إسبانيا 3 ملايين يورو لمشروع تنفذه المنظمة الدولية للهجرة."
    assert SPAIN_IOM not in stated(extract(text, gazetteer), "funds")


# Found by a made-up release of the UN News register -------------------------------------------------------------

def test_money_the_body_says_it_received_from_a_giver_after_a_comma(gazetteer):
    result = extract("أعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، يوم الثلاثاء، أنها تلقت مساهمة جديدة بقيمة 3 "
                     "ملايين دولار أمريكي، من الصندوق الكويتي للتنمية الاقتصادية العربية، لدعم اللاجئين.", gazetteer)
    assert stated(result, "funds") == {("«الصندوق الكويتي للتنمية الاقتصادية العربية»", "organization/unhcr")}
    assert [v.value.value for v in result.values if v.prop == "amount"] == [3000000]


def test_a_contribution_whose_amount_follows_is_money(gazetteer):
    result = extract("أطلقت المفوضية برنامج «أمل». وقدمت الكويت مساهمة بقيمة مليون دولار لفائدة برنامج «أمل».", gazetteer)
    assert stated(result, "funds") == {("country/kuwait", "«أمل»")}
    assert stated(extract("أطلقت المفوضية برنامج «أمل». وقدمت الكويت مساهمة في النقاش حول برنامج «أمل».", gazetteer),
                  "funds") == set()


@pytest.mark.parametrize("text, pair", [
    # the funder before the verb, «قد» between («وكان X قد موّل …»)
    ("أطلقت المنظمة مشروع «أمل». وكان الصندوق الكويتي للتنمية الاقتصادية العربية قد مول مشروع «أمل» سنة 2021 بمبلغ "
     "1,5 مليون دولار.", ("«الصندوق الكويتي للتنمية الاقتصادية العربية»", "«أمل»")),
    # a contribution announced, its amount after it
    ("أطلقت المنظمة مشروع «أمل». وأعلنت الحكومة اليابانية عن مساهمة قدرها 500 ألف دولار في المشروع.",
     ("country/japan", "«أمل»")),
])
def test_a_funder_before_its_verb_or_announcing_a_contribution(gazetteer, text, pair):
    result = extract(text, gazetteer)
    assert stated(result, "funds") == {pair}
    assert any(v.prop == "amount" for v in result.values)


def test_announcing_a_contribution_of_no_money_funds_nothing(gazetteer):
    result = extract("أطلقت المنظمة مشروع «أمل». وأعلنت الحكومة اليابانية عن مساهمتها في إنجاح المشروع.", gazetteer)
    assert stated(result, "funds") == set()


def test_a_past_passive_with_its_funder_after_the_item(gazetteer):
    """«وقد مُوّل هذا المشروع من طرف X»: read as a passive only with «من طرف» after the item."""
    result = extract("أطلقت الجمعية مشروع «مواكبة». وقد مُوّل هذا المشروع من طرف الوكالة الإسبانية للتعاون الدولي من أجل "
                     "التنمية بمبلغ 450 ألف يورو.", gazetteer)
    assert {item for _, item in stated(result, "funds")} == {"«مواكبة»"}
    result = extract("أطلقت الجمعية مشروع «مواكبة». وقد مول الاتحاد الأوروبي هذا المشروع.", gazetteer)
    assert stated(result, "funds") == {("organization/eu", "«مواكبة»")}
