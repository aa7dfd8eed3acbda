"""Readings found by writing made-up releases of associations and their local projects (no sentence of the measure
split): a nation's forum is an association, a quoted clause is no title, the title after a person in apposition is
hers (no second name after it), the country where a representative serves is not her employer, a partnership that
brings a body together «بكل من X و Y», an item named again before a comma and a passive participle. Each with a
variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear


def kinds(result) -> dict[str, str]:
    return {result.quote(m): m.kind for m in result.mentions}


def test_a_nation_s_forum_is_an_association_a_forum_that_meets_an_event(gazetteer):
    result = extract("وقال السيد منير الطرابلسي، رئيس المنتدى المغربي للهجرة، إن المشروع ناجح.", gazetteer)
    assert kinds(result)["المنتدى المغربي للهجرة"] == "organization"
    assert stated(result, "holds_position_in") == {("«منير الطرابلسي»", "«المنتدى المغربي للهجرة»")}
    assert stated(result, "participates_in") == set()
    result = extract("وشارك المغرب في المنتدى الإقليمي حول الهجرة.", gazetteer)
    assert kinds(result)["المنتدى الإقليمي حول الهجرة"] == "event"


def test_a_quoted_clause_is_no_title(gazetteer):
    result = extract("وأوضحت السيدة نادية الإدريسي أن الجمعية ستعمل بشراكة مع مؤسسة التعاون الوطني، مؤكدة أن «المشروع لا "
                     "يقتصر على التكوين».", gazetteer)
    assert "المشروع لا يقتصر على التكوين" not in kinds(result)
    assert ("«المشروع»", "«المشروع»") not in stated(result, "partner_of")
    result = extract("وأطلقت الجمعية مشروع «جسور للإدماج» بالناظور.", gazetteer)
    assert kinds(result).get("جسور للإدماج") == "project"


def test_the_title_in_apposition_is_the_person_s_before_it(gazetteer):
    result = extract("من جانبها، أشادت السيدة كارمن لوبيث، ممثلة التحالف بالمغرب، بانخراط السلطات المحلية، معتبرة أن "
                     "الشراكة نموذج.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == ["كارمن لوبيث"]
    # … and the country marked as where she serves is not who employs her
    assert stated(result, "holds_position_in") == set()


@pytest.mark.parametrize("text, post", [
    ("وقال السيد أرماندو فاريكيو، سفير إيطاليا بالمغرب، إن التعاون مستمر.", ("«أرماندو فاريكيو»", "country/italy")),
    ("وقال سفير إيطاليا بالمغرب أرماندو فاريكيو إن التعاون مستمر.", ("«أرماندو فاريكيو»", "country/italy")),
])
def test_an_envoy_serves_his_country_not_where_he_is_posted(gazetteer, text, post):
    assert stated(extract(text, gazetteer), "holds_position_in") == {post}


def test_a_partnership_that_brings_a_body_together_with_each_of_a_list(gazetteer):
    result = extract("أطلقت جمعية الأمل للتنمية مشروع «إدماج». ويأتي هذا المشروع في إطار شراكة تجمع الجمعية بكل من "
                     "المنظمة الدولية للهجرة ومنظمة العمل الدولية.", gazetteer)
    assert stated(result, "partner_of") >= {("organization/iom", "«جمعية الأمل للتنمية»"),
                                            ("organization/ilo", "«جمعية الأمل للتنمية»")}
    result = extract("أطلقت جمعية الأمل للتنمية مشروع «إدماج» بكل من الناظور ووجدة.", gazetteer)
    assert stated(result, "partner_of") == set()


def test_an_item_named_again_before_a_comma_and_a_passive_participle(gazetteer):
    result = extract("اختتمت جمعية الأمل مشروع «إدماج». ويأتي هذا المشروع، الممول من قبل الاتحاد الأوروبي، في إطار "
                     "شراكة تجمع الجمعية بكل من المنظمة الدولية للهجرة وجماعة الناظور.", gazetteer)
    assert stated(result, "funds") == {("organization/eu", "«إدماج»")}


@pytest.mark.parametrize("text", [
    "نظمت جمعية الأمل، يوم السبت 25 مارس 2023، حفلا لاختتام مشروع «جسور».",
    "نظمت جمعية الأمل، يوم السبت، حفلا لاختتام مشروع «جسور».",
])
def test_an_occasion_past_an_aside_of_when_is_organized(gazetteer, text):
    assert stated(extract(text, gazetteer), "organizes") == {("«جمعية الأمل»", "«حفلا»")}


def test_an_aside_after_a_verb_of_saying_names_no_occasion(gazetteer):
    assert [m.kind for m in extract("قالت الجمعية، في بلاغ لها، حفلا.", gazetteer).mentions] == []


def test_who_supports_the_item_that_benefits_funds_it(gazetteer):
    result = extract("يستفيد مشروع «حقوق بلا حدود» من دعم الوكالة السويسرية للتنمية والتعاون ومنظمة العمل الدولية.",
                     gazetteer)
    assert stated(result, "funds") == {("organization/sdc", "«حقوق بلا حدود»"), ("organization/ilo", "«حقوق بلا حدود»")}
    result = extract("ويستفيد المهاجرون من دعم المنظمة الدولية للهجرة.", gazetteer)
    assert stated(result, "funds") == set()          # (people who benefit: no item funded)


def test_the_countries_a_programme_aims_at(gazetteer):
    result = extract("أطلقت جمعية الأمل برنامج «أمان» الذي يستهدف موريتانيا والسنغال ومالي.", gazetteer)
    assert stated(result, "targets") == {(c, "«أمان»") for c in ("country/mauritania", "country/senegal", "country/mali")}


@pytest.mark.parametrize("unit", ["«المشروع لا يقتصر» ", "ويأتي هذا المشروع، الممول من قبل الاتحاد الأوروبي، ",
                                  "شراكة تجمع الجمعية بكل من المنظمة الدولية للهجرة و"])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
