"""The Oxigraph store: built in a directory of its own, then opened read-only for serving.

Every triple lives in the named graph of the document (or build step) it came from. The store's
default graph holds the RDF merge of all of them — each distinct triple once — so that a query
without ``GRAPH`` or ``FROM`` sees all the data with set semantics (a per-query union over the
named graphs would count a triple stated by two documents twice), and so that any SPARQL server
opening this store answers exactly as we do.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def create(path: Path, dataset: Dataset) -> ox.Store:
    """A new on-disk store at ``path`` holding every named graph of ``dataset``."""
    store = ox.Store(str(path))
    store.bulk_load(dataset.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    merged = [ox.Quad(q.subject, q.predicate, q.object) for q in named_quads(store)]
    store.bulk_extend(merged)
    store.optimize()
    return store


def open_read_only(path: Path) -> ox.Store:
    return ox.Store.read_only(str(path))


def graph_sizes(store: ox.Store) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    return {row["g"].value: int(row["n"].value) for row in store.query(query)}


def default_graph_size(store: ox.Store) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def named_quads(store: ox.Store):
    return (q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))


def export(store: ox.Store, output, fmt: str) -> None:
    """The named graphs (the default graph is derived from them, so dumps carry it once)."""
    ox.serialize(named_quads(store), output, FORMATS[fmt])
