"""Loading the Oxigraph store of a build: from scratch, or from the previous build's store by
changing only the named graphs whose content changed.

Each named graph comes as N-Triples chunks (its content) and its description (PROV: generated
when, by which build). The content's digest goes into the manifest; the next build compares. When
the previous build's store is there and some graphs are unchanged, the new store starts as a
checkpoint of the previous one (hard links: no copy) and each changed graph gets what it gained and
loses what it lost, in itself and in the default graph (their merge: a triple leaves it only when
no named graph holds it any more); what the default graph gained and lost is returned, so that the
statistics of the dataset follow without counting it anew (``kg.build.void``). A graph with blank nodes is never diffed (a blank node has no
identity across two parses); its change means a load from scratch, as does the first build.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store

_BLANK = re.compile(rb"_:[A-Za-z0-9]+")
# What a graph's description says of the build that made it, and nothing else does: new at every build.
_PER_BUILD = ("http://www.w3.org/ns/prov#generatedAtTime", "http://www.w3.org/2002/07/owl#versionInfo")


def digests(graphs: Iterable[tuple[str, list[bytes]]]) -> dict[str, str]:
    """The digest of each named graph's content (its canonical N-Triples chunks, in order; blank nodes'
    labels, new at every parse, left out)."""
    found = {}
    for name, chunks in graphs:
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(hashlib.sha256(_BLANK.sub(b"_:", chunk) if b"_:" in chunk else chunk).digest())
        found[name] = digest.hexdigest()
    return found


@dataclass
class Delta:
    """What the default graph (the merge) gained and lost from the previous store to the new one."""
    added: set[ox.Triple]
    removed: set[ox.Triple]


def load(path: Path, graphs: list[tuple[str, list[bytes]]], about: dict[str, bytes], new: dict[str, str],
         previous: tuple[Path, dict[str, str]] | None) -> tuple[ox.Store, str, Delta | None]:
    """The store at ``path``, how it was made ("from scratch", or how many graphs changed), and when
    made from the previous store, what its default graph gained and lost. ``new``: the graphs'
    digests (``digests``); ``previous``: the previous build's store and its graphs' digests."""
    old = previous[1] if previous else {}
    changed = sorted(name for name in {*new, *old} if new.get(name) != old.get(name))
    content = dict(graphs)
    if previous is None or not previous[0].is_dir() or len(changed) == len(new) \
            or any(b"_:" in chunk for name in changed for chunk in content.get(name, [])):
        oxi = store.create(path, [(name, [*chunks, about[name]]) for name, chunks in graphs])
        return oxi, "from scratch", None
    store.open_read_only(previous[0]).backup(str(path))
    oxi = ox.Store(str(path))
    changes = []
    for name in sorted({*new, *old}):
        graph = ox.NamedNode(name)
        if name in changed:
            now = _triples([*content.get(name, []), about.get(name, b"")])
            was = {q.triple for q in oxi.quads_for_pattern(None, None, None, graph)}
        else:  # the same content: only what its description says of this build is new (a graph may say more of itself)
            now = {t for t in _triples([about[name]]) if t.predicate.value in _PER_BUILD}
            was = {q.triple for p in _PER_BUILD for q in oxi.quads_for_pattern(graph, ox.NamedNode(p), None, graph)}
        changes.append((graph, now - was, was - now))
    touched = {t for _, added, removed in changes for t in (*added, *removed)}
    before = {t for t in touched if _merged(oxi, t)}
    for graph, added, removed in changes:
        _apply(oxi, graph, added, removed)
    after = {t for t in touched if _merged(oxi, t)}
    return oxi, f"{len(changed)} of {len(new)} graphs changed", Delta(after - before, before - after)


def _triples(chunks: list[bytes]) -> set[ox.Triple]:
    staged = ox.Store()  # in memory: terms come back as the store keeps them (it reads xsd:nonNegativeInteger as xsd:integer)
    for chunk in chunks:
        staged.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
    return {q.triple for q in staged}


def _merged(oxi: ox.Store, t: ox.Triple) -> bool:
    return ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) in oxi


def _apply(oxi: ox.Store, graph: ox.NamedNode, added: set[ox.Triple], removed: set[ox.Triple]) -> None:
    """``graph`` gains ``added`` and loses ``removed``, and the default graph follows: a triple leaves
    it only when no named graph holds it any more."""
    for t in removed:
        oxi.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
        if not any(isinstance(q.graph_name, ox.NamedNode) for q in oxi.quads_for_pattern(t.subject, t.predicate, t.object)):
            oxi.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    oxi.extend([ox.Quad(t.subject, t.predicate, t.object, g) for t in added for g in (graph, ox.DefaultGraph())])
