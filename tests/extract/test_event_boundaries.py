"""Where an organization's or an event's name ends before the event or the places that follow it: a definite
event noun after a genitive with ل begins the event («نظمت جمعية أمل للتنمية الندوة …»), and a definite head
governs no place right after it («وشارك في المؤتمر المغرب وتونس»: the list of participants begins). Made-up
sentences, with names that go on (a genitive adjective, a local body in construct)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("event", ["الملتقى الجهوي حول الهجرة", "الندوة الجهوية حول الهجرة", "اللقاء التواصلي حول اللجوء"])
def test_an_event_after_an_association_s_name(gazetteer, event):
    result = extract(f"نظمت جمعية أمل للتنمية {event}.", gazetteer)
    assert stated(result, "organizes") == {("«جمعية أمل للتنمية»", f"«{event}»")}


def test_the_countries_after_a_definite_event_noun(gazetteer):
    result = extract("انعقد بتونس المؤتمر الإقليمي حول الهجرة. وشارك في المؤتمر المغرب وتونس.", gazetteer)
    assert {a for a, _ in stated(result, "participates_in")} == {"country/morocco", "country/tunisia"}


@pytest.mark.parametrize("text, name", [
    ("نظمت جمعية أمل للتنمية الاجتماعية ورشة تكوينية.", "جمعية أمل للتنمية الاجتماعية"),
    ("وعقد مجلس جهة الشرق دورته العادية.", "مجلس جهة الشرق"),
])
def test_names_that_go_on(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert name in [result.quote(m) for m in result.mentions if m.kind == "organization"]


@pytest.mark.parametrize("text, events", [
    # a definite event noun a relative clause says was organized or hosted is the event, when none of its head came before
    ("وتندرج الورشة، التي نظمتها جمعية الأمل للتنمية، في إطار مشروع تمكين.", ["الورشة"]),
    ("واختتمت الدورة التكوينية التي نظمتها جمعية الأمل للتنمية.", ["الدورة التكوينية"]),
    # … not one named before, nor one inside another name
    ("نظمت جمعية الأمل ورشة عمل حول الهجرة. وتندرج الورشة التي نظمتها الجمعية في إطار المشروع.",
     ["ورشة عمل حول الهجرة"]),
    ("وانطلقت سلسلة الورشات التي نظمتها المنظمة الدولية للهجرة.", ["سلسلة الورشات"]),
    ("وتندرج هذه الورشة، التي نظمتها جمعية الأمل للتنمية، في إطار مشروع تمكين.", []),     # named again
])
def test_an_event_a_relative_clause_says_was_made(gazetteer, text, events):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "event"] == events


@pytest.mark.parametrize("text, head", [
    ("ونظمت الجمعية رحلة ترفيهية لفائدة الأطفال المهاجرين.", "رحلة"),
    ("ونظمت الجمعية مباراة ودية في كرة القدم بين فريقين من المهاجرين.", "مباراة"),
])
def test_trips_tours_and_matches_are_events(gazetteer, text, head):
    result = extract(text, gazetteer)
    [event] = [result.quote(m) for m in result.mentions if m.kind == "event"]
    assert event.split()[0] == head


@pytest.mark.parametrize("text, event", [
    # «غير» and the definite word after it go on with the name (غير النظامية، غير المرافقين)
    ("نظمت الجمعية ندوة حول الهجرة غير النظامية بطنجة.", "ندوة حول الهجرة غير النظامية"),
    ("انطلقت أشغال الاجتماع الإقليمي حول حماية الأطفال المهاجرين غير المرافقين، الذي تنظمه اليونيسف.",
     "الاجتماع الإقليمي حول حماية الأطفال المهاجرين غير المرافقين"),
])
def test_an_improper_annexation_goes_on_with_the_name(gazetteer, text, event):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "event"] == [event]


@pytest.mark.parametrize("text, visit, place", [
    # a visit to a place the document names is an event, where it went
    ("وتعززت الشراكة بعد زيارة وزيرة الداخلية الألمانية إلى الرباط في فبراير 2023.",
     "زيارة وزيرة الداخلية الألمانية إلى الرباط", "city/rabat"),
    ("وقام وزير الداخلية الإسباني بزيارة إلى مدريد يوم 5 مارس 2023.", "بزيارة إلى مدريد", "city/madrid"),
    # a visit to no place named
    ("وقامت الجمعية بزيارة المستفيدين في منازلهم.", None, None),
])
def test_a_visit_to_a_place_is_an_event_there(gazetteer, text, visit, place):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.rule == "visit"] == ([visit] if visit else [])
    assert stated(result, "located_in") == ({(f"«{visit}»", place)} if visit else set())


@pytest.mark.parametrize("text, event", [
    # an adjective whose first letter و is its root's goes on with the name (not «and»)
    ("نظم المجلس الوطني لحقوق الإنسان ندوة وطنية حول الهجرة.", "ندوة وطنية حول الهجرة"),
    ("وعقدت اللجنة اجتماعا وزاريا بالرباط.", "اجتماعا وزاريا"),
    # a title in quotes after «حول» is what the event is about
    ("نظم المجلس الوطني لحقوق الإنسان ندوة وطنية حول «حق اللجوء في المغرب».", "ندوة وطنية حول «حق اللجوء في المغرب"),
])
def test_an_event_named_with_its_adjective_and_topic(gazetteer, text, event):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "event"] == [event]
