"""Dates and amounts of money in Arabic press releases, found on ``Text.norm``.

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
* currencies in Arabic, as symbols or as codes, before or after the number (``€ 5 مليون``,
  ``5 ملايين EUR``, ``13 مليون $``, ``5 ملايين من الدولارات``); a bare دينار/ريال/جنيه/فرنك is
  ambiguous and not read; a number without a currency is not an amount;
* ``estimate`` when a marker of approximation (تقدر ب، يقدر، المقدرة، حوالي، قرابة، ما يقارب، زهاء،
  مبدئيا; نحو right before the number) stands a few words before it in the same sentence, or
  تقريبا right after it.

Not understood: numbers and ordinals written in words (ثلاثة ملايين، الثالث عشر من يونيو), Hijri
dates, two-digit years, weekdays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kg.extract.text import Text

__all__ = ["Amount", "DateValue", "amounts", "dates"]


@dataclass(frozen=True)
class DateValue:
    start: int  # offsets into text.norm
    end: int
    value: str  # ISO at the precision stated: "2013", "2013-06" or "2013-06-07"
    end_value: str | None = None  # the end of a range
    year_inferred: bool = False  # the year was taken from the nearest preceding explicit year


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: Decimal
    currency: str  # ISO 4217
    estimate: bool = False  # announced as approximate


_L = r"[^\W\d_]"  # a letter, Arabic or Latin: glued text has no spaces, so boundaries are letter/non-letter
_WORD_START = rf"(?<!{_L})"

# ---------------------------------------------------------------- words of money

_MULT = (r"(?:ملايين|مليونان|مليونين|مليونا|مليوني|مليون|مليارات|ملياران|مليارين|مليارا|ملياري|مليار"
         r"|بلايين|بليونان|بليونين|بليونا|بليوني|بليون|تريليون|ترليون|الاف|الفان|الفين|الفا|الفي|الف)")


def _latin(codes: str) -> str:
    return rf"(?<![A-Za-z])(?:{codes})(?![A-Za-z])"


_ADJ = r"(?:ات|ا)?\s*(?:ال)?"  # plural or accusative ending, then the article of the adjective
_CURRENCIES = {  # qualified names before bare ones: درهم إماراتي is not MAD
    "CAD": rf"دولار{_ADJ}كندي(?:ه)?|{_latin('CAD')}",
    "AUD": rf"دولار{_ADJ}استرالي(?:ه)?|{_latin('AUD')}",
    "USD": rf"دولار(?:ات|ا)?(?:\s*(?:ال)?ام(?:ري|ير)كي(?:ه)?)?|US\$|\$|{_latin('USD|(?i:dollars?)')}",
    # not اوروبا/اوروبي (Europe) nor الاورومتوسطي; glued text (يوروللدول) is still the euro
    "EUR": rf"(?:يورو|اورو)(?:هات|ات)?(?![بم])|€|{_latin('EUR|(?i:euros?)')}",
    "AED": rf"(?:درهم|دراهم){_ADJ}اماراتي(?:ه)?|{_latin('AED')}",
    "MAD": rf"(?:درهم|دراهم)(?:ا)?(?:\s*(?:ال)?مغربي(?:ه)?)?|{_latin('MAD|(?i:dhs?|dirhams?)')}",
    "CHF": rf"فرن[كق]{_ADJ}سويسري(?:ه)?|{_latin('CHF')}",
    "XOF": rf"فرن[كق]{_ADJ}(?:سيفا|افريقي(?:ه)?)|{_latin('XOF|(?i:FCFA)')}",
    "GBP": rf"جنيه{_ADJ}استرليني(?:ه)?|£|{_latin('GBP')}",
    "EGP": rf"جنيه{_ADJ}مصري(?:ه)?|{_latin('EGP')}",
    **{code: rf"(?:دينار|دنانير){_ADJ}{adj}(?:ه)?|{_latin(code)}" for code, adj in [
        ("TND", "تونسي"), ("DZD", "جزاءري"), ("LYD", "ليبي"), ("KWD", "كويتي"), ("JOD", "اردني"),
        ("IQD", "عراقي"), ("BHD", "بحريني")]},
    **{code: rf"ريال(?:ات)?{_ADJ}{adj}(?:ه)?|{_latin(code)}" for code, adj in [
        ("SAR", "سعودي"), ("QAR", "قطري"), ("OMR", "عماني"), ("YER", "يمني")]},
    "JPY": rf"ين\s*(?:ال)?ياباني|{_latin('JPY')}",
    "MRU": rf"اوقي(?:ه|ات)(?:\s*(?:ال)?موريتاني(?:ه)?)?|{_latin('MRU')}",
}
_CURRENCY = re.compile("|".join(f"(?P<{code}>{pattern})" for code, pattern in _CURRENCIES.items()))
_CURRENCY_ANY = "(?:" + "|".join(_CURRENCIES.values()) + ")"

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
# كانون/تشرين + الأول/الثاني: two words, the article optional, spaces sometimes lost.
_PAIRED = {("كانون", "ثاني"): 1, ("كانون", "اول"): 12, ("تشرين", "اول"): 10, ("تشرين", "ثاني"): 11}
_PAIRED_RE = re.compile(r"(كانون|تشرين)\s*(?:ال)?(اول|ثاني)")
# A clitic may be attached to a month that starts a word, but not to آب: باب is "door".
_CLITIC = rf"{_WORD_START}(?:[وفبل]{{1,2}}(?!اب(?!{_L})))?"
_MONTH = (rf"(?:(?:كانون|تشرين)\s*(?:ال)?(?:اول|ثاني)|{'|'.join(sorted(_MONTHS, key=len, reverse=True))})"
          rf"(?!{_L})")
_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_DAY = rf"(?:{_DAY_DIGITS}|(?:{_WORD_START}|(?<=(?<!{_L})[وفب]))(?:ال)?فاتح(?:\s*من)?)"  # فاتح: the first (Moroccan usage)
_NUM_START = r"(?<!\d)(?<![\d+][.,/:-])"  # not the tail of a larger number, a decimal or a date
_YEAR = r"(?:1[5-9]|20)\d\d(?!\d)"
_YEAR_SEP = r"\s*,?\s*(?:من\s*)?(?:(?:ال)?(?:سنه|عام)\s*)?"  # يونيو 2013, يونيو من سنة 2013
_DAY_SEP = r"\s*(?:-|/|و|(?:الي|حتي)(?:\s*غايه)?)\s*"
_RANGE_SEP = r"\s*(?:-|(?:الي|حتي)(?:\s*غايه)?)\s*(?:(?:ال)?يوم\s*)?"
_TO_MONTH = r"\s*(?:من\s*)?(?:شهر\s*)?"
_NOT_AMOUNT = rf"(?!\s*(?:{_MULT}|{_CURRENCY_ANY}))"  # 2013 مليون is no year

_DATE = re.compile(
    # day/month/year and year-month-day, one separator throughout
    rf"{_NUM_START}(?P<nd>{_DAY_DIGITS})(?P<ns>[/.-])(?P<nm>1[0-2]|0?[1-9])(?P=ns)(?P<ny>{_YEAR})(?![.,/:-]\d)"
    rf"|{_NUM_START}(?P<iy>{_YEAR})(?P<is>[/.-])(?P<im>1[0-2]|0?[1-9])(?P=is)(?P<id>{_DAY_DIGITS})(?![.,/:-]\d)"
    # [day [sep day]] month [year] [sep [day] month [year]]
    rf"|(?:{_NUM_START}(?P<d1>{_DAY})(?:{_DAY_SEP}(?P<d2>{_DAY}))?{_TO_MONTH}|(?P<sh>شهر(?:ي)?\s*))?"
    rf"{_CLITIC}(?P<m1>{_MONTH})(?:{_YEAR_SEP}(?P<y1>{_YEAR}))?"
    rf"(?:{_RANGE_SEP}(?:(?P<d3>{_DAY}){_TO_MONTH})?{_CLITIC}(?P<m2>{_MONTH})(?:{_YEAR_SEP}(?P<y2>{_YEAR}))?)?"
    # [keyword] year [sep year]
    rf"|(?P<kw>{_WORD_START}[وفبل]{{0,2}}(?:ال)?(?:سنه|سنوات|سنتي|عام|عامي)\s*)?"
    rf"{_NUM_START}(?<!\d )(?<![€$£])(?P<y3>{_YEAR})"
    rf"(?:\s*(?:-|/|و|الي|حتي)\s*(?P<y4>{_YEAR}))?(?![.,/:]\d)(?! \d{{3}}(?!\d)){_NOT_AMOUNT}"
)
# A bare number after these is a count or a reference, not a year.
_NOT_YEAR_BEFORE = re.compile(
    rf"{_WORD_START}[وفبل]?(?:حوالي|نحو|قرابه|زهاء|يقارب|(?:اكثر|ازيد|اقل)\s+من|رقم|عدد|(?:ال)?ماده|(?:ال)?فصل)\s*$")
_COUNT_AFTER = re.compile(
    r"\s*(?:ال)?(?:مهاجر|لاج|شخص|اشخاص|طفل|اطفال|امراه|نساء|فرد|افراد|مستفيد|طالب|عامل|عمال|اسر|حاله|حالات"
    r"|وظيف|منصب|مشارك|متدرب|خبير|كلم|كيلومتر|متر|طن|ساعه|دقيقه|يوما|ايام|دوله|مشروع|ملف|طلب)")
_BORROW_GAP = re.compile(r"\s*(?:و|,|-|الي|حتي)\s*")


def _month(name: str) -> int:
    paired = _PAIRED_RE.search(name)
    if paired:
        return _PAIRED[paired.groups()]
    return _MONTHS[name]


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    return 1 if "فاتح" in text else int(text)


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


# A raw date: span, its start and end as (year or None, month or None, day or None).
_Parts = tuple[int | None, int | None, int | None]


def _raw_dates(norm: str) -> list[tuple[int, int, _Parts, _Parts | None]]:
    out = []
    for m in _DATE.finditer(norm):
        g = m.group
        if g("ny"):
            out.append((m.start(), m.end(), (int(g("ny")), int(g("nm")), int(g("nd"))), None))
        elif g("iy"):
            out.append((m.start(), m.end(), (int(g("iy")), int(g("im")), int(g("id"))), None))
        elif g("m1"):
            d1, m1, y1 = _day(g("d1")), _month(g("m1")), g("y1") and int(g("y1"))
            start = m.start("d1") if g("d1") else m.start("m1")
            if g("m2"):
                d2, m2, y2 = _day(g("d3")), _month(g("m2")), g("y2") and int(g("y2"))
                if y1 is None and y2 is not None:
                    # the start takes the end's year, one less when the range crosses the new year
                    y1 = y2 - 1 if (m1, d1 or 0) > (m2, d2 or 0) else y2
                out.append((start, m.end(), (y1, m1, d1), (y2 or y1, m2, d2)))
            elif g("d2"):
                d2 = _day(g("d2"))
                if d1 is not None and d2 > d1:
                    out.append((start, m.end(), (y1, m1, d1), (y1, m1, d2)))
            elif d1 is not None or y1 is not None or g("sh"):  # a month name alone is too ambiguous
                out.append((start, m.end(), (y1, m1, d1), None))
        else:
            y3, y4 = int(g("y3")), g("y4") and int(g("y4"))
            if not g("kw"):
                if not 1900 <= y3 <= 2099 or _NOT_YEAR_BEFORE.search(norm, max(0, m.start() - 20), m.start()):
                    continue
                if y4 is None and _COUNT_AFTER.match(norm, m.end()):
                    continue
            s = m.start("y3")
            if y4 is None:
                out.append((s, m.end(), (y3, None, None), None))
            elif y4 > y3:
                out.append((s, m.end(), (y3, None, None), (y4, None, None)))
            else:  # not a range: two years
                out.append((s, m.end("y3"), (y3, None, None), None))
                out.append((m.start("y4"), m.end(), (y4, None, None), None))
    return out


def dates(text: Text) -> list[DateValue]:
    """The dates of ``text``, sorted, never overlapping."""
    norm = text.norm
    raw = _raw_dates(norm)
    out: list[DateValue] = []
    last_year = None  # the nearest preceding explicit year
    for i, (start, end, lo, hi) in enumerate(raw):
        inferred = False
        if lo[0] is None:
            after = raw[i + 1] if i + 1 < len(raw) else None
            if after and after[2][0] is not None and _BORROW_GAP.fullmatch(norm, end, after[0]):
                # listed with a dated neighbour: its year is written next to this one
                y = after[2][0]
                y = y - 1 if (lo[1], lo[2] or 0) > (after[2][1] or 13, after[2][2] or 0) else y
            elif last_year is not None:
                y, inferred = last_year, True
            else:
                continue
            lo = (y, *lo[1:])
            if hi is not None:
                hi = (y + ((hi[1], hi[2] or 0) < (lo[1], lo[2] or 0)), *hi[1:])
        else:
            last_year = (hi or lo)[0] if hi and hi[0] is not None else lo[0]
        value = _iso(*lo)
        end_value = _iso(*hi) if hi else None
        if value is None or (hi is not None and end_value is None):
            continue  # an impossible date: 31 فبراير, 31/02/2020
        out.append(DateValue(start, end, value, end_value, inferred))
    return out


# ---------------------------------------------------------------- amounts

_SYMBOL_BEFORE = r"(?:US\$|\$|€|£|" + _latin("EUR|USD|MAD|CHF|GBP|CAD|AUD|AED|TND|DZD|SAR|EGP|QAR|KWD|JPY") + ")"
# Grouped by comma, by dot, by space, or a plain number with an optional decimal part.
_NUMBER = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)"
           r"(?!\d)")
_AMOUNT = re.compile(
    rf"(?P<pre>{_SYMBOL_BEFORE}\s*)?"
    rf"(?:{_NUM_START}(?P<num>{_NUMBER})\s*|{_WORD_START}[وفبل]{{0,2}}(?={_MULT}))"
    rf"(?:(?P<mult>{_MULT})(?:\s*و\s*(?P<num2>{_NUMBER})\s*(?P<mult2>{_MULT}))?)?"
    rf"(?P<post>\s*(?:من\s*)?(?:ال)?{_CURRENCY_ANY})?"
)
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SINGULAR = {"مليون", "مليار", "بليون", "ترليون", "تريليون", "الف"}
_PLURAL = {"ملايين", "مليارات", "بلايين", "الاف"}
_ESTIMATE_BEFORE = re.compile(
    rf"{_WORD_START}[وفبل]?(?:تقدر|يقدر|تقدير|المقدره|مقدره|المقدر|مقدر|حوالي|قرابه|يقارب|زهاء|مبد[ءي]?يا|تقريبا)"
    rf"(?!{_L})(?:[^.;!?\n]|\.(?=\d))*$"  # in the same sentence
    rf"|{_WORD_START}[وب]?نحو\s*$")  # نحو is also "towards": only right before the number
_ESTIMATE_AFTER = re.compile(rf"[\s,]*(?:{_L}+\s+)?تقريبا(?!{_L})")  # 4 ملايين فرنك سويسري تقريبا
_ESTIMATE_WINDOW = 70  # characters before the amount: a few words


def _number(text: str, before_multiplier: bool) -> Decimal:
    if " " in text:
        return Decimal(text.replace(" ", ""))
    if _GROUPED_COMMA.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if _GROUPED_DOT.fullmatch(text) and not (before_multiplier and text.count(".") == 1):
        # 1.800.000 groups; 1.800 مليار is 1.8 milliard, not 1800
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))


def _multiplier(word: str | None, has_number: bool) -> Decimal | None:
    """What ``word`` multiplies by; None for a plural without a number ("millions of euros")."""
    if word is None:
        return None
    exponent = 9 if word.startswith(("مليار", "بل")) else 6 if word.startswith("مل") else \
        12 if word.startswith("تر") else 3
    scale = Decimal(10) ** exponent
    if has_number or word in _SINGULAR:
        return scale  # 5 مليون; 20 مليونا is the accusative after a number, not the dual
    return None if word in _PLURAL else 2 * scale  # the dual: مليوني يورو, مليونا دولار, ألفا درهم


def amounts(text: Text) -> list[Amount]:
    """The amounts of money of ``text``, sorted, never overlapping."""
    norm = text.norm
    out: list[Amount] = []
    pos = previous_end = 0
    while (m := _AMOUNT.search(norm, pos)) is not None:
        pos = end = m.end()
        pre, post, num, mult = m.group("pre"), m.group("post"), m.group("num"), m.group("mult")
        scale = _multiplier(mult, num is not None)
        if mult and scale is None:
            continue
        value = (_number(num, mult is not None) if num else Decimal(1)) * (scale or 1)
        if m.group("num2"):
            scale2 = _multiplier(m.group("mult2"), True)
            if scale2 < scale:  # 2 مليون و500 ألف
                value += _number(m.group("num2"), True) * scale2
            else:  # two amounts: "€ 5 مليون و5 ملايين EUR"; look again after the first
                pos = end = m.end("mult")
                post = None
        currency = _CURRENCY.search(pre or post or "")
        if currency is None:
            continue  # a number without a currency is not an amount
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        start = m.start("pre") if pre else m.start("num") if num else m.start("mult")
        after = _ESTIMATE_AFTER.match(norm, end, end + 30)
        # a marker counts for one amount only: not before it if it ended the previous amount
        estimate = bool(after or _ESTIMATE_BEFORE.search(norm, max(previous_end, start - _ESTIMATE_WINDOW), start))
        out.append(Amount(start, end, value, currency.lastgroup, estimate))
        previous_end = after.end() if after else end
    return out
