"""Readings found by the eighth round of made-up releases (places, partners, participation, values, cooperation;
no sentence of the measure split). Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

WORKSHOP = "نظمت المنظمة الدولية للهجرة ورشة عمل حول إدماج المهاجرين."


@pytest.mark.parametrize("attendees", [
    "السيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب",
    "السيد محمد العلوي، مدير الهجرة بوزارة الداخلية، والسيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب",
    "السيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب، والسيد محمد العلوي، مدير الهجرة بوزارة الداخلية",
])
def test_the_country_an_envoy_serves_in_takes_no_part(gazetteer, attendees):
    participants = {who for who, _ in stated(extract(f"{WORKSHOP} وحضر أشغال الورشة {attendees}.", gazetteer),
                                             "participates_in")}
    assert "«ماريا غارسيا»" in participants and "country/morocco" not in participants


def test_a_country_attending_by_its_own_name_still_takes_part(gazetteer):
    text = f"{WORKSHOP} وحضر أشغال الورشة السيدة ماريا غارسيا، سفيرة إسبانيا، والمغرب."
    participants = {who for who, _ in stated(extract(text, gazetteer), "participates_in")}
    assert "country/morocco" in participants


def located(result) -> set[tuple[str, str]]:
    return {(" ".join(result.quote(f.args[0][1]).split()), f.args[1][1].entity or "") for f in result.located}


@pytest.mark.parametrize("text, body, city", [
    ("أطلقت جمعية «الأمل للتنمية»، الكائن مقرها بمدينة الناظور، برنامجا لدعم المهاجرين.", "الأمل للتنمية", "city/nador"),
    ("أطلقت جمعية «الأمل للتنمية»، التي يوجد مقرها بتارودانت، برنامجا لدعم المهاجرين.", "الأمل للتنمية",
     "city/taroudant"),
    ("وتنشط جمعية «الأمل»، ومقرها بإنزكان، في مجال الهجرة.", "الأمل", "city/inezgane"),
])
def test_where_a_body_sits_is_its_place_and_not_its_programmes(gazetteer, text, body, city):
    places = located(extract(text, gazetteer))
    assert (body, city) in places
    assert not [what for what, where in places if where == city and what != body]


def test_a_city_that_says_where_the_organizer_has_its_office_does_not_place_its_event(gazetteer):
    text = "نظمت مؤسسة فريدريش إيبرت، التي يوجد مكتبها الإقليمي بالرباط، لقاء حول الهجرة."
    assert not [what for what, where in located(extract(text, gazetteer)) if "لقاء" in what]


def test_an_event_put_where_its_sentence_says_past_the_city_of_its_organizers_office(gazetteer):
    text = ("اختتمت في الدوحة، يوم الأربعاء، أعمال الورشة الإقليمية حول هجرة اليد العاملة، التي نظمها مكتب منظمة العمل"
            " الدولية في بيروت.")
    result = extract(text, gazetteer)
    assert {where for what, where in located(result) if what.startswith("الورشة")} == {"city/doha"}
    assert {who for who, _ in stated(result, "organizes")} == {"organization/ilo"}


def test_an_event_in_the_only_city_its_sentence_names_as_where(gazetteer):
    text = "اختتمت في الدوحة، يوم الأربعاء، أعمال الورشة الإقليمية حول هجرة اليد العاملة، التي نظمتها الوزارة."
    assert {where for what, where in located(extract(text, gazetteer)) if what.startswith("الورشة")} == {"city/doha"}


def linked(text: str, gazetteer, kind: str) -> list[str | None]:
    result = extract(text, gazetteer)
    return [m.entity for m in result.mentions if m.kind == kind]


@pytest.mark.parametrize("text", ["انعقد بالرباط اجتماع إقليمي حول الهجرة.", "نظمت الجمعية منتدى حول الهجرة بمدينة وجدة."])
def test_an_event_described_indefinite_is_a_new_one(gazetteer, text):
    assert linked(text, gazetteer, "event") == [None]


def test_a_known_event_named_again_definite_still_resembles_its_name(gazetteer):
    assert linked("وشارك الوفد في منتدى مراجعة الهجرة الدولية.", gazetteer, "event") == ["event/imrf-2022"]


@pytest.mark.parametrize("said", ["قدمت منذ 2018 ما مجموعه 12 مليون دولار", "قدمت في المجموع 12 مليون دولار منذ سنوات"])
def test_a_sum_over_years_in_another_sentence_is_no_budget_of_the_item(gazetteer, said):
    text = f"وتمول اليابان مشروع «صمود». وأضاف السفير أن بلاده {said}."
    assert [a for a in extract(text, gazetteer).values if a.prop == "budget"] == []


def test_an_amount_in_another_sentence_is_still_the_items_budget(gazetteer):
    text = "وتمول اليابان مشروع «صمود». وتبلغ الكلفة الإجمالية 12 مليون دولار."
    result = extract(text, gazetteer)
    assert [result.quote(a.subject) for a in result.values if a.prop == "budget" and a.subject] == ["صمود"]


def implementers(text: str, gazetteer) -> set[tuple[str, str]]:
    return stated(extract(text, gazetteer), "implements")


def test_a_pronoun_after_على_أن_is_the_item_right_before(gazetteer):
    text = "ستمول إسبانيا برنامج «تنقل». كما ستمول مشروع «ميد»، على أن تتولى تنفيذه المنظمة الدولية للهجرة."
    assert implementers(text, gazetteer) == {("organization/iom", "«ميد»")}


def test_a_pronoun_past_the_places_listed_after_the_item(gazetteer):
    text = ("ستمول إسبانيا برنامج «تنقل». كما ستمول مشروعا للإدماج الاقتصادي في السنغال وغامبيا، تنفذه منظمة العمل"
            " الدولية.")
    result = extract(text, gazetteer)
    assert {what for _, what in stated(result, "implements")} == {"«مشروعا للإدماج الاقتصادي في السنغال»"}
    assert "country/gambia" not in {who for who, _ in stated(result, "funds")}


@pytest.mark.parametrize("noun", ["المشروع", "البرنامج"])
def test_a_bare_project_noun_names_the_programme_of_a_document_with_no_project(gazetteer, noun):
    text = f"أطلق الاتحاد الأوروبي برنامج «تمكين». وتتولى تنفيذ {noun} المنظمة الدولية للهجرة."
    assert ("organization/iom", "«تمكين»") in implementers(text, gazetteer)


def test_a_bare_project_noun_names_the_documents_project_when_it_has_one(gazetteer):
    text = ("أطلق الاتحاد الأوروبي برنامج «تمكين». ويمول البرنامج مشروع «جسور». وتتولى تنفيذ المشروع المنظمة الدولية"
            " للهجرة.")
    assert ("organization/iom", "«جسور»") in implementers(text, gazetteer)


CONFERENCE = "انعقد بالرباط المؤتمر الإقليمي حول الهجرة."


@pytest.mark.parametrize("text", [
    f"{CONFERENCE} وشاركت في المؤتمر وفود تمثل ست عشرة دولة، من بينها تونس وموريتانيا.",
    f"{CONFERENCE} وشاركت في المؤتمر وفود من عدة دول، من بينها تونس وموريتانيا.",
    "انعقد بالرباط المؤتمر الإقليمي حول الهجرة بحضور ممثلي عشرين دولة، منها تونس وموريتانيا.",
])
def test_those_of_a_counted_group_the_text_names_take_part(gazetteer, text):
    participants = {who for who, _ in stated(extract(text, gazetteer), "participates_in")}
    assert participants == {"country/tunisia", "country/mauritania"}


def test_a_workshop_with_whom_it_is_held_is_no_part_of_its_name(gazetteer):
    text = ("ونظمت المنظمة الدولية للهجرة ورشة بمشاركة هيئات عدة، منها المفوضية السامية لشؤون اللاجئين ومنظمة العمل"
            " الدولية.")
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "event"] == ["ورشة"]
    assert {who for who, _ in stated(result, "participates_in")} == {"organization/unhcr", "organization/ilo"}


def test_a_place_after_an_office_word_is_no_organizer(gazetteer):
    text = "اختتمت بالرباط ورشة عمل حول الهجرة، نظمها مكتب تونس للمنظمة الدولية للهجرة."
    assert "country/tunisia" not in {who for who, _ in stated(extract(text, gazetteer), "organizes")}


@pytest.mark.parametrize("text, city, seated", [
    ("انعقدت في مكتب منظمة العمل الدولية ببيروت ورشة عمل حول هجرة اليد العاملة.", "city/beirut", set()),
    # (the body whose seat «مقرها» names sits in that city too: ``test_thirty_fifth_round``)
    ("عقدت جمعية الأمل للتنمية اجتماعها السنوي في مقرها بالرباط.", "city/rabat", {"جمعية الأمل للتنمية"}),
    ("نظمت جمعية الأمل حفلا لتدشين مكتبة بمدينة وجدة.", "city/oujda", set()),
])
def test_an_event_held_at_an_office_or_seat_is_in_its_city(gazetteer, text, city, seated):
    there = {what for what, where in located(extract(text, gazetteer)) if where == city}
    bodies = {"جمعية الأمل للتنمية", "جمعية الأمل", "منظمة العمل الدولية"}
    assert there - bodies and there & bodies == seated


def test_a_library_is_no_office(gazetteer):
    text = "أهدت المنظمة الدولية للهجرة مكتبة بمدينة وجدة لجمعية الأمل."
    assert ("المنظمة الدولية للهجرة", "city/oujda") not in located(extract(text, gazetteer))


def test_a_year_since_in_the_sentence_before_is_no_sum(gazetteer):
    text = "وتمول اليابان منذ 2018 مشروع «صمود». وتبلغ الكلفة الإجمالية 12 مليون دولار."
    result = extract(text, gazetteer)
    assert [result.quote(a.subject) for a in result.values if a.prop == "budget" and a.subject] == ["صمود"]


def test_a_pronoun_after_على_أن_past_the_items_phrase(gazetteer):
    text = ("أطلقت المنظمة برنامج «تمكين». وقدمت بلجيكا دعما لمشروع «جسور» في المغرب، على أن تنفذه جمعية الأمل.")
    assert {what for _, what in implementers(text, gazetteer)} == {"«جسور»"}


@pytest.mark.parametrize("unit", ["انعقد في الدوحة لقاء نظمه مكتب منظمة العمل الدولية في بيروت، ",
                                  "انعقد في الدوحة لقاء، ", "، على أن تتولى تنفيذه المنظمة الدولية للهجرة"])
def test_the_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
