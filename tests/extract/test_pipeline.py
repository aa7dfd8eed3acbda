"""kg.extract.pipeline end to end: each source document read as if it were new, every proposal
mapped back to the original text, and hostile inputs that must never raise."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.gazetteer import Gazetteer
from kg.extract.pipeline import Extraction, extract

from .conftest import SOURCES

EMPTY = Gazetteer({}, [])


def check(result: Extraction) -> None:
    """Every mention, fact, date and amount maps back to a non-empty original span equal to its quote;
    facts name mentions of the same extraction; confidences are in (0, 1]."""
    original = result.text.original
    items = [*result.mentions, *result.facts, *result.dates, *result.amounts]
    for item in items:
        start, end = result.span(item)
        assert 0 <= start < end <= len(original), item
        assert original[start:end] == result.quote(item)
        assert original[start:end].strip(), item
    for mention in result.mentions:
        assert 0 < mention.confidence <= 1
    for a, b in zip(result.mentions, result.mentions[1:], strict=False):
        assert a.end <= b.start
    for fact in result.facts:
        assert 0 < fact.confidence <= 1
        assert fact.kind in ("funding", "participation", "post")
        assert len(fact.args) == 2
        for _, mention in fact.args:
            assert any(mention is m for m in [*result.mentions, *result.implicit]), (fact, mention)
        fact_span = result.span(fact)
        for _, mention in fact.args:  # the clause that states the fact quotes both arguments …
            span = result.span(mention)
            sentence = next(result.text.span(s, e) for s, e in result.text.sentences if result.text.span(s, e)[1] > fact_span[0])
            # … but for the topic, named in an earlier sentence and referred to here
            assert fact_span[0] <= span[0] and span[1] <= fact_span[1] or span[1] <= sentence[0], (fact, mention)


@pytest.fixture(scope="module")
def extractions(left_out) -> dict[str, Extraction]:
    return {doc: extract(path.read_text(encoding="utf-8"), left_out[doc]) for doc, path in SOURCES.items()}


def test_the_five_sources_are_the_corpus(texts):
    assert len(SOURCES) == 5
    assert {doc: path.read_text(encoding="utf-8") for doc, path in SOURCES.items()} == texts


@pytest.mark.parametrize("doc", sorted(SOURCES))
def test_every_proposal_maps_back_to_the_original(extractions, doc):
    result = extractions[doc]
    assert result.text.original == SOURCES[doc].read_text(encoding="utf-8")
    assert result.mentions
    check(result)


@pytest.mark.parametrize("doc", sorted(SOURCES))
def test_each_document_yields_a_fact(extractions, doc):
    assert extractions[doc].facts


@pytest.mark.parametrize("doc", sorted(SOURCES))
def test_with_the_full_gazetteer_too(gazetteer, texts, doc):
    result = extract(texts[doc], gazetteer)
    check(result)
    assert result.facts
    assert all(m.entity is None or m.entity in gazetteer.entries for m in result.mentions)


def test_the_leave_one_out_gazetteer_never_links_to_a_hidden_entity(extractions, left_out):
    for doc, result in extractions.items():
        assert all(m.entity is None or m.entity in left_out[doc].entries for m in result.mentions)
    assert "project/depomi" not in {m.entity for m in extractions["depomi-launch-interview-2021"].mentions}


def test_funding_amounts_are_found_in_the_ministry_page(extractions):
    result = extractions["ministry-multilateral-cooperation"]
    assert {(a.value, a.currency) for a in result.amounts} >= {(2400000, "EUR"), (13000000, "USD")}
    assert any(f.kind == "funding" and f.amount is not None for f in result.facts)


def test_the_same_text_gives_the_same_extraction(gazetteer, texts):
    text = texts["gcm-champions-dialogue-rabat-2023"]
    first, second = extract(text, gazetteer), extract(text, gazetteer)
    assert first.mentions == second.mentions and first.facts == second.facts
    assert first.dates == second.dates and first.amounts == second.amounts


# Hostile inputs ---------------------------------------------------------------------------------

HOSTILE = {
    "empty": "",
    "whitespace": " \n\t\n\u00a0 ",
    "only diacritics": "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670" * 40,
    "only tatweel": "\u0640" * 100,
    "only presentation forms": "".join(chr(c) for c in range(0xFE70, 0xFEFD)) * 3 + " ﻻ ﷲ ﷺ ﰀ",
    "presentation-form name": "ﺑﺘﻤﻮﻳﻞ ﻣﻦ اﻻﺗﺤﺎد اﻷوروﺑﻲ ﻟﻤﺸﺮوع “DEPOMI” بتمويل من الاتحاد الأوروبي",
    "bidi marks": "\u200f\u202bالمنظمة الدولية للهجرة\u202c \u200eIOM\u200f \u2066(SDC)\u2069 مشروع “DEPOMI” بتمويل من\u200f "
                  "التعاون الإنمائي السويسري\u200e 2,4\u200f مليون\u200e يورو",
    "NUL characters": "مشروع “DEPOMI”\x00 بتمويل من\x00 الاتحاد الأوروبي\x00 بميزانية 5\x00 ملايين يورو\x00",
    "unpaired brackets": "(((" + "المنظمة الدولية للهجرة (((IOM ((( (SDC" + ")))" + " )) ( ) “ ” « »",
    "lone surrogate-free astral": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 المنظمة الدولية للهجرة 😀 (IOM)",
    "digits only": "٢٠٢٣ 2023 ۲۰۲۳ 13/06/2022 2,4 1.800.000",
    "honorific at the end": "قال السيد",
    "title without a name": "، مدير الوكالة البلجيكية للتنمية،",
    "separators": "\u2028\u2029\r\n\f\v" * 10 + "المنظمة الدولية للهجرة" + "\u2028",
    "boards of boards": " ".join(["مجلس إدارة"] * 3000) + " صندوق الائتمان",     # no recursion to exhaust
    "parties without end": "اتفاق المقر بين " + "المغرب و" * 2000 + "تونس",
    "scopes without end": "مجلس الجامعة" + " على المستوى الوزاري" * 2000,
    # unnamed items, each described up to its clause end; a title named again; signatories by representation
    "unnamed agreements without end": "وقّعت الوزارة اتفاقية مع المنظمة " * 2000,
    "titles named again": "السيد أحمد العلوي، وزير الشغل. وقال الوزير في كلمته خلال الندوة " * 1000,
    "representing without end": "ومثّل الوزارة في التوقيع السيد أحمد العلوي " * 1000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_never_raises(gazetteer, name):
    for known in (gazetteer, EMPTY):
        check(extract(HOSTILE[name], known))


def test_empty_and_blank_texts_propose_nothing(gazetteer):
    for text in ("", "   ", "\u064e\u064f", "\u0640\u0640"):
        result = extract(text, gazetteer)
        assert (result.mentions, result.facts, result.dates, result.amounts) == ([], [], [], [])


def test_many_head_nouns_in_a_row_finish_quickly(gazetteer):
    text = "منظمة " * 20000          # 120,000 characters of head nouns and nothing else
    start = time.perf_counter()
    result = extract(text, gazetteer)
    assert time.perf_counter() - start < 10   # loosely: it takes well under a second today
    check(result)
    assert result.facts == []


def test_a_very_long_single_line(gazetteer):
    line = "أطلقت الحكومة مشروع “DEPOMI” بتمويل من الاتحاد الأوروبي بميزانية 5 ملايين يورو، " * 1500
    assert "\n" not in line and len(line) > 100_000
    start = time.perf_counter()
    result = extract(line, gazetteer)
    assert time.perf_counter() - start < 20
    check(result)
    # the same statement, many times: one fact, with its amount
    funding = [f for f in result.facts if f.kind == "funding"]
    assert len(funding) == 1 and funding[0].arg("funder").entity == "organization/eu"


def test_the_whole_corpus_joined_as_one_document(gazetteer, texts):
    result = extract("\n\n".join(texts[doc] for doc in sorted(texts)), gazetteer)
    check(result)
    assert len(result.facts) >= len(texts)


ARABIC_PIECES = ["المنظمة الدولية للهجرة", "بتمويل من", "الذي تنفذه", "بالشراكة مع", "بين", "و", "السيد", "،", "(",
                 ")", "SDC", "مشروع", "“DEPOMI”", "2,4 مليون يورو", "نظمت", "الوكالة البلجيكية للتنمية", "\n", ".",
                 "\u064e", "\u0640", "ﻻ", "\x00", "\u200f", "منظمة", "ندوة", "13 يونيو 2022", ":", "مدير"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_unicode_never_raises(gazetteer, text):
    check(extract(text, gazetteer))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(ARABIC_PIECES), st.text(max_size=3)), max_size=60)
       .map(lambda pieces: " ".join(pieces)))
def test_random_arabic_phrases_never_raise(gazetteer, text):
    check(extract(text, gazetteer))


def test_candidates_of_many_unnamed_items(gazetteer, base_iri):
    """Each of 2,000 unnamed agreements carries its description: the TriG is written (the description reads
    a few words from a map of the names, not the whole text each time)."""
    from kg.extract.output import Candidates
    from kg.extract.reader import from_bytes

    document = from_bytes(HOSTILE["unnamed agreements without end"].encode(), "hostile.txt")
    trig = Candidates(document, extract(document.text, gazetteer), base_iri).trig()
    assert trig.count("altLabel") >= 1
