"""Who organizes an event, by frames the verb alone does not give: the passive verb «نُظّمت الندوة … من طرف X»
(the event right after the verb, the agent after «من طرف / من قبل» in its clause) and «الذي عقدته X» in a relative
clause on the event; made-up sentences, with variants that must not give the fact (an active verb whose subject
comes first, «عقده» as «his contract»)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, organizer, event", [
    ("نُظّمت الندوة الدولية حول هجرة الكفاءات من طرف مجلس الجالية المغربية بالخارج.", "organization/ccme",
     "«الندوة الدولية حول هجرة الكفاءات»"),
    ("وقد نظمت الورشة الجهوية حول الهجرة بوجدة من قبل المنظمة الدولية للهجرة.", "organization/iom",
     "«الورشة الجهوية حول الهجرة»"),
    ("وتُنظّم الندوة الوطنية حول اللجوء من طرف المفوضية السامية للأمم المتحدة لشؤون اللاجئين.", "organization/unhcr",
     "«الندوة الوطنية حول اللجوء»"),
])
def test_the_passive_verb_and_its_agent(gazetteer, text, organizer, event):
    assert (organizer, event) in stated(extract(text, gazetteer), "organizes")


def test_a_relative_clause_with_aqada(gazetteer):
    text = ("شاركت وزيرة الهجرة سها جندي في المؤتمر الإقليمي حول الهجرة الآمنة الذي عقدته جامعة الدول العربية "
            "بالتعاون مع المنظمة الدولية للهجرة.")
    assert ("organization/league-of-arab-states", "«المؤتمر الإقليمي حول الهجرة الآمنة»") in stated(extract(text, gazetteer),
                                                                                          "organizes")


@pytest.mark.parametrize("text", [
    # the active verb: its subject, not the agent after «من طرف», organizes («خبرائها» names no one)
    "نظمت المنظمة الدولية للهجرة الورشة الجهوية بمدينة وجدة من طرف خبرائها.",
    # «عقده»: his contract, no relative clause
    "وأنهت المنظمة الدولية للهجرة عقده مع المؤتمر الإقليمي حول الهجرة.",
])
def test_no_passive_no_relative_no_organizer(gazetteer, text):
    organizes = stated(extract(text, gazetteer), "organizes")
    assert not {o for o in organizes if o[0] != "organization/iom"}
    assert "عقده" not in text or not organizes


@pytest.mark.parametrize("text, agents", [
    ("شارك المغرب في أشغال المنتدى العالمي حول الهجرة والتنمية بجنيف.", {"country/morocco"}),
    ("ويشارك المغرب في المنتدى العالمي حول الهجرة والتنمية الذي تحتضنه مدينة جنيف السويسرية.", {"country/morocco"}),
    ("وشاركت في المنتدى العالمي حول الهجرة والتنمية وفود من المغرب وتونس.", {"country/morocco", "country/tunisia"}),
])
def test_a_forum_named_as_an_organization_is_taken_part_in(gazetteer, text, agents):
    """The GFMD is an organization of the gazetteer; «شارك X في (أشغال) المنتدى …» takes part in it as in an event."""
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


def test_an_organization_joined_is_no_event(gazetteer):
    assert not stated(extract("شارك المغرب في المنظمة الدولية للهجرة منذ 1998.", gazetteer), "participates_in")


@pytest.mark.parametrize("text, organizers, event", [
    ("عقدت المفوضية السامية للأمم المتحدة لشؤون اللاجئين والمنظمة الدولية للهجرة، في جنيف، اجتماعا مشتركا رفيع "
     "المستوى بشأن التنقلات المختلطة.", {"organization/unhcr", "organization/iom"}, "«اجتماعا مشتركا»"),
    ("وعقد المجلس الأعلى للهجرة دورته الثالثة بطرابلس.", {"«المجلس الأعلى للهجرة»"}, "«دورته الثالثة»"),
    ("وعقد المجلس الوطني لحقوق الإنسان اجتماعه الأول بالرباط.", {"organization/cndh"}, "«اجتماعه الأول»"),
])
def test_an_unnamed_meeting_held_by_its_organizers(gazetteer, text, organizers, event):
    """«اجتماعا مشتركا» (an accusative meeting held jointly), «دورته الثالثة»، «اجتماعه الأول» (his session, his meeting)."""
    assert stated(extract(text, gazetteer), "organizes") == {(o, event) for o in organizers}


def test_his_role_is_no_session(gazetteer):
    result = extract("وتحدث المدير عن دوره في المشروع.", gazetteer)
    assert not [m for m in result.mentions if m.kind == "event"]


@pytest.mark.parametrize("text, expected", [
    ("انطلقت بالرباط أشغال المؤتمر الوزاري الإفريقي حول الهجرة. ويعرف المؤتمر، الذي تنظمه وزارة الداخلية، تنظيم ورشات.",
     {("«وزارة الداخلية»", "«المؤتمر الوزاري الإفريقي حول الهجرة»")}),
    ("انطلقت بالرباط أشغال المؤتمر الوزاري الإفريقي حول الهجرة. وعرفت هذه التظاهرة، التي تنظمها وزارة الداخلية، نقاشا.",
     {("«وزارة الداخلية»", "«المؤتمر الوزاري الإفريقي حول الهجرة»")}),
    ("انطلقت بالرباط أشغال مؤتمر \"أفق الهجرة\". ويعرف المؤتمر، الذي تنظمه جمعية الأمل، نقاشا.",
     {("«جمعية الأمل»", "«أفق الهجرة»")}),
    # another head noun, no demonstrative: another event than the document's
    ("انطلقت بالرباط أشغال المؤتمر الوزاري الإفريقي حول الهجرة. وعرفت الندوة، التي تنظمها وزارة الداخلية، نقاشا.",
     set()),
])
def test_a_relative_clause_on_the_documents_event_named_again(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "organizes") == expected
