"""An organization named by a title in quotes after its head noun («جمعية "أيادي التضامن"») acts like any
other name: it is the agent a verb names after it, alone or in a list, and its bare head noun («رئيسة
الجمعية») names it again; a wilaya named with its region («ولاية جهة طنجة تطوان الحسيمة») is one body.
Made-up sentences of the regional press, each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.conftest import assert_scales
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, expected", [
    ("نظمت جمعية \"أيادي التضامن\"، يوم الأربعاء 12 يناير 2022 بطنجة، حفلا ختاميا لمشروع \"أمل\".",
     {("«أيادي التضامن»", "«حفلا ختاميا»")}),
    ("نظمت جمعية «أيادي التضامن» وجمعية «الأمل» حفلا ختاميا للمشروع.",
     {("«أيادي التضامن»", "«حفلا ختاميا»"), ("«الأمل»", "«حفلا ختاميا»")}),
    # the project in quotes is what the ceremony closes, not one more organizer; the body honoured is none
    ("احتفلت الجمعية بمشروع «أمل» الذي اختتم أمس.", set()),
    ("نظمت جمعية «الأمل» لجمعية «النور» حفلا تكريميا.", {("«الأمل»", "«حفلا تكريميا»")}),
])
def test_a_body_named_by_a_title_in_quotes_organizes(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "organizes") == expected


def test_the_bare_head_noun_names_the_body_of_the_title_again(gazetteer):
    text = "نظمت جمعية \"أيادي التضامن\" حفلا ختاميا. وقالت رئيسة الجمعية، السيدة فاطمة الزهراء العمراني، إن المشروع مهم."
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«فاطمة الزهراء العمراني»", "«أيادي التضامن»")}
    # quoted words after a definite noun are what it said, no name
    said = ("ودعت الجمعية \"جميع الشركاء إلى دعم المهاجرين\". وقالت رئيسة الجمعية، السيدة فاطمة العمراني، إن "
            "المشروع مهم.")
    assert not stated(extract(said, gazetteer), "holds_position_in") - {("«فاطمة العمراني»", "«الجمعية»")}
    # a project in quotes is no body the bare «الجمعية» could name
    other = text.replace("جمعية \"أيادي التضامن\"", "الوزارة لمشروع \"أيادي التضامن\"")
    assert ("«فاطمة الزهراء العمراني»", "«أيادي التضامن»") not in stated(extract(other, gazetteer), "holds_position_in")


def test_a_wilaya_with_its_region_is_one_body_that_takes_part(gazetteer):
    text = ("نظمت الجمعية حفلا ختاميا للمشروع. وحضر الحفل ممثلون عن ولاية جهة طنجة تطوان الحسيمة والمندوبية الجهوية "
            "للتعاون الوطني.")
    result = extract(text, gazetteer)
    assert {a for a, _ in stated(result, "participates_in")} == {"«ولاية جهة طنجة تطوان الحسيمة»",
                                                                  "«والمندوبية الجهوية للتعاون الوطني»"}
    # «ولاية» with a city is where: the wilaya the city names, no body
    found = extract("نظمت بولاية وهران ندوة حول الهجرة.", gazetteer).mentions
    assert [m.kind for m in found] == ["region", "event"]


def test_a_long_gap_before_a_title_in_quotes_stays_linear(gazetteer):
    # the head noun and quote that open a title were looked for from every character of the gap before it
    def text(n: int) -> str:
        return "نظمت " + "ا" * n + " جمعية \"أيادي التضامن\" حفلا."
    assert_scales(text(10_000), text(20_000), gazetteer, lambda once, twice: twice < 3 * once + 0.05)
