"""Readings found by the twenty-seventh round (helpers wrote made-up documents with gold annotations, in the corpus's
own schema, of new genres: training for hotels, transit and convoys, health at borders, diaspora media, labour
attachés, refugee entrepreneurship, sea rescue, cultural weeks abroad; no sentence of the measure split). Each with
a variant that must not give the fact."""

import pytest

from kg.extract.mentions import find
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .test_genre_relations import stated

# The office, branch or mission of a body the document named is the body ---------------------------------------------

@pytest.mark.parametrize(("text", "person", "body"), [
    # a branch by the bare head of a new body named before it
    ("ونظمت النقابة الوطنية للصحافة المغربية الدورة. وقال السيد محمد علوي، رئيس فرع النقابة بجهة فاس، إن الدورة مهمة.",
     "«محمد علوي»", "«النقابة الوطنية للصحافة المغربية»"),
    # a branch by the first words of a known body's name
    ("وقدم الهلال الأحمر المغربي المساعدة. وقال السيد محمد سالم الداهي، رئيس فرع الهلال الأحمر بالعيون، إن الفرق جاهزة.",
     "«محمد سالم الداهي»", "organization/moroccan-red-crescent"),
    # a mission of a body that is no delegation, named in full or by its bare head after its office in a country
    ("وقالت السيدة لوسيا فيراري، رئيسة بعثة المنظمة الدولية للهجرة في جيبوتي، إن الحملة نجحت.",
     "«لوسيا فيراري»", "organization/iom"),
    ("وتمول المنظمة الدولية للهجرة في العراق المنح. وقالت ماريا أولسن، رئيسة بعثة المنظمة في العراق، إن المنح ستتواصل.",
     "«ماريا أولسن»", "organization/iom"),
])
def test_a_post_in_a_bodys_branch_or_mission_is_a_post_in_the_body(gazetteer, text, person, body):
    assert (person, body) in stated(extract(text, gazetteer), "holds_position_in")


@pytest.mark.parametrize("text", [
    "وقال رئيس قسم التعاون ببعثة الاتحاد الأوروبي في تونس، السيد ماركوس كورنارو، إن التعاون مستمر.",
    "وقالت السيدة إيلينا فالنتيني، رئيسة قسم التعاون ببعثة الاتحاد الأوروبي بالرباط، إن التعاون مستمر.",
])
def test_the_eus_mission_is_a_delegation_of_its_own(gazetteer, text):
    assert "organization/eu" not in {b for _, b in stated(extract(text, gazetteer), "holds_position_in")}


def test_a_body_named_by_its_office_is_no_office_of_the_body(gazetteer):
    text = ("وشاركت الأمم المتحدة في اللقاء. وقالت السيدة آنا كوستا، مديرة مكتب الأمم المتحدة في جنيف، إن الإحاطة "
            "دورية.")
    assert "organization/un" not in {b for _, b in stated(extract(text, gazetteer), "holds_position_in")}


def test_a_known_office_is_named_with_its_word(gazetteer):
    text = "وقالت السيدة لورا بالاتيني، رئيسة بعثة المنظمة الدولية للهجرة في المغرب، إن التعاون مثمر."
    found = find(Text(text), gazetteer)
    assert "بعثة المنظمة الدولية للهجرة في المغرب" in [text[m.start:m.end] for m in found if m.kind == "organization"]


def test_what_a_body_is_names_no_body_again(gazetteer):
    text = ("وأسند تنفيذ المشروع إلى المنظمة غير الحكومية الإيطالية CISV، بتنسيق مع بعثة المنظمة الدولية للهجرة "
            "بالمغرب.")
    assert "organization/iom" not in {a for a, _ in stated(extract(text, gazetteer), "implements")}


# «مدير عام X»: a general title in construct with its body -------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "body"), [
    ("وحضر الحفل مدير عام مؤسسة التدريب المهني المهندس عادل الزعبي.", "«عادل الزعبي»", "«مؤسسة التدريب المهني»"),
    ("وأطلقت وزارة العمل الحملة. وقال أمين عام الوزارة المهندس رائد الخوالدة إن الحملة مستمرة.",
     "«رائد الخوالدة»", "«وزارة العمل»"),
])
def test_a_general_title_in_construct_names_the_body(gazetteer, text, person, body):
    assert (person, body) in stated(extract(text, gazetteer), "holds_position_in")


def test_a_general_year_is_no_title(gazetteer):
    text = "وفي عام 2023 زار مدير المعهد الدكتور سمير النجار مؤسسة التدريب المهني."
    assert ("«سمير النجار»", "«مؤسسة التدريب المهني»") not in stated(extract(text, gazetteer), "holds_position_in")


def test_a_body_that_closes_its_visit_is_the_visitor(gazetteer):
    result = extract("واختتمت المنظمة الدولية للهجرة زيارتها إلى تونس بلقاء مع الوزير.", gazetteer)
    assert not stated(result, "organizes") and stated(result, "participates_in")
