"""kg.extract.gazetteer: the graph's names found in Arabic text, and what a new document would know."""

import pytest

from kg.extract.gazetteer import Entry, Gazetteer, make_name
from kg.extract.text import Text

from .conftest import SOURCES


def found(gazetteer: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    """(entity, original quote) of each name the gazetteer finds in ``sentence``, in order."""
    text = Text(sentence)
    return [(m.entity, text.quote(m.start, m.end)) for m in gazetteer.match(text)]


def real(texts: dict[str, str], doc: str, sentence: str) -> str:
    assert sentence in texts[doc], "the test sentence must be copied verbatim from the source"
    return sentence


# Names from the graph ---------------------------------------------------------------------------

def names_of(gazetteer, entity):
    return {(n.text, n.property) for n in gazetteer.names if n.entity == entity}


def test_names_in_every_language(gazetteer):
    names = names_of(gazetteer, "organization/iom")
    assert ("المنظمة الدولية للهجرة", "prefLabel") in names
    assert ("International Organization for Migration", "prefLabel") in names
    assert ("Organisation internationale pour les migrations", "prefLabel") in names
    assert ("المنظمة العالمية للهجرة", "altLabel") in names
    assert {("IOM", "acronym"), ("OIM", "acronym")} <= names
    entry = gazetteer.entries["organization/iom"]
    assert entry.kind == "organization" and entry.cls == "IntergovernmentalOrganization"
    assert entry.sources >= {"m4sd-board-rabat-2022", "gcm-champions-dialogue-rabat-2023"}


@pytest.mark.parametrize("sentence, entity", [
    ("المنظمة الدولية للهجرة", "organization/iom"),
    ("International Organization for Migration", "organization/iom"),
    ("Organisation internationale pour les migrations", "organization/iom"),
    ("المنظمة العالمية للهجرة", "organization/iom"),
    ("IOM", "organization/iom"),
    ("OIM", "organization/iom"),
    ("Swiss Agency for Development and Cooperation", "organization/sdc"),
    ("جامايكا", "country/jamaica"),
])
def test_each_name_matches_alone(gazetteer, sentence, entity):
    assert found(gazetteer, sentence) == [(entity, sentence)]


def test_latin_names_other_than_acronyms_ignore_case(gazetteer):
    assert found(gazetteer, "the international organization for migration said") == \
        [("organization/iom", "international organization for migration")]


def test_reference_entries_come_from_wikidata_links(gazetteer):
    assert gazetteer.entries["country/jamaica"].reference
    assert gazetteer.entries["country/morocco"].reference
    assert not gazetteer.entries["project/depomi"].reference
    assert gazetteer.entries["project/depomi"].sources == frozenset({"depomi-launch-interview-2021"})


def test_an_entry_keeps_every_class_the_registry_asserts(gazetteer):
    # (IOM is a UN system entity too, though its most telling class is an intergovernmental organization)
    iom = gazetteer.entries["organization/iom"]
    assert iom.cls == "IntergovernmentalOrganization" and "UNSystemEntity" in iom.classes
    assert gazetteer.entries["organization/undp"].classes == {"UNSystemEntity"}


def test_every_name_belongs_to_a_known_entity(gazetteer):
    assert gazetteer.names
    assert all(n.entity in gazetteer.entries and n.keys for n in gazetteer.names)


# Clitics, on real sentences ---------------------------------------------------------------------

def test_conjunction_and_article_before_a_name(gazetteer, texts):
    sentence = real(texts, "ministry-multilateral-cooperation",
                    "لا سيما مع الوكالة الألمانية للتعاون الدولي والمنظمة الدولية للهجرة.")
    assert found(gazetteer, sentence) == [("organization/giz", "الوكالة الألمانية للتعاون الدولي"),
                                          ("organization/iom", "والمنظمة الدولية للهجرة")]


def test_preposition_and_article_on_a_one_word_name(gazetteer, texts):
    sentence = real(texts, "ministry-multilateral-cooperation",
                    "التعاون مع الهيئات التابعة لمنظمة الأمم المتحدة بالمغرب.")
    assert found(gazetteer, sentence) == [("organization/un", "لمنظمة الأمم المتحدة"),
                                          ("country/morocco", "بالمغرب")]


def test_lil_before_the_name_and_its_last_word(gazetteer, texts):
    sentence = real(texts, "gcm-champions-dialogue-rabat-2023",
                    "المدير الإقليمي للمنظمة الدولية للهجرة في منظقة الشرق الأوسط")
    assert found(gazetteer, sentence)[0] == ("organization/iom", "للمنظمة الدولية للهجرة")


def test_a_preposition_without_the_article(gazetteer, texts):
    sentence = real(texts, "m4sd-board-rabat-2022",
                    "أحمد السكيم، مدير إدارة شؤون الهجرة بوزارة الخارجية للتعاون الإفريقي والمغاربة المقيمين بالخارج")
    assert found(gazetteer, sentence) == [
        ("person/ahmed-skim", "أحمد السكيم"),
        ("organization/mfa-migration-affairs-directorate", "إدارة شؤون الهجرة"),
        ("organization/ministry-foreign-affairs", "بوزارة الخارجية للتعاون الإفريقي والمغاربة المقيمين بالخارج")]


def test_presentation_forms_match_and_quote_the_original(gazetteer, texts):
    sentence = real(texts, "ministry-multilateral-cooperation", "– تعرف منظمة اﻟﻌﻤﻞ اﻟﺪوﻟﻴﺔ عضوية 187 دوﻟﺔ، وتضم")
    assert found(gazetteer, sentence) == [("organization/ilo", "منظمة اﻟﻌﻤﻞ اﻟﺪوﻟﻴﺔ")]


def test_a_word_that_only_resembles_a_name_is_not_one(gazetteer):
    # الهجرة ends several names but is none on its own
    assert found(gazetteer, "قضايا الهجرة والتنقل للهجرة بالهجرة") == []


# Longest match ----------------------------------------------------------------------------------

def test_longest_match_wins(gazetteer, texts):
    sentence = real(texts, "gcm-champions-dialogue-rabat-2023",
                    "ميريام ماسايا، مساعد الاتصال الأول، المنظمة الدولية للهجرة في المغرب")
    matches = found(gazetteer, sentence)
    assert ("organization/iom-morocco", "المنظمة الدولية للهجرة في المغرب") in matches
    assert not {"organization/iom", "country/morocco"} & {e for e, _ in matches}


def test_longest_match_on_a_made_up_sentence(gazetteer):
    assert found(gazetteer, "وأكدت المنظمة الدولية للهجرة بالمغرب أن") == \
        [("organization/iom-morocco", "المنظمة الدولية للهجرة بالمغرب")]


# Guards against common words --------------------------------------------------------------------

def test_a_one_word_name_must_agree_in_definiteness(gazetteer, texts):
    sentence = real(texts, "ministry-multilateral-cooperation", "بالشراكة مع جمعيات المجتمع المدني")
    assert "project/sharaka" not in {e for e, _ in found(gazetteer, sentence)}
    assert found(gazetteer, "الشراكة") == []
    assert found(gazetteer, "شراكة") == [("project/sharaka", "شراكة")]
    sentence = real(texts, "ministry-multilateral-cooperation", "يرتبط مشروع شراكة في تعزيز")
    assert found(gazetteer, sentence) == [("project/sharaka", "مشروع شراكة")]



@pytest.mark.parametrize("doc, sentence, quote, entity", [
    ("depomi-launch-interview-2021", "تتولى الوكالة البلجيكية للتنمية تنفيذ المشروع بالشراكة مع الوزارة المنتدبة",
     None, None),
    ("ministry-multilateral-cooperation",
     "في إطار مشروع “الشراكة الألمانية المغربية من أجل اللجوء والحماية الدولية للاجئين”، الذي",
     "الشراكة الألمانية المغربية من أجل اللجوء والحماية الدولية للاجئين",
     "project/german-moroccan-asylum-partnership"),
], ids=["al-mashru-bi-sh-shiraka", "mashru-al-shiraka-al-almaniyya"])
def test_a_multi_word_name_must_agree_in_definiteness_too(gazetteer, texts, doc, sentence, quote, entity):
    matches = found(gazetteer, real(texts, doc, sentence))
    assert "project/sharaka" not in {e for e, _ in matches}
    if entity:
        assert (entity, quote) in matches


def test_an_acronym_must_be_written_in_capitals(gazetteer):
    assert found(gazetteer, "SDC") == [("organization/sdc", "SDC")]
    assert found(gazetteer, "sdc") == []
    assert found(gazetteer, "Sdc") == []
    assert found(gazetteer, "the giz and the iom") == []


@pytest.mark.parametrize("doc, sentence, acronym, entity", [
    ("m4sd-board-rabat-2022", "وبرنامج الأمم المتحدة الإنمائي (M4SD)، بتمويل", "M4SD", "programme/m4sd"),
    ("m4sd-board-rabat-2022", "بتمويل من التعاون الإنمائي السويسري (SDC)، الاجتماع", "SDC", "organization/sdc"),
    ("ministry-multilateral-cooperation", "وحماية حقوق العمال والعاملات المهاجرين” (IRAM).", "IRAM", "project/iram"),
    ("ministry-multilateral-cooperation", "العودة الطوعية وإعادة الإدماج(AVRR).", "AVRR", "programme/avrr"),
    ("ministry-multilateral-cooperation", "(التعاون التقني البلجيكي، GIZ، FE…)", "GIZ", "organization/giz"),
    ("ministry-multilateral-cooperation", "الوكالة الألمانية للتعاون الدولي (GIZ) والذي", "GIZ", "organization/giz"),
    ("depomi-launch-interview-2021", "يهدف مشروع “DEPOMI” أو نشر", "DEPOMI", "project/depomi"),
])
def test_latin_acronyms_inside_arabic_text(gazetteer, texts, doc, sentence, acronym, entity):
    assert (entity, acronym) in found(gazetteer, real(texts, doc, sentence))


# What a new document would know -----------------------------------------------------------------

def test_without_hides_an_entity_known_only_from_that_document(gazetteer, left_out, texts):
    known = left_out["depomi-launch-interview-2021"]
    assert "project/depomi" in gazetteer.entries
    assert "project/depomi" not in known.entries
    assert not any(n.entity == "project/depomi" for n in known.names)
    text = Text(texts["depomi-launch-interview-2021"])
    assert "project/depomi" in {m.entity for m in gazetteer.match(text)}
    assert "project/depomi" not in {m.entity for m in known.match(text)}


def test_without_keeps_reference_places_named_only_there(gazetteer, left_out, texts):
    assert gazetteer.entries["country/jamaica"].sources == frozenset({"m4sd-board-rabat-2022"})
    # its Arabic label occurs in no other document: kept because it is reference data
    assert "جامايكا" not in "".join(t for d, t in texts.items() if d != "m4sd-board-rabat-2022")
    known = left_out["m4sd-board-rabat-2022"]
    assert "country/jamaica" in known.entries
    sentence = real(texts, "m4sd-board-rabat-2022", "جمهورية إكوادور، جامايكا، جمهورية")
    assert ("country/jamaica", "جامايكا") in found(known, sentence)


def test_without_keeps_entities_other_documents_name(left_out, texts):
    known = left_out["gcm-champions-dialogue-rabat-2023"]
    assert "organization/iom" in known.entries          # also named by m4sd and the ministry's page
    assert "person/laura-palatini" not in known.entries  # named by this press release only
    sentence = real(texts, "gcm-champions-dialogue-rabat-2023",
                    "نظّمت المنظمة الدولية للهجرة وحكومة المملكة المغربية")
    assert found(known, sentence)[0] == ("organization/iom", "المنظمة الدولية للهجرة")


def test_a_name_attested_only_in_the_left_out_document_is_hidden(gazetteer, left_out):
    known = left_out["ministry-multilateral-cooperation"]
    assert "organization/iom" in known.entries
    names = {n.text for n in known.names if n.entity == "organization/iom"}
    assert "المنظمة العالمية للهجرة" not in names      # written only on the ministry's page
    assert "المنظمة الدولية للهجرة" in names            # also in the other documents
    sentence = "وأكدت المنظمة العالمية للهجرة أن"
    assert found(gazetteer, sentence) == [("organization/iom", "المنظمة العالمية للهجرة")]
    assert found(known, sentence) == []
    assert found(known, "وأكدت المنظمة الدولية للهجرة أن") == [("organization/iom", "المنظمة الدولية للهجرة")]


def test_a_name_attested_elsewhere_with_a_proclitic_is_kept(gazetteer, left_out, texts):
    other = Text(texts["m4sd-board-rabat-2022"])
    assert "organization/undp" in {m.entity for m in gazetteer.match(other)}
    known = left_out["ministry-multilateral-cooperation"]
    assert "برنامج الأمم المتحدة الإنمائي" in {n.text for n in known.names if n.entity == "organization/undp"}


@pytest.mark.parametrize("doc", sorted(SOURCES))
def test_without_keeps_exactly_reference_entities_and_those_named_elsewhere(gazetteer, left_out, doc):
    known = left_out[doc]
    for entity, entry in gazetteer.entries.items():
        expected = entry.reference or bool(entry.sources - {doc})
        assert (entity in known.entries) == expected, entity
    assert all(n.entity in known.entries for n in known.names)
    assert {(n.entity, n.text) for n in known.names} <= {(n.entity, n.text) for n in gazetteer.names}


# A gazetteer made by hand -----------------------------------------------------------------------

def test_an_ambiguous_name_is_found_with_lower_confidence():
    entries = {e: Entry(e, "Country", True, frozenset()) for e in ("country/a", "country/b")}
    gazetteer = Gazetteer(entries, [make_name("country/a", "دولة الأرز", "prefLabel"),
                                    make_name("country/b", "دولة الأرز", "altLabel")])
    [mention] = gazetteer.match(Text("زار الوفد دولة الأرز"))
    assert mention.entity == "country/a" and mention.confidence < 0.95 and mention.rule == "gazetteer"
    [mention] = Gazetteer(entries, [make_name("country/a", "دولة الأرز", "prefLabel")]).match(Text("دولة الأرز"))
    assert mention.confidence == 0.95


def test_make_name_marks_short_latin_acronyms_and_one_word_definiteness():
    acronym = make_name("organization/x", "GIZ", "acronym")
    assert acronym.capitals and acronym.keys == ("giz",)
    assert not make_name("organization/x", "Enabel, Belgian development agency", "acronym").capitals
    assert make_name("country/morocco", "المغرب", "prefLabel").definite
    assert not make_name("project/sharaka", "شراكة", "altLabel").definite
    assert make_name("organization/x", "\u064b\u064c", "prefLabel") is None  # nothing to match
