"""Who funds, implements and partners, in the word orders the genre uses: the agent after «من طرف / من قبل»
(not only after «من»), «ساهم X في تمويل Y», a second verb of the same clause («الذي تموله X وتنفذه Y»; from
the develop split's inst_egypt_imis3_closing_2016: «مشروع موّله X ونفّذته Y»), a verb with its pronoun opening
a sentence («وتموله السويد»), the item before its agents («ويمول المشروع X»، «وتنفذ المشروع كل من X وY»),
a partnership said in an aside after the organizer («نظمت X، بشراكة مع Y، …»), and a commune named by a city
whose name starts with و («جماعة وجدة»). Made-up sentences, with variants that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

PROJECT = "أطلقت جمعية الأمل مشروع «جسور». "


@pytest.mark.parametrize("text, funders", [
    ("أطلقت الجمعية مشروع «جسور» بتمويل من طرف الاتحاد الأوروبي.", {"organization/eu"}),
    ("أطلقت الجمعية مشروع «جسور» بدعم مالي من قبل الاتحاد الأوروبي.", {"organization/eu"}),
    ("ويندرج هذا اللقاء في إطار مشروع «جسور» الممول من طرف الاتحاد الأوروبي.", {"organization/eu"}),
    ("ساهمت جماعة طنجة في تمويل مشروع «جسور».", {"«جماعة طنجة»"}),
    ("أطلقت الجمعية مشروع «جسور» الذي يساهم في تمويله الاتحاد الأوروبي.", {"organization/eu"}),
    (PROJECT + "وتموله السويد.", {"country/sweden"}),
    (PROJECT + "ويمول المشروع الاتحاد الأوروبي.", {"organization/eu"}),
    # taking part in a meeting is no funding
    ("ساهمت جماعة طنجة في إنجاح الندوة الإقليمية حول الهجرة.", set()),
])
def test_who_funds_in_any_word_order(gazetteer, text, funders):
    assert {a for a, _ in stated(extract(text, gazetteer), "funds")} == funders


@pytest.mark.parametrize("text, implementers", [
    ("انطلق مشروع «جسور» الذي تموله السويد وتنفذه المنظمة الدولية للهجرة.", {"organization/iom"}),
    ("انطلق مشروع «جسور» الذي تنفذه المنظمة الدولية للهجرة وتموله السويد.", {"organization/iom"}),
    # the first verb's subject is not what the second verb's pronoun refers to
    ("وهو مشروع موّله البرنامج الإيطالي لمبادلة الديون ونفّذته المنظمة الدولية للهجرة.", {"organization/iom"}),
    (PROJECT + "وتنفذ المشروع كل من منظمة العمل الدولية والمنظمة الدولية للهجرة.",
     {"organization/ilo", "organization/iom"}),
    ("ينفذ مشروع «جسور» (JSR) كل من منظمة العمل الدولية والمنظمة الدولية للهجرة.",
     {"organization/ilo", "organization/iom"}),
])
def test_who_implements_in_any_word_order(gazetteer, text, implementers):
    result = extract(text, gazetteer)
    assert {a for a, _ in stated(result, "implements") if not a.startswith("«جمعية")} == implementers
    assert {o for _, o in stated(result, "implements")} <= {"«جسور»", "«مشروع»"}


def test_the_second_verb_of_a_clause_is_on_the_same_item(gazetteer):
    result = extract("وهو مشروع موّله البرنامج الإيطالي لمبادلة الديون ونفّذته المنظمة الدولية للهجرة.", gazetteer)
    assert ("organization/iom", "«البرنامج الإيطالي لمبادلة الديون»") not in stated(result, "implements")


@pytest.mark.parametrize("text", [
    "نظمت جماعة وجدة، بشراكة مع المنظمة الدولية للهجرة، لقاء تواصليا حول الهجرة.",
    # the partnership in what follows, not in an aside: a partner in the event, which organizes it with the
    # commune and is its partner (test_twenty_second_round)
    "نظمت جماعة وجدة بشراكة مع المنظمة الدولية للهجرة لقاء تواصليا حول الهجرة.",
])
def test_a_partnership_in_an_aside_is_the_organizers(gazetteer, text):
    result = extract(text, gazetteer)
    assert stated(result, "partner_of") == {("organization/iom", "«جماعة وجدة»")}
    assert ("organization/iom", "«لقاء تواصليا حول الهجرة»") in stated(result, "organizes")


@pytest.mark.parametrize("text, body", [
    ("نظمت جماعة وجدة لقاء تواصليا حول الهجرة.", "جماعة وجدة"),
    ("نظمت جماعة طنجة لقاء تواصليا حول الهجرة.", "جماعة طنجة"),
])
def test_a_commune_by_its_citys_name(gazetteer, text, body):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == [body]
    assert {a for a, _ in stated(result, "organizes")} == {f"«{body}»"}


@pytest.mark.parametrize("text, countries", [
    ("أطلقت المفوضية خطة الاستجابة الإقليمية للاجئين. وتغطي الخطة تشاد ومصر وإثيوبيا.",
     {"country/chad", "country/egypt", "country/ethiopia"}),
    ("أطلق الاتحاد الأوروبي البرنامج الإقليمي للتنقل. ويشمل البرنامج مصر والمغرب وتونس.",
     {"country/egypt", "country/morocco", "country/tunisia"}),
    # what a meeting covers is no country it works for
    ("عقدت اللجنة اجتماعها. ويشمل جدول الأعمال قضايا الهجرة.", set()),
])
def test_the_countries_a_programme_covers(gazetteer, text, countries):
    assert {c for c, _ in stated(extract(text, gazetteer), "targets")} == countries   # (country, item) as stated
