"""What a fact is about when its clause ends «في إطار برنامج Y»: the money goes through the framing programme
too (funds both), but what is carried out or partnered in is the item the clause speaks of. Made-up sentences
of the associations genre (ngo probe §11) and the funding variant that keeps both."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

JUSUR = "«جسور»"


@pytest.mark.parametrize("text, relation, pairs", [
    ("ويأتي مشروع «جسور» المنجز من طرف جمعية الأمل للتنمية في إطار برنامج دعم الهجرة.", "implements",
     {("«جمعية الأمل للتنمية»", JUSUR)}),
    ("ويأتي مشروع «جسور»، الممول من طرف الاتحاد الأوروبي والمنجز بشراكة مع المنظمة الدولية للهجرة، في إطار "
     "البرنامج الجهوي لإدماج المهاجرين.", "partner_of", {("organization/iom", JUSUR)}),
])
def test_a_framing_programme_is_not_what_is_carried_out_or_partnered_in(gazetteer, text, relation, pairs):
    assert stated(extract(text, gazetteer), relation) == pairs


def test_a_framing_programme_is_funded_too(gazetteer):
    text = "وأطلقت جمعية الأمل للتنمية مشروع «جسور» بدعم من الاتحاد الأوروبي، في إطار برنامج «دعم الهجرة»."
    assert {("organization/eu", JUSUR), ("organization/eu", "«دعم الهجرة»")} <= stated(extract(text, gazetteer), "funds")
