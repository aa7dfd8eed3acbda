"""Real SPARQL clients against the real server: SPARQLWrapper and rdflib's SPARQLStore."""

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
MG = "PREFIX mg: <https://w3id.org/mgkg/ontology#>\n"
IOM = "https://w3id.org/mgkg/id/organization/iom"
M4SD = "https://w3id.org/mgkg/id/programme/m4sd"


def wrapper(url, query, fmt=JSON, method=None):
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client.query().convert()


def test_sparqlwrapper_select_in_json_xml_and_csv(live):
    query = SKOS + f"SELECT ?label WHERE {{ <{IOM}> skos:prefLabel ?label }}"
    rows = wrapper(live, query)["results"]["bindings"]
    labels = {(r["label"]["value"], r["label"].get("xml:lang")) for r in rows}
    assert ("International Organization for Migration", "en") in labels
    assert any(lang == "ar" for _, lang in labels)
    xml = wrapper(live, query, XML, POST)
    assert len(xml.getElementsByTagName("result")) == len(rows)
    csv_text = wrapper(live, query, CSV).decode()
    assert csv_text.splitlines()[0] == "label" and len(csv_text.strip().splitlines()) == len(rows) + 1


def test_sparqlwrapper_ask_and_construct(live):
    assert wrapper(live, MG + f"ASK {{ <{M4SD}> mg:fundedBy ?funder }}")["boolean"] is True
    graph = wrapper(live, MG + f"CONSTRUCT {{ <{M4SD}> mg:fundedBy ?f }} WHERE {{ <{M4SD}> mg:fundedBy ?f }}", TURTLE)
    graph = Graph().parse(data=graph, format="turtle") if isinstance(graph, bytes) else graph
    assert (URIRef(M4SD), URIRef("https://w3id.org/mgkg/ontology#fundedBy"),
            URIRef("https://w3id.org/mgkg/id/organization/sdc")) in graph


def test_sparqlwrapper_sees_syntax_errors_as_query_bad_formed(live):
    client = SPARQLWrapper(live + "/sparql")
    client.setQuery("SELECT * WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    try:
        client.query()
    except Exception as error:  # SPARQLWrapper raises QueryBadFormed for a 400
        assert type(error).__name__ == "QueryBadFormed" and "syntax error" in str(error)
    else:
        raise AssertionError("a malformed query was accepted")


def test_rdflib_sparqlstore_round_trip(live):
    select = MG + f"SELECT ?funder WHERE {{ <{M4SD}> mg:fundedBy ?funder }}"
    as_json = {row.funder for row in Graph(SPARQLStore(live + "/sparql", returnFormat="json")).query(select)}
    graph = Graph(SPARQLStore(live + "/sparql"))  # its default: RDF/XML and SPARQL XML
    assert {row.funder for row in graph.query(select)} == as_json
    assert URIRef("https://w3id.org/mgkg/id/organization/sdc") in as_json
    assert graph.query(MG + "ASK { ?x a mg:Programme }").askAnswer is True
    described = graph.query(f"DESCRIBE <{IOM}>")
    assert len(described.graph) > 10
    assert (URIRef(IOM), None, None) in graph  # triples() goes through the endpoint as well
