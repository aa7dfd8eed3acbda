"""Search keys: one normalized form of a name, so that a search matches however it is spelled.

Arabic: no diacritics or tatweel, one alef for أ إ آ ٱ, one hamza for ؤ ئ, ي for ى, ه for ة,
Western digits, and each word without its article and what is attached before it (و ف, then ب ك ل, then
ال; لل is ل + ال): والمنظمة, بالمغرب, للهجرة → منظمه, مغرب, هجره. A conjunction or preposition
without the article stays, or وزارة would lose its و while الوزارة keeps it.
Latin: lower-cased (case-folded), without accents. Everything else that is not a letter or a
digit separates words. The keys are computed at build time and stored in the graph
(``mg:searchKey``), and a search applies the same function to what the user typed, so search is
plain SPARQL on any backend. Keys are for matching only, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pyarabic.araby as araby

LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ؤ": "ء", "ئ": "ء",
    "ى": "ي", "ة": "ه",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic digits
})
_WORD = re.compile(r"\w+")
ARABIC = re.compile(r"[\u0621-\u064A]")
# Conjunction, then preposition, then the article (لل is ل + ال): what is attached to a name.
_CLITICS = sorted({c + m for c in ("", "و", "ف") for m in ("ال", "بال", "كال", "لل")}, key=len, reverse=True)
_MIN_STEM = 3  # Arabic roots have three letters: a shorter rest is not a stem


def _latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def stem(word: str) -> str:
    """A word without its attached prefixes, never shorter than ``_MIN_STEM`` letters."""
    if not ARABIC.match(word):
        return word
    for prefix in _CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            return word[len(prefix):]
    return word


@lru_cache(maxsize=4096)
def search_key(text: str) -> str:
    """The normalized words of ``text``, space-separated."""
    text = araby.strip_tatweel(araby.strip_diacritics(araby.normalize_ligature(text)))
    text = _latin(text.translate(LETTERS))
    return " ".join(stem(w) for w in _WORD.findall(text.replace("_", " ")))


def search_terms(text: str, limit: int = 5) -> list[str]:
    """The distinct words of a search, at most ``limit`` (each must occur in a matching key)."""
    words = list(dict.fromkeys(search_key(text).split()))
    return words[:limit]
