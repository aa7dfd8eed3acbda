"""Readings found by the ninth round of made-up releases (partners, places, participation, programmes, signings and
posts; no sentence of the measure split). Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

WORKSHOP = ("نظمت المنظمة الدولية للهجرة، يوم الثلاثاء بالرباط، ورشة حول إدماج المهاجرين في سوق الشغل. "
            "وتناولت الورشة عدة محاور تهم التكوين المهني. ")


def participants(gazetteer, sentence: str) -> set[str]:
    return {who for who, _ in stated(extract(WORKSHOP + sentence, gazetteer), "participates_in")}


@pytest.mark.parametrize("sentence, countries", [
    ("وحضر الورشة سفير تونس بالرباط، وسفيرة السنغال بالرباط، وممثل الاتحاد الأوروبي.",
     {"country/tunisia", "country/senegal", "organization/eu"}),
    ("وحضر الورشة سفير تونس بالرباط وسفير السنغال.", {"country/tunisia", "country/senegal"}),
    ("وحضر اللقاء سفراء تونس والجزائر وليبيا.", {"country/tunisia", "country/algeria", "country/libya"}),
    ("وحضر اللقاء سفيرا تونس والسنغال.", {"country/tunisia", "country/senegal"}),
    ("وحضر سفراء تونس والجزائر وليبيا.", {"country/tunisia", "country/algeria", "country/libya"}),
    ("وحضر الحفل عدد من ممثلي منظمة العمل الدولية والمفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
     {"organization/ilo", "organization/unhcr"}),
    ("وحضر هذا الحدث ممثلو منظمة العمل الدولية والاتحاد الأوروبي.", {"organization/ilo", "organization/eu"}),
])
def test_envoys_and_representatives_listed_by_whom_they_serve(gazetteer, sentence, countries):
    assert countries <= participants(gazetteer, sentence)


def test_the_place_where_an_envoy_serves_is_not_listed_and_does_not_end_the_list(gazetteer):
    found = participants(gazetteer, "وحضر الورشة سفير تونس بالرباط، وسفيرة السنغال بالرباط.")
    assert "city/rabat" not in found and "country/senegal" in found


def test_another_title_after_and_is_no_name(gazetteer):
    result = extract(WORKSHOP + "وحضر الورشة سفير تونس بالرباط وسفير السنغال ووزير الداخلية.", gazetteer)
    assert not [m for m in result.mentions if m.kind == "person"]


def test_attending_with_no_event_in_the_document_gives_no_participant(gazetteer):
    assert not stated(extract("وحضر سفراء تونس والجزائر وليبيا.", gazetteer), "participates_in")


def test_envoys_lists_read_in_linear_time(gazetteer):
    assert_linear("وحضر سفراء تونس بالرباط والجزائر بالرباط، ", gazetteer)


@pytest.mark.parametrize("sentence", [
    "وحضر الورشة أيضا منظمة العمل الدولية والاتحاد الأوروبي.",
    "وشارك في الورشة كذلك كل من منظمة العمل الدولية والاتحاد الأوروبي.",
])
def test_an_adverb_before_the_list_of_who_took_part(gazetteer, sentence):
    assert {"organization/ilo", "organization/eu"} <= participants(gazetteer, sentence)


@pytest.mark.parametrize("text, event", [
    ("أطلقت المنظمة الدولية للهجرة برنامجا خلال حفل نظم بالرباط.", "حفل"),
    ("قدمت المنظمة الدولية للهجرة البرنامج خلال لقاء حضره ممثلو الاتحاد الأوروبي.", "لقاء"),
    ("نظمت الجمعية ندوة احتضنتها مدينة طنجة.", "ندوة"),
    ("أطلق المجلس مشروعا في احتفالية أقيمت بالقاهرة.", "احتفالية"),     # (the passive too: tenth round)
])
def test_an_events_name_ends_before_the_verb_of_its_relative_clause(gazetteer, text, event):
    assert [result.quote(m) for result in [extract(text, gazetteer)] for m in result.mentions if m.kind == "event"] == [event]


def test_an_event_named_with_a_construct_keeps_its_name(gazetteer):
    text = "نظمت المنظمة الدولية للهجرة ورشة حول حقوق المهاجرين."
    assert [result.quote(m) for result in [extract(text, gazetteer)] for m in result.mentions
            if m.kind == "event"] == ["ورشة حول حقوق المهاجرين"]


@pytest.mark.parametrize("city", ["وجدة", "مدينة وجدة"])
def test_the_city_that_hosted_an_event_in_a_relative_clause_is_where_it_was(gazetteer, city):
    # (by its word too, the city hosts it: the corpus's annotators, 9 of 11; test_twenty_second_round)
    result = extract(f"نظمت جمعية الأمل ورشة احتضنتها {city} يوم 20 يناير 2021.", gazetteer)
    assert stated(result, "located_in") == {("«ورشة»", "city/oujda")}
    assert stated(result, "hosts") == {("city/oujda", "«ورشة»")}


FAR = ("الرباط، 12 مارس 2024 - نظمت المنظمة الدولية للهجرة، يوم الثلاثاء بالرباط، ورشة حول إدماج المهاجرين في سوق الشغل. "
       "وتناولت الورشة عدة محاور تهم التكوين المهني والولوج إلى الخدمات الصحية والتعليم والسكن، كما تطرقت إلى دور الجماعات "
       "الترابية في استقبال المهاجرين وتوفير الظروف الملائمة لإدماجهم. وأكد المشاركون على أهمية تعزيز التنسيق بين مختلف "
       "المتدخلين من أجل بلورة مقاربة شمولية ومندمجة تأخذ بعين الاعتبار حاجيات المهاجرين وخصوصياتهم الثقافية والاجتماعية. ")


@pytest.mark.parametrize("sentence", [
    "وحضر اللقاء ممثلو منظمة العمل الدولية والاتحاد الأوروبي.",
    "وحضر هذه الفعالية ممثلو منظمة العمل الدولية والاتحاد الأوروبي.",
    "وشارك في أشغاله ممثلو منظمة العمل الدولية والاتحاد الأوروبي.",
    "وشارك في اللقاء ممثلو منظمة العمل الدولية والاتحاد الأوروبي.",
])
def test_an_event_named_again_far_after_by_a_noun_any_event_is(gazetteer, sentence):
    attended = stated(extract(FAR + sentence, gazetteer), "participates_in")
    assert {who for who, _ in attended} == {"organization/ilo", "organization/eu"}
    assert {event for _, event in attended} == {"«ورشة حول إدماج المهاجرين»"}


def test_during_a_meeting_of_another_head_is_no_attending(gazetteer):
    assert not stated(extract(FAR + "ووقع المغرب وإسبانيا خلال اللقاء مذكرة تفاهم.", gazetteer), "participates_in")


def test_a_meeting_noun_of_another_head_named_before_is_that_one(gazetteer):
    text = FAR + "وعقدت المنظمة لقاء صحفيا. وحضر اللقاء ممثلو منظمة العمل الدولية."
    assert {event for _, event in stated(extract(text, gazetteer), "participates_in")} == {"«لقاء صحفيا»"}
