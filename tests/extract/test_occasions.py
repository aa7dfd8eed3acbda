"""Events the local press names by what happened, after the subject of the verb that organizes them: «نظمت
جمعية أمل للتنمية حفلا لتوزيع الشواهد»، «أقامت المنظمة حفلا»، «وقفة تضامنية»، «أياما تكوينية». Made-up sentences
from a probe of the associations genre, with a variant that must not give an event."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, organizer, event", [
    ("نظمت جمعية أمل للتنمية حفلا لتوزيع الشواهد على المستفيدين.", "«جمعية أمل للتنمية»", "«حفلا»"),
    ("نظمت جمعية أمل للتنمية وقفة تضامنية مع المهاجرين.", "«جمعية أمل للتنمية»", "«وقفة تضامنية»"),
    ("أقامت المنظمة الدولية للهجرة حفلا لتسليم المعدات.", "organization/iom", "«حفلا»"),
    ("نظمت جمعية أمل للتنمية أياما تكوينية لفائدة المهاجرين.", "«جمعية أمل للتنمية»", "«أياما تكوينية»"),
])
def test_an_occasion_after_the_subject_of_its_verb(gazetteer, text, organizer, event):
    assert stated(extract(text, gazetteer), "organizes") == {(organizer, event)}


def test_no_occasion_past_the_clause(gazetteer):
    """«نظمت الجمعية، …، ثم قدمت حفلا»: the cue is another clause's (a comma between)."""
    result = extract("وأكدت جمعية أمل للتنمية، في بلاغ لها، أن حفلا سينظم لاحقا.", gazetteer)
    assert [m for m in result.mentions if m.kind == "event"] == []


@pytest.mark.parametrize("text, event", [
    ("وعقدت اللجنة المشتركة دورتها الثالثة يوم 15 ماي 2017 بالرباط.", "دورتها الثالثة"),
    ("وعقدت اللجنة المشتركة اجتماعها الثالث يوم 15 ماي 2017 بالرباط.", "اجتماعها الثالث"),
    ("وعقد المجلس الوطني لحقوق الإنسان دورته الثالثة يوم 15 ماي 2017 بالرباط.", "دورته الثالثة"),
])
def test_her_or_his_numbered_meeting_is_an_event(gazetteer, text, event):
    """«دورتها الثالثة»: the body's third session, organized by it, on its day."""
    result = extract(text, gazetteer)
    assert {m for _, m in stated(result, "organizes")} == {f"«{event}»"}
    assert {(v.prop, result.quote(v.subject)) for v in result.values if v.subject} >= {("startDate", event)}


@pytest.mark.parametrize("text, event", [
    ("واختتمت الوزيرة زيارتها الرسمية للمغرب بلقاء مع الجالية.", "زيارتها الرسمية للمغرب"),   # her visit to a place
    ("واختتم الوزير زيارته الأولى بلقاء مع الجالية.", "زيارته الأولى"),                   # his first: no person
    ("وعقد المنتدى مؤتمره السنوي الثالث بالرباط.", "مؤتمره السنوي الثالث"),               # a periodic adjective
    ("وعقدت اللجنة دورتها العادية بالرباط.", "دورتها العادية"),
])
def test_someones_visit_or_numbered_meeting_is_an_event(gazetteer, text, event):
    result = extract(text, gazetteer)
    assert event in [result.quote(m) for m in result.mentions if m.kind == "event"]
    assert not [m for m in result.mentions if m.kind == "person"]


def test_someones_meeting_with_a_plain_adjective_is_no_event(gazetteer):
    result = extract("وأكد الوزير في كلمته الافتتاحية أن التعاون مستمر.", gazetteer)
    assert not [m for m in result.mentions if m.kind == "event"]
