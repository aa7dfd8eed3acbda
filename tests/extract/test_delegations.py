"""A country or body takes part in an event through its delegation or its representative (the gold's
participates_in). Made-up sentences: «ومثّل المغرب في هذا المؤتمر وفد … ترأسه X» (the country, and who leads the
delegation), «ومثّلت إسبانيا في المؤتمر وزيرة … X», a delegation by its nation's adjective «ويشارك وفد مغربي
… في أشغال …»، «بحضور وفد إسباني»; and variants that must not give the fact («مثل» as «such as», a delegation
with no nation)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

CONFERENCE = "انعقد بجنيف المؤتمر الدولي حول الهجرة. "
EVENT = "«المؤتمر الدولي حول الهجرة»"


@pytest.mark.parametrize("text, agents", [
    (CONFERENCE + "ومثّل المغرب في هذا المؤتمر وفد رفيع المستوى ترأسه وزير الشؤون الخارجية ناصر بوريطة.",
     {"country/morocco", "«ناصر بوريطة»"}),
    (CONFERENCE + "ومثّلت إسبانيا في المؤتمر وزيرة الإدماج إلما سايث.", {"country/spain", "«إلما سايث»"}),
    (CONFERENCE + "وقد مثّلت المنظمة الدولية للهجرة في أشغال المؤتمر.", {"organization/iom"}),
])
def test_who_is_represented_at_an_event(gazetteer, text, agents):
    assert {a for a, e in stated(extract(text, gazetteer), "participates_in") if e == EVENT} == agents


@pytest.mark.parametrize("text, country, event", [
    ("ويشارك وفد مغربي يقوده الوزير المنتدب عمر حجيرة في أشغال الدورة الخامسة عشرة للمنتدى الإقليمي حول الهجرة.",
     "country/morocco", "«الدورة الخامسة عشرة للمنتدى الإقليمي حول الهجرة»"),
    ("انعقدت بالرباط الندوة الوطنية حول الهجرة بحضور وفد إسباني.", "country/spain", "«الندوة الوطنية حول الهجرة»"),
    ("وشارك وفد سنغالي في المؤتمر الإقليمي حول الهجرة الذي انعقد بداكار.", "country/senegal",
     "«المؤتمر الإقليمي حول الهجرة»"),
])
def test_a_delegation_by_its_nation(gazetteer, text, country, event):
    assert (country, event) in stated(extract(text, gazetteer), "participates_in")


@pytest.mark.parametrize("text", [
    CONFERENCE + "وتناول قضايا مثل الهجرة في المؤتمر.",
    CONFERENCE + "وشارك وفد رسمي في المؤتمر.",
    CONFERENCE + "ومثّل المغرب فرصة للنقاش.",
])
def test_no_nation_no_event_no_participation(gazetteer, text):
    assert not stated(extract(text, gazetteer), "participates_in")


@pytest.mark.parametrize("text, agents, event", [
    # one representative, «ممثل / ممثلة X», after «بحضور» or «وحضر EVENT»
    ("نظمت جمعية أمل للتنمية حفلا لتوزيع الشواهد على المستفيدين، وذلك بحضور ممثل المفوضية السامية للأمم المتحدة "
     "لشؤون اللاجئين.", {"organization/unhcr"}, "«حفلا»"),
    ("انعقدت بالرباط الندوة الوطنية حول الهجرة بحضور ممثلة المنظمة الدولية للهجرة.", {"organization/iom"},
     "«الندوة الوطنية حول الهجرة»"),
    ("انعقدت بالرباط الندوة الوطنية حول الهجرة. وحضر الندوة ممثلة المفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
     {"organization/unhcr"}, "«الندوة الوطنية حول الهجرة»"),
    # representatives of the ministries «في X و Y»: the countries
    ("اختتمت منظمة العمل الدولية في القاهرة ورشة عمل حول حوكمة هجرة اليد العاملة. وشارك في الورشة ممثلون عن وزارات "
     "العمل في مصر والسودان وليبيا.", {"country/egypt", "country/sudan", "country/libya"}, "«ورشة عمل»"),
])
def test_representatives_of_a_body_or_of_countries(gazetteer, text, agents, event):
    assert {a for a, e in stated(extract(text, gazetteer), "participates_in") if e == event} == agents


def test_unnamed_officials_are_no_person(gazetteer):
    """«وحضر حفل الاختتام عامل إقليم الناظور وممثلو المصالح الخارجية»: more officials, no name after the title."""
    result = extract("نظمت الجمعية حفل الاختتام بالناظور. وحضر حفل الاختتام عامل إقليم الناظور وممثلو المصالح "
                     "الخارجية.", gazetteer)
    assert not [m for m in result.mentions if m.kind == "person"]


def test_a_representative_of_no_one_named(gazetteer):
    text = "انعقدت بالرباط الندوة الوطنية حول الهجرة بحضور ممثل عن الجمعيات."
    assert not stated(extract(text, gazetteer), "participates_in")
