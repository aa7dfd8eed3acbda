"""The VoID description of the built dataset: sizes, classes, properties, graphs, examples, dumps.

Computed once per build and kept beside the store as ``void.ttl``; the server only reads it. The
same facts answer both ``/.well-known/void`` and the statistics a consumer needs to plan queries.
The statistics (distinct subjects and objects, entities, triples per property and entities per
class, all over the default graph) are counted by ``queries/void/*.rq`` on a store loaded from
scratch; a store made from the previous one by a change (``kg.build.loading``) has the previous
statistics corrected by what its default graph gained and lost, which is exact and costs what the
change does, not what the dataset does.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SKOS, XSD

from kg import queryfiles
from kg.build.loading import Delta
from kg.namespaces import DATASET_TITLE, OA, ONTOLOGY_IRI, SD, VOID, bind_prefixes, dataset_iri
from kg.store import DATASET_DUMPS, LICENCE, citation, version_iri


def _rows(store: ox.Store, name: str, base_iri: str) -> list:
    text = queryfiles.text("void", f"{name}.rq")
    bound = {ox.Variable("space"): ox.Literal(base_iri + "id/")} if "?space" in text else None
    solutions = store.query(text, substitutions=bound)  # type: ignore[arg-type]
    assert isinstance(solutions, ox.QuerySolutions)  # the VoID queries are SELECTs
    return list(solutions)


def statistics(store: ox.Store, base_iri: str) -> dict:
    """The dataset's statistics, counted: what ``describe`` reads from the manifest."""
    totals = _rows(store, "totals", base_iri)[0]
    return {"subjects": int(totals["subjects"].value), "objects": int(totals["objects"].value),
            "entities": sum(int(row["entities"].value) for row in _rows(store, "entities", base_iri)),
            "classes": {row["class"].value: int(row["entities"].value) for row in _rows(store, "classes", base_iri)},
            "properties": {row["property"].value: int(row["triples"].value)
                           for row in _rows(store, "properties", base_iri)}}


def updated(previous: dict, before: ox.Store, after: ox.Store, delta: Delta, base_iri: str) -> dict:
    """``previous`` (the statistics of ``before``) made those of ``after``, whose default graph is
    ``before``'s with ``delta``. A triple is counted once in the default graph, so a class's entities
    are its rdf:type triples; a subject or object counts when some triple still has it."""
    found = {**previous, "classes": Counter(previous["classes"]), "properties": Counter(previous["properties"])}
    for triples, sign in ((delta.added, 1), (delta.removed, -1)):
        for t in triples:
            found["properties"][t.predicate.value] += sign
            if t.predicate.value == str(RDF.type) and isinstance(t.object, ox.NamedNode):
                found["classes"][t.object.value] += sign
    changed = delta.added | delta.removed
    space = base_iri + "id/"
    for s in {t.subject for t in changed}:
        gain = _has(after, s, None) - _has(before, s, None)
        found["subjects"] += gain
        if isinstance(s, ox.NamedNode) and s.value.startswith(space):
            found["entities"] += gain
    for o in {t.object for t in changed}:
        found["objects"] += _has(after, None, o) - _has(before, None, o)
    for key in ("classes", "properties"):
        found[key] = {k: n for k, n in sorted(found[key].items()) if n > 0}
    return found


def _has(store: ox.Store, subject: ox.NamedNode | ox.BlankNode | ox.Triple | None, obj: object) -> int:
    quads = store.quads_for_pattern(subject, None, obj, ox.DefaultGraph())  # type: ignore[arg-type]
    return 1 if next(iter(quads), None) is not None else 0


def describe(store: ox.Store, manifest: dict, base_iri: str) -> Graph:
    """VoID for ``store``; ``manifest`` gives the version, build time, graph sizes and statistics."""
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
    stats = manifest["statistics"]
    g.add((ds, VOID.distinctSubjects, Literal(stats["subjects"])))
    g.add((ds, VOID.distinctObjects, Literal(stats["objects"])))
    g.add((ds, VOID.entities, Literal(stats["entities"])))
    g.add((ds, VOID.classes, Literal(len(stats["classes"]))))
    g.add((ds, VOID.properties, Literal(len(stats["properties"]))))
    for cls, n in sorted(stats["classes"].items(), key=lambda kv: (-kv[1], kv[0])):
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n)))
    for prop, n in sorted(stats["properties"].items(), key=lambda kv: (-kv[1], kv[0])):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n)))
    for name, size in graphs.items():
        subset = URIRef(name)
        g.add((ds, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, RDF.type, SD.NamedGraph))
        g.add((subset, SD.name, subset))
        g.add((subset, VOID.triples, Literal(size)))
    for row in _rows(store, "examples", base_iri):
        g.add((ds, VOID.exampleResource, URIRef(row["entity"].value)))
    return g


def write(store: ox.Store, manifest: dict, base_iri: str, path: Path) -> None:
    describe(store, manifest, base_iri).serialize(path, format="turtle", encoding="utf-8")
