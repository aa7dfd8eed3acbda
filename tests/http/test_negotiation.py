import pytest

from kg.http.negotiation import BOOLEAN, RDF, RESULTS, choose


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("application/sparql-results+xml;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
    ("application/json", "application/json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
    ("text/*", "text/csv"),
    ("garbage;;;q=x", "application/sparql-results+json"),  # a malformed Accept is ignored
])
def test_results_by_accept(accept, expected):
    assert choose(RESULTS, accept).media_type == expected


def test_nothing_acceptable_is_none():
    assert choose(RESULTS, "image/png") is None
    assert choose(BOOLEAN, "text/csv") is None
    assert choose(RDF, "application/sparql-results+json") is None


def test_format_parameter_wins_and_is_read_per_kind():
    assert choose(RESULTS, "text/csv", "json").format.name == "json"
    assert choose(RDF, "text/turtle", "json").format.name == "jsonld"
    assert choose(RDF, None, "ttl").media_type == "text/turtle"
    assert choose(RDF, None, "application/n-triples").format.name == "ntriples"
    assert choose(RESULTS, None, "turtle") is None


def test_content_type_carries_a_charset():
    assert choose(RDF, "text/turtle").content_type == "text/turtle; charset=utf-8"
    assert choose(RESULTS, "application/json").content_type == "application/json; charset=utf-8"
