"""A dual pronoun «تنفذهما» after a plural noun, its two items listed after its agents with «، هما»: «لمبادرتين تنفذهما
المنظمة الدولية للهجرة (OIM)، هما المرحلة الثانية من مشروع «A»، …، ومشروع «B» (SALEM)» → the agents implement A and B.
Made-up sentences and the develop sentence; and variants that must not give the facts (no list, one item only)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

UNHCR = "organization/unhcr"


def test_the_develop_sentence(gazetteer):
    # develop (fund_italy_iom_salem_2008)
    text = ("ولهذه الغاية، رصد برنامج 2008 ميزانية قدرها 2,83 مليون يورو (زهاء 33 مليون درهم) لمبادرتين تنفذهما المنظمة "
            "الدولية للهجرة (OIM)، هما المرحلة الثانية من مشروع «الهجرة والعودة، موارد من أجل التنمية»، المعروف "
            "بـ«Mig-Ressources» والرامي إلى تثمين الهجرة المؤهلة، ومشروع «التضامن مع أطفال المغرب» (SALEM) الذي يسعى "
            "إلى خلق بدائل.")
    assert stated(extract(text, gazetteer), "implements") == {
        ("organization/iom", "«الهجرة والعودة، موارد من أجل التنمية»"), ("organization/iom", "«التضامن مع أطفال المغرب»")}


@pytest.mark.parametrize("text", [
    "وخصصت إسبانيا 3 ملايين يورو لمشروعين تنفذهما المفوضية السامية للأمم المتحدة لشؤون اللاجئين، هما مشروع «الحماية في "
    "النيجر» ومشروع «العودة الطوعية».",
    "ويتعلق الأمر ببرنامجين تنفذهما المفوضية السامية للأمم المتحدة لشؤون اللاجئين (HCR)، وهما برنامج «الحماية في النيجر» "
    "وبرنامج «العودة الطوعية».",
])
def test_the_two_listed_items_are_implemented(gazetteer, text):
    implemented = {item for agent, item in stated(extract(text, gazetteer), "implements") if agent == UNHCR}
    assert implemented == {"«الحماية في النيجر»", "«العودة الطوعية»"}


@pytest.mark.parametrize("text", [
    "وخصصت إسبانيا 3 ملايين يورو لمشروعين تنفذهما المفوضية السامية للأمم المتحدة لشؤون اللاجئين في النيجر ومالي.",
    "وخصصت إسبانيا 3 ملايين يورو لمشروعين تنفذهما المفوضية السامية للأمم المتحدة لشؤون اللاجئين، هما مشروع «الحماية في "
    "النيجر».",
])
def test_no_list_of_two_gives_nothing(gazetteer, text):
    assert stated(extract(text, gazetteer), "implements") == set()
