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
    dumps/<version>/                 the dumps of every build, kept when the build itself is pruned:
                                     the files of builds/<version>/dumps/ (hard links), dumps.json,
                                     and changes.json (what the build added and removed)

``kg build`` writes ``dumps/<version>/`` once, atomically (a staging folder renamed into place),
and never deletes it: a version a reader cited stays downloadable at ``/dumps/<version>/``. A
version names its inputs, so a rebuild of inputs published before (forced, or a return to
earlier data) keeps the dumps and changes.json first published under that version.

Every triple lives in the named graph of the document (or build step) it came from. The store's
default graph holds the RDF merge of all of them — each distinct triple once — so that a query
without ``GRAPH`` or ``FROM`` sees all the data with set semantics (a per-query union over the
named graphs would count a triple stated by two documents twice), and so that any SPARQL server
opening this store answers exactly as we do.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from kg.config import Config

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
# The dumps a build writes (file name → rdflib/oxigraph format, media type, title), listed in DUMPS_INDEX.
DATASET_DUMPS = {"mgkg.trig.gz": ("trig", "application/trig", "the whole dataset, one named graph per source"),
                 "mgkg.nq.gz": ("nquads", "application/n-quads", "the whole dataset as N-Quads")}
ONTOLOGY_DUMPS = {"ontology.ttl": ("turtle", "text/turtle", "the ontology and its vocabularies"),
                  "ontology.rdf": ("xml", "application/rdf+xml", "the ontology and its vocabularies, RDF/XML")}
DUMPS_INDEX = "dumps.json"
CHANGES = "changes.json"  # beside dumps.json in dumps/<version>/
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
TITLE = "Migration Governance Knowledge Graph"
# A version's name as the build gives it (an input hash; ``<hash>.<n>`` for a forced rebuild).
VERSION_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.-]{0,63}")


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


def dumps_index(directory: Path) -> dict[str, Any] | None:
    """The dumps in ``directory`` (``dumps/<version>/`` or a build's ``dumps/``) with their sizes
    and counts, as the build listed them."""
    path = directory / DUMPS_INDEX
    return json.loads(path.read_text()) if path.is_file() else None


# --- versions: the dumps and changes of every build ----------------------------------------------

def dumps_root(config: Config) -> Path:
    return config.var_dir / "dumps"


def version_iri(base_iri: str, version: str) -> str:
    """The IRI of one version of the dataset (``<base>dataset`` is the dataset itself)."""
    return f"{base_iri}dataset/{version}"


def citation(base_iri: str, version: str) -> str:
    """How to cite a version: title, version, its IRI, the licence."""
    return f"{TITLE}, version {version}, {version_iri(base_iri, version)}, {LICENCE_NAME}"


def version_dir(config: Config, version: str) -> Path | None:
    """``dumps/<version>/`` when ``version`` is one the builds published, else None: only names
    found in the folder are reachable (nothing like ``..`` or a staging folder)."""
    root = dumps_root(config)
    if not VERSION_NAME.fullmatch(version) or not root.is_dir():
        return None
    found = next((p for p in root.iterdir() if p.name == version), None)
    return found if found is not None and (found / DUMPS_INDEX).is_file() else None


def versions(config: Config) -> list[dict[str, Any]]:
    """Every published version's dumps index (``version``, ``built``, ``files``), newest first."""
    root = dumps_root(config)
    found = []
    for directory in (root.iterdir() if root.is_dir() else ()):
        index = dumps_index(directory) if VERSION_NAME.fullmatch(directory.name) else None
        if index is not None:
            found.append({**index, "version": directory.name})
    return sorted(found, key=lambda v: (v.get("built") or "", v["version"]), reverse=True)


def read_changes(config: Config, version: str) -> dict[str, Any] | None:
    directory = version_dir(config, version)
    path = directory / CHANGES if directory else None
    return json.loads(path.read_text()) if path is not None and path.is_file() else None


def current_dumps(config: Config, build_dir: Path) -> Path | None:
    """Where the dumps of the build in ``build_dir`` are read from: its published
    ``dumps/<version>/``, else (a build made before versions were kept) its own ``dumps/``."""
    version = (read_manifest(build_dir) or {}).get("version", "")
    published = version_dir(config, version) if version else None
    if published is not None:
        return published
    own = build_dir / "dumps"
    return own if (own / DUMPS_INDEX).is_file() else None


# --- the store -----------------------------------------------------------------------------------


def create(path: Path, graphs: Iterable[tuple[str, Iterable[bytes]]]) -> ox.Store:
    """A new on-disk store at ``path`` holding each named graph (its IRI, its N-Triples in chunks);
    the default graph is their merge. One pass of Oxigraph's bulk loader over an N-Quads stream made
    as it is read: each chunk as it is (the default graph), then with its graph's name on every line."""
    def stream() -> Iterator[bytes]:
        for name, chunks in graphs:
            suffix = f" <{name}> .\n".encode()
            for chunk in chunks:
                if chunk and not chunk.endswith(b"\n"):
                    chunk += b"\n"
                yield chunk
                # a line of N-Triples ends with " ." and a newline, which no term may hold unescaped
                yield chunk.replace(b" .\n", suffix)
    store = ox.Store(str(path))
    store.bulk_load(cast(IO[bytes], _Reader(stream())), ox.RdfFormat.N_QUADS)  # a binary file, though not nominally IO
    store.optimize()
    return store


class _Reader(io.RawIOBase):
    """A binary file reading from an iterator of byte strings."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.rest = chunks, memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.rest:
            try:
                self.rest = memoryview(next(self.chunks))
            except StopIteration:
                return 0
        n = min(len(buffer), len(self.rest))
        buffer[:n] = self.rest[:n]
        self.rest = self.rest[n:]  # a view: no copy of what is left
        return n


IN_MEMORY_FACTOR = 4     # a store held in memory takes about four times its size on disk (measured: kg bench sparql --scale)


def size_on_disk(path: Path) -> int:
    """Bytes of the files of an on-disk store."""
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


@dataclass(frozen=True)
class Placement:
    """Where the query workers and the HTTP processes read the store from: each its own copy in
    memory, or the on-disk store, shared through the OS page cache."""

    workers_in_memory: bool
    inline_in_memory: bool

    def describe(self) -> str:
        workers = "each query worker holds the store in memory" if self.workers_in_memory else \
            "the query workers share the on-disk store"
        inline = "each HTTP process holds a copy for cheap requests" if self.inline_in_memory else \
            "the HTTP processes answer cheap requests from the on-disk store"
        return f"{workers}; {inline}"


def placement(path: Path, config: Config) -> Placement:
    """Copies of the store within ``KG_MEMORY_MB`` (0: no budget). The query workers copy it only up
    to ``KG_WORKER_COPY_MB`` on disk: past that, copies compete for the CPU's caches, and measured on
    one core at a million triples (213 MB on disk) four workers' copies answered an aggregate at 79
    requests/s where the shared on-disk store answered 294, in 2.5 GB instead of 0.5. The HTTP
    process's own copy (``KG_INLINE_MS``) answers only cheap requests (a description: 0.1 ms in
    memory, 0.4 ms on disk), so it is made whenever it fits what the workers leave."""
    on_disk = size_on_disk(path)
    size = on_disk * IN_MEMORY_FACTOR
    budget = config.memory_mb * 2**20 if config.memory_mb else float("inf")
    workers = on_disk <= config.worker_copy_mb * 2**20 and size * config.http_workers * (config.query_workers + 1) <= budget
    used = size * config.http_workers * (config.query_workers + 1) if workers else 0
    inline = config.inline_ms > 0 and used + size * config.http_workers <= budget
    return Placement(workers, inline)


def open_read_only(path: Path) -> ox.Store:
    return ox.Store.read_only(str(path))


def graph_sizes(store: ox.Store, names: Iterable[str] | None = None) -> dict[str, int]:
    """The triples of every named graph, or of those of ``names`` (an absent one has none)."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    if names is None:
        solutions = store.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        return {row["g"].value: int(row["n"].value) for row in solutions}
    found = {}
    for name in names:
        solutions = store.query(query, substitutions={ox.Variable("g"): ox.NamedNode(name)})
        assert isinstance(solutions, ox.QuerySolutions)
        found[name] = sum(int(row["n"].value) for row in solutions)
    return found


def default_graph_size(store: ox.Store) -> int:
    solutions = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # counted by Oxigraph, not by Python
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))["n"].value)


def named_quads(store: ox.Store) -> Iterator[ox.Quad]:
    return (q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))


def export(store: ox.Store, output: IO[bytes], fmt: str) -> None:
    """The named graphs (the default graph is derived from them, so dumps carry it once)."""
    ox.serialize(named_quads(store), output, FORMATS[fmt])
