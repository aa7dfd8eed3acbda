"""Readings of the thirty-fourth session: a group named, then some or all of it by name; those among whom a fronted
clause counts the participants; an event's proceedings held in a city, the city by its epithet. Made-up sentences,
each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear, assert_output_names_every_argument
from .test_genre_relations import stated

FORUM = "نظمت الوزارة المنتدى الإقليمي حول الهجرة بطنجة يوم 3 مارس 2022. "
AGENCIES = {("organization/ilo", "«المنتدى الإقليمي حول الهجرة»"), ("organization/iom", "«المنتدى الإقليمي حول الهجرة»")}


# A group, then those of it by name ------------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "وشهد المنتدى مشاركة ممثلي المنظمتين الشريكتين، وهما منظمة العمل الدولية والمنظمة الدولية للهجرة.",
    "وشارك في المنتدى ممثلو المنظمتين الشريكتين، وهما منظمة العمل الدولية والمنظمة الدولية للهجرة.",
    "وشارك في المنتدى مبعوثون عن وكالات أممية، من بينها منظمة العمل الدولية والمنظمة الدولية للهجرة.",
    "وعرف المنتدى مشاركة مبعوثين عن وكالات أممية، منها منظمة العمل الدولية والمنظمة الدولية للهجرة.",
])
def test_a_group_then_those_of_it_by_name_take_part(gazetteer, said):
    assert AGENCIES <= stated(extract(FORUM + said, gazetteer), "participates_in")


def test_a_group_named_later_in_the_list_then_those_of_it_by_name(gazetteer):
    result = extract(FORUM + "وشهد المنتدى مشاركة منظمة العمل الدولية، ومبعوثين عن وكالات أممية، من بينها المفوضية "
                             "السامية للأمم المتحدة لشؤون اللاجئين.", gazetteer)
    assert {("organization/ilo", "«المنتدى الإقليمي حول الهجرة»"), ("organization/unhcr", "«المنتدى الإقليمي حول الهجرة»")} \
        <= stated(result, "participates_in")


def test_those_a_group_then_names_after_another_verb_do_not_take_part(gazetteer):
    result = extract(FORUM + "ودعا المتدخلون الوكالات الأممية، وهما منظمة العمل الدولية والمنظمة الدولية للهجرة، إلى "
                             "دعم الجمعيات.", gazetteer)
    assert not AGENCIES & stated(result, "participates_in")


# Among those who came, fronted ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("among", ["ومن بين البلدان التي حضرت وفودها", "ومن بين الدول المشاركة",
                                   "ومن بين الدول التي شاركت فيه"])
def test_those_among_whom_a_fronted_clause_counts_the_participants_take_part(gazetteer, among):
    result = extract(FORUM + f"{among} إسبانيا والسنغال ومالي.", gazetteer)
    assert {(f"country/{c}", "«المنتدى الإقليمي حول الهجرة»") for c in ("spain", "senegal", "mali")} \
        <= stated(result, "participates_in")


def test_those_among_whom_another_clause_counts_do_not_take_part(gazetteer):
    result = extract(FORUM + "ومن بين الدول التي تستقبل المهاجرين إسبانيا وإيطاليا.", gazetteer)
    assert not stated(result, "participates_in")


# The proceedings held in a city, by its epithet -----------------------------------------------------------------------


@pytest.mark.parametrize("held", ["وجرت الأشغال بمراكش.", "وانعقدت الأشغال بالمدينة الحمراء مراكش، وسبقها اجتماع للخبراء.",
                                  "وانعقد المنتدى بالمدينة الحمراء مراكش."])
def test_the_proceedings_of_the_event_spoken_of_are_held_in_the_city(gazetteer, held):
    result = extract("نظمت الوزارة المنتدى الإقليمي حول الهجرة يوم 3 ماي 2022. " + held, gazetteer)
    assert ("«المنتدى الإقليمي حول الهجرة»", "city/marrakesh") in stated(result, "located_in")


def test_a_city_by_its_epithet_is_where_an_event_is_held(gazetteer):
    result = extract("ونظمت الجمعية ندوة حول الهجرة بالمدينة الحمراء مراكش.", gazetteer)
    assert ("«ندوة حول الهجرة»", "city/marrakesh") in stated(result, "located_in")


def test_the_proceedings_of_a_named_event_held_in_a_country_are_hosted_there(gazetteer):
    result = extract("وانعقدت أشغال المؤتمر الإقليمي بالمغرب.", gazetteer)
    assert ("country/morocco", "«المؤتمر الإقليمي»") in stated(result, "hosts")


def test_the_old_city_of_a_town_is_no_epithet_of_another(gazetteer):
    result = extract("ونظمت الجمعية ندوة بالمدينة العتيقة لفاس.", gazetteer)
    assert stated(result, "located_in") <= {("«ندوة»", "city/fes")}


# A partner noun in apposition to the body before it --------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("وتعمل لجنة الإنقاذ الدولية، أحد شركاء المفوضية السامية للأمم المتحدة لشؤون اللاجئين في البلاد، على توزيع المساعدات.",
     ("«لجنة الإنقاذ الدولية»", "organization/unhcr")),
    ("وأطلقت الوكالة مشروع «تمكين». وأكدت جمعية الأمل، وهي شريكة في المشروع، أن التكوين سيبدأ قريبا.",
     ("«جمعية الأمل»", "«تمكين»")),
    ("وأطلقت الوكالة مشروع «تمكين». وأكدت جمعية الأمل، وهي شريكة في مشروع «تمكين»، أن التكوين سيبدأ قريبا.",
     ("«جمعية الأمل»", "«تمكين»")),
])
def test_a_partner_noun_in_apposition_is_said_of_the_body_before_it(gazetteer, text, expected):
    assert expected in stated(extract(text, gazetteer), "partner_of")


def test_the_body_after_an_apposed_partner_noun_is_no_partner(gazetteer):
    result = extract("وحضر الاجتماع ممثلو منظمة العمل الدولية، الشريكة في برنامج «ثامر»، ووزارة الشغل.", gazetteer)
    assert stated(result, "partner_of") == {("organization/ilo", "«ثامر»")}


# Who signs during an event, or at the signing's own ceremony -----------------------------------------------------------


def test_the_parties_to_a_signing_at_its_own_ceremony_do_not_take_part_in_it(gazetteer):
    result = extract("وقّعت المنظمة الدولية للهجرة ومركز الملك سلمان للإغاثة والأعمال الإنسانية، خلال حفل أقيم بمقر المركز في "
                     "الرياض، اتفاقية لتمويل مشروع العودة.", gazetteer)
    assert not any(who.startswith("organization/") for who, _ in stated(result, "participates_in"))


def test_the_parties_to_a_signing_during_another_event_take_part_in_it(gazetteer):
    result = extract("ووقّعت المنظمة الدولية للهجرة اتفاقية منحة مع الوكالة السويدية للتعاون الإنمائي الدولي، وذلك خلال "
                     "افتتاح «ندوة التنقل في أفريقيا» في نيروبي.", gazetteer)
    assert ("organization/iom", "«ندوة التنقل في أفريقيا»") in stated(result, "participates_in")


# Whose seat: the pronoun's gender; a gift as a grant ------------------------------------------------------------------


@pytest.mark.parametrize("seat, host", [("مقره بالرياض", "organization/ksrelief"), ("مقرها بجنيف", "organization/iom")])
def test_the_body_whose_seat_hosts_agrees_with_the_pronoun(gazetteer, seat, host):
    result = extract("وقّع مركز الملك سلمان للإغاثة والأعمال الإنسانية والمنظمة الدولية للهجرة اتفاقية تعاون، خلال مراسم أقيمت "
                     f"اليوم في {seat}.", gazetteer)
    assert {who for who, _ in stated(result, "hosts")} == {host}


@pytest.mark.parametrize("said", ["وأطلقت الوزارة برنامج «مهارات» بهبة من الحكومة الإيطالية.",
                                  "وأطلقت الوزارة برنامج «مهارات». ويُموَّل البرنامج بهبة من الحكومة الإيطالية قدرها 10 "
                                  "ملايين يورو."])
def test_a_gift_from_a_donor_funds_the_item(gazetteer, said):
    assert ("country/italy", "«مهارات»") in stated(extract(said, gazetteer), "funds")


# Who is only expected to take part ------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected", ["ويُنتظر أن يشارك فيها", "ومن المرتقب أن يحضرها", "ويتوقع أن تشارك فيها"])
def test_who_is_only_expected_to_take_part_does_not(gazetteer, expected):
    result = extract("وتستعد الجزائر العاصمة لاحتضان ندوة إقليمية حول الهجرة، تنظمها المنظمة الدولية للهجرة يومي 14 و15 أكتوبر "
                     f"المقبل، {expected} ممثلون عن النيجر ومالي وتشاد.", gazetteer)
    assert not stated(result, "participates_in")


def test_who_took_part_after_an_expectation_said_of_another_clause_did(gazetteer):
    result = extract("ونظمت المنظمة الدولية للهجرة ندوة إقليمية، شارك فيها ممثلون عن النيجر ومالي. ومن المرتقب أن يشارك "
                     "ممثلون عن تشاد في الندوة المقبلة.", gazetteer)
    assert {("country/niger", "«ندوة إقليمية»"), ("country/mali", "«ندوة إقليمية»")} <= stated(result, "participates_in")


# A minister's ministry named further in the sentence ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ووقع وزير العمل مازن العدوان مذكرة تفاهم مع الجانب المصري، في مبنى وزارة العمل بعمان.",
    "وقال وزير الشغل والإدماج المهني، السيد يونس السكوري، إن وزارة الشغل والإدماج المهني ستواصل دعم البرنامج.",
])
def test_a_minister_holds_his_post_in_the_ministry_named_further_in_the_sentence(gazetteer, text):
    posts = stated(extract(text, gazetteer), "holds_position_in")
    assert len(posts) == 1 and next(iter(posts))[1] in ("«وزارة العمل»", "organization/ministry-labour")


def test_a_minister_of_another_remit_holds_no_post_in_the_ministry_named_further(gazetteer):
    result = extract("ووقع وزير الداخلية مازن العدوان مذكرة تفاهم مع الجانب المصري، في مبنى وزارة العمل بعمان.", gazetteer)
    assert ("«مازن العدوان»", "«وزارة العمل»") not in stated(result, "holds_position_in")


# A supervisor general and a spokesperson, by the word that links the title to its body ---------------------------------

KSRELIEF = "أطلق مركز الملك سلمان للإغاثة والأعمال الإنسانية مشروعا جديدا لفائدة اللاجئين. "


@pytest.mark.parametrize("said", [
    "ووقع الاتفاقية المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة.",
    "وأوضح المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية، الدكتور عبدالله الربيعة، أن المشروع مستمر.",
    "وأوضح الدكتور عبدالله الربيعة، المشرف العام على المركز، أن المشروع مستمر.",
    "وأوضح المتحدث الرسمي باسم المركز، الدكتور عبدالله الربيعة، أن المشروع مستمر.",
    "وأوضح الدكتور عبدالله الربيعة، المتحدث الرسمي باسم المركز، أن المشروع مستمر.",
])
def test_a_title_linked_to_its_body_by_a_preposition_holds_a_post_there(gazetteer, said):
    posts = stated(extract(KSRELIEF + said, gazetteer), "holds_position_in")
    assert {body for _, body in posts} == {"organization/ksrelief"}


@pytest.mark.parametrize("title", ["مساعد المشرف العام للعمليات والبرامج", "مساعد المشرف العام"])
def test_a_title_that_names_no_body_before_a_signer_is_of_his_side(gazetteer, title):
    result = extract(KSRELIEF + f"ووقع الاتفاقية عن المركز {title} المهندس فهد بن سعيد الغامدي.", gazetteer)
    assert ("«فهد بن سعيد الغامدي»", "organization/ksrelief") in stated(result, "holds_position_in")


def test_a_title_that_names_a_body_before_a_signer_is_of_that_body(gazetteer):
    result = extract(KSRELIEF + "ووقع الاتفاقية عن المركز سفير المملكة المغربية السيد أحمد العلوي.", gazetteer)
    assert ("«أحمد العلوي»", "organization/ksrelief") not in stated(result, "holds_position_in")


def test_the_given_name_ali_in_a_name_is_no_link_of_a_title(gazetteer):
    result = extract(KSRELIEF + "وأوضح الدكتور سامي بن علي الغامدي أن المشروع مستمر.", gazetteer)
    assert not stated(result, "holds_position_in")


# What a review of the change found -----------------------------------------------------------------------------------


@pytest.mark.parametrize("delegations", ["وفود عن المغرب وتونس والسنغال، منها وفد وزاري", "وفود عن المغرب، منها وفد وزاري"])
def test_the_names_between_a_group_and_some_of_it_still_take_part(gazetteer, delegations):
    result = extract(f"انعقد المؤتمر الإقليمي بالرباط، بمشاركة {delegations}.", gazetteer)
    assert ("country/morocco", "«المؤتمر الإقليمي»") in stated(result, "participates_in")


def test_a_partner_noun_joined_to_a_list_names_its_partners_after_it(gazetteer):
    result = extract("أطلقت الوكالة مشروع «تمكين». وحضر اللقاء ممثلو المفوضية السامية للأمم المتحدة لشؤون اللاجئين، وشركاء "
                     "المشروع، وهم جمعية الأمل وجمعية النور.", gazetteer)
    assert stated(result, "partner_of") == {("«جمعية الأمل»", "«تمكين»"), ("«وجمعية النور»", "«تمكين»")}


def test_a_minister_with_a_short_name_holds_his_post_in_the_ministry_named_further(gazetteer):
    result = extract("وقال وزير الشغل والإدماج المهني، السيد علي، إن وزارة الشغل والإدماج المهني ستواصل دعم البرنامج.", gazetteer)
    assert ("«علي»", "organization/ministry-labour") in stated(result, "holds_position_in")


def test_the_parties_to_a_signing_at_an_events_opening_ceremony_take_part_in_it(gazetteer):
    result = extract("ووقّعت المنظمة الدولية للهجرة اتفاقية شراكة مع الوكالة السويدية للتعاون الإنمائي الدولي، خلال حفل "
                     "افتتاح الندوة الدولية حول الهجرة.", gazetteer)
    assert {who for who, _ in stated(result, "participates_in")} == {"organization/iom", "organization/sida"}


def test_assistance_to_governments_is_no_title(gazetteer):
    result = extract("ومن أهدافها مساعدة الحكومات على المشاركة برؤى موحدة في الفعاليات العالمية.", gazetteer)
    assert not [m for m in result.mentions if m.kind == "person"]


# A share given in words ----------------------------------------------------------------------------------------------


def test_a_share_given_in_words_funds_the_item_spoken_of(gazetteer):
    result = extract("وأطلقت الوزارة مشروع «جسور» لفائدة المهاجرين. فيما تساهم مؤسسة التعاون الوطني بغلاف مالي يناهز ثلاثة ملايين "
                     "درهم.", gazetteer)
    assert ("organization/entraide-nationale", "«جسور»") in stated(result, "funds")


def test_a_contribution_of_activities_is_no_funding(gazetteer):
    assert not stated(extract("وأطلقت الوزارة مشروع «جسور». وساهمت الجمعية بستة أنشطة.", gazetteer), "funds")


# More places of the region's governorates and cities -----------------------------------------------------------------


@pytest.mark.parametrize("text, place", [("افتتح الوزير مكتب التمثيل العمالي المصري في الدمام.", "city/dammam"),
                                         ("ووزعت المساعدات في محافظة ريف دمشق.", "region/rif-dimashq"),
                                         ("وعقدت الورشة في مدينة الفلوجة بمحافظة الأنبار.", "city/fallujah")])
def test_more_governorates_and_cities_are_places(gazetteer, text, place):
    assert place in {m.entity for m in extract(text, gazetteer).mentions}


@pytest.mark.parametrize("text", ["وقبلي الاجتماع ناقش الوفد التقرير.", "وشارك حماة البيئة في الحملة.",
                                  "ويقف ذلك حائلا دون الإدماج.", "وهو أمر عسير على الجمعيات."])
def test_words_that_are_also_place_names_are_no_places(gazetteer, text):
    assert not [m for m in extract(text, gazetteer).mentions if m.kind in ("city", "region")]


# Output and hostile input ---------------------------------------------------------------------------------------------


def test_the_output_names_every_argument(gazetteer, base_iri):
    assert_output_names_every_argument(FORUM + "وشهد المنتدى مشاركة ممثلي المنظمتين الشريكتين، وهما منظمة العمل "
                                                "الدولية والمنظمة الدولية للهجرة. ومن بين الدول المشاركة مالي. وجرت "
                                                "الأشغال بالمدينة الحمراء مراكش.", gazetteer, base_iri)


def test_this_sessions_readings_stay_linear(gazetteer):
    """Hostile input: every reading at once, a thousand times over."""
    assert_linear("وشهد المنتدى مشاركة ممثلي المنظمتين الشريكتين، وهما منظمة العمل الدولية والمنظمة الدولية للهجرة، "
                  "ومبعوثين عن وكالات أممية، من بينها اليونيسف. ومن بين البلدان التي حضرت وفودها مالي. "
                  "وانعقدت الأشغال بالمدينة الحمراء مراكش. وأكدت جمعية الأمل، وهي شريكة في المشروع، دعمها. "
                  "وأطلقت الوزارة برنامجا بهبة من إيطاليا، خلال مراسم أقيمت في مقره. "
                  "ويُنتظر أن يشارك فيها ممثلون عن مالي.\n", gazetteer)
