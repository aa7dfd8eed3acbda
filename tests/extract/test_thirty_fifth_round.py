"""Readings of the thirty-fifth session: who speaks before the participants speaks at the event the document reports
(«في كلمته إن …» alone stays no participation: ``test_stricter_rules_and_places``); a partner noun in quotes; who signs
is at the signing the document reports; who pays the rest, said in more ways, funds the item. Made-up sentences, each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .test_genre_relations import stated

WORKSHOP = "نظمت المنظمة الدولية للهجرة يوم الثلاثاء 5 مارس 2024 بالرباط ورشة عمل حول إدماج المهاجرين. "


# A speech before the participants -------------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "وقال السيد كريم الإدريسي في كلمته أمام الحاضرين: «نريد شراكة أوسع».",
    "وأكد السيد كريم الإدريسي، في مداخلته أمام المشاركين، أن الهجرة فرصة للتنمية.",
])
def test_who_speaks_before_the_participants_takes_part(gazetteer, said):
    result = extract(WORKSHOP + said, gazetteer)
    assert ("«كريم الإدريسي»", "«ورشة عمل حول إدماج المهاجرين»") in stated(result, "participates_in")


@pytest.mark.parametrize("said", [
    "وكان السيد كريم الإدريسي قد أكد في كلمته أمام البرلمان أن الهجرة فرصة للتنمية.",
    "وأشار السيد كريم الإدريسي في كلمته بمراجعة الأرقام إلى ضرورة التنسيق.",
])
def test_a_speech_before_another_audience_or_on_another_matter_is_no_participation(gazetteer, said):
    result = extract(WORKSHOP + said, gazetteer)
    assert ("«كريم الإدريسي»", "«ورشة عمل حول إدماج المهاجرين»") not in stated(result, "participates_in")


# A partner noun in quotes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["وأكدت الوزيرة أن مصر «شريك محوري» للمنظمة الدولية للهجرة في شمال أفريقيا.",
                                  "وأكدت الوزيرة أن مصر «شريك استراتيجي للمنظمة الدولية للهجرة» في المنطقة."])
def test_a_partner_noun_in_quotes_is_said_of_the_body_before_it(gazetteer, said):
    assert ("country/egypt", "organization/iom") in stated(extract(said, gazetteer), "partner_of")


def test_a_quoted_partner_noun_with_no_body_before_it_names_no_partner(gazetteer):
    result = extract("وقال الوزير إن «الشريك الاستراتيجي» للمنظمة الدولية للهجرة لم يحدد بعد.", gazetteer)
    assert not stated(result, "partner_of")


# Who signs is at the signing the document reports ---------------------------------------------------------------------

SIGNING = ("جرت يوم الخميس 14 مارس 2024 بالرباط مراسم التوقيع على اتفاقية شراكة بين وزارة الشغل والمنظمة الدولية "
           "للهجرة. وتهدف الاتفاقية إلى دعم إدماج المهاجرين. ")


def test_who_signs_is_at_the_signing_the_document_reports(gazetteer):
    result = extract(SIGNING + "ووقّع الاتفاقية عن الجانب المغربي السيد كريم الإدريسي، الكاتب العام للوزارة.", gazetteer)
    assert ("«كريم الإدريسي»", "«مراسم التوقيع»") in stated(result, "participates_in")


def test_who_signs_is_not_at_a_signing_still_to_come(gazetteer):
    result = extract("ومن المرتقب أن تجري الأسبوع المقبل بالرباط مراسم التوقيع على اتفاقية شراكة بين وزارة الشغل والمنظمة "
                     "الدولية للهجرة. ووقّع الاتفاقية الأولى سنة 2019 السيد كريم الإدريسي.", gazetteer)
    assert not {f for f in stated(result, "participates_in") if f[0] == "«كريم الإدريسي»"}


def test_who_signs_is_at_no_signing_when_the_document_reports_two(gazetteer):
    result = extract(SIGNING + "ووقّع الاتفاقية عن الجانب المغربي السيد كريم الإدريسي. وكانت مراسم توقيع الاتفاق الأول قد "
                     "جرت بتونس سنة 2019.", gazetteer)
    assert ("«كريم الإدريسي»", "«مراسم التوقيع»") not in stated(result, "participates_in")


# Who pays the rest -------------------------------------------------------------------------------------------------------

PROJECT = "وأطلقت جمعية الأمل مشروع «فرص» لفائدة المهاجرين بكلفة تناهز 4 ملايين درهم، تساهم فيه الوكالة الإسبانية للتعاون الدولي من أجل التنمية بثلاثة ملايين درهم، "


@pytest.mark.parametrize("rest", ["في حين تتحمل منظمة العمل الدولية النسبة المتبقية.",
                                  "بينما تتكفل منظمة العمل الدولية بتغطية الجزء المتبقي.",
                                  "فيما تساهم منظمة العمل الدولية بالباقي من مواردها الذاتية."])
def test_who_pays_the_rest_funds_the_item(gazetteer, rest):
    assert ("organization/ilo", "«فرص»") in stated(extract(PROJECT + rest, gazetteer), "funds")


def test_who_bears_the_rest_of_a_burden_funds_nothing(gazetteer):
    result = extract(PROJECT + "فيما تتحمل منظمة العمل الدولية الجزء المتبقي من المسؤولية.", gazetteer)
    assert ("organization/ilo", "«فرص»") not in stated(result, "funds")


# Places: past a place's own adjective, a list its plural opens, a part «من» its country ---------------------------------


def test_a_place_past_its_own_adjective_is_in_the_unit_after_it(gazetteer):
    result = extract("ووصلت القافلة إلى بلدة أدري الحدودية بولاية وداي، شرقي تشاد.", gazetteer)
    assert {("city/adre", "region/ouaddai"), ("city/adre", "country/chad")} <= stated(result, "located_in")


def test_each_city_of_a_list_its_plural_opens_is_in_the_nation_of_the_adjective(gazetteer):
    result = extract("وانطلقت الرحلة من مدن خاركيف وأوديسا الأوكرانية.", gazetteer)
    assert {("city/kharkiv", "country/ukraine"), ("city/odesa", "country/ukraine")} <= stated(result, "located_in")


def test_a_city_listed_before_a_city_and_its_nation_adjective_is_not_in_that_nation(gazetteer):
    result = extract("وزار الوفد الرباط وأوديسا الأوكرانية.", gazetteer)
    assert ("city/rabat", "country/ukraine") not in stated(result, "located_in")


def test_a_place_in_a_part_of_a_country_after_min_is_in_it(gazetteer):
    result = extract("ووصلت القافلة إلى مدينة الكفرة، في أقصى الجنوب الشرقي من ليبيا.", gazetteer)
    assert ("city/kufra", "country/libya") in stated(result, "located_in")


def test_each_city_of_a_list_its_plural_opens_is_in_the_unit_the_aside_names(gazetteer):
    result = extract("وتستهدف الحملة الشباب بمدن العرائش والقصر الكبير وأصيلة، التابعة لجهة طنجة-تطوان-الحسيمة.", gazetteer)
    assert {(f"city/{c}", "region/tanger-tetouan-al-hoceima") for c in ("larache", "ksar-el-kebir", "asilah")} \
        <= stated(result, "located_in")


def test_after_a_dual_a_singular_aside_is_the_last_places_only(gazetteer):
    result = extract("وزار الوفد مدينتي العرائش وأصيلة، التابعة لجهة طنجة-تطوان-الحسيمة.", gazetteer)
    assert ("city/larache", "region/tanger-tetouan-al-hoceima") not in stated(result, "located_in")


@pytest.mark.parametrize("said, city", [("ووقع الجانبان الاتفاقية في حفل أقيم في عمّان.", "city/amman"),
                                        ("ووقع الجانبان الاتفاقية خلال حفل أقيمت فقراته بالرياض.", "city/riyadh")])
def test_an_event_said_to_be_held_with_no_relative_pronoun_is_where_the_text_says(gazetteer, said, city):
    assert ("«حفل»", city) in stated(extract(said, gazetteer), "located_in")


def test_a_hosting_city_hosts_past_what_contains_it(gazetteer):
    result = extract("احتضنت مدينة جرجيس التابعة لولاية مدنين في جنوب شرق تونس، في جوان 2020، دورة تكوينية حول الهجرة.",
                     gazetteer)
    assert ("«دورة تكوينية حول الهجرة»", "city/zarzis") in stated(result, "located_in")


@pytest.mark.parametrize("said, body, city", [
    ("واستقبلت الوكالة المغربية للتعاون الدولي الطلبة في مقرها بالرباط.", "organization/amci", "city/rabat"),
    ("ونظم مركز الملك سلمان للإغاثة والأعمال الإنسانية ورشة عمل بمقره الرئيسي في الرياض.", "organization/ksrelief",
     "city/riyadh"),
])
def test_a_body_sits_in_the_city_of_its_seat_its_pronoun_names(gazetteer, said, body, city):
    assert (body, city) in stated(extract(said, gazetteer), "located_in")


def test_the_seat_pronoun_is_the_body_whose_gender_agrees(gazetteer):
    result = extract("ووقّع مركز الملك سلمان للإغاثة والأعمال الإنسانية والمنظمة الدولية للهجرة الاتفاقية في مقرها "
                     "بجنيف.", gazetteer)
    assert ("organization/ksrelief", "city/geneva") not in stated(result, "located_in")


# A group, a colon, then those of it by name ----------------------------------------------------------------------------


def test_a_group_then_a_colon_then_those_of_it_by_name_take_part(gazetteer):
    result = extract("نظمت الوزارة الاجتماع الوزاري حول الهجرة بلشبونة يوم 3 مارس 2022. وحضرت الأشغال وفود البلدان "
                     "الأعضاء: الجزائر وليبيا وموريتانيا.", gazetteer)
    assert {(f"country/{c}", "«الاجتماع الوزاري حول الهجرة»") for c in ("algeria", "libya", "mauritania")} \
        <= stated(result, "participates_in")


def test_a_colon_after_a_group_another_verb_governs_names_no_participant(gazetteer):
    result = extract("نظمت الوزارة الاجتماع الوزاري حول الهجرة بلشبونة يوم 3 مارس 2022. ودعا المشاركون البلدان "
                     "الأعضاء: الجزائر وليبيا وموريتانيا، إلى التعاون.", gazetteer)
    assert not {f for f in stated(result, "participates_in") if f[0].startswith("country/")}


# A professor or a researcher, no honorific -----------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["وقالت هبة النابلسي، أستاذة الاقتصاد في الجامعة الهاشمية، إن الدراسة مهمة.",
                                  "وقالت هبة النابلسي، الباحثة في الجامعة الهاشمية، إن الدراسة مهمة."])
def test_a_professor_or_researcher_named_before_her_title_holds_it_in_the_university(gazetteer, said):
    assert ("«هبة النابلسي»", "«الجامعة الهاشمية»") in stated(extract(said, gazetteer), "holds_position_in")


def test_a_professor_by_honorific_alone_holds_no_post(gazetteer):
    result = extract("وقال الأستاذ محمد العلمي إن الجامعة الهاشمية شريك مهم.", gazetteer)
    assert not stated(result, "holds_position_in")


def test_the_countries_whose_governments_sign_are_parties(gazetteer):
    result = extract("وأشار إلى اتفاقية العمل الثنائية التي وقعتها حكومتا نيبال وقطر سنة 2005.", gazetteer)
    assert {("country/nepal", "«اتفاقية العمل الثنائية»"), ("country/qatar", "«اتفاقية العمل الثنائية»")} \
        <= stated(result, "signatory_of")


# Kept after the review ------------------------------------------------------------------------------------------------


def test_who_bears_the_remaining_share_of_the_cost_funds_the_item(gazetteer):
    result = extract(PROJECT + "فيما تتحمل منظمة العمل الدولية النسبة المتبقية من كلفة المشروع.", gazetteer)
    assert ("organization/ilo", "«فرص»") in stated(result, "funds")


@pytest.mark.parametrize("said", ["وبعد اختتام ورشة العمل حول الهجرة جرى نقل المشاركين إلى مدينة طنجة.",
                                  "وعلى هامش ورشة العمل حول الهجرة، انعقد لقاء ثنائي في طنجة."])
def test_a_new_clause_after_an_event_says_not_where_it_was_held(gazetteer, said):
    assert ("«ورشة العمل حول الهجرة»", "city/tangier") not in stated(extract(said, gazetteer), "located_in")


def test_an_indefinite_event_that_took_place_somewhere_is_there(gazetteer):
    assert ("«ندوة»", "city/rabat") in stated(extract("وقدم الباحث دراسته في ندوة أقيمت في الرباط.", gazetteer),
                                             "located_in")


def test_a_masculine_aside_after_a_plurals_list_is_the_last_places_only(gazetteer):
    result = extract("ويستفيد منه اللاجئون في مدن عمّان والزرقاء ومخيم الزعتري التابع لمحافظة المفرق.", gazetteer)
    assert not {f for f in stated(result, "located_in") if f[0] in ("city/amman", "city/zarqa")}


def test_a_plural_starting_with_its_own_letter_opens_a_list(gazetteer):
    result = extract("وزار الوفد بلدات الرشيدية وتنغير المغربية.", gazetteer)
    assert {("city/errachidia", "country/morocco"), ("city/tinghir", "country/morocco")} <= stated(result, "located_in")


def test_the_body_a_title_names_does_not_sit_where_the_seat_pronoun_is(gazetteer):
    result = extract("استقبل وزير الخارجية سفير الاتحاد الأوروبي في مقره بالرباط.", gazetteer)
    assert ("organization/eu", "city/rabat") not in stated(result, "located_in")


def test_signers_of_another_agreement_are_not_at_a_signing_to_come(gazetteer):
    result = extract("وقع السيد أحمد العلوي سنة 2018 اتفاقية مع منظمة العمل الدولية في جنيف. وسيجري حفل التوقيع على "
                     "الاتفاقية الجديدة في الرباط.", gazetteer)
    assert not {f for f in stated(result, "participates_in") if f[0] == "«أحمد العلوي»"}


def test_a_researcher_in_a_field_holds_no_post_in_the_body_after(gazetteer):
    result = extract("وانتقد كريم العلوي، الباحث في الهجرة، المنظمة الدولية للهجرة.", gazetteer)
    assert not stated(result, "holds_position_in")


def test_a_saying_after_a_colon_names_no_participant(gazetteer):
    result = extract("نظمت الوزارة الاجتماع الوزاري حول الهجرة بلشبونة يوم 3 مارس 2022. وتدخل ممثلو الجمعيات المحلية "
                     "قائلين: الاتحاد الأوروبي مسؤول عن الأزمة.", gazetteer)
    assert ("organization/eu", "«الاجتماع الوزاري حول الهجرة»") not in stated(result, "participates_in")


def test_a_hosting_city_hosts_past_what_contains_it_and_its_comma(gazetteer):
    result = extract("احتضنت مدينة جرجيس التابعة لولاية مدنين، دورة تكوينية حول الهجرة.", gazetteer)
    assert ("«دورة تكوينية حول الهجرة»", "city/zarzis") in stated(result, "located_in")
