"""The VoID description of the built dataset: sizes, classes, properties, graphs, examples, dumps.

Computed once per build from the store (``queries/void/*.rq``) and kept beside it as
``void.ttl``; the server only reads it. The same facts answer both ``/.well-known/void`` and the
statistics a consumer needs to plan queries.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SKOS, XSD

from kg import queryfiles
from kg.namespaces import DATASET_TITLE, OA, ONTOLOGY_IRI, SD, VOID, bind_prefixes, dataset_iri
from kg.store import DATASET_DUMPS, LICENCE, citation, version_iri


def describe(store: ox.Store, manifest: dict, base_iri: str) -> Graph:
    """VoID for ``store``; ``manifest`` gives the version, build time and graph sizes. The queries
    read the store's default graph, which is the merge of all named graphs."""
    bindings: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable("space"): ox.Literal(base_iri + "id/")}

    def rows(name: str) -> list:
        text = queryfiles.text("void", f"{name}.rq")
        bound = bindings if "?space" in text else None
        solutions = store.query(text, substitutions=bound)
        assert isinstance(solutions, ox.QuerySolutions)  # the VoID queries are SELECTs
        return list(solutions)

    g = bind_prefixes(Graph())
    g.bind("void", VOID)
    g.bind("sd", SD)
    ds = dataset_iri(base_iri)
    g.add((ds, RDF.type, VOID.Dataset))
    for lang, title in DATASET_TITLE.items():
        g.add((ds, DCTERMS.title, Literal(title, lang=lang)))
    g.add((ds, DCTERMS.description, Literal(
        "Who funds, implements and partners in which migration-governance programmes, which agreements "
        "bind whom, which meetings happened where; built from Arabic source documents, every fact with "
        "the quote it came from.", lang="en")))
    g.add((ds, DCTERMS.modified, Literal(manifest["built"], datatype=XSD.dateTime)))
    g.add((ds, OWL.versionInfo, Literal(manifest["version"])))
    g.add((ds, DCTERMS.license, URIRef(LICENCE)))
    # This version, citable: its own IRI, and its dumps kept at /dumps/<version>/ after later builds.
    version = manifest["version"]
    release = URIRef(version_iri(base_iri, version))
    g.add((ds, DCTERMS.hasVersion, release))
    g.add((ds, DCTERMS.bibliographicCitation, Literal(citation(base_iri, version))))
    g.add((release, RDF.type, VOID.Dataset))
    g.add((release, DCTERMS.isVersionOf, ds))
    g.add((release, OWL.versionInfo, Literal(version)))
    g.add((release, DCTERMS.issued, Literal(manifest["built"], datatype=XSD.dateTime)))
    g.add((release, DCTERMS.license, URIRef(LICENCE)))
    g.add((release, DCTERMS.bibliographicCitation, Literal(citation(base_iri, version))))
    for dump in DATASET_DUMPS:
        g.add((release, VOID.dataDump, URIRef(f"{base_iri}dumps/{version}/{dump}")))
    g.add((ds, FOAF.homepage, URIRef(base_iri)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base_iri + "sparql")))
    g.add((ds, VOID.uriSpace, Literal(base_iri + "id/")))
    for dump in DATASET_DUMPS:
        g.add((ds, VOID.dataDump, URIRef(base_iri + "dumps/" + dump)))
    for vocabulary in (ONTOLOGY_IRI, str(ORG)[:-1], str(PROV)[:-1], str(SKOS)[:-1], str(FOAF)[:-1],
                       str(OA)[:-1], str(DCTERMS)[:-1]):
        g.add((ds, VOID.vocabulary, URIRef(vocabulary)))

    graphs = manifest["graphs"]
    g.add((ds, VOID.triples, Literal(manifest["default_graph"])))  # distinct triples, all graphs merged
    totals = rows("totals")[0]
    g.add((ds, VOID.distinctSubjects, Literal(int(totals["subjects"].value))))
    g.add((ds, VOID.distinctObjects, Literal(int(totals["objects"].value))))
    g.add((ds, VOID.entities, Literal(int(rows("entities")[0]["entities"].value))))
    classes = rows("classes")
    properties = rows("properties")
    g.add((ds, VOID.classes, Literal(len(classes))))
    g.add((ds, VOID.properties, Literal(len(properties))))
    for row in classes:
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(row["class"].value)))
        g.add((part, VOID.entities, Literal(int(row["entities"].value))))
    for row in properties:
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(row["property"].value)))
        g.add((part, VOID.triples, Literal(int(row["triples"].value))))
    for name, size in graphs.items():
        subset = URIRef(name)
        g.add((ds, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, RDF.type, SD.NamedGraph))
        g.add((subset, SD.name, subset))
        g.add((subset, VOID.triples, Literal(size)))
    for row in rows("examples"):
        g.add((ds, VOID.exampleResource, URIRef(row["entity"].value)))
    return g


def write(store: ox.Store, manifest: dict, base_iri: str, path: Path) -> None:
    describe(store, manifest, base_iri).serialize(path, format="turtle", encoding="utf-8")
