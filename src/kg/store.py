"""The Oxigraph store and the build directory it lives in: the contract between ``kg build``,
which writes them, and everything that reads them (``kg serve``, ``kg extract``, the CLI).

Layout under ``KG_VAR_DIR``::

    builds/<version>/store/          the Oxigraph store
    builds/<version>/manifest.json   version, counts, timings
    builds/<version>/void.ttl        the VoID description of the dataset
    builds/<version>/dumps/          the dataset and ontology to download, listed in dumps.json
    builds/<version>/ontology.html   the ontology's documentation (pyLODE)
    builds/<version>/context.jsonld  the JSON-LD @context of the linked-data documents
    current -> builds/<version>      what ``kg serve`` opens

Every triple lives in the named graph of the document (or build step) it came from. The store's
default graph holds the RDF merge of all of them — each distinct triple once — so that a query
without ``GRAPH`` or ``FROM`` sees all the data with set semantics (a per-query union over the
named graphs would count a triple stated by two documents twice), and so that any SPARQL server
opening this store answers exactly as we do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset

from kg.config import Config

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
# The dumps a build writes (file name → rdflib/oxigraph format, media type, title), listed in DUMPS_INDEX.
DATASET_DUMPS = {"mgkg.trig.gz": ("trig", "application/trig", "the whole dataset, one named graph per source"),
                 "mgkg.nq.gz": ("nquads", "application/n-quads", "the whole dataset as N-Quads")}
ONTOLOGY_DUMPS = {"ontology.ttl": ("turtle", "text/turtle", "the ontology and its vocabularies"),
                  "ontology.rdf": ("xml", "application/rdf+xml", "the ontology and its vocabularies, RDF/XML")}
DUMPS_INDEX = "dumps.json"


# --- the layout of builds ------------------------------------------------------------------------

def current_dir(config: Config) -> Path:
    return config.var_dir / "current"


def current_store(config: Config) -> Path:
    return current_dir(config) / "store"


def read_manifest(build_dir: Path) -> dict[str, Any] | None:
    manifest = build_dir / "manifest.json"
    return json.loads(manifest.read_text()) if manifest.is_file() else None


def current_manifest(config: Config) -> dict[str, Any] | None:
    return read_manifest(current_dir(config))


def dumps_index(build_dir: Path) -> dict[str, Any] | None:
    """The dumps of a build with their sizes and counts, as the build listed them."""
    path = build_dir / "dumps" / DUMPS_INDEX
    return json.loads(path.read_text()) if path.is_file() else None


# --- the store -----------------------------------------------------------------------------------


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
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return {row["g"].value: int(row["n"].value) for row in solutions}


def default_graph_size(store: ox.Store) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def named_quads(store: ox.Store) -> Iterator[ox.Quad]:
    return (q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))


def export(store: ox.Store, output: IO[bytes], fmt: str) -> None:
    """The named graphs (the default graph is derived from them, so dumps carry it once)."""
    ox.serialize(named_quads(store), output, FORMATS[fmt])
