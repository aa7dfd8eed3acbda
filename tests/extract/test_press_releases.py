"""Readings found on made-up press releases of the genres of the measured split (agreements signed, projects of
associations closed, cooperation launched), none of whose sentences they quote: a second relative clause on the
item after a first one with a participle («مشروع Y، الممول من طرف X، والذي تنفذه Z»), a passive verb whose agent
comes after an aside («ويُموَّل البرنامج، الذي …، من طرف X»), an office in another country than the known one
(«بعثة المنظمة الدولية للهجرة بتونس» is not IOM Morocco), and the given name علي (the preposition على once
normalized) right after an honorific. Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear
from .test_genre_relations import stated

PROJECT = "مشروع «الحوكمة الإقليمية لهجرة العمال»"


@pytest.mark.parametrize("text, implementers", [
    (f"ويندرج الاجتماع في إطار {PROJECT}، الممول من طرف الحكومة الألمانية، والذي تنفذه المنظمة الدولية للهجرة "
     "ومنظمة العمل الدولية بشكل مشترك.", {"organization/iom", "organization/ilo"}),
    (f"ويندرج اللقاء في إطار {PROJECT}، المدعوم من قبل الاتحاد الأوروبي، والتي تنفذه المنظمة الدولية للهجرة.",
     {"organization/iom"}),
    # … with no comma before «والذي», and the implementer named again by its bare noun
    (f"نظمت المنظمة الدولية للهجرة لقاء في إطار {PROJECT} الممول من طرف الحكومة الألمانية والذي تنفذه المنظمة "
     "منذ يناير 2018.", {"organization/iom"}),
    # a relative clause without و is on the noun right before it, not on the project
    (f"ويندرج الاجتماع في إطار {PROJECT}، الممول من طرف الحكومة الألمانية، التي تنفذه المنظمة الدولية للهجرة.",
     set()),
    (f"ويندرج الاجتماع في إطار {PROJECT} الممول من طرف الحكومة الألمانية التي تنفذه المنظمة الدولية للهجرة.",
     set()),
])
def test_a_second_relative_clause_is_on_the_item_of_the_first(gazetteer, text, implementers):
    result = extract(text, gazetteer)
    assert {a for a, o in stated(result, "implements") if o == "«الحوكمة الإقليمية لهجرة العمال»"} == implementers


@pytest.mark.parametrize("text, funders", [
    ("أطلقت الجمعية برنامج «جسور». ويمول البرنامج، الذي تبلغ كلفته مليون دولار، من طرف الاتحاد الأوروبي.",
     {"organization/eu"}),
    ("أطلقت الجمعية برنامج «جسور». ويمول البرنامج من قبل الاتحاد الأوروبي.", {"organization/eu"}),
    # another clause after a full stop is not the passive's agent
    ("أطلقت الجمعية برنامج «جسور». ويمول البرنامج. وقد أشاد ممثل مقدم من طرف الاتحاد الأوروبي.", set()),
])
def test_a_passive_verbs_agent_after_an_aside(gazetteer, text, funders):
    assert {a for a, _ in stated(extract(text, gazetteer), "funds")} == funders


@pytest.mark.parametrize("text, office", [
    ("وقال رئيس بعثة المنظمة الدولية للهجرة بتونس، السيد عز الدين بوعلي، إن المنظمة تعمل مع الحكومات.", None),
    ("وقال رئيس بعثة المنظمة الدولية للهجرة بالمغرب، السيد عز الدين بوعلي، إن المنظمة تعمل مع الحكومات.",
     "organization/iom-morocco"),
])
def test_an_office_in_another_country_is_not_the_known_office(gazetteer, text, office):
    result = extract(text, gazetteer)
    assert [m.entity for m in result.mentions if m.kind == "organization"] == [office]


@pytest.mark.parametrize("text, names", [
    ("وحضر حفل الاختتام عامل إقليم الناظور، السيد علي خليل، وممثلون عن السلطات المحلية.", ["علي خليل"]),
    ("وحضر الحفل السيد علي بن يوسف.", ["علي بن يوسف"]),
    # the preposition after a name still ends it
    ("وأكد السيد أحمد بنعلي على أهمية المشروع.", ["أحمد بنعلي"]),
])
def test_the_given_name_ali_right_after_an_honorific(gazetteer, text, names):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == names


# Partners of a project: whom it brings together, who takes part in it, a body's own partners --------

LAUNCH = "أطلقت جمعية الأمل مشروع «جسور». "
IOM_ILO = {("organization/iom", "«جسور»"), ("organization/ilo", "«جسور»")}


@pytest.mark.parametrize("text, partners", [
    (LAUNCH + "ويجمع المشروع كلا من المنظمة الدولية للهجرة ومنظمة العمل الدولية.", IOM_ILO),
    (LAUNCH + "ويضم المشروع شركاء من بينهم المنظمة الدولية للهجرة ومنظمة العمل الدولية.", IOM_ILO),
    (LAUNCH + "ويشارك في المشروع كل من المنظمة الدولية للهجرة ومنظمة العمل الدولية.", IOM_ILO),
    (LAUNCH + "وينخرط في هذا المشروع المنظمة الدولية للهجرة ومنظمة العمل الدولية.", IOM_ILO),
    (LAUNCH + "وتعد المنظمة الدولية للهجرة شريكا أساسيا في هذا المشروع.", {("organization/iom", "«جسور»")}),
    # one body alone that a project takes in is no partnership; an event's members take part in it instead
    (LAUNCH + "ويضم المشروع المنظمة الدولية للهجرة.", set()),
    ("نظمت جمعية الأمل ندوة حول الهجرة. وتجمع الندوة كلا من المنظمة الدولية للهجرة ومنظمة العمل الدولية.", set()),
])
def test_who_a_project_brings_together_are_its_partners(gazetteer, text, partners):
    assert stated(extract(text, gazetteer), "partner_of") == partners


def test_the_members_an_event_brings_together_take_part_in_it(gazetteer):
    result = extract("نظمت جمعية الأمل ندوة حول الهجرة. وتجمع الندوة كلا من المنظمة الدولية للهجرة ومنظمة العمل الدولية.",
                     gazetteer)
    assert {a for a, _ in stated(result, "participates_in")} == {"organization/iom", "organization/ilo"}


@pytest.mark.parametrize("text, partners", [
    ("تعمل المفوضية السامية للأمم المتحدة لشؤون اللاجئين مع شركائها، ومنهم جمعية الأمل والمنظمة الدولية للهجرة، "
     "على دعم اللاجئين.", {("«جمعية الأمل»", "organization/unhcr"), ("organization/iom", "organization/unhcr")}),
    # two bodies before the noun: whose partners they are is not certain
    ("تعمل المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومنظمة العمل الدولية مع شركائهما، ومنهم المنظمة الدولية "
     "للهجرة، على دعم اللاجئين.", set()),
])
def test_a_bodys_own_partners_named_after_the_noun(gazetteer, text, partners):
    assert stated(extract(text, gazetteer), "partner_of") == partners


# World regions (CLDR's M49 names and the press's spellings) ------------------------------------

@pytest.mark.parametrize("text, areas", [
    ("ويهدف المشروع إلى دعم المهاجرين في شمال إفريقيا وإفريقيا جنوب الصحراء والقرن الإفريقي.",
     ["area/north-africa", "area/sub-saharan-africa", "area/horn-of-africa"]),
    ("وصل المهاجرون إلى جزر الكناري قادمين من غرب أفريقيا.", ["region/canary-islands", "area/west-africa"]),
    # a country whose name begins like a region's is the country
    ("وزار الوفد جنوب أفريقيا وجمهورية أفريقيا الوسطى.", ["country/south-africa", "country/central-african-republic"]),
])
def test_world_regions_by_their_arabic_names(gazetteer, text, areas):
    result = extract(text, gazetteer)
    assert [m.entity for m in result.mentions if m.kind in ("area", "region", "country")] == areas


def test_a_world_region_after_li_is_the_scope_of_a_programmes_name(gazetteer):
    result = extract("وأطلق الاتحاد الأوروبي البرنامج الإقليمي للتنمية والحماية لشمال إفريقيا.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "programme"] == \
        ["البرنامج الإقليمي للتنمية والحماية لشمال إفريقيا"]


# Signers by the side they sign for, the body named again; a title with its pronoun ------------------

SIGNED = "وقع المجلس الوطني لحقوق الإنسان والمفوضية السامية للأمم المتحدة لشؤون اللاجئين اتفاقية إطار للتعاون. "


@pytest.mark.parametrize("text, signers", [
    (SIGNED + "ووقع الاتفاقية عن المجلس رئيسته السيدة أمينة بوعياش، وعن المفوضية ممثلها بالمغرب السيد فرانسوا ريبيه.",
     {"«أمينة بوعياش»", "«فرانسوا ريبيه»"}),
    (SIGNED + "ووقع الاتفاقية عن المجلس السيدة أمينة بوعياش.", {"«أمينة بوعياش»"}),
])
def test_signers_after_the_side_they_sign_for(gazetteer, text, signers):
    result = extract(text, gazetteer)
    signatories = {a for a, _ in stated(result, "signatory_of")}
    assert signatories - {"organization/cndh", "organization/unhcr"} == signers     # (no country: بالمغرب is where)


@pytest.mark.parametrize("text, body", [
    ("وأكدت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، على لسان ممثلها بالمغرب السيد فرانسوا ريبيه، دعمها للمشروع.",
     "organization/unhcr"),
    # without the pronoun, the title's country
    ("وأكد سفير إسبانيا بالمغرب السيد ريكاردو دييث دعم بلاده للمشروع.", "country/spain"),
])
def test_a_title_with_its_pronoun_is_a_post_in_the_body_it_refers_to(gazetteer, text, body):
    assert {o for _, o in stated(extract(text, gazetteer), "holds_position_in")} == {body}


# Who chairs an event named right after the verb ترأس takes part in it, and a body or a country that chairs it
# organizes it when no one else does (a person takes part only: test_twenty_second_round) -------------------------

@pytest.mark.parametrize("text, chairs", [
    ("انعقدت بالرباط ندوة حول الهجرة. وترأس الندوة السيد أحمد بنعلي.", set()),
    # … not when the document says who organizes it (test_thirteenth_round)
    ("نظمت جمعية الأمل ندوة حول الهجرة. وترأس الندوة السيد أحمد بنعلي.", set()),
    ("انعقد بالرباط الاجتماع الأول للجنة التوجيه. وترأس الاجتماع المغرب وإسبانيا.", {"country/morocco", "country/spain"}),
    # only the event first (the chair first was tried: it cost precision on unseen text, see test_genre_relations);
    # a delegation chaired is no event; «برئاسة» alone makes a participant only
    ("نظمت جمعية الأمل ندوة حول الهجرة. وترأس السيد أحمد بنعلي، رئيس الجمعية، أشغال الندوة.", set()),
    ("وترأس السيد أحمد بنعلي وفدا مغربيا إلى بروكسيل.", set()),
    ("انعقد بالرباط الاجتماع الأول للجنة التوجيه برئاسة السيد أحمد بنعلي.", set()),
])
def test_who_chairs_an_event_organizes_it(gazetteer, text, chairs):
    result = extract(text, gazetteer)
    organizers = {a for a, _ in stated(result, "organizes")} - {"«جمعية الأمل»"}
    assert organizers == chairs
    assert chairs <= {a for a, _ in stated(result, "participates_in")}
    assert "ترأس الندوة السيد" not in text or ("«أحمد بنعلي»", "«ندوة حول الهجرة»") in stated(result, "participates_in")


# A dateline names a city: «تونس - …» is Tunis, the capital that shares the country's name ----------

@pytest.mark.parametrize("text, city", [
    ("تونس - انطلقت، أمس الاثنين، أشغال الاجتماع الإقليمي حول هجرة اليد العاملة.", "city/tunis"),
    ("الجزائر - انطلقت، أمس الاثنين، أشغال الاجتماع الإقليمي حول هجرة اليد العاملة.", "city/algiers"),
    ("الرباط - انطلقت، أمس الاثنين، أشغال الاجتماع الإقليمي حول هجرة اليد العاملة.", "city/rabat"),
])
def test_a_dateline_by_a_countrys_name_is_its_capital(gazetteer, text, city):
    assert stated(extract(text, gazetteer), "located_in") == {("«الاجتماع الإقليمي حول هجرة اليد العاملة»", city)}


def test_a_countrys_name_in_a_dateline_is_still_its_home_country(gazetteer):
    from kg.extract import places
    from kg.extract.text import Text
    text = Text("تونس - أكد وزير الشؤون الاجتماعية أهمية الهجرة المنظمة.")
    home = places.home(text, extract(text.original, gazetteer).mentions)
    assert home is not None and home.entity == "country/tunisia"


@pytest.mark.parametrize("unit", [
    "تعمل المفوضية مع شركائها، ومنهم المنظمة الدولية للهجرة، ",          # a thousand partner nouns in one sentence
    "ويجمع المشروع كلا من المنظمة الدولية للهجرة ومنظمة العمل الدولية و",   # a thousand lists of what gathers
    "عن المجلس رئيسته السيدة أمينة بوعياش، وعن المفوضية ممثلها بالمغرب السيد فرانسوا ريبيه، ",   # signers by side
    "المغرب والنيجر ومذكرة تفاهم بين البلدين ووقع الجانبان اتفاقية و",     # duals naming two bodies again
    "مشروع «جسور» الذي يجمع المغرب وتونس و",                               # what an item brings together
    "وحضر هذه الورشة كل من السيد لفتيت ونظيره النيجري السيد محمد بازوم بالشراكة للشراكة بين المغرب و",
])
def test_this_sessions_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_a_generic_action_plan_is_no_known_plan(gazetteer):
    # «خطة عمل» (an action plan) resembles «خطة عمل فاليتا» only by its generic words
    result = extract("وتم خلال الاجتماع اعتماد خطة عمل جديدة للفترة 2023-2027.", gazetteer)
    assert [m.entity for m in result.mentions if m.kind == "plan"] == [None]


def test_a_capital_hosts_by_its_nation_and_a_count_of_countries_lists_some(gazetteer):
    result = extract("احتضنت العاصمة البلجيكية بروكسل، يومي 10 و11 أكتوبر 2023، الاجتماع الرفيع المستوى لمسار الرباط، "
                     "بمشاركة ممثلي 57 دولة إفريقية وأوروبية، من بينها المغرب والسنغال.", gazetteer)
    event = "«الاجتماع الرفيع المستوى لمسار الرباط»"
    assert stated(result, "located_in") == {(event, "city/brussels"), ("city/brussels", "country/belgium")}
    assert {a for a, e in stated(result, "participates_in") if e == event} == {"country/morocco", "country/senegal"}


def test_the_municipality_of_a_city_the_gazetteer_does_not_know(gazetteer):
    result = extract("وقعت جماعة وجدة وبلدية مدينة ليل الفرنسية، أمس الجمعة بوجدة، اتفاقية توأمة.", gazetteer)
    assert {a for a, _ in stated(result, "signatory_of")} == {"«جماعة وجدة»", "«وبلدية مدينة ليل الفرنسية»"}


def test_a_scope_word_tells_two_names_apart(gazetteer):
    # «المنتدى الإفريقي الأول حول الهجرة» is not the first Global Forum («المنتدى العالمي الأول …»)
    result = extract("احتضنت مدينة طنجة أشغال المنتدى الإفريقي الأول حول الهجرة.", gazetteer)
    assert [(m.entity, m.rule) for m in result.mentions if m.kind == "event"] == [(None, "head-noun")]


def test_a_city_named_with_its_word_is_the_scene_and_the_host(gazetteer):
    result = extract("احتضنت مدينة الداخلة، يومي 5 و6 ماي 2024، أشغال المنتدى الإفريقي الأول حول الهجرة.", gazetteer)
    assert stated(result, "hosts") == {("city/dakhla", "«المنتدى الإفريقي الأول حول الهجرة»")}
    assert stated(result, "located_in") == {("«المنتدى الإفريقي الأول حول الهجرة»", "city/dakhla")}


def test_working_with_a_body_on_what_the_clause_s_subject_does(gazetteer):
    # «ويتولى المرصد …، بتنسيق مع X»: X works with the observatory, not on the summit the document reports
    result = extract("صادقت قمة الاتحاد الإفريقي على إحداث المرصد الإفريقي للهجرة بالرباط. ويتولى المرصد جمع المعطيات "
                     "وتحليلها، بتنسيق مع مفوضية الاتحاد الإفريقي.", gazetteer)
    assert not stated(result, "partner_of")
    assert ("organization/african-migration-observatory", "city/rabat") in stated(result, "located_in")


def test_a_long_minister_s_title_before_his_name(gazetteer):
    # eight words of title before «، السيد X»
    result = extract("الرباط – استقبل وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، "
                     "يوم الاثنين بالرباط، السيدة إيمي بوب.", gazetteer)
    assert stated(result, "holds_position_in") == {("«ناصر بوريطة»", "country/morocco")}


@pytest.mark.parametrize("named", ["يحمل اسم", "بعنوان", "تحت اسم"])
def test_an_item_named_in_quotes_after_its_description_is_one(gazetteer, named):
    result = extract(f"وأطلقت جمعية «عين الخير» مشروعا جديدا {named} «بيت الأمل» لإيواء النساء.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "project"] == ["بيت الأمل"]
    assert stated(result, "implements") == {("«عين الخير»", "«بيت الأمل»")}
