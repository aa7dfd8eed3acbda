"""kg.extract.mentions: known names, then candidates for new entities (head nouns, honorifics,
NAME، TITLE lines), never overlapping."""

import pytest

from kg.extract import mentions, places
from kg.extract.gazetteer import Entry, Gazetteer, make_name
from kg.extract.text import Text

from .conftest import SOURCES

EMPTY = Gazetteer({}, [])


def gazetteer_of(*names: tuple[str, str, str]) -> Gazetteer:
    """A gazetteer of (entity, class, Arabic name) triples, made by hand."""
    entries = {e: Entry(e, cls, False, frozenset()) for e, cls, _ in names}
    return Gazetteer(entries, [make_name(e, name, "prefLabel") for e, _, name in names])


def find(sentence: str, gazetteer: Gazetteer = EMPTY):
    """(entity or None, kind, rule, original quote) of each mention, in order."""
    text = Text(sentence)
    return [(m.entity, m.kind, m.rule, text.quote(m.start, m.end)) for m in mentions.find(text, gazetteer)]


def new(sentence: str, gazetteer: Gazetteer = EMPTY):
    return [(kind, quote) for entity, kind, _, quote in find(sentence, gazetteer) if entity is None]


def assert_well_formed(text: Text, found) -> None:
    """In text order, never overlapping, on whole tokens, each span non-empty."""
    for m in found:
        assert 0 <= m.start < m.end <= len(text.norm)
        assert 0 <= m.first < m.last <= len(text.tokens)
        assert (text.tokens[m.first].start, text.tokens[m.last - 1].end) == (m.start, m.end)
        assert m.new == (m.entity is None)
        assert 0 < m.confidence <= 1
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start and a.last <= b.first


# New entities from head nouns -------------------------------------------------------------------

def test_a_definite_head_noun_with_its_adjectives():
    [mention] = mentions.find(Text("تتولى الوكالة البلجيكية للتنمية تنفيذ المشروع"), EMPTY)
    assert mention.new and mention.entity is None
    assert (mention.kind, mention.cls, mention.rule) == ("organization", "PublicAgency", "head-noun")
    assert Text("تتولى الوكالة البلجيكية للتنمية تنفيذ المشروع").quote(mention.start, mention.end) == \
        "الوكالة البلجيكية للتنمية"


def test_the_same_sentence_with_the_name_known_links_it(gazetteer):
    assert find("تتولى الوكالة البلجيكية للتنمية تنفيذ المشروع", gazetteer) == \
        [("organization/enabel", "organization", "gazetteer", "الوكالة البلجيكية للتنمية")]


def test_a_conjunction_before_a_new_head_noun_starts_a_second_name(texts):
    sentence = "بتعاون مع المدرسة الوطنية للإدارة والمديرية العامة للجماعات المحلية"
    assert sentence in texts["depomi-launch-interview-2021"]
    found = new(sentence)
    assert len(found) == 2
    assert found[0] == ("organization", "المدرسة الوطنية للإدارة")
    assert found[1][0] == "organization"
    assert found[1][1] in {"المديرية العامة للجماعات المحلية", "والمديرية العامة للجماعات المحلية"}


def test_an_indefinite_head_noun_and_a_proper_word(texts):
    sentence = "رئيس جمعية كارفور للتنمية والهجرة في بني ملال خنيفرة"
    assert sentence in texts["depomi-launch-interview-2021"]
    assert find(sentence) == [(None, "organization", "head-noun", "جمعية كارفور للتنمية والهجرة")]


SEMINAR = ("تنظم منظمة العمل العربية بالتعاون مع وزارة الشغل والادماج المهني ومكتب العمل الدولي ندوة أفروأسيوية "
           "إقليمية، تهدف إلى")


def test_indefinite_adjectives(texts):
    assert SEMINAR in texts["afro-asian-seminar-concept-note"]
    found = new(SEMINAR)
    assert ("event", "ندوة أفروأسيوية إقليمية") in found
    assert ("organization", "منظمة العمل العربية") in found
    assert ("organization", "وزارة الشغل والادماج المهني") in found
    [seminar] = [m for m in mentions.find(Text(SEMINAR), EMPTY) if m.kind == "event"]
    assert seminar.cls == "Seminar"


def test_a_head_noun_with_a_bare_conjunction_starts_a_new_name():
    assert ("organization", "ومكتب العمل الدولي") in new(SEMINAR)
    assert new("بتعاون مع المدرسة الوطنية للإدارة ووزارة الداخلية") == \
        [("organization", "المدرسة الوطنية للإدارة"), ("organization", "ووزارة الداخلية")]


@pytest.mark.parametrize("sentence, name", [
    ("نظمت المنظمة الدولية للهجرة ندوة حول الهجرة والتنمية", "ندوة حول الهجرة والتنمية"),
    ("أسست منظمة من أجل التنمية المستدامة", "منظمة من أجل التنمية المستدامة"),
    ("أطلقت وزارة الصحة والحماية الاجتماعية برنامجا", "وزارة الصحة والحماية الاجتماعية"),
])
def test_connectors_and_complements_stay_inside_the_name(sentence, name):
    assert name in [quote for _, quote in new(sentence)]


def test_an_acronym_in_brackets_is_a_mention_of_its_own():
    sentence = "وقعت الوكالة الفرنسية للتنمية (AFD) اتفاقية الشراكة"
    assert find(sentence) == [
        (None, "organization", "head-noun", "الوكالة الفرنسية للتنمية"),
        (None, "organization", "acronym-in-brackets", "AFD"),
        (None, "agreement", "head-noun", "اتفاقية الشراكة")]


def test_an_acronym_in_brackets_on_a_real_sentence(texts):
    sentence = "الذي قامت الوزارة بإطلاقه بدعم من الوكالة الألمانية للتعاون الدولي (GIZ) والذي يهدف"
    assert sentence in texts["ministry-multilateral-cooperation"]
    found = find(sentence)
    assert (None, "organization", "head-noun", "الوكالة الألمانية للتعاون الدولي") in found
    assert (None, "organization", "acronym-in-brackets", "GIZ") in found


def test_a_known_name_inside_a_new_one():
    un = gazetteer_of(("organization/un", "IntergovernmentalOrganization", "الأمم المتحدة"))
    assert find("أكدت الأمم المتحدة", un) == [("organization/un", "organization", "gazetteer", "الأمم المتحدة")]
    assert find("افتتاح مكتب الأمم المتحدة للتنمية بالرباط", un) == \
        [(None, "organization", "head-noun", "مكتب الأمم المتحدة للتنمية")]


@pytest.mark.parametrize("sentence", ["الوزارة", "قالت الوزارة إن", "أكدت المنظمة أن البرنامج", "الوكالة",
                                      "وقد أعلنت الوزارة عن المشروع في الرباط"])
def test_a_head_noun_alone_is_not_a_candidate(sentence):
    assert find(sentence) == []


def test_a_prepositional_phrase_ends_the_name():
    # (the meeting it held is an event of its own)
    assert new("الوزارة المكلفة بالمغاربة عقدت اجتماعا بالرباط") == [("organization", "الوزارة المكلفة بالمغاربة"),
                                                                    ("event", "اجتماعا")]


# New persons ------------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, sentence, person", [
    ("gcm-champions-dialogue-rabat-2023", "قال السيد عثمان البلبيسي، المدير الإقليمي", "عثمان البلبيسي"),
    ("gcm-champions-dialogue-rabat-2023", "وقالت السيدة لورا بالاتيني، رئيسة بعثة", "لورا بالاتيني"),
    ("depomi-launch-interview-2021", "يستعرض الباحث إبراهيم الدهباني، رئيس جمعية", "إبراهيم الدهباني"),
    (None, "وأوضح الدكتور أحمد بنعلي أن", "أحمد بنعلي"),
])
def test_a_person_after_an_honorific(texts, doc, sentence, person):
    assert doc is None or sentence in texts[doc]
    persons = [(rule, quote) for _, kind, rule, quote in find(sentence) if kind == "person"]
    assert persons == [("honorific", person)]
    [mention] = [m for m in mentions.find(Text(sentence), EMPTY) if m.kind == "person"]
    assert mention.cls == "foaf:Person" and mention.new


def test_an_honorific_alone_is_no_person():
    assert find("قال السيد") == []
    assert find("السيد، المدير") == []


@pytest.mark.parametrize("sentence, person", [
    ("في المغرب: ميريام ماسايا، مساعد الاتصال الأول، المنظمة الدولية للهجرة في المغرب", "ميريام ماسايا"),
    ("في جنيف:\nفلورنس كيم، كبير منسقي الاتصالات الاستراتيجية، شبكة الأمم المتحدة لأمانة الهجرة،", "فلورنس كيم"),
    ("للاتصال: أحمد بنعلي، مدير المشروع", "أحمد بنعلي"),
])
def test_a_name_before_a_title_in_the_media_contacts(sentence, person):
    persons = [(rule, quote) for _, kind, rule, quote in find(sentence) if kind == "person"]
    assert persons == [("name-before-title", person)]


def test_the_media_contact_lines_are_real():
    text = SOURCES["gcm-champions-dialogue-rabat-2023"].read_text(encoding="utf-8")
    assert "في المغرب: ميريام ماسايا، مساعد الاتصال الأول، المنظمة الدولية للهجرة في المغرب" in text
    assert "في جنيف:\nفلورنس كيم، كبير منسقي الاتصالات الاستراتيجية، شبكة الأمم المتحدة لأمانة الهجرة،" in text


def test_a_name_with_ali_before_a_title(texts):
    sentence = "في القاهرة: محمد علي أبونجيلة، المتحدث الإقليمي للمنظمة الدولية للهجرة"
    assert sentence in texts["gcm-champions-dialogue-rabat-2023"]
    persons = [(rule, quote) for _, kind, rule, quote in find(sentence) if kind == "person"]
    assert persons == [("name-before-title", "محمد علي أبونجيلة")]


def test_words_before_a_comma_and_title_mid_sentence_are_no_person():
    assert [kind for _, kind, _, _ in find("وفي هذا الإطار تحدث التعاون الدولي، مدير المشروع")] == []


# Order and overlap ------------------------------------------------------------------------------

@pytest.mark.parametrize("doc", sorted(SOURCES))
def test_mentions_of_a_real_document_are_ordered_and_never_overlap(gazetteer, left_out, texts, doc):
    text = Text(texts[doc])
    for known in (gazetteer, left_out[doc], EMPTY):
        found = mentions.find(text, known)
        assert found
        assert_well_formed(text, found)
        assert all(m.entity is None or m.entity in known.entries for m in found)


def test_every_known_name_is_kept_or_inside_a_new_one(gazetteer, texts):
    for doc in sorted(texts):
        text = Text(texts[doc])
        # (less the one-word places that are common words here)
        known = places.plausible(text, gazetteer.match(text))
        found = mentions.find(text, gazetteer)
        assert [m for m in found if m.rule == "gazetteer"] == [m for m in known if m in found]
        for k in known:     # a known name may be part of a longer new one, linked by resemblance or not
            assert k in found or any(n.rule != "gazetteer" and n.start <= k.start and k.end <= n.end
                                     for n in found), (doc, k)
    found = mentions.find(Text(texts["m4sd-board-rabat-2022"]), gazetteer)
    assert {"programme/m4sd", "organization/sdc", "organization/iom"} <= {m.entity for m in found}


def test_made_up_sentences_are_well_formed(gazetteer):
    for sentence in ["تتولى الوكالة البلجيكية للتنمية تنفيذ المشروع بالشراكة مع المنظمة الدولية للهجرة",
                     "منظمة منظمة منظمة (ABC) (((", "قال السيد عثمان البلبيسي، المدير الإقليمي للمنظمة الدولية للهجرة"]:
        text = Text(sentence)
        for known in (gazetteer, EMPTY):
            assert_well_formed(text, mentions.find(text, known))


# Events named by what happened -------------------------------------------------------------------

def test_an_event_named_only_by_its_noun_is_one_where_its_clause_makes_it_one():
    assert new("وخلال ندوة نظمتها الوزارة، تحدث الوزير.") == [("event", "ندوة")]
    assert new("وكانت اللجنة قد عقدت اجتماعا يومي 9 و10 ماي.")[-1] == ("event", "اجتماعا")
    assert ("event", "اجتماعها الأول") in new("عقدت اللجنة الوطنية اجتماعها الأول يوم الأربعاء.")
    assert ("event", "اجتماعها الثاني") in new("ثم عقدت اللجنة اجتماعها الثاني بمقرها.")
    # with nothing that makes it one, a bare noun names nothing: «اجتماع دوري» is a kind
    assert not [k for k, _ in new("وتعقد اللجان عادة اجتماعات دورية.") if k == "event"]
    assert new("لا ندوة اليوم.") == []


def test_a_verb_with_its_object_pronoun_ends_a_name():
    assert new("بورشة تقنية احتضنتها المدينة.") == [("event", "بورشة تقنية")]
    assert new("وخلال ورشة نظمتها الجمعية.")[0] == ("event", "ورشة")


def test_a_ceremony_is_named_by_what_it_marks():
    assert ("event", "حفل التوقيع") in new("وقال الوزير في كلمته خلال حفل التوقيع إن المشروع مهم.")
    assert ("event", "احتفال رسمي") in new("وأعلنت خلال احتفال رسمي اختتام المشروع.")


def test_an_honorific_after_a_definite_head_starts_a_person():
    found = new("وحضر الاجتماع السيد عبد الكريم بنعتيق.")
    assert ("person", "عبد الكريم بنعتيق") in found
    assert all(quote != "الاجتماع السيد" for _, quote in found)


def test_a_foreign_name_before_its_title_inside_a_sentence():
    assert ("person", "باسكوالي لابولي") in new("ومثّل المنظمةَ باسكوالي لابولي، المدير الإقليمي للمنظمة.")
    # an accusative phrase before a comma is no name
    assert not [q for k, q in new("وقدمت الوكالة دعما ماليا، مدير المشروع حاضر.") if k == "person"]


def test_a_thousand_event_nouns_in_a_row_are_linear():
    import time
    text = Text(" ".join(["خلال ندوة نظمتها"] * 1000))
    start = time.perf_counter()
    found = mentions.find(text, EMPTY)
    assert len([m for m in found if m.kind == "event"]) == 1000
    assert_well_formed(text, found)
    assert time.perf_counter() - start < 5


def test_a_latin_name_in_brackets_after_a_name_is_that_name_even_when_a_word_of_it_is_known():
    known = gazetteer_of(("programme/jlmp", "Programme", "JLMP"))
    found = find("مكونا جديدا يحمل اسم «الإجراءات التحفيزية» (JLMP Action)، ينفذ في بلدان.", known)
    assert ("programme/jlmp", "programme", "gazetteer", "JLMP") not in found
    # the known name alone is still itself
    assert ("programme/jlmp", "programme", "gazetteer", "JLMP") in find("وأطلق برنامج JLMP في أديس أبابا.", known)


def test_memoranda_and_exchanges_of_notes_are_agreements_named_with_what_they_are_about():
    assert ("agreement", "مذكرات التفاهم") in new("في إطار مذكرات التفاهم التي وقعها البلدان.")
    assert ("agreement", "تبادل مذكرات بشأن قرض ياباني") in new("ووقع الطرفان تبادل مذكرات بشأن قرض ياباني بقيمة كبيرة.")
    # about something definite, as before
    assert ("agreement", "مذكرة تفاهم حول الهجرة") in new("ووقع الطرفان مذكرة تفاهم حول الهجرة أمس.")


@pytest.mark.parametrize("sentence, expected", [
    ("وصادقت الحكومة على والقانون رقم 25/2003 المتعلق بالهجرة.", "القانون رقم 25/2003 المتعلق بالهجرة"),
    ("وقدمت الوكالة دعما للمنظمة المغربية لحقوق المهاجرين.", "المنظمة المغربية لحقوق المهاجرين"),
    ("وتعمل الوزارة مع جمعية الأمل ومنظمة أطفال الهجرة.", "منظمة أطفال الهجرة"),
    ("وقدمت الجمعية تقريرا لوزارة الشؤون الاجتماعية التونسية.", "وزارة الشؤون الاجتماعية التونسية"),
    # a head noun whose first letter is و، ب or ل is no proclitic
    ("ونظمت الجمعية ورشة تكوينية لفائدة الأطر.", "ورشة تكوينية"),
    ("وقدمت الجمعية تقريرا إلى بلدية مدينة ليل.", "بلدية مدينة ليل"),
    ("وعقدت لجنة التتبع المحلية اجتماعها الأول.", "لجنة التتبع المحلية"),
])
def test_a_new_names_label_is_without_its_proclitic(sentence, expected):
    text = Text(sentence)
    assert expected in [mentions.label(text, m) for m in mentions.find(text, EMPTY) if m.entity is None]
