"""Readings found by the eighth round of made-up releases (places, partners, participation, values, cooperation;
no sentence of the measure split). Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

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


def test_a_ministry_of_another_nation_is_not_the_registrys_ministry(gazetteer):
    assert linked("وشارك في الاجتماع ممثل وزارة الشؤون الخارجية الهندية.", gazetteer, "organization") == [None]
