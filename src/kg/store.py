"""The Oxigraph store: built in a directory of its own, then opened read-only for serving."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def create(path: Path, dataset: Dataset) -> ox.Store:
    """A new on-disk store at ``path`` holding every named graph of ``dataset``."""
    store = ox.Store(str(path))
    store.bulk_load(dataset.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    store.optimize()
    return store


def open_read_only(path: Path) -> ox.Store:
    return ox.Store.read_only(str(path))


def graph_sizes(store: ox.Store) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    return {row["g"].value: int(row["n"].value) for row in store.query(query)}


def export(store: ox.Store, output, fmt: str) -> None:
    store.dump(output, FORMATS[fmt])
