"""Readings found by writing press releases of cooperation and agreements (made-up sentences, none from the
measured split): money granted, not a status; the places an implementer works in, not more implementers; a
country said to be a partner; an allocation announced; a relative clause read on to its antecedent. Each with a
variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

AMAL = "«أمل»"


def test_granting_a_status_is_no_funding(gazetteer):
    result = extract("وقعت الحكومة المغربية والمنظمة الدولية للهجرة اتفاق المقر الذي يمنح المنظمة وضعا قانونيا كاملا.",
                     gazetteer)
    assert stated(result, "funds") == set()


def test_granting_money_is_funding(gazetteer):
    result = extract("أطلقت المفوضية مشروع «أمل». ومنحت إيطاليا المشروع هبة قدرها مليون يورو.", gazetteer)
    assert ("country/italy", AMAL) in stated(result, "funds")


def test_the_places_after_an_implementer_are_where_it_works(gazetteer):
    result = extract("أطلقت الوزارة مشروع «أمل» لدعم اللاجئين. وتنفذه المفوضية السامية للأمم المتحدة لشؤون اللاجئين "
                     "في السودان وتشاد.", gazetteer)
    assert stated(result, "implements") == {("organization/unhcr", AMAL)}
    # (where it runs, countries too: the corpus's annotators file them so, 5 of 6 times)
    assert stated(result, "located_in") >= {(AMAL, "country/sudan"), (AMAL, "country/chad")}


def test_the_places_after_an_implementer_of_an_event_are_not_the_events_targets(gazetteer):
    result = extract("نظمت الوزارة ندوة «أمل». وتنفذ المفوضية في السودان وتشاد برامج عديدة.", gazetteer)
    assert not {p for p, _ in stated(result, "targets")} & {"country/sudan", "country/chad"}


@pytest.mark.parametrize("text, pair", [
    ("وتعد إيطاليا شريكا رئيسيا للمنظمة الدولية للهجرة في مجال العودة الطوعية.", ("country/italy", "organization/iom")),
    ("وتعتبر إسبانيا شريكا استراتيجيا للمغرب في مجال الهجرة.", ("country/spain", "country/morocco")),
    ("وتعد المنظمة الدولية للهجرة بالمغرب شريكا أساسيا للمفوضية.", ("organization/iom-morocco", "organization/unhcr")),
])
def test_a_country_or_body_said_to_be_a_partner(gazetteer, text, pair):
    assert stated(extract(text, gazetteer), "partner_of") == {pair}


@pytest.mark.parametrize("text", [
    "وأعلنت إيطاليا عن تخصيص 10 ملايين يورو للمنظمة الدولية للهجرة لتمويل برامج العودة الطوعية.",
    "وقررت إيطاليا تخصيص 10 ملايين يورو للمنظمة الدولية للهجرة.",
])
def test_an_allocation_announced_or_decided(gazetteer, text):
    assert stated(extract(text, gazetteer), "funds") == {("country/italy", "organization/iom")}


def test_an_announcement_of_no_money_funds_nothing(gazetteer):
    assert stated(extract("وأعلنت إيطاليا عن تقديم مقترح للمنظمة الدولية للهجرة.", gazetteer), "funds") == set()


def test_a_relative_clause_is_about_its_antecedent_further_on(gazetteer):
    result = extract("أطلقت الوزارة مشروع «أمل». ويأتي هذا المشروع، الذي تنفذه منظمة العمل الدولية بتمويل من الوكالة "
                     "السويسرية للتنمية والتعاون، في إطار تنزيل الاستراتيجية الوطنية للهجرة واللجوء.", gazetteer)
    assert stated(result, "funds") == {("organization/sdc", AMAL)}
    assert stated(result, "implements") == {("organization/ilo", AMAL)}


def test_those_listed_as_donors_fund_the_programme(gazetteer):
    """inst_au_jlmp_labour_migration_2018 (develop): «الذي حضرته ألمانيا وسويسرا والسويد بصفتها جهات مانحة»."""
    result = extract("أطلق الاتحاد الإفريقي برنامج «أمل». وخلال اجتماع إطلاقه، الذي حضرته ألمانيا وسويسرا والسويد بصفتها "
                     "جهات مانحة، دعا رئيس القسم إلى التعاون.", gazetteer)
    assert stated(result, "funds") == {("country/germany", AMAL), ("country/switzerland", AMAL), ("country/sweden", AMAL)}


def test_those_listed_in_another_capacity_fund_nothing(gazetteer):
    result = extract("أطلق الاتحاد الإفريقي برنامج «أمل». وخلال اجتماع إطلاقه، الذي حضرته ألمانيا وسويسرا بصفتها دولا "
                     "ملاحظة، دعا رئيس القسم إلى التعاون.", gazetteer)
    assert stated(result, "funds") == set()


@pytest.mark.parametrize("unit", [
    "وتنفذه المفوضية في السودان وتشاد و",                     # places after implementers
    "وتعد إيطاليا شريكا رئيسيا للمنظمة و",                      # partners said of countries
    "وأعلنت إيطاليا عن تخصيص 10 ملايين يورو للمنظمة و",          # allocations announced
    "المشروع، الذي تنفذه المنظمة بتمويل من الوكالة ",           # relative clauses
    "مشروع «أمل» لفائدة المهاجرين العائدين و",                  # who items are for
    "ألمانيا وسويسرا بصفتها جهات مانحة و",                      # donors listed
])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_an_item_named_again_after_the_funder_is_of_its_kind(gazetteer):
    """«ويمول X هذا المشروع»: the project named before, or none; never the agreement the document is about."""
    result = extract("وقعت الحكومة المغربية والمنظمة الدولية للهجرة اتفاق المقر. ويمول الصندوق الكويتي للتنمية الاقتصادية "
                     "العربية هذا المشروع بمنحة قدرها 5 ملايين دولار.", gazetteer)
    assert stated(result, "funds") == set()
    result = extract("أطلقت الوزارة مشروع «أمل». ووقعت الوزارة والمنظمة اتفاق شراكة. ويمول الصندوق الكويتي للتنمية "
                     "الاقتصادية العربية المشروع بمنحة قدرها 5 ملايين دولار.", gazetteer)
    assert {item for _, item in stated(result, "funds")} == {AMAL}


def groups(text: str, gazetteer) -> set[tuple[str, str]]:
    result = extract(text, gazetteer)
    return {(result.quote(t.subject), result.text.quote(t.start, t.end)) for t in result.groups}


@pytest.mark.parametrize("text, expected", [
    ("أطلقت المنظمة مشروع «أمل» لفائدة القاصرين غير المصحوبين في وضعية هشاشة.",
     {("أمل", "القاصرين غير المصحوبين في وضعية هشاشة")}),
    ("نظمت الجمعية ورشة تكوينية لفائدة الصحفيين، بشراكة مع الوزارة.", {("ورشة تكوينية", "الصحفيين")}),
    ("أطلقت المنظمة مشروع «أمل». وتستهدف أنشطته المهاجرين العائدين إلى بلدانهم.",
     {("أمل", "المهاجرين العائدين")}),      # (up to a preposition that starts another phrase)
    ("أطلقت المنظمة مشروع «أمل» لفائدة المهاجرين المقيمين بجهة الشرق.", {("أمل", "المهاجرين المقيمين")}),   # not the place
])
def test_who_an_item_is_for(gazetteer, text, expected):
    assert groups(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "وتلتزم المنظمة بتعبئة 13 مليون دولار لفائدة الاستراتيجية.",           # an item named again
    "أطلقت المنظمة مشروع «أمل» لفائدة جمعية الأيادي المتضامنة.",          # a body: a beneficiary, not a group
    "ووقعت الوزارة اتفاقية لفائدة.",                                      # no words after the cue
])
def test_no_group_where_no_people_follow(gazetteer, text):
    assert groups(text, gazetteer) == set()
