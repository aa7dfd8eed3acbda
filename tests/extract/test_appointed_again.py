"""An appointment whose appointee is a pronoun: «عيّنه الملك رئيسا لـY» (the appointer between the verb and the
title, as many words as it takes), the person named last before it, in the sentence before when its own names
none («وكان اليزمي … . وبعد ثلاث سنوات، عيّنه الملك …»); «كما عيّن السيد X أمينا عاما للمجلس ذاته» then has
that body. Sentences from the develop split (inst_ccme_appointments_2007) and made-up variants; and a variant
that must not give a post (no person in the sentence before)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

CCME = ("استقبل الملك بالرباط السيد إدريس اليزمي. وكان اليزمي، عند تعيينه، يشغل منصب الأمين العام للفيدرالية "
        "الدولية لرابطات حقوق الإنسان. وبعد ثلاث سنوات ونيف، وخلال استقبال بالقصر الملكي بمراكش يوم الخميس 3 مارس "
        "2011، عيّنه الملك رئيسا للمجلس الوطني لحقوق الإنسان (CNDH)، كما عيّن السيد محمد الصبار أمينا عاما "
        "للمجلس ذاته؛ واحتفظ اليزمي في الآن نفسه برئاسة مجلس الجالية.")


def appointed(result) -> set[tuple[str, str]]:
    return {(f"«{result.quote(f.args[0][1])}»", f.args[1][1].entity or f"«{result.quote(f.args[1][1])}»")
            for f in result.facts if f.rule == "post:appointed"}


def test_the_appointee_of_a_pronoun_named_in_the_sentence_before(gazetteer):
    """(develop) «عيّنه الملك رئيسا للمجلس الوطني …، كما عيّن السيد محمد الصبار أمينا عاما للمجلس ذاته»."""
    found = appointed(extract(CCME, gazetteer))
    assert {("«إدريس اليزمي»", "organization/cndh"), ("«محمد الصبار»", "organization/cndh")} \
        <= found


@pytest.mark.parametrize("text, expected", [
    ("استقبل الرئيس السيدة فاطمة بنعلي في قصر الرئاسة. وفي نهاية اللقاء، عيّنها رئيسة للهيئة الوطنية للنزاهة.",
     {("«فاطمة بنعلي»", "«للهيئة الوطنية للنزاهة»")}),
    ("استقبل جلالة الملك السيد أحمد العلوي، وعيّنه جلالة الملك مديرا للوكالة الوطنية للتشغيل.",
     {("«أحمد العلوي»", "organization/anapec")}),
])
def test_an_appointer_before_the_title(gazetteer, text, expected):
    assert appointed(extract(text, gazetteer)) == expected


def test_no_appointee_without_a_person_before(gazetteer):
    assert appointed(extract("أصدرت الحكومة بلاغا حول الهجرة. وقد عيّنه المجلس مديرا للوكالة الوطنية للتشغيل.",
                             gazetteer)) == set()


@pytest.mark.parametrize("text, expected", [
    # the appointer, then an aside between commas, then the appointee and the title
    ("عين مجلس الحكومة، في اجتماعه المنعقد يوم الخميس 3 فبراير 2022، السيد عماد الدين التوزاني مديرا عاما للوكالة "
     "الوطنية لإنعاش التشغيل والكفاءات.", {("«عماد الدين التوزاني»", "organization/anapec")}),
    # «كاتبة عامة» after «تعيين»
    ("وصادق المجلس على تعيين السيدة نادية العلوي كاتبة عامة للوكالة الوطنية لإنعاش التشغيل والكفاءات.",
     {("«نادية العلوي»", "organization/anapec")}),
    # a clause after the comma that is no aside: the person there is no appointee
    ("عين مجلس الحكومة مديرا جديدا، وحضر الاجتماع السيد عماد الدين التوزاني.", set()),
])
def test_an_appointment_past_an_aside_and_a_secretary_general(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "holds_position_in") == expected
