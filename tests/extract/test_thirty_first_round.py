"""Readings found by the thirty-first round (helpers wrote made-up documents with gold annotations, in the corpus's
own schema, of new genres: meeting minutes, conference programmes, television bulletins, news briefs, evaluation
summaries, project fact sheets, donor appeals, newsletters, memoranda as published, translated articles, podcasts,
diaspora fairs, study summaries, weekly round-ups, Iraqi and Libyan press; no sentence of the measure split). Each
with a variant that must not give the fact."""

import pytest

from kg.extract.mentions import find
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .test_genre_relations import stated

MEETING = "انعقد بالرباط يوم الاثنين الاجتماع التنسيقي الثالث حول الهجرة. "

# Those beside whom a list names the rest -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    MEETING + "وشارك في الاجتماع، إلى جانب وزارة الداخلية، كل من المفوضية السامية للأمم المتحدة لشؤون اللاجئين "
              "والمنظمة الدولية للهجرة.",
    "انعقد بالرباط يوم الاثنين الاجتماع التنسيقي الثالث حول الهجرة، بحضور ممثلين عن وزارة الداخلية إلى جانب كل من "
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين والمنظمة الدولية للهجرة.",
])
def test_the_list_goes_on_past_those_it_names_beside(gazetteer, text):
    agents = {who for who, _ in stated(extract(text, gazetteer), "participates_in")}
    assert {"«وزارة الداخلية»", "organization/unhcr", "organization/iom"} <= agents


def test_a_list_beside_stops_at_the_next_clause(gazetteer):
    text = MEETING + ("وشارك في الاجتماع، إلى جانب وزارة الداخلية، ممثلو الجمعيات، فيما غابت عنه المنظمة الدولية "
                      "للهجرة.")
    assert "organization/iom" not in {who for who, _ in stated(extract(text, gazetteer), "participates_in")}


# Whom a participant represents ---------------------------------------------------------------------------------------

ATTENDED = ("وحضر الورشة التي نظمتها المنظمة الدولية للهجرة بالرباط السيد أحمد العلوي، {0} وزارة الداخلية، "
            "والسيدة فاطمة بناني، {1} المجلس الوطني لحقوق الإنسان.")


@pytest.mark.parametrize(("his", "hers"), [("ممثلا ل", "ممثلة عن"), ("ممثلا عن", "ممثلة عن")])
def test_the_body_a_participant_represents_takes_part(gazetteer, his, hers):
    text = ATTENDED.format(his, hers).replace("ل وزارة", "لوزارة")
    result = extract(text, gazetteer)
    assert {"organization/cndh"} <= {who for who, _ in stated(result, "participates_in")}
    assert any("الداخلية" in who for who, _ in stated(result, "participates_in"))
    assert not stated(result, "holds_position_in")     # who represents a body holds no post in it for that
    # («ممثلة للمجلس» is left as it is: the feminine accusative is written as the title «ممثلة المجلس» with ل)


def test_a_representative_of_a_body_by_its_name_holds_a_post(gazetteer):
    text = "وحضر الورشة السيد أحمد العلوي، ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين بالمغرب."
    assert ("«أحمد العلوي»", "organization/unhcr") in stated(extract(text, gazetteer), "holds_position_in")


# Who invites to an event convenes it --------------------------------------------------------------------------------


def test_who_invites_to_an_event_organizes_it(gazetteer):
    text = "وانعقد الاجتماع التنسيقي الثالث حول الهجرة بالقاهرة بدعوة من وزارة الخارجية المصرية والمنظمة الدولية للهجرة."
    result = extract(text, gazetteer)
    assert {who for who, _ in stated(result, "organizes")} == {"«وزارة الخارجية المصرية»", "organization/iom"}
    assert not stated(result, "hosts")


# Money: the funder's own acronym is not what it funds; a grant announced to a body ----------------------------------

PLAN = "وأطلقت المفوضية خطة الاستجابة الإقليمية للاجئين في مصر. "


def test_the_funders_acronym_in_brackets_is_not_what_it_funds(gazetteer):
    text = PLAN + "كما خصص الصندوق المركزي لمواجهة الطوارئ (CERF) ٤ ملايين دولار للخطة."
    funded = stated(extract(text, gazetteer), "funds")
    assert funded and all(what.startswith("«خطة") for _, what in funded), funded


def test_a_grant_announced_to_a_body_funds_the_body(gazetteer):
    text = PLAN + ("كما خصص الصندوق المركزي لمواجهة الطوارئ (CERF) ٤ ملايين دولار للخطة، بينما أعلن مركز الملك سلمان "
                   "للإغاثة والأعمال الإنسانية عن منحة للمفوضية بقيمة مليوني دولار لتوفير الغذاء.")
    assert {what for who, what in stated(extract(text, gazetteer), "funds") if who == "organization/ksrelief"} \
        == {"organization/unhcr"}


def test_a_grant_announced_with_no_body_funds_no_body(gazetteer):
    text = PLAN + "وأعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية عن منحة بقيمة مليوني دولار لدعم الخطة."
    assert ("organization/ksrelief", "organization/unhcr") not in stated(extract(text, gazetteer), "funds")


# An agreement named by its kind, then by its parties -----------------------------------------------------------------


def agreements(gazetteer, text: str) -> list[str]:
    read = Text(text)
    return [read.quote(m.start, m.end) for m in find(read, gazetteer) if m.kind == "agreement"]


@pytest.mark.parametrize("kind", ["مذكرة تفاهم", "اتفاقية شراكة", "بروتوكول تعاون"])
def test_an_indefinite_agreement_before_its_parties_is_named_by_its_kind(gazetteer, kind):
    text = f"ووقع الطرفان على هامش المعرض {kind} بين بنك مصر والهيئة العامة للاستثمار لتيسير تأسيس الشركات."
    assert agreements(gazetteer, text) == [kind]


@pytest.mark.parametrize(("text", "name"), [
    ("وذكّر بالاتفاق الإطار المبرم بين مملكة إسبانيا والمنظمة الدولية للهجرة سنة 2009.",
     "الاتفاق الإطار المبرم بين مملكة إسبانيا والمنظمة الدولية للهجرة"),
    ("وتندرج الزيارة في إطار مذكرة التفاهم بين الوزارة والمنظمة الدولية للهجرة.",
     "مذكرة التفاهم بين الوزارة والمنظمة الدولية للهجرة"),
])
def test_a_definite_or_described_agreement_is_named_by_its_parties(gazetteer, text, name):
    assert any(found.endswith(name) for found in agreements(gazetteer, text)), agreements(gazetteer, text)


# Money through the funder's own body: the body funds too --------------------------------------------------------------

EIIP = "وأطلقت منظمة العمل الدولية برنامج التشغيل كثيف العمالة في الأردن"


@pytest.mark.parametrize(("text", "channel"), [
    (EIIP + "، الممول من الحكومة الألمانية عبر بنك التنمية الألماني (KfW) بمبلغ 25 مليون يورو.", "organization/kfw"),
    (EIIP + ". وتموّل إيطاليا، عبر الوكالة الإيطالية للتعاون من أجل التنمية، هذا البرنامج بمبلغ مليوني يورو.",
     "organization/aics"),
])
def test_the_funders_own_body_the_money_goes_through_funds_too(gazetteer, text, channel):
    funders = {who for who, what in stated(extract(text, gazetteer), "funds") if what.startswith("«برنامج")}
    assert channel in funders and len(funders) == 2, funders


def test_another_body_the_money_goes_through_funds_nothing(gazetteer):
    text = EIIP + ". وتموّل إسبانيا، من خلال المنظمة الدولية للهجرة، هذا البرنامج بمبلغ مليون يورو."
    assert {who for who, _ in stated(extract(text, gazetteer), "funds")} == {"country/spain"}


# A question put by name to someone states nothing --------------------------------------------------------------------

PROGRAMME = "وأطلقت منظمة العمل الدولية برنامج التشغيل كثيف العمالة في الأردن. "


@pytest.mark.parametrize("asked", ["الخطيب: السيدة حداد، هل تمول المفوضية هذا البرنامج؟",
                                   "سامر الخطيب (مقدم البرنامج): هل تمول المفوضية هذا البرنامج؟"])
def test_a_question_put_by_name_states_nothing(gazetteer, asked):
    assert not stated(extract(PROGRAMME + asked, gazetteer), "funds")


def test_a_speakers_answer_after_his_name_states(gazetteer):
    text = PROGRAMME + "ليلى حداد (الناطقة باسم المنظمة): تمول المفوضية هذا البرنامج منذ عامين."
    assert "organization/unhcr" in {who for who, _ in stated(extract(text, gazetteer), "funds")}
