"""A total broken down by who pays it: an amount «من X» is X's share of the item funded. In a sentence that states
a funding, the funding fact's item («… 5,55 مليون يورو مساهمة من الاتحاد الأوروبي و250.000 يورو من الوكالة
السويسرية»، «ويموّل X مشروع Y بمبلغ …، فيما تأتي 500 ألف يورو من Z»); after «، منها AMOUNT من X», the item named
before (else the topic). Made-up sentences and the develop sentence; and variants that must not give the fact (a
count of people «من» a country, an amount with no funder after it)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

NIGER = "«الحماية في النيجر»"


def test_the_second_share_of_a_stated_contribution(gazetteer):
    # develop (inst_rabat_oujda_shared_governance_2021)
    text = ("وتقدّر وثيقة العمل الخاصة بالمرحلة الثانية من المشروع كلفتها الإجمالية بـ6,075 مليون يورو، منها 5,55 مليون "
            "يورو مساهمة من الاتحاد الأوروبي و250.000 يورو من الوكالة السويسرية للتنمية والتعاون.")
    facts = stated(extract(text, gazetteer), "funds")
    assert {funder for funder, _ in facts} == {"organization/eu", "organization/sdc"}
    assert len({item for _, item in facts}) == 1     # the same phase, both


@pytest.mark.parametrize("text, pairs", [
    ("ويبلغ تمويل مشروع «الحماية في النيجر» 4 ملايين يورو، منها 3 ملايين يورو من الاتحاد الأوروبي ومليون يورو من ألمانيا.",
     {("organization/eu", NIGER), ("country/germany", NIGER)}),
    ("وقدّرت كلفة مشروع «الحماية في النيجر» بـ4 ملايين يورو، ومنها 3 ملايين يورو من طرف الاتحاد الأوروبي.",
     {("organization/eu", NIGER)}),
    ("ويموّل الاتحاد الأوروبي مشروع «الحماية في النيجر» بمبلغ 3 ملايين يورو، فيما تأتي 500 ألف يورو من ألمانيا.",
     {("organization/eu", NIGER), ("country/germany", NIGER)}),
])
def test_shares_of_a_total_fund_the_item(gazetteer, text, pairs):
    assert pairs <= stated(extract(text, gazetteer), "funds")


@pytest.mark.parametrize("text", [
    "ويبلغ عدد المستفيدين من مشروع «الحماية في النيجر» 4000 شخص من ألمانيا.",
    "وتبلغ كلفة مشروع «الحماية في النيجر» 4 ملايين يورو من أجل ألمانيا.",
    "وتبلغ كلفة مشروع «الحماية في النيجر» 4 ملايين يورو، وصل منها مليون يورو إلى ألمانيا.",
])
def test_no_share_from_a_funder_gives_nothing(gazetteer, text):
    assert ("country/germany", NIGER) not in stated(extract(text, gazetteer), "funds")


@pytest.mark.parametrize("text, expected", [
    ("أطلقت المنظمة مشروعا جديدا لتعزيز قدرات موريتانيا. ويمول المشروع الاتحاد الأوروبي بمبلغ أربعة ملايين يورو، فيما "
     "تساهم إيطاليا بمليون يورو.",
     {("organization/eu", "«مشروعا جديدا»", 4_000_000), ("country/italy", "«مشروعا جديدا»", 1_000_000)}),
    ("أطلقت المنظمة مشروعا جديدا لتعزيز قدرات موريتانيا. وتساهم إيطاليا في المشروع بمبلغ 500 ألف يورو.",
     {("country/italy", "«مشروعا جديدا»", 500_000)}),
    # contributing no money funds nothing
    ("أطلقت المنظمة مشروعا جديدا. وتساهم الجمعية بتجربتها في تأطير المهاجرين.", set()),
])
def test_contributing_an_amount_funds_the_item(gazetteer, text, expected):
    result = extract(text, gazetteer)
    assert {(a, b, int(f.amount.value) if f.amount else None)
            for f in result.facts if f.role == "funding"
            for a, b in [(f.args[0][1].entity or f"«{result.quote(f.args[0][1])}»",
                          f.args[1][1].entity or f"«{result.quote(f.args[1][1])}»")]} == expected
