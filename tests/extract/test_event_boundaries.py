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
