"""kg.extract.relations beyond one trigger and its chain: the item a sentence leaves unnamed (the
document's salient topic), agents listed in brackets after «in this partnership / project», a
frame («في إطار برنامج …»), a programme's owners as the subject of «ينظم», one amount for several
funders, an event made «بتعاون بين X و Y», and places that only locate an agent in a chain."""

from decimal import Decimal

import pytest

from kg.extract.model import Amount
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .test_relations import facts, real, the_fact

MINISTRY = "ministry-multilateral-cooperation"
DEPOMI = "depomi-launch-interview-2021"
M4SD = "m4sd-board-rabat-2022"


# The salient topic ------------------------------------------------------------------------------

def test_the_topic_is_the_most_salient_item_not_the_last_named(gazetteer):
    """DEPOMI named twice and referred to as «المشروع» outweighs شراكة named once, later; named once
    each, the later one (faded less) is the topic."""
    implemented = "وتتولى الوكالة الألمانية للتعاون الدولي تنفيذ المشروع."
    salient = extract("يهدف مشروع “DEPOMI” إلى دعم المؤسسات المغربية. ويركز المشروع على الجهات الثلاث. ويستفيد "
                      "مشروع “DEPOMI” من خبرة الجهات. وقد استفاد المشروع من تجربة مشروع شراكة الموقع سنة 2013. "
                      + implemented, gazetteer)
    the_fact(salient, "participation", "implementing", "وتتولى", agent="organization/giz", **{"in": "project/depomi"})
    once_each = extract("يهدف مشروع “DEPOMI” إلى دعم المؤسسات المغربية. وقد استفاد من تجربة مشروع شراكة الموقع سنة "
                        "2013. " + implemented, gazetteer)
    the_fact(once_each, "participation", "implementing", "وتتولى", agent="organization/giz",
             **{"in": "project/sharaka"})


def test_the_topic_of_a_real_interview_is_its_project(gazetteer, left_out, texts):
    """As a new document: the interview is about DEPOMI (its headline's «مشروع سياسات الهجرة», a name
    of DEPOMI in the graph), not about «مشروع “شراكة”», named once near the end."""
    result = extract(texts[DEPOMI], left_out[DEPOMI])
    [(args, fact)] = facts(result, "participation", "implementing")
    assert args["agent"] == "«الوكالة البلجيكية للتنمية»" and "تتولى الوكالة البلجيكية للتنمية" in result.quote(fact)
    item = result.quote(fact.arg("in"))
    assert "شراكة" not in item
    assert [m.entity for m in gazetteer.match(Text(item))] == ["project/depomi"]
    assert fact.confidence < 0.8        # the topic stands in


def test_a_fact_about_the_topic_is_quoted_within_its_sentence(left_out, texts):
    result = extract(texts[DEPOMI], left_out[DEPOMI])
    [(_, fact)] = facts(result, "participation", "implementing")
    assert any(s <= fact.start and fact.end <= e for s, e in result.text.sentences), len(result.quote(fact))


# Agents listed in brackets ----------------------------------------------------------------------

def test_listed_after_in_this_partnership_are_parties_of_the_agreement(gazetteer, texts):
    sentence = real(texts, MINISTRY, "وقعت شراكة تنقل بين الاتحاد الأوروبي – المغربي، في 07/06/2013 مع تسعة من دول أعضاء "
                    "بالاتحاد الأوروبي مشاركين في هذه الشراكة ( بلجيكا، ألمانيا، اسبانيا، فرنسا، ايطاليا، هولندا، "
                    "البرتغال، السويد والمملكة المتحدة).")
    result = extract(sentence, gazetteer)
    for country in ("belgium", "germany", "spain", "united-kingdom"):
        fact = the_fact(result, "participation", "party", "في هذه الشراكة", agent=f"country/{country}",
                        **{"in": "agreement/eu-morocco-mobility-partnership"})
        assert fact.rule == "party:in-this-list"
    assert len(facts(result, "participation", "party")) == 9


def test_listed_after_in_this_project_are_partners(gazetteer, texts):
    sentence = real(texts, MINISTRY, "يرتبط مشروع شراكة في تعزيز قدرات المؤسسات المغربية المكلفة بمسائل الهجرة والتنمية عبر "
                    "تجنيد خبرة عمومية منبثقة عن الدول 7 أعضاء بالاتحاد الأوروبي المنخرطين مباشرة في هذا المشروع "
                    "(فرنسا، ألمانيا، السويد، هولندا، اسبانيا، ايطاليا وبلجيكا) وخبرة مستقلة تكميلية.")
    result = extract(sentence, gazetteer)
    for country in ("france", "belgium"):
        fact = the_fact(result, "participation", "partner", "في هذا المشروع", agent=f"country/{country}",
                        **{"in": "project/sharaka"})
        assert fact.rule == "partner:in-this-list"
    assert len(facts(result, "participation", "partner")) == 7
    made_up = extract("يهدف مشروع “DEPOMI” إلى دعم الجهات، وتشارك دول في هذا المشروع (فرنسا، ألمانيا).", gazetteer)
    for country in ("france", "germany"):
        the_fact(made_up, "participation", "partner", "في هذا المشروع", agent=f"country/{country}",
                 **{"in": "project/depomi"})
    # one country in brackets is no list
    assert extract("يهدف مشروع “DEPOMI” إلى دعم الجهات، وتشارك دول في هذا المشروع (فرنسا).", gazetteer).facts == []


# A frame ----------------------------------------------------------------------------------------

FRAMED = ("تم تعزيزه عن طريق إشراك جهات فاعلة مؤسسية أخرى كالوكالة الوطنية للشغل وإنعاش الكفاءات ومكتب تنمية "
          "التعاون، وذلك بدعم مالي من الاتحاد الأوروبي، في إطار برنامج ” الطريق نحوالاندماج المهني للمهاجرين “.")


def test_funding_in_the_frame_of_a_programme_funds_it(left_out, texts):
    result = extract(real(texts, MINISTRY, FRAMED), left_out[MINISTRY])
    [(args, fact)] = facts(result, "funding", "funding")
    assert args == {"funder": "organization/eu", "item": "«الطريق نحوالاندماج المهني للمهاجرين»"}
    assert "بدعم مالي من الاتحاد الأوروبي، في إطار برنامج" in result.quote(fact)


def test_funding_in_a_frame_also_funds_the_activity_talked_about(gazetteer, texts):
    result = extract("يهدف مشروع “DEPOMI” إلى دعم المؤسسات المغربية.\n\n" + real(texts, MINISTRY, FRAMED), gazetteer)
    for item in ("programme/road-to-professional-integration", "project/depomi"):
        the_fact(result, "funding", "funding", "بدعم مالي من", funder="organization/eu", item=item)
    assert len(facts(result, "funding", "funding")) == 2


# A programme's owners -------------------------------------------------------------------------

def test_the_owners_of_a_programme_that_organizes_are_the_organizers(left_out, texts):
    sentence = real(texts, M4SD, "ينظم اليوم البرنامج العالمي للهجرة من أجل التنمية المستدامة المشترك بين المنظمة الدولية\n"
                    "للهجرة وبرنامج الأمم المتحدة الإنمائي (M4SD)، بتمويل من التعاون الإنمائي السويسري (SDC)، الاجتماع "
                    "الثاني لمجلس\nالبرنامج العالمي، الذي")
    result = extract(sentence, left_out[M4SD])
    for agent in ("organization/iom", "organization/undp"):
        fact = the_fact(result, "participation", "organizer", "ينظم اليوم", agent=agent,
                        **{"in": "«الاجتماع الثاني لمجلس\nالبرنامج العالمي»"})
        assert fact.rule == "organizer:nazzama"
    assert len(facts(result, "participation", "organizer")) == 2     # not the programme itself
    # one owner is no «shared between»
    one = extract("ينظم اليوم البرنامج العالمي المشترك بين المنظمة الدولية للهجرة الاجتماع الثاني للمجلس.",
                  left_out[M4SD])
    assert facts(one, "participation", "organizer") == []


# Amounts ----------------------------------------------------------------------------------------

def test_a_joint_amount_stated_before_the_funders_is_theirs_together(gazetteer):
    result = extract("أطلقت الوزارة مشروع “DEPOMI” بميزانية تقدر ب 3 ملايين يورو بدعم مالي من الاتحاد الأوروبي "
                     "والوكالة الألمانية للتعاون الدولي والوكالة البلجيكية للتنمية.", gazetteer)
    amounts = {args["funder"]: (f.amount, f.joint) for args, f in facts(result, "funding", "funding")}
    joint = (Amount(Decimal("3000000"), "EUR", True), True)     # one tie of three funders, as curators record it
    assert amounts == {"organization/eu": joint, "organization/giz": joint, "organization/enabel": joint}


def test_each_funder_with_its_own_amount(gazetteer):
    result = extract("أطلقت الوزارة مشروع “DEPOMI” بدعم مالي من الاتحاد الأوروبي بمبلغ 3 ملايين يورو، وبتمويل من "
                     "الوكالة البلجيكية للتنمية بمبلغ مليون يورو.", gazetteer)
    amounts = {args["funder"]: f.amount for args, f in facts(result, "funding", "funding")}
    assert amounts == {"organization/eu": Amount(Decimal("3000000"), "EUR", False),
                       "organization/enabel": Amount(Decimal("1000000"), "EUR", False)}


# Events made together, places in chains --------------------------------------------------------

def test_an_event_made_in_cooperation_between_x_and_y_is_organized_by_them(gazetteer, texts):
    sentence = real(texts, MINISTRY, "وفي نفس الاتجاه، تم تنظيم ورشات عمل لدعم قدرات مختلف الفاعلين، خاصة لفائدة جمعيات "
                    "المجتمع المدني والمؤسسات العموميةووسائل الإعلام والقضاة في مجال اللجوء، وذلك بتعاون بين الوزارة "
                    "المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة والمفوضية السامية للأمم المتحدة لشؤون اللاجئين، "
                    "وبدعم من مجموعة من الوكالات الدولية")
    result = extract(sentence, gazetteer)
    for agent in ("organization/ministry-mre", "organization/unhcr"):
        fact = the_fact(result, "participation", "organizer", "بتعاون بين", agent=agent,
                        **{"in": "event/asylum-capacity-workshops"})
        assert fact.rule == "partner:taawun"
    assert facts(result, "participation", "partner") == []
    # in cooperation *with* them, the event is someone else's too: they organize it with the one unnamed
    # (test_twenty_second_round)
    with_them = extract("نظمت ورشات عمل حول حقوق المهاجرين بتعاون مع منظمة العمل الدولية والمنظمة الدولية للهجرة.",
                        gazetteer)
    assert {args["agent"] for args, _ in facts(with_them, "participation", "organizer")} == \
        {"organization/ilo", "organization/iom"}
    assert facts(with_them, "participation", "partner") == []


@pytest.mark.parametrize("sentence, parties", [
    ("أعلنت وزارة الهجرة عن اتفاقية الشراكة بين الوزارة ومكتب الأمم المتحدة في الرباط والمنظمة الدولية للهجرة.",
     {"organization/ministry-mre", "organization/un-office-morocco", "organization/iom"}),
    ("اتفاقية الشراكة بين وزارة الشغل والادماج المهني بالمغرب ومنظمة العمل الدولية.",
     {"organization/ministry-labour", "organization/ilo"}),
], ids=["fi-r-ribat", "bi-l-maghrib"])
def test_a_place_that_locates_an_agent_is_skipped_in_a_chain(gazetteer, sentence, parties):
    """«… في الرباط», «… بالمغرب» after an agent say where it is: the chain goes on past them, and
    they are no parties (الوزارة: the ministry named before); the agreement is named by them all."""
    result = extract(sentence, gazetteer)
    assert {args["agent"] for args, _ in facts(result, "participation", "party")} == parties
    named = sentence[sentence.index("اتفاقية"):].rstrip(".")
    for agent in parties:
        the_fact(result, "participation", "party", "بين", agent=agent, **{"in": f"«{named}»"})
