"""Places from the reference table: linked, plausible, metonyms, and what the text says contains them."""

import time

import pytest

from kg.extract import places
from kg.extract.gazetteer import Gazetteer, with_places
from kg.extract.pipeline import extract


def gazetteer() -> Gazetteer:
    entries, names = {}, []
    with_places(entries, names)
    return Gazetteer(entries, names)


PLACES = gazetteer()


def linked(sentence: str) -> list[tuple[str, str | None]]:
    r = extract(sentence, PLACES)
    return [(r.quote(m), m.entity) for m in r.mentions]


def test_the_table_links_countries_regions_and_cities_with_containment():
    t = places.table()
    assert t["country/morocco"].wikidata == "Q1028" and t["country/morocco"].iso2 == "MA"
    assert places.containers("city/oujda") == ["region/oriental", "country/morocco"]
    assert t["city/stockholm"].capital_of == "country/sweden"
    assert all(p.kind in places.CLASSES for p in t.values())


def test_country_variants_and_cities_are_linked():
    found = linked("وقعت المملكة المغربية ومملكة إسبانيا في وجدة وكوت ديفوار اتفاقا.")
    assert ("المملكة المغربية", "country/morocco") in found
    assert ("ومملكة إسبانيا", "country/spain") in found
    assert ("وجدة", "city/oujda") in found and ("وكوت ديفوار", "country/cote-divoire") in found


@pytest.mark.parametrize("name, country", [
    ("المجر", "hungary"), ("الدانمارك", "denmark"), ("روسيا البيضاء", "belarus"), ("التوغو", "togo"),
    ("السينغال", "senegal"), ("الشيلي", "chile"), ("بورما", "myanmar-burma"), ("الكرسي الرسولي", "vatican-city"),
])
def test_the_names_the_press_gives_countries_besides_cldrs(name, country):
    """CLDR has one Arabic name a country; the press of the Maghreb and the Middle East writes others (المجر for
    هنغاريا, الدانمارك for الدنمارك), and «روسيا البيضاء» is Belarus, not Russia."""
    assert (name, f"country/{country}") in linked(f"ووقع المغرب مع {name} اتفاقا.")


def test_mali_is_a_place_only_where_a_place_is_expected():
    assert linked("قدم الصندوق دعم مالي للجمعية.") == []
    assert ("ومالي", "country/mali") in linked("يشمل المشروع السنغال ومالي.")
    assert ("بمالي", "country/mali") in linked("عقد اللقاء بمالي.")


def test_a_capital_giving_money_is_its_country_else_the_city():
    # (``mentions.find`` reads them so: «الذي خصصت له برلين …»)
    r = extract("أنشأته الحكومة بتمويل من روما.", PLACES)
    [rome] = places.metonyms(r.text, r.mentions, PLACES.entries)
    assert rome.entity == "country/italy" and rome.rule == "capital-metonym"
    assert ("الرباط", "city/rabat") in linked("الرباط، 9 شتنبر 2016 - انعقد اللقاء بالرباط.")


def test_what_the_text_says_contains_a_place():
    r = extract("تقع مدينتا داكار وكاولاك بالسنغال ومدينة أبيدجان الإيفوارية، والدار البيضاء بالمغرب.", PLACES)
    pairs = {(f.args[0][1].entity, f.args[1][1].entity, f.role) for f in r.located}
    assert pairs == {("city/dakar", "country/senegal", "partOf"), ("city/kaolack", "country/senegal", "partOf"),
                     ("city/abidjan", "country/cote-divoire", "partOf"),
                     ("city/casablanca", "country/morocco", "partOf")}
    # nothing from the reference alone
    assert extract("عقد الاجتماع في القاهرة ومصر.", PLACES).located == []


def test_ten_thousand_place_names_in_a_row_are_linear():
    text = " ".join(["الرباط بالمغرب ومالي"] * 10_000)
    start = time.perf_counter()
    r = extract(text, PLACES)
    assert len(r.located) >= 10_000
    assert time.perf_counter() - start < 20


def sites(text: str) -> set[tuple[str, str | None, str]]:
    r = extract(text, PLACES)
    return {(r.quote(f.args[0][1]), f.args[1][1].entity, f.rule) for f in r.located if f.role == "place"}


def test_an_embassy_an_office_or_a_municipality_sits_where_the_text_puts_it():
    assert ("سفارة ألمانيا", "city/abidjan", "located:seat") in sites("المكلفة بالتعاون في سفارة ألمانيا بأبيدجان.")
    assert ("بلدية مدريد", "country/spain", "located:seat") in sites("بشراكة مع بلدية مدريد بإسبانيا.")
    # a ministry that acts in a city does not sit there by saying so
    assert not sites("وقعت الوزارة الاتفاق بالرباط أمس.") & {("الوزارة", "city/rabat", "located:seat")}


def test_an_event_of_a_sentence_with_one_city_where_took_place_there():
    assert ("اجتماعا", "city/mdiq", "located:sentence") in sites("وكانت اللجنة قد عقدت اجتماعا يومي 9 و10 ماي بالمضيق.")
    # two cities: which one is not said
    assert not sites("عقدت اللجنة اجتماعا بالرباط حضره وفد من مدريد.") & {
        ("اجتماعا", "city/rabat", "located:sentence"), ("اجتماعا", "city/madrid", "located:sentence")}
    # a city named without ب or في is not where
    assert not sites("عقدت اللجنة اجتماعا حول الرباط.")


def test_the_dateline_city_is_where_the_lead_sentence_event_took_place():
    found = sites("القاهرة، ٢٥ تموز ٢٠١٦ – أعلنت الوزيرة خلال ندوة نظمتها الوزارة اختتام المشروع.")
    assert ("ندوة", "city/cairo", "located:dateline") in found
    # a city further in the lead sentence is no dateline
    assert not {s for s in sites("أعلنت الوزيرة خلال ندوة حضرها وفد القاهرة، اختتام المشروع.")
                if s[2] == "located:dateline"}


def test_a_document_opening_on_one_huge_word_is_read_in_linear_time():
    # the dateline is looked for at the start: a first word of any length is read once
    start = time.perf_counter()
    extract("ا" * 200_000 + " عقدت اللجنة اجتماعا بالرباط.", PLACES)
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize("text, city", [
    ("وانعقد الاجتماع بمدينة طرابلس.", "city/tripoli"),
    ("وقال إن تونس العاصمة احتضنت اللقاء.", "city/tunis"),       # the capital, not the country
    ("احتضن قصر المؤتمرات بالصخيرات أشغال الاجتماع السنوي.", "city/skhirat"),
    ("وانعقد الاجتماع ببروكسيل.", "city/brussels"),              # another spelling
])
def test_cities_of_the_regional_press(text, city):
    assert city in {m.entity for m in extract(text, gazetteer()).mentions}


@pytest.mark.parametrize("sentence, areas", [
    # the nisba adjective in the accusative after an indefinite noun: «بلدا إفريقيا» (an African country)
    ("بمشاركة وزراء من أزيد من ثلاثين بلدا إفريقيا، من بينها السنغال.", []),
    ("واعتبر المغرب شريكا إفريقيا أساسيا.", []),
    # the continent: after a preposition, in a list of places
    ("وقدم المغرب دعما إلى إفريقيا.", ["إفريقيا"]),
    ("وتستقبل أوروبا وإفريقيا المهاجرين.", ["أوروبا", "وإفريقيا"]),
    ("ويأتي المهاجرون من عدة مناطق، منها إفريقيا.", ["إفريقيا"]),
])
def test_an_african_country_is_no_place(gazetteer, sentence, areas):
    result = extract(sentence, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "area"] == areas


def test_a_town_whose_name_holds_a_title_and_a_surname_is_a_town(gazetteer):
    """«عامل إقليم الفقيه بن صالح السيد X»: the town, not a faqih «بن صالح» taking part."""
    from kg.extract.pipeline import extract
    result = extract("وحضر اللقاء عامل إقليم الفقيه بن صالح السيد عبد الرحيم الوزاني.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "region"] == ["إقليم الفقيه بن صالح"]
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == ["عبد الرحيم الوزاني"]


def test_a_country_s_name_after_the_word_for_its_capital_is_the_capital():
    assert linked("شهدت العاصمة التونسية تونس انعقاد المنتدى.")[0] == ("تونس", "city/tunis")
    assert ("الكويت", "city/kuwait-city") in linked("وعقد الاجتماع بالعاصمة الكويتية الكويت.")
    assert ("تونس", "country/tunisia") in linked("وزار الوزير تونس والمغرب.")      # the country elsewhere


def test_an_event_at_a_place_in_a_city_took_place_in_the_city(gazetteer):
    r = extract("وقد جرى حفل الاختتام بأحد فنادق مدينة وجدة بحضور ممثلين عن السلطات المحلية.", gazetteer)
    assert {(r.quote(f.args[0][1]), f.args[1][1].entity) for f in r.located if f.role == "place"} \
        == {("حفل الاختتام", "city/oujda")}
    r = extract("وتحدثت السيدة صباح بوشام، نائبة عمدة مدينة وجدة، في حفل الاختتام.", gazetteer)
    assert not [f for f in r.located if f.role == "place"]       # a title's city is no place of the event


def test_a_city_marked_as_where_after_the_hosting_verb_is_no_host(gazetteer):
    """«كان المغرب قد احتضن بمراكش … المؤتمر»: Morocco hosted it, in Marrakech; not Marrakech as the host."""
    r = extract("يذكر أن المغرب كان قد احتضن بمراكش، يومي 10 و11 دجنبر 2018، المؤتمر الحكومي الدولي حول الهجرة.", gazetteer)
    assert {(f.args[0][1].entity, f.role) for f in r.facts if f.role == "host"} == {("country/morocco", "host")}
    assert {(r.quote(f.args[0][1]), f.args[1][1].entity) for f in r.facts + r.located if f.role == "place"} \
        == {("المؤتمر الحكومي الدولي حول الهجرة", "city/marrakesh")}


def test_a_process_named_for_a_city_met_elsewhere(gazetteer):
    """«الاجتماع الوزاري السابع لحوار أبوظبي» in Dubai: the meeting is in Dubai; the dialogue is neither in Dubai nor,
    by its name, in Abu Dhabi."""
    r = extract("استضافت الإمارات في دبي الاجتماع الوزاري السابع لحوار أبوظبي.", gazetteer)
    assert {(r.quote(f.args[0][1]), f.args[1][1].entity) for f in r.located if f.role == "place"} \
        == {("الاجتماع الوزاري السابع لحوار أبوظبي", "city/dubai")}
    r = extract("انعقد مؤتمر مراكش حول الهجرة في دجنبر.", gazetteer)       # (an event named for its city: there)
    assert {f.args[1][1].entity for f in r.located if f.role == "place"} == {"city/marrakesh"}


def test_a_city_in_an_aside_after_the_organizing_verb_is_where_the_event_was(gazetteer):
    """«وكانت X قد نظمت، في أبريل 2022 بمدينة خريبكة، لقاء …» (another city later in the sentence); not the city a
    body sits in right after its name."""
    r = extract("وكانت جمعية أطلس قد نظمت، في أبريل 2022 بمدينة خريبكة، لقاء تواصليا بتعاون مع القنصلية العامة للمملكة "
                "المغربية بميلانو.", gazetteer)
    assert {(r.quote(f.args[0][1]), f.args[1][1].entity) for f in r.facts + r.located if f.role == "place"} \
        >= {("لقاء تواصليا", "city/khouribga")}
    # (the partner «بتعاون مع» organizes it with the association: test_twenty_second_round)
    assert {r.quote(f.args[0][1]) for f in r.facts if f.role == "organizer"} == {"جمعية أطلس", "القنصلية العامة للمملكة المغربية"}
    r = extract("نظمت جمعية النور ببني ملال، بدعم من المنظمة الدولية للهجرة، قافلة طبية لفائدة المهاجرين.", gazetteer)
    assert not [f for f in r.facts + r.located if f.role == "place" and r.quote(f.args[0][1]) == "قافلة طبية"]


def test_each_place_is_listed_once():
    from collections import Counter
    from importlib import resources
    text = resources.files("kg.extract").joinpath("data/places.tsv").read_text(encoding="utf-8")
    ids = Counter(line.split("\t", 1)[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))
    assert not [place for place, n in ids.items() if n > 1]
