"""Readings of the thirty-seventh session: «المنظمة الأممية»، «الوكالة الأممية» … name the UN body the document named
before, not a body of their own; a partner list closes on what its last body belongs to («… التابعة لوزارة …»); a
word with the article and a pronoun («التزامها») is no word of a name.
Made-up sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear, assert_output_names_every_argument
from .test_genre_relations import stated


def _linked(gazetteer, text: str, words: str) -> list[str | None]:
    """The entity of every mention whose words are ``words``."""
    result = extract(text, gazetteer)
    return [m.entity for m in result.mentions if result.quote(m) == words]


# The UN body named again by «الأممي(ة)» -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, words, entity", [
    # the one UN body named before
    ("وقعت المنظمة الدولية للهجرة اتفاقية مع مجلس الجهة. ويرصد المجلس ثلاثة ملايين درهم، فيما تعبئ المنظمة الأممية "
     "أربعة ملايين درهم.", "المنظمة الأممية", "organization/iom"),
    # of two, the one the document names most, though the other was named last
    ("أطلق برنامج الأغذية العالمي مشروع «بطاقة». وقال برنامج الأغذية العالمي إن المفوضية السامية للأمم المتحدة لشؤون "
     "اللاجئين تدعمه. ويدير البنك الحسابات لصالح الوكالة الأممية.", "الوكالة الأممية", "organization/wfp"),
    # of that head noun, when one was named: «المفوضية الأممية» after «المفوضية …», though WFP was named more
    ("أطلق برنامج الأغذية العالمي مشروع «بطاقة». وقال برنامج الأغذية العالمي إن المفوضية السامية للأمم المتحدة لشؤون "
     "اللاجئين تدعمه. وأكدت المفوضية الأممية التزامها.", "المفوضية الأممية", "organization/unhcr"),
    # none named yet: the first named after it (a headline names it so before the text does)
    ("الوكالة اليابانية تدعم المفوضية الأممية لفائدة اللاجئين\n\nأطلقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين "
     "وبرنامج الأغذية العالمي مشروعا.", "المفوضية الأممية", "organization/unhcr"),
    # of equals, the last named
    ("وحضر ممثلو المفوضية السامية للأمم المتحدة لشؤون اللاجئين وبرنامج الأغذية العالمي اللقاء. وأكدت الوكالة الأممية "
     "التزامها.", "الوكالة الأممية", "organization/wfp"),
])
def test_a_head_noun_of_the_un_names_the_un_body_named_before(gazetteer, text, words, entity):
    assert _linked(gazetteer, text, words) == [entity]


def test_a_head_noun_after_a_conjunction_is_that_head_nouns(gazetteer):
    # «ومنظمة العمل الدولية» is filed under «منظمة»: «المنظمة الأممية» is the ILO, though WFP was named more
    assert _linked(gazetteer, "أطلق برنامج الأغذية العالمي مشروعا. وقال برنامج الأغذية العالمي إن المشروع تدعمه الحكومة "
                              "ومنظمة العمل الدولية. وأكدت المنظمة الأممية دعمها.", "المنظمة الأممية") == ["organization/ilo"]


@pytest.mark.parametrize("text, name", [
    # a new UN body named twice in full is named more than a known one named once
    ("وأطلق مكتب الأمم المتحدة لخدمات المشاريع برنامجا. وأكد مكتب الأمم المتحدة لخدمات المشاريع دعمه. وحضر برنامج "
     "الأغذية العالمي. وأشادت الوكالة الأممية بالتعاون.", "مكتب الأمم المتحدة لخدمات المشاريع"),
    # «للأمم المتحدة» is in a UN body's name too
    ("وأطلق مكتب المنسق المقيم للأمم المتحدة برنامجا. وقال المكتب الأممي إن البرنامج ناجح.",
     "مكتب المنسق المقيم للأمم المتحدة"),
])
def test_a_new_un_body_named_before_is_the_one_named_again(gazetteer, text, name):
    result = extract(text, gazetteer)
    again = next(m for m in result.mentions if "الأممي" in result.quote(m))
    assert again.rule == "short-form" and [result.quote(p) for p in again.parts] == [name]


def test_a_new_un_body_is_named_again_as_itself(gazetteer):
    result = extract("وأطلق مكتب الأمم المتحدة لخدمات المشاريع برنامجا. وقال المكتب الأممي إن البرنامج يخدم الشباب.",
                     gazetteer)
    again = next(m for m in result.mentions if result.quote(m) == "المكتب الأممي")
    assert again.rule == "short-form" and [result.quote(p) for p in again.parts] == ["مكتب الأمم المتحدة لخدمات المشاريع"]


@pytest.mark.parametrize("text", [
    # no UN body named before: a body of its own (or nothing), linked to no one
    "وأكدت المنظمة الأممية التزامها بدعم الجمعية.",
    # a body that is no UN one is not what «الأممية» names again
    "وقعت الوكالة البلجيكية للتنمية اتفاقية مع الجمعية. وأكدت الوكالة الأممية التزامها.",
    # a club named after the UN, a post of the UN: no UN body
    "وأطلق نادي نموذج الأمم المتحدة بالجامعة مبادرة. وأشادت الوكالة الأممية بالمبادرة.",
    "وقال الأمين العام للأمم المتحدة إن المنظمة الأممية تدعم الحوار.",
    # «وكالة أممية»: some UN agency, not the one named before
    "أطلقت المنظمة الدولية للهجرة مشروعا. وتعتزم وكالة أممية دعم المشروع.",
])
def test_no_un_body_named_before_links_nothing(gazetteer, text):
    result = extract(text, gazetteer)
    assert not [m for m in result.mentions if "أممي" in result.quote(m) and (m.entity or m.parts)]


def test_a_fact_of_the_un_body_named_again_is_the_bodys(gazetteer):
    result = extract("أطلقت المنظمة الدولية للهجرة مشروع «جسور» بالرباط. ووقعت المنظمة الأممية اتفاقية شراكة مع جمعية "
                     "الأمل للتنمية لتنفيذ المشروع.", gazetteer)
    assert ("organization/iom", "«اتفاقية شراكة»") in stated(result, "signatory_of")


# A partner list closes on what its last body belongs to ---------------------------------------------------------------


@pytest.mark.parametrize("text, partner, agent", [
    ("وتضطلع المفوضية بالتنفيذ بالتنسيق مع مديرية شؤون اللاجئين السوريين التابعة لوزارة الداخلية الأردنية.",
     "«مديرية شؤون اللاجئين السوريين»", "organization/unhcr"),
    ("وتعمل جمعية الأمل للتنمية بالتنسيق مع المرصد الوطني للهجرة التابع للوزارة.",
     "«المرصد الوطني للهجرة»", "«جمعية الأمل للتنمية»"),
    # (an owner that names no body we know: its one word, then the comma)
    ("وتعمل جمعية الأمل للتنمية بالتنسيق مع المرصد الوطني للهجرة التابع للوزارة، في إطار البرنامج.",
     "«المرصد الوطني للهجرة»", "«جمعية الأمل للتنمية»"),
])
def test_a_partner_that_belongs_to_another_body_closes_the_list(gazetteer, text, partner, agent):
    assert (partner, agent) in stated(extract(text, gazetteer), "partner_of")


@pytest.mark.parametrize("word", ["التزامها", "التحاقها"])
def test_a_word_of_a_root_in_al_with_a_pronoun_ends_a_name(gazetteer, word):
    # (a noun with the article takes no pronoun: «التزامها» is no adjective of the name before it)
    result = extract(f"وأكدت الهيئة الوطنية {word} بالبرنامج.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == ["الهيئة الوطنية"]


@pytest.mark.parametrize("owner", ["", " التابعة لوزارة الداخلية"])
def test_a_clause_going_on_after_the_partner_still_gives_no_partner(gazetteer, owner):
    # «نظمت X بالتعاون مع Y حوارا»: a partnership in what follows (unnamed here), not X's; past Y's owner too
    result = extract(f"وتضطلع المفوضية بالتنسيق مع مديرية شؤون اللاجئين السوريين{owner} حوارا مع الشباب.", gazetteer)
    assert not stated(result, "partner_of")


# Output and hostile input ---------------------------------------------------------------------------------------------


def test_the_output_names_every_argument(gazetteer, base_iri):
    assert_output_names_every_argument("أطلقت المنظمة الدولية للهجرة مشروع «جسور». ووقعت المنظمة الأممية اتفاقية مع "
                                       "المرصد الوطني للهجرة التابع للوزارة.", gazetteer, base_iri)


def test_this_sessions_readings_stay_linear(gazetteer):
    """Hostile input: UN bodies and their head nouns «الأممية» a thousand times over."""
    assert_linear("أطلق برنامج الأغذية العالمي مشروعا مع مكتب الأمم المتحدة لخدمات المشاريع. وأكدت الوكالة الأممية "
                  "والمكتب الأممي التزامهما بالتنسيق مع المرصد الوطني للهجرة التابع للوزارة. ", gazetteer)
