"""Readings of the fortieth session: where a project or programme runs when its own name says it («مشروع «دعم الإدماج
… بجهة الشرق»») or a list of places follows it by the plural or dual of their unit's word («… في جهتي الشرق وسوس
ماسة»). Made-up sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear
from .test_genre_relations import stated

LAUNCHED = "أطلقت المنظمة الدولية للهجرة مشروع «{}»."


# Where its own name says it runs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, places", [
    ("دعم الإدماج السوسيو-اقتصادي للمهاجرين بجهة الشرق", {"region/oriental"}),
    ("حماية الأطفال في وضعية هجرة في مدينتي وجدة والناظور", {"city/oujda", "city/nador"}),
])
def test_a_place_its_name_marks_as_where_is_where_it_runs(gazetteer, name, places):
    assert stated(extract(LAUNCHED.format(name), gazetteer), "located_in") == {(f"«{name}»", p) for p in places}


@pytest.mark.parametrize("name", [
    "دعم اللاجئين في تشاد",         # a country its name names is whom it is for
    "وجدة مدينة مرحبة",             # a place its name does not mark as where
])
def test_a_name_that_marks_no_city_or_region_as_where_places_nothing(gazetteer, name):
    assert stated(extract(LAUNCHED.format(name), gazetteer), "located_in") == set()


# Places listed after their unit's plural or dual ---------------------------------------------------------------------

SOUTH_AND_EAST = {("«أمل»", "region/oriental"), ("«أمل»", "region/souss-massa")}


@pytest.mark.parametrize("text", [
    "أعلنت الجمعية عن مشروع «أمل» الموجه إلى الأسر بجهتي الشرق وسوس ماسة.",
    "وقعت الجمعية اتفاقية مع المنظمة الدولية للهجرة لتنفيذ مشروع «أمل» لتقديم خدمات الرعاية الصحية الأولية في جهتي "
    "الشرق وسوس ماسة.",
    # the document's project named again by its head noun, none named in the sentence
    "أطلقت المنظمة الدولية للهجرة مشروع «أمل». ويستهدف المشروع خمسة آلاف شاب وشابة في ثلاثين قرية بجهتي الشرق وسوس "
    "ماسة.",
])
def test_places_listed_after_their_units_word_are_where_the_item_runs(gazetteer, text):
    assert stated(extract(text, gazetteer), "located_in") == SOUTH_AND_EAST


@pytest.mark.parametrize("text", [
    # where those it serves live
    "أعلنت الجمعية عن مشروع «أمل» الموجه إلى الأسر المقيمة بجهتي الشرق وسوس ماسة.",
    "أعلنت الجمعية عن مشروع «أمل» الموجه إلى اللاجئين والمقيمين بجهتي الشرق وسوس ماسة.",
    # an event named between: where it took place
    "وفي إطار مشروع «أمل»، نظمت الجمعية ورشة تكوينية في جهتي الشرق وسوس ماسة.",
    # too far from the item named before
    "أعلنت الجمعية عن مشروع «أمل» الذي تموله الحكومة اليابانية بغلاف مالي قدره ثلاثة ملايين دولار أمريكي على مدى ثلاث "
    "سنوات بجهتي الشرق وسوس ماسة.",
])
def test_places_listed_elsewhere_are_not_where_the_item_runs(gazetteer, text):
    assert stated(extract(text, gazetteer), "located_in") == set()


def test_lists_of_places_after_units_words_read_in_linear_time(gazetteer):
    assert_linear("أعلنت الجمعية عن مشروع «أمل» بجهتي الشرق وسوس ماسة وبمدن وجدة والناظور وبركان. ", gazetteer)
    assert_linear(LAUNCHED.format("دعم المهاجرين بجهة الشرق في مدينتي وجدة والناظور") + " ", gazetteer)


# Who funds ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["فرصد", "فقد رصد"])
def test_the_subject_put_first_by_amma_funds_with_the_verbs_own_fa(gazetteer, verb):
    text = f"أما بنك التنمية الألماني {verb} 11 مليون دينار أردني لبرنامج «النقد مقابل العمل»."
    assert stated(extract(text, gazetteer), "funds") == {("organization/kfw", "«النقد مقابل العمل»")}


@pytest.mark.parametrize("item", ["«مشروع تعزيز الخدمات البلدية»", "مشروع «تعزيز الخدمات البلدية»"])
def test_a_lender_named_with_its_acronym_funds_what_the_agreement_is_for(gazetteer, item):
    # (the bank and its acronym are one party, the state that borrows signs too; the item's name in quotes, its head
    # noun inside them or before them)
    text = "وقّع البنك الإسلامي للتنمية (IsDB) والمملكة الأردنية الهاشمية اتفاقية تمويل بقيمة 150 مليون دولار أمريكي " \
        f"لتنفيذ {item}."
    funds = stated(extract(text, gazetteer), "funds")
    assert {funder for funder, _ in funds} == {"organization/isdb"} and len(funds) == 1


def test_a_grant_signed_with_a_bank_is_not_given_to_the_bank(gazetteer):
    text = "وقعت الحكومة الأردنية اتفاقية منحة مع البنك الإسلامي للتنمية (IsDB) بقيمة 5 ملايين دولار."
    assert stated(extract(text, gazetteer), "funds") == set()


# Who takes part -------------------------------------------------------------------------------------------------------

OPENED = "افتتحت وزارة الداخلية، يوم الأحد بالرباط، ورشة تشاورية وطنية حول تقييم الاستراتيجية الوطنية للهجرة. "


def test_one_who_speaks_at_the_event_takes_part_in_it(gazetteer):
    text = OPENED + "كما تحدثت السيدة إنغريد هالفورسن، رئيسة مكتب منظمة العمل الدولية في الدوحة، عن التجربة."
    assert ("«إنغريد هالفورسن»", "«ورشة تشاورية وطنية حول تقييم الاستراتيجية الوطنية للهجرة»") \
        in stated(extract(text, gazetteer), "participates_in")


def test_a_delegation_led_is_no_word_of_its_leaders_name(gazetteer):
    result = extract("وترأس السيد ماتياس برنر وفد المفوضية إلى مؤتمر بروكسل السابع.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == ["ماتياس برنر"]


# Persons named by «named» ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال أحد العائدين، ويدعى تشيدي أوكونكوو، إن الرحلة كانت صعبة.", "تشيدي أوكونكوو"),
    ("كما أوردت الصحيفة شهادة مهاجر غيني يدعى مامادو ديالو.", "مامادو ديالو"),
    ("وكان بينهم عامل من نيبال يدعى رام بهادور ثابا.", "رام بهادور ثابا"),
])
def test_the_name_after_named_is_a_person(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == [name]


@pytest.mark.parametrize("text", [
    "وهو ما يدعى الهجرة الدائرية في أدبيات المنظمة.",       # a definite word: no name
    "وتدعي منظمات حقوقية أن الوضع خطير.",                    # «claim», the same word once normalized
])
def test_named_before_no_name_names_no_person(gazetteer, text):
    assert [m for m in extract(text, gazetteer).mentions if m.kind == "person"] == []


@pytest.mark.parametrize("state", ["جمهورية كينيا", "كينيا"])
def test_a_title_of_a_state_named_by_its_word_still_names_the_person_after_it(gazetteer, state):
    text = f"وأكد سفير {state} لدى المملكة، بيتر موانغي أوتينو، أهمية التعاون."
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«بيتر موانغي أوتينو»", "country/kenya")}


@pytest.mark.parametrize("text, body", [
    ("أعلنت جماعة تطوان عن اللقاء. وترأسته السيدة ليلى الخراز، نائبة رئيس الجماعة المكلفة بالشؤون الاجتماعية.",
     "«جماعة تطوان»"),
    ("وأعلنت جمعية الأمل عن المشروع. ووقعه الدكتور زياد المومني، رئيس الجمعية آنذاك.", "«جمعية الأمل»"),
])
def test_a_body_named_again_in_a_title_with_its_remit_or_its_time_is_the_posts(gazetteer, text, body):
    posts = stated(extract(text, gazetteer), "holds_position_in")
    assert {b for _, b in posts} == {body}


def test_a_body_named_again_with_more_words_after_it_is_not_the_posts(gazetteer):
    text = "أعلنت جماعة تطوان عن اللقاء. وترأسته السيدة ليلى الخراز، نائبة رئيس الجماعة الحضرية لمدينة مرتيل."
    assert ("«ليلى الخراز»", "«جماعة تطوان»") not in stated(extract(text, gazetteer), "holds_position_in")


def test_a_clause_after_its_name_is_no_person(gazetteer):
    result = extract("اللجنة الثلاثية: كما يشير لذلك اسمها، تتشكل من الدولة التي نظمت المنتدى. وهو ما يدعى، في أدبيات "
                     "المنظمة، الهجرة الدائرية.", gazetteer)
    assert [m for m in result.mentions if m.kind == "person"] == []


def test_a_city_hosts_past_the_unit_it_is_in_and_an_aside_of_when(gazetteer):
    text = "وعلى صعيد التكوين، فتحتضن مدينة الحمامات بولاية نابل، من ٢ إلى ٦ ديسمبر ٢٠٢٤، دورة تدريبية لفائدة النقابيين."
    result = extract(text, gazetteer)
    assert stated(result, "hosts") == {("city/hammamet", "«دورة تدريبية»")}
    assert ("city/hammamet", "«بولاية نابل»") in stated(result, "located_in")     # (and where the city is, still)
