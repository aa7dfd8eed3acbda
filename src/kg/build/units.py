"""One source document as a unit of the build, made once and cached.

``kg build`` reads, checks and reasons per source document: its named graph (``kg.build.curation``),
checked against the shapes for the nodes it describes (``kg.build.validate``), closed under the rules
and OWL 2 RL (``kg.build.reasoning``), with its search keys. What it needs of the registry is its
*slice*: the registry's and the reference knowledge's triples about the entities the document names,
and about what those lead to (a city's region, that region's country).

Each unit is cached in ``<KG_VAR_DIR>/cache/units/`` with what it was made from: its own inputs (its
entry in ``sources.yaml``, its text, its fact files, the code that makes units (``code_files``), the
ontology and the rules) and what it looked up (its slice, and the registry's names under every word its quotes write, which
decide which names it attests). A unit whose inputs and look-ups are unchanged is reused as it is, so
a change to one document among a thousand re-reads that document only; a new entity re-reads the
documents whose quotes write its name.

What no single document can check or infer is done over the registry with what every document says of
its entities (``kg.build.corpus``); each unit keeps, for every node it names or describes, a digest of
what it says of it (``said``), so that the next build checks again only the nodes a change touched.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS
from rdflib.term import Node

from kg.build import ntriples, ontology, reasoning
from kg.build.curation import Curation
from kg.build.validate import Report, Violation, validate
from kg.errors import ValidationError
from kg.namespaces import BUILTIN_NAMESPACES, MG
from kg.normalize import search_key

CACHE_FORMAT = 3  # bump when what a unit holds changes


@dataclass
class Unit:
    """What one source document adds to the store (N-Triples, to be loaded into its graphs), and what
    the checks across documents (``kg.build.corpus``) need of it."""
    source: str
    graph: str                      # its named graph
    triples: bytes                  # the named graph
    inferred: bytes                 # what the rules and OWL 2 RL add (into graph/inferred)
    keys: bytes                     # its search keys (into graph/search)
    subjects: list[str]             # every subject of its graph (a node two documents describe is shared)
    said: dict[str, str]            # for each node it names or describes: a digest of what it says of it
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
        self.by_object: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
        for name in (cur.entities_graph, cur.reference_graph):
            for triple in cur.graph(name):
                self.by_subject[triple[0]].append(triple)
                self.by_object[triple[2]].append(triple)
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

    def neighbourhood(self, nodes: Iterable[Node]) -> Graph:
        """What checking ``nodes`` reads of the registry: their slice, and what points at them (with its
        type: a shape may follow a property backwards and ask the class of what it finds)."""
        nodes = list(nodes)
        g = self.slice(nodes)
        for node in nodes:
            for triple in self._pointing(node):
                g.add(triple)
        return g

    def _pointing(self, node: Node) -> list[tuple[Node, Node, Node]]:
        found = []
        for triple in self.by_object.get(node, ()):
            found.append(triple)
            found += [typed for typed in self.by_subject.get(triple[0], ()) if typed[1] == RDF.type]
        return found

    @functools.cache  # noqa: B019 - one registry per build: its cache lives as long as it does
    def checked(self, entity: str) -> str:
        """A digest of what checking ``entity`` reads of the registry (``neighbourhood``)."""
        digest = hashlib.sha256(self._entity(entity))
        for s, p, o in sorted(set(self._pointing(URIRef(entity)))):
            digest.update(f"{s.n3()} {p.n3()} {o.n3()}\n".encode())
        return digest.hexdigest()

    def lookups(self, refs: Iterable[str], words: Iterable[str]) -> str:
        """A digest of everything a unit looked up: its slice, and the names under its quotes' words
        (each entity's and each word's part computed once per build, however many units share it)."""
        digest = hashlib.sha256()
        for ref in sorted(refs):
            digest.update(self._entity(ref))
        for word in sorted(words):
            digest.update(self._word(word))
        return digest.hexdigest()

    @functools.cache  # noqa: B019 - one registry per build: its cache lives as long as it does
    def _entity(self, ref: str) -> bytes:
        found = hashlib.sha256(ref.encode())
        for s, p, o in self.reach([URIRef(ref)]):
            found.update(f"{s.n3()} {p.n3()} {o.n3()}\n".encode())
        return found.digest()

    @functools.cache  # noqa: B019 - one registry per build: its cache lives as long as it does
    def _word(self, word: str) -> bytes:
        found = hashlib.sha256(word.encode())
        for name, bearers in sorted(self.cur.names.get(word, {}).items()):
            found.update(f"\t{name}\t{sorted(str(e) + ' ' + str(p) for e, p, _ in bearers)}\n".encode())
        return found.digest()


def code_files() -> list[Path]:
    """The source of every module a unit's content depends on: a change to one of them remakes every unit."""
    names = ("kg.errors", "kg.namespaces", "kg.normalize", "kg.build.curation", "kg.build.ntriples",
             "kg.build.ontology", "kg.build.reasoning", "kg.build.validate", __name__)  # all imported above
    modules = [sys.modules[name] for name in names]
    return sorted(Path(m.__file__) for m in modules if m.__file__)


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
    del cur.graphs[cur.sources[source_id].graph]  # the unit holds it from now on
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
                subjects=sorted(str(s) for s in subjects), said=said(triples, {*map(str, refs), *map(str, subjects)}),
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


def said(triples: bytes, nodes: Iterable[str]) -> dict[str, str]:
    """For each of ``nodes``: a digest of what ``triples`` (N-Triples) say of it and of the nodes
    that leads to (an amount, an evidence), and of what points at it (the organization a change event
    changed). Two versions of a document differ on a node whenever the change touched what the
    registry check reads of it (``kg.build.corpus``)."""
    by_subject: dict[bytes, list[bytes]] = defaultdict(list)
    by_object: dict[bytes, list[bytes]] = defaultdict(list)
    for line in triples.splitlines():
        by_subject[ntriples.subject_of(line)].append(line)
        by_object[ntriples.object_of(line)].append(line)
    found = {}
    for node in nodes:
        term = f"<{node}>".encode()
        lines = by_subject.get(term, [])
        further = [more for line in lines for more in by_subject.get(ntriples.object_of(line), [])]
        pointing = by_object.get(term, [])
        pointers = [more for line in pointing for more in by_subject.get(ntriples.subject_of(line), [])
                    if ntriples.predicate_of(more) == ntriples.TYPE]  # what points, by its class
        found[node] = hashlib.sha256(b"\n".join(sorted({*lines, *further, *pointing, *pointers}))).hexdigest()
    return found


def _nt(g: Graph) -> bytes:
    return ntriples.canonical(g)


class Cache:
    """``<folder>/<source id>.pickle``: the last unit made of each document."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def load(self, source_id: str) -> Unit | None:
        found = _read(self.folder / f"{source_id}.pickle")
        # a unit of another format (an older build's) is not one: it may lack what this one reads
        return found[1] if isinstance(found, tuple) and found[0] == CACHE_FORMAT else None

    def put(self, unit: Unit) -> None:
        _write(self.folder / f"{unit.source}.pickle", (CACHE_FORMAT, unit))

    def others(self, keep: Iterable[str]) -> list[Unit]:
        """The documents of the cache not in ``keep`` (removed from the data since)."""
        names = {f"{k}.pickle" for k in keep}
        return [u for path in self.folder.glob("*.pickle") if path.name not in names
                for u in [self.load(path.stem)] if u is not None]

    def keep(self, made: Made) -> None:
        """Once the build checked them: its new units in, the removed documents out."""
        for unit in made.fresh:
            self.put(unit)
        names = {f"{u.source}.pickle" for u in made.units}
        for path in self.folder.glob("*.pickle"):
            if path.name not in names:
                path.unlink(missing_ok=True)

    # What the build remembers of the registry: the last registry checked, its closure and search keys.
    def memo(self) -> dict:
        found = _read(self.folder.parent / "registry.pickle")
        return found if isinstance(found, dict) else {}

    def remember(self, memo: dict) -> None:
        _write(self.folder.parent / "registry.pickle", memo)


def _read(path: Path) -> object:
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None  # none yet, or unreadable: made anew


def _write(path: Path, value: object) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two builds at once never write one file
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)


@dataclass
class Made:
    """The units of a build: all of them, those read anew (to be cached once the build checked
    them), and what the changes touched (the nodes of which a changed, new or removed document says
    something else than before)."""
    units: list[Unit]
    fresh: list[Unit]
    touched: set[str]

    @property
    def read(self) -> int:
        return len(self.fresh)


def make_all(cur: Curation, registry: Registry, context: Context, cache: Cache, workers: int = 1,
             progress: Callable[[str], None] = lambda _: None) -> Made:
    """Every document's unit, from the cache where it holds, else made by ``workers`` processes.
    All problems of all documents are raised together."""
    found: dict[str, Unit] = {}
    todo = []
    before: dict[str, dict[str, str]] = {}  # what the documents to read said before
    for sid in cur.sources:
        inputs = inputs_digest(cur, sid, context)
        unit = cache.load(sid)
        if unit is not None and unit.inputs == inputs and unit.lookups == registry.lookups(unit.refs, unit.words):
            found[sid] = unit
            continue
        todo.append((sid, inputs))
        if unit is not None:
            before[sid] = unit.said
    progress(f"  {len(found)} of {len(cur.sources)} documents unchanged, {len(todo)} to read")
    violations: list[Violation] = []
    fresh = []
    for n, (sid, unit, problems, errors) in enumerate(_made(cur, registry, context, todo, workers), start=1):
        violations += problems
        cur.errors += errors
        if unit is not None:
            fresh.append(unit)
            found[sid] = unit
        if n % 100 == 0:
            progress(f"  {n} of {len(todo)} documents read")
    cur.raise_errors()
    if violations:
        raise ValidationError(Report.of(violations).text())
    # the nodes what a document says of changed: read anew, or gone from the data
    touched = {node for unit in fresh for node in _changed(before.get(unit.source, {}), unit.said)}
    touched |= {node for gone in cache.others(cur.sources) for node in gone.said}
    return Made([found[sid] for sid in cur.sources], fresh, touched)


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {node for node in {*before, *after} if before.get(node) != after.get(node)}


# What the worker processes of ``_made`` work with: set before they fork, so they inherit it.
_WORK: tuple[Curation, Registry, Context] | None = None


def _made(cur: Curation, registry: Registry, context: Context, todo: list[tuple[str, str]], workers: int):
    """(source, unit or None, violations, curation errors) for each of ``todo``, as they are made."""
    global _WORK
    _WORK = (cur, registry, context)
    if workers <= 1 or len(todo) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_make_one, todo)
        return
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


LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, MG.acronym, DCTERMS.title)


def search_keys(*graphs: Graph) -> Graph:
    """``mg:searchKey`` for every label of every named thing (entities, concepts, sources) in
    ``graphs``: the normalized form that search matches against (``kg.normalize``)."""
    keys = Graph()
    for graph in graphs:
        for predicate in LABELS:
            for subject, label in graph.subject_objects(predicate):
                if isinstance(subject, URIRef) and isinstance(label, Literal):
                    keys.add((subject, MG.searchKey, Literal(search_key(str(label)))))
    return keys
