"""The curated queries speak French and Arabic on the pages (kg.http.querytext): every query's
title, description and parameter descriptions, and every parameter's and column's name."""

from kg.http import querytext
from kg.query import catalogue


def test_every_curated_query_is_translated():
    missing = querytext.missing(catalogue.load())
    assert missing == [], f"add these to src/kg/http/querytext.py: {missing}"


def test_the_check_sees_what_is_missing():
    query = catalogue.parse("unheard-of", "#+ title: Unheard of\n#+ parameters:\n#+   zzz: {type: string, "
                            "description: A parameter.}\n#+ columns:\n#+   qqq: {type: string}\n"
                            "SELECT ?qqq WHERE { BIND(?zzz AS ?qqq) }")
    assert querytext.missing([query]) == sorted([
        "unheard-of fr title", "unheard-of fr description", "unheard-of ar title", "unheard-of ar description",
        "unheard-of fr parameter zzz", "unheard-of ar parameter zzz", "unheard-of name zzz", "unheard-of name qqq"])


def test_what_is_missing_falls_back_to_the_querys_own_english():
    query = catalogue.parse("unheard-of", "#+ title: Unheard of\n#+ description: Nothing.\n#+ columns:\n"
                            "#+   qqq: {type: string}\nSELECT ?qqq WHERE { }")
    shown = querytext.described(query, "ar")
    assert (shown["title"], shown["description"], shown["columns"][0]["label"]) == ("Unheard of", "Nothing.", "qqq")
    assert querytext.described(catalogue.load()[0], "fr")["title"] != catalogue.load()[0].title
