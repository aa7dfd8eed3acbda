"""Where a new name read from its head noun ends (kg.extract.mentions): never across a comma, a quote
or a sentence end; not at a second head noun with the article, a verbal noun, a plural of persons or
a genitive with ل right after a head with the article; at a number that is a count, not a label; at a
passive participle with its agent, at an imperfect verb, at a participle that says when it was set
up; never at a quotation; and what goes on: a governed complement with ب, an accusative item with its
adjectives and purpose. Sentences of the develop split (fund_, inst_, law_) or made up; never one of
the measure split."""

import pytest

from kg.extract.pipeline import extract

from .test_mentions import EMPTY, find, gazetteer_of, new
from .test_relations import facts

# Not across punctuation ---------------------------------------------------------------------------

def test_an_event_name_stops_at_the_quote_and_the_sentence_end():
    """«… لمشروع «إدماج». ورصدت الوكالة …»: a genitive with ل is one phrase, read up to a word with the
    article through spaces only, never over a quote or a full stop into the next sentence."""
    found = new("وعقدت الجلسة الأولى لمشروع «إدماج». ورصدت الوكالة المكون 1 من المشروع.")
    assert ("event", "الجلسة الأولى") in found
    assert ("project", "إدماج") in found
    assert not any("." in quote or "«" in quote or "ورصدت" in quote for _, quote in found)


def test_a_name_never_reads_across_a_blank_line():
    """A headline ending in a name, then the dateline: «… للهجرة» and «الرباط» are two names (the headline's
    name had swallowed the city, so the dateline located nothing)."""
    found = new("إطلاق البرنامج الوطني للهجرة\n\nالرباط، 3 مارس 2021 - أطلقت الوزارة البرنامج.")
    assert ("programme", "البرنامج الوطني للهجرة") in found
    assert not any("\n" in quote for _, quote in found)


def test_a_genitive_never_reads_across_a_comma():
    # (inst_au_jlmp_labour_migration_2018) «لاحقة» starts with ل but is no genitive, and the comma ends the phrase
    found = new("وفي مرحلة لاحقة، رصدت الحكومة السويدية 79 مليون كرونة سويدية")
    assert ("organization", "الحكومة السويدية") in found
    assert not any("," in quote or "،" in quote for _, quote in found)


# Right after a head noun with the article --------------------------------------------------------

def test_a_known_name_with_its_own_head_noun_is_not_glued_to_the_one_before():
    """«الوكالة المكون 1»: a noun with the article governs no genitive; the component is a name of its own."""
    known = gazetteer_of(("component/c1", "Component", "المكون 1"))
    found = find("وقدمت الوكالة المكون 1 من المشروع", known)
    assert found == [("component/c1", "component", "gazetteer", "المكون 1")]
    assert new("وقدمت الوكالة المكون 1 من المشروع") == [("component", "المكون 1")]


@pytest.mark.parametrize("sentence", [
    "وينتظر من المجلس الدفاع عن حقوق ومصالح المواطنين",           # a verbal noun (inst_ccme_appointments_2007)
    "يعد أحدث مبادرات الوزارة للتواصل مع المصريين في الخارج",    # a genitive with ل: what it does (inst_egypt)
    "وقدمت الوكالة لمواجهة الجائحة دعما",
    "إلى جانب أعضاء اللجنة الممثلين لقطاعات وزارية وللمجتمع المدني.",   # a plural of persons (law_morocco)
], ids=["verbal-noun", "li-definite", "li-indefinite", "plural-of-persons"])
def test_what_does_not_go_on_after_a_head_with_the_article(sentence):
    assert new(sentence) == []


@pytest.mark.parametrize("sentence, name", [
    ("ووقع الطرفان الاتفاق الإطار للتعاون.", "الاتفاق الإطار للتعاون"),      # a head noun in apposition
    ("وانعقد المنتدى الخامس بمراكش.", "المنتدى الخامس"),                      # an ordinal
    ("وجرت المشاورات الرفيعة المستوى في نيويورك.", "المشاورات الرفيعة المستوى"),
    ("وأسست الهيئة العليا للهجرة.", "الهيئة العليا للهجرة"),
    ("وتعقد المنظمة الدولية للهجرة اجتماعها", "المنظمة الدولية للهجرة"),       # a nisba
])
def test_adjectives_that_are_no_nisbas_go_on(sentence, name):
    assert name in [quote for _, quote in new(sentence)]


# Numbers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("ولهذه الغاية، رصد برنامج 2008 ميزانية قدرها 2,83 مليون يورو", [("programme", "برنامج 2008")]),  # fund_italy
    ("وخصص المكون 3أ من المشروع للتكوين", [("component", "المكون 3أ")]),
    ("والتي سجلت إلى حدود الاجتماع 25.690 طلبا مودعا", []),          # a count (law_morocco), not a label
])
def test_a_number_labels_an_item_when_it_is_whole_and_ends_what_it_reads(sentence, expected):
    assert new(sentence) == expected


# Quotations, participles, verbs ----------------------------------------------------------------------

def test_a_quotation_after_a_head_noun_is_no_title():
    # (law_morocco_regularization_appeals_2017) «أن» only stands in a clause
    assert new("وقال اليزمي إن اللجنة «تسعى إلى أن تشمل التسوية أكبر عدد ممكن من الأشخاص».") == []


def test_a_participle_that_says_when_it_was_set_up_ends_the_name():
    # (inst_ccme_appointments_2007)
    assert new("الهيئة التي حلت محل المجلس الاستشاري لحقوق الإنسان المحدث سنة 1990، كما عين") == \
        [("organization", "المجلس الاستشاري لحقوق الإنسان")]


def test_a_passive_participle_with_its_agent_is_not_the_name():
    found = new("وشارك في ندوة منظمة من طرف جمعية الأمل بالناظور")
    assert ("organization", "جمعية الأمل") in found
    assert not any("منظمة" in quote for _, quote in found)
    # the last of a list of adjectives before «من قبل» is the name's
    assert ("agreement", "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية") in \
        new("واعتمد الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية من قبل الجمعية العامة")


def test_an_imperfect_verb_after_an_indefinite_head_starts_a_clause():
    assert new("ووقعت الوزارة اتفاقية يمنح الاتحاد بموجبها المغرب دعما") == []


# What goes on -----------------------------------------------------------------------------------------

def test_a_governing_participle_takes_its_complement_with_ba():
    # (law_snia_un_joint_programme_2016)
    sentence = ("وهيئة الأمم المتحدة للمرأة، وبرنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية/الإيدز، "
                "وبرنامج الأمم المتحدة الإنمائي")
    assert ("organization", "وبرنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية/الإيدز") in new(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # (fund_jica_unhcr_refugees_2021, law_snia_un_joint_programme_2016)
    ("وأطلقت المفوضية مشروعا مشتركا لدعم اللاجئين في مواجهة الجائحة", ("project", "مشروعا مشتركا لدعم اللاجئين")),
    ("ومولت مشروعا أول لحماية اللاجئين ومساعدتهم", ("project", "مشروعا أول لحماية اللاجئين")),
    ("ووقعت برنامجاً مشتركاً لدعم الاستراتيجية الوطنية للهجرة واللجوء",
     ("programme", "برنامجاً مشتركاً لدعم الاستراتيجية الوطنية للهجرة واللجوء")),
    # its purpose alone, with ل on a verbal noun: «أطلقت X في يناير 2020 مشروعا لدعم …»
    ("وأطلقت الوكالة في يناير 2020 مشروعا لدعم إدماج المهاجرين", ("project", "مشروعا لدعم إدماج المهاجرين")),
    ("وأطلقت الوكالة برنامجا لتعزيز قدرات الجمعيات", ("programme", "برنامجا لتعزيز قدرات الجمعيات")),
    ("ووضعت الوزارة برنامجا للتكوين المهني", ("programme", "برنامجا للتكوين المهني")),    # (the article, and more)
])
def test_an_accusative_item_with_its_adjectives_and_purpose(sentence, expected):
    assert expected in new(sentence)


@pytest.mark.parametrize("sentence", [
    "ومولت الوكالة مشروعا بقيمة 5 ملايين يورو",
    "ووضعت الوزارة برنامجا للتكوين",     # a definite word after ل: what it is about, no purpose named
])
def test_an_accusative_head_without_an_accusative_adjective_or_a_purpose_names_nothing(sentence):
    assert new(sentence) == []


def test_a_bank_is_an_organization():
    # (fund_jica_unhcr_refugees_2021)
    assert new("ويشارك البنك الإفريقي للتنمية في تمويل هذا الدعم") == [("organization", "البنك الإفريقي للتنمية")]


def test_taking_part_in_funding_what_a_demonstrative_refers_back_to_funds_no_item_named_after():
    """«ويشارك البنك … في تمويل هذا الدعم … ضمن برنامج …»: the programme after «ضمن» is the frame, not what
    the bank funds (fund_jica_unhcr_refugees_2021)."""
    result = extract("ويشارك البنك الإفريقي للتنمية في تمويل هذا الدعم الموازناتي ضمن برنامج التمويل المشترك المعجل "
                     "لإفريقيا (ACFA).", EMPTY)
    assert facts(result, "funding", "funding") == []


def test_abroad_goes_on_a_name_of_nationals_abroad_only():
    """inst_ccme_appointments_2007 (develop): «مجلس الجالية المغربية بالخارج» is named with «بالخارج»; a
    name of something else stops before it."""
    assert ("organization", "لمجلس الجالية المغربية بالخارج") in new("وعين الملك رئيسا لمجلس الجالية المغربية بالخارج.")
    assert not any("بالخارج" in quote for _, quote in new("وأطلقت الجمعية برنامج الدعم بالخارج لفائدة الطلبة."))


# Laws: a head noun, its number and the day it was issued, then what it is on ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("وسيحل محل القانون رقم 02.03 المتعلق بدخول وإقامة الأجانب.", ("policy", "القانون رقم 02.03 المتعلق بدخول وإقامة الأجانب")),
    ("صادق المجلس على القانون 02.03 المتعلق بدخول وإقامة الأجانب.", ("policy", "القانون 02.03 المتعلق بدخول وإقامة الأجانب")),
    # (law_mauritania_sngm_eu_iom_2023)
    ("واعتمدت القانون رقم 2010-021 الصادر في 10 فبراير 2010 والمتعلق بمكافحة تهريب المهاجرين.",
     ("policy", "القانون رقم 2010-021 الصادر في 10 فبراير 2010 والمتعلق بمكافحة تهريب المهاجرين")),
    # a draft law is the law, in draft (no project)
    ("صادق المجلس على مشروع القانون رقم 27.14 المتعلق بمكافحة الاتجار.", ("policy", "مشروع القانون رقم 27.14 المتعلق بمكافحة الاتجار")),
])
def test_a_law_with_its_number_and_what_it_is_on(sentence, expected):
    assert expected in new(sentence)


@pytest.mark.parametrize("sentence", [
    "صادق مجلس الحكومة على مشروع قانون يتعلق بمكافحة الاتجار بالبشر.",    # what it is about, no name
    "أطلقت الجمعية مشروع «قانون الهجرة للجميع».",                         # a project named after a law
])
def test_no_law_named_where_none_is(sentence):
    assert not [m for m in new(sentence) if m[0] == "policy"]


@pytest.mark.parametrize("sentence, expected", [
    # an operation by its ordinal or purpose is a programme of its own (law_morocco_regularization_appeals_2017)
    ("وانطلقت العملية الثانية لتسوية وضعية الأجانب يوم 15 دجنبر 2016.", [("programme", "العملية الثانية لتسوية وضعية الأجانب")]),
    ("وقد مكنت العملية الأولى سنة 2014 من تسوية وضعية المهاجرين.", [("programme", "العملية الأولى")]),
    # a handing over is no body and no programme
    ("وجرت عملية التسليم بحضور عامل الإقليم.", []),
])
def test_an_operation_is_a_programme_by_its_ordinal_or_purpose(sentence, expected):
    assert [m for m in new(sentence) if m[0] in ("programme", "organization")] == expected


@pytest.mark.parametrize("sentence, name", [
    ("وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية دعما للاجئين.", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
    ("وشاركت مؤسسة الملك عبد العزيز آل سعود للدراسات الإسلامية في الندوة.",
     "مؤسسة الملك عبد العزيز آل سعود للدراسات الإسلامية"),
    ("وشاركت مؤسسة الأمير مولاي عبد الله في الندوة.", "مؤسسة الأمير مولاي عبد الله"),
])
def test_a_body_named_for_a_king_or_a_prince_has_his_name_in_its_own(sentence, name):
    assert ("organization", name) in new(sentence)


def test_a_king_named_alone_is_no_bodys_name():
    assert not any(kind == "organization" for kind, _ in new("واستقبل الملك سلمان الوفد المغربي."))


def test_a_relative_verb_with_its_pronoun_ends_an_indefinite_name():
    """«خلال لقاء نظمته في 12 ماي»: the verb (ـه as written, not ة) begins a relative clause, its subject not said
    again; no «لقاء نظمته» event (but «لقاء نخبة»: a noun in construct)."""
    assert not any("نظمته" in quote for _, quote in new("وأعلنت الوزارة، خلال لقاء نظمته في 12 ماي 2022، عن إطلاق البرنامج."))
    # (an adjective in ة reads the same once normalized: «ورشة تكوينية» is one name)
    assert ("event", "ورشة تكوينية") in new("ونظمت الجمعية ورشة تكوينية لفائدة المهاجرين.")


def test_the_acronym_after_the_city_that_locates_a_body_is_the_bodys(gazetteer):
    found = find("أسدلت جمعية التضامن والتنمية بالناظور (ASD) الستار على المشروع.", gazetteer)
    assert ("city/nador", "city") in {(entity, kind) for entity, kind, _, _ in found}
    assert [(kind, rule) for _, kind, rule, quote in found if quote == "ASD"] == [("organization", "acronym-in-brackets")]


def test_a_titles_own_adjective_names_no_department():
    """«مديره العام بالإنابة»: the director-general (acting), not a director of «العام» (but «مدير الشؤون العالمية
    بوزارة الخارجية» directs a department)."""
    assert not any(kind == "organization" for kind, _ in new("ووقع الاتفاقية عن الصندوق مديره العام بالإنابة السيد وليد البحر."))
    assert ("organization", "الشؤون العالمية") in new("وحضر مدير الشؤون العالمية بوزارة الخارجية السيد خوان لوبيز.")


def test_a_persons_title_after_a_head_with_the_article_begins_an_apposition():
    """«ومن جانب المنظمة المدير الإقليمي لمنطقة الشرق الأوسط السيد X»: no body «المنظمة المدير الإقليمي …» (but
    «الوزارة المكلفة بالمغاربة المقيمين بالخارج» is one name)."""
    found = new("ووقع الاتفاقية من جانب المنظمة المدير الإقليمي لمنطقة الشرق الأوسط السيد عثمان البلبيسي.")
    assert not any("المدير" in quote for kind, quote in found if kind == "organization")
    assert ("organization", "الوزارة المكلفة بالمغاربة المقيمين بالخارج") in new(
        "ونظمت الوزارة المكلفة بالمغاربة المقيمين بالخارج ندوة.")
