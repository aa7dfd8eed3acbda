"""Readings found by the twentieth round (four helpers wrote twelve made-up documents with gold annotations, in
the corpus's own schema, of new genres: parliamentary questions and interviews, local facilities and decentralised
cooperation, news digests and packages outside Morocco, forums in West Africa; no sentence of the measure split).
Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .test_genre_relations import stated

# Implementing: who runs it, who it is entrusted to, who carries it out after who pays ----------------------------


@pytest.mark.parametrize("text", [
    "أطلقت وزارة الداخلية برنامج «تمكين» لإدماج المهاجرين بتمويل من الاتحاد الأوروبي وتنفيذ جمعية الأمل.",
    "أطلقت وزارة الداخلية برنامج «تمكين» بدعم من الاتحاد الأوروبي وتنفيذ من طرف جمعية الأمل.",
    "وأطلقت وزارة الداخلية برنامج «تمكين» الذي يُعهد بتنفيذه إلى جمعية الأمل.",
    "ويُعهد بتنفيذ برنامج «تمكين» إلى جمعية الأمل.",
    "وأسندت وزارة الداخلية إدارة برنامج «تمكين» إلى جمعية الأمل.",
    "وأطلقت وزارة الداخلية برنامج «تمكين» الذي تتولى جمعية الأمل تسييره.",
    "ويستفيد من برنامج «تمكين» 300 مهاجر، وتشرف على إدارته جمعية الأمل.",
    "وتتكفل جمعية الأمل بتسيير برنامج «تمكين» بجهة الشرق.",
])
def test_who_runs_a_programme_or_is_entrusted_with_it_carries_it_out(gazetteer, text):
    assert ("«جمعية الأمل»", "«تمكين»") in stated(extract(text, gazetteer), "implements")


@pytest.mark.parametrize("text", [
    # who pays, not who carries out
    "أطلقت وزارة الداخلية برنامج «تمكين» بتمويل من الاتحاد الأوروبي وجمعية الأمل.",
    # a body named «إدارة …» that takes something on is no programme run
    "وتتولى إدارة شؤون المهاجرين بجمعية الأمل الإشراف على برنامج «تمكين».",
])
def test_who_pays_or_a_body_named_administration_carries_nothing_out(gazetteer, text):
    assert ("«جمعية الأمل»", "«تمكين»") not in stated(extract(text, gazetteer), "implements")
