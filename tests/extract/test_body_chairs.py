"""Who chairs a body, stated by a verb: «ويرأس هذه الهيئة السيد X» (the person after the body he chairs),
«ويتولى السيد X رئاسة هذه اللجنة» (the person who takes on its chair); the body named there or named again
by a demonstrative and its head noun («هذه اللجنة»: the last body of that head; «هذه الهيئة»: the body the
sentence before spoke of). A sentence from the develop split (law_morocco_regularization_appeals_2017) and
made-up variants; and variants that must not give a post (an event chaired, a share of the work taken on,
a demonstrative that names no body)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

APPEALS = ("الرباط – عقدت اللجنة الوطنية للتتبع والطعون اجتماعها الأول يوم الأربعاء بمقر المجلس الوطني لحقوق "
           "الإنسان (CNDH) بالرباط. ويرأس هذه الهيئة السيد إدريس اليزمي، رئيس المجلس الوطني لحقوق الإنسان.")


def chairs(result) -> set[tuple[str, str]]:
    return {(f"«{result.quote(f.args[0][1])}»", f.args[1][1].entity or f"«{result.quote(f.args[1][1])}»")
            for f in result.facts if f.rule in ("post:presides", "post:takes-chair")}


def test_the_body_the_sentence_before_spoke_of_is_chaired(gazetteer):
    """(develop) «ويرأس هذه الهيئة السيد إدريس اليزمي»: the commission, not the council whose seat it met at."""
    result = extract(APPEALS, gazetteer)
    assert chairs(result) == {("«إدريس اليزمي»", "«اللجنة الوطنية للتتبع والطعون»")}
    assert ("«إدريس اليزمي»", "«اللجنة الوطنية للتتبع والطعون»") in stated(result, "holds_position_in")


@pytest.mark.parametrize("text, expected", [
    ("أُحدثت الهيئة الوطنية للنزاهة سنة 2015. وترأس الهيئة السيدة فاطمة الزهراء بنعلي منذ تأسيسها.",
     {("«فاطمة الزهراء بنعلي»", "«الهيئة الوطنية للنزاهة»")}),
    ("ويترأس اللجنة المشتركة للهجرة السيد كارلوس مارتين، المدير العام للهجرة.",
     {("«كارلوس مارتين»", "«اللجنة المشتركة للهجرة»")}),
    ("وتشرف اللجنة الوطنية للعبور على تنظيم العملية. ويتولى السيد أحمد العلوي رئاسة هذه اللجنة منذ 2019.",
     {("«أحمد العلوي»", "«اللجنة الوطنية للعبور»")}),
])
def test_who_chairs_a_body_holds_a_post_in_it(gazetteer, text, expected):
    assert chairs(extract(text, gazetteer)) == expected


@pytest.mark.parametrize("text", [
    "وترأس الاجتماع السيد كارلوس مارتين، المدير العام للهجرة.",          # an event, no body
    "وتتولى وزارة الداخلية تنفيذ هذا البرنامج.",                          # a share of the work
    "عقدت الجمعية المغربية لحقوق الإنسان ندوة. ويرأس هذه الجلسة السيد أحمد العلوي.",   # a session, no body
    # a body taking on the chair holds no post (the ontology's posts are persons')
    "وتشرف اللجنة الوطنية للعبور على العملية. وتتولى وزارة الداخلية رئاسة هذه اللجنة.",
])
def test_no_chair_of_a_body_without_one(gazetteer, text):
    assert chairs(extract(text, gazetteer)) == set()
