"""Mechanisms that carry to documents no rule was written for (issue 17), each on sentences of the
develop split of tests/data/extraction-dev or made-up variants: where a programme works (the
countries it targets), persons named after a verb of saying or after their title, posts in the
country a title names, and the implementing verbs of the Maghrebi register (أنجز/ينجز، تتكفل فيه)."""

import pytest

from kg.extract import mentions
from kg.extract.gazetteer import Gazetteer
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .conftest import EXTRACTION_DEV, assert_linear
from .test_relations import facts, the_fact

EMPTY = Gazetteer({}, [])
M4SD = "البرنامج العالمي للهجرة من أجل التنمية المستدامة"


def persons(sentence: str) -> list[tuple[str, str]]:
    text = Text(sentence)
    return [(m.rule, text.quote(m.start, m.end)) for m in mentions.find(text, EMPTY) if m.kind == "person"]


def targeted(result) -> list[tuple[str, str]]:
    return sorted((a["in"], a["agent"]) for a, _ in facts(result, "participation", "beneficiary"))


# Where a programme works: the countries it targets ----------------------------------------------

def test_the_countries_a_programme_speaks_of_again_are_targeted(gazetteer):
    """A sentence that speaks of the programme again (البرنامج) and says where people are (ب attached)."""
    result = extract(f"انطلق {M4SD} سنة 2018. ويقدم البرنامج، منذ سنة 2019، الدعم للمهاجرين "
                     "العالقين بتونس والجزائر وليبيا.", gazetteer)
    assert targeted(result) == [("programme/m4sd", "country/algeria"), ("programme/m4sd", "country/libya"),
                                ("programme/m4sd", "country/tunisia")]
    fact = the_fact(result, "participation", "beneficiary", "بتونس", agent="country/tunisia", **{"in": "programme/m4sd"})
    assert fact.rule == "beneficiary:where"


def test_the_countries_listed_where_a_programme_runs_are_targeted(gazetteer):
    """As «يُنفَّذ في بلدان من بينها كوت ديفوار والكاميرون ومالاوي وإثيوبيا والمغرب» (inst_au_jlmp)."""
    result = extract(f"ويُنفَّذ {M4SD} في بلدان من بينها كوت ديفوار والكاميرون والمغرب.", gazetteer)
    assert targeted(result) == [("programme/m4sd", "country/cameroon"), ("programme/m4sd", "country/cote-divoire"),
                                ("programme/m4sd", "country/morocco")]
    assert {f.rule for _, f in facts(result, "participation", "beneficiary")} == {"beneficiary:countries"}


@pytest.mark.parametrize("sentence", [
    # the place locates the name right before it (an office, an envoy), not the programme
    "ويواكب البرنامج المنظمة الدولية للهجرة بالمغرب.",
    "ويواكب البرنامج الذي نفذته المنظمة الدولية للهجرة (OIM) بالمغرب.",
    # a place in a sentence that names another programme, not the topic again
    "وقدمت الوزارة مشروع القانون المتعلق بدخول وإقامة الأجانب بالمملكة المغربية.",
    # where, with no programme: nothing
    "ووصل الوفد إلى الرباط بعد زيارة بتونس.",
])
def test_a_place_that_locates_something_else_is_no_target(gazetteer, sentence):
    result = extract(f"انطلق {M4SD} سنة 2018. " + sentence, gazetteer)
    assert targeted(result) == []


# Persons named without an honorific --------------------------------------------------------------

@pytest.mark.parametrize("sentence, person", [
    ("وقال ماركو روسي، مدير المشروع، إن النتائج مشجعة.", "ماركو روسي"),
    ("وأوضحت سلمى بناني، منسقة البرنامج، أن الورشات ستتواصل.", "سلمى بناني"),
])
def test_a_name_after_a_verb_of_saying_and_before_a_title(sentence, person):
    assert persons(sentence) == [("name-before-title", person)]


@pytest.mark.parametrize("sentence, person", [
    ("وأكد وزير الداخلية الإيطالي ماتيو روسي، أن التعاون مستمر.", "ماتيو روسي"),
    ("وقال المدير العام للوكالة جان بيير مارتان، إن المشروع ناجح.", "جان بيير مارتان"),
    ("واستقبل الوزير عبد الكريم العلوي، الوفد.", "عبد الكريم العلوي"),
    # the next one of a list after «و» ends the name: a title, an honorific, «نظيره»
    ("وأكد وزير الداخلية الإيطالي ماتيو روسي ونظيره التونسي أن التعاون مستمر.", "ماتيو روسي"),
    ("وحضر المدير العام للوكالة جان مارتان والسيد أحمد العلوي.", "جان مارتان"),
])
def test_a_name_right_after_its_title(sentence, person):
    assert [p for p in persons(sentence) if p[0] == "title-before-name"] == [("title-before-name", person)]


@pytest.mark.parametrize("sentence", [
    "المدير الإقليمي للمنظمة الدولية للهجرة لشمال أفريقيا، في كلمته",   # inst_egypt: the body's name goes on
    "وقال الوزير إن المشروع ناجح.",                                      # no name
    "وزير الداخلية يستقبل نظيره الإسباني.",                              # a verb and its object, not a name
    "وقال المدير، إن المشروع ناجح.",                                     # punctuation between
    "ووزارة الدولة المكلفة بحقوق الإنسان، إضافة إلى",                    # law_morocco: «in charge of» and its complement
])
def test_no_name_after_a_title(sentence):
    assert [p for p in persons(sentence) if p[0] == "title-before-name"] == []


# Events named by other head nouns ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, event", [
    ("وشارك الوفد في مائدة مستديرة حول الهجرة.", "مائدة مستديرة حول الهجرة"),
    ("وعقدت الوزارة جلسة عمل مع المنظمة.", "جلسة عمل"),
    ("خلال مراسم توقيع الاتفاقية.", "مراسم توقيع الاتفاقية"),
    ("وفي تظاهرة ثقافية نظمتها الجمعية.", "تظاهرة ثقافية"),
    ("وقام الوزير بزيارة عمل إلى نواكشوط.", "بزيارة عمل"),
])
def test_round_tables_sessions_ceremonies_and_visits_are_events(sentence, event):
    text = Text(sentence)
    assert [text.quote(m.start, m.end) for m in mentions.find(text, EMPTY) if m.kind == "event"] == [event]


# Posts in the country a title names ------------------------------------------------------------

def test_a_post_after_the_name_in_the_country_of_its_nationality_adjective(gazetteer):
    result = extract("وقال السيد ماركو روسي، وزير الداخلية الإيطالي، إن التعاون مستمر.", gazetteer)
    fact = the_fact(result, "post", "minister", "وزير الداخلية الإيطالي", person="«ماركو روسي»",
                    organization="country/italy")
    assert fact.rule == "post:name-title"


def test_a_post_before_the_name_in_its_organization_or_its_country(gazetteer):
    result = extract("وأكد وزير الداخلية الإيطالي ماتيو روسي، أن التعاون مستمر.", gazetteer)
    fact = the_fact(result, "post", "minister", "وزير الداخلية الإيطالي", person="«ماتيو روسي»",
                    organization="country/italy")
    assert fact.rule == "post:title-name"
    result = extract("وقال المدير العام للمنظمة الدولية للهجرة جان بيير مارتان، إن المشروع ناجح.", gazetteer)
    the_fact(result, "post", "director", "المدير العام", person="«جان بيير مارتان»", organization="organization/iom")


@pytest.mark.parametrize("sentence", [
    # «المالية» is finance here, not the adjective of Mali (fund_jica)
    "السيد محمد بنشعبون، وزير الاقتصاد والمالية وإصلاح الإدارة، وقع الاتفاق.",
    # the adjective belongs to a programme the title names (inst_egypt)
    "السيد ماركو بلاتزر، رئيس البرنامج المصري الإيطالي لمبادلة الديون، قال",
])
def test_no_country_from_an_adjective_that_is_not_the_titles(gazetteer, sentence):
    result = extract(sentence, gazetteer)
    assert not [a for a, _ in facts(result, "post", "minister") + facts(result, "post", "chair")
                if a["organization"].startswith("country/")]


# Implementing in the Maghrebi register ---------------------------------------------------------

def test_implementing_with_the_imperfect_of_anjaza(gazetteer):
    result = extract(f"ويعد {M4SD}، الذي تنجزه المنظمة الدولية للهجرة، تجربة رائدة.", gazetteer)
    fact = the_fact(result, "participation", "implementing", "تنجزه", agent="organization/iom",
                    **{"in": "programme/m4sd"})
    assert fact.rule == "implementing:naffadhahu"
    result = extract(f"وتنجز المنظمة الدولية للهجرة {M4SD} منذ 2018.", gazetteer)
    the_fact(result, "participation", "implementing", "وتنجز", agent="organization/iom", **{"in": "programme/m4sd"})


def test_implementing_by_taking_charge_of_a_part(gazetteer):
    """As «على أن تتكفل فيه الجمعيتان ذاتهما بالشقين الطبي والتكويني» (fund_jica), with a named body."""
    result = extract(f"انطلق {M4SD} سنة 2018. ويمتد البرنامج ثلاث سنوات، على أن تتكفل فيه المنظمة الدولية للهجرة "
                     "بالشق الطبي.", gazetteer)
    fact = the_fact(result, "participation", "implementing", "تتكفل فيه", agent="organization/iom",
                    **{"in": "programme/m4sd"})
    assert fact.rule == "implementing:tatakaffal-fihi"


# Signatories: a person after the title, «مع Y» before the agreement ---------------------------------

MAURITANIA = ("فقد وقّع وزير الشؤون الاقتصادية والتنمية حينها، السيد سيدي ولد التاه، يوم الأربعاء 26 سبتمبر 2012 بمقر "
              "وزارته في نواكشوط، مع السيد هانس-غيورغ غيرستنلاور، سفير الاتحاد الأوروبي رئيس بعثته في موريتانيا، "
              "اتفاقية تمويل يمنح الاتحاد بموجبها البلاد هبة قدرها ثلاثة مليارات ومائتا مليون أوقية")


def test_signatories_named_after_their_titles_and_with_before_the_agreement(gazetteer):
    """law_mauritania_sngm_eu_iom_2023 (develop): the minister after his title, his counterpart after «مع»."""
    text = (EXTRACTION_DEV / "law_mauritania_sngm_eu_iom_2023.txt").read_text(encoding="utf-8")
    assert MAURITANIA in text
    result = extract(MAURITANIA, gazetteer)
    signatories = sorted(a["agent"] for a, _ in facts(result, "participation", "signatory"))
    assert signatories == ["«سيدي ولد التاه»", "«هانس-غيورغ غيرستنلاور»"]
    assert {a["in"] for a, _ in facts(result, "participation", "signatory")} == {"«اتفاقية تمويل»"}


def test_a_co_signatory_with_mea_before_the_agreement(gazetteer):
    result = extract("ووقّعت المنظمة الدولية للهجرة مع المغرب، يوم الجمعة بالرباط، اتفاق المقر.", gazetteer)
    for agent in ("organization/iom", "country/morocco"):
        the_fact(result, "participation", "party", "ووقّعت", agent=agent, **{"in": "agreement/morocco-iom-headquarters"})


def test_a_title_before_a_list_is_stepped_over_only_up_to_a_person(gazetteer):
    # a title then a body, not a person: the body is no agent of a list that starts with a title
    result = extract("ونظمت الوزارة ندوة حول الهجرة حضرها وزير الداخلية، والمنظمة الدولية للهجرة.", gazetteer)
    assert not facts(result, "participation", "participant")
    result = extract("ونظمت الوزارة ندوة حول الهجرة حضرها وزير الداخلية، السيد أحمد العلوي.", gazetteer)
    the_fact(result, "participation", "participant", "حضرها", agent="«أحمد العلوي»", **{"in": "«ندوة حول الهجرة»"})


# Hostile input stays linear ------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [
    "وقال وزير الداخلية الإيطالي ماتيو روسي، ",                  # a thousand titles and names in one sentence
    "ويواكب المشروع المهاجرين بتونس وبالمغرب ",                    # a thousand countries after ب
    "في بلدان من بينها المغرب وتونس ",                              # a thousand country lists
    "وقع وزير الداخلية حينها، السيد أحمد العلوي، مع السيد سعيد بناني، اتفاقية ",   # titles before signatories
    "وينفذ المشروع في مدن طنجة والناظور ووجدة ",                  # where a project named again runs
    "بعد زيارة وزير الداخلية إلى الرباط ",                          # visits to a place
    "وتربط المغرب وإسبانيا شراكة ",                                 # bodies a partnership binds
    "وسيتولى تنفيذ البرنامج المنظمة الدولية للهجرة ",               # who takes the carrying out on
    "وحضر السيد أحمد العلوي، إلى جانب سفير إسبانيا بالمغرب السيد ريكاردو دييز، ",   # a list going on past titles
])
def test_the_new_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer, times=500)


# Partners named by a partner noun ---------------------------------------------------------------

JICA = ("وسيجري التنفيذ بتعاون وثيق مع شريكين للمفوضية، هما الجمعية المغربية لتنظيم الأسرة (AMPF) التي تتكفل بالشق "
        "الطبي")


def test_partners_after_a_partner_noun_and_whose_they_are(gazetteer):
    """fund_jica_unhcr_refugees_2021 (develop): «شريكين للمفوضية، هما X»."""
    text = (EXTRACTION_DEV / "fund_jica_unhcr_refugees_2021.txt").read_text(encoding="utf-8")
    assert JICA in text
    result = extract(JICA, gazetteer)
    fact = the_fact(result, "participation", "partner", "شريكين للمفوضية", agent="«الجمعية المغربية لتنظيم الأسرة»",
                    **{"in": "organization/unhcr"})
    assert fact.rule == "partner:partner-noun"
    result = extract("وتعمل الوزارة مع شركاء للبرنامج، وهم المنظمة الدولية للهجرة والاتحاد الأوروبي.", gazetteer)
    assert not facts(result, "participation", "partner")     # «للبرنامج» names no programme: nothing
    result = extract("ويعد الاتحاد الأوروبي شريكا أساسيا في المنطقة.", gazetteer)
    assert not facts(result, "participation", "partner")     # no «لـ» owner right after the noun
