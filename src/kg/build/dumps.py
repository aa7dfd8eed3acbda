"""Downloadable dumps, written once per build beside the store (``builds/<v>/dumps/``).

The dataset as gzipped TriG and N-Quads (every named graph; the default graph is their merge, so
it is not repeated) and the ontology as Turtle and RDF/XML. ``dumps.json`` lists them with sizes
and counts; the server only reads what the build wrote.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox
from rdflib import Graph

from kg import store
from kg.namespaces import bind_prefixes


def write(oxi: ox.Store, ontology: Graph, directory: Path, version: str) -> list[dict]:
    """Write every dump into ``directory`` and return their index (also saved as ``dumps.json``)."""
    directory.mkdir(parents=True, exist_ok=True)
    quads = sum(1 for _ in store.named_quads(oxi))
    entries = []
    for name, (fmt, media_type, title) in store.DATASET_DUMPS.items():
        # mtime=0: the same build gives byte-identical files
        with gzip.GzipFile(directory / name, "wb", mtime=0) as out:
            store.export(oxi, cast(IO[bytes], out), fmt)  # a binary file, though not nominally typing.IO
        entries.append(_entry(directory / name, media_type, title, quads, "gzip"))
    ontology = bind_prefixes(ontology)
    for name, (fmt, media_type, title) in store.ONTOLOGY_DUMPS.items():
        ontology.serialize(directory / name, format=fmt, encoding="utf-8")
        entries.append(_entry(directory / name, media_type, title, len(ontology), None))
    (directory / store.DUMPS_INDEX).write_text(json.dumps({"version": version, "files": entries}, indent=2))
    return entries


def _entry(path: Path, media_type: str, title: str, statements: int, encoding: str | None) -> dict:
    return {"file": path.name, "media_type": media_type, "encoding": encoding, "title": title,
            "bytes": path.stat().st_size, "statements": statements}

