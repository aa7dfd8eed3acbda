"""``kg build``: curated data → RDF → SHACL → OWL 2 RL → an Oxigraph store, switched in atomically.

Layout under ``KG_VAR_DIR``::

    builds/<version>/store/          the Oxigraph store
    builds/<version>/manifest.json   version, counts, timings
    builds/<version>/void.ttl        the VoID description of the dataset
    builds/<version>/dumps/          the dataset and ontology to download (``kg.build.dumps``)
    builds/<version>/ontology.html   the ontology's documentation (pyLODE)
    builds/<version>/context.jsonld  the JSON-LD @context of the linked-data documents
    current -> builds/<version>      what ``kg serve`` opens
    dumps/<version>/                 the dumps and changes.json, kept for good (``kg.store``)
    cache/units/<source>.pickle      each document as last read, checked and reasoned (``kg.build.units``)
    cache/registry.pickle            the registry as last checked, its closure and search keys
    cache/dumps/<format>/<digest>.gz each graph's part of the dumps, by the digest of its content

A build happens in a fresh directory and ``current`` moves only when every step passed, so a
failed or interrupted build leaves the previous store serving. ``<version>`` is a hash of every
input; rebuilding unchanged inputs does nothing, and a change re-reads only the documents it
touches and replaces only the changed graphs in a checkpoint of the previous store (``kg.build.loading``). Before the switch the new store is compared with
the current one (``changes.json``: the entities and facts added and removed), and the dumps are
published under ``dumps/<version>/``, which pruning never touches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, XSD

from kg import __version__, namespaces, normalize, queryfiles, store
from kg.build import corpus, curation, dumps, loading, ntriples, ontology, reasoning, units, void
from kg.config import Config
from kg.namespaces import MG, jsonld_context

KEEP_BUILDS = 2


@dataclass
class Summary:
    version: str
    unchanged: bool = False
    graphs: dict[str, int] = field(default_factory=dict)
    entities_per_type: dict[str, int] = field(default_factory=dict)
    facts_per_source: dict[str, int] = field(default_factory=dict)
    facts_per_kind: dict[str, int] = field(default_factory=dict)
    documents_read: int = 0      # documents read, checked and reasoned anew; the others came from the cache
    loaded: str = ""             # the store: "from scratch", or how many graphs changed
    seconds: dict[str, float] = field(default_factory=dict)

    def text(self) -> str:
        if self.unchanged:
            return f"inputs unchanged: store {self.version} is current, nothing to do"
        lines = [f"store {self.version}"]
        lines.append("triples per graph:")
        lines += [f"  {n:>7}  {g}" for g, n in self.graphs.items()]
        lines.append("entities per type:")
        lines += [f"  {n:>7}  {t}" for t, n in sorted(self.entities_per_type.items(), key=lambda x: -x[1])]
        lines.append("facts per kind:")
        lines += [f"  {n:>7}  {k}" for k, n in sorted(self.facts_per_kind.items(), key=lambda x: -x[1])]
        lines.append("curated facts per source:")
        lines += [f"  {n:>7}  {s}" for s, n in self.facts_per_source.items()]
        lines.append(f"documents read anew: {self.documents_read} of {len(self.facts_per_source)} "
                     "(the others unchanged, from the cache)")
        lines.append("0 violations; seconds per step: "
                     + ", ".join(f"{k} {v:.2f}" for k, v in self.seconds.items()))
        return "\n".join(lines)


def input_files(config: Config) -> list[Path]:
    files = [p for p in sorted(config.data_dir.rglob("*")) if p.is_file()]
    files += sorted(config.ontology_dir.glob("*.ttl")) + sorted(queryfiles.directory("rules").glob("*.rq"))
    files += sorted(queryfiles.directory("void").glob("*.rq")) + sorted(queryfiles.directory("build").glob("*.rq"))
    # The build's own code and the leaves it uses: a fix to the build rebuilds, a fix to a router does not.
    files += sorted(Path(__file__).parent.glob("*.py"))
    files += [Path(m.__file__) for m in (namespaces, normalize, store) if m.__file__]
    return files


def input_version(config: Config) -> str:
    digest = hashlib.sha256(f"kg {__version__} {config.base_iri}".encode())
    for path in input_files(config):
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build(config: Config, progress: Callable[[str], None] = lambda _: None, force: bool = False) -> Summary:
    version = input_version(config)
    previous = store.current_manifest(config)
    if not force and previous and previous.get("version") == version:
        return Summary(version=version, unchanged=True)
    summary = Summary(version=version)
    clock = _Clock(summary, progress)
    builds = config.var_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)  # a folder we cannot write fails now, not after the work
    published = store.dumps_root(config)
    published.mkdir(parents=True, exist_ok=True)

    with clock("load ontology"):
        onto = ontology.load(config.ontology_dir)
        context = units.Context(onto, ontology.load_shapes(config.ontology_dir), queryfiles.directory("rules"),
                                _context_digest(config))
    with clock("read the registry"):
        cur = curation.Curation(config.data_dir, onto, config.base_iri)
        cur.load_registry()
        registry = units.Registry(cur)
        registry_graphs = [cur.graph(cur.entities_graph), cur.graph(cur.reference_graph)]
        undeclared = ontology.undeclared_terms(onto, *registry_graphs)
        if undeclared:
            cur.errors.append("the registry uses terms the ontology does not declare: " + ", ".join(sorted(undeclared)))
    with clock("documents: read, SHACL, reasoning (each cached)"):
        cache = units.Cache(config.var_dir / "cache" / "units")
        made = units.make_all(cur, registry, context, cache, config.build_workers, progress)
        summary.documents_read = made.read
    memo = cache.memo()
    with clock("registry: SHACL with what the documents say of it"):
        registry_nts = {str(g): ntriples.canonical(cur.graph(g)) for g in (cur.entities_graph, cur.reference_graph)}
        registry_nt = b"".join(registry_nts.values())
        checked = {str(e): registry.checked(str(e)) for e in registry.entities}
        last = memo.get("entities") if memo.get("context") == context.digest else None
        focus = corpus.since(made.units, checked, last, made.touched)
        corpus.check(made.units, registry, context, focus, config.build_workers)
        cache.keep(made)
        memo["context"], memo["entities"] = context.digest, checked
    with clock("registry: reasoning and search keys"):
        # with every document's links: what two documents entail together and neither alone
        links = corpus.links(made.units)
        closed = hashlib.sha256(context.digest.encode() + registry_nt + links).hexdigest()
        if memo.get("closed") != closed:
            memo["inferred"] = reasoning.materialise(registry_nt + b"\n" + links, context.onto_nt, context.rules)
            memo["keys"] = ntriples.canonical(units.search_keys(*registry_graphs, onto))
            memo["closed"] = closed
        cache.remember(memo)
        inferred, keys = memo["inferred"], memo["keys"]

    staging = builds / f".{version}.{os.getpid()}.tmp"
    release = published / f".{version}.{os.getpid()}.tmp"  # becomes dumps/<version>/
    target = _fresh_dir(builds, version)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    moved = False
    try:
        with clock("load the Oxigraph store"):
            graphs, about = _graphs(cur, made.units, registry_nts, onto, inferred, keys, version)
            before = store.current_store(config)
            last = (before, previous["graph_digests"]) if previous and previous.get("graph_digests") \
                and previous.get("base_iri") == config.base_iri else None
            digests = loading.digests(graphs)
            oxi, summary.loaded, delta = loading.load(staging / "store", graphs, about, digests, last)
            progress(f"  store: {summary.loaded}")
            if delta is None or previous is None:
                summary.graphs = store.graph_sizes(oxi)
            else:  # the previous build's sizes, counted again for the graphs that changed
                changed = [name for name, digest in digests.items() if previous["graph_digests"].get(name) != digest]
                summary.graphs = {**previous["graphs"], **store.graph_sizes(oxi, changed)}
                summary.graphs = {name: summary.graphs[name] for name in sorted(digests)}
        summary.entities_per_type = _entities_per_type(cur)
        summary.facts_per_source = {u.source: u.facts for u in sorted(made.units, key=lambda u: u.source)}
        summary.facts_per_kind = _facts_per_kind(oxi, config.base_iri)
        prior = _previous_store(config, previous)
        counted = (previous or {}).get("statistics")
        with ThreadPoolExecutor(1) as meanwhile:  # Oxigraph lets go of the GIL while it counts: the dumps go on
            if delta is not None and prior is not None and counted:
                statistics = meanwhile.submit(void.updated, counted, prior, oxi, delta, config.base_iri)
            else:
                statistics = meanwhile.submit(void.statistics, oxi, config.base_iri)
            built = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            with clock("write the dumps and the ontology's documentation (the VoID statistics counted meanwhile)"):
                dumps.write(oxi, onto, staging / "dumps", version, built, digests, config.var_dir / "cache" / "dumps",
                            summary.graphs)
                ontology.write_docs(config.ontology_dir, staging / "ontology.html")
                (staging / "context.jsonld").write_text(json.dumps({"@context": jsonld_context(onto)}, indent=1))
            with clock("describe the dataset (VoID)"):
                manifest = {"version": version, "built": built,
                            "kg": __version__, "base_iri": config.base_iri, "graphs": summary.graphs,
                            "default_graph": store.default_graph_size(oxi), "statistics": statistics.result(),
                            "entities_per_type": summary.entities_per_type,
                            "facts_per_source": summary.facts_per_source,
                            "facts_per_kind": summary.facts_per_kind, "documents_read": summary.documents_read,
                            "loaded": summary.loaded, "graph_digests": digests,
                            "seconds": summary.seconds}
                void.write(oxi, manifest, config.base_iri, staging / "void.ttl")
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        with clock("compare with the previous build"):
            record = {"version": version, "built": built,
                      "previous": (previous or {}).get("version"), "previous_built": (previous or {}).get("built"),
                      **dumps.changes(oxi, prior, config.base_iri)}
            dumps.stage(staging / "dumps", release, record)
        del oxi, prior  # closes the stores before the directory moves
        staging.rename(target)
        moved = dumps.publish(release, published / version)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(release, ignore_errors=True)
        if moved:
            shutil.rmtree(published / version, ignore_errors=True)
        raise
    _switch(store.current_dir(config), target)
    _prune(builds, keep=target)
    _prune_staging(published)
    progress("switched: the new store is current")
    return summary


class _Clock:
    """Times each step into the summary and reports it as it starts."""

    def __init__(self, summary: Summary, progress: Callable[[str], None]) -> None:
        self.summary, self.progress, self.step = summary, progress, ""

    def __call__(self, step: str) -> _Clock:
        self.step = step
        return self

    def __enter__(self) -> None:
        self.progress(f"{self.step} …")
        self.started = time.perf_counter()

    def __exit__(self, *exc) -> None:
        self.summary.seconds[self.step] = round(time.perf_counter() - self.started, 3)


def _graphs(cur, made: list[units.Unit], registry: dict[str, bytes], onto: Graph, inferred: bytes, keys: bytes,
            version: str) -> tuple[list[tuple[str, list[bytes]]], dict[str, bytes]]:
    """Every named graph of the store as (IRI, N-Triples chunks), and each one's PROV description,
    which goes in the graph itself: derived from which document, generated when, by which build."""
    base = cur.base + "graph/"
    graphs: dict[str, list[bytes]] = defaultdict(list)
    for name, triples in registry.items():
        graphs[name].append(triples)
    graphs[base + "ontology"].append(ntriples.canonical(onto))
    graphs[base + "inferred"].append(inferred)
    graphs[base + "search"].append(keys)
    for unit in made:
        graphs[unit.graph].append(unit.triples)
        graphs[base + "inferred"].append(unit.inferred)
        graphs[base + "search"].append(unit.keys)
    now = Literal(dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(), datatype=XSD.dateTime)
    derived = {str(s.graph): s.iri for s in cur.sources.values()}
    about = {}
    for name in graphs:
        iri = URIRef(name)
        description = Graph()
        description.add((iri, RDF.type, PROV.Entity))
        description.add((iri, PROV.generatedAtTime, now))
        description.add((iri, OWL.versionInfo, Literal(version)))
        if name in derived:
            description.add((iri, PROV.wasDerivedFrom, derived[name]))
        about[name] = description.serialize(format="nt", encoding="utf-8")
    return sorted(graphs.items()), about


def _context_digest(config: Config) -> str:
    """What every document's unit depends on: the code that makes units (not the steps after them:
    a fix to the VoID or the dumps re-reads no document), the ontology, the rules."""
    digest = hashlib.sha256(f"kg {__version__} {config.base_iri}".encode())
    files = [*units.code_files(), *sorted(config.ontology_dir.glob("*.ttl")),
             *sorted(queryfiles.directory("rules").glob("*.rq"))]
    for path in files:
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _entities_per_type(cur) -> dict[str, int]:
    registry = cur.graph(cur.entities_graph)
    entities = set(cur.entities.values())
    counts = Counter(str(t).replace(str(MG), "mg:") for s, t in registry.subject_objects(RDF.type) if s in entities)
    return dict(counts)


def _facts_per_kind(oxi: ox.Store, base_iri: str) -> dict[str, int]:
    """Curated facts of each kind: the nodes of each class in the documents' and the reference's graphs."""
    kinds = {"funding ties": MG.Funding, "participations": MG.Participation, "post holdings": MG.PostHolding,
             "memberships": ORG.Membership, "evidence quotes": MG.Evidence, "statements with evidence": RDF.Statement,
             "counts": MG.Count}
    derived = {ox.Variable(name): ox.NamedNode(base_iri + "graph/" + name) for name in ("inferred", "search", "ontology")}
    solutions = oxi.query(queryfiles.text("build", "facts-per-kind.rq"), substitutions=derived)  # type: ignore[arg-type]
    assert isinstance(solutions, ox.QuerySolutions)
    counted = {row["class"].value: int(row["facts"].value) for row in solutions}
    return {name: counted.get(str(cls), 0) for name, cls in kinds.items()}


def _switch(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (rename of a fresh symlink over the old one)."""
    tmp = link.with_name(link.name + ".new")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target.relative_to(link.parent))
    os.replace(tmp, link)


def _fresh_dir(builds: Path, version: str) -> Path:
    """Where a build of ``version`` goes: ``builds/<version>``, or beside it when that exists (a
    forced rebuild), so the directory being served is never deleted before the switch."""
    target, n = builds / version, 1
    while target.exists():
        n += 1
        target = builds / f"{version}.{n}"
    return target


def _previous_store(config: Config, previous: dict | None):
    """The current store, read-only, to compare the new one with; None when there is none (the
    first build) or it cannot be opened: comparing never fails a build."""
    path = store.current_store(config)
    if previous is None or not path.is_dir():
        return None
    try:
        return store.open_read_only(path)
    except OSError:
        return None


def _prune(builds: Path, keep: Path) -> None:
    """Keep the current build and the one before it; drop older ones, and the staging dirs of
    builds that died (their process is gone). ``dumps/<version>/`` is elsewhere: never pruned."""
    finished = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
                      key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in finished if p != keep][KEEP_BUILDS - 1:]:
        shutil.rmtree(old, ignore_errors=True)
    _prune_staging(builds)


def _prune_staging(folder: Path) -> None:
    """Drop the staging dirs of builds that died (their process is gone)."""
    for staging in folder.glob(".*.tmp"):
        pid = staging.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(staging, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
