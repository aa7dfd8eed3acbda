"""The ontology: load its modules, check that it is documented, declared and consistent, document it."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg.errors import ConfigurationError, OntologyError
from kg.namespaces import BUILTIN_NAMESPACES, MG, bind_prefixes

MODULES = ("mgkg.ttl", "vocabularies.ttl", "alignments.ttl")
CORE_MODULES = ("mgkg.ttl", "vocabularies.ttl")  # every term declared here must be documented
SHAPES = "shapes.ttl"
LANGUAGES = ("en", "ar", "fr")

TERM_TYPES = (OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
AXIOM_PREDICATES = (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf, OWL.equivalentClass)
SHAPE_TERM_PREDICATES = (SH.path, SH["class"], SH.targetClass, SH.datatype)


def parse(paths: list[Path]) -> Graph:
    graph = bind_prefixes(Graph())
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise OntologyError(f"{path.name}: {exc}") from exc
    return graph


def load(directory: Path, modules: tuple[str, ...] = MODULES) -> Graph:
    """The ontology modules of ``directory``, merged into one graph."""
    return parse([directory / name for name in modules])


def load_shapes(directory: Path) -> Graph:
    return parse([directory / SHAPES])


def terms(graph: Graph) -> set[URIRef]:
    """Classes and properties declared in ``graph``."""
    return {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}


def own_terms(graph: Graph) -> set[URIRef]:
    return {t for t in terms(graph) if str(t).startswith(str(MG))}


def documentation_problems(core: Graph) -> list[str]:
    """Terms and concepts of the core modules without their three labels or English definition."""
    problems = []
    for term in sorted(terms(core)):
        labels = {lit.language for lit in core.objects(term, RDFS.label) if isinstance(lit, Literal)}
        problems += [f"{term} has no rdfs:label@{lang}" for lang in LANGUAGES if lang not in labels]
        if not any(isinstance(d, Literal) and d.language == "en" for d in core.objects(term, SKOS.definition)):
            problems.append(f"{term} has no English skos:definition")
    for concept in sorted(core.subjects(RDF.type, SKOS.Concept), key=str):
        labels = {lit.language for lit in core.objects(concept, SKOS.prefLabel) if isinstance(lit, Literal)}
        problems += [f"{concept} has no skos:prefLabel@{lang}" for lang in LANGUAGES if lang not in labels]
        if not any(isinstance(d, Literal) and d.language == "en" for d in core.objects(concept, SKOS.definition)):
            problems.append(f"{concept} has no English skos:definition")
    return problems


def used_terms(graph: Graph) -> set[URIRef]:
    """IRIs used as a class or a property anywhere in ``graph`` (axioms, data, shapes)."""
    used: set[Node] = set(graph.predicates())
    used |= set(graph.objects(None, RDF.type))
    for predicate in AXIOM_PREDICATES:
        for s, o in graph.subject_objects(predicate):
            used |= {s, o}
    for predicate in SHAPE_TERM_PREDICATES:
        used |= set(graph.objects(None, predicate))
    for members in graph.objects(None, OWL.members):
        used |= set(Collection(graph, members))
    return {t for t in used if isinstance(t, URIRef)}


def undeclared_terms(ontology: Graph, *others: Graph) -> set[URIRef]:
    """Terms used in the ontology or in ``others`` that the ontology does not declare."""
    declared = terms(ontology)
    used = used_terms(ontology)
    for other in others:
        used |= used_terms(other)
    return {t for t in used - declared if not str(t).startswith(BUILTIN_NAMESPACES)}


@dataclass(frozen=True)
class ConsistencyReport:
    classes: int
    seconds: float


def check_consistency(graph: Graph, java: str = "java") -> ConsistencyReport:
    """Run HermiT (through owlready2) on ``graph``; raise OntologyError if it is inconsistent
    or if a class is unsatisfiable, ConfigurationError if Java is missing."""
    java_path = shutil.which(java)
    if java_path is None:
        raise ConfigurationError(
            f"Java was not found ({java!r}); HermiT needs a JVM. Install Java 17 or set KG_JAVA."
        )
    import owlready2  # imported late: it starts its own quadstore

    owlready2.JAVA_EXE = java_path
    started = time.perf_counter()
    world = owlready2.World()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ontology.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise OntologyError(f"HermiT: the ontology is inconsistent ({exc})") from exc
        except owlready2.OwlReadyJavaError as exc:
            raise OntologyError(f"HermiT failed: {exc}") from exc
        unsatisfiable = [c.iri for c in world.inconsistent_classes()]
    if unsatisfiable:
        raise OntologyError("HermiT: unsatisfiable classes: " + ", ".join(sorted(unsatisfiable)))
    return ConsistencyReport(
        classes=len(list(world.classes())),
        seconds=time.perf_counter() - started,
    )


def write_docs(ontology_dir: Path, out: Path) -> Path:
    """Render the HTML documentation of the core ontology with pyLODE; return the file.

    pyLODE has no language option: it runs every label and definition together, and takes the
    titles of the vocabularies' concept schemes for the ontology's own. So it reads a copy in one
    language, English (untagged literals kept), with the schemes left untyped; the RDF the build
    publishes keeps the Arabic and French labels and the schemes."""
    from pylode import OntPub

    merged = load(ontology_dir, CORE_MODULES)
    english = Graph(bind_namespaces="none")
    for prefix, namespace in merged.namespaces():  # pyLODE names its anchors from them
        english.bind(prefix, namespace)
    english += ((s, p, o) for s, p, o in merged
                if not (isinstance(o, Literal) and o.language not in (None, "en"))
                and (p, o) != (RDF.type, SKOS.ConceptScheme))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ontology.ttl"
        english.serialize(source, format="turtle")
        # dominate (pyLODE's HTML builder) asks for this thread's event loop, which creates one
        # that nobody closes; give it one and close it.
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            doc = OntPub(ontology=str(source))
            # Each term's anchor is its IRI's fragment (…/ontology#Funding → id="Funding"), the links
            # of our pages; pyLODE would make it from the label ("funding").
            doc.fids.update({str(t): str(t).split("#", 1)[1] for t in own_terms(english) if "#" in str(t)})
            html = doc.make_html()
        finally:
            asyncio.set_event_loop(None)
            loop.close()
    out.write_text(html, encoding="utf-8")
    return out
