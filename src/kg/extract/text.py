"""A document's text normalized for matching, with a map back to the original offsets.

Matching sees one spelling (``Text.norm``); evidence always quotes the original (``Text.original``).
Normalization deletes diacritics, tatweel, Quranic marks, bidi controls and zero-width characters,
expands Arabic presentation forms (ﻻ → لا), and maps one character to one: alef and hamza forms,
ة → ه, ى → ي, Persian forms, Arabic-Indic and Eastern digits, Arabic punctuation, odd spaces and
dashes. ``offsets[i]`` is the original index of normalized character ``i``, so any normalized span
maps back with ``Text.span``.

Tokens are the letter-and-digit runs of ``norm``; each has a matching key: Arabic words without
what is attached before them (``kg.normalize.stem``: و ف, ب ك ل, ال), Latin words as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg.normalize import ARABIC, LETTERS, stem

_DELETE = "\u0640\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u2060\ufeff" \
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DIACRITICS = "".join(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670,
                                        *range(0x06D6, 0x06EE), *range(0x08D3, 0x0900)])
# Characters that change the length: deleted, or presentation forms expanded by NFKC.
_SPECIAL = re.compile(f"[{_DELETE}{_DIACRITICS}\ufb50-\ufdff\ufe70-\ufefe]")
_GUILLEMETS = str.maketrans("«»", "»«")
# which way a document writes its guillemets: by the pairs it makes (a breadcrumb's stray «الرئيسية » أخبار» makes none)
_QUOTED, _REVERSED = re.compile(r"«[^«»\n]{1,150}»"), re.compile(r"»[^«»\n]{1,150}«")
_TABLE = {**LETTERS, **str.maketrans({
    "ی": "ي", "ي": "ي", "ک": "ك", "ھ": "ه", "ە": "ه", "ۀ": "ه", "ٹ": "ت",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ", "\t": " ",
    **{chr(c): " " for c in range(0x2000, 0x200b)},
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})}
_STRIP = str.maketrans("", "", _DELETE + _DIACRITICS)
# A point between digits («12.4 مليون») is written as the Arabic decimal sign in ``norm``: a clause read up to the end
# of its sentence, «[^.;]», reads on past a number (``values`` reads it as the point again).
DECIMAL_SIGN = "٫"
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
TOKEN = re.compile(r"[^\W_]+")
# A sentence ends at . ! ? ; (Arabic forms are normalized to these) before a space, or at a blank line.
# (Not the dot of a numbered item "1." at the start of a line; \r before a line end is blank space.)
_SENTENCE_END = re.compile(r"(?<!^\d)(?<!^\d\d)(?<!\n\d)(?<!\n\d\d)[.!?;]+(?=\s|$)|\n[ \t\r]*\n\s*"
                           r"|\n(?=[ \t]*[-•*\d]+[.)-]?\s)"
                           # (a fact sheet's line: «الجهة الممولة: …»، «- الشركاء: …», a label of a few words and a colon)
                           r"|\n(?=[ \t]*(?:[-•*][ \t]*)?[^\W\d_][^\n:.,;]{1,39}:(?!\d))"
                           # (a heading: a short line of its own, after a blank line or a sentence's end, with no end
                           # of its own, «اتفاقية لثلاث سنوات», before the text it heads; not a short line that wraps a
                           # paragraph, «أعلنت وزارة الصحة⏎عن إطلاق …», nor one word, a date or words in brackets)
                           r"|(?:(?<=\n\n)|(?<=[.!?;:]\n))(?=\S+[ \t]+\S)[^\n.!?;:()\d]{1,44}\n(?=[ \t]*\S)")


def unmarked(s: str) -> str:
    """``s`` without diacritics and invisible marks, its letters as written (بأنّ → بأن; normalization would also
    read أ as ا)."""
    return s.translate(_STRIP)


def _expand(char: str) -> str:
    if char in _DELETE or char in _DIACRITICS:
        return ""
    return unicodedata.normalize("NFKC", char).translate(_STRIP)


@dataclass(frozen=True, slots=True)
class Token:
    start: int      # normalized offsets
    end: int
    text: str       # normalized surface
    key: str        # matching key (stem)
    arabic: bool
    definite: bool  # carries the article (ال, لل), whatever is attached before it


@lru_cache(maxsize=65536)
def analyse(word: str) -> tuple[str, bool, bool]:
    """A word's matching key, whether it is Arabic, whether it carries the article (words repeat: cached)."""
    if not ARABIC.match(word):
        return word, False, False
    key = stem(word)
    if ("ل" + key) in _LAM_WORDS and word.endswith("لل" + key):
        return "ل" + key, True, True      # «للجنة» is ل + اللجنة (the article's lam and the word's written once)
    # (a noun with the article takes no pronoun: «التزامها»، «التحاقها» are nouns of roots that begin with ال, hers; only
    # «ها» and «هما» are told apart here: «ه» is also ة as matching spells it, «هم» ends «الدراهم»)
    return key, True, key != word and ("ال" + key in word or "لل" + key in word) \
        and not (key.endswith(_HERS) and len(key) >= 5)


_HERS = ("ها", "هما")


# Nouns that begin with ل, read after «لل» (ل + ال): the committee, the meeting, the list, asylum, refugees
_LAM_WORDS = {w.translate(LETTERS) for w in ("لجنة", "لجان", "لقاء", "لقاءات", "لائحة", "لجوء", "لاجئين", "لاجئات")}


class Text:
    """``original`` as matching sees it."""

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        offsets: list[int] = []  # for each character of norm, where it starts in original
        last = 0
        for match in _SPECIAL.finditer(original):
            i = match.start()
            pieces.append(original[last:i])
            offsets.extend(range(last, i))
            expansion = _expand(original[i])
            pieces.append(expansion)
            offsets.extend([i] * len(expansion))
            last = i + 1
        pieces.append(original[last:])
        offsets.extend(range(last, len(original)))
        norm = _DECIMAL_POINT.sub(DECIMAL_SIGN, "".join(pieces).translate(_TABLE))
        if "»" in norm and len(_REVERSED.findall(norm)) > len(_QUOTED.findall(norm)):
            norm = norm.translate(_GUILLEMETS)  # a document that writes them »…« (some sites do): one way to read
        self.norm = norm
        offsets.append(len(original))
        self.offsets = offsets

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalized ``[start, end)``, with any deleted marks that follow it."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], max(self.offsets[end], self.offsets[end - 1] + 1)

    def quote(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.start(), m.end(), word, *analyse(word))
                for m in TOKEN.finditer(self.norm) for word in (m.group(),)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Normalized spans of the sentences, blank space trimmed."""
        spans, start = [], 0
        for match in _SENTENCE_END.finditer(self.norm):
            spans.append((start, match.end()))
            start = match.end()
        spans.append((start, len(self.norm)))
        out = []
        for s, e in spans:
            while s < e and self.norm[s].isspace():
                s += 1
            while e > s and self.norm[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((s, e))
        return out
