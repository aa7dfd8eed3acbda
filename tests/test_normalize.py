"""Search keys: one key however a name is spelled (kg.normalize)."""

import pytest

from kg.normalize import search_key, search_terms


@pytest.mark.parametrize("variant, plain", [
    ("الْمُنَظَّمَةُ الدَّوْلِيَّةُ لِلْهِجْرَةِ", "المنظمة الدولية للهجرة"),  # diacritics
    ("المنظـــمة الدولـية للهجرة", "المنظمة الدولية للهجرة"),  # tatweel
    ("إدارة", "ادارة"), ("أمن", "امن"), ("آمن", "امن"),  # hamza and madda on alef
    ("مسؤول", "مسئول"),  # hamza on waw and on yaa
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("الهجرة", "الهجره"),  # taa marbuta
    ("وبالمغرب", "المغرب"), ("للهجرة", "الهجرة"), ("والتنمية", "تنمية"), ("فالمنظمة", "منظمة"),  # clitics
    ("كالمنظمة", "منظمة"), ("الوزارة", "وزارة"),
    ("لأن", "لان"),  # lam-alef
    ("٢٠١٣", "2013"), ("۲۰۱۳", "2013"),  # Arabic-Indic and Eastern digits
    ("Organisation Internationale pour les Migrations", "organisation internationale pour les migrations"),
    ("Union européenne", "union europeenne"), ("SÃO TOMÉ", "sao tome"),
])
def test_variants_share_a_key(variant, plain):
    assert search_key(variant) == search_key(plain)


def test_only_the_article_and_what_precedes_it_are_stripped():
    assert search_key("لبنان") == "لبنان"  # a word's own first letter is not a preposition
    assert search_key("وزارة") == search_key("الوزارة") == "وزاره"
    assert search_key("الله") == "الله"  # too short a rest: not an article


def test_punctuation_separates_words():
    assert search_key("M4SD (IOM-UNDP)") == "m4sd iom undp"
    assert search_key("  ") == ""


def test_search_terms_are_distinct_and_bounded():
    assert search_terms("الهجرة والهجرة للهجرة") == ["هجره"]
    assert search_terms("a b c d e f g", limit=5) == ["a", "b", "c", "d", "e"]
