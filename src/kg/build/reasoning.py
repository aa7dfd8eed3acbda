"""Materialisation: the domain shortcuts (SPARQL rules in ``queries/rules/``) and the OWL 2 RL
closure (the ``reasonable`` reasoner), returned as the triples that were not already asserted."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
import reasonable
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.plugins.serializers.nt import _nt_row  # the N-Triples serializer's own row: the same bytes

# Axiomatic triples about the languages themselves are noise for users of the graph.
_LANGUAGE = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD))


def apply_rules(data: bytes, rules_dir: Path) -> bytes:
    """Run every CONSTRUCT rule of ``rules_dir`` over ``data`` (N-Triples); return what they construct."""
    store = ox.Store()
    store.bulk_load(data, ox.RdfFormat.N_TRIPLES)
    derived = []
    for rule in sorted(rules_dir.glob("*.rq")):
        constructed = store.query(rule.read_text(encoding="utf-8"))
        assert isinstance(constructed, ox.QueryTriples)  # the rules are CONSTRUCTs
        derived.append(ox.serialize(constructed, format=ox.RdfFormat.N_TRIPLES) or b"")
    return b"".join(derived)


def materialise(asserted: bytes, ontology: bytes, rules_dir: Path) -> bytes:
    """What ``asserted`` + ``ontology`` (N-Triples) entail, rules first, then OWL 2 RL, that neither
    states (N-Triples, sorted). Parsing and reasoning are the reasoner's and Oxigraph's own: no triple
    passes through rdflib but what the reasoner hands back, and only what it inferred is written."""
    data = ontology + b"\n" + asserted
    derived = apply_rules(data, rules_dir)
    reasoner = reasonable.PyReasoner()
    with tempfile.NamedTemporaryFile(suffix=".ttl") as file:  # N-Triples is Turtle; the reasoner reads .ttl files
        file.write(data + b"\n" + derived)
        file.flush()
        reasoner.load_file(file.name)
    # what is stated, by Oxigraph's parse (the reasoner's own list of it costs an rdflib term per term)
    stated = {_key(t.subject.value, t.predicate.value, t.object) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
              if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)}
    rows = set()
    for s, p, o in reasoner.reason():
        if isinstance(s, BNode) or isinstance(o, BNode):
            continue  # the ontology's anonymous class expressions and lists: nothing a user asks about
        if str(s).startswith(_LANGUAGE) or (p == OWL.sameAs and s == o):
            continue
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))  # the reasoner types plain strings; RDF 1.1 says they are the same literal
        if (str(s), str(p), _literal_key(o) if isinstance(o, Literal) else str(o)) in stated:
            continue
        rows.add(_nt_row((s, p, o)))
    return "".join(sorted(rows)).encode()  # sorted: the same closure, the same bytes, as ntriples.canonical


def _key(subject: str, predicate: str, obj) -> tuple:
    if isinstance(obj, ox.Literal):
        language = obj.language
        return subject, predicate, (obj.value, None if language or obj.datatype.value == str(XSD.string)
                                    else obj.datatype.value, language)
    return subject, predicate, obj.value


def _literal_key(o: Literal) -> tuple:
    return str(o), None if o.language or o.datatype in (None, XSD.string) else str(o.datatype), o.language


def link_properties(ontology: Graph) -> set[URIRef]:
    """The transitive properties, their inverses and every property below them: the triples by
    which two documents' statements may entail something neither does alone (A part of B in one,
    B part of C in the other)."""
    found = set(ontology.subjects(RDF.type, OWL.TransitiveProperty))
    while True:
        more = {s for p in found for s in ontology.subjects(RDFS.subPropertyOf, p)}
        more |= {o for p in found for o in ontology.objects(p, OWL.inverseOf)}
        more |= {s for p in found for s in ontology.subjects(OWL.inverseOf, p)}
        if more <= found:
            return {p for p in found if isinstance(p, URIRef)}
        found |= more
