"""Readings found by writing made-up releases of signings, associations and donors (no sentence of the measure
split): a seat that hosts an event named after it, a hosting verb with its pronoun that ends an event's name,
a representative who opens a list of signers, an envoy's nation before the country he is posted to, and given
names that begin with ل. Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

CNDH = "المجلس الوطني لحقوق الإنسان"


@pytest.mark.parametrize("text", [
    f"احتضن مقر {CNDH} بالرباط، يوم 20 يونيو 2024، دورة تكوينية نظمتها جمعية عودة.",
    f"نظمت جمعية عودة، يوم 20 يونيو 2024 بمقر {CNDH} بالرباط، دورة تكوينية لفائدة المهاجرين.",
    f"عقدت اللجنة الوطنية اجتماعها الأول يوم الأربعاء 22 نونبر بمقر {CNDH} بالرباط.",
])
def test_the_body_whose_seat_holds_an_event_hosts_it(gazetteer, text):
    hosts = stated(extract(text, gazetteer), "hosts")
    assert [host for host, _ in hosts] == ["organization/cndh"]


def test_a_seat_where_an_agreement_is_signed_hosts_no_event_after_it(gazetteer):
    text = f"وقعت جمعية عودة اتفاقية شراكة بمقر {CNDH} بالرباط، على هامش ندوة دولية حول الهجرة."
    assert stated(extract(text, gazetteer), "hosts") == set()


@pytest.mark.parametrize("text, host", [
    ("وجرى ذلك خلال ندوة دولية حول الهجرة احتضنها مقر المنظمة الدولية للهجرة بالرباط.", "organization/iom"),
    ("نظمت الجمعية الندوة الدولية حول الهجرة التي احتضنها مقر المنظمة الدولية للهجرة بالرباط.", "organization/iom"),
])
def test_whose_seat_hosted_the_event_before_the_pronoun(gazetteer, text, host):
    assert [h for h, _ in stated(extract(text, gazetteer), "hosts")] == [host]


@pytest.mark.parametrize("text, event", [
    ("وأقيم حفل الاختتام في حفل احتضنه فندق المنزه بطنجة.", "حفل"),
    ("وجرى ذلك خلال لقاء نظمه المرصد الوطني للهجرة بالرباط.", "لقاء"),
])
def test_a_hosting_verb_with_its_pronoun_is_no_word_of_the_event_s_name(gazetteer, text, event):
    result = extract(text, gazetteer)
    names = [result.quote(m) for m in result.mentions if m.kind == "event"]
    assert event in names and not any("احتضنه" in n or "نظمه" in n for n in names)


@pytest.mark.parametrize("text, parties", [
    ("وقع ممثل المنظمة الدولية للهجرة ووزارة الصحة على اتفاقية تعاون.",
     {"organization/iom", "«ووزارة الصحة»"}),
    ("وقع كل من ممثلة المفوضية ووزارة الصحة على اتفاقية تعاون.", {"organization/unhcr", "«ووزارة الصحة»"}),
    ("وقعت وزيرة التضامن السيدة عواطف حيار وممثلة المفوضية اتفاقية تعاون.", {"organization/unhcr", "«عواطف حيار»"}),
])
def test_a_representative_signs_for_the_body_he_represents(gazetteer, text, parties):
    assert {who for who, _ in stated(extract(text, gazetteer), "signatory_of")} == parties


def test_a_representative_who_signs_nothing_is_no_party(gazetteer):
    text = "وقال ممثل المنظمة الدولية للهجرة إن الاتفاقية مهمة."
    assert stated(extract(text, gazetteer), "signatory_of") == set()


@pytest.mark.parametrize("unit", [f"احتضن مقر {CNDH} ندوة دولية حول الهجرة، ", "وقع ممثل المنظمة الدولية للهجرة و",
                                  "حفل احتضنه فندق ", "مديرة الوكالة ليلى "])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
