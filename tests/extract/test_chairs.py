"""Who chairs, co-chairs, oversees or leads an event takes part in it (the gold's participates_in, role chair).
A sentence of the develop split (law_morocco_regularization_appeals_2017: «…، برئاسة اليزمي») and made-up
variants: the event right after the verb and its chairs after it («وترأس الاجتماع X»، «وأشرف على الحفل السيد
X»، «وأطّرت الورشة الخبيرة X»), after a title that names a body («عامل عمالة أكادير، السيد X»), «بشكل مشترك كل
من X ونظيره الفرنسي Y», a pronoun «الذي ترأسه X وY بشكل مشترك», «برئاسة X» after the event it chairs and
«تحت الرئاسة المشتركة لـX وY» before or after it; and variants that must not give the fact (a delegation or an
association chaired, a committee, an operation «تحت الرئاسة الفعلية»)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.conftest import EXTRACTION_DEV
from tests.extract.test_genre_relations import stated

WORKSHOP = "نظمت الجمعية الندوة الجهوية حول الهجرة بوجدة. "
EVENT = "«الندوة الجهوية حول الهجرة»"
MEETING = "«الاجتماع التنسيقي للمسار الإقليمي»"


@pytest.mark.parametrize("text, chairs", [
    (WORKSHOP + "وترأست الندوة السيدة فاطمة الزهراء العلوي والسيد كريم بنسودة.",
     {"«فاطمة الزهراء العلوي»", "«كريم بنسودة»"}),
    (WORKSHOP + "وترأس الندوة عامل عمالة أكادير إداوتنان، السيد أحمد بنعلي.", {"«أحمد بنعلي»"}),
    (WORKSHOP + "وأشرف على الندوة السيد أحمد بنعلي، الكاتب العام لعمالة أكادير إداوتنان.", {"«أحمد بنعلي»"}),
    # «أستاذة بجامعة …» is hers: the university chairs nothing
    (WORKSHOP + "وقد أطّرت الندوة الخبيرة سلمى بناني، أستاذة بجامعة محمد الخامس.", {"«سلمى بناني»"}),
    (WORKSHOP + "وترأس الندوة بشكل مشترك كل من وزير الداخلية كريم بنسودة ونظيره الإسباني خوان غارسيا لوبيث.",
     {"«كريم بنسودة»", "«خوان غارسيا لوبيث»"}),
    (WORKSHOP + "وترأس الندوة وزير الخارجية الإسباني خوسيه مانويل ألباريس.", {"«خوسيه مانويل ألباريس»"}),
])
def test_the_chair_after_the_event_the_verb_names(gazetteer, text, chairs):
    assert stated(extract(text, gazetteer), "participates_in") >= {(c, EVENT) for c in chairs}
    assert not {p for p in stated(extract(text, gazetteer), "participates_in") if p[0].startswith("organization")}


@pytest.mark.parametrize("text, chairs", [
    ("انعقد بالرباط الاجتماع التنسيقي للمسار الإقليمي، الذي ترأسه المغرب وفرنسا بشكل مشترك.",
     {"country/morocco", "country/france"}),
    ("انطلقت اليوم بأبوجا، تحت الرئاسة المشتركة لنيجيريا والاتحاد الأوروبي، أشغال الاجتماع التنسيقي للمسار الإقليمي.",
     {"country/nigeria", "organization/eu"}),
    ("انعقدت بتونس الندوة الجهوية حول الهجرة برئاسة السيدة ليلى بنعلي، وزيرة الشؤون الاجتماعية.", {"«ليلى بنعلي»"}),
])
def test_co_chairs_and_the_chair_of_an_event_named(gazetteer, text, chairs):
    event = EVENT if "الندوة" in text else MEETING
    assert stated(extract(text, gazetteer), "participates_in") >= {(c, event) for c in chairs}


def test_the_chair_of_the_second_meeting(gazetteer):
    """law_morocco_regularization_appeals_2017: «وعقدت اللجنة اجتماعها الثاني …، برئاسة اليزمي»."""
    text = (EXTRACTION_DEV / "law_morocco_regularization_appeals_2017.txt").read_text(encoding="utf-8")
    result = extract(text, gazetteer)
    second = {(result.quote(f.args[0][1]), result.quote(f.args[1][1])) for f in result.facts
              if f.rule == "participant:bi-riasa"}
    assert ("إدريس اليزمي", "اجتماعها الثاني") in second     # «اليزمي»: the person named in full before


@pytest.mark.parametrize("text", [
    # a delegation, an association, a project: no event chaired
    "انعقد بالرباط المؤتمر الإقليمي حول الهجرة. وترأس السيد كريم بنسودة وفدا مغربيا إلى مدريد.",
    "انعقد بالرباط المؤتمر الإقليمي حول الهجرة. وترأس الجمعية السيد كريم بنسودة منذ 2010.",
    "انعقد بالرباط المؤتمر الإقليمي حول الهجرة. وأشرف على المشروع السيد كريم بنسودة.",
    # a committee, an operation: not events
    "وأحدثت الحكومة لجنة وطنية برئاسة السيد كريم بنسودة.",
    "وتجري العملية تحت الرئاسة الفعلية للملك محمد السادس.",
])
def test_chairing_what_is_no_event_is_no_participation(gazetteer, text):
    assert not stated(extract(text, gazetteer), "participates_in")


@pytest.mark.parametrize("text, organizers", [
    # the chair in a relative clause on the event right before it organizes it
    ("وانعقد الاجتماع الوزاري، الذي ترأسه وزير الداخلية السيد عبد الوافي لفتيت، بالرباط.",
     {("«عبد الوافي لفتيت»", "«الاجتماع الوزاري»")}),
    # … not a delegation he chairs
    ("وقدم السيد أحمد العلوي عرضا حول الوفد الذي ترأسه إلى جنيف.", set()),
])
def test_the_chair_in_a_relative_clause_on_the_event_organizes_it(gazetteer, text, organizers):
    assert stated(extract(text, gazetteer), "organizes") == organizers
