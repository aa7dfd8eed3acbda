"""A graph of any size with the shape of ours, for ``kg bench … --scale N``.

The built store is copied again and again, each copy under renamed IRIs: every entity, fact,
evidence, source and source graph of copy ``k`` gets ``-k`` after its path (copy 0 keeps the real
IRIs, so the benchmark's lookups of IOM or M4SD still answer), while the ontology, the
vocabularies and the shared graphs (entities, inferred, search) keep theirs. So N triples have
exactly the mix of ours: funders, programmes, funding ties with amounts, events, persons, labels in
Arabic, English and French, evidence quotes, inferred shortcuts. The copies are laid out as a build
under ``DIR/builds/scale-N`` with ``DIR/current`` pointing at it, so ``kg serve`` and the native
server read the same store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg import store

# The paths under the base IRI that name things of one document (renamed per copy).
_RENAMED = ("id/", "evidence/", "source/", "graph/source/", "funding/")
_BATCH = 200_000


def replicate(source: ox.Store, target: Path, triples: int, base_iri: str,
              progress: Callable[[str], None] = lambda _: None) -> Path:
    """``DIR`` (``target``) laid out as a build of about ``triples`` quads copied from ``source``;
    made once: an existing one of the same size is reused. Returns the var dir to serve."""
    build = Path(target) / "builds" / f"scale-{triples}"
    manifest = build / "manifest.json"
    if manifest.is_file():
        return Path(target)
    build.mkdir(parents=True, exist_ok=True)
    quads = list(source)
    # what no copy renames (the ontology, the vocabularies) is stored once: the rest makes the size
    per_copy = sum(1 for q in _renamed(quads, base_iri, 1) if q not in source) or 1
    copies = max(1, 1 + -(-(triples - len(quads)) // per_copy))
    progress(f"copying the built graph ({len(quads):,} quads, {per_copy:,} renamed) {copies} times into {build} …")
    oxi = ox.Store(str(build / "store"))
    batch: list[ox.Quad] = []
    for k in range(copies):
        for quad in quads if k == 0 else _renamed(quads, base_iri, k):
            batch.append(quad)
            if len(batch) >= _BATCH:
                oxi.bulk_extend(batch)
                batch.clear()
        if k % 10 == 9:
            progress(f"  {k + 1} of {copies} copies")
    oxi.bulk_extend(batch)
    oxi.flush()
    oxi.optimize()
    counts = {"version": build.name, "graphs": store.graph_sizes(oxi), "default_graph": store.default_graph_size(oxi),
              "triples": len(oxi), "copies": copies}
    del oxi
    manifest.write_text(json.dumps(counts))
    current = Path(target) / "current"
    if current.is_symlink() or current.exists():
        current.unlink()
    current.symlink_to(build.relative_to(target))
    return Path(target)


def _renamed(quads: list[ox.Quad], base_iri: str, k: int) -> Iterator[ox.Quad]:
    prefixes = tuple(base_iri + p for p in _RENAMED)
    memo: dict[str, ox.NamedNode] = {}

    def term(t):
        if isinstance(t, ox.NamedNode) and t.value.startswith(prefixes):
            n = memo.get(t.value)
            if n is None:
                # the copy's number goes before a fragment (…/fact/3#amount → …/fact/3-7#amount)
                iri, hash_, fragment = t.value.partition("#")
                n = memo[t.value] = ox.NamedNode(f"{iri}-{k}{hash_}{fragment}")
            return n
        if isinstance(t, ox.BlankNode):       # a blank node of one copy is not another copy's
            return ox.BlankNode(f"{t.value}c{k}")
        return t

    for q in quads:
        graph = q.graph_name
        yield ox.Quad(term(q.subject), q.predicate, term(q.object),
                      graph if isinstance(graph, ox.DefaultGraph) else term(graph))
