"""Who carries a programme or project out, by a verb of taking it upon oneself, of entrusting or of taking
part. Made-up sentences of the agreements and cooperation genres: «ستتكفل X بتنفيذ مشروع Y»، «فيما تضطلع X
بتنفيذه»، «وستتولى X تنفيذ برنامج Y»، «وأسندت مهمة تنفيذه إلى X»، «وأسند تنفيذ المشروع إلى X»، «ويشارك في
تنفيذ المشروع كل من X و Y»، «وتشارك X في تنفيذ مشروع Y»; and variants that must not give the fact (taking
upon oneself what is no carrying out, taking part in an event, entrusting a chair). And the passive verb with
its agent after «من طرف / من قبل» («ويُموَّل البرنامج من طرف X»، «وينفذ المشروع من قبل X»)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

LAUNCHED = "أطلقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين مشروع «الحماية في النيجر». "
PROTECTION = "«الحماية في النيجر»"


@pytest.mark.parametrize("text, pairs", [
    ("وبموجب هذه الاتفاقية، ستتكفل الوكالة البلجيكية للتنمية بتنفيذ مشروع «دعم تدبير الحدود».",
     {("organization/enabel", "«دعم تدبير الحدود»")}),
    ("وستتولى منظمة العمل الدولية تنفيذ برنامج «العمل اللائق».", {("organization/ilo", "«العمل اللائق»")}),
    (LAUNCHED + "فيما تضطلع المنظمة الدولية للهجرة بتنفيذه.", {("organization/iom", PROTECTION)}),
    (LAUNCHED + "وأسندت مهمة تنفيذه إلى منظمة العمل الدولية.", {("organization/ilo", PROTECTION)}),
    (LAUNCHED + "وأسند تنفيذ المشروع إلى المنظمة الدولية للهجرة.", {("organization/iom", PROTECTION)}),
    (LAUNCHED + "وتشارك في تنفيذ المشروع المنظمة الدولية للهجرة ومنظمة العمل الدولية.",
     {("organization/iom", PROTECTION), ("organization/ilo", PROTECTION)}),
    (LAUNCHED + "ويشارك في تنفيذه منظمة العمل الدولية.", {("organization/ilo", PROTECTION)}),
    ("وتشارك المنظمة الدولية للهجرة في تنفيذ مشروع «فرصتي».", {("organization/iom", "«فرصتي»")}),
])
def test_who_takes_on_is_entrusted_with_or_takes_part_in_carrying_it_out(gazetteer, text, pairs):
    assert pairs <= stated(extract(text, gazetteer), "implements")


@pytest.mark.parametrize("text", [
    "وتكفلت المنظمة الدولية للهجرة بتنظيم ندوة حول الهجرة.",
    "وشارك ممثل المنظمة الدولية للهجرة في الندوة حول تنفيذ مشروع «فرصتي».",
    "وأسندت رئاسة المشروع إلى المنظمة الدولية للهجرة.",
])
def test_no_carrying_out_states_no_implementer(gazetteer, text):
    assert stated(extract(text, gazetteer), "implements") == set()


@pytest.mark.parametrize("text, relation, pair", [
    ("أطلقت جمعية الأمل للتنمية مشروع «مواكبة». ويُموَّل المشروع من طرف الاتحاد الأوروبي.", "funds",
     ("organization/eu", "«مواكبة»")),
    ("ويمول مشروع «مواكبة» من قبل الاتحاد الأوروبي.", "funds", ("organization/eu", "«مواكبة»")),
    ("أطلقت جمعية الأمل للتنمية مشروع «مواكبة». وينفذ المشروع من قبل المنظمة الدولية للهجرة.", "implements",
     ("organization/iom", "«مواكبة»")),
])
def test_a_passive_verb_and_its_agent_after_min_tarafi(gazetteer, text, relation, pair):
    assert pair in stated(extract(text, gazetteer), relation)


def test_an_active_verb_with_min_tarafi_later_is_no_passive(gazetteer):
    text = "أطلقت جمعية الأمل للتنمية مشروع «مواكبة». ويمول الاتحاد الأوروبي المشروع منذ سنة 2019 من طرف مكتبه بالرباط."
    assert stated(extract(text, gazetteer), "funds") == {("organization/eu", "«مواكبة»")}


@pytest.mark.parametrize("text, expected", [
    ("أعلنت المنظمة الدولية للهجرة عن إطلاق مشروع جديد لتعزيز قدرات موريتانيا.", {("organization/iom", "«مشروع جديد»")}),
    ("أعلنت المنظمة الدولية للهجرة، في إطار برنامج \"تمكين\"، عن إطلاق مشروع جديد لتعزيز قدرات موريتانيا.",
     {("organization/iom", "«مشروع جديد»")}),
    # the launch of something else than the item named
    ("أعلنت المنظمة الدولية للهجرة عن نتائج مشروع \"تمكين\" بعد إطلاق حملة تحسيسية.", set()),
])
def test_announcing_the_launch_of_an_item_is_launching_it(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "implements") == expected


@pytest.mark.parametrize("text, implementers", [
    # who organizes the closing or the launch of a project, or the account of its results, carries it out
    ("نظمت جمعية الأمل للتنمية، يوم السبت بطنجة، حفل اختتام مشروع «تمكين» الممول من الاتحاد الأوروبي.",
     {("«جمعية الأمل للتنمية»", "«تمكين»")}),
    ("نظمت جمعية الأمل للتنمية لقاء تواصليا لتقديم حصيلة مشروع «تمكين».", {("«جمعية الأمل للتنمية»", "«تمكين»")}),
    # the closing of what is no project
    ("نظمت جمعية الأمل للتنمية حفل اختتام الموسم الرياضي.", set()),
    ("نظمت جمعية الأمل للتنمية ورشة عمل حول مشروع «تمكين».", set()),
])
def test_who_organizes_a_project_s_launch_or_closing_carries_it_out(gazetteer, text, implementers):
    assert stated(extract(text, gazetteer), "implements") == implementers


@pytest.mark.parametrize("text, implementers", [
    # the carrying out, the item, then who takes it on
    ("أطلقت الوزارة برنامج «تمكين». وسيتولى تنفيذ البرنامج الوكالة الألمانية للتعاون الدولي (GIZ) بتنسيق مع الوزارة.",
     {("organization/giz", "«تمكين»")}),
    ("وتتولى مهمة تنفيذ مشروع «تمكين» جمعية الأمل للتنمية.", {("«جمعية الأمل للتنمية»", "«تمكين»")}),
    # the carrying out of what is no project, by a person
    ("وتتولى تنفيذ المهام الإدارية السيدة فاطمة بناني.", set()),
])
def test_who_takes_on_the_carrying_out_named_after_it(gazetteer, text, implementers):
    assert stated(extract(text, gazetteer), "implements") == implementers


@pytest.mark.parametrize("text, implementers", [
    # the launch of a project named by its head noun and a quoted name, or of a phase of it
    ("أعلنت منظمة العمل الدولية عن إطلاق مشروع «تعزيز حوكمة هجرة اليد العاملة» في تونس.",
     {("organization/ilo", "«تعزيز حوكمة هجرة اليد العاملة»")}),
    ("أعلنت منظمة العمل الدولية، اليوم الثلاثاء، عن إطلاق المرحلة الثانية من مشروع «تعزيز الحوكمة» في تونس.",
     {("organization/ilo", "«تعزيز الحوكمة»")}),
    ("أطلقت المنظمة الدولية للهجرة المرحلة الثانية من برنامج «عودة».", {("organization/iom", "«عودة»")}),
    # the launch of a study on a project
    ("أعلنت منظمة العمل الدولية عن إطلاق دراسة حول مشروع «تعزيز الحوكمة».", set()),
])
def test_who_launches_a_project_or_a_phase_of_it(gazetteer, text, implementers):
    assert stated(extract(text, gazetteer), "implements") == implementers


# Leading, working on the carrying out, a passive with an initiative named by its head noun (made up) ----------

@pytest.mark.parametrize("text, pair", [
    ("وتقود منظمة العمل الدولية مشروع «جسور» بتمويل من الاتحاد الأوروبي.", ("organization/ilo", "«جسور»")),
    ("وتعمل المنظمة الدولية للهجرة مع السلطات المالية على تنفيذ برنامج «عودة».", ("organization/iom", "«عودة»")),
    ("ويتم تنفيذ مبادرة «حماية» من طرف المنظمة الدولية للهجرة.", ("organization/iom", "«حماية»")),
])
def test_who_leads_or_works_on_carrying_out_an_item(gazetteer, text, pair):
    assert pair in stated(extract(text, gazetteer), "implements")


@pytest.mark.parametrize("text", [
    # a relative clause's subject is its antecedent, not the body after the verb
    "وأكد المركز الدولي لتطوير سياسات الهجرة، الذي يقود اتحاد الجهات المنفذة، أهمية مشروع «جسور».",
    # leading a delegation or working on something other than carrying an item out
    "ويقود وزير الداخلية وفد المملكة إلى المؤتمر.",
    "وتعمل المنظمة الدولية للهجرة على تقييم برنامج «عودة».",
])
def test_leading_or_working_on_no_carrying_out_implements_nothing(gazetteer, text):
    assert stated(extract(text, gazetteer), "implements") == set()


def test_who_draws_the_curtain_on_a_project_carried_it_out(gazetteer):
    result = extract("أسدلت جمعية التضامن والتنمية بالناظور الستار، يوم الجمعة الماضي، على مشروع «تمكين».", gazetteer)
    assert stated(result, "implements") == {("«جمعية التضامن والتنمية»", "«تمكين»")}


def test_who_gives_a_project_its_start_carries_it_out(gazetteer):
    result = extract("أعطت جمعية الأمل للتنمية، يوم السبت بوجدة، الانطلاقة الرسمية لمشروع «جسور» لفائدة المهاجرين.", gazetteer)
    assert stated(result, "implements") == {("«جمعية الأمل للتنمية»", "«جسور»")}
    # giving the floor is no start
    assert stated(extract("وأعطت الجمعية الكلمة لممثل المنظمة الدولية للهجرة حول مشروع «جسور».", gazetteer),
                  "implements") == set()
