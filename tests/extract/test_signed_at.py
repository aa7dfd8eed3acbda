"""Where the document's agreement was signed, said in a later sentence by a bare noun: «ووقع الاتفاق في مدريد
يومي 19 و20 تشرين الثاني/نوفمبر 2025» (fund_spain_iom_return_2025), «وتم توقيع الاتفاقية بالرباط»; not a city
after the signatories, nor with no agreement named before."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

SPAIN = "نشرت الجريدة الرسمية نص اتفاق أبرمته وزارة الداخلية الإسبانية مع المنظمة الدولية للهجرة. "
LABOUR = "وقعت وزارة الشغل ومنظمة العمل الدولية اتفاقية للتعاون التقني. "


@pytest.mark.parametrize("text, fact", [
    # develop: fund_spain_iom_return_2025
    (SPAIN + "ووقع الاتفاق في مدريد يومي 19 و20 تشرين الثاني/نوفمبر 2025.", ("«اتفاق»", "city/madrid")),
    # made up: the passive of the verbal noun, ب attached, «على»
    (LABOUR + "وتم توقيع الاتفاقية بالرباط يوم 3 مارس 2022.", ("«اتفاقية للتعاون التقني»", "city/rabat")),
    (LABOUR + "وجرى التوقيع على الاتفاقية في مدينة طنجة.", ("«اتفاقية للتعاون التقني»", "city/tangier")),
])
def test_the_documents_agreement_was_signed_where_a_later_sentence_says(gazetteer, text, fact):
    assert fact in stated(extract(text, gazetteer), "located_in")


@pytest.mark.parametrize("text", [
    # the signatory between the noun and the city: where he is from, not said to be where it was signed
    SPAIN + "ووقع الاتفاق وزير الداخلية فرناندو لوبيث ممثل مدريد.",
    # no agreement named before
    "ووقع الاتفاق في مدريد يومي 19 و20 نوفمبر 2025.",
    # a city that is no place of signing: «في إطار»
    SPAIN + "ووقع الاتفاق في إطار مسار الرباط.",
])
def test_no_place_of_signing(gazetteer, text):
    assert not {f for f in stated(extract(text, gazetteer), "located_in") if f[1].startswith("city/")}
