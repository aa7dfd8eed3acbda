"""Materialisation: the domain shortcuts (SPARQL rules in ``queries/rules/``) and the OWL 2 RL
closure (the ``reasonable`` reasoner), returned as the triples that were not already asserted."""

from __future__ import annotations

from pathlib import Path

import reasonable
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

# Axiomatic triples about the languages themselves are noise for users of the graph.
_LANGUAGE = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD))


def apply_rules(graph: Graph, rules_dir: Path) -> Graph:
    """Run every CONSTRUCT rule of ``rules_dir`` over ``graph``; return what they construct."""
    derived = Graph()
    for rule in sorted(rules_dir.glob("*.rq")):
        constructed = graph.query(rule.read_text(encoding="utf-8")).graph
        assert constructed is not None  # the rules are CONSTRUCTs
        for triple in constructed:
            derived.add(triple)
    return derived


def materialise(asserted: Graph, ontology: Graph, rules_dir: Path) -> Graph:
    """The triples entailed by ``asserted`` + ``ontology`` (rules first, then OWL 2 RL) that
    neither of them states."""
    base = asserted + ontology
    base += apply_rules(base, rules_dir)
    reasoner = reasonable.PyReasoner()
    reasoner.from_graph(base)
    inferred = Graph()
    for s, p, o in reasoner.reason():
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))  # the reasoner types plain strings; RDF 1.1 says they are the same literal
        if (s, p, o) in asserted or (s, p, o) in ontology:
            continue
        if isinstance(s, URIRef) and str(s).startswith(_LANGUAGE):
            continue
        if p == OWL.sameAs and s == o:
            continue
        inferred.add((s, p, o))
    return inferred
