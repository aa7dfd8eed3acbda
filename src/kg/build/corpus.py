"""What no single document can check or infer: the registry with what every document says of it.

Each document is checked and reasoned on its own (``kg.build.units``). What remains is checked here:
that each registry entity is attested somewhere, that two documents do not give one programme two
start dates, and the same for a fact node two documents describe (one funding tie quoted twice); and
the links (``reasoning.link_properties``) by which two documents entail together what neither does
alone. A build after a change checks only what it touched: the entities whose part of the registry
changed, and the nodes of which a changed document says something new (``units.Made.touched``).
"""

from __future__ import annotations

import multiprocessing
from collections import defaultdict

from rdflib import URIRef

from kg.build import ntriples
from kg.build.units import Context, Registry, Unit
from kg.build.validate import Report, validate
from kg.errors import ValidationError


def since(units: list[Unit], checked: dict[str, str], last: dict[str, str] | None, touched: set[str]) -> set[str] | None:
    """What to check again since the last check (None: everything, there was none): the nodes the
    changed documents touched, the entities whose part of the registry changed (``checked`` and
    ``last``: each entity's ``Registry.checked`` digest now and then), and every node of the
    documents that name one of those (a document's statement may have it as a value, or point at it)."""
    if last is None:
        return None
    changed = {entity for entity, digest in checked.items() if last.get(entity) != digest}
    naming = {node for unit in units if changed.intersection(unit.refs) for node in unit.said}
    return touched | changed | naming


def check(units: list[Unit], registry: Registry, context: Context, focus: set[str] | None = None,
          workers: int = 1) -> None:
    """The registry's entities and the nodes two documents describe, with what the registry and every
    document say of them: all of them, or those in ``focus``. Each node is checked with what is said
    of it alone, so a check of many (a first build's) is shared among ``workers`` processes. Raises
    ``ValidationError``."""
    owners: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        for node in unit.said:
            owners[node].append(unit)
    entities = {str(e) for e in registry.entities}
    twice = {node for node, said in owners.items() if len(said) > 1} - entities
    nodes = sorted(entities | twice if focus is None else (entities | twice) & focus)
    if not nodes:
        return
    global _WORK
    _WORK = (owners, registry, context, entities)
    # In slices of at most _SLICE nodes: SHACL's time grows faster than the data it is given (at 5,000
    # documents the whole registry in two halves ran more than 16 minutes; in slices, 473 s).
    # The nodes many documents speak of come first, together, so that the slices after them read
    # only the few documents that name their nodes.
    nodes.sort(key=lambda node: (-len(owners[node]), node))
    groups = [nodes[k:k + _SLICE] for k in range(0, len(nodes), _SLICE)]
    parts = workers if workers > 1 and len(nodes) >= _SHARED_FROM and "fork" in multiprocessing.get_all_start_methods() else 1
    if parts == 1:
        reports = [_check(group) for group in groups]
    else:
        with multiprocessing.get_context("fork").Pool(parts) as pool:
            reports = pool.map(_check, groups, chunksize=1)
    if not all(report.conforms for report in reports):
        raise ValidationError(Report.of((v for report in reports for v in report.violations), conforms=False).text())


_SHARED_FROM = 2000  # nodes: below, forking the workers costs more than it saves
_SLICE = 500         # nodes checked together
# What the worker processes of ``check`` work with: set before they fork, so they inherit it.
_WORK: tuple[dict[str, list[Unit]], Registry, Context, set[str]] | None = None


def _check(nodes: list[str]) -> Report:
    assert _WORK is not None
    owners, registry, context, entities = _WORK
    about_entities = {f"<{node}>".encode() for node in nodes if node in entities}
    about_twice = {f"<{node}>".encode() for node in nodes if node not in entities}
    said = [_lines_about(unit.triples, about_entities, about_twice)
            for unit in {id(u): u for node in nodes for u in owners[node]}.values()]
    # the registry entities among the values of what is said (a post's holder) and among what points at the
    # nodes (the organization a change event changed): their classes and the rest of their slice
    values = {term[1:-1].decode() for chunk in said for line in chunk.splitlines()
              for term in (ntriples.subject_of(line), ntriples.object_of(line))} & entities
    registry_part = registry.neighbourhood(URIRef(n) for n in nodes if n in entities)
    registry_part += registry.slice(URIRef(v) for v in sorted(values))
    data = ntriples.canonical(registry_part) + b"".join(said)
    return validate(data, context.shapes, context.onto_nt, focus_nodes=list(map(URIRef, nodes)))


def _lines_about(chunk: bytes, entities: set[bytes], others: set[bytes]) -> bytes:
    """The lines of N-Triples ``chunk`` about one of ``entities`` or ``others``, with the classes of
    the entities' values and all that is said of the others' values; and the lines pointing at one of
    the entities, with the classes of what points (a change event is what an organization was
    changed by). Of a registry entity's values the shapes ask only the class (a test keeps it so),
    and the evidence behind a thousand documents' statements about one entity is most of what they
    say; a fact node two documents describe has values the shapes look into (a funding tie's amount)."""
    lines = chunk.splitlines()
    kept = [line for line in lines if ntriples.subject_of(line) in entities]
    of_others = [line for line in lines if ntriples.subject_of(line) in others] if others else []
    pointing = [line for line in lines if ntriples.object_of(line) in entities]
    classed = {ntriples.object_of(line) for line in kept} | {ntriples.subject_of(line) for line in pointing}
    described = {ntriples.object_of(line) for line in of_others}
    for line in lines:
        subject = ntriples.subject_of(line)
        if subject in described or (subject in classed and ntriples.predicate_of(line) == ntriples.TYPE):
            kept.append(line)
    return b"".join(line + b"\n" for line in kept + of_others + pointing)


def links(units: list[Unit]) -> bytes:
    """Every document's link triples together, for the registry's reasoning."""
    return b"\n".join(unit.links for unit in units)
