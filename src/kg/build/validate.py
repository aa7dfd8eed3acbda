"""SHACL validation of instance data against ``ontology/shapes.ttl`` (pyshacl-turbo: pySHACL's API and report, evaluated in Rust)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl_turbo import Input
from pyshacl_turbo import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, SH, SKOS
from rdflib.util import guess_format

from kg.errors import ValidationError
from kg.namespaces import bind_prefixes

_NAMES = bind_prefixes(Graph()).namespace_manager


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    value: str | None = None
    sources: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f" ({', '.join(self.sources)})" if self.sources else ""
        path = f" {self.path}" if self.path else ""
        value = f" value={self.value}" if self.value else ""
        return f"{self.focus}{path}: {self.message}{value}{where}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    @classmethod
    def of(cls, violations: Iterable[Violation], conforms: bool | None = None) -> Report:
        """A report of ``violations``, each once (a node two targets reach is reported twice), in order."""
        ordered = sorted(set(violations), key=lambda v: (v.focus, v.path or "", v.message))
        return cls(conforms=not ordered if conforms is None else conforms, violations=ordered)

    def text(self) -> str:
        if self.conforms:
            return "The data conforms to the shapes."
        lines = [f"{len(self.violations)} violation(s) of the shapes:"]
        lines += [f"  - {v}" for v in self.violations]
        return "\n".join(lines)


def load_data(paths: list[Path]) -> Graph:
    """Parse RDF files (format guessed from the extension); a file that does not parse is a
    ValidationError naming it, with the parser's message."""
    data = Graph()
    for path in paths:
        try:
            data.parse(path, format=guess_format(str(path)))
        except Exception as exc:  # rdflib's parsers raise many unrelated exception types
            raise ValidationError(f"{path}: not parseable RDF: {exc}") from exc
    return data


def validate(data: Graph | bytes, shapes: Graph, ontology: Graph | bytes | None = None,
             focus_nodes: list | None = None) -> Report:
    """Validate ``data`` (already materialised: no inference is run here, which keeps it fast), an
    rdflib graph or N-Triples (parsed by the validator's own engine, not by rdflib).

    The ontology, when given, is validated together with the data, so that ``sh:class`` sees
    the subclass hierarchy and the vocabularies' concepts (pySHACL mixes ``ont_graph`` in only
    when it runs inference). Each violation names its focus node, with the source documents it
    was derived from. With ``focus_nodes``, only those nodes are checked (against the shapes that
    target them), the rest of ``data`` being what they are checked with.
    """
    if isinstance(data, bytes):
        assert ontology is None or isinstance(ontology, bytes)
        # handed to the engine as text: pyshacl-turbo would otherwise parse it into rdflib and serialize it back
        text = (data if ontology is None else ontology + b"\n" + data).decode("utf-8")
        source: Graph | Input = Input(text, "nt", None, {})
        options: dict = {}
    else:
        assert ontology is None or isinstance(ontology, Graph)
        source, options = (data if ontology is None else data + ontology), {}
    conforms, results, _ = shacl_validate(source, shacl_graph=shapes, inference="none", advanced=True,
                                          allow_warnings=True, focus_nodes=focus_nodes, **options)
    if conforms:
        return Report(conforms=True)
    described = data if isinstance(data, Graph) else Graph().parse(data=data, format="nt")
    return Report.of((_violation(results, result, described)
                      for result in results.subjects(SH.resultSeverity, SH.Violation)), conforms=bool(conforms))


def _violation(results: Graph, result, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    return Violation(
        focus=_name(focus, data),
        path=_NAMES.normalizeUri(path) if isinstance(path, URIRef) else None,
        message=str(message) if message is not None else "violates a shape",
        value=str(value) if value is not None else None,
        sources=tuple(sorted(str(s) for s in data.objects(focus, PROV.wasDerivedFrom))),
    )


def _name(node, data: Graph) -> str:
    """The focus node with its English or Arabic label, so a curator knows what to fix."""
    for lang in ("en", "ar"):
        for label in data.objects(node, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == lang:
                return f"{node} «{label}»"
    return str(node)
