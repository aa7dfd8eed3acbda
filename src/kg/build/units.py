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

import functools
import hashlib
import json
import multiprocessing
import os
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS
from rdflib.term import Node

from kg.build import loading, ontology, reasoning
from kg.build.curation import Curation
from kg.build.validate import Report, Violation, validate
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
    in_dataset = cur.load_unit(source_id)
    # a graph of its own: looking into one context of a dataset of a thousand is slow in rdflib
    g = Graph()
    g += in_dataset
    cur.dataset.remove_graph(in_dataset)
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

    def load(self, source_id: str) -> Unit | None:
        unit = _read(self.folder / f"{source_id}.pickle")
        return unit if isinstance(unit, Unit) else None

    def put(self, unit: Unit) -> None:
        _write(self.folder / f"{unit.source}.pickle", unit)

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
    them), and what the changes touched (the registry entities and nodes that changed or removed
    documents name or describe, before and after the change)."""
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
    touched: set[str] = set()
    for sid in cur.sources:
        inputs = inputs_digest(cur, sid, context)
        unit = cache.load(sid)
        if unit is not None and unit.inputs == inputs and unit.lookups == registry.lookups(unit.refs, unit.words):
            found[sid] = unit
            continue
        todo.append((sid, inputs))
        if unit is not None:
            touched |= {*unit.refs, *unit.subjects}
    progress(f"  {len(found)} of {len(cur.sources)} documents unchanged, {len(todo)} to read")
    violations: list[Violation] = []
    fresh = []
    for n, (sid, unit, problems, errors) in enumerate(_made(cur, registry, context, todo, workers), start=1):
        violations += problems
        cur.errors += errors
        if unit is not None:
            fresh.append(unit)
            found[sid] = unit
            touched |= {*unit.refs, *unit.subjects}
        if n % 100 == 0:
            progress(f"  {n} of {len(todo)} documents read")
    cur.raise_errors()
    if violations:
        raise ValidationError(Report.of(violations).text())
    for gone in cache.others(cur.sources):
        touched |= {*gone.refs, *gone.subjects}
    return Made([found[sid] for sid in cur.sources], fresh, touched)


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


def shared(units: list[Unit], registry: Registry, registry_nt: bytes,
           focus: set[str] | None = None) -> tuple[bytes, set[Node]]:
    """What the documents say of registry entities and of nodes two documents describe, with the
    registry itself: (N-Triples to check them with, those nodes). With ``focus``, only of those
    among them that ``focus`` names (what changed documents touched)."""
    entities = registry.entities if focus is None else {e for e in registry.entities if str(e) in focus}
    chunks = [registry_nt]
    owners: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        for s in unit.subjects:
            owners[s].append(unit)
    twice = {URIRef(s) for s, us in owners.items() if len(us) > 1 and (focus is None or s in focus)} - registry.entities
    if focus is None:
        chunks += [unit.exported for unit in units]
    else:
        wanted = {f"<{e}>".encode() for e in entities}
        chunks += [_lines_about(unit.exported, wanted) for unit in units]
    for unit in {id(u): u for s in twice for u in owners[str(s)]}.values():
        chunks.append(_lines_about(unit.triples, {f"<{s}>".encode() for s in twice if str(s) in unit.subjects}))
    return b"\n".join(chunks), {*entities, *twice}


def _lines_about(chunk: bytes, nodes: set[bytes]) -> bytes:
    """The lines of N-Triples ``chunk`` whose subject is one of ``nodes``, and those about their objects."""
    lines = chunk.splitlines()
    kept = [line for line in lines if line.split(b" ", 1)[0] in nodes]
    further = {line.rsplit(b" ", 1)[0].split(b" ", 2)[2] for line in kept}
    kept += [line for line in lines if line.split(b" ", 1)[0] in further]
    return b"".join(line + b"\n" for line in kept)


def check_registry(units: list[Unit], registry: Registry, context: Context, registry_nt: bytes,
                   focus: set[str] | None = None) -> None:
    """The registry (``registry_nt``, its N-Triples) with what the documents say of its entities."""
    data, nodes = shared(units, registry, registry_nt, focus)
    report = validate(data, context.shapes, context.onto_nt, focus_nodes=sorted(nodes))
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
