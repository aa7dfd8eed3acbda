"""Who takes part in the event a document reports, from the way it names them: a person named again by a
title that stood before his honorific («وزير … حينها، السيد X» … «وقال الوزير في كلمته خلال حفل التوقيع»).
Sentences from the develop split (law_mauritania_sngm_eu_iom_2023) and made-up variants, each with a
variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


def _participants(gazetteer, text):
    return stated(extract(text, gazetteer), "participates_in")


@pytest.mark.parametrize("text, speaker", [
    ("فقد وقّع وزير الشؤون الاقتصادية والتنمية حينها، السيد سيدي ولد التاه، يوم الأربعاء 26 سبتمبر 2012 بمقر وزارته "
     "في نواكشوط، اتفاقية تمويل. وقال الوزير في كلمته خلال حفل التوقيع إن بلاده «تواجه ضغطا هجرويا».",
     "«سيدي ولد التاه»"),
    ("استقبلت وزيرة الهجرة، السيدة فاطمة الزهراء بناني، وفدا أوروبيا. وأكدت الوزيرة خلال الندوة الإقليمية حول "
     "الهجرة أهمية الشراكة.", "«فاطمة الزهراء بناني»"),
    ("وقّع سفير ألمانيا آنذاك، السيد هانس مولر، الاتفاقية. وقال السفير خلال حفل التوقيع إن بلاده ملتزمة.",
     "«هانس مولر»"),
])
def test_a_title_before_the_honorific_names_him_again(gazetteer, text, speaker):
    assert {a for a, _ in _participants(gazetteer, text)} == {speaker}


def test_a_person_listed_after_the_title_is_not_its_holder(gazetteer):
    """«وزير الاقتصاد، والسيد X»: X is the next one of a list, not the minister «الوزير» names again."""
    text = ("حضر وزير الاقتصاد، والسيد هانس مولر، حفل الافتتاح. وقال الوزير في كلمته خلال حفل التوقيع إن بلاده "
            "ملتزمة.")
    assert ("«هانس مولر»", "«حفل التوقيع»") not in _participants(gazetteer, text)
