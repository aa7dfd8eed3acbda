"""kg.extract.text: the normalized text matching sees, and the map back to the original offsets."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import ROOT
from kg.extract.text import Text

SOURCES = sorted((ROOT / "data" / "sources").glob("*.txt"))


def source(name: str) -> str:
    return (ROOT / "data" / "sources" / name).read_text(encoding="utf-8")


def check_offsets(text: Text) -> None:
    assert len(text.offsets) == len(text.norm) + 1
    assert text.offsets[-1] == len(text.original)
    assert all(a <= b for a, b in zip(text.offsets, text.offsets[1:], strict=False))
    assert all(0 <= o <= len(text.original) for o in text.offsets)


# Normalization ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, norm", [
    # diacritics, shadda, sukun, tanwin, superscript alef, Quranic marks
    ("كَتَبَ", "كتب"), ("نظّمت", "نظمت"), ("حوارًا", "حوارا"), ("مُسْلِمٌ", "مسلم"), ("هٰذا", "هذا"), ("قلۖ", "قل"),
    ("الهجـــرة", "الهجره"),  # tatweel
    ("أحمد إدريس آمال ٱلله", "احمد ادريس امال الله"),  # alef forms
    ("مؤتمر", "مءتمر"), ("هيئة", "هيءه"),  # hamza seats
    ("المنظمة", "المنظمه"), ("على مستوى", "علي مستوي"),  # ة → ه, ى → ي
    ("٢٧ يناير ٢٠٢٣", "27 يناير 2023"), ("۱۴۰۲", "1402"), ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("الرباط، المغرب؛ لماذا؟", "الرباط, المغرب; لماذا?"), ("٥٠٪", "50%"), ("٣٫٥", "3٫5"), ("3.5", "3٫5"), ("2024. 3", "2024. 3"),
    ("a\u200eb\u200fc\u202bd\u2067e\u202cf\u2069g\u061ch", "abcdefgh"),  # bidi marks
    ("كلمة\u200bو\u200cأخرى\ufeff", "كلمهواخري"),  # zero-width
    ("\ufeffبلاغ", "بلاغ"),
    ("2016\u00a0م", "2016 م"), ("26\u201327", "26-27"), ("أ\u2014ب", "ا-ب"), ("x\ty", "x y"),
    ("\ufefb", "لا"), ("\ufee3\ufecc", "مع"), ("\ufefc", "لا"), ("\ufe8b", "ء"),  # presentation forms
    ("اﻟﻌﻤﻞ اﻟﺪوﻟﻴﺔ", "العمل الدوليه"), ("\ufdf2", "الله"),
    ("پیکان کتاب", "پيكان كتاب"),  # Persian yeh and keheh
    ("OIM, UNHCR & Co.", "OIM, UNHCR & Co."),  # Latin untouched
])
def test_normalization(original, norm):
    text = Text(original)
    assert text.norm == norm
    check_offsets(text)


def test_offsets_of_deleted_and_expanded_characters():
    assert Text("كَتَبَ").offsets == [0, 2, 4, 6]
    assert Text("\ufefbب").offsets == [0, 0, 1, 2]
    assert Text("a\u200eb").offsets == [0, 2, 3]
    assert Text("").offsets == [0] and Text("").norm == ""


def test_span_includes_following_deleted_marks():
    text = Text("كتابٌ جديدٌ")
    first, second = text.tokens
    assert text.quote(first.start, first.end) == "كتابٌ"
    assert text.quote(second.start, second.end) == "جديدٌ"
    assert text.span(0, 0) == (0, 0)


def test_quote_of_a_ligature_inside_a_word():
    text = Text("اﻟﻼﺋﻖ")
    [token] = text.tokens
    assert token.text == "اللاءق"
    assert text.quote(token.start, token.end) == "اﻟﻼﺋﻖ"
    assert text.quote(2, 4) == "\ufefc"  # لا: both letters come from the one ligature


# Tokens ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, key, definite", [
    ("والمنظمة", "منظمه", True), ("بالمغرب", "مغرب", True), ("للهجرة", "هجره", True),
    ("الهجرة", "هجره", True), ("فالوزارة", "وزاره", True), ("كالعادة", "عاده", True),
    ("وزارة", "وزاره", False), ("بلاغ", "بلاغ", False), ("الى", "الي", False),  # short rest: no stem
    ("OIM", "OIM", False), ("2016", "2016", False),
])
def test_token_key_and_definite(word, key, definite):
    [token] = Text(word).tokens
    assert (token.key, token.definite) == (key, definite)
    assert token.arabic == (word[0] > "\u0600")


def test_tokens_split_on_punctuation_and_marks():
    text = Text("(الرباط، 27 يناير 2023) - نظّمت المنظمة_الدولية")
    assert [t.text for t in text.tokens] == ["الرباط", "27", "يناير", "2023", "نظمت", "المنظمه", "الدوليه"]
    first = text.tokens[0]
    assert (first.start, first.end, first.text, first.key) == (1, 7, "الرباط", "رباط")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_token_of_a_source_quotes_its_original(path):
    original = path.read_text(encoding="utf-8")
    text = Text(original)
    check_offsets(text)
    assert text.tokens
    for token in text.tokens:
        start, end = text.span(token.start, token.end)
        quote = text.quote(token.start, token.end)
        assert quote == original[start:end]
        assert Text(quote).norm == token.text


def test_presentation_forms_of_a_real_sentence():
    line = next(line for line in source("002_7aa0d87471162294.txt").split("\n") if "ﻟﻠﺠﻤﻴﻊ" in line)
    text = Text(line)
    tokens = {t.text: t for t in text.tokens}
    for word, quote, key in [("العمل", "اﻟﻌﻤﻞ", "عمل"), ("الدوليه", "اﻟﺪوﻟﻴﺔ", "دوليه"), ("للجميع", "ﻟﻠﺠﻤﻴﻊ", "جميع"),
                             ("اللاءق", "اﻟﻼﺋﻖ", "لاءق"), ("ممثلين", "ﻣﻤﺜﻠﻴﻦ", "ممثلين")]:
        token = tokens[word]
        assert text.quote(token.start, token.end) == quote
        assert token.key == key
    assert "ﻟﻠﺠﻤﻴﻊ" in line and "للجميع" not in line


# Sentences -----------------------------------------------------------------------------------------------

def test_sentences_of_a_real_paragraph():
    original = "\n".join(source("002_7aa0d87471162294.txt").split("\n")[:7])
    text = Text(original)
    quotes = [text.quote(s, e) for s, e in text.sentences]
    assert quotes[0] == "التعاون المتعدد الأطراف"
    assert quotes[1].startswith("يعتبر التعاون") and quotes[1].endswith("المملكة المغربية.")
    assert quotes[2] == "المنتدى العالمي حول الهجرة والتنمية"
    assert quotes[3].startswith("تأسس المنتدى") and quotes[3].endswith("بالجمع العام.")
    assert quotes[4].startswith("وعملت الحكومة") and quotes[4].endswith("منظمة الأمم المتحدة.")
    assert len(quotes) == 5
    assert "\n" not in "".join(quotes)


@pytest.mark.parametrize("original, sentences", [
    ("أولا. ثانيا! ثالثا؟ رابعا؛ خامسا", ["أولا.", "ثانيا!", "ثالثا؟", "رابعا؛", "خامسا"]),
    ("بلغ 3.5 مليون. انتهى", ["بلغ 3.5 مليون.", "انتهى"]),
    ("عنوان\n\n  \nفقرة", ["عنوان", "فقرة"]),
    ("الأهداف:\n- دعم\n• تقوية\n2) تنفيذ", ["الأهداف:", "- دعم", "• تقوية", "2) تنفيذ"]),
    ("  \n\n ", []),
    # a heading of a few words with no sentence's end, after a blank line or a sentence's end, then the text it heads
    ("تمت.\n\nاتفاقية لثلاث سنوات\nوشهد اليوم الأول توقيع اتفاقية.",
     ["تمت.", "اتفاقية لثلاث سنوات", "وشهد اليوم الأول توقيع اتفاقية."]),
    ("تمت.\nاتفاقية لثلاث سنوات\nوشهد اليوم الأول توقيع اتفاقية.",
     ["تمت.", "اتفاقية لثلاث سنوات", "وشهد اليوم الأول توقيع اتفاقية."]),
    # … not a short line that wraps a paragraph, a wrapped line of a long one, one word, a date, or words in brackets
    ("أعلنت وزارة الصحة والحماية الاجتماعية\nعن إطلاق برنامج.", ["أعلنت وزارة الصحة والحماية الاجتماعية\nعن إطلاق برنامج."]),
    ("تمت.\n\nوقد عقد البرنامج العالمي للمنظمة الدولية للهجرة\nاجتماعه الثاني.",
     ["تمت.", "وقد عقد البرنامج العالمي للمنظمة الدولية للهجرة\nاجتماعه الثاني."]),
    ("تمت.\n\nمقدمة\nيأتي تنظيم هذه الندوة.", ["تمت.", "مقدمة\nيأتي تنظيم هذه الندوة."]),
    ("تمت.\n\n27 يناير 2023\nنظمت المنظمة ندوة.", ["تمت.", "27 يناير 2023\nنظمت المنظمة ندوة."]),
    ("تمت.\n\nالمرحلة الأولى (التجريبية)\nنظمت المنظمة ندوة.", ["تمت.", "المرحلة الأولى (التجريبية)\nنظمت المنظمة ندوة."]),
])
def test_sentence_boundaries(original, sentences):
    text = Text(original)
    assert [text.quote(s, e) for s, e in text.sentences] == sentences


# Properties ----------------------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱؤئةىپکی"  # letters
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u06d6"  # diacritics, marks
    "\u0640"  # tatweel
    "\ufefb\ufefc\ufee3\ufecc\ufe8b\ufe8e\ufdf2\ufdfa\ufe70"  # presentation forms
    "\u200e\u200f\u202b\u202c\u2067\u2069\u200b\u200c\u200d\ufeff\u00ad"  # bidi, zero-width
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲"  # digits
    "abcXYZéß"  # Latin
    "  \t\n\n\u00a0\u2003"  # spaces, newlines
    ".,;:!?()\"'-–—،؛؟٪٫•*/_"  # punctuation
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_properties(original):
    text = Text(original)
    check_offsets(text)
    for token in text.tokens:
        assert 0 <= token.start < token.end <= len(text.norm)
        assert text.norm[token.start:token.end] == token.text
        start, end = text.span(token.start, token.end)
        assert 0 <= start < end <= len(original)
        assert text.quote(token.start, token.end) == original[start:end]
        assert start == text.offsets[token.start]
        assert token.key and token.key in token.text and token.text.endswith(token.key)
    previous = 0
    for start, end in text.sentences:
        assert previous <= start < end <= len(text.norm)
        assert not text.norm[start].isspace() and not text.norm[end - 1].isspace()
        previous = end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_never_raises(original):
    text = Text(original)
    check_offsets(text)
    assert all(text.quote(t.start, t.end) for t in text.tokens)
    assert text.sentences == sorted(text.sentences)
