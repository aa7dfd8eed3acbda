"""One source document as a unit of the build, made once and cached.

``kg build`` reads, checks and reasons per source document: its named graph (``kg.build.curation``),
checked against the shapes for the nodes it describes (``kg.build.validate``), closed under the rules
and OWL 2 RL (``kg.build.reasoning``), with its search keys. What it needs of the registry is its
*slice*: the registry's and the reference knowledge's triples about the entities the document names,
and about what those lead to (a city's region, that region's country).

Each unit is cached in ``<KG_VAR_DIR>/cache/units/`` with what it was made from: its own inputs (its
entry in ``sources.yaml``, its text, its fact files, the build's code, the ontology and the rules)
and what it looked up (its slice, and the registry's names under every word its quotes write, which
decide which names it attests). A unit whose inputs and look-ups are unchanged is reused as it is, so
a change to one document among a thousand re-reads that document only; a new entity re-reads the
documents whose quotes write its name.

What no single document can check or infer is done over the registry with what every document says of
its entities (``check_registry``): that each is attested somewhere, that two documents do not give one
programme two start dates, and the same for a fact node two documents state (one funding tie quoted
twice).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS
from rdflib.term import Node

from kg.build import loading, ontology, reasoning
from kg.build.curation import Curation
from kg.build.validate import Violation, validate
from kg.errors import ValidationError
from kg.namespaces import BUILTIN_NAMESPACES, MG
from kg.normalize import search_key

CACHE_FORMAT = 2  # bump when what a unit holds changes


@dataclass
class Unit:
    """What one source document adds to the store (N-Triples, to be loaded into its graphs)."""
    source: str
    graph: str                      # its named graph
    triples: bytes                  # the named graph
    inferred: bytes                 # what the rules and OWL 2 RL add (into graph/inferred)
    keys: bytes                     # its search keys (into graph/search)
    subjects: list[str]             # every subject of its graph (a node two documents describe is shared)
    exported: bytes                 # what it says of registry entities, and one step further
    links: bytes                    # its triples by which it and another document may entail more
    facts: int                      # curated facts
    refs: list[str] = field(default_factory=list)    # the registry entities it names
    words: list[str] = field(default_factory=list)   # the words its quotes write
    inputs: str = ""
    lookups: str = ""


@dataclass
class Context:
    """What every unit is made with: the ontology (as a graph and as N-Triples), the shapes, the
    rules, and a digest of all of it and of the build's code."""
    onto: Graph
    shapes: Graph
    rules: Path
    digest: str
    onto_nt: bytes = b""
    links: set[URIRef] = field(default_factory=set)
    declared: set[URIRef] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.onto_nt = _nt(self.onto)
        self.links = reasoning.link_properties(self.onto)
        self.declared = ontology.terms(self.onto)

    def undeclared(self, g: Graph) -> set[URIRef]:
        return {t for t in ontology.used_terms(g) - self.declared if not str(t).startswith(BUILTIN_NAMESPACES)}


class Registry:
    """The registry's and the reference knowledge's triples by subject, to cut each unit's slice."""

    def __init__(self, cur: Curation) -> None:
        self.cur = cur
        self.by_subject: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
        for name in (cur.entities_graph, cur.reference_graph):
            for triple in cur.dataset.graph(name):
                self.by_subject[triple[0]].append(triple)
        self.entities = set(cur.entities.values())

    def reach(self, refs: Iterable[Node]) -> list[tuple[Node, Node, Node]]:
        """The triples about ``refs`` and about every node their objects lead to, in a stable order."""
        seen: set[Node] = set()
        todo = [r for r in refs if r in self.by_subject]
        found = []
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            for triple in self.by_subject.get(node, ()):
                found.append(triple)
                if triple[2] in self.by_subject and triple[2] not in seen:
                    todo.append(triple[2])
        return sorted(found)

    def slice(self, refs: Iterable[Node]) -> Graph:
        g = Graph()
        for triple in self.reach(refs):
            g.add(triple)
        return g

    def lookups(self, refs: Iterable[str], words: Iterable[str]) -> str:
        """A digest of everything a unit looked up: its slice, and the names under its quotes' words."""
        digest = hashlib.sha256()
        for s, p, o in self.reach(URIRef(r) for r in refs):
            digest.update(f"{s.n3()} {p.n3()} {o.n3()}\n".encode())
        for word in sorted(words):
            for name, bearers in sorted(self.cur.names.get(word, {}).items()):
                digest.update(f"{word}\t{name}\t{sorted(str(e) + ' ' + str(p) for e, p, _ in bearers)}\n".encode())
        return digest.hexdigest()


def inputs_digest(cur: Curation, source_id: str, context: Context) -> str:
    """A digest of a unit's own inputs: its source entry, text and fact files, and the context
    (the build's code, the ontology, the rules: whatever every unit depends on)."""
    source = cur.sources[source_id]
    digest = hashlib.sha256(f"{CACHE_FORMAT} {context.digest} {cur.base} {source_id}\n".encode())
    digest.update(json.dumps(cur.source_entries.get(source_id, {}), sort_keys=True, default=str).encode())
    digest.update(source.text.encode())
    for path in cur.fact_files.get(source_id, []):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def make(cur: Curation, registry: Registry, source_id: str, context: Context,
         inputs: str) -> tuple[Unit | None, list[Violation]]:
    """Read, check and close one document; None (and the problems in ``cur.errors`` or the
    violations returned) when it has problems."""
    errors_before = len(cur.errors)
    g = cur.load_unit(source_id)
    if len(cur.errors) > errors_before:
        return None, []
    undeclared = context.undeclared(g)
    if undeclared:
        cur.errors.append(f"{source_id}: terms used but not declared by the ontology: "
                          + ", ".join(sorted(undeclared)))
        return None, []
    subjects = set(g.subjects())
    refs = {n for triple in g for n in (triple[0], triple[2]) if n in registry.entities}
    triples = _nt(g)
    data = triples + _nt(registry.slice(refs))
    # what it alone describes, and rdf:Statement (the shape checking each statement's triple is stated targets it)
    local = [RDF.Statement, *(s for s in subjects if s not in registry.entities)]
    report = validate(data, context.shapes, context.onto_nt, focus_nodes=local)
    if not report.conforms:
        return None, report.violations
    unit = Unit(source=source_id, graph=str(cur.sources[source_id].graph), triples=triples,
                inferred=reasoning.materialise(data, context.onto_nt, context.rules), keys=_nt(search_keys(g)),
                subjects=sorted(str(s) for s in subjects), exported=_nt(_about(g, refs)),
                links=_nt(_links(g, context.links)), facts=cur.fact_counts.get(source_id, 0),
                refs=sorted(str(r) for r in refs), words=sorted(cur.written), inputs=inputs)
    unit.lookups = registry.lookups(unit.refs, unit.words)
    return unit, []


def _links(g: Graph, properties: set[URIRef]) -> Graph:
    out = Graph()
    for p in properties:
        for triple in g.triples((None, p, None)):
            out.add(triple)
    return out


def _about(g: Graph, nodes: set[Node]) -> Graph:
    """What ``g`` says of ``nodes``, and of the nodes it says they lead to (an amount, an evidence)."""
    out = Graph()
    for node in nodes:
        for triple in g.triples((node, None, None)):
            out.add(triple)
            for further in g.triples((triple[2], None, None)):
                out.add(further)
    return out


def _nt(g: Graph) -> bytes:
    return loading.canonical(g)


class Cache:
    """``<folder>/<source id>.pickle``: the last unit made of each document."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def get(self, source_id: str, inputs: str, registry: Registry) -> Unit | None:
        path = self.folder / f"{source_id}.pickle"
        try:
            unit = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None  # none yet, or unreadable: made anew
        if not isinstance(unit, Unit) or unit.inputs != inputs or unit.lookups != registry.lookups(unit.refs, unit.words):
            return None
        return unit

    def put(self, unit: Unit) -> None:
        path = self.folder / f"{unit.source}.pickle"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(unit, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)

    def prune(self, keep: Iterable[str]) -> None:
        names = {f"{k}.pickle" for k in keep}
        for path in self.folder.glob("*.pickle"):
            if path.name not in names:
                path.unlink(missing_ok=True)


def make_all(cur: Curation, registry: Registry, context: Context, cache: Cache, workers: int = 1,
             progress: Callable[[str], None] = lambda _: None) -> tuple[list[Unit], int]:
    """Every document's unit, from the cache where it holds, else made by ``workers`` processes;
    (units, how many were made anew). All problems of all documents are raised together."""
    found: dict[str, Unit] = {}
    todo = []
    for sid in cur.sources:
        inputs = inputs_digest(cur, sid, context)
        unit = cache.get(sid, inputs, registry)
        if unit is None:
            todo.append((sid, inputs))
        else:
            found[sid] = unit
    progress(f"  {len(found)} of {len(cur.sources)} documents unchanged, {len(todo)} to read")
    violations: list[Violation] = []
    for n, (sid, unit, problems, errors) in enumerate(_made(cur, registry, context, todo, workers), start=1):
        violations += problems
        cur.errors += errors
        if unit is not None:
            cache.put(unit)
            found[sid] = unit
        if n % 100 == 0:
            progress(f"  {n} of {len(todo)} documents read")
    cur.raise_errors()
    if violations:
        raise ValidationError(_report(violations))
    cache.prune(cur.sources)
    return [found[sid] for sid in cur.sources], len(todo)


# What the worker processes of ``_made`` work with: set before they fork, so they inherit it.
_WORK: tuple[Curation, Registry, Context] | None = None


def _made(cur: Curation, registry: Registry, context: Context, todo: list[tuple[str, str]], workers: int):
    """(source, unit or None, violations, curation errors) for each of ``todo``, as they are made."""
    global _WORK
    if workers <= 1 or len(todo) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        _WORK = (cur, registry, context)
        yield from map(_make_one, todo)
        return
    _WORK = (cur, registry, context)
    with multiprocessing.get_context("fork").Pool(min(workers, len(todo))) as pool:
        yield from pool.imap_unordered(_make_one, todo, chunksize=4)


def _make_one(job: tuple[str, str]) -> tuple[str, Unit | None, list[Violation], list[str]]:
    assert _WORK is not None
    cur, registry, context = _WORK
    sid, inputs = job
    before = len(cur.errors)
    unit, violations = make(cur, registry, sid, context, inputs)
    errors = cur.errors[before:]
    del cur.errors[before:]
    return sid, unit, violations, errors


def _report(violations: list[Violation]) -> str:
    lines = [f"{len(violations)} violation(s) of the shapes:"] + [f"  - {v}" for v in sorted(set(violations), key=str)]
    return "\n".join(lines)


def shared(units: list[Unit], registry: Registry) -> tuple[bytes, set[Node]]:
    """What the documents say of registry entities and of nodes two documents describe, with the
    registry itself: (N-Triples to check them with, those nodes)."""
    cur = registry.cur
    chunks = [_nt(cur.dataset.graph(cur.entities_graph)), _nt(cur.dataset.graph(cur.reference_graph))]
    chunks += [unit.exported for unit in units]
    owners: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        for s in unit.subjects:
            owners[s].append(unit)
    twice = {URIRef(s) for s, us in owners.items() if len(us) > 1} - registry.entities
    for unit in {id(u): u for s in twice for u in owners[str(s)]}.values():
        g = ox.Store()
        g.bulk_load(unit.triples, ox.RdfFormat.N_TRIPLES)
        nodes = {ox.NamedNode(str(s)) for s in twice if str(s) in unit.subjects}
        about = [q for n in nodes for q in g.quads_for_pattern(n, None, None)]
        about += [q for t in list(about) if isinstance(t.object, ox.NamedNode) for q in g.quads_for_pattern(t.object, None, None)]
        chunks.append(ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in about), format=ox.RdfFormat.N_TRIPLES) or b"")
    return b"\n".join(chunks), {*registry.entities, *twice}


def check_registry(units: list[Unit], registry: Registry, context: Context) -> None:
    data, focus = shared(units, registry)
    report = validate(data, context.shapes, context.onto_nt, focus_nodes=sorted(focus))
    if not report.conforms:
        raise ValidationError(report.text())


def links(units: list[Unit]) -> bytes:
    """Every document's link triples together (``reasoning.link_properties``), for the registry's reasoning."""
    return b"\n".join(unit.links for unit in units)


LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, MG.acronym, DCTERMS.title)


def search_keys(graph: Graph) -> Graph:
    """``mg:searchKey`` for every label of every named thing (entities, concepts, sources): the
    normalized form that search matches against (``kg.normalize``)."""
    keys = Graph()
    for predicate in LABELS:
        for subject, label in graph.subject_objects(predicate):
            if isinstance(subject, URIRef) and isinstance(label, Literal):
                keys.add((subject, MG.searchKey, Literal(search_key(str(label)))))
    return keys
