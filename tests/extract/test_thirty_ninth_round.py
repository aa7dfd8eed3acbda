"""Readings of the thirty-ninth session: what a body carries out when the clause names it again by its noun («وتتولى
المنظمة تنفيذ المشروع …»), before an item the clause names later; and the partners of that clause, partners of the one
who carries it out. Made-up sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear
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


# A number with a decimal point inside a clause -----------------------------------------------------------------------

@pytest.mark.parametrize("amount", ["12.4 مليون دولار", "١٢٫٤ مليون دولار", "12,4 مليون دولار"])
def test_a_clause_reads_on_past_a_numbers_decimal_point(gazetteer, amount):
    text = f"وقّع الاتحاد الأوروبي اتفاقية مع المنظمة الدولية للهجرة يقدّم الاتحاد الأوروبي بموجبها {amount} لتمويل " \
        "مشروع «العودة»."
    result = extract(text, gazetteer)
    assert ("organization/eu", "«العودة»") in stated(result, "funds")
    assert [(v.value.value, v.value.currency) for v in result.values if v.prop == "amount"] == [(12400000, "USD")]


def test_a_sentence_still_ends_at_a_point_after_a_number(gazetteer):
    text = "وقّع الاتحاد الأوروبي اتفاقية مع المنظمة الدولية للهجرة سنة 2024. ويقدّم البنك الدولي 12 مليون دولار لتمويل " \
        "مشروع «العودة»."
    assert stated(extract(text, gazetteer), "funds") == {("organization/world-bank", "«العودة»")}


def test_a_law_numbered_with_a_point_keeps_its_number(gazetteer):
    result = extract("وصادق البرلمان على القانون رقم 02.03 المتعلق بدخول وإقامة الأجانب.", gazetteer)
    assert any(result.quote(m).startswith("القانون رقم 02.03") for m in result.mentions)


# Managing an item ----------------------------------------------------------------------------------------------------

def test_the_management_of_a_component_is_no_department(gazetteer):
    text = "وتتولى الوكالة الألمانية للتعاون الدولي تنفيذ مكون التدريب المهني، بينما أُسندت إدارة مكون تطوير الخدمات " \
        "المحلية، بقيمة ٧٫٥ ملايين يورو، إلى الوكالة البلجيكية للتنمية."
    assert stated(extract(text, gazetteer), "implements") == {("organization/giz", "«مكون التدريب المهني»"),
                                                             ("organization/enabel", "«مكون تطوير الخدمات المحلية»")}


def test_a_department_named_management_is_still_a_body(gazetteer):
    result = extract("وحضر اللقاء ممثلو إدارة الإقامة والحدود.", gazetteer)
    assert any(result.quote(m) == "إدارة الإقامة والحدود" and m.kind == "organization" for m in result.mentions)


# A grant signed with a body, for a plan ------------------------------------------------------------------------------

def test_a_grant_signed_with_a_body_for_a_plan_funds_both(gazetteer):
    text = "وقّع صندوق قطر للتنمية اتفاقية منحة مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين بقيمة 12 مليون دولار " \
        "(نحو 43.7 مليون ريال قطري)، لتمويل خطة الاستجابة الطارئة للاجئين في شرق تشاد."
    funds = stated(extract(text, gazetteer), "funds")
    assert {funder for funder, _ in funds} == {"organization/qatar-fund"}
    assert {item for _, item in funds} == {"organization/unhcr", "«خطة الاستجابة الطارئة للاجئين»"}


def test_a_loan_signed_with_a_body_funds_only_what_it_is_for(gazetteer):
    text = "وقّع البنك الدولي اتفاقية قرض مع وزارة التخطيط بقيمة 12 مليون دولار، لتمويل مشروع «العودة»."
    assert stated(extract(text, gazetteer), "funds") == {("organization/world-bank", "«العودة»")}


# Pledges, partnerships named as programmes, the new item ------------------------------------------------------------

def test_a_pledge_of_a_contribution_funds(gazetteer):
    text = "أطلقت الوكالة البلجيكية للتنمية مشروع «جسور». والتزم مجلس جهة الشرق بمساهمة تناهز مليونا ونصف مليون درهم " \
        "تُخصص لتغطية مصاريف تنقل المتطوعين."
    assert stated(extract(text, gazetteer), "funds") == {("organization/oriental-regional-council", "«جسور»")}


def test_a_pledge_to_comply_funds_nothing(gazetteer):
    text = "أطلقت الوكالة البلجيكية للتنمية مشروع «جسور». والتزم مجلس جهة الشرق بمبدأ الشفافية في تدبير الموارد."
    assert stated(extract(text, gazetteer), "funds") == set()


def test_a_partnership_named_in_quotes_is_a_programme(gazetteer):
    result = extract("ويندرج المشروع ضمن شراكة «آفاق» (PROSPECTS) التي تموّلها هولندا منذ عام ٢٠١٩.", gazetteer)
    assert {(result.quote(m), m.kind) for m in result.mentions if m.kind in ("programme", "agreement")} \
        == {("آفاق", "programme"), ("PROSPECTS", "programme")}
    assert stated(result, "funds") == {("country/netherlands", "«آفاق»")}


def test_a_partnership_agreement_is_still_an_agreement(gazetteer):
    result = extract("ووقع المغرب والاتحاد الأوروبي اتفاقية شراكة في مجال الهجرة.", gazetteer)
    assert {m.kind for m in result.mentions if result.quote(m).startswith("اتفاقية")} == {"agreement"}


NEW = "أطلقت منظمة العمل الدولية برنامج «مهارات المستقبل». ويندرج البرنامج ضمن شراكة «آفاق» التي تموّلها هولندا. " \
    "وتضم شراكة «آفاق» اليونيسف والبنك الدولي. "


def test_the_new_initiative_is_the_one_the_document_announces(gazetteer):
    text = NEW + "وقد رصدت الحكومة الهولندية للمبادرة الجديدة ٣٫٢ مليون دولار أمريكي."
    assert ("country/netherlands", "«مهارات المستقبل»") in stated(extract(text, gazetteer), "funds")


def test_a_government_then_what_it_gives_to_is_the_country(gazetteer):
    result = extract("وقد رصدت الحكومة الهولندية للمبادرة الجديدة ٣٫٢ مليون دولار أمريكي.", gazetteer)
    assert [(result.quote(m), m.entity) for m in result.mentions if m.kind in ("country", "organization")] \
        == [("الحكومة الهولندية", "country/netherlands")]


# Money said after a frame --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأطلقت الوزارة حملة «اسأل قبل ما تسافر» ضمن المبادرة الرئاسية «مراكب النجاة»، بمنحة من الحكومة الهولندية.",
    "وأطلقت الوزارة حملة «اسأل قبل ما تسافر» في إطار برنامج «مراكب النجاة»، بتمويل من الحكومة الهولندية.",
])
def test_money_said_after_a_frame_goes_to_what_it_frames(gazetteer, text):
    assert stated(extract(text, gazetteer), "funds") == {("country/netherlands", "«اسأل قبل ما تسافر»")}


def test_money_for_a_programme_named_alone_goes_to_it(gazetteer):
    text = "وأطلقت الوزارة حملة «اسأل قبل ما تسافر». ويندرج برنامج «مراكب النجاة» بتمويل من الحكومة الهولندية."
    assert stated(extract(text, gazetteer), "funds") == {("country/netherlands", "«مراكب النجاة»")}


# Who takes part: lists after a long group, besides a group, bodies named in quotes ----------------------------------

WORKSHOP = "نظمت الوزارة يوم الاثنين ورشة عمل إقليمية حول الهجرة بالرباط. "


def _took_part(gazetteer, text: str) -> set[str]:
    return {agent for agent, event in stated(extract(WORKSHOP + text, gazetteer), "participates_in")
            if event == "«ورشة عمل إقليمية حول الهجرة»"}


@pytest.mark.parametrize("text, agents", [
    # the group in five words before «وهي»
    ("وشارك في الورشة ممثلو الدول الخمس المستضيفة للاجئين السوريين، وهي الأردن ولبنان والعراق.",
     {"country/jordan", "country/lebanon", "country/iraq"}),
    # besides a group, then some of it by name
    ("وشارك في الورشة ممثلو الأردن ولبنان، إلى جانب أبرز المانحين، ومنهم ألمانيا والاتحاد الأوروبي.",
     {"country/jordan", "country/lebanon", "country/germany", "organization/eu"}),
    # bodies by their names in quotes
    ("وحضر الورشة ممثلون عن «أنابيك» و«الأونروا».", {"organization/anapec", "organization/unrwa"}),
    ("وترأس الورشة الوزير بحضور وفد عن «أنابيك».", {"organization/anapec"}),
])
def test_who_takes_part_past_a_group_and_quotes(gazetteer, text, agents):
    assert _took_part(gazetteer, text) == agents


def test_a_list_besides_a_group_of_no_one_named_ends(gazetteer):
    text = "وشارك في الورشة ممثلو الأردن ولبنان، إلى جانب أبرز المانحين، في حين غابت مصر."
    assert _took_part(gazetteer, text) == {"country/jordan", "country/lebanon"}


@pytest.mark.parametrize("text", ["وترأس الورشة الوزير بحضور وفد عن الوكالة.",
                                  "وترأس الورشة الوزير بحضور مسؤولين عن الوكالة."])
def test_the_phrase_of_who_else_was_there_is_no_persons_name(gazetteer, text):
    assert not [m for m in extract(text, gazetteer).mentions if m.kind == "person"]


# Titles, remits, leading an event ------------------------------------------------------------------------------------

def test_a_titles_remit_after_its_bodys_bare_noun_is_no_body(gazetteer):
    text = "انعقدت لجنة مجلس جهة سوس ماسة. وترأس أشغال اللجنة السيد عبد الرحيم أيت الطالب، نائب رئيس المجلس المكلف " \
        "بالتنمية الاجتماعية."
    result = extract(text, gazetteer)
    assert not [m for m in result.mentions if result.quote(m).startswith("المجلس المكلف")]


def test_a_ministry_in_charge_is_still_named_so(gazetteer):
    result = extract("وقال السيد محمد العلوي، الوزير المنتدب لدى الوزارة المكلفة بالمغاربة المقيمين بالخارج، إن …",
                     gazetteer)
    assert stated(result, "holds_position_in") == {("«محمد العلوي»", "organization/ministry-mre")}


@pytest.mark.parametrize("title", ["حول موضوع «الهجرة والتنقل: أية حكامة؟»", "حول «الهجرة والتنقل: أية حكامة؟»",
                                   "حول موضوع «الهجرة والتنقل»"])
def test_an_event_about_a_title_is_organized_by_its_relative_clause(gazetteer, title):
    text = f"انطلقت أشغال الندوة الدولية {title}، التي تنظمها كلية العلوم القانونية بالرباط."
    assert {agent for agent, _ in stated(extract(text, gazetteer), "organizes")} == {"«كلية العلوم القانونية»"}


def test_the_body_that_takes_on_leading_an_event_organizes_it(gazetteer):
    text = "أطلقت المنظمة الدولية للهجرة مشروعا في وجدة. وتولت المنظمة الأممية تأطير الدورة التكوينية بتعاون مع " \
        "منظمة أطباء العالم."
    assert ("organization/iom", "«الدورة التكوينية»") in stated(extract(text, gazetteer), "organizes")


def test_leading_people_at_an_event_organizes_nothing(gazetteer):
    text = "نظمت الجمعية ورشة. وتولت المنظمة الدولية للهجرة تأطير المستفيدين خلال الورشة."
    assert ("organization/iom", "«ورشة»") not in stated(extract(text, gazetteer), "organizes")


# Found in review -----------------------------------------------------------------------------------------------------

def test_an_agreement_priced_with_a_decimal_keeps_its_purpose(gazetteer):
    result = extract("وقع الاتحاد الأوروبي والمملكة المغربية اتفاقية بقيمة 4.2 مليون يورو لدعم البلديات.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "agreement"] \
        == ["اتفاقية بقيمة 4.2 مليون يورو لدعم البلديات"]


@pytest.mark.parametrize("text, relation, pair", [
    ("وتتولى المنظمة الدولية للهجرة تنفيذ المشروع الإقليمي «نور».", "implements", ("organization/iom", "«نور»")),
    ("ورصد الاتحاد الأوروبي للمشروع الجديد «نور» 3 ملايين يورو.", "funds", ("organization/eu", "«نور»")),
])
def test_a_noun_then_its_name_is_the_named_item(gazetteer, text, relation, pair):
    result = extract("أطلقت الوزارة مشروع «أمل». " + text, gazetteer)
    assert pair in stated(result, relation) and (pair[0], "«أمل»") not in stated(result, relation)


def test_money_of_a_frame_said_by_its_participle_is_the_frames(gazetteer):
    text = "ويندرج مشروع «سبل العيش» ضمن برنامج «آفاق» الممول من الاتحاد الأوروبي."
    assert stated(extract(text, gazetteer), "funds") == {("organization/eu", "«آفاق»")}


def test_a_body_named_by_its_head_noun_before_quotes_is_listed(gazetteer):
    text = "وشارك في الورشة ممثلو الأردن ولبنان، فضلا عن جمعية «أيادي التضامن»."
    assert len(_took_part(gazetteer, text)) == 3


@pytest.mark.parametrize("text, body", [
    ("وأكد مدير الوكالة المكلفة بإنعاش التشغيل أن البرنامج ناجح.", "الوكالة المكلفة بإنعاش التشغيل"),
    ("ونظمت جمعية يوسف بن تاشفين للتنمية ورشة.", "جمعية يوسف"),
])
def test_a_body_in_charge_or_named_for_a_person_is_still_named(gazetteer, text, body):
    result = extract(text, gazetteer)
    assert any(result.quote(m).startswith(body) and m.kind == "organization" for m in result.mentions)
    assert not [m for m in result.mentions if m.kind == "person"]


def test_a_nisba_adjective_after_a_head_noun_is_no_verb(gazetteer):
    result = extract("وأطلقت الوكالة اليابانية للتعاون الدولي مشروع ياباني لدعم التعليم في المغرب.", gazetteer)
    assert any(m.kind == "project" for m in result.mentions)


def test_a_partnership_agreement_with_a_title_is_an_agreement(gazetteer):
    result = extract("ووقع المغرب والاتحاد الأوروبي اتفاقية شراكة «التنقل من أجل التنمية».", gazetteer)
    assert {m.kind for m in result.mentions if result.quote(m) == "التنقل من أجل التنمية"} == {"agreement"}


def test_a_frame_that_goes_on_is_no_object(gazetteer):
    text = "ونفذت المنظمة الدولية للهجرة، في إطار برنامج «آفاق»، ومشروع «سبل العيش»، حملات تحسيسية."
    assert ("organization/iom", "«سبل العيش»") not in stated(extract(text, gazetteer), "implements")


@pytest.mark.parametrize("unit", [
    # items named one after another, each then funded as «the new one»
    "أطلقت المنظمة الدولية للهجرة مشروع «نور». ويمول الاتحاد الأوروبي المشروع الجديد. ",
    # numbers with a decimal point in a row
    "12.4 ",
    # bodies in quotes listed as those who take part
    "وحضر الورشة ممثلون عن «أنابيك» و«الأونروا». ",
])
def test_this_sessions_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


# Signers listed with their titles in apposition ----------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "ومديرة الصندوق الدولي للتنمية الزراعية، نادين غوتييه،",
    # the body's acronym in brackets, Arabic letters, and where the post is
    "والمديرة القطرية للصندوق الدولي للتنمية الزراعية (إيفاد) بتونس، نادين غوتييه،",
])
def test_the_next_signer_by_a_title_after_a_comma(gazetteer, second):
    text = f"وقع وزير الاقتصاد، فريد بن حسين، {second} اتفاقية قرض لتمويل مشروع «واحات»."
    assert {agent for agent, _ in stated(extract(text, gazetteer), "signatory_of")} \
        >= {"«فريد بن حسين»", "«نادين غوتييه»"}


def test_a_name_after_a_bodys_bracketed_acronym_holds_the_post(gazetteer):
    text = "وقال المدير العام للوكالة الألمانية للتعاون الدولي (جيز)، كريم الوردي، إن المشروع ناجح."
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«كريم الوردي»", "organization/giz")}


# Carried out through bodies ------------------------------------------------------------------------------------------

PROGRAMME = "أطلقت الوزارة برنامج «آفاق» لتشغيل الشباب. "


def test_a_programme_carried_out_through_bodies_is_theirs(gazetteer):
    text = PROGRAMME + "ووفقا للبيان، يُنفَّذ البرنامج على مدى ثلاث سنوات في محافظات الجيزة والإسكندرية، من خلال منظمة " \
        "الأمم المتحدة للطفولة (يونيسف) والمفوضية السامية للأمم المتحدة لشؤون اللاجئين."
    assert stated(extract(text, gazetteer), "implements") \
        == {("organization/unicef", "«آفاق»"), ("organization/unhcr", "«آفاق»")}


@pytest.mark.parametrize("text", [
    "ويُنفَّذ البرنامج من خلال ورشات تكوينية لفائدة الشباب.",
    # (through whom another clause's money goes)
    "ويُنفَّذ البرنامج تحت إشراف الوزارة، فيما تتحمل ألمانيا تمويل شقه الفني من خلال الوكالة الألمانية للتعاون الدولي.",
])
def test_carried_out_through_no_body_of_its_clause_is_no_implementer(gazetteer, text):
    assert stated(extract(PROGRAMME + text, gazetteer), "implements") == set()


def test_a_title_after_the_name_of_who_receives_is_the_guests(gazetteer):
    # «استقبل [title] X [title] …»: the subject named with his title; the bare title after his name is his guest's
    text = "الكويت – استقبل وزير الخارجية الكويتي الشيخ عبد الله اليحيا المفوض السامي لشؤون اللاجئين فيليبو غراندي."
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«عبد الله اليحيا»", "country/kuwait")}


@pytest.mark.parametrize("text", [
    "نظمت المندوبية دورة تكوينية لفائدة 260 باحثا، واحتضنتها المدرسة الوطنية للإحصاء بالرباط.",
    "نظمت المندوبية دورة تكوينية لفائدة 260 باحثا ومراقبا، واحتضنتها المدرسة الوطنية للإحصاء بالرباط.",
])
def test_the_host_of_an_event_its_clause_closes_with_a_comma(gazetteer, text):
    assert stated(extract(text, gazetteer), "hosts") == {("«المدرسة الوطنية للإحصاء»", "«دورة تكوينية»")}


def test_a_host_after_another_clause_hosts_no_event_named_before(gazetteer):
    text = "نظمت المندوبية دورة تكوينية، وأعلنت أن الدورة المقبلة ستنعقد في فاس، واحتضنتها المدرسة الوطنية للإحصاء."
    assert ("«المدرسة الوطنية للإحصاء»", "«دورة تكوينية»") not in stated(extract(text, gazetteer), "hosts")
