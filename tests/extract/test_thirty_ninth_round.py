"""Readings of the thirty-ninth session: what a body carries out when the clause names it again by its noun («وتتولى
المنظمة تنفيذ المشروع …»), before an item the clause names later; and the partners of that clause, partners of the one
who carries it out. Made-up sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .test_genre_relations import stated

SIGNED = "وقعت الوزارة والمنظمة الدولية للهجرة اتفاق منحة لتنفيذ مشروع «فرصة في بلدي». "


# What a body carries out, named again by its noun --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتتولى المنظمة تنفيذ المشروع على مدار ٣٦ شهرا، ويندرج ضمن المبادرة الرئاسية «مراكب النجاة».",
    "وتسهر المنظمة على تنفيذ هذا المشروع بتمويل من الاتحاد الأوروبي، في إطار برنامج «آفاق».",
])
def test_the_item_carried_out_is_the_one_its_noun_names_again(gazetteer, text):
    assert stated(extract(SIGNED + text, gazetteer), "implements") == {("organization/iom", "«فرصة في بلدي»")}


def test_an_item_named_after_the_carrying_out_is_the_one_carried_out(gazetteer):
    text = SIGNED + "وتتولى المنظمة تنفيذ مشروع «سبل العيش» في إطار برنامج «آفاق»."
    assert ("organization/iom", "«سبل العيش»") in stated(extract(text, gazetteer), "implements")


def test_a_noun_of_no_item_named_before_carries_out_nothing_named_later(gazetteer):
    # (no project before: the noun names none, and the initiative the clause names later is not what is carried out)
    text = "وتتولى المنظمة الدولية للهجرة تنفيذ المشروع على مدار ٣٦ شهرا، ويندرج ضمن المبادرة الرئاسية «مراكب النجاة»."
    assert stated(extract(text, gazetteer), "implements") == set()


# The partners of the clause that carries it out ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتتولى المنظمة تنفيذ المشروع بالتنسيق مع اللجنة الوطنية لمكافحة الهجرة غير الشرعية، ويندرج ضمن المبادرة "
    "الرئاسية «مراكب النجاة».",
    # the item of the partnership named after the partner: still the implementer's
    "وتتولى المنظمة تنفيذ هذا المشروع، الممتد على أربعة وعشرين شهرا، بالشراكة مع اللجنة الوطنية لمكافحة الهجرة غير "
    "الشرعية، بتمويل من الاتحاد الأوروبي في إطار برنامج «آفاق».",
])
def test_a_partner_in_carrying_out_an_item_named_again_is_the_implementers(gazetteer, text):
    assert stated(extract(SIGNED + text, gazetteer), "partner_of") \
        == {("«اللجنة الوطنية لمكافحة الهجرة غير الشرعية»", "organization/iom")}


def test_a_partner_in_a_component_carried_out_is_the_implementers(gazetteer):
    text = "ويضم برنامج «آفاق» مكون «التنقل المهني». وتسهر المنظمة الدولية للهجرة على تنفيذ هذا المكون بشراكة مع " \
        "الوكالة الاتحادية الألمانية للتشغيل."
    assert stated(extract(text, gazetteer), "partner_of") \
        == {("«الوكالة الاتحادية الألمانية للتشغيل»", "organization/iom")}


def test_a_partner_in_an_item_named_before_it_stays_the_items(gazetteer):
    # (the item the partnership is in is named before the partner, and no one carries it out in the clause)
    text = "ونفذت المنظمة الدولية للهجرة، في إطار برنامج «آفاق»، مشروع «سبل العيش»، بتنسيق مع جماعة وجدة."
    partners = stated(extract(text, gazetteer), "partner_of")
    assert ("«جماعة وجدة»", "organization/iom") not in partners or ("«جماعة وجدة»", "«سبل العيش»") not in partners


# The object past the aside of its frame ------------------------------------------------------------------------------

def test_the_item_carried_out_is_the_object_past_the_aside_of_its_frame(gazetteer):
    text = "ونفذت المنظمة الدولية للهجرة، في إطار برنامج «آفاق»، مشروع «سبل العيش»، بتنسيق مع جماعة وجدة."
    assert stated(extract(text, gazetteer), "implements") == {("organization/iom", "«سبل العيش»")}


def test_an_item_named_further_on_is_not_the_object_past_the_frame(gazetteer):
    # (after the frame's aside another phrase, then the events' place: the frame is what is carried out)
    text = "ونفذت المنظمة الدولية للهجرة، في إطار برنامج «آفاق»، ورشات لفائدة الشباب بمشروع «سبل العيش»."
    assert stated(extract(text, gazetteer), "implements") == {("organization/iom", "«آفاق»")}


# A head noun, then a verb -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["وهو مشروع يُنجز بشراكة مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
                                  "وهو برنامج ينفذ بشراكة مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين."])
def test_a_head_noun_then_an_imperfect_verb_is_no_name(gazetteer, text):
    result = extract("أطلقت المنظمة الدولية للهجرة مشروع «سبل العيش» في المغرب. " + text, gazetteer)
    assert stated(result, "partner_of") == {("organization/unhcr", "«سبل العيش»")}


def test_a_head_noun_then_an_adjective_like_a_verb_is_a_name(gazetteer):
    result = extract("وتنظم الجمعية ورشات يومية لفائدة الأطفال في الخط العربي.", gazetteer)
    assert any(result.quote(m).startswith("ورشات يومية") for m in result.mentions)
