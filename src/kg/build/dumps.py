"""Downloadable dumps, written once per build beside the store (``builds/<v>/dumps/``), and
published for good under ``dumps/<v>/`` with what the build changed (``kg.store``'s layout).

The dataset as gzipped TriG and N-Quads (every named graph; the default graph is their merge, so
it is not repeated) and the ontology as Turtle and RDF/XML. ``dumps.json`` lists them with sizes
and counts; ``changes.json`` the entities and facts the build added and removed compared to the
build before it. The server only reads what the build wrote.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg import store
from kg.namespaces import bind_prefixes


def write(oxi: ox.Store, ontology: Graph, directory: Path, version: str, built: str | None,
          graphs: dict[str, str], members: Path, sizes: dict[str, int]) -> list[dict]:
    """Write every dump into ``directory`` and return their index (also saved as ``dumps.json``).

    A dataset dump is one gzip member per named graph's content and one for its description (a
    gzip file may hold several members: readers see their concatenation). ``graphs`` gives each
    graph's digest of its content: its member is kept under it in the ``members`` folder and reused
    by the next build while the graph is unchanged. ``sizes``: each graph's number of quads."""
    directory.mkdir(parents=True, exist_ok=True)
    formats = store.DATASET_DUMPS
    kept = {fmt: members / fmt for fmt, _, _ in formats.values()}
    for folder in kept.values():
        folder.mkdir(parents=True, exist_ok=True)
    used: set[Path] = set()
    with ExitStack() as stack:
        outs = {name: stack.enter_context(open(directory / name, "wb")) for name in formats}
        for graph in sorted(graphs):
            node = ox.NamedNode(graph)
            content: list[ox.Quad] | None = None  # read from the store once for every format, and only when needed
            for name, (fmt, _, _) in formats.items():
                cached = kept[fmt] / f"{graphs[graph]}.gz"
                if not cached.is_file():
                    if content is None:
                        content = [q for q in oxi.quads_for_pattern(None, None, None, node) if q.subject != node]
                    cached.write_bytes(_member(content, fmt))
                used.add(cached)
                outs[name].write(cached.read_bytes())
                outs[name].write(_member(oxi.quads_for_pattern(node, None, None, node), fmt))  # its description
    for folder in kept.values():
        for old in folder.glob("*.gz"):
            if old not in used:
                old.unlink(missing_ok=True)
    entries = [_entry(directory / name, media_type, title, sum(sizes.values()), "gzip")
               for name, (_, media_type, title) in formats.items()]
    ontology = bind_prefixes(ontology)
    for name, (fmt, media_type, title) in store.ONTOLOGY_DUMPS.items():
        ontology.serialize(directory / name, format=fmt, encoding="utf-8")
        entries.append(_entry(directory / name, media_type, title, len(ontology), None))
    (directory / store.DUMPS_INDEX).write_text(json.dumps({"version": version, "built": built, "files": entries}, indent=2))
    return entries


def _member(quads, fmt: str) -> bytes:
    """One gzip member of ``quads`` in ``fmt`` (level 6, not 9: nearly the same size in a third of the
    time; mtime 0: the same quads give the same bytes)."""
    return gzip.compress(ox.serialize(quads, format=store.FORMATS[fmt]) or b"", compresslevel=6, mtime=0)


def _entry(path: Path, media_type: str, title: str, statements: int, encoding: str | None) -> dict:
    return {"file": path.name, "media_type": media_type, "encoding": encoding, "title": title,
            "bytes": path.stat().st_size, "statements": statements}



# --- what a build changed ------------------------------------------------------------------------

FACT_KINDS = {"https://w3id.org/mgkg/ontology#Funding": "funding tie",
              "https://w3id.org/mgkg/ontology#Participation": "participation",
              "https://w3id.org/mgkg/ontology#PostHolding": "post holding",
              "http://www.w3.org/ns/org#Membership": "membership"}
_ENTITIES = """SELECT DISTINCT ?iri ?label WHERE {
  GRAPH <%(base)sgraph/entities> { ?iri a ?type }
  FILTER(STRSTARTS(STR(?iri), "%(base)sid/"))
  OPTIONAL { ?iri <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }
}"""
_TYPES = " ".join(f"<{t}>" for t in FACT_KINDS)
_FACTS = "SELECT DISTINCT ?iri ?type WHERE { ?iri a ?type VALUES ?type { " + _TYPES + " } }"


def contents(oxi: ox.Store, base_iri: str) -> tuple[dict[str, str], dict[str, str]]:
    """The entities of a store (IRI → label, English first) and its facts (IRI → kind)."""
    entities: dict[str, dict[str, str]] = {}
    solutions = oxi.query(_ENTITIES % {"base": base_iri})  # the configured base: an IRI, no quotes
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        labels = entities.setdefault(row["iri"].value, {})
        label = row["label"]
        if isinstance(label, ox.Literal):
            labels.setdefault(label.language or "", label.value)
    facts: dict[str, str] = {}
    solutions = oxi.query(_FACTS)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        facts.setdefault(row["iri"].value, FACT_KINDS[row["type"].value])
    named = {iri: next((ls[k] for k in ("en", "", "fr", "ar") if k in ls), next(iter(ls.values()), ""))
             for iri, ls in entities.items() if iri not in facts}
    return named, facts


def changes(new: ox.Store, old: ox.Store | None, base_iri: str) -> dict[str, Any]:
    """What ``new`` added and removed compared to ``old`` (no ``old``: the first build adds all)."""
    new_entities, new_facts = contents(new, base_iri)
    old_entities, old_facts = contents(old, base_iri) if old is not None else ({}, {})

    def diff(a_entities: dict[str, str], a_facts: dict[str, str],
             b_entities: dict[str, str], b_facts: dict[str, str]) -> dict[str, list[dict[str, str]]]:
        return {"entities": [{"iri": i, "label": a_entities[i]} for i in sorted(a_entities.keys() - b_entities.keys())],
                "facts": [{"iri": i, "kind": a_facts[i]} for i in sorted(a_facts.keys() - b_facts.keys())]}

    return {"added": diff(new_entities, new_facts, old_entities, old_facts),
            "removed": diff(old_entities, old_facts, new_entities, new_facts)}


def stage(build_dumps: Path, staging: Path, record: dict[str, Any]) -> None:
    """The folder to publish as ``dumps/<version>/``: the build's dump files (hard links: they
    never change once written) and ``changes.json``."""
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(build_dumps, staging, copy_function=_link)
    (staging / store.CHANGES).write_text(json.dumps(record, indent=1, ensure_ascii=False))


def publish(staging: Path, target: Path) -> bool:
    """Move ``staging`` to ``target`` unless a build of this version was published already (its
    dumps stay as first published); whether it moved."""
    try:
        staging.rename(target)
    except OSError:
        if not target.is_dir():
            raise
        shutil.rmtree(staging, ignore_errors=True)
        return False
    return True


def _link(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)
