from rdflib import Graph, URIRef

from kg.build.validate import validate
from kg.namespaces import MG
from tests.conftest import DATA


def _report(name, shapes, onto):
    return validate(Graph().parse(DATA / "shapes" / name), shapes, onto)


def test_conforming_example_conforms(shapes, onto):
    report = _report("conforming.ttl", shapes, onto)
    assert report.conforms, report.text()


def test_nonconforming_example_is_rejected_for_each_breakage(shapes, onto):
    report = _report("nonconforming.ttl", shapes, onto)
    assert not report.conforms
    messages = report.text()
    for expected in [
        "A funding tie has a funder, an agent",
        "An amount has exactly one non-negative xsd:decimal value",
        "ISO 4217",
        "Every asserted fact has evidence",
        "Every named thing has an Arabic preferred label",
        "A start date is one xsd:date, xsd:gYearMonth or xsd:gYear",
        "start is before its end",
    ]:
        assert expected in messages, f"missing: {expected}\n{messages}"


def test_violations_name_the_thing_by_its_label(shapes, onto):
    report = _report("nonconforming.ttl", shapes, onto)
    assert any("«Swiss Agency for Development and Cooperation»" in v.focus for v in report.violations)


def test_a_statement_must_be_in_the_graph_and_evidence_must_say_what_it_supports(shapes, onto):
    data = Graph().parse(data="""
        @prefix mg: <https://w3id.org/mgkg/ontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <https://example.org/st> a rdf:Statement ; rdf:subject <https://example.org/a> ;
            rdf:predicate mg:partOf ; rdf:object <https://example.org/b> ; mg:evidence <https://example.org/ev> .
        <https://example.org/ev> a mg:Evidence ; oa:hasBody <https://example.org/st> .
        <https://example.org/ev2> a mg:Evidence ; oa:hasBody <https://example.org/a> .
        """, format="turtle")
    messages = validate(data, shapes, onto).text()
    assert "A statement's triple is in the graph" in messages
    assert "Evidence says which statement it supports" in messages
    data.add((URIRef("https://example.org/a"), MG.partOf, URIRef("https://example.org/b")))
    assert "A statement's triple is in the graph" not in validate(data, shapes, onto).text()


def test_a_count_is_a_node_that_says_what_it_counts(shapes, onto):
    data = Graph().parse(data="""
        @prefix mg: <https://w3id.org/mgkg/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://example.org/e> mg:participantCount 60 .
        <https://example.org/f> mg:memberCount <https://example.org/f#memberCount> .
        <https://example.org/f#memberCount> a mg:Count ; mg:countValue "3"^^xsd:integer .
        """, format="turtle")
    messages = validate(data, shapes, onto).text()
    assert "never a bare number" in messages
    assert "A count says what it counts" in messages
