"""Readings of the forty-first session: names of bodies that ran short or ran on. A body named for a person with his
father's name («كلية محمد بن راشد للإدارة الحكومية»), two nouns in construct with one genitive («هيئة تنمية وتطوير
المهارات»), no national section past a line's end («…: قرض.⏎- هولندا»), no name past a heading's line. Made-up
sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear


def names(gazetteer, text: str, kind: str = "organization") -> set[str]:
    result = extract(text, gazetteer)
    return {result.quote(m) for m in result.mentions if m.kind == kind}


# A body named for a person: his father's name after «بن» -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وتديرها الدكتورة هند الشامسي من كلية محمد بن راشد للإدارة الحكومية، بمشاركة ممثلين عن الوزارة.",
     "كلية محمد بن راشد للإدارة الحكومية"),
    ("وفازت جامعة حمد بن خليفة بجائزة التميز.", "جامعة حمد بن خليفة"),
    ("ووقعت جامعة محمد بن عبد الله بفاس الاتفاقية.", "جامعة محمد بن عبد الله"),
    ("ونظمت مؤسسة محمد بن راشد آل مكتوم للمعرفة ورشة.", "مؤسسة محمد بن راشد آل مكتوم للمعرفة"),
])
def test_a_body_named_for_a_son_of_someone_keeps_the_fathers_name(gazetteer, text, name):
    assert name in names(gazetteer, text)


def test_a_body_named_for_a_king_keeps_his_number_and_not_the_city_after(gazetteer):
    assert names(gazetteer, "وزار الوفد جامعة محمد الخامس بالرباط.") == {"جامعة محمد الخامس"}


# Two nouns in construct with one genitive ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("ووقعت هيئة تنمية وتطوير المهارات المهنية والتقنية اتفاقية مع الوزارة.",
     "هيئة تنمية وتطوير المهارات المهنية والتقنية"),
    ("وأعلن مكتب رصد ومكافحة الاتجار بالأشخاص عن حملة.", "مكتب رصد ومكافحة الاتجار بالأشخاص"),
    ("وافتتح مركز حماية ودعم العمالة الوافدة أبوابه.", "مركز حماية ودعم العمالة الوافدة"),
    ("ووقعت جمعية منتجي ومصدري الفراولة بويلبة الاتفاقية.", "جمعية منتجي ومصدري الفراولة"),
])
def test_two_nouns_in_construct_with_one_genitive_are_one_name(gazetteer, text, name):
    assert name in names(gazetteer, text)


@pytest.mark.parametrize("text, first, second", [
    # a ministry after a noun in construct is a body of its own, not the second noun
    ("وعرض الموازنة مشروع موازنة وزارة الدولة للهجرة وشؤون المصريين بالخارج.", "مشروع موازنة",
     "وزارة الدولة للهجرة وشؤون المصريين بالخارج"),
    # an adjective, then another body
    ("وقدمت منظمة دولية وجمعية الأمل الدعم للأسر.", "منظمة دولية", "جمعية الأمل"),
])
def test_a_second_body_after_and_is_not_the_first_ones_noun(gazetteer, text, first, second):
    result = extract(text, gazetteer)
    quotes = {result.quote(m) for m in result.mentions}
    assert first in quotes and any(q.startswith(second) or q.startswith("و" + second) for q in quotes)


@pytest.mark.parametrize("text, name", [
    ("وأطلقت المنظمة مشروع تكوين وأكد المدير أن المشروع يهم الشباب.", "مشروع تكوين"),    # a past verb after «و»
    ("ونظمت جمعية أجيال وشركاء المشروع ورشة.", "جمعية أجيال"),                        # people after «و»
])
def test_a_verb_or_people_after_and_are_no_second_noun_of_the_name(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert name in {result.quote(m) for m in result.mentions}


# Another nation's ministry, its remit going on before its adjective -------------------------------------------------

@pytest.mark.parametrize("name", ["وزارة الهجرة واللجوء اليونانية", "وزارة الهجرة والمهجرين العراقية"])
def test_a_ministry_whose_remit_goes_on_before_another_nations_adjective_is_that_nations(gazetteer, name):
    result = extract(f"ووقعت الوزارة مذكرة تفاهم مع {name} بشأن العمالة الموسمية.", gazetteer)
    assert [(result.quote(m), m.entity) for m in result.mentions if result.quote(m).startswith("وزارة")] == [(name, None)]


@pytest.mark.parametrize("text", [
    "ووقعت وزارة الهجرة والتضامن مذكرة تفاهم.",                      # no nation's adjective
    "وشاركت وزارة الهجرة والمنظمة الإيطالية في الندوة.",             # another body after «و», not a remit
    "ووافقت اللجنة على موازنة وزارة الهجرة للعام المالي الجديد.",     # «المالي»: financial, not Malian
])
def test_a_ministry_whose_name_goes_on_without_a_nation_is_still_the_known_one(gazetteer, text):
    result = extract(text, gazetteer)
    assert [m.entity for m in result.mentions if result.quote(m).startswith("وزارة")] == ["organization/ministry-mre"]


# No national section past a line's end, no name past a heading -------------------------------------------------------

def test_a_country_on_a_lists_next_line_is_no_section_of_the_body_before(gazetteer):
    text = "وأعلن المانحون تعهداتهم:\n- الصندوق الكويتي للتنمية الاقتصادية العربية: قرض ميسّر بقيمة ١٥ مليون دينار " \
        "كويتي لإنشاء ١٢ مدرسة.\n- هولندا: ما يزيد على ٤ ملايين يورو."
    result = extract(text, gazetteer)
    assert all("\n" not in result.quote(m) for m in result.mentions)
    assert "هولندا" in {result.quote(m) for m in result.mentions if m.kind == "country"}


@pytest.mark.parametrize("text", ["وقالت منظمة أطباء العالم – بلجيكا إن الوضع صعب.",
                                  "وقالت منظمة أوكسفام إيطاليا إن الوضع صعب."])
def test_a_national_section_on_the_same_line_is_still_the_bodys(gazetteer, text):
    assert not any(m.kind == "country" for m in extract(text, gazetteer).mentions)


def test_a_heading_ending_on_a_body_takes_no_country_from_the_dateline_after(gazetteer):
    text = "هيئة الوقاية من التعذيب توصي بإنهاء الاحتفاظ بالمهاجرين في مركز الوردية\n\nتونس، 16 جوان 2022 (وات) – " \
        "قدّمت الهيئة الوطنية للوقاية من التعذيب تقريرها."
    result = extract(text, gazetteer)
    assert all("\n" not in result.quote(m) for m in result.mentions)


def test_a_name_does_not_run_on_past_a_headings_line(gazetteer):
    text = "وانطلقت أشغال الدورة بالمنامة.\n\nاتفاقية لثلاث سنوات\nوشهد اليوم الأول توقيع اتفاقية تعاون فني بين الهيئة " \
        "والمنظمة الدولية للهجرة."
    result = extract(text, gazetteer)
    assert all("\n" not in result.quote(m) for m in result.mentions)


def test_a_name_wrapped_inside_a_long_paragraph_is_still_one_name(gazetteer):
    text = "وفي إطار الشراكة القائمة منذ سنوات بين الطرفين وقعت المنظمة الدولية\nللهجرة اتفاقية مع الوزارة."
    result = extract(text, gazetteer)
    assert any(m.entity == "organization/iom" and "\n" in result.quote(m) for m in result.mentions)


# A wage is no item's budget ------------------------------------------------------------------------------------------

PHASE = "واحتضنت الوزارة اليوم حفلا أعلن خلاله إطلاق المرحلة السابعة من برنامج التشغيل كثيف العمالة (EIIP)، الذي " \
    "تنفذه منظمة العمل الدولية بتمويل من الحكومة الألمانية، بمنحة قيمتها ٢٥ مليون يورو، أي ما يزيد على ١٩ مليون " \
    "دينار أردني.\n\n"


def budgets(gazetteer, text: str) -> set[int]:
    return {int(v.value.value) for v in extract(text, gazetteer).values if v.prop == "budget"}


def test_a_wage_is_no_budget_of_the_item_before_it(gazetteer):
    text = PHASE + "وتمتد هذه المرحلة حتى كانون الأول ٢٠٢٥، فيما يتقاضى العامل أجراً يومياً قدره ١٧ ديناراً."
    assert 17 not in budgets(gazetteer, text)


def test_the_wages_of_those_it_speaks_of_are_no_budget(gazetteer):
    text = PHASE + "وتمتد هذه المرحلة حتى كانون الأول ٢٠٢٥، ويحصل العمال على أجورهم البالغة ١٧٠ ديناراً."
    assert 170 not in budgets(gazetteer, text)


def test_salaries_a_programme_pays_for_are_its_budget(gazetteer):
    text = "وأطلقت الوزارة برنامج «سند» لدعم رواتب المعلمين بقيمة 20 مليون دولار."
    assert 20000000 in budgets(gazetteer, text)


def test_a_cost_after_the_item_is_still_its_budget(gazetteer):
    text = PHASE + "وتمتد هذه المرحلة حتى كانون الأول ٢٠٢٥، وتبلغ كلفتها الإجمالية ١٧ مليون دينار."
    assert 17000000 in budgets(gazetteer, text)


# Hostile input -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "ووقعت هيئة تنمية وتطوير المهارات المهنية مع كلية محمد بن راشد اتفاقية ",   # construct and «بن» names
    "تمت.\nاتفاقية لثلاث سنوات\n",                                             # a thousand headings
    "- الصندوق الكويتي للتنمية: قرض.\n- هولندا: منحة.\n",                     # a thousand list items
])
def test_this_sessions_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
