"""The SPARQL 1.1 Protocol through the real server (uvicorn on loopback) with httpx."""

import concurrent.futures
import csv
import io
import time

import httpx
import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg import store

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?s ?l WHERE { ?s skos:prefLabel ?l }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
IOM = "https://w3id.org/mgkg/id/organization/iom"


def count(url: str) -> int:
    response = httpx.get(url + "/sparql", params={"query": COUNT}, headers={"Cache-Control": "no-cache"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_get_form_post_and_direct_post_give_the_same_answer(live):
    by_get = httpx.get(live + "/sparql", params={"query": LABELS})
    by_form = httpx.post(live + "/sparql", data={"query": LABELS})
    by_body = httpx.post(live + "/sparql", content=LABELS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.json() == by_form.json() == by_body.json()
    assert len(by_get.json()["results"]["bindings"]) > 300


def test_the_default_graph_sees_all_the_data(live, built):
    config, _ = built
    assert count(live) == store.current_manifest(config)["default_graph"]


@pytest.mark.parametrize("accept, content_type", [
    ("application/sparql-results+json", "application/sparql-results+json; charset=utf-8"),
    ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/csv;q=0.5, text/tab-separated-values;q=0.9", "text/tab-separated-values; charset=utf-8"),
    ("*/*", "application/sparql-results+json; charset=utf-8"),
    ("application/json", "application/json; charset=utf-8"),
])
def test_select_results_by_accept(live, accept, content_type):
    response = httpx.get(live + "/sparql", params={"query": LABELS + " LIMIT 3"}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert "Accept" in response.headers["vary"]


@pytest.mark.parametrize("accept, content_type, parser", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
])
def test_describe_by_accept(live, accept, content_type, parser):
    response = httpx.get(live + "/sparql", params={"query": f"DESCRIBE <{IOM}>"}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(content_type)
    graph = Graph().parse(data=response.content, format=parser)
    assert len(graph) > 10


def test_format_parameter_overrides_accept(live):
    response = httpx.get(live + "/sparql", params={"query": LABELS + " LIMIT 2", "format": "csv"},
                         headers={"Accept": "application/sparql-results+xml"})
    assert response.headers["content-type"].startswith("text/csv") and response.text.startswith("s,l")
    construct = httpx.get(live + "/sparql", params={"query": f"DESCRIBE <{IOM}>", "format": "json"})
    assert construct.headers["content-type"].startswith("application/ld+json")


def test_unservable_formats_are_406(live):
    png = httpx.get(live + "/sparql", params={"query": LABELS}, headers={"Accept": "image/png"})
    assert png.status_code == 406 and "text/csv" in png.text
    ask_csv = httpx.get(live + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert ask_csv.status_code == 406
    unknown = httpx.get(live + "/sparql", params={"query": LABELS, "format": "yaml"})
    assert unknown.status_code == 406


def test_a_syntax_error_is_400_with_the_parser_message_and_position(live):
    response = httpx.get(live + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "syntax error" in response.text and "1:" in response.text
    hint = httpx.get(live + "/sparql", params={"query": "SELECT * WHERE { ?s rdfs:label ?o }"})
    assert hint.status_code == 400 and "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in hint.text


def test_missing_or_doubled_query_is_400(live):
    assert httpx.post(live + "/sparql", data={"default-graph-uri": "http://a/"}).status_code == 400
    assert httpx.get(live + "/sparql", params={"named-graph-uri": "http://a/"}).status_code == 400
    doubled = httpx.get(live + "/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert doubled.status_code == 400 and "exactly one" in doubled.text


def test_wrong_method_and_media_type(live):
    put = httpx.put(live + "/sparql", content=b"query=ASK%20%7B%7D")
    assert put.status_code == 405 and "GET" in put.headers["allow"]
    plain = httpx.post(live + "/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415
    bare = httpx.post(live + "/sparql", content=b"query=ASK%20%7B%7D")
    assert bare.status_code == 415


def test_non_utf8_is_400(live):
    utf16 = httpx.post(live + "/sparql", content="ASK {}".encode("utf-16"),
                       headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert utf16.status_code == 400
    latin = httpx.post(live + "/sparql", content='ASK { ?s ?p "caf\xe9" }'.encode("latin-1"),
                       headers={"Content-Type": "application/sparql-query"})
    assert latin.status_code == 400 and "UTF-8" in latin.text


def test_a_query_over_the_limit_is_413(live):
    long_query = "ASK {}" + " " * 70_000
    assert httpx.post(live + "/sparql", data={"query": long_query}).status_code == 413
    direct = httpx.post(live + "/sparql", content=long_query.encode(),
                        headers={"Content-Type": "application/sparql-query"})
    assert direct.status_code == 413


@pytest.mark.parametrize("send", [
    lambda url: httpx.post(url, content=b"INSERT DATA { <http://a> <http://b> <http://c> }",
                           headers={"Content-Type": "application/sparql-update"}),
    lambda url: httpx.post(url, data={"update": "DROP ALL"}),
    lambda url: httpx.post(url, data={"query": "PREFIX : <http://e/> INSERT DATA { :a :b :c }"}),
    lambda url: httpx.get(url, params={"query": "CLEAR ALL"}),
    lambda url: httpx.get(url, params={"query": "LOAD <http://127.0.0.1:9/evil.ttl>"}),
    lambda url: httpx.get(url, params={"update": "DROP ALL"}),
])
def test_updates_in_every_form_are_refused_with_403(live, send):
    before = count(live)
    response = send(live + "/sparql")
    assert response.status_code == 403 and "read-only" in response.text
    assert count(live) == before


def test_service_is_refused_by_default(live):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = httpx.get(live + "/sparql", params={"query": query})
    assert response.status_code == 403 and "KG_ALLOW_SERVICE" in response.text


def test_service_description_without_a_query(live, built):
    _, summary = built
    response = httpx.get(live + "/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert str(graph.value(service, SD.endpoint)) == live + "/sparql"
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    names = {str(o) for o in graph.objects(None, SD.name)}
    assert names == set(summary.graphs)
    as_jsonld = httpx.get(live + "/sparql", headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=as_jsonld.text, format="json-ld")) == len(graph)


def test_the_editor_for_a_browser(live):
    response = httpx.get(live + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "yasgui.min.js" in response.text and "Funding ties" in response.text
    assert 'name="query"' in response.text  # the form that works without JavaScript
    assert httpx.get(live + "/vendor/@zazuko/yasgui/build/yasgui.min.js").status_code == 200


def test_html_results_view_is_capped_and_says_so(live):
    response = httpx.get(live + "/sparql", params={"query": LABELS}, headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.text.count("<tr>") == 25 + 1  # KG_HTML_ROWS of the live server, plus the header
    assert "25-row limit" in response.text
    assert response.headers["kg-results-truncated"] == "true; limit=25"


def test_machine_results_beyond_max_rows_are_cut_with_a_header(live):
    whole = httpx.get(live + "/sparql", params={"query": LABELS + " LIMIT 100"})
    assert "kg-results-truncated" not in whole.headers
    big = httpx.get(live + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert big.headers["kg-results-truncated"] == "true; limit=5000"
    assert len(list(csv.reader(io.StringIO(big.text)))) == 5001


@pytest.mark.serial
def test_a_runaway_query_times_out_without_blocking_others(live):
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        slow = pool.submit(httpx.get, live + "/sparql", params={"query": RUNAWAY}, timeout=30)
        time.sleep(0.3)
        started = time.monotonic()
        fast = httpx.get(live + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Cache-Control": "no-cache"})
        fast_seconds = time.monotonic() - started
        stopped = slow.result()
    assert fast.status_code == 200 and fast_seconds < 1.5
    assert stopped.status_code == 503 and "KG_QUERY_TIMEOUT" in stopped.text
    assert httpx.get(live + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_repeated_queries_come_from_the_cache(live):
    query = LABELS + " # cache"
    first = httpx.get(live + "/sparql", params={"query": query})
    again = httpx.get(live + "/sparql", params={"query": query})
    assert again.headers["kg-cache"] == "hit" and again.content == first.content
    fresh = httpx.get(live + "/sparql", params={"query": query}, headers={"Cache-Control": "no-cache"})
    assert fresh.headers["kg-cache"] == "miss"


def test_cors_preflight_and_headers(live):
    preflight = httpx.options(live + "/sparql", headers={
        "Origin": "https://dashboard.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]
    simple = httpx.get(live + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://dashboard.example"})
    assert simple.headers["access-control-allow-origin"] == "*"


def test_gzip_when_asked(live):
    with httpx.Client(headers={"Accept-Encoding": "gzip"}) as client:
        response = client.get(live + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert response.headers["content-encoding"] == "gzip"
    raw = httpx.get(live + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv",
                                                                          "Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers and response.text == raw.text  # httpx decompressed it


def test_void_describes_the_dataset(live, built):
    config, summary = built
    response = httpx.get(live + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    dataset = next(s for s in graph.subjects(RDF.type, VOID.Dataset) if (s, VOID.sparqlEndpoint, None) in graph)
    assert int(graph.value(dataset, VOID.triples)) == store.current_manifest(config)["default_graph"]
    assert len(list(graph.objects(dataset, VOID.subset))) == len(summary.graphs)
    assert len(list(graph.objects(dataset, VOID.dataDump))) == 2
    assert len(list(graph.objects(dataset, VOID.exampleResource))) >= 5
    classes = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))
               for p in graph.objects(dataset, VOID.classPartition)}
    assert classes[Namespace("https://w3id.org/mgkg/ontology#").Country] >= summary.entities_per_type["mg:Country"]
    as_xml = httpx.get(live + "/.well-known/void", headers={"Accept": "application/rdf+xml"})
    assert len(Graph().parse(data=as_xml.text, format="xml")) == len(graph)


# One funding tie's funder and amount, a programme's launch year, and a class: IRIs of ours (things
# and terms) and typed literals, for the HTML results view.
READABLE = """PREFIX mg: <https://w3id.org/mgkg/ontology#>
SELECT ?funder ?amount ?launched ?kind WHERE {
  <https://w3id.org/mgkg/id/funding/aics--fair-migration-maghreb> mg:funder ?funder ; mg:amount/mg:amountValue ?amount .
  <https://w3id.org/mgkg/id/programme/m4sd> mg:dateLaunched ?launched .
  BIND(mg:Funding AS ?kind)
}"""


@pytest.mark.parametrize("lang, funder, amount, kind", [
    ("en", "Italian Agency for Development Cooperation", "2,400,000", "funding tie"),
    ("fr", "Agence italienne pour la coopération au développement", "2\u202f400\u202f000", "lien de financement"),
    ("ar", "الوكالة الإيطالية للتعاون الإنمائي", "2,400,000", "علاقة تمويل")])
def test_the_html_results_view_names_iris_and_shows_values(live, lang, funder, amount, kind):
    """Each IRI with its name in the page's language, its short form with our prefixes and a link to
    its page here (not to w3id.org); an amount as a number of the page's language, a year as a year."""
    response = httpx.get(live + "/sparql", params={"query": READABLE, "format": "html", "lang": lang})
    assert response.status_code == 200 and "Accept-Language" in response.headers["vary"]
    page = response.text
    assert f'<html lang="{lang}"' in page
    table = page[page.index('<div class="table-box">'):page.index("</table>")]  # a wide result scrolls in its box
    assert (f'<a href="/id/organization/aics?lang={lang}" lang="{lang}" dir="auto" '
            f'title="https://w3id.org/mgkg/id/organization/aics">{funder}</a>') in table
    assert '<small class="iri" dir="ltr">id/organization/aics</small>' in table
    assert f'href="/ontology?lang={lang}#Funding"' in table and f">{kind}</a>" in table
    assert '<small class="iri" dir="ltr">mg:Funding</small>' in table
    assert f'title="xsd:decimal">{amount}</span>' in table and 'title="xsd:gYear">2019</span>' in table
    assert "href=\"https://w3id.org" not in table and "^^" not in table and "2400000" not in table


def test_the_html_results_view_is_in_the_readers_language_and_says_so_in_its_etag(live):
    english = httpx.get(live + "/sparql", params={"query": "ASK {}", "format": "html"}, headers={"Accept-Language": "en"})
    arabic = httpx.get(live + "/sparql", params={"query": "ASK {}", "format": "html"}, headers={"Accept-Language": "ar"})
    assert ">true</p>" in english.text and ">صحيح</p>" in arabic.text
    assert english.headers["etag"] != arabic.headers["etag"]  # a cache never answers one with the other
    again = httpx.get(live + "/sparql", params={"query": "ASK {}", "format": "html"},
                      headers={"Accept-Language": "ar", "If-None-Match": english.headers["etag"]})
    assert again.status_code == 200
