"""Where an event, an agreement or a place is, as the sentence states it (``places.located``): a bare
«في CITY» before the event («عُقد في مدريد … الاجتماع الوزاري»، «اختتمت المنظمة أمس في القاهرة ورشة عمل»,
the develop split's «بمقر وزارته في نواكشوط، مع السيد …، اتفاقية تمويل» of law_mauritania_sngm_eu_iom_2023),
and each with a variant that must not give the fact. Sentences are made up unless said otherwise."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import check, stated


@pytest.mark.parametrize("text, expected", [
    ("عُقد في مدريد يومي 22 و23 فبراير 2024 الاجتماع الوزاري الأورو-إفريقي حول الهجرة والتنمية.",
     {("«الاجتماع الوزاري الأورو-إفريقي حول الهجرة والتنمية»", "city/madrid")}),
    ("اختتمت منظمة العمل الدولية أمس في القاهرة ورشة عمل حول هجرة اليد العاملة.",
     {("«ورشة عمل حول هجرة اليد العاملة»", "city/cairo")}),
    ("وتنطلق وفي داكار بعد غد الندوة الإقليمية حول الهجرة النظامية.",
     {("«الندوة الإقليمية حول الهجرة النظامية»", "city/dakar")}),
    # develop (law_mauritania_sngm_eu_iom_2023), shortened
    ("فقد وقّع الوزير يوم الأربعاء 26 سبتمبر 2012 بمقر وزارته في نواكشوط، مع السفير، اتفاقية تمويل.",
     {("«اتفاقية تمويل»", "city/nouakchott")}),
])
def test_a_city_after_fi_locates_the_event_after_it(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


@pytest.mark.parametrize("text", [
    # the agreement signed «during the opening of a symposium in Nairobi»: the city is the symposium's
    "ووقّعت المنظمة اتفاق منحة مع الوكالة السويدية، وذلك خلال افتتاح «ندوة تنقل اليد العاملة» في نيروبي.",
    # two cities: none is the one where
    "وعقد في مدريد الاجتماع الوزاري حول الهجرة بمشاركة وفد من الرباط.",
])
def test_a_city_after_fi_does_not_locate_what_comes_before_it(gazetteer, text):
    assert not {f for f in stated(extract(text, gazetteer), "located_in") if f[0] == "«اتفاق منحة»" or f[1] == "city/rabat"}


@pytest.mark.parametrize("text, expected", [
    ("احتضنت الدار البيضاء يومي 3 و4 ماي ورشة العمل الإقليمية حول هجرة اليد العاملة.",
     {("«ورشة العمل الإقليمية حول هجرة اليد العاملة»", "city/casablanca")}),
    ("وتستضيف دكار الأسبوع المقبل المنتدى الإقليمي للهجرة.", {("«المنتدى الإقليمي للهجرة»", "city/dakar")}),
])
def test_an_event_a_city_hosts_took_place_there(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


def test_an_event_a_country_hosts_is_not_located_by_it(gazetteer):
    """The host country is no place the event is in (the gold locates an event in its city only)."""
    check(gazetteer, "وتحتضن السنغال الأسبوع المقبل المنتدى الإقليمي للهجرة.", "located_in", set())


@pytest.mark.parametrize("text, expected", [
    # develop (inst_au_jlmp_labour_migration_2018), shortened
    ("وذلك خلال افتتاح «ندوة تعزيز تنقل اليد العاملة داخل أفريقيا ومنها» في نيروبي بكينيا.",
     {("«ندوة تعزيز تنقل اليد العاملة داخل أفريقيا ومنها»", "city/nairobi"), ("city/nairobi", "country/kenya")}),
    ("واختتمت أشغال «المنتدى الإقليمي للهجرة واللجوء» بمدينة طنجة.",
     {("«المنتدى الإقليمي للهجرة واللجوء»", "city/tangier")}),
])
def test_an_event_with_a_quoted_name_is_where_the_city_after_it_is(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


def test_a_quoted_name_that_ends_in_a_city_word_is_no_event_there(gazetteer):
    """A programme's quoted name followed by a country is no event held there."""
    check(gazetteer, "وأطلقت الوزارة حملة «الهجرة الآمنة» بالمغرب.", "located_in", set())


@pytest.mark.parametrize("text, expected", [
    # develop (inst_rabat_oujda_shared_governance_2021), shortened
    ("ولم تكن وجدة، المركز الإداري لجهة الشرق في شمال شرق المغرب، غريبة عن هذا الصنف من الشراكات.",
     {("city/oujda", "region/oriental"), ("region/oriental", "country/morocco"), ("city/oujda", "country/morocco")}),
    ("وتقع مدينة الناظور، التابعة لجهة الشرق، على البحر المتوسط.", {("city/nador", "region/oriental")}),
    ("وتعتبر أكادير، عاصمة جهة سوس ماسة، وجهة للمهاجرين.", {("city/agadir", "region/souss-massa")}),
    ("وتقع طنجة في أقصى شمال المغرب.", {("city/tangier", "country/morocco")}),
])
def test_a_place_in_the_region_or_country_an_aside_names(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


@pytest.mark.parametrize("text", [
    "وحضر ممثلو وجدة والناظور وجهة الشرق اللقاء.",          # a list of places, none in another
    "وانتقل الوفد من وجدة، ثم إلى جهة سوس ماسة.",            # an aside that is no seat nor belonging
])
def test_places_listed_or_apart_are_not_one_in_another(gazetteer, text):
    check(gazetteer, text, "located_in", set())


@pytest.mark.parametrize("text, expected", [
    # develop (fund_jica_unhcr_refugees_2021), shortened
    ("فقد قدمت المفوضية وسفارة اليابان، بالرباط في ١٣ أبريل ٢٠١٨، مشروعا أول لحماية اللاجئين.",
     {("«مشروعا أول لحماية اللاجئين»", "city/rabat")}),
    ("أطلقت الوكالة والجمعية، يوم الخميس بطنجة، برنامجا جديدا لإدماج المهاجرين.",
     {("«برنامجا جديدا لإدماج المهاجرين»", "city/tangier")}),
])
def test_a_project_set_up_in_the_city_named_right_before_it(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


def test_a_city_then_another_clause_sets_up_no_programme_there(gazetteer):
    """Develop (inst_au_jlmp_labour_migration_2018), shortened: adopted in Addis Ababa, the programme goes on
    elsewhere."""
    text = "منذ أن اعتمده رؤساء الدول في يناير 2015 بأديس أبابا في إثيوبيا، يواصل البرنامج المشترك عمله."
    assert not {f for f in stated(extract(text, gazetteer), "located_in") if f[1] == "city/addis-ababa"}


def test_central_africa_is_the_republic_not_the_continent(gazetteer):
    """«أفريقيا الوسطى» in a list of countries is the Central African Republic, not «أفريقيا»."""
    result = extract("وتغطي الخطة تشاد ومصر وأفريقيا الوسطى.", gazetteer)
    assert "country/central-african-republic" in {m.entity for m in result.mentions}
    assert "area/africa" not in {m.entity for m in result.mentions}


@pytest.mark.parametrize("text, expected", [
    ("ويقع المخيم في ولاية الحوض الشرقي بموريتانيا.", {("region/hodh-ech-chargui", "country/mauritania")}),
    ("ونظمت ورشة في قفصة بتونس.", {("city/gafsa", "country/tunisia")}),
])
def test_regions_and_towns_of_the_sahel_and_the_maghreb(gazetteer, text, expected):
    assert expected <= stated(extract(text, gazetteer), "located_in")


def test_an_event_in_a_commune_named_by_its_town(gazetteer):
    """«بجماعة بني انصار»: the commune's word before its town, as «بمدينة»."""
    assert ("«قافلة طبية»", "city/beni-ansar") in stated(
        extract("نظمت جمعية أمل للتنمية قافلة طبية بجماعة بني انصار بإقليم الناظور لفائدة المهاجرين.", gazetteer),
        "located_in")


@pytest.mark.parametrize("text", [
    # a commune as partner, and a town whose name starts with ب: no ب marking where
    "نظمت الجمعية قافلة طبية بشراكة مع جماعة بني انصار.",
    "نظمت الجمعية ندوة حول الهجرة بمشاركة فاعلين من بركان.",
])
def test_an_event_with_a_town_named_otherwise_than_where_is_not_there(gazetteer, text):
    check(gazetteer, text, "located_in", set())


@pytest.mark.parametrize("text, expected", [
    # develop (fund_eutf_bmz_southsouth_2019), shortened
    ("احتضنت مدينة طنجة، يوم 28 يونيو 2019، الإطلاق الرسمي للمشروع.", {("«الإطلاق الرسمي»", "city/tangier")}),
    ("احتضنت مدينة طنجة يوم الجمعة 28 يونيو 2019 الإطلاق الرسمي للمشروع.", {("«الإطلاق الرسمي»", "city/tangier")}),
    ("تحتضن مدينة مراكش يومي 10 و11 ديسمبر المؤتمر الحكومي الدولي.", {("«المؤتمر الحكومي الدولي»", "city/marrakesh")}),
    ("وشهدت مدينة طنجة تنظيم ندوة حول الهجرة والتنمية.", {("«ندوة حول الهجرة والتنمية»", "city/tangier")}),
    ("واحتضنت مدينة وجدة أمس ندوة حول الهجرة.", {("«ندوة حول الهجرة»", "city/oujda")}),
    # what the city hosts is no event or agreement; and a clause between them says nothing of the place
    ("شهدت مدينة طنجة يوم انعقاد المؤتمر الدولي حول الهجرة بمراكش وقفة احتجاجية.",
     {("«المؤتمر الدولي حول الهجرة»", "city/marrakesh")}),
    ("واستشهدت مدينة طنجة بالمؤتمر الدولي حول الهجرة.", set()),
    ("احتضنت مدينة طنجة عددا من المهاجرين، وقد نظمت الجمعية ندوة حول الهجرة.", set()),
])
def test_what_a_city_hosts_took_place_there(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


@pytest.mark.parametrize("text, expected", [
    ("وشارك المغرب في مؤتمر مراكش حول الهجرة.", {("«مؤتمر مراكش حول الهجرة»", "city/marrakesh")}),
    ("وشارك في مؤتمر الدار البيضاء للهجرة ممثلون عن الجمعيات.",
     {("«مؤتمر الدار البيضاء للهجرة»", "city/casablanca")}),
])
def test_an_event_named_for_a_city_took_place_there(gazetteer, text, expected):
    check(gazetteer, text, "located_in", expected)


@pytest.mark.parametrize("text", [
    # a city further on in the name is what the event is about, not where it is
    "وشارك المغرب في مؤتمر حول تنمية مراكش.",
    # a declaration named for a city is no event held there
    "وصادق المؤتمر على إعلان الرباط.",
])
def test_a_city_not_right_after_an_events_head_is_not_where(gazetteer, text):
    check(gazetteer, text, "located_in", set())


def test_the_city_that_locates_an_office_is_not_where_the_event_is(gazetteer):
    text = ("وحضر حفل الاختتام السيد محمد العلوي، رئيس الجمعية، والسيدة لورا مارتيني، رئيسة مكتب المنظمة الدولية "
            "للهجرة بوجدة.")
    assert ("«حفل الاختتام»", "city/oujda") not in stated(extract(text, gazetteer), "located_in")
