"""A subject put first with «أما» is the subject of the verb after «ف»: «أما ألمانيا، فقد موّلت مشروع Y»، and of the
next verb taken up by «كما» when no other organization or country stands between («أما الوكالة السويسرية (SDC)، فقد
خصصت …، كما موّلت مكونا جديدا … (JLMP Action)»). Made-up sentences and the develop sentence; and variants that must
not give the fronted subject's fact (another subject named after it, a person)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

NIGER = "«الحماية في النيجر»"


def test_the_develop_sentence_funds_the_component(gazetteer):
    # develop (inst_au_jlmp_labour_migration_2018)
    text = ("أما الوكالة السويسرية للتنمية والتعاون (SDC)، فقد خصصت لمشروعها الداعم لحوكمة هجرة اليد العاملة في أفريقيا "
            "8.760.000 فرنك سويسري على مدى الفترة من 1 أكتوبر 2019 إلى 31 ديسمبر 2025، كما موّلت مكونا جديدا مدته أربع "
            "سنوات يحمل اسم «الإجراءات التحفيزية» (JLMP Action)، يُنفَّذ في بلدان من بينها كوت ديفوار والمغرب.")
    facts = stated(extract(text, gazetteer), "funds")
    assert len(facts) == 1 and next(iter(facts))[0] == "organization/sdc"


@pytest.mark.parametrize("text, pair", [
    ("أما ألمانيا، فقد موّلت مشروع «الحماية في النيجر».", ("country/germany", NIGER)),
    ("وأما إسبانيا فقد مولت مشروع «الحماية في النيجر» بمليوني يورو.", ("country/spain", NIGER)),
    ("أما المنظمة الدولية للهجرة (OIM)، فقد أعلنت عن المبادرة في الرباط، كما موّلت مشروع «الحماية في النيجر».",
     ("organization/iom", NIGER)),
])
def test_the_fronted_subject_funds(gazetteer, text, pair):
    assert stated(extract(text, gazetteer), "funds") == {pair}


@pytest.mark.parametrize("text", [
    "أما ألمانيا فقد رحبت بمبادرة إسبانيا، كما موّلت مشروع «الحماية في النيجر».",
    "أما ألمانيا، فقد أعلنت أن الاتحاد الأوروبي سيموّل مشروع «الحماية في النيجر».",
    "أما ألمانيا فقد رحبت بالمبادرة، كما موّل الاتحاد الأوروبي مشروع «الحماية في النيجر».",
    "أما السيد أحمد العلوي فقد موّل مشروع «الحماية في النيجر».",
])
def test_another_subject_between_or_a_person_is_not_the_fronted_funder(gazetteer, text):
    assert not {pair for pair in stated(extract(text, gazetteer), "funds") if pair[0] in ("country/germany",)} \
        and all(not pair[0].startswith("«السيد") for pair in stated(extract(text, gazetteer), "funds"))
