"""The single source of prefixes: Turtle output, SPARQL PREFIX headers, JSON-LD @context."""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

# The ontology and its vocabularies have fixed IRIs; the data's base is KG_BASE_IRI (same by default).
TERMS_ROOT = "https://w3id.org/mgkg/"
ONTOLOGY_IRI = TERMS_ROOT + "ontology"
MG = Namespace(ONTOLOGY_IRI + "#")
VOCAB = TERMS_ROOT + "vocab/"
THEME = Namespace(VOCAB + "theme/")
ROLE = Namespace(VOCAB + "role/")
POST = Namespace(VOCAB + "post/")
GENRE = Namespace(VOCAB + "genre/")
OA = Namespace("http://www.w3.org/ns/oa#")
VANN = Namespace("http://purl.org/vocab/vann/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

# The dataset's title, as VoID and the service description give it.
DATASET_TITLE = {"en": "Migration Governance Knowledge Graph", "ar": "مخطط معرفي لحوكمة الهجرة",
                 "fr": "Graphe de connaissances sur la gouvernance des migrations"}


def dataset_iri(base_iri: str) -> URIRef:
    return URIRef(base_iri + "dataset")

PREFIXES: dict[str, str] = {
    "mg": str(MG),
    "theme": str(THEME),
    "role": str(ROLE),
    "post": str(POST),
    "genre": str(GENRE),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "oa": str(OA),
    "sh": str(SH),
    "schema": str(SCHEMA),
    "wd": str(WD),
}

# Namespaces whose terms need no declaration in our ontology: the languages themselves.
BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD), str(SH))


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def compact(iri: str) -> str:
    """``mg:Funding`` for ``https://w3id.org/mgkg/ontology#Funding``; an IRI of no known namespace as it is."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def jsonld_context(ontology: Graph) -> dict:
    """The published JSON-LD ``@context``: our prefixes, and every term of our ontology by its
    local name (``"funder"`` for ``mg:funder``), object properties typed ``@id`` so that their
    values read as plain IRIs."""
    context: dict = {"@version": 1.1, **PREFIXES}
    for kind, coerce in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False),
                         (OWL.AnnotationProperty, False), (OWL.Class, False)):
        for term in sorted(t for t in ontology.subjects(RDF.type, kind) if isinstance(t, URIRef)):
            if term.startswith(str(MG)):
                name = term[len(str(MG)):]
                context[name] = {"@id": f"mg:{name}", "@type": "@id"} if coerce else f"mg:{name}"
    return context
