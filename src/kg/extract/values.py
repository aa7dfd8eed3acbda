r"""Dates and amounts of money in Arabic press releases, found on ``Text.norm``.

Offsets are into ``Text.norm`` (map them back with ``Text.span``). Spans cover the day, month
and year (or the amount and its currency), never the words that introduce them (سنة, شهر, من,
خلال, بين, حوالي …).

Dates (``DateValue.value`` is ISO at the precision written: ``2013``, ``2013-06``, ``2013-06-07``):

* month names of every tradition: Maghrebi (يناير … يوليوز غشت شتنبر نونبر دجنبر), Egyptian and
  Mashriqi (مايو يونيه يوليو يوليه أغسطس سبتمبر نوفمبر ديسمبر إبريل), Levantine and Iraqi (كانون
  الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول …), Algerian and Tunisian (جانفي
  فيفري أفريل جوان جويلية أوت); a clitic (و ف ب ل) may be attached to the month;
* ``13 يونيو 2022``, ``فاتح يوليوز 2019``, ``يونيو 2013``, ``شهر نونبر 2018``, ``شهر يونيو``;
* ranges: ``من 13 إلى 14 يونيو 2022``, ``14 و15 شتنبر 2016``, ``14/16 ماي 2014``, ``بين 26 و 27
  يناير``, ``من 5 يونيو إلى 7 يوليوز 2019``; ``X و Y`` is read as the period from X to Y;
* a day and month without a year borrow the year of a dated neighbour they are listed with
  (``5 يونيو و7 يوليوز 2019``), else take the nearest preceding explicit year of the text
  (``year_inferred``), else are dropped;
* years: after سنة/عام/سنوات (1500–2099), or a bare 1900–2099 standing as its own number and not a
  count or an amount (``2013 مليون``, ``حوالي 2000 مهاجر``, ``رقم 2013``); year ranges ``2017-2021``,
  ``2017 - 2021``, ``2014/2017``, ``2017 و2018``, ``من 2017 إلى 2021``;
* numeric: ``7/9/2014`` and ``07.06.2013`` day/month/year (the Arab convention), ``2014/09/07`` and
  ``2014-09-07`` year/month/day; impossible dates are rejected.

Amounts (``Amount.value`` a ``Decimal``, ``currency`` ISO 4217):

* a number (``2,4`` and ``1.8`` decimal; ``1,800,000``, ``1.800.000`` and ``1 800 000`` grouped; a
  comma before exactly three digits groups, a single dot group before a multiplier is a decimal),
  an optional multiplier (ألف/آلاف, مليون/ملايين, مليار/مليارات/بليون, ترليون; ``2 مليون و500 ألف``
  adds up), then a currency; or a multiplier alone (``مليون يورو`` 1e6; the dual ``مليوني يورو``
  2e6);
* currencies (EUR USD CAD AUD MAD AED CHF XOF GBP EGP TND DZD LYD KWD JOD IQD BHD SAR QAR OMR YER
  JPY MRU) in Arabic, as symbols or as codes, before or after the number (``€ 5 مليون``,
  ``5 ملايين EUR``, ``13 مليون $``, ``5 ملايين من الدولارات``); a bare دينار/ريال/جنيه/فرنك is
  the one the document qualified before (``فرنك سويسري``, then ``6 ملايين فرنك``) or its country's, else
  ambiguous and not read; a number without a currency is not an amount;
* ``estimate`` when a marker of approximation (تقدر ب، يقدر، المقدرة، حوالي، قرابة، ما يقارب، زهاء،
  مبدئيا; نحو right before the number) stands a few words before it in the same sentence, or
  تقريبا right after it.

Not understood: numbers and ordinals written in words (ثلاثة ملايين، الثالث عشر من يونيو), Hijri
dates, two-digit years, weekdays, a month name alone (مارس is also a verb, آب a father).

Speed: a pattern that re must try at every character costs about 0.2 µs per lookbehind or branch,
far too much for a long page. Every scanning pattern here starts with a digit class, a literal or a
branch of literals, so re skips in C to the few places where a match can start; long alternations
of names are factored into tries; a month before a year is searched only in the characters before
it; spaces are matched possessively (``\s*+``), as backtracking into a long run costs quadratic time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import chain

from kg.extract.text import DECIMAL_SIGN, Text

__all__ = ["Amount", "DateValue", "amounts", "dates"]


@dataclass(frozen=True)
class DateValue:
    start: int  # offsets into text.norm
    end: int
    value: str  # ISO at the precision stated: "2013", "2013-06" or "2013-06-07"
    end_value: str | None = None  # the end of a range
    year_inferred: bool = False  # the year was taken from the nearest preceding explicit year
    dateline: bool = False  # the date of a dateline: «الرباط، 26 فبراير 2021 –» at the start of a line


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: Decimal
    currency: str  # ISO 4217
    estimate: bool = False  # announced as approximate
    minimum: bool = False  # a lower bound: أزيد من، أكثر من، ما يزيد عن


_L = r"[^\W\d_]"  # a letter, Arabic or Latin: glued text has no spaces, so boundaries are letter/non-letter
_WORD_START = rf"(?<!{_L})"
# The first digit of a number, not the tail of a larger number, a decimal or a date (2,4 32/2013); the
# lookbehinds come after the digit class so that re finds the digits in C.
_FIRST_DIGIT = r"[0-9](?<![0-9][0-9])(?<![0-9+][.,/:-][0-9])"
# A word may carry clitics (و ف ب ل) and the article before it: وبمليون, لشهر, الفاتح.
_CLITICS_BEFORE = re.compile(rf"{_WORD_START}[وفبل]{{0,2}}(?:ال)?$")
_LATIN_START = re.compile(r"(?<![A-Za-z])")


def _trie(words: Iterable[str]) -> str:
    """The words as one regex factored by common prefixes (re tries alternatives one by one)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longest word first

    return emit(tree)


def _at_word_start(norm: str, i: int) -> bool:
    return _CLITICS_BEFORE.search(norm, max(0, i - 4), i) is not None


def _in_order(scans: Iterable[Iterable[re.Match]]) -> list[re.Match]:
    """The matches of several scans by start, the longest first."""
    return sorted(chain.from_iterable(scans), key=lambda m: (m.start(), -m.end()))


# ---------------------------------------------------------------- words of money

_THOUSAND = ("الف", "الفان", "الفين", "الفا", "الفي", "الاف")
_MILLION = ("مليون", "مليونان", "مليونين", "مليونا", "مليوني", "ملايين")
_BILLION = ("مليار", "ملياران", "مليارين", "مليارا", "ملياري", "مليارات",
            "بليون", "بليونان", "بليونين", "بليونا", "بليوني", "بلايين")
_TRILLION = ("ترليون", "تريليون", "ترليونات", "تريليونات")
_MULT = _trie(_THOUSAND + _MILLION + _BILLION + _TRILLION)
_SINGULAR = {"الف", "مليون", "مليار", "بليون", "ترليون", "تريليون"}
_PLURAL = {"الاف", "ملايين", "مليارات", "بلايين", "ترليونات", "تريليونات"}
# Grouped by comma, by dot or by space, or plain with an optional decimal part; _NUMBER_REST follows
# the first digit, and is atomic: backtracking into a long run of digits would cost time for nothing.
# (a point between digits is the decimal sign in ``Text.norm``: patterns built on this one, ``SUM_AT``, read it there)
_NUMBER_REST = (r"(?>[0-9]{0,2}(?:,[0-9]{3})+(?:[.٫][0-9]+)?|[0-9]{0,2}(?:[.٫][0-9]{3})+(?:,[0-9]+)?"
                r"|[0-9]{0,2}(?: [0-9]{3})+|[0-9]*+(?:[.,٫][0-9]+)?)(?![0-9])")
_NUMBER = "[0-9]" + _NUMBER_REST
_AND = rf"\s*+و\s*+{_NUMBER}\s*+"  # 2 مليون و500 ألف: a smaller multiplier after the larger
_MULT_EXPR = (rf"(?:{_trie(_TRILLION)}(?:{_AND}{_trie(_BILLION)})?"
              rf"|{_trie(_BILLION)}(?:{_AND}{_trie(_MILLION + _THOUSAND)})?"
              rf"|{_trie(_MILLION)}(?:{_AND}{_trie(_THOUSAND)})?|{_trie(_THOUSAND)})")
_MULT_PARTS = re.compile(rf"(?P<m1>{_MULT})(?:\s*+و\s*+(?P<num2>{_NUMBER})\s*+(?P<m2>{_MULT}))?")


# Currency words: their spellings, the code they name alone (None: ambiguous, دينار is Tunisian,
# Algerian, Kuwaiti …) and the codes their adjectives name. The usage of the genre (أورو, درهم and دولار
# alone); CLDR's names of every ISO 4217 code are added below (_cldr_currencies).
_CURRENCY_WORDS = {
    ("دولار", "دولارات", "دولارا"): ("USD", {"امريكي": "USD", "اميركي": "USD", "كندي": "CAD", "استرالي": "AUD"}),
    ("يورو", "يوروهات", "اورو"): ("EUR", {}),
    ("درهم", "دراهم", "درهما"): ("MAD", {"مغربي": "MAD", "اماراتي": "AED"}),
    ("فرنك", "فرنكات", "فرنكا", "فرنق"): (None, {"سويسري": "CHF", "سيفا": "XOF", "افريقي": "XOF"}),
    ("جنيه", "جنيهات", "جنيها"): (None, {"استرليني": "GBP", "مصري": "EGP"}),
    ("دينار", "دنانير", "دينارا"): (None, {"تونسي": "TND", "جزاءري": "DZD", "ليبي": "LYD", "كويتي": "KWD",
                                          "اردني": "JOD", "عراقي": "IQD", "بحريني": "BHD"}),
    ("ريال", "ريالات", "ريالا"): (None, {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER"}),
    ("ين",): (None, {"ياباني": "JPY"}),
    ("اوقيه", "اوقيات"): ("MRU", {"موريتاني": "MRU"}),
}


def _norm(s: str) -> str:
    return " ".join(Text(s).norm.split())


def _cldr_currencies() -> tuple[dict[str, tuple[str | None, dict[str, str]]], dict[str, str], tuple[str, ...]]:
    """CLDR (through Babel) in Arabic: every ISO 4217 code in use by its name and plural forms (كرونة
    سويدية، دراهم مغربية، جنيهان مصريان) as a head word and the adjectives that qualify it, its Arabic
    symbol with dots (د.م.، ر.س.), and the list of codes. A name of a withdrawn currency (with its
    years) is left out; a head that names several currencies (كرونة) names none alone."""
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_currency_symbol

    in_use = sorted({code for currencies in get_global("territory_currencies").values()
                     for code, _, end, tender in currencies if end is None and tender})
    heads: dict[str, dict[str, set[str]]] = {}
    symbols: dict[str, str] = {}
    for code in in_use:
        names = {get_currency_name(code, locale="ar")} | {get_currency_name(code, count=n, locale="ar")
                                                          for n in (0, 1, 2, 3, 11, 100)}
        for name in names:
            words = _norm(name).split()
            if not words or any(not w.isalpha() for w in words):
                continue  # a withdrawn currency "… - 1973-2017", or a code for a name
            heads.setdefault(words[0], {}).setdefault(" ".join(words[1:]), set()).add(code)
        symbol = _norm(get_currency_symbol(code, locale="ar")).rstrip(".")
        if "." in symbol and re.fullmatch(r"[\u0621-\u064a.]+", symbol):
            symbols[symbol] = code if symbols.get(symbol, code) == code else ""  # د.إ and د.أ: both د.ا
    symbols = {symbol: code for symbol, code in symbols.items() if code}
    lexicon: dict[str, tuple[str | None, dict[str, str]]] = {}
    for head, qualified in heads.items():
        codes_alone = qualified.get("", set())
        all_codes = set().union(*qualified.values())
        alone = next(iter(all_codes)) if len(all_codes) == 1 and codes_alone else None
        lexicon[head] = (alone, {adj: next(iter(c)) for adj, c in qualified.items() if adj and len(c) == 1})
    # Alone, only a name that is nothing else (يورو): بات, راند or ليرة need their adjective.
    lexicon = {head: (alone if head == "يورو" else None, qualified) for head, (alone, qualified) in lexicon.items()}
    return lexicon, symbols, tuple(in_use)


_CLDR_HEADS, _ARABIC_SYMBOLS, _CLDR_CODES = _cldr_currencies()
for _spellings, (_alone, _qualified) in list(_CURRENCY_WORDS.items()):  # the genre's usage first, CLDR's adjectives too
    for _spelling in _spellings:
        if _spelling in _CLDR_HEADS:
            _qualified.update({a: c for a, c in _CLDR_HEADS.pop(_spelling)[1].items() if a not in _qualified})
_CURRENCY_WORDS.update({(head,): meaning for head, meaning in _CLDR_HEADS.items()})
_HEADS = {spelling: meaning for spellings, meaning in _CURRENCY_WORDS.items() for spelling in spellings}
_SPELLED = {spelling: spellings[0] for spellings in _CURRENCY_WORDS for spelling in spellings}  # (one key per name)
_ADJECTIVES = {adjective for _, adjectives in _CURRENCY_WORDS.values() for adjective in adjectives}
_SYMBOLS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP"}
_CODES = _CLDR_CODES
_LATIN_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "dirham": "MAD",
                "dirhams": "MAD", "dh": "MAD", "dhs": "MAD", "fcfa": "XOF"}
# Before the number: each alternative starts with a literal, so re skips to them in C.
_SYMBOL = "(?:" + "|".join(["€", r"\$", "£", r"US\$", _trie(_CODES)]) + ")(?![A-Za-z])"
# After the number, maybe as "من الدولارات". Not اوروبا/اوروبي (Europe) nor الاورومتوسطي, but glued text
# (يوروللدول) is still the euro. The lookahead spares the alternation where no currency can start.
_FIRST_CHARS = re.escape("".join(sorted({w[0] for w in (*_HEADS, *_ARABIC_SYMBOLS)} | set("ما€$£"))))
_CURRENCY = (rf"(?=[{_FIRST_CHARS}A-Za-z])(?:من\s*+)?(?:ال)?"
             rf"(?:(?P<head>{_trie(_HEADS)})(?![بم])(?:\s*+(?:ال)?(?P<adjective>{_trie(_ADJECTIVES)})(?:ه)?)?"
             rf"|(?P<symbol>US\$|[€$£])|(?P<arabic_symbol>{_trie(_ARABIC_SYMBOLS)})\.?(?!{_L})"
             rf"|(?<![A-Za-z])(?P<code>{_trie(_CODES)}|(?i:{_trie(_LATIN_WORDS)}))(?![A-Za-z]))")
_CURRENCY_PARTS = re.compile(_CURRENCY)
_ANY_CURRENCY = re.sub(r"\(\?P<\w+>", "(?:", _CURRENCY)  # for patterns that use it twice
_MULT_FIRST = "(?=[مبات])"  # where no multiplier can start, the lookahead spares the alternation


@lru_cache(maxsize=256)
def local_currency(iso2: str) -> str | None:
    """The currency a country uses now, by CLDR (Babel's territory data): AE → AED, TN → TND."""
    from babel.core import get_global

    current = [code for code, _, end, tender in get_global("territory_currencies").get(iso2.upper(), ())
               if end is None and tender]
    return current[0] if len(current) == 1 else None


def _currency(text: str, home: str | None = None, said: dict[str, str] | None = None) -> str | None:
    """The ISO code of a currency as matched by _CURRENCY or _SYMBOL; None if ambiguous (دينار alone). A name alone is
    the one of ``home`` (the document's country) if it bears the name: «درهم» datelined Abu Dhabi is AED, «دينار»
    datelined Tunis TND; else the one the document qualified before (``said``, which a qualified name adds to: «25
    مليون فرنك سويسري …، 6 ملايين فرنك» datelined Cairo)."""
    if text in _SYMBOLS or text in _CODES:
        return _SYMBOLS.get(text, text)
    m = _CURRENCY_PARTS.fullmatch(text)
    assert m is not None, text  # text was matched by _CURRENCY or _SYMBOL
    if m["symbol"]:
        return _SYMBOLS[m["symbol"]]
    if m["arabic_symbol"]:
        return _ARABIC_SYMBOLS[m["arabic_symbol"]]
    if m["code"]:
        return m["code"] if m["code"] in _CODES else _LATIN_WORDS.get(m["code"].lower())
    alone, qualified = _HEADS[m["head"]]
    head = _SPELLED[m["head"]]
    if m["adjective"]:
        code = qualified.get(m["adjective"], alone)
        if said is not None and code is not None:
            said[head] = code
        return code
    if home is not None and home in {alone, *qualified.values()}:
        return home
    return said.get(head, alone) if said else alone


# ---------------------------------------------------------------- dates

_MONTHS = {
    "يناير": 1, "جانفي": 1,
    "فبراير": 2, "فيفري": 2, "شباط": 2,
    "مارس": 3, "اذار": 3,
    "ابريل": 4, "افريل": 4, "نيسان": 4,
    "مايو": 5, "ماي": 5, "ايار": 5,
    "يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6,
    "يوليوز": 7, "يوليو": 7, "يوليه": 7, "جويليه": 7, "تموز": 7,
    "اغسطس": 8, "غشت": 8, "اوت": 8, "اب": 8,
    "سبتمبر": 9, "شتنبر": 9, "ايلول": 9,
    "اكتوبر": 10,
    "نوفمبر": 11, "نونبر": 11,
    "ديسمبر": 12, "دجنبر": 12,
}
# كانون/تشرين + الأول/الثاني: two words, the article optional, the space sometimes lost.
_PAIRED = {("كانون", "ثاني"): 1, ("كانون", "اول"): 12, ("تشرين", "اول"): 10, ("تشرين", "ثاني"): 11}
_PAIRED_RE = re.compile(r"(كانون|تشرين)\s*+(?:ال)?(اول|ثاني)")
_MONTH = rf"(?:كانون\s*+(?:ال)?(?:اول|ثاني)|تشرين\s*+(?:ال)?(?:اول|ثاني)|{_trie(_MONTHS)})(?!{_L})"
# A clitic may be attached to a month that starts a word, but not to آب: باب is "door".
_CLITIC = rf"{_WORD_START}(?:[وفبل]{{1,2}}(?!اب(?!{_L})))?"
_DAY = r"(?:[0-9]{1,2}(?![0-9])|فاتح(?:\s*+من)?)"  # فاتح: the first (Moroccan usage); checked by datetime
_YEAR = r"(?:1[5-9]|20)[0-9]{2}(?![0-9])"
_IS_YEAR = re.compile(_YEAR).fullmatch
_YEAR_SEP = r"\s*+(?:,\s*+)?(?:من\s*+)?(?:(?:ال)?(?:سنه|عام)\s*+)?"  # يونيو 2013, يونيو من سنة 2013
WEEKDAY_NUMBERS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
# (a range's last day may have its weekday: «من الاثنين 24 إلى الأربعاء 26 فيفري 2025»)
_DAY_SEP = (r"\s*+(?:-|/|و|(?:الي|حتي)(?:\s*+غايه)?)\s*+"
            rf"(?:(?:ال)?يوم\s*+)?(?:ال(?:{_trie(WEEKDAY_NUMBERS)})(?!{_L})\s*+)?")
_RANGE_SEP = r"\s*+(?:-|(?:الي|حتي)(?:\s*+غايه)?)\s*+(?:(?:ال)?يوم\s*+)?"
# Between a day and its month; the lookahead spares the month alternation where no month can start.
_TO_MONTH = rf"\s*+(?=[{''.join(sorted({w[0] for w in _MONTHS} | set('كتوفبلمش')))}])(?:من\s*+)?(?:شهر\s*+)?"
# After the first day: [sep day] month [year] [sep [day] month [year]]
_OTHER_NAME = rf"(?:\s*+/\s*+{_MONTH})?"  # كانون الأول/ديسمبر: the month in two traditions
DAY_MONTH = rf"[0-9]{{1,2}}\s*+(?:شهر\s*+)?{_MONTH}{_OTHER_NAME}"  # «21 أكتوبر»، «6 شباط/فبراير»: a day of a month
_DAY_MONTH_REST = (
    rf"(?:{_DAY_SEP}(?P<d2>{_DAY}))?{_TO_MONTH}{_CLITIC}(?P<m1>{_MONTH}){_OTHER_NAME}(?:{_YEAR_SEP}(?P<y1>{_YEAR}))?"
    rf"(?:{_RANGE_SEP}(?:(?P<d3>{_DAY}){_TO_MONTH})?{_CLITIC}(?P<m2>{_MONTH}){_OTHER_NAME}(?:{_YEAR_SEP}(?P<y2>{_YEAR}))?)?")
_MULT_OR_CURRENCY = rf"\s*+(?:{_MULT}|{_ANY_CURRENCY})"
# After a number: it is an amount (``mentions`` reads no label number there: «لهذه المرحلة 200 مليون يورو»)
MONEY_AFTER = re.compile(_MULT_OR_CURRENCY)
SCALE_WORD = re.compile(rf"ب?(?:{_MULT})")     # a scale word, with ب or not («بمليوني»، «ملايين»), matched whole

# The scans.
_DATE_AT_NUMBER = re.compile(
    rf"(?P<n1>{_FIRST_DIGIT}[0-9]*+)(?:"
    # 7/9/2014 and 07.06.2013 day/month/year, 2014-09-07 year-month-day; which one is checked in Python
    rf"(?P<ns>[/.-])(?P<n2>[0-9]{{1,2}})(?P=ns)(?P<n3>[0-9]{{1,4}})(?![0-9])(?![.,/:-][0-9])"
    rf"|(?<![0-9]{{3}}){_DAY_MONTH_REST}"  # a day of one or two digits
    # a year [sep year]; not after "digit space" (a phone number), not an amount (2013 مليون)
    rf"|(?<=(?:1[5-9]|20)[0-9]{{2}})(?<![0-9]{{5}})(?<![0-9] [0-9]{{4}})(?<![€$£][0-9]{{4}})"
    rf"(?:\s*+(?:-|/|و|الي|حتي)\s*+(?P<y4>{_YEAR}))?(?![.,/:][0-9])(?! [0-9]{{3}}(?![0-9]))(?!{_MULT_OR_CURRENCY}))")
_DATE_AT_FATEH = re.compile(rf"(?P<n1>فاتح(?:\s*+من)?){_DAY_MONTH_REST}")
_DATE_AT_SHAHR = re.compile(rf"شهر(?:ي)?\s*+{_CLITIC}(?P<m1>{_MONTH})(?:{_YEAR_SEP}(?P<y1>{_YEAR}))?")
# Searched in the few characters before a year; the word boundary before the month is checked after.
_MONTH_BEFORE_YEAR = re.compile(rf"(?P<m>{_MONTH}){_YEAR_SEP}$")  # يونيو 2013
_MONTH_BEFORE_RANGE = re.compile(rf"(?P<m>{_MONTH}){_RANGE_SEP}$")  # من يونيو إلى يوليوز 2019
_WINDOW = 25
_KEYWORD_BEFORE = re.compile(r"(?:سنه|سنوات|سنتي|عامي|عام)\s*+$")
# A bare number after these is a count or a reference, not a year.
_NOT_YEAR_BEFORE = re.compile(r"(?:حوالي|نحو|قرابه|زهاء|يقارب|اكثر\s+من|ازيد\s+من|اقل\s+من|رقم|عدد|ماده|فصل)\s*+$")
_COUNT_AFTER = re.compile(
    r"\s*+(?:ال)?(?:مهاجر|لاج|شخص|اشخاص|طفل|اطفال|امراه|نساء|فرد|افراد|مستفيد|طالب|عامل|عمال|اسر|حاله|حالات"
    r"|وظيف|منصب|مشارك|متدرب|خبير|كلم|كيلومتر|متر|طن|ساعه|دقيقه|يوما|ايام|دوله|مشروع|ملف|طلب)")
_BORROW_GAP = re.compile(r"\s*+[و,]\s*+")  # 5 يونيو و7 يوليوز 2019: a list, one year

# A date as found: its span, then its start and end as (year, month, day), any of them None.
_Parts = tuple[int | None, int | None, int | None]
_Raw = tuple[int, int, _Parts, "_Parts | None"]


def _month(name: str) -> int:
    paired = _PAIRED_RE.match(name)
    return _PAIRED[paired[1], paired[2]] if paired else _MONTHS[name]


def _int(text: str | None) -> int | None:
    return None if text is None else 1 if "فاتح" in text else int(text)


def _iso(y: int, m: int | None, d: int | None) -> str | None:
    """The ISO form, or None when the date does not exist."""
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _day_month(m: re.Match) -> _Raw | None:
    d1, m1, y1 = _int(m["n1"]), _month(m["m1"]), _int(m["y1"])
    if m["m2"]:  # 5 يونيو إلى 7 يوليوز 2019
        d2, m2, y2 = _int(m["d3"]), _month(m["m2"]), _int(m["y2"])
        if y1 is None and y2 is not None:  # the start takes the end's year, one less across the new year
            y1 = y2 - 1 if (m1, d1 or 0) > (m2, d2 or 0) else y2
        return m.start(), m.end(), (y1, m1, d1), (y2 or y1, m2, d2)
    if m["d2"]:  # 13 إلى 14 يونيو, 14 و15 شتنبر
        d2 = _int(m["d2"])
        assert d1 is not None and d2 is not None  # n1 is in every pattern that reaches here, d2 matched
        return (m.start(), m.end(), (y1, m1, d1), (y1, m1, d2)) if d2 > d1 else None
    return m.start(), m.end(), (y1, m1, d1), None


def _month_before(pattern: re.Pattern, norm: str, floor: int, p: int) -> re.Match | None:
    """A month that ends (with its separator) right before ``p``, at the start of a word."""
    m = pattern.search(norm, max(floor, p - _WINDOW), p)
    if m is None:
        return None
    clitics = _CLITICS_BEFORE.search(norm, max(0, m.start() - 2), m.start())
    # not inside a word (الكتاب 2013), and no clitic on آب (باب is "door")
    return m if clitics and not (m["m"] == "اب" and clitics.start() < m.start()) else None


def _year(m: re.Match, norm: str, floor: int) -> _Raw | list[_Raw] | None:
    p, year = m.start(), int(m["n1"])
    if (before := _month_before(_MONTH_BEFORE_YEAR, norm, floor, p)) is not None:  # يونيو 2013
        m2 = _month(before["m"])
        if (first := _month_before(_MONTH_BEFORE_RANGE, norm, floor, before.start())) is not None:
            m1 = _month(first["m"])  # من يونيو إلى يوليوز 2019
            return first.start(), p + 4, (year - (m1 > m2), m1, None), (year, m2, None)
        return before.start(), p + 4, (year, m2, None), None
    y2 = _int(m["y4"])
    if not _KEYWORD_BEFORE.search(norm, max(0, p - 14), p):  # a bare number: is it a year?
        if year < 1900 or _NOT_YEAR_BEFORE.search(norm, max(0, p - 20), p):
            return None
        if y2 is None and _COUNT_AFTER.match(norm, m.end()):
            return None
    if y2 is None:
        return p, m.end(), (year, None, None), None
    if y2 > year:
        return p, m.end(), (year, None, None), (y2, None, None)
    return [(p, m.end("n1"), (year, None, None), None), (m.start("y4"), m.end(), (y2, None, None), None)]


def _date(m: re.Match, norm: str, floor: int) -> _Raw | list[_Raw] | None:
    if m.re is _DATE_AT_SHAHR:
        if not _at_word_start(norm, m.start()):
            return None
        return m.start("m1"), m.end(), (_int(m["y1"]), _month(m["m1"]), None), None
    if m.re is _DATE_AT_FATEH:
        return _day_month(m) if _at_word_start(norm, m.start()) else None
    if m["ns"]:
        n1, n2, n3 = m["n1"], int(m["n2"]), m["n3"]
        if len(n1) <= 2 and _IS_YEAR(n3):  # day/month/year
            return m.start(), m.end(), (int(n3), n2, int(n1)), None
        if _IS_YEAR(n1) and len(n3) <= 2:  # year-month-day
            return m.start(), m.end(), (int(n1), n2, int(n3)), None
        return None
    return _day_month(m) if m["m1"] else _year(m, norm, floor)


def _raw_dates(norm: str) -> list[_Raw]:
    out: list[_Raw] = []
    floor = 0  # the end of the previous date
    for m in _in_order(scan.finditer(norm) for scan in (_DATE_AT_NUMBER, _DATE_AT_FATEH, _DATE_AT_SHAHR)):
        if m.start() >= floor and (found := _date(m, norm, floor)):
            found = found if isinstance(found, list) else [found]
            out.extend(found)
            floor = found[-1][1]
    return out


# the days of the week (matching keys) and their numbers (Monday 0)
_WEEKDAY_BEFORE = re.compile(rf"(?<!{_L})(?:يوم\s*+)?(?:ال)?(?P<day>{_trie(WEEKDAY_NUMBERS)})\s*+,?\s*+$")
# «يوم الجمعة»، «اليوم الثلاثاء»، «أمس الاثنين»، «أمس» (no full date after it); «… المقبل / القادم»: to come
_WEEKDAY_ALONE = re.compile(rf"(?:(?<!{_L})(?:يوم\s*+)?(?P<yesterday>امس)(?!{_L})(?:\s*+(?:ال)?(?P<its_day>{_trie(WEEKDAY_NUMBERS)})(?!{_L}))?"
                            rf"|يوم\s*+(?:ال)?(?P<day>{_trie(WEEKDAY_NUMBERS)})(?!{_L}))(?!\s*+,?\s*+[0-9])"
                            rf"(?P<coming>\s*+(?:المقبل|القادم)(?!{_L}))?")
# The two ends of one period written as two full dates: «بين X وY», «من X إلى Y» («من أيار ٢٠١٣ إلى حزيران
# ٢٠١٦»، «من 1 أكتوبر 2019 إلى 31 ديسمبر 2025», «من … وحتى …»)
_PERIOD_OPENS = {"بين": re.compile(r"\s*+و\s*+"),
                 "من": re.compile(r"\s*+(?:و?(?:الي|حتي)(?:\s++غايه)?|ل(?:غايه|حدود))\s*+")}
_PERIOD_OPEN = re.compile(r"(?<!\w)(بين|من)\s*+$")
# … unless what goes from one to the other is a move of a date: «تأجيل الاجتماع من أيار إلى حزيران»
_MOVED = re.compile(r"(?<!\S)[وف]?[بل]?(?:ال)?(?:اجل|تاجيل|مدد|تمديد|نقل|ارتفع|ارتفاع|انخفض|انخفاض)\S{0,3}(?!\S)")
_DATELINE_PLACE = re.compile(r"[^\n,.]{2,40},\s*+(?:في\s*+)?")  # الرباط، before the date
_DATELINE_AFTER = re.compile(r"\s*+[-(:]")


def _weekday_year(month: int, day: int | None, weekday: int, years: list[int]) -> int | None:
    """The first of ``years`` in which ``day month`` falls on ``weekday``."""
    for y in years:
        try:
            if day is not None and date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return None


# «… الماضي / المنصرم / الفارط» (the last one), «… المقبل / القادم» (the next one) right after a year-less day
_RELATIVE_YEAR = re.compile(r"\s*+(?:(?P<past>الماضي|المنصرم|الفارط)|المقبل|القادم)(?![^\W\d_])")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")


def _is_dateline(norm: str, start: int, end: int) -> bool:
    line = norm.rfind("\n", max(0, start - 46), start) + 1
    if line == 0 and start > 45:
        return False
    return bool(_DATELINE_PLACE.fullmatch(norm, line, start) and _DATELINE_AFTER.match(norm, end))


def dates(text: Text) -> list[DateValue]:
    """The dates of ``text``, sorted, never overlapping."""
    norm = text.norm.replace(DECIMAL_SIGN, ".")
    raw = _raw_dates(norm)
    out: list[DateValue] = []
    written = sorted({lo[0] for _, _, lo, _ in raw if lo[0] is not None})  # the years the text writes
    last_year = None  # the nearest preceding explicit year
    bare_year = -1    # where it was written alone («سنة 2013»), if it was
    # the day the document is dated (its dateline's), which «الماضي / المقبل» and a year-less day count from
    today = next(((lo[0], lo[1], lo[2]) for start, end, lo, hi in raw if lo[0] and lo[1] and lo[2] and hi is None
                  and _is_dateline(norm, start, end)), None)
    for i, (start, end, lo, hi) in enumerate(raw):
        inferred = False
        if lo[0] is None and today is not None and lo[1] and hi is None \
                and ((side := _RELATIVE_YEAR.match(norm, end)) is not None
                     or 0 <= bare_year and _SENTENCE_BREAK.search(norm, bare_year, start)):
            # «20 دجنبر الماضي» datelined 5 January 2024: the last 20 December before it (2023); «20 فبراير المقبل»: the
            # next; a day after a year written alone in another sentence («وفي سنة 2013 …. وانطلقت الورشة يوم 14
            # مارس») is of the dateline's year
            y = today[0]
            if side is not None and side["past"] and (lo[1], lo[2] or 0) > today[1:]:
                y -= 1
            elif side is not None and not side["past"] and (lo[1], lo[2] or 99) < today[1:]:
                y += 1
            lo, inferred = (y, *lo[1:]), True
        elif lo[0] is None:
            after = raw[i + 1] if i + 1 < len(raw) else None
            weekday = _WEEKDAY_BEFORE.search(norm, max(0, start - 16), start)
            anchor = last_year
            candidates = sorted(written, key=lambda y: (abs(y - anchor), -y)) if anchor else written[::-1]
            if after and after[2][0] is not None and after[2][1] and _BORROW_GAP.fullmatch(norm, end, after[0]):
                y = after[2][0]  # listed with a dated neighbour: its year is written next to this one
            elif weekday and lo[1] and (found := _weekday_year(lo[1], lo[2], WEEKDAY_NUMBERS[weekday["day"]], candidates)):
                y, inferred = found, True  # الأربعاء 22 نونبر: the year of the text in which it is a Wednesday
            elif last_year is not None:
                y, inferred = last_year, True
            else:
                continue
            lo = (y, *lo[1:])
            if hi is not None:
                hi = (y + ((hi[1], hi[2] or 0) < (lo[1], lo[2] or 0)), *hi[1:])
        else:
            last_year = hi[0] if hi else lo[0]
            bare_year = end if lo[1] is None and hi is None else -1
        assert lo[0] is not None  # the year is known by now: written, or borrowed above
        value = _iso(lo[0], *lo[1:])
        end_value = None
        if hi is not None:
            assert hi[0] is not None  # written, or the start's
            end_value = _iso(hi[0], *hi[1:])
        if value is None or (hi is not None and end_value is None):
            continue  # an impossible date: 31 فبراير, 31/02/2020
        previous = out[-1] if out else None
        if (previous and previous.end_value is None and end_value is None and value > previous.value
                and (opens := _PERIOD_OPEN.search(norm, max(0, previous.start - 8), previous.start))
                and _PERIOD_OPENS[opens[1]].fullmatch(norm, previous.end, start)
                and not _MOVED.search(norm, max(0, previous.start - 40), previous.start)):
            # بين 15 دجنبر 2016 و31 دجنبر 2017، من أيار ٢٠١٣ إلى حزيران ٢٠١٦: one period
            out[-1] = DateValue(previous.start, end, previous.value, value, previous.year_inferred or inferred)
            continue
        out.append(DateValue(start, end, value, end_value, inferred, _is_dateline(norm, start, end)))
    return _with_weekdays(norm, out)


def _with_weekdays(norm: str, found: list[DateValue]) -> list[DateValue]:
    """A weekday alone (يوم الجمعة) is the day of the nearest full date before it, when that falls on it; after a
    dateline, the last such weekday of the week before it (wire copy: «الرباط، 4 أبريل 2023 – … يوم الاثنين»),
    not one to come («يوم الاثنين المقبل»). «أمس (الاثنين)» is the day before the nearest full date."""
    extra: list[DateValue] = []
    i, last = 0, None
    for m in _WEEKDAY_ALONE.finditer(norm):
        while i < len(found) and found[i].end <= m.start():
            if len(found[i].value) == 10:
                last = found[i]
            i += 1
        if i < len(found) and found[i].start < m.end() or last is None or m["coming"]:
            continue  # part of a date, no day to count from, or a day to come
        day = date.fromisoformat(last.value)
        if m["yesterday"]:
            day -= timedelta(days=1)
            if m["its_day"] and day.weekday() != WEEKDAY_NUMBERS[m["its_day"]]:
                continue
        elif day.weekday() != WEEKDAY_NUMBERS[m["day"]]:
            if not last.dateline or norm.endswith("ال", 0, m.start()):
                continue    # (not «اليوم الخميس» of a Friday: today is the dateline's day or none)
            day -= timedelta(days=(day.weekday() - WEEKDAY_NUMBERS[m["day"]]) % 7)
        extra.append(DateValue(m.start(), m.end(), day.isoformat(), None, True))
    return sorted(found + extra, key=lambda d: d.start) if extra else found


# ---------------------------------------------------------------- amounts

_AMOUNT_AT_NUMBER = re.compile(  # 2,4 مليون يورو; the currency is required
    rf"(?P<num>{_FIRST_DIGIT}{_NUMBER_REST})\s*+(?:{_MULT_FIRST}(?P<mult>{_MULT_EXPR})\s*+)?(?P<post>{_CURRENCY})")
# «بقيمة 4,2 ملايين دولار أمريكي»: a sum in digits from a word's end, read as every amount is, to a whole word
# (``mentions`` reads an agreement's name on past it: «اتفاقية بقيمة … لدعم عودة المهاجرين»)
SUM_AT = re.compile(r"\s*+(?:" + _AMOUNT_AT_NUMBER.pattern + r")(?![^\W\d_])")
_AMOUNT_AFTER_SYMBOL = re.compile(  # € 5 مليون, $13
    rf"(?P<pre>{_SYMBOL})\s*+(?P<num>{_NUMBER})(?:\s*+(?P<mult>{_MULT_EXPR}))?"
    # a currency after it too (€ 5 مليون يورو), but not a symbol that belongs to the next number (US$ 14 $13)
    rf"(?:\s*+(?P<post>{_ANY_CURRENCY})(?<![€$£])|\s*+(?P<symbol>[€$£])(?!\s*+[0-9]))?")
_AMOUNTS_WITHOUT_NUMBER = tuple(re.compile(rf"(?P<mult>{pattern})\s*+(?P<post>{_CURRENCY})") for pattern in (
    # a singular or a dual, never a plural ("millions of euros" is no amount); each starts with a literal
    rf"مليون(?:ان|ين|ا|ي)?(?:{_AND}{_trie(_THOUSAND)})?",
    rf"مليار(?:ان|ين|ا|ي)?(?:{_AND}{_trie(_MILLION + _THOUSAND)})?",
    rf"بليون(?:ان|ين|ا|ي)?(?:{_AND}{_trie(_MILLION + _THOUSAND)})?",
    r"الف(?:ان|ين|ا|ي)?"))
_GROUPED_COMMA = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_GROUPED_DOT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_ESTIMATE_BEFORE = re.compile(  # literals first, for speed: المقدرة and بحوالي contain مقدره and حوالي
    rf"(?:تقدر|يقدر|تقدير|مقدره|مقدر|حوالي|قرابه|يقارب|يناهز|ناهز|زهاء|مبد[ءي]?يا|تقريبا)"
    rf"(?!{_L})(?:[^.;!?\n]|\.(?=[0-9]))*+$"  # in the same sentence
    rf"|نحو\s*+$")  # نحو is also "towards": only right before the number
_ESTIMATE_AFTER = re.compile(rf"[\s,]*+(?:{_L}+\s+)?تقريبا(?!{_L})")  # 4 ملايين فرنك سويسري تقريبا
_ESTIMATE_WINDOW = 70  # characters before the amount: a few words
_MINIMUM_BEFORE = re.compile(r"(?:ازيد|اكثر|يزيد|يربو|يفوق|يتجاوز|لا\s*+يقل)(?!{L})\s*+(?:من|عن|علي)?\s*+$".replace("{L}", _L))

# Numbers in words: ثلاثة ملايين، تسعة وأربعين مليون، ثلاثة مليارات ومائتا مليون، مليون ونصف (ال)مليون، مليون ومائتي
# ألف (the construct).
_UNITS = {"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنا": 2, "اثنتان": 2, "اثنتين": 2, "اثنتا": 2,
          "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
          "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
         "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
         "تسعون": 90, "تسعين": 90}
_HUNDREDS = {"مائة": 100, "مئة": 100, "مائتا": 200, "مائتان": 200, "مائتين": 200, "مئتا": 200, "مئتان": 200,
             "مئتين": 200, "مائتي": 200, "مئتي": 200, **{f"{unit}{hundred}": n * 100 for unit, n in (
                 ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9))
                 for hundred in ("مائة", "مئة")}}
_FRACTIONS = {"نصف": Decimal("0.5"), "ربع": Decimal("0.25")}
_NUMBER_WORDS = {_norm(w): v for w, v in (*_UNITS.items(), *_TENS.items(), *_HUNDREDS.items())}
_FRACTION_WORDS = {_norm(w): v for w, v in _FRACTIONS.items()}
_MULT_WORDS = set(_THOUSAND + _MILLION + _BILLION + _TRILLION)
_IN_WORDS = _trie([*_NUMBER_WORDS, *_FRACTION_WORDS, *_MULT_WORDS])
_AMOUNT_IN_WORDS = re.compile(  # at most nine words: a run of number words stays linear («ونصف المليون»: with the article)
    rf"(?P<words>{_IN_WORDS}(?!{_L})(?:\s*+(?:و\s*+)?(?:ال)?(?:{_IN_WORDS})(?!{_L})){{0,8}}+)\s*+(?P<post>{_CURRENCY})")
_KNOWN_WORDS = {*_NUMBER_WORDS, *_FRACTION_WORDS, *_MULT_WORDS}
# «يساهم فيه الاتحاد الأوروبي بـ12 مليونا (يورو) والوكالة الفرنسية بثلاثة ملايين»: a share with its currency left
# out after the sentence's amount that says it; a number and a multiplier, then a mark or the next one of the list
# (not «3 ملايين مهاجر»: a count of people)
_ELIDED = re.compile(
    rf"(?:(?P<num>{_FIRST_DIGIT}{_NUMBER_REST})\s*+(?P<mult>{_MULT_EXPR})"
    rf"|(?P<words>{_IN_WORDS}(?!{_L})(?:\s*+(?:و\s*+)?(?:ال)?(?:{_IN_WORDS})(?!{_L})){{0,8}}+))"
    r"(?=\s*(?:[,.;:)]|\Z|و|فيما\s|بينما\s|في حين\s))")   # (not «… ملايين من اللاجئين»)
_ELIDED_REACH = 200                 # characters from the amount that says the currency (in its sentence)


def _word_tokens(words: str) -> list[tuple[bool, str]]:
    """(joined by و, word) for each number word."""
    out: list[tuple[bool, str]] = []
    joined = False
    for word in words.split():
        if word == "و":
            joined = True
            continue
        if word not in _KNOWN_WORDS and word.startswith("و"):
            joined, word = True, word[1:]
        if word not in _KNOWN_WORDS and word.startswith("ال"):
            word = word[2:]     # مليون ونصف المليون
        out.append((joined, word))
        joined = False
    return out


def _words_value(words: str) -> Decimal | None:
    """The value of number words as matched by _AMOUNT_IN_WORDS; None without a number (ملايين alone)."""
    tokens = _word_tokens(words)
    total, current, last_scale = Decimal(0), None, None
    for i, (joined, word) in enumerate(tokens):
        if word in _FRACTION_WORDS:
            fraction = _FRACTION_WORDS[word]
            if i + 1 < len(tokens) and tokens[i + 1][1] in _MULT_WORDS:
                current = (current or Decimal(0)) + fraction  # مليون ونصف مليون
            elif last_scale is not None:
                total += fraction * last_scale  # مليون ونصف
            else:
                return None
        elif word in _MULT_WORDS:
            # («مليونا وثمانمائة ألف يورو»: the accusative of one million, more of the number after it; the dual in
            # construct, «مليونا يورو», comes right before what it counts)
            scale = _scale(word, current is not None or word.endswith("ا") and i + 1 < len(tokens) and tokens[i + 1][0])
            if scale is None:
                return None
            total += (current if current is not None else 1) * scale
            last_scale, current = _scale(word, True), None
        else:
            value = _NUMBER_WORDS[word]
            if current is not None and not joined and value == 10 and current < 10:
                current += 10  # ثلاثة عشر
            elif current is not None and not joined and value == 100 and current < 10:
                current *= 100  # ثلاث مائة
            elif current is not None and not joined:
                return None  # two numbers side by side
            else:
                current = (current or Decimal(0)) + value
    total += current or 0
    return (total.to_integral_value() if total == total.to_integral_value() else total) or None


def _number(text: str, before_multiplier: bool) -> Decimal:
    if " " in text:
        return Decimal(text.replace(" ", ""))
    if _GROUPED_COMMA.fullmatch(text) and not (before_multiplier and text.count(",") == 1):
        return Decimal(text.replace(",", ""))  # 1,800,000; but 6,075 مليون is 6.075 million
    if _GROUPED_DOT.fullmatch(text) and not (before_multiplier and text.count(".") == 1):
        # 1.800.000 groups; 1.800 مليار is 1.8 milliard, not 1800
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))


def _scale(word: str, has_number: bool) -> Decimal | None:
    """What ``word`` multiplies by; None for a plural without a number ("millions of euros")."""
    exponent = 9 if word.startswith(("مليار", "بل")) else 6 if word.startswith("مل") else \
        12 if word.startswith("تر") else 3
    scale = Decimal(10) ** exponent
    if has_number or word in _SINGULAR:
        return scale  # 5 مليون; 20 مليونا is the accusative after a number, not the dual
    return None if word in _PLURAL else 2 * scale  # the dual: مليوني يورو, مليونا دولار, ألفا درهم


def _value(num: str | None, mult: str | None) -> Decimal | None:
    value = _number(num, mult is not None) if num else Decimal(1)
    if mult:
        parts = _MULT_PARTS.fullmatch(mult)
        assert parts is not None, mult  # mult was matched by _MULT_EXPR
        scale = _scale(parts["m1"], num is not None)
        if scale is None:
            return None
        value *= scale
        if parts["num2"]:  # 2 مليون و500 ألف
            scale = _scale(parts["m2"], True)
            assert scale is not None  # after a number, every multiplier scales
            value += _number(parts["num2"], True) * scale
    return value.to_integral_value() if value == value.to_integral_value() else value  # 2400000, not 2400000.0


def amounts(text: Text, home: str | None = None) -> list[Amount]:
    """The amounts of money of ``text``, sorted, never overlapping (``home``: the currency of the document's
    country, for a currency's name alone)."""
    norm = text.norm.replace(DECIMAL_SIGN, ".")
    out: list[Amount] = []
    floor = 0  # the end of the previous amount (or of its تقريبا)
    said: dict[str, str] = {}   # the currencies the document has qualified so far, by name
    for m in _in_order(scan.finditer(norm) for scan in (
            _AMOUNT_AT_NUMBER, _AMOUNT_AFTER_SYMBOL, _AMOUNT_IN_WORDS, *_AMOUNTS_WITHOUT_NUMBER)):
        start, end, groups = m.start(), m.end(), m.groupdict()
        if start < floor or (groups.get("num") is None and not _at_word_start(norm, start)):
            continue
        value = _words_value(groups["words"]) if "words" in groups else _value(groups.get("num"), groups["mult"])
        pre = groups.get("pre")
        if pre and pre[0].isalpha() and not _LATIN_START.match(norm, start):
            continue  # a code at the end of a Latin word
        currency = _currency(pre or groups["post"], home, said)
        if value is None or currency is None:
            continue
        after = _ESTIMATE_AFTER.match(norm, end, end + 30)
        # a marker counts for one amount only: not before this one if it ended the previous one
        estimate = bool(after or _ESTIMATE_BEFORE.search(norm, max(floor, start - _ESTIMATE_WINDOW), start))
        minimum = _MINIMUM_BEFORE.search(norm, max(floor, start - 20), start) is not None
        out.append(Amount(start, end, value, currency, estimate, minimum))
        floor = after.end() if after else end
    return sorted(out + _elided(norm, out), key=lambda a: a.start)


def _elided(norm: str, found: list[Amount]) -> list[Amount]:
    """The shares whose currency the sentence's amount before them says (``_ELIDED``): «بـ12 مليونا والوكالة
    الفرنسية بثلاثة ملايين» after «15 مليون يورو» are in euros."""
    out: list[Amount] = []
    k = 0
    for m in _ELIDED.finditer(norm):
        while k < len(found) and found[k].end <= m.start():
            k += 1
        if k < len(found) and found[k].start < m.end():
            continue                    # (inside a found amount)
        before = found[k - 1] if k else None
        if before is None or m.start() - before.end > _ELIDED_REACH or _SENTENCE_BREAK.search(norm, before.end, m.start()):
            continue
        words = m.group("words")
        if words is not None and not any(w in _MULT_WORDS for _, w in _word_tokens(words)):
            continue                    # («ثلاثة»: a count, not money)
        value = _words_value(words) if words is not None else _value(m.group("num"), m.group("mult"))
        if value is not None and (words is None or _at_word_start(norm, m.start())):
            out.append(Amount(m.start(), m.end(), value, before.currency))
    return out
