"""Dates and amounts on what they refer to (``relations.attach``): an item named again by a bare
«المشروع» or by the pronoun of «كلفته», the clause a value stands in, a dateline's day, an amount right
after the item it is the value of. Sentences of the develop split of tests/data/extraction-dev and
made-up variants, each with a variant where the mechanism must not apply."""

import pytest

from kg.extract.pipeline import Extraction, extract

from .conftest import assert_scales


def on(result: Extraction, value: str) -> set[tuple[str, str]]:
    """(property, subject) of each attachment of the value quoted ``value``."""
    return {(v.prop, result.quote(v.subject) if v.subject else f"fact:{result.facts[v.fact].kind}")
            for v in result.values if result.quote(v.value) == value}


# A bare «المشروع», «البرنامج» and the pronoun of «كلفته» stand for the item -----------------------------

SOUTH_SOUTH = ("احتضنت مدينة طنجة الإطلاق الرسمي لمشروع «التعاون جنوب-جنوب في مجال الهجرة» الذي يجمع المغرب "
               "والسنغال. ويستفيد المشروع من تمويل يقدمه الصندوق الائتماني الأوروبي للطوارئ من أجل إفريقيا. "
               "وحسب وثيقة العمل الخاصة بالمشروع، المؤرخة في شتنبر 2017، تقدر كلفته الإجمالية بـ10.336.200 يورو.")


def test_a_value_of_the_project_named_again_by_a_bare_noun_and_a_pronoun(gazetteer):
    """fund_eutf_bmz_southsouth_2019 (develop): the working paper «الخاصة بالمشروع» and «كلفته» are the
    project's, though the fund is named after it."""
    result = extract(SOUTH_SOUTH, gazetteer)
    project = "التعاون جنوب-جنوب في مجال الهجرة"
    assert on(result, "شتنبر 2017") == {("attestedOn", project)}
    assert on(result, "10.336.200 يورو") == {("budget", project)}


@pytest.mark.parametrize("text, value, subject", [
    # a masculine noun named again right before a masculine pronoun: the project, not the event the text is about
    ("أطلقت جمعية الأمل مشروع «عدالة للجميع». ونظمت الجمعية يوما دراسيا حول الهجرة. وأبرز رئيس الجمعية أهمية "
     "هذا المشروع الذي تبلغ ميزانيته 1.2 مليون درهم.", "1.2 مليون درهم", "عدالة للجميع"),
    # a feminine pronoun is not the masculine noun's: the workshop's cost
    ("أطلقت جمعية الأمل مشروع «عدالة للجميع». ونظمت الجمعية ورشة حول الهجرة في إطار المشروع بلغت كلفتها "
     "20 ألف درهم.", "20 ألف درهم", "ورشة حول الهجرة"),
])
def test_a_pronoun_after_an_item_named_again_agrees_with_it(gazetteer, text, value, subject):
    assert {s for _, s in on(extract(text, gazetteer), value)} == {subject}


@pytest.mark.parametrize("text, year", [
    # a bare year right after a word is part of what the word ends (a horizon, a founding year in a name), no
    # date of the event nearby; after «سنة» or «في» it is one
    ("نظمت جمعية الأمل، يوم السبت 20 أبريل 2019، يوما دراسيا في إطار رؤية 2030.", "2030"),
    ("نظمت جمعية وجدة عين غزال 2000، يوم السبت 20 أبريل 2019، يوما دراسيا.", "2000"),
])
def test_a_year_that_ends_a_name_is_no_date_of_the_item_nearby(gazetteer, text, year):
    assert on(extract(text, gazetteer), year) == set()


def test_a_year_after_a_word_of_time_is_still_the_items(gazetteer):
    result = extract("نظمت جمعية الأمل يوما دراسيا حول الهجرة سنة 2019.", gazetteer)
    assert {s for _, s in on(result, "2019")} == {"يوما دراسيا"}


def test_a_pronoun_with_no_item_before_it_refers_to_nothing(gazetteer):
    result = extract("وتقدر كلفته الإجمالية بـ10 ملايين يورو حسب الوزارة.", gazetteer)
    assert on(result, "10 ملايين يورو") == set()


JOINT = ("وقّعت الوزارة ومنظومة الأمم المتحدة برنامجاً مشتركاً لدعم الاستراتيجية الوطنية للهجرة واللجوء. "
         "وقد أُحدث صندوق مشترك لتعبئة الموارد، ويمتد البرنامج على الفترة ٢٠١٧-٢٠٢١.")


def test_a_period_of_the_programme_named_again_not_of_the_fund_before_it(gazetteer):
    """law_snia_un_joint_programme_2016 (develop): «ويمتد البرنامج على الفترة ٢٠١٧-٢٠٢١»."""
    result = extract(JOINT, gazetteer)
    programme = "برنامجاً مشتركاً لدعم الاستراتيجية الوطنية للهجرة واللجوء"
    assert on(result, "٢٠١٧-٢٠٢١") == {("startDate", programme), ("endDate", programme)}
    # without the bare noun, the nearest item of the sentence: the fund
    result = extract(JOINT.replace("ويمتد البرنامج", "ويمتد"), gazetteer)
    assert programme not in {subject for _, subject in on(result, "٢٠١٧-٢٠٢١")}


def test_an_item_named_again_is_the_last_of_its_kind_before_it_in_the_sentence(gazetteer):
    result = extract("أطلقت الجمعية مشروع «جسور» ثم مشروع «أمل»، وتبلغ ميزانية المشروع مليوني درهم.", gazetteer)
    assert on(result, "مليوني درهم") == {("budget", "أمل")}


# The clause a value stands in ---------------------------------------------------------------------------

def test_an_amount_is_not_of_an_item_in_the_next_clause(gazetteer):
    """law_snia_un_joint_programme_2016 (develop): the fund created in the clause after the amount is
    not what the amount is for."""
    result = extract("وقّعت الوزارة برنامج «الهجرة والتنمية». وتلتزم الوكالات بتعبئة ١٣ مليون دولار أمريكي "
                     "لفائدة البرنامج، وقد أُحدث صندوق مشترك لتعبئة الموارد.", gazetteer)
    assert on(result, "١٣ مليون دولار أمريكي") == {("budget", "الهجرة والتنمية")}


def test_an_item_after_the_value_in_its_clause_still_takes_it(gazetteer):
    result = extract("خصصت الوكالة 5 ملايين يورو لمشروع «جسور».", gazetteer)
    assert on(result, "5 ملايين يورو") == {("budget", "جسور")}


def test_a_place_between_an_item_and_its_amount_takes_nothing(gazetteer):
    result = extract("أطلقت المنظمة مشروع «جسور» في شمال أفريقيا بقيمة 5 ملايين يورو.", gazetteer)
    assert on(result, "5 ملايين يورو") == {("budget", "جسور")}


@pytest.mark.parametrize("text", [
    "خصصت الوزارة 10 ملايين درهم، في إطار برنامج «أمل».",        # «، في» is no new clause
    "رصدت الحكومة 10 ملايين درهم، وذلك لفائدة برنامج «أمل».",     # nor «، وذلك»
])
def test_a_comma_before_a_preposition_or_wa_dhalika_goes_on_the_clause(gazetteer, text):
    assert on(extract(text, gazetteer), "10 ملايين درهم") == {("budget", "أمل")}


def test_today_is_no_event_named_again(gazetteer):
    result = extract("نظمت الجمعية المنتدى الإقليمي للهجرة. وأعلن مدير المشروع اليوم الخميس 5 مارس 2020 أن مشروع «جسور» "
                     "سينطلق.", gazetteer)
    assert "المنتدى الإقليمي للهجرة" not in {s for _, s in on(result, "5 مارس 2020")}


# A dateline's day is the day of the lead's event ---------------------------------------------------------

IMIS = ("القاهرة، ٢٥ تموز ٢٠١٦ – أطلقت الوزيرة اليوم الموقع الإلكتروني الجديد لوزارتها، وأعلنت خلال احتفال "
        "رسمي اختتام مشروع «نظام معلومات الهجرة المتكامل» في مرحلته الثالثة.")


def test_the_dateline_day_is_the_day_of_the_leads_event(gazetteer):
    """inst_egypt_imis3_closing_2016 (develop): the ceremony, not the project, is on the dateline's day."""
    result = extract(IMIS, gazetteer)
    assert on(result, "٢٥ تموز ٢٠١٦") == {("startDate", "احتفال رسمي"), ("endDate", "احتفال رسمي")}


def test_the_dateline_day_is_not_the_day_of_an_event_to_come(gazetteer):
    result = extract("الرباط، 5 مارس 2021 - أعلنت الوزارة عن إطلاق برنامج «أمل» الذي سيتم تقديمه خلال المؤتمر الدولي "
                     "للهجرة المقرر في نونبر المقبل.", gazetteer)
    assert "المؤتمر الدولي للهجرة" not in {s for _, s in on(result, "5 مارس 2021")}


def test_a_date_in_a_sentence_is_no_dateline(gazetteer):
    result = extract("وأعلنت الوزيرة يوم ٢٥ تموز ٢٠١٦ اختتام مشروع «نظام معلومات الهجرة المتكامل»، خلال احتفال "
                     "رسمي.", gazetteer)
    rules = {v.rule for v in result.values if result.quote(v.value) == "٢٥ تموز ٢٠١٦"}
    assert rules and not any("dateline" in r for r in rules)


# A day with no cue is the day of the event its sentence tells of ------------------------------------------

def test_a_day_is_the_day_of_the_event_not_of_the_item_named_last(gazetteer):
    """law_morocco_regularization_appeals_2017 (develop): the meeting is on the day, not the operation it is
    held for, though the operation is named between them."""
    result = extract("الرباط – عقدت اللجنة الوطنية للتتبع اجتماعها الأول برسم برنامج «الإدماج» لتسوية وضعية "
                     "المهاجرين، وذلك يوم الأربعاء 22 نونبر 2017 بمقر المجلس بالرباط.", gazetteer)
    assert on(result, "22 نونبر 2017") == {("startDate", "اجتماعها الأول"), ("endDate", "اجتماعها الأول")}


def test_a_day_is_not_the_day_of_an_event_to_come(gazetteer):
    result = extract("وأعلنت الوزارة يوم 5 مارس 2021 عن برنامج «أمل» الذي سيتم تقديمه خلال المؤتمر الدولي للهجرة "
                     "المقرر في نونبر المقبل.", gazetteer)
    assert "المؤتمر الدولي للهجرة" not in {s for _, s in on(result, "5 مارس 2021")}


def test_a_day_stays_with_what_the_sentence_tells_not_with_its_occasion(gazetteer):
    """The forum «على هامش» which an agreement was signed is the occasion: the agreement keeps the day, the forum
    has it as attested."""
    result = extract("مراكش - تم، يوم الأربعاء 12 أكتوبر 2022 بمراكش، التوقيع على اتفاقية إطار للتعاون بين المجلس "
                     "الوطني لحقوق الإنسان والمفوضية، وذلك على هامش أشغال المنتدى الإقليمي حول حماية اللاجئين.", gazetteer)
    found = on(result, "12 أكتوبر 2022")
    assert ("attestedOn", "المنتدى الإقليمي حول حماية اللاجئين") in found
    assert not {p for p, s in found if s == "المنتدى الإقليمي حول حماية اللاجئين"} & {"startDate", "endDate"}
    assert any("اتفاقية إطار" in s for _, s in found)


def test_a_year_is_not_drawn_to_the_event(gazetteer):
    """Only a day is an event's: a month or a year with no cue stays with the item named nearest."""
    result = extract("وعقدت اللجنة اجتماعها الأول برسم برنامج «الإدماج» الممتد إلى سنة 2025.", gazetteer)
    assert "اجتماعها الأول" not in {s for _, s in on(result, "2025")}


# The subject of a clause's opening verb of time, and the event «وذلك خلال» names ------------------------

def test_a_date_is_of_the_subject_of_the_verb_that_opens_its_clause(gazetteer):
    """inst_rabat_oujda_shared_governance_2021 (develop): the series starts in January, not the workshop named
    right after the date."""
    result = extract("وانطلقت سلسلة الورشات التي نظمتها المنظمة الدولية للهجرة وجماعة وجدة في يناير 2021، بورشة "
                     "تقنية احتضنتها وجدة.", gazetteer)
    assert on(result, "يناير 2021") == {("dateLaunched", "سلسلة الورشات")}


def test_a_verb_opening_another_clause_says_nothing_of_the_date(gazetteer):
    result = extract("وانطلقت سلسلة الورشات التي نظمتها الجمعية، وشارك في ورشة تقنية يوم 20 يناير 2021 نحو مائة شخص.",
                     gazetteer)
    assert ("dateLaunched", "سلسلة الورشات") not in on(result, "20 يناير 2021")


def test_a_date_is_also_the_date_of_the_event_it_happened_during(gazetteer):
    """inst_rabat_oujda_shared_governance_2021 (develop): the project closed in April, during a closing meeting."""
    result = extract("اختتم في أبريل 2021 مشروع «نحو حكامة مشتركة للهجرة»، الذي نفذته المنظمة الدولية للهجرة، وذلك "
                     "خلال لقاء ختامي عن بعد شارك فيه نحو مائة شخص.", gazetteer)
    assert on(result, "أبريل 2021") == {("endDate", "نحو حكامة مشتركة للهجرة"), ("attestedOn", "لقاء ختامي")}


def test_an_event_to_come_is_not_dated_by_what_happened_before_it(gazetteer):
    result = extract("اختتم في أبريل 2021 مشروع «نحو حكامة مشتركة للهجرة»، وذلك خلال لقاء ختامي سيعقد بالرباط.",
                     gazetteer)
    assert ("attestedOn", "لقاء ختامي") not in on(result, "أبريل 2021")


def test_a_date_opening_its_clause_is_of_the_verb_of_time_after_it(gazetteer):
    result = extract("وفي 18 دجنبر 2018، اعتمدت الجمعية العامة للأمم المتحدة الميثاق العالمي من أجل الهجرة. "
                     "وفي سنة 2019 أطلقت الوزارة برنامج «أمل» لفائدة المهاجرين.", gazetteer)
    assert on(result, "18 دجنبر 2018") == {("dateAdopted", "الميثاق العالمي من أجل الهجرة")}
    assert on(result, "2019") == {("dateLaunched", "أمل")}


def test_a_date_closing_a_clause_is_not_of_the_verb_after_it(gazetteer):
    result = extract("وشارك الوزير في الاجتماع الذي عقد يوم 5 مارس 2019، وأطلق برنامج «أمل» لفائدة المهاجرين.",
                     gazetteer)
    assert ("dateLaunched", "أمل") not in on(result, "5 مارس 2019")


# A body named again by its bare head noun ------------------------------------------------------------------

ASSOCIATION = ("نظمت جمعية الأيادي المتضامنة قافلة طبية لفائدة المهاجرين. ويندرج هذا النشاط في إطار مشروع «حماية» الذي "
               "تنفذه الجمعية بدعم من الاتحاد الأوروبي. ويمول المشروع كل من الوكالة الإسبانية للتعاون الدولي وبلدية "
               "برشلونة. ")


def test_a_body_named_again_is_where_its_founding_date_goes(gazetteer):
    result = extract(ASSOCIATION + "وتأسست الجمعية سنة 2005 بمدينة وجدة.", gazetteer)
    assert on(result, "2005") == {("dateFounded", "جمعية الأيادي المتضامنة")}


def test_since_when_a_body_works_is_no_items_start(gazetteer):
    result = extract(ASSOCIATION + "وأكد رئيسها أن الجمعية تعمل منذ 2005 على مواكبة المهاجرين.", gazetteer)
    assert on(result, "2005") == set()


# An amount in another currency right after one is its equivalent, of the same subject -------------------

def test_an_equivalent_in_brackets_goes_with_the_amount_before(gazetteer):
    """fund_jica_unhcr_refugees_2021 (develop): «قرض ياباني بقيمة ٢٠٠ مليون دولار (حوالي ١,٨ مليار درهم)»."""
    result = extract("ووقعت الوزارة اتفاقية قرض بقيمة 200 مليون دولار (حوالي 1,8 مليار درهم)، بعد أن أطلقت الوكالة "
                     "مشروع «أمل» لدعم اللاجئين.", gazetteer)
    assert on(result, "200 مليون دولار") == on(result, "1,8 مليار درهم") == {("budget", "اتفاقية قرض")}


def test_an_equivalent_after_a_funding_tie_is_the_ties(gazetteer):
    result = extract("رصدت الحكومة السويدية 79 مليون كرونة سويدية، أي نحو 8 ملايين دولار، لمشروع «التنقل».", gazetteer)
    assert on(result, "8 ملايين دولار") == {("amount", "fact:funding")}


def test_an_amount_of_another_currency_further_on_is_no_equivalent(gazetteer):
    result = extract("ووقعت الوزارة اتفاقية قرض بقيمة 200 مليون دولار، وتبلغ مساهمة المغرب في مشروع «أمل» "
                     "50 مليون درهم.", gazetteer)
    assert on(result, "50 مليون درهم") == {("budget", "أمل")}


# An amount right after the item it is the value of --------------------------------------------------------

def test_an_agreement_with_its_value(gazetteer):
    """inst_au_jlmp_labour_migration_2018 (develop): «اتفاق منحة بقيمة تسعة ملايين دولار أمريكي»."""
    result = extract("ووقعت الوكالة السويدية مع المنظمة اتفاق منحة بقيمة تسعة ملايين دولار أمريكي لدعم "
                     "مشروع «التنقل».", gazetteer)
    assert on(result, "تسعة ملايين دولار أمريكي") == {("budget", "اتفاق منحة")}


def test_an_agreement_far_before_the_amount_is_not_its_subject(gazetteer):
    result = extract("ووقعت الوكالة مع المنظمة اتفاق منحة، وتبلغ المساهمة الإجمالية للشركاء في مشروع «التنقل» "
                     "تسعة ملايين دولار أمريكي.", gazetteer)
    assert on(result, "تسعة ملايين دولار أمريكي") == {("budget", "التنقل")}


# A founding date said by the participle «المحدث» ------------------------------------------------------------

def test_a_body_created_in_a_year(gazetteer):
    """inst_ccme_appointments_2007 (develop): «المجلس الاستشاري لحقوق الإنسان المحدث سنة 1990»."""
    result = extract("وحل المجلس محل المجلس الاستشاري لحقوق الإنسان المحدث سنة 1990، الذي كان يعنى بحقوق الإنسان.",
                     gazetteer)
    assert on(result, "1990") == {("dateFounded", "المجلس الاستشاري لحقوق الإنسان")}
    result = extract("وحل المجلس محل المجلس الاستشاري لحقوق الإنسان في سنة 1990.", gazetteer)
    assert ("dateFounded", "المجلس الاستشاري لحقوق الإنسان") not in on(result, "1990")


# Hostile input stays linear ------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [
    "وتبلغ كلفة المشروع 5 ملايين درهم في 3 مارس 2020 و",   # values and referents in one sentence (was cubic)
    "المشروع كلفته ",                                       # referring words only
    "اتفاق منحة بقيمة 5 ملايين درهم، و",                       # items with their value, clause after clause
    "5 ملايين درهم و",                                       # amounts after one item far before them (below)
    "200 مليون دولار (حوالي 1,8 مليار درهم) و",                # equivalents
    "في يناير 2021 وذلك خلال لقاء ختامي و",                    # dates of events they happened during
    "وانطلقت سلسلة الورشات في يناير 2021 ",                    # clauses opening with a verb of time
    "وفي 18 دجنبر 2018، اعتمدت ",                              # dates before a verb of time, with nothing after it
])
def test_values_in_one_long_sentence_stay_linear(gazetteer, unit):
    lead = "أطلقت الجمعية مشروع «جسور». وقعت الجمعية اتفاقية شراكة " + "ا" * 20000 + " "
    assert_scales(lead + unit * 500, lead + unit * 1000, gazetteer,
                  lambda once, twice: twice < 10 and twice < 3 * once + 0.5)


# Whose budget or share an amount is ---------------------------------------------------------------------

def test_the_budget_of_a_body_named_before_the_amount(gazetteer):
    """inst_ccme_appointments_2007 (develop): a ministry's budget."""
    result = extract("وكشف السيد بوصوف أن الإمكانيات محدودة، في حين تصل ميزانية الوزارة المكلفة بالمغاربة المقيمين "
                     "بالخارج إلى 437 مليون درهم.", gazetteer)
    assert {s for _, s in on(result, "437 مليون درهم")} == {"الوزارة المكلفة بالمغاربة المقيمين بالخارج"}


def test_a_funders_share_is_no_budget_of_the_funder(gazetteer):
    result = extract("وتبلغ حصة الاتحاد الأوروبي 5 ملايين يورو من كلفة مشروع «جسور».", gazetteer)
    assert on(result, "5 ملايين يورو") == {("budget", "جسور")}


def test_a_budget_noun_far_before_the_amount_reaches_nothing(gazetteer):
    result = extract("وناقشت ميزانية الوزارة المكلفة بالمغاربة المقيمين بالخارج في اجتماع طويل حضره ممثلون عن عدة قطاعات "
                     "حكومية ومنظمات غير حكومية وجمعيات محلية ودولية، ثم رصدت الجمعية لمشروع «جسور» 5 ملايين درهم.",
                     gazetteer)
    assert {s for _, s in on(result, "5 ملايين درهم")} == {"جسور"}


def test_many_items_named_again_in_a_long_document_stay_linear(gazetteer):
    """Each «المشروع» asks the document's topic for its most salient project: a pass over every project the
    document had named made a long document of many projects quadratic (500 → 1,000 sentences: ×3.5)."""
    unit = ("أطلقت الجمعية مشروع «أ{0}» ومشروع «ب{0}» ومشروع «ج{0}» ومشروع «د{0}». ويهدف المشروع والمشروع والمشروع "
            "والمشروع والمشروع والمشروع إلى الدعم. ")
    assert_scales("".join(unit.format(i) for i in range(500)), "".join(unit.format(i) for i in range(1000)),
                  gazetteer, lambda once, twice: twice < 2.6 * once + 0.2)


def test_a_date_inside_a_laws_title_is_the_laws(gazetteer):
    """(law_mauritania_sngm_eu_iom_2023) «القانون رقم 2010-021 الصادر في 10 فبراير 2010»: not the framework named
    before it."""
    result = extract("ويضم الإطار القانوني الموريتاني، إلى جانب هذه الاستراتيجية، القانون رقم 2010-021 الصادر في 10 "
                     "فبراير 2010 والمتعلق بمكافحة تهريب المهاجرين.", gazetteer)
    assert {s for _, s in on(result, "10 فبراير 2010")} == {
        "القانون رقم 2010-021 الصادر في 10 فبراير 2010 والمتعلق بمكافحة تهريب المهاجرين"}


def test_the_cue_nearest_a_date_names_its_role(gazetteer):
    result = extract("وأطلقت الوزارة برنامج «الصحة للجميع» الذي انطلق سنة 2019 ويمتد إلى غاية 2022.", gazetteer)
    assert on(result, "2019") == {("dateLaunched", "الصحة للجميع")}
    assert on(result, "2022") == {("endDate", "الصحة للجميع")}


def test_a_dateline_day_is_also_the_signing_day_of_the_leads_agreement(gazetteer):
    """The lead signs an agreement «على هامش» an event: the dateline's day is the event's and the signing's."""
    result = extract("الرباط، 10 دجنبر 2018 – وقع المغرب والاتحاد الأوروبي اتفاقية تمويل، على هامش المؤتمر الحكومي "
                     "الدولي المنعقد بمراكش.", gazetteer)
    assert ("dateSigned", "اتفاقية تمويل") in on(result, "10 دجنبر 2018")
    assert ("startDate", "المؤتمر الحكومي الدولي") in on(result, "10 دجنبر 2018")
    # no signing in the lead: the event's day only
    result = extract("الرباط، 10 دجنبر 2018 – ناقش المغرب والاتحاد الأوروبي اتفاقية تمويل، على هامش المؤتمر الحكومي "
                     "الدولي المنعقد بمراكش.", gazetteer)
    assert ("dateSigned", "اتفاقية تمويل") not in on(result, "10 دجنبر 2018")


def test_an_amount_after_an_item_named_again_is_no_label_of_it(gazetteer):
    """«لهذه المرحلة 200 مليون يورو»: the number is the amount, not the phase's label («المرحلة 200»)."""
    result = extract("أعلن الاتحاد الأوروبي عن إطلاق المرحلة الثانية من المبادرة المشتركة. وتبلغ الميزانية الإجمالية لهذه "
                     "المرحلة 200 مليون يورو.", gazetteer)
    assert on(result, "200 مليون يورو") == {("budget", "المرحلة الثانية")}
    assert not [m for m in result.mentions if result.quote(m) == "المرحلة 200"]


@pytest.mark.parametrize("text, named", [
    # a number followed by a bare noun counts it: no label of the noun before
    ("أطلقت جمعية الأمل مشروع «تمكين». ويستهدف المشروع 200 مهاجر بمدينة وجدة.", None),
    ("وعرفت الورشة 40 مشاركا من عدة دول.", None),
    # a label followed by a preposition, or a year followed by anything, stays a label
    ("وانطلقت الدورة 12 حول الهجرة بالرباط.", "الدورة 12 حول الهجرة"),
    ("ولهذه الغاية، رصد برنامج 2008 ميزانية قدرها مليون يورو.", "برنامج 2008"),
])
def test_a_counted_noun_after_a_number_makes_it_no_label(gazetteer, text, named):
    labelled = [result.quote(m) for result in [extract(text, gazetteer)] for m in result.mentions
                if any(c.isdigit() for c in result.quote(m))]
    assert labelled == ([named] if named else [])


def test_a_day_in_an_aside_after_the_signers_is_the_signing_day(gazetteer):
    # «وقعت X و Y، يوم الأربعاء 3 أبريل 2024 بنيامي، اتفاقا»: the aside of when is the signing verb's
    result = extract("وقعت حكومة النيجر والمنظمة الدولية للهجرة، يوم الأربعاء 3 أبريل 2024 بنيامي، اتفاقا لتنفيذ برنامج "
                     "«العودة الآمنة».", gazetteer)
    assert ("dateSigned", "اتفاقا") in on(result, "3 أبريل 2024")
    # a date after a comma that opens another clause keeps to that clause
    result = extract("وقعت حكومة النيجر اتفاقا مع المنظمة، وانطلق البرنامج في 3 أبريل 2024.", gazetteer)
    assert not {p for p, _ in on(result, "3 أبريل 2024")} & {"dateSigned"}


def test_an_item_s_own_day_goes_before_the_dateline_s(gazetteer):
    """«نيامي، 11 دجنبر 2022 – … المؤتمر … يومي 10 و11 دجنبر»: the conference's days are its own, not the report's;
    «داكار، 4 أبريل 2023 – أبرمت X، أمس الاثنين، اتفاقا»: signed the day before the dateline."""
    result = extract("نيامي، 11 دجنبر 2022 (ومع) - اختتمت بنيامي أشغال المؤتمر الوزاري حول الهجرة، الذي احتضنته "
                     "العاصمة النيجرية يومي 10 و11 دجنبر.", gazetteer)
    assert on(result, "11 دجنبر 2022") == set()
    assert on(result, "10 و11 دجنبر") == {("startDate", "المؤتمر الوزاري حول الهجرة"), ("endDate", "المؤتمر الوزاري حول الهجرة")}
    result = extract("داكار، 4 أبريل 2023 (ومع) - أبرمت السنغال وإسبانيا، أمس الاثنين بداكار، اتفاقا إطارا للهجرة.", gazetteer)
    assert on(result, "4 أبريل 2023") == set() and {v.value.value for v in result.values} == {"2023-04-03"}
    result = extract("داكار، 4 أبريل 2023 (ومع) - أبرمت السنغال وإسبانيا بداكار اتفاقا إطارا للهجرة.", gazetteer)
    assert {v.value.value for v in result.values} == {"2023-04-04"}       # (no day of its own: the dateline's)


def test_a_day_to_come_of_something_else_is_not_the_item_s(gazetteer):
    result = extract("نيامي، 11 دجنبر 2022 - اختتم بنيامي المؤتمر الوزاري حول الهجرة، وأوصى المشاركون بعقد الدورة "
                     "المقبلة بالرباط سنة 2024.", gazetteer)
    assert on(result, "2024") == set()
    result = extract("ستنظم الجمعية ندوة حول الهجرة يوم 5 مارس 2024.", gazetteer)
    assert ("startDate", "ندوة حول الهجرة") in on(result, "5 مارس 2024")


def test_a_cost_after_a_frame_is_the_framed_item_s(gazetteer):
    """«مشروع «فرص» … في إطار برنامج «أمل»، بكلفة …»: the project's cost, not the frame's; the frame's own cost
    («برنامج «أمل» الذي تبلغ كلفته …») stays the frame's."""
    result = extract("أطلقت الجمعية مشروع «فرص» في إطار برنامج «أمل»، بكلفة إجمالية تبلغ 3 ملايين درهم.", gazetteer)
    assert on(result, "3 ملايين درهم") == {("budget", "فرص")}
    result = extract("أطلقت الجمعية مشروع «فرص» في إطار برنامج «أمل» الذي تبلغ كلفته 3 ملايين درهم.", gazetteer)
    assert on(result, "3 ملايين درهم") == {("budget", "أمل")}
