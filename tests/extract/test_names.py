"""kg.extract.mentions and kg.extract.gazetteer beyond head nouns: quoted titles, descriptions,
anaphors, names nested in known names, acronyms in brackets, departments after «مدير», country
offices, new names that resemble known ones, and where a name ends. Real sentences with the
gazetteer a new document would have (``left_out``) where the sources have them, made-up ones and
hand-made gazetteers otherwise."""

import pytest

from kg.extract import mentions
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .conftest import assert_linear
from .test_genre_relations import stated
from .test_mentions import find, gazetteer_of, new
from .test_relations import real, the_fact

MINISTRY = "ministry-multilateral-cooperation"


def keys(name: str) -> list[str]:
    return [t.key for t in Text(name).tokens]


# Quoted titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, sentence, kind, title", [
    ("depomi-launch-interview-2021", "يهدف مشروع “DEPOMI” أو نشر سياسات الهجرة", "project", "DEPOMI"),
    (MINISTRY, "في إطار برنامج ” الطريق نحوالاندماج المهني للمهاجرين “.", "programme",
     "الطريق نحوالاندماج المهني للمهاجرين"),
], ids=["mashru-depomi", "barnamaj-al-tariq"])
def test_a_quoted_title_after_its_head_noun(left_out, texts, doc, sentence, kind, title):
    """The head noun before the quotes gives the kind; the spaces inside the quotes are not the title's."""
    assert (None, kind, "quoted-title", title) in find(real(texts, doc, sentence), left_out[doc])


def test_a_quoted_title_the_gazetteer_knows_keeps_its_entity(gazetteer):
    assert find("أطلقت الحكومة مشروع “DEPOMI” بدعم من", gazetteer) == \
        [("project/depomi", "project", "gazetteer", "DEPOMI")]


def test_a_title_after_entitled_takes_the_kind_of_the_name_before_it():
    known = gazetteer_of(("project/x", "Project", "مشروع التعاون"))
    assert find("أطلقت الوزارة مشروع التعاون، تحت عنوان “دعم الهجرة العادلة”", known) == [
        ("project/x", "project", "gazetteer", "مشروع التعاون"),
        (None, "project", "quoted-title", "دعم الهجرة العادلة")]


@pytest.mark.parametrize("doc, sentence, known, title, wrong", [
    (MINISTRY, "تم إطلاق المشروع الجديد للتعاون مع منظمة العمل الدولية خلال شهر نونبر 2018، تحت عنوان “دعم الهجرة "
               "العادلة للمغرب العربي”، بتمويل من", "ilo", "دعم الهجرة العادلة للمغرب العربي", "organization"),
    (MINISTRY, "أنشأ المنتدى، منذ لقاء برلين، دورة خاصة مخصصة للقطاع الخاص، سميت ” آلية العمل” تمكن", "left-out",
     "آلية العمل", "city"),
], ids=["taht-unwan", "summiyat"])
def test_a_title_after_entitled_is_not_of_the_kind_of_an_unrelated_name(left_out, texts, doc, sentence, known,
                                                                          title, wrong):
    gazetteer = left_out[doc] if known == "left-out" else \
        gazetteer_of(("organization/ilo", "UNSystemEntity", "منظمة العمل الدولية"))
    [kind] = [k for _, k, rule, quote in find(real(texts, doc, sentence), gazetteer)
              if rule == "quoted-title" and quote == title]
    assert kind != wrong


def test_a_title_after_what_its_head_noun_has_is_of_that_head_nouns_kind():
    """inst_au_jlmp_labour_migration_2018 (develop): «المشروع ذا الأولوية «JLMP Priority»», the head noun, «having»
    and what it has before the title; without the head noun of an item, no title."""
    assert (None, "project", "quoted-title", "أمل") in find("وتخص المنحة المشروع ذا الأولوية «أمل» الذي انطلق")
    assert (None, "programme", "quoted-title", "أمل") in find("وتخص المنحة البرنامج ذو البعد الجهوي «أمل»")
    assert not [m for m in find("وتخص المنحة البلدان ذات الأولوية «أمل»") if m[2] == "quoted-title"]


def test_a_known_name_across_the_quote_mark_is_no_title(gazetteer, texts):
    sentence = "أطلقت الوزارة مشروع “دعم الهجرة العادلة” للمغرب"
    assert find(sentence) == [(None, "project", "quoted-title", "دعم الهجرة العادلة")]
    across = gazetteer_of(("area/x", "GeographicArea", "الهجرة العادلة للمغرب"))
    assert find(sentence, across) == [("area/x", "area", "gazetteer", "الهجرة العادلة” للمغرب")]
    # a real one: the known name of IRAM opens before the quote mark
    iram = real(texts, MINISTRY, "مع مشروع “تحسين تدبير هجرة اليد العاملة وحماية حقوق العمال والعاملات المهاجرين” (IRAM).")
    assert [(e, rule) for e, _, rule, _ in find(iram, gazetteer)] == [("project/iram", "gazetteer")] * 2


@pytest.mark.parametrize("sentence, name, kind", [
    ("أوربية خلال قمة « la valette »، صندوق ائتمان استعجالي", "قمة « la valette", "event"),
    ("عمل في محور أولوي لمخطط العمل « la valette » و/أو", "لمخطط العمل « la valette", "plan"),
], ids=["qimmat-la-valette", "mukhattat-al-amal"])
def test_a_quoted_title_that_is_a_place_names_the_thing_with_its_head_noun(left_out, texts, sentence, name, kind):
    """«قمة « la valette »»: the quotes hold the city's name; the summit is the head noun with it
    (a head noun's phrase, مخطط العمل, too), not the city."""
    found = find(real(texts, MINISTRY, sentence), left_out[MINISTRY])
    assert (None, kind, "quoted-title", name) in found
    assert not [e for e, k, *_ in found if k == "city"]


# Descriptions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, sentence, kind, quote", [
    ("depomi-launch-interview-2021", "تم مؤخرا إطلاق مشروع هام بشأن سياسات الهجرة", "project", "مشروع هام"),
    (MINISTRY, "(التي تتضمن حوالي عشرين منظمة دولية)", "organization", "منظمة دولية"),
], ids=["mashru-hamm", "munazzama-duwaliyya"])
def test_an_indefinite_head_noun_with_descriptive_adjectives_is_a_description(texts, doc, sentence, kind, quote):
    assert find(real(texts, doc, sentence)) == [(None, kind, "description", quote)]


def test_a_definite_description_refers_back_unless_between_follows(texts):
    """المشروع الجديد is the project already talked about (the topic stands for it); «الاتفاقية المبرمة
    بين …» introduces one, with its parties."""
    assert find(real(texts, "depomi-launch-interview-2021", "هكذا فالمشروع الجديد الذي سينفذ على صعيد الجهات")) == []
    between = real(texts, MINISTRY, "تبعا للاتفاقية المبرمة بين الوزارة ومكتب")
    assert find(between)[0] == (None, "agreement", "description", "للاتفاقية المبرمة")
    assert find("تبعا للاتفاقية المبرمة مع الوزارة") == []


@pytest.mark.parametrize("doc, sentence, name, parties", [
    (MINISTRY, "وتبعا لاتفاق المقر بين المملكة المغربية والمنظمة الدولية للهجرة الذي دخل",
     "لاتفاق المقر بين المملكة المغربية والمنظمة الدولية للهجرة", ["country/morocco", "organization/iom"]),
    (MINISTRY, "بموجب الاتفاق الموقع سنة 2007 بين المغرب والمفوض السامي للأمم المتحدة لشؤون اللاجئين، تم",
     "الاتفاق الموقع سنة 2007 بين المغرب والمفوض السامي للأمم المتحدة لشؤون اللاجئين", ["country/morocco", None]),
    ("m4sd-board-rabat-2022", "ويدخل البرنامج العالمي المشترك بين المنظمة الدولية للهجرة وبرنامج الأمم المتحدة الإنمائي، "
     "الذي", "البرنامج العالمي المشترك بين المنظمة الدولية للهجرة وبرنامج الأمم المتحدة الإنمائي",
     ["organization/iom", "organization/undp"]),
], ids=["ittifaq-al-maqarr", "al-muwaqqa-sanat", "al-mushtarak-bayna"])
def test_an_agreement_or_programme_without_a_name_is_named_by_its_parties(left_out, texts, doc, sentence, name,
                                                                          parties):
    """Head noun (and an adjective, a participle, a year) + «بين X و Y»: one name, the parties inside it."""
    text = Text(real(texts, doc, sentence))
    [named] = [m for m in mentions.find(text, left_out[doc]) if m.rule == "named-by-parties"]
    assert text.quote(named.start, named.end) == name
    assert [p.entity for p in named.parts] == parties
    assert set(named.parts) <= set(mentions.nested(text, left_out[doc], [named]))


@pytest.mark.parametrize("sentence, expected", [
    ("البرنامج العالمي للهجرة من أجل التنمية المستدامة المشترك بين المنظمة الدولية للهجرة وبرنامج الأمم المتحدة",
     "البرنامج العالمي للهجرة من أجل التنمية المستدامة"),      # a name of its own
    ("اتفاق المقر بين المغرب، تونس", "اتفاق المقر"),               # a list goes on with و only
    ("اتفاق المقر بين الطرفين", "اتفاق المقر"),                    # no parties named
], ids=["a-name-of-its-own", "no-wa", "no-parties"])
def test_what_is_not_named_by_its_parties(gazetteer, sentence, expected):
    assert find(sentence, gazetteer)[0][3] == expected


# Anaphors and nested names ----------------------------------------------------------------------

def anaphors(sentence: str, gazetteer) -> list[tuple[str, str, int]]:
    text = Text(sentence)
    return [(m.entity, text.quote(m.start, m.end), m.first)
            for m in mentions.anaphors(text, mentions.find(text, gazetteer))]


def test_a_bare_head_noun_is_the_known_entity_it_last_headed_or_else_the_first_after_it(gazetteer):
    sentence = "قالت الوزارة إن وزارة الشغل والادماج المهني ستعمل مع وزارة الهجرة، وأكدت الوزارة ذلك"
    assert anaphors(sentence, gazetteer) == [("organization/ministry-labour", "الوزارة", 1),
                                             ("organization/ministry-mre", "الوزارة", 12)]
    # each head noun its own: المنظمة is the organization, والوزارة the ministry
    assert anaphors("قالت وزارة الهجرة إن المنظمة الدولية للهجرة ستعمل، وأكدت المنظمة والوزارة ذلك", gazetteer) == \
        [("organization/iom", "المنظمة", 9), ("organization/ministry-mre", "والوزارة", 10)]
    # a new ministry is no antecedent
    assert anaphors("قالت الوزارة إن وزارة الصحة والحماية الاجتماعية ستعمل", gazetteer) == []


def test_anaphors_are_implicit_arguments_not_mentions(gazetteer):
    result = extract("أعلنت الوزارة أن وزارة الهجرة ستطلق برنامجا", gazetteer)
    assert [(m.entity, m.rule) for m in result.mentions] == [("organization/ministry-mre", "gazetteer")]
    assert [(m.entity, m.rule, result.quote(m)) for m in result.implicit] == \
        [("organization/ministry-mre", "anaphora", "الوزارة")]


def test_the_names_inside_a_long_known_name_are_implicit(gazetteer, texts):
    sentence = real(texts, MINISTRY, "بموجب الاتفاق الموقع سنة 2007 بين المغرب والمفوض السامي للأمم المتحدة لشؤون "
                                     "اللاجئين، تم البدء")
    result = extract(sentence, gazetteer)
    assert [m.entity for m in result.mentions] == ["agreement/morocco-unhcr-2007"]
    assert [(m.entity, result.quote(m)) for m in result.implicit] == [
        ("country/morocco", "المغرب"), ("organization/unhcr", "والمفوض السامي للأمم المتحدة لشؤون اللاجئين")]
    # inside a new name, a known name is part of it, not an argument
    un = gazetteer_of(("organization/un", "IntergovernmentalOrganization", "الأمم المتحدة"))
    text = Text("افتتاح مكتب الأمم المتحدة للتنمية بالرباط")
    assert mentions.nested(text, un, mentions.find(text, un)) == []


# Acronyms in brackets ---------------------------------------------------------------------------

def test_a_definite_phrase_before_a_new_acronym_is_an_organization(left_out, texts):
    known = left_out["m4sd-board-rabat-2022"]
    assert "organization/sdc" not in known.entries
    sentence = real(texts, "m4sd-board-rabat-2022", "بتمويل من التعاون الإنمائي السويسري (SDC)، الاجتماع")
    assert find(sentence, known)[:2] == [(None, "organization", "before-acronym", "التعاون الإنمائي السويسري"),
                                         (None, "organization", "acronym-in-brackets", "SDC")]


@pytest.mark.parametrize("sentence, expected", [
    ("بتمويل من السويسري (SDC)", [(None, "organization", "acronym", "SDC")]),   # one word is no name
    ("بتمويل من التعاون الإنمائي السويسري (sdc)", []),                 # an acronym is in capitals
    ("بتمويل من الوكالة الإنمائية السويسرية (SDC)",                    # a head noun: a name as any other
     [(None, "organization", "head-noun", "الوكالة الإنمائية السويسرية"),
      (None, "organization", "acronym-in-brackets", "SDC")]),
], ids=["one-word", "lower-case", "head-noun"])
def test_what_is_not_a_phrase_before_an_acronym(sentence, expected):
    assert find(sentence) == expected


def test_a_bracketed_acronym_after_any_name_belongs_to_it(left_out, texts):
    """After a known name it takes its entity (ILO, which this page alone writes, after مكتب العمل الدولي),
    after a new one its kind, across a closing quote mark (IRAM)."""
    known = left_out[MINISTRY]
    assert "ILO" not in {n.text for n in known.names if n.entity == "organization/ilo"}
    sentence = real(texts, MINISTRY, "ممثلة في مكتب العمل الدولي (ILO)،سنة 2013 مع مشروع “تحسين تدبير هجرة اليد العاملة "
                                     "وحماية حقوق العمال والعاملات المهاجرين” (IRAM).")
    found = find(sentence, known)
    assert ("organization/ilo", "organization", "acronym-in-brackets", "ILO") in found
    assert (None, "project", "acronym-in-brackets", "IRAM") in found
    ilo = gazetteer_of(("organization/ilo", "UNSystemEntity", "منظمة العمل الدولية"))
    assert find("وقعت منظمة العمل الدولية (ILO) اتفاقية", ilo)[1] == \
        ("organization/ilo", "organization", "acronym-in-brackets", "ILO")
    assert len(find("وقعت منظمة العمل الدولية (Ilo) اتفاقية", ilo)) == 1
    # not right after the name: an acronym of something new, not the ILO's
    assert find("وقعت منظمة العمل الدولية، (ILO) اتفاقية", ilo)[1] == (None, "organization", "acronym", "ILO")


def test_any_other_acronym_in_capitals_names_something_new():
    """Of the kind of the new name just before it (within 80 characters), else an organization."""
    assert find("أطلقت برنامج العودة الطوعية سنة 2015 (AVRR)")[-1] == (None, "programme", "acronym", "AVRR")
    assert find("التعاون التقني البلجيكي، GIZ، FE") == [(None, "organization", "acronym", "GIZ"),
                                                      (None, "organization", "acronym", "FE")]
    assert find("نسبة 5 Ab في المئة") == []


def test_the_acronym_after_a_programmes_owners_is_not_the_last_owners(left_out, texts):
    sentence = real(texts, "m4sd-board-rabat-2022", "ينظم اليوم البرنامج العالمي للهجرة من أجل التنمية المستدامة "
                    "المشترك بين المنظمة الدولية\nللهجرة وبرنامج الأمم المتحدة الإنمائي (M4SD)، بتمويل")
    assert ("organization/undp", "M4SD") not in [(e, quote) for e, _, _, quote in
                                                 find(sentence, left_out["m4sd-board-rabat-2022"])]


# Departments, country offices -------------------------------------------------------------------

def test_what_a_director_directs_is_a_department(left_out, texts):
    doc = "gcm-champions-dialogue-rabat-2023"
    sentence = real(texts, doc, "قال السيد إسماعيل شكوري، مدير الشؤون العالمية بوزارة الخارجية والتعاون الإفريقي "
                                "والمغاربة المقيمين بالخارج:")
    [department] = [m for m in mentions.find(Text(sentence), left_out[doc]) if m.rule == "post-title"]
    assert (Text(sentence).quote(department.start, department.end), department.kind, department.cls) == \
        ("الشؤون العالمية", "organization", "GovernmentDepartment")
    # (a directorate no one has recorded yet gives the post to the ministry it belongs to, as the corpus files it)
    the_fact(extract(sentence, left_out[doc]), "post", "director", "مدير الشؤون العالمية",
             person="«إسماعيل شكوري»", organization="organization/ministry-foreign-affairs")


@pytest.mark.parametrize("sentence, expected", [
    ("مدير الشؤون العالمية", []),                                       # nothing it belongs to
    ("مدير إدارة شؤون الهجرة بوزارة الخارجية", [(None, "organization", "head-noun", "إدارة شؤون الهجرة"),
                                              (None, "organization", "head-noun", "بوزارة الخارجية")]),
], ids=["alone", "head-noun"])
def test_what_is_not_a_directed_department(sentence, expected):
    assert find(sentence) == expected


def test_an_organization_in_a_country_is_its_office(gazetteer, left_out, texts):
    sentence = real(texts, MINISTRY, "تبعا للاتفاقية المبرمة بين الوزارة ومكتب الأمم المتحدة في المغرب والمنظمة الدولية "
                                     "للهجرة بالمغرب، تم")
    known = gazetteer_of(("organization/un", "IntergovernmentalOrganization", "الأمم المتحدة"),
                         ("country/morocco", "Country", "المغرب"))

    def parties(gazetteer):     # the offices are the parties the agreement is named by
        text = Text(sentence)
        [agreement] = mentions.find(text, gazetteer)
        assert agreement.rule == "named-by-parties"
        return [(p.entity, p.rule, p.cls, text.quote(p.start, p.end)) for p in agreement.parts]

    assert parties(known) == [(None, "office-in", "CountryOffice", "ومكتب الأمم المتحدة في المغرب"),
                              (None, "office-in", "CountryOffice", "والمنظمة الدولية للهجرة بالمغرب")]
    # what the page would know: IOM's office in Morocco by another name
    assert ("organization/iom-morocco", "resembling-name", "CountryOffice", "والمنظمة الدولية للهجرة بالمغرب") in \
        parties(left_out[MINISTRY])
    # a ministry in its own country is no office
    assert [e for e, *_ in find("وأكدت وزارة الشغل والادماج المهني بالمغرب أن", gazetteer)] == \
        ["organization/ministry-labour", "country/morocco"]


def test_an_office_is_not_linked_to_its_parent_organization(gazetteer):
    assert find("وأكدت منظمة العمل الدولية بالمغرب أن", gazetteer) == \
        [(None, "organization", "office-in", "منظمة العمل الدولية بالمغرب")]


# Names that resemble known ones -----------------------------------------------------------------

GCM = gazetteer_of(("agreement/gcm", "GlobalCompact", "الميثاق العالمي من أجل الهجرة الآمنة والمنظمة والمنتظمة"),
                   ("organization/iom", "IntergovernmentalOrganization", "المنظمة الدولية للهجرة"))


def test_a_new_name_resembling_a_known_one_of_its_kind_is_linked(texts):
    """Another translation of the Global Compact: ميثاق ~ اتفاق, منتظمة ≠ نظامية, 5 of 6 words."""
    assert GCM.resembling(keys("الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية"), "agreement") == "agreement/gcm"
    sentence = real(texts, "gcm-champions-dialogue-rabat-2023",
                    "حوارًا حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية من قبل")
    assert find(sentence, GCM) == [("agreement/gcm", "agreement", "resembling-name",
                                    "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية")]


def test_resembling_needs_the_same_kind_more_than_one_word_and_one_best_entity():
    assert GCM.resembling(keys("الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية"), "organization") is None
    assert GCM.resembling(keys("الاتفاق الإقليمي"), "agreement") is None
    one = gazetteer_of(("agreement/a", "Agreement", "اتفاق الرباط للهجرة"))
    assert one.resembling(keys("اتفاق الرباط للهجرة والتنمية"), "agreement") == "agreement/a"
    tie = gazetteer_of(("agreement/a", "Agreement", "اتفاق الرباط للهجرة"),
                       ("agreement/b", "Agreement", "اتفاق الرباط للتنمية"))
    assert tie.resembling(keys("اتفاق الرباط للهجرة والتنمية"), "agreement") is None


def test_an_association_with_a_name_of_its_own_resembles_no_other():
    """جمعية الأمل للتنمية والهجرة shares three of four words with جمعية كارفور للتنمية والهجرة, but the word after
    the head is each one's own: two associations (a word many names share there still resembles: جمعية كارفور
    للهجرة والتنمية)."""
    known = gazetteer_of(("organization/carrefour", "Association", "جمعية كارفور للتنمية والهجرة"),
                         ("organization/other", "Association", "جمعية الشمال للتضامن"))
    assert known.resembling(keys("جمعية الأمل للتنمية والهجرة"), "organization") is None
    assert known.resembling(keys("جمعية طنجة للهجرة والتنمية"), "organization") is None
    assert known.resembling(keys("جمعية كارفور للهجرة والتنمية"), "organization") == "organization/carrefour"


def test_institutions_whose_names_differ_in_the_head_noun_only_resemble():
    """منظمة العمل الدولية ~ مكتب العمل الدولي (Organization / Office): the same words after the head
    noun, three words or more; not when the words after the head are a name themselves (the UN's office)."""
    ilo = gazetteer_of(("organization/ilo", "UNSystemEntity", "مكتب العمل الدولي"),
                       ("organization/un", "IntergovernmentalOrganization", "منظمة الأمم المتحدة"),
                       ("organization/un", "IntergovernmentalOrganization", "الأمم المتحدة"))
    assert ilo.resembling(keys("منظمة العمل الدولية"), "organization") == "organization/ilo"
    assert ilo.resembling(keys("ومنظمة العمل الدولية"), "organization") == "organization/ilo"
    assert ilo.resembling(keys("مكتب الأمم المتحدة"), "organization") is None
    assert ilo.resembling(keys("وزارة العمل الدولي"), "organization") is None


def test_a_bare_proclitic_does_not_make_a_word_another():
    """للشغل وإنعاش الكفاءات ~ لإنعاش التشغيل والكفاءات: وإنعاش and لإنعاش are one word."""
    anapec = gazetteer_of(("organization/anapec", "PublicAgency", "الوكالة الوطنية لإنعاش التشغيل والكفاءات"))
    assert anapec.resembling(keys("الوكالة الوطنية للشغل وإنعاش الكفاءات"), "organization") == "organization/anapec"


def test_names_that_name_the_same_place_resemble():
    """حكومة المغرب and حكومة المملكة المغربية: two words each, but the same place."""
    known = gazetteer_of(("organization/gov", "NationalGovernment", "حكومة المملكة المغربية"),
                         ("country/morocco", "Country", "المغرب"), ("country/morocco", "Country", "المملكة المغربية"))
    assert known.resembling(keys("حكومة المغرب"), "organization") == "organization/gov"
    assert known.resembling(keys("حكومة تونس"), "organization") is None


# Where a name ends ------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, sentence, name", [
    (MINISTRY, "انطلاقا من مؤتمر القمة حول اللاجئين والمهاجرين المنعقد خلال شهر شتنبر 2016",
     ("event", "مؤتمر القمة حول اللاجئين والمهاجرين")),
    ("afro-asian-seminar-concept-note", "وتعتبر وزارة الشغل والادماج المهني المسؤولة عن تدبير تدفقات العمال",
     ("organization", "وزارة الشغل والادماج المهني")),
    (MINISTRY, "حقوق المهاجرين بالوزارة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة.",
     ("organization", "بالوزارة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة")),
], ids=["al-munaqid", "al-masula-an", "wa-shuun-al-hijra"])
def test_a_name_stops_before_a_trailing_participle_and_goes_on_through_a_complement(texts, doc, sentence, name):
    assert new(real(texts, doc, sentence)) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("الصادر عن مجلس الجامعة على المستوى الوزاري رقم", ("organization", "مجلس الجامعة على المستوى الوزاري")),
    ("برنامج الادماج الاجتماعي والاقتصادي للاجئين في المجال الحضري بالمغرب",
     ("programme", "برنامج الادماج الاجتماعي والاقتصادي للاجئين في المجال الحضري")),
    ("وتساعده في ذلك وحدة تدبير تابعة للمنظمة العالمية للهجرة،", ("organization", "وحدة تدبير تابعة للمنظمة العالمية للهجرة")),
    ("مكتب اللاجئين والأشخاص عديمي الجنسية", ("organization", "مكتب اللاجئين والأشخاص عديمي الجنسية")),
    ("في إطار برنامج المساعدة على العودة الطوعية وإعادة الإدماج",
     ("programme", "برنامج المساعدة على العودة الطوعية وإعادة الإدماج")),
    ("تتولى إدارة شؤون اللاجئين والمغتربين والهجرة الإشراف", ("organization", "إدارة شؤون اللاجئين والمغتربين والهجرة")),
    ("يتكون مجلس إدارة صندوق الائتمان من واهبين", ("organization", "مجلس إدارة صندوق الائتمان")),
    ("لجنة التدبير/العمل: برئاسة", ("organization", "لجنة التدبير/العمل")),
], ids=["ala-l-mustawa", "fi-l-majal", "tabia-li", "adimi-l-jinsiyya", "al-musaada-ala", "only-an-adjective-after-wa",
        "majlis-idara", "slash"])
def test_a_name_goes_on_through_a_scope_an_owner_and_a_governed_complement(texts, sentence, name):
    """«على المستوى الوزاري», «في المجال الحضري», «تابعة لـ», an adjective in construct, «المساعدة على»,
    two words joined by «/»; after «و X» only an adjective or a genitive (الإشراف is the verb's object)."""
    assert new(real(texts, MINISTRY, sentence)) == [name]


@pytest.mark.parametrize("doc, sentence, name", [
    (MINISTRY, "مبادرات ك : برنامج الادماج الاجتماعي والاقتصادي للاجئين في المجال الحضري بالمغرب، الذ",
     (None, "برنامج الادماج الاجتماعي والاقتصادي للاجئين في المجال الحضري بالمغرب")),
    (MINISTRY, "مع الوزارة المنتدبة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة،",
     ("organization/ministry-mre", "الوزارة المنتدبة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة")),
    ("gcm-champions-dialogue-rabat-2023", "الممارسات الجيدة لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
     "والنظامية، ومناق", ("agreement/gcm", "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية")),
], ids=["a-programme-bi-l-maghrib", "a-known-name-goes-on", "li-after-wa-is-what-for"])
def test_where_a_name_ends_with_what_the_gazetteer_knows(left_out, texts, doc, sentence, name):
    """A programme's country (بالمغرب) is part of its name; a known ministry's remit goes on past its
    known name (وشؤون الهجرة); «… والنظامية لتبادل الممارسات»: after «و X», ل says what for."""
    assert name in [(e, q) for e, _, _, q in find(real(texts, doc, sentence), left_out[doc])]


@pytest.mark.parametrize("doc, sentence, name", [
    ("gcm-champions-dialogue-rabat-2023", "رئيسة بعثة المنظمة الدولية للهجرة في المغرب:",
     ("organization/iom-morocco", "بعثة المنظمة الدولية للهجرة في المغرب")),
    (MINISTRY, "تشكل المجموعة الدولية حول الهجرة (التي", (None, "المجموعة الدولية حول الهجرة")),
    (MINISTRY, "تنظيم ثلاثة نسخ من اليوم العالمي للاجئين", (None, "اليوم العالمي للاجئين")),
    ("gcm-champions-dialogue-rabat-2023", "الاستعراضات الإقليمية للاتفاق العالمي",
     (None, "الاستعراضات الإقليمية للاتفاق العالمي")),
    (MINISTRY, "في السياق العام”لإطار عمل الأمم المتحدة للمساعدة الإنمائية (UNDAF)",
     (None, "لإطار عمل الأمم المتحدة للمساعدة الإنمائية")),
], ids=["bitha", "majmua", "al-yawm-al-alami", "al-istiradat", "itar-amal"])
def test_more_head_nouns(left_out, texts, doc, sentence, name):
    """بعثة (an office), مجموعة, اليوم العالمي, the regional reviews (in the plural), إطار عمل."""
    found = find(real(texts, doc, sentence), left_out[doc])
    assert (name[0], name[1]) in [(e, q) for e, _, _, q in found]


@pytest.mark.parametrize("sentence", [
    "عمل المغرب على تقييم يوم 9 دجنبر 2016", "تم تحديد ما مجموعه عشرون مشروعًا", "وذلك في إطار برنامج",
    "تم إطلاق المشروع الجديد للتعاون مع", "نظم المنتدى بمراكش في نسخته",
], ids=["a-date", "ma-majmuuhu", "fi-itar", "al-mashru-al-jadid", "al-muntada-bi-marrakech"])
def test_what_these_head_nouns_do_not_name(gazetteer, sentence):
    """A date, «in all», «in the framework of», a project referred back to by its adjective, a forum
    with the article and where it met (مراكش, a city the gazetteer knows)."""
    assert [quote for _, _, rule, quote in find(sentence, gazetteer) if rule not in ("description", "gazetteer")] == []


def test_a_process_of_a_named_thing_is_that_thing():
    assert find("عملية المنتدى العالمي حول الهجرة والتنمية") == \
        [(None, "event", "head-noun", "المنتدى العالمي حول الهجرة والتنمية")]


# A person's name ends before an accusative title or the next honorific (issue #17) -------------

@pytest.mark.parametrize("sentence, name", [
    ("وعين الملك السيد أحمد بنعلي رئيسا للوكالة البلجيكية للتنمية.", "أحمد بنعلي"),
    ("كما عين السيد محمد الصابر أمينا عاما للمجلس.", "محمد الصابر"),
    ("وتم تعيين السيدة فاطمة الزهراء مديرة للمنظمة.", "فاطمة الزهراء"),
    ("استقبل الملك السيد أحمد بنعلي والسيد عمر الفاسي.", "أحمد بنعلي"),
    ("وقالت السيدة أمينة بوعياش، رئيسة المجلس، إن", "أمينة بوعياش"),     # أمينة: a first name without عامة
], ids=["raisan", "aminan-aamman", "mudira", "wa-al-sayyid", "amina-first-name"])
def test_a_name_ends_before_an_accusative_title(gazetteer, sentence, name):
    result = extract(sentence, gazetteer)
    persons = [result.quote(m) for m in result.mentions if m.kind == "person"]
    assert name in persons, persons
    assert all("رئيسا" not in p and "أمينا" not in p and "والسيد" not in p for p in persons), persons


# Items bounded (issue #17) ----------------------------------------------------------------------

def test_a_title_after_an_accusative_head_and_entitled_is_of_that_kind():
    """«مشروعا بعنوان «…»»: the tanween alif does not hide the head noun; the title is one project."""
    found = find("تنفذ المنظمة مشروعا بعنوان «دعم إدماج العائدين ودعم تنفيذ خطة العمل الوطنية»، بمساهمة")
    assert (None, "project", "quoted-title", "دعم إدماج العائدين ودعم تنفيذ خطة العمل الوطنية") in found
    assert not [f for f in found if f[1] == "plan"]


def test_an_item_cut_at_a_preposition_goes_on_to_its_acronym():
    found = find("في إطار مشروع التنقل بين الضفتين المتوسطيتين (MTC2) الممول")
    assert (None, "project", "head-noun", "مشروع التنقل بين الضفتين المتوسطيتين") in found
    assert (None, "project", "acronym-in-brackets", "MTC2") in found
    assert not [f for f in found if f[1] == "organization"]


def test_a_known_generic_name_followed_by_its_parties_names_a_new_programme():
    """«البرنامج المشترك» of another document, here «… المشترك بين X و Y»: named by its parties."""
    known = gazetteer_of(("programme/other-joint", "JointProgramme", "البرنامج المشترك"),
                         ("organization/a", "IntergovernmentalOrganization", "منظمة الأولى"),
                         ("organization/b", "IntergovernmentalOrganization", "منظمة الثانية"))
    found = find("يواصل البرنامج المشترك بين منظمة الأولى ومنظمة الثانية عمله.", known)
    assert (None, "programme", "named-by-parties", "البرنامج المشترك بين منظمة الأولى ومنظمة الثانية") in found
    assert not [f for f in found if f[0] == "programme/other-joint"]
    # alone, another document's «البرنامج المشترك» is the common phrase (``mentions._in_context``)
    assert not [f for f in find("يواصل البرنامج المشترك عمله.", known) if f[0] == "programme/other-joint"]


@pytest.mark.parametrize("sentence, kind", [
    ("أما مشروع SALEM، فيأتي امتدادا لمرحلة أولى.", "project"),      # develop: fund_italy_iom_salem_2008
    ("وأطلقت الوزارة برنامج THAMM لدعم التنقل.", "programme"),
    ("وساهمت في ذلك منظمة CEFA.", "organization"),
])
def test_a_latin_name_after_a_bare_head_noun_is_of_its_kind(gazetteer, sentence, kind):
    [named] = [m for m in mentions.find(Text(sentence), gazetteer) if m.rule == "acronym"]
    assert named.kind == kind


def test_a_verbal_noun_that_governs_with_bi_goes_on_in_the_name():
    """law_mauritania_sngm_eu_iom_2023 (develop): «القانون رقم 25/2003 … والمتعلق بزجر الاتجار بالأشخاص», whole; a place
    with ب after another noun stays out of the name."""
    assert (None, "policy", "head-noun", "القانون رقم 25/2003 الصادر في 17 يوليو 2003 والمتعلق بزجر الاتجار بالأشخاص") \
        in find("وصادقت موريتانيا على القانون رقم 25/2003 الصادر في 17 يوليو 2003 والمتعلق بزجر الاتجار بالأشخاص.")
    assert (None, "strategy", "head-noun", "الاستراتيجية الوطنية لمكافحة الاتجار بالبشر") \
        in find("واعتمدت الحكومة الاستراتيجية الوطنية لمكافحة الاتجار بالبشر سنة 2020.")
    assert (None, "strategy", "head-noun", "الاستراتيجية الوطنية للهجرة") \
        in find("واعتمدت الحكومة الاستراتيجية الوطنية للهجرة بالرباط سنة 2020.")


@pytest.mark.parametrize("sentence, kind, name", [
    ("ووقع الطرفان خمس اتفاقيات للتعاون في مجال الهجرة.", "agreement", "خمس اتفاقيات"),
    ("ووقع الطرفان خمس اتفاقيات تهدف إلى تعزيز التعاون.", "agreement", "خمس اتفاقيات"),    # not the verb after it
    ("ووقع البلدان اتفاقيتي تعاون في مجال التشغيل.", "agreement", "اتفاقيتي تعاون"),       # the dual, in construct
    ("ونظمت الجمعية ورشتين بالرباط.", "event", "ورشتين"),
    ("وعقدت اللجنة 3 اجتماعات بالرباط.", "event", "3 اجتماعات"),
])
def test_items_named_by_their_count(sentence, kind, name):
    assert (None, kind, "counted", name) in find(sentence)


@pytest.mark.parametrize("sentence", [
    "وصادق المغرب على الاتفاقيات الدولية.",         # a plural alone: the items in general
    "وتهم هذه الاتفاقيات خمسة مجالات.",
    "ووقع الطرفان اتفاقيات للتعاون.",
])
def test_a_plural_without_its_count_names_no_items(sentence):
    assert not [m for m in find(sentence) if m[2] == "counted"]


@pytest.mark.parametrize("unit", [
    "ووقع الطرفان خمس اتفاقيات و",                 # counted items
    "اتفاقيتي تعاون و",                              # duals in construct
    "منظمة SOLETERRE وCMMA و",                       # Latin names in capitals
    "السيدة Paola Rossi و",                          # Latin names after honorifics
    "المشروع ذا الأولوية «أمل» و",                   # titles after what the head noun has
])
def test_this_rounds_names_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_a_counted_group_has_its_values_but_only_agreements_are_arguments(gazetteer):
    """Where each of two workshops was held, the count does not say; who signed five agreements signed the five (the
    corpus's annotators name such a group as one agreement: ``mentions.arguments``)."""
    result = extract("ووقع المغرب وإسبانيا يوم 5 مارس 2019 خمس اتفاقيات. ونظمت الجمعية ورشتين بالرباط.", gazetteer)
    groups = {result.quote(m): (m.start, m.end) for m in result.mentions if m.rule == "counted"}
    assert set(groups) == {"خمس اتفاقيات", "ورشتين"}
    assert not [f for f in [*result.facts, *result.located] if any((m.start, m.end) == groups["ورشتين"] for _, m in f.args)]
    assert stated(result, "signatory_of") == {("country/morocco", "«خمس اتفاقيات»"), ("country/spain", "«خمس اتفاقيات»")}
    assert {result.quote(v.subject) for v in result.values if v.subject} == {"خمس اتفاقيات"}


def test_an_agenda_is_a_plan():
    assert (None, "plan", "head-noun", "بالأجندة الإفريقية حول الهجرة") in \
        find("وأشاد الوزير بالأجندة الإفريقية حول الهجرة التي اقترحها المغرب.")
