"""Linked data through the real server: 303 dereferencing, formats, descriptions, pages, search,
dumps, 404s — with real clients (httpx, rdflib, pyld)."""

import gzip
import re

import httpx
import pytest
from pyld import jsonld
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from kg.namespaces import MG, OA

BASE = "https://w3id.org/mgkg/"
SAMPLE = ["id/organization/iom", "id/organization/sdc", "id/programme/m4sd", "id/country/morocco", "id/city/rabat",
          "id/event/m4sd-board-2022", "id/agreement/gcm", "id/person/othman-belbeisi", "id/funding/sdc--m4sd",
          "source/m4sd-board-rabat-2022", "vocab/theme/labour-migration", "vocab/theme",
          "evidence/m4sd-board-rabat-2022/407-448"]
ACCEPT = {"text/turtle": ("ttl", "text/turtle"), "application/ld+json": ("jsonld", "application/ld+json"),
          "application/rdf+xml": ("rdf", "application/rdf+xml"), "application/n-triples": ("nt", "application/n-triples"),
          "text/html,application/xhtml+xml;q=0.9": ("html", "text/html"),
          "text/turtle;q=0.5, application/ld+json;q=0.9": ("jsonld", "application/ld+json")}


@pytest.fixture(scope="module")
def client(live):
    with httpx.Client(base_url=live, timeout=30) as c:
        yield c


def test_every_sampled_iri_exists_in_the_graph(built):
    import pyoxigraph as ox

    from kg.store import current_store
    store = ox.Store.read_only(str(current_store(built[0])))
    for path in SAMPLE:
        assert store.query(f"ASK {{ <{BASE + path}> ?p ?o }}"), path


@pytest.mark.parametrize("path", SAMPLE + ["ontology", "dataset", "graph/entities"])
@pytest.mark.parametrize("accept", ACCEPT)
def test_a_thing_answers_303_to_its_document(client, path, accept):
    ext, media_type = ACCEPT[accept]
    response = client.get("/" + path, headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["location"] == f"/doc/{path}.{ext}"
    assert "Accept" in response.headers["vary"]
    document = client.get(response.headers["location"])
    assert document.status_code == 200
    assert document.headers["content-type"].startswith(media_type)


def test_the_format_parameter_and_the_language_survive_the_redirect(client):
    response = client.get("/id/organization/iom?format=jsonld&lang=ar", headers={"Accept": "text/html"})
    assert response.headers["location"] == "/doc/id/organization/iom.jsonld?lang=ar"


def test_a_document_without_extension_negotiates_with_content_location(client):
    response = client.get("/doc/id/programme/m4sd", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.headers["content-location"] == "/doc/id/programme/m4sd.nt"
    assert "Accept" in response.headers["vary"].split(", ")
    assert response.headers["content-type"].startswith("application/n-triples")


@pytest.mark.parametrize("path", ["/id/organization/iom", "/doc/id/organization/iom"])
def test_an_unsupported_format_is_406(client, path):
    response = client.get(path, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.text


def test_head_works_like_get(client):
    assert client.head("/id/organization/iom", headers={"Accept": "text/turtle"}).status_code == 303
    assert client.head("/doc/id/organization/iom.ttl").status_code == 200


@pytest.mark.parametrize("path", SAMPLE)
def test_rdflib_follows_the_iri_and_gets_the_description(live, path):
    """A real linked-data client: rdflib parses what the IRI dereferences to (303, then Turtle)."""
    iri = URIRef(BASE + path)
    graph = Graph().parse(f"{live}/{path}")
    assert len(graph) > 0
    assert (iri, None, None) in graph or (None, None, iri) in graph


def test_a_description_holds_facts_evidence_incoming_links_and_labels(live):
    graph = Graph().parse(f"{live}/id/programme/m4sd", format="turtle")
    m4sd, sdc = URIRef(BASE + "id/programme/m4sd"), URIRef(BASE + "id/organization/sdc")
    funding = URIRef(BASE + "id/funding/sdc--m4sd")
    assert (m4sd, SKOS.prefLabel, Literal("البرنامج العالمي للهجرة من أجل التنمية المستدامة", lang="ar")) in graph
    assert (funding, MG.funder, sdc) in graph  # the n-ary funding tie that points to it
    assert (funding, MG.fundedItem, m4sd) in graph
    evidence = set(graph.objects(funding, MG.evidence))
    assert evidence, "the funding tie's evidence"
    quotes = {str(q) for ev in evidence for q in graph.objects(URIRef(f"{ev}#quote"), OA.exact)}
    assert "بتمويل من التعاون الإنمائي السويسري (SDC)" in quotes
    assert (URIRef(f"{next(iter(evidence))}#target"), OA.hasSource, URIRef(BASE + "source/m4sd-board-rabat-2022")) in graph
    assert (sdc, SKOS.prefLabel, Literal("Swiss Agency for Development and Cooperation", lang="en")) in graph
    assert any(graph.subjects(None, m4sd))  # incoming links


def test_lang_keeps_the_neighbours_labels_in_that_language(live):
    graph = Graph().parse(f"{live}/doc/id/programme/m4sd.ttl?lang=fr", format="turtle")
    sdc = URIRef(BASE + "id/organization/sdc")
    assert {label.language for label in graph.objects(sdc, SKOS.prefLabel)} == {"fr"}
    m4sd = URIRef(BASE + "id/programme/m4sd")
    assert {label.language for label in graph.objects(m4sd, SKOS.prefLabel)} == {"ar", "en", "fr"}  # its own: all


@pytest.mark.parametrize("path", ["id/organization/iom", "id/funding/sdc--m4sd", "source/m4sd-board-rabat-2022",
                                  "ontology", "dataset"])
def test_json_ld_expands_to_the_same_triples_as_turtle(client, path):
    turtle = Graph().parse(data=client.get(f"/doc/{path}.ttl").text, format="turtle")
    document = client.get(f"/doc/{path}.jsonld").json()
    assert isinstance(document["@context"], dict)  # the published context, embedded: the document stands alone
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})  # pyld, an independent processor
    expanded = Dataset()
    expanded.parse(data=nquads, format="nquads")
    as_graph = Graph()
    for s, p, o, _ in expanded.quads():
        as_graph.add((s, p, o))
    assert isomorphic(as_graph, turtle)


def test_the_context_is_published_and_makes_terms_short(client):
    context = client.get("/context.jsonld").json()["@context"]
    assert context["funder"] == {"@id": "mg:funder", "@type": "@id"}
    assert context["mg"] == str(MG)
    document = client.get("/doc/id/funding/sdc--m4sd.jsonld").text
    assert '"funder"' in document


def test_the_ontology_and_its_terms(client, live):
    graph = Graph().parse(f"{live}/ontology", format="turtle")
    assert (MG.Funding, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in graph
    assert any(graph.objects(MG.Funding, SKOS.definition))  # a hash IRI's definition is in the document
    page = client.get("/ontology", headers={"Accept": "text/html"}, follow_redirects=True)
    assert page.status_code == 200 and 'id="Funding"' in page.text  # pyLODE's anchor for …/ontology#Funding


def test_a_named_graph_dereferences_to_its_contents(client):
    body = client.get("/doc/graph/source/m4sd-board-rabat-2022.nt").text
    graph = Graph().parse(data=body, format="nt")
    manifest_size = client.get("/", headers={"Accept": "application/json"}).json()["graphs"][
        BASE + "graph/source/m4sd-board-rabat-2022"]
    assert len(graph) == manifest_size


def test_the_dataset_is_its_void(client):
    graph = Graph().parse(data=client.get("/doc/dataset.ttl").text, format="turtle")
    dumps = {str(o) for o in graph.objects(URIRef(BASE + "dataset"), URIRef("http://rdfs.org/ns/void#dataDump"))}
    assert dumps == {BASE + "dumps/mgkg.trig.gz", BASE + "dumps/mgkg.nq.gz"}
    for dump in dumps:  # and every dump VoID names is served where the IRI says
        assert client.get("/" + dump[len(BASE):]).status_code == 200


def test_dumps_are_listed_and_served_whole(client):
    listing = client.get("/dumps/", headers={"Accept": "application/json"}).json()
    files = {f["file"]: f for f in listing["files"]}
    assert set(files) == {"mgkg.trig.gz", "mgkg.nq.gz", "ontology.ttl", "ontology.rdf"}
    assert listing["version"] == client.get("/healthz").json()["version"]
    trig = client.get("/dumps/mgkg.trig.gz")
    assert trig.headers["content-type"] == "application/gzip"
    assert len(trig.content) == files["mgkg.trig.gz"]["bytes"]
    dataset = Dataset()
    dataset.parse(data=gzip.decompress(trig.content), format="trig")
    assert sum(1 for _ in dataset.quads()) == files["mgkg.trig.gz"]["statements"]
    assert len(Graph().parse(data=client.get("/dumps/ontology.rdf").text, format="xml")) == files["ontology.rdf"]["statements"]
    page = client.get("/dumps/", headers={"Accept": "text/html"})
    assert "mgkg.nq.gz" in page.text and listing["version"] in page.text


@pytest.mark.parametrize("path", ["/id/organization/no-such-thing", "/doc/id/organization/no-such-thing.ttl",
                                  "/source/nope", "/vocab/theme/nope", "/graph/nope", "/dumps/manifest.json",
                                  "/dumps/..%2fmanifest.json", "/doc/..%2f..%2fetc/passwd", "/id/%00", "/id/<x>",
                                  "/doc/", "/doc/.ttl", "/no/such/path", "/browse/mg:NoSuchClass", "/browse/x"])
def test_unknown_paths_are_404_never_an_error(client, path):
    machine = client.get(path, headers={"Accept": "text/turtle"})
    assert machine.status_code == 404, machine.text
    person = client.get(path, headers={"Accept": "text/html"})
    assert person.status_code == 404
    if not path.endswith(".ttl"):  # an extension names the format, whatever Accept says
        assert person.headers["content-type"].startswith("text/html")
        assert 'action="/search"' in person.text  # helps on: a search box


def test_entity_page_groups_facts_with_their_quotes(client):
    page = client.get("/doc/id/programme/m4sd.html?lang=en").text
    assert "<h1" in page and "Global Programme" in page
    assert 'id="group-funding"' in page and "Funding" in page
    assert "بتمويل من التعاون الإنمائي السويسري (SDC)" in page  # the funding tie's quote
    assert 'href="/source/m4sd-board-rabat-2022?lang=en#q-407-448"' in page  # to the highlighted quote
    assert 'href="/doc/id/programme/m4sd.ttl"' in page and "/sparql?query=" in page
    assert 'lang="ar" dir="rtl"' in page


def test_page_language_from_accept_language_or_parameter(client):
    arabic = client.get("/doc/id/organization/iom.html", headers={"Accept-Language": "ar, en;q=0.5"}).text
    assert '<html lang="ar" dir="rtl">' in arabic and "المنظمة الدولية للهجرة" in arabic
    french = client.get("/doc/id/organization/iom.html?lang=fr", headers={"Accept-Language": "ar"}).text
    assert '<html lang="fr" dir="ltr">' in french and "Organisation internationale pour les migrations" in french


def test_source_page_highlights_every_quote(client):
    page = client.get("/doc/source/m4sd-board-rabat-2022.html").text
    assert 'class="source-text" lang="ar" dir="rtl"' in page
    assert 'id="q-407-448"' in page
    assert page.count("<mark") > 20


def test_browse_lists_types_with_counts_and_entities(client):
    home = client.get("/browse?lang=en").text
    assert "/browse/mg:Programme?lang=en" in home
    programmes = client.get("/browse/mg:Programme?lang=en").text
    assert "IOM-UNDP Global Programme on Making Migration Work for Sustainable Development" in programmes
    front = client.get("/", headers={"Accept": "text/html"})  # the front page leads to it
    assert front.status_code == 200 and 'href="/browse?lang=en"' in front.text


@pytest.mark.parametrize("text, expected", [
    ("للهجرة", "id/organization/iom"),  # with the attached preposition and article
    ("الْمُنَظَّمَةُ الدَّوْلِيَّةُ", "id/organization/iom"),  # with diacritics
    ("المنظمه الدوليه", "id/organization/iom"),  # haa for taa marbuta
    ("الدولية المنظمة", "id/organization/iom"),  # words in any order
    ("iom", "id/organization/iom"), ("OIM", "id/organization/iom"),
    ("organisation internationale", "id/organization/iom"),
    ("Union Europeenne", "id/organization/eu"),  # accents and case
    ("السويسري", "id/organization/sdc"), ("m4sd", "id/programme/m4sd"),
])
def test_search_is_arabic_aware_and_latin_insensitive(client, text, expected):
    results = client.get("/search", params={"q": text}, headers={"Accept": "application/json"}).json()["results"]
    assert BASE + expected in [r["iri"] for r in results]


def test_search_ranks_exact_names_first_and_renders(client):
    results = client.get("/search", params={"q": "IOM", "format": "json"}).json()["results"]
    assert results[0]["iri"] == BASE + "id/organization/iom"
    page = client.get("/search", params={"q": "IOM", "lang": "en"}).text
    assert 'href="/id/organization/iom?lang=en"' in page
    assert client.get("/search", params={"q": "zzzqqq"}, headers={"Accept": "application/json"}).json()["results"] == []
    hostile = client.get("/search", params={"q": '") } DROP ALL ; # \' <x>'}, headers={"Accept": "application/json"})
    assert hostile.status_code == 200 and hostile.json()["results"] == []


def test_search_keys_are_in_the_graph_for_any_backend(client):
    """The keys are data: a plain SPARQL query finds them, so search works on a remote store too."""
    query = ('PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT ?k WHERE { '
             '<https://w3id.org/mgkg/id/organization/iom> mg:searchKey ?k }')
    rows = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"}).json()
    assert "منظمه دوليه هجره" in {b["k"]["value"] for b in rows["results"]["bindings"]}


def test_search_shows_the_name_that_matched(live):
    body = httpx.get(live + "/search", params={"q": "IOM"}, headers={"Accept": "application/json"}).json()
    iom = next(r for r in body["results"] if r["iri"].endswith("/id/organization/iom"))
    assert iom["matched"] == "IOM" and iom["labels"]["en"] != "IOM"
    page = httpx.get(live + "/search", params={"q": "IOM", "lang": "en"}).text
    assert "matched: <bdi>IOM</bdi>" in page


@pytest.mark.parametrize(("typed", "meant"), [("migraton", "migration"), ("Marocco", "morocco"),
                                              ("الهجره الدوليه للمنظمه", None)])
def test_a_misspelled_search_suggests_what_the_graph_knows(live, typed, meant):
    body = httpx.get(live + "/search", params={"q": typed}, headers={"Accept": "application/json"}).json()
    if meant is None:  # found as typed: nothing to suggest
        assert body["results"] and body["suggestions"] == []
        return
    assert body["results"] == [] and body["suggestions"] == [meant]
    again = httpx.get(live + "/search", params={"q": meant}, headers={"Accept": "application/json"}).json()
    assert again["results"]


def test_pages_say_each_thing_once_and_the_rdf_keeps_everything(live):
    """Inferred and aligned copies of a statement (DCMI, schema.org, FRAPO, broader mg: properties)
    stay out of the page, not out of the data."""
    page = httpx.get(live + "/doc/id/programme/m4sd.html", params={"lang": "en"}).text
    for copy in ("(DCMI)", "frapo", "schema:funder", ">has part<"):
        assert copy not in page, copy
    turtle = httpx.get(live + "/doc/id/programme/m4sd.ttl").text
    assert "schema:funder" in turtle or "http://schema.org/funder" in turtle


def test_an_entity_page_opens_with_a_summary_of_when_who_funds_and_where(live):
    page = httpx.get(live + "/doc/id/programme/m4sd.html", params={"lang": "en"}).text
    summary = page[page.index('<dl class="summary">'):page.index("</dl>")]
    assert "date launched" in summary and "2019" in summary and "xsd:gYear" not in summary
    assert "funded by" in summary and "Swiss Agency for Development and Cooperation" in summary
    assert "where" in summary and ">Morocco<" in summary
    assert "characters <bdi" in page  # quote offsets say what they count, isolated from the text around


def test_the_summary_gives_a_funders_amount(live):
    page = httpx.get(live + "/doc/id/organization/eutf-africa.html", params={"lang": "en"}).text
    summary = page[page.index('<dl class="summary">'):page.index("</dl>")]
    assert "European Union" in summary and "1,800,000,000" in summary and "EUR" in summary


def test_search_facets_count_each_type_and_narrow_to_one(client):
    everything = client.get("/search", params={"q": "الهجرة", "format": "json"}).json()
    facets = {f["type"]: f["count"] for f in everything["facets"]}
    assert len(facets) > 3 and everything["type"] is None
    programme = "https://w3id.org/mgkg/ontology#Programme"
    for asked in ("mg:Programme", programme):
        narrowed = client.get("/search", params={"q": "الهجرة", "format": "json", "type": asked}).json()
        assert narrowed["type"] == programme and narrowed["facets"] == everything["facets"]
        assert len(narrowed["results"]) == facets[programme] < len(everything["results"])
        assert all(programme in r["types"] for r in narrowed["results"])
    page = client.get("/search", params={"q": "الهجرة", "lang": "en", "type": "mg:Programme"}).text
    assert 'class="facets"' in page and "type=mg%3AProgramme" in page and 'aria-current="true"' in page


def test_the_turtle_of_a_description_starts_with_its_subject_and_leaves_out_the_machinery(live):
    """IOM's own block first (its types, then its names), with our prefixes; then the facts about
    it, the evidence (each annotation with its target and selectors), its neighbours, and last the
    names of classes and sources; each subject's block once. No search keys and no ``a owl:Thing``
    (both stay in the data: search keys answer SPARQL, the reasoner's types are in graph/inferred)."""
    response = httpx.get(live + "/id/organization/iom", headers={"Accept": "text/turtle"}, follow_redirects=True)
    text = response.text
    assert "@prefix mg: <https://w3id.org/mgkg/ontology#> ." in text and "@prefix skos:" in text
    body = [line for line in text.splitlines() if line and not line.startswith("@prefix")]
    assert body[0].startswith(f"<{BASE}id/organization/iom> a ") and "mg:IntergovernmentalOrganization" in body[0]
    assert body[1].lstrip().startswith(("rdfs:label", "skos:prefLabel"))
    subjects = [line.split(" ", 1)[0].strip("<>") for line in body if not line[0].isspace()]
    assert len(subjects) == len(set(subjects)) > 20  # each subject's block once

    def first(where) -> int:
        return next(i for i, s in enumerate(subjects) if where(s))
    facts = first(lambda s: "/id/participation/" in s or "/id/post/" in s)
    evidence = first(lambda s: "/evidence/" in s)
    neighbour = first(lambda s: "/id/country/" in s)
    assert 0 < facts < evidence < neighbour < first(lambda s: s.startswith("role:"))
    annotation = subjects[evidence]
    assert subjects[evidence + 1:evidence + 4] == sorted(f"{annotation}#{n}" for n in ("position", "quote", "target"))
    assert "searchKey" not in text and "owl:Thing" not in text and "2002/07/owl#Thing" not in text
    graph = Graph().parse(data=text, format="turtle")
    iom = URIRef(BASE + "id/organization/iom")
    assert (iom, SKOS.prefLabel, Literal("المنظمة الدولية للهجرة", lang="ar")) in graph
    # the same description as the other formats, whatever the order
    assert isomorphic(graph, Graph().parse(data=httpx.get(live + "/doc/id/organization/iom.nt").text, format="nt"))


def test_no_entity_page_repeats_a_property_row(live):
    """Every entity of the registry, in the three languages: within a table of facts, each property
    (its label in the page's language) is one row."""
    query = ("SELECT DISTINCT ?e WHERE { GRAPH <https://w3id.org/mgkg/graph/entities> { ?e a ?t } } "
             "ORDER BY ?e")
    entities = [b["e"]["value"] for b in httpx.post(live + "/sparql", data={"query": query},
                                                   headers={"Accept": "application/sparql-results+json"}
                                                   ).json()["results"]["bindings"]]
    assert len(entities) > 100
    repeated = []
    with httpx.Client(base_url=live, timeout=30) as client:
        for iri in entities[::3]:                       # a third of them, every kind among them
            path = "/doc/" + iri.removeprefix("https://w3id.org/mgkg/") + ".html"
            for lang in ("en", "ar", "fr"):
                page = client.get(path, params={"lang": lang})
                assert page.status_code == 200, path
                for table in re.findall(r'<table class="facts">(.*?)</table>', page.text, re.S):
                    labels = re.findall(r'<th scope="row">(.*?)</th>', table, re.S)
                    repeated += [(path, lang, label) for label in set(labels) if labels.count(label) > 1]
    assert not repeated, repeated[:10]
