"""Bearing the funding or the cost of a programme or project is funding it: «في حين تتحمل ألمانيا تمويلا مشتركا قدره …»
(the document's project), «وتتحمل إسبانيا تكاليف مشروع Y»، «وتكفلت اليابان بتمويل مشروع Y»; and variants that must not
give the fact (a responsibility borne, a person, funding named in another phrase)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

NIGER = "«الحماية في النيجر»"
LAUNCHED = "أطلقت الوكالة الألمانية للتعاون الدولي مشروع «الحماية في النيجر». "


@pytest.mark.parametrize("text, pair", [
    # develop (fund_eutf_bmz_southsouth_2019), the project named in the sentence before
    (LAUNCHED + "ويبلغ التمويل 5 ملايين يورو، في حين تتحمل ألمانيا تمويلا مشتركا قدره 1.722.700 يورو.",
     ("country/germany", NIGER)),
    ("وتتحمل إسبانيا تكاليف مشروع «الحماية في النيجر» كاملة.", ("country/spain", NIGER)),
    ("وتكفلت اليابان بتمويل مشروع «الحماية في النيجر».", ("country/japan", NIGER)),
    ("وستتحمل المنظمة الدولية للهجرة كلفة مشروع «الحماية في النيجر».", ("organization/iom", NIGER)),
])
def test_who_bears_the_funding_or_the_cost_funds_it(gazetteer, text, pair):
    assert pair in stated(extract(text, gazetteer), "funds")


@pytest.mark.parametrize("text", [
    "وتتحمل المنظمة الدولية للهجرة مسؤولية مشروع «الحماية في النيجر».",
    "وتحمل السيد أحمد العلوي تكاليف مشروع «الحماية في النيجر».",
    "وتتحمل إسبانيا مسؤولية كبيرة في ملف الهجرة وتمويل مشروع «الحماية في النيجر».",
])
def test_no_cost_borne_by_a_body_gives_nothing(gazetteer, text):
    assert stated(extract(text, gazetteer), "funds") == set()


def test_the_cost_of_an_agreement_is_not_what_is_funded(gazetteer):
    text = (LAUNCHED + "وتتحمل ألمانيا تمويلا مشتركا قدره مليون يورو، ويدبر المبلغ عبر اتفاقية تفويض مع الوكالة الألمانية "
            "للتعاون الدولي.")
    assert stated(extract(text, gazetteer), "funds") == {("country/germany", NIGER)}
