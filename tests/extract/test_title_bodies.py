"""The body a post title names, from made-up sentences of agreements and associations: a body named again
by its head noun after the title's adjective, with the name after a comma and an honorific («وقال المدير
الإقليمي للمنظمة، السيد X»، «الكاتب العام للوزارة، السيد Y»), and titles of the associations' register
(«أمين مال جمعية …»، «أستاذة بجامعة …»), a title without its body followed by the body its holder
represents («السيد X، مدير الهجرة، ممثلا للوزارة المنتدبة …», from the develop split); each with a variant
that must not give the post."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

SIGNED = "وقّعت منظمة العمل الدولية ووزارة الشغل اتفاقية تعاون. "


@pytest.mark.parametrize("text, posts", [
    (SIGNED + "وقال المدير الإقليمي للمنظمة، السيد باولو روسي، إن الاتفاقية مهمة.",
     {("«باولو روسي»", "organization/ilo")}),
    (SIGNED + "وقال الكاتب العام للوزارة، السيد أحمد العلوي، إن الاتفاقية مهمة.",
     {("«أحمد العلوي»", "organization/ministry-labour")}),
    ("وأكد السيد محمد العمراني، أمين مال جمعية الأمل للتنمية والتضامن، أن المشروع حقق أهدافه.",
     {("«محمد العمراني»", "«جمعية الأمل للتنمية والتضامن»")}),
    ("وقالت السيدة سلمى بناني، أستاذة بجامعة محمد الخامس، إن المشروع مهم.",
     {("«سلمى بناني»", "«بجامعة محمد الخامس»")}),
])
def test_the_body_of_a_title(gazetteer, text, posts):
    assert stated(extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text", [
    # no organization of that head named before: the title names none
    "وقال المدير الإقليمي للمنظمة، السيد باولو روسي، إن الاتفاقية مهمة.",
    # the body goes on after the head noun: not the one named before
    SIGNED + "وقال المدير الإقليمي للمنظمة غير الحكومية، السيد باولو روسي، إن الاتفاقية مهمة.",
    # «الأستاذ» as an honorific before a name is no post
    "وقال الأستاذ محمد العمراني إن المشروع مهم.",
])
def test_no_body_where_the_title_names_none(gazetteer, text):
    assert stated(extract(text, gazetteer), "holds_position_in") == set()


# inst_rabat_oujda_shared_governance_2021 (develop)
SKIM = ("وتناول الكلمة في افتتاح اللقاء الختامي كل من السيدة صباح بوشام، نائبة عمدة مدينة الرباط، والسيد أحمد "
        "سكيم، مدير الهجرة، ممثلا للوزارة المنتدبة لدى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين "
        "بالخارج، والسيدة آنا فونسيكا، رئيسة بعثة المنظمة بالمغرب.")


@pytest.mark.parametrize("text, person", [
    (SKIM, "«أحمد سكيم»"),
    ("وحضر الاجتماع السيد محمد الهيلالي، مدير التعاون، ممثلا لوزارة الإدماج الاقتصادي، والسيدة إيفون ديوب.",
     "«محمد الهيلالي»"),
])
def test_a_title_without_its_body_is_in_the_body_its_holder_represents(gazetteer, text, person):
    posts = stated(extract(text, gazetteer), "holds_position_in")
    assert [body for who, body in posts if who == person] and all("وزار" in body for who, body in posts if who == person)


def test_representing_a_body_is_no_post(gazetteer):
    """«السيد X، ممثلا لوزارة …» without a title: he speaks for it, no post is said."""
    text = "وحضر الاجتماع السيد محمد الهيلالي، ممثلا لوزارة الإدماج الاقتصادي."
    assert stated(extract(text, gazetteer), "holds_position_in") == set()


@pytest.mark.parametrize("text, bodies", [
    # a board in construct with the body whose board it is: the post is in that body
    ("وألقى السيد كريم التازي، رئيس مجلس أمناء مؤسسة محمد الخامس للتضامن، كلمة.", {"organization/fm5s"}),
    # the Entraide Nationale by its short name
    ("وحضر السيد محمد الإدريسي، مندوب التعاون الوطني بطنجة.", {"organization/entraide-nationale"}),
])
def test_whose_board_or_delegation_a_title_names(gazetteer, text, bodies):
    assert {b for _, b in stated(extract(text, gazetteer), "holds_position_in")} == bodies
