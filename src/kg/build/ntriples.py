"""N-Triples as the build passes graphs between its steps: bytes, in one canonical order."""

from __future__ import annotations

from rdflib import Graph

TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"  # rdf:type, as a line writes it


def canonical(g: Graph) -> bytes:
    """N-Triples of ``g``, its lines sorted: the same graph gives the same bytes in every build (rdflib's
    order is not stable across processes), so an unchanged graph has an unchanged digest."""
    return b"".join(sorted(line + b"\n" for line in g.serialize(format="nt", encoding="utf-8").splitlines() if line))


def subject_of(line: bytes) -> bytes:
    """The subject of a line of N-Triples, as written (``<iri>`` or ``_:label``)."""
    return line.split(b" ", 1)[0]


def predicate_of(line: bytes) -> bytes:
    return line.split(b" ", 2)[1]


def object_of(line: bytes) -> bytes:
    """The object of a line of N-Triples, as written (a literal may hold spaces, never " ." at its end)."""
    return line.rsplit(b" ", 1)[0].split(b" ", 2)[2]
