"""Curated data (``data/``: sources, entity registry, facts, reference knowledge in YAML) → an RDF dataset.

Each source document gets its own named graph holding the facts it states and their evidence;
the entity registry (identity and labels) has its own graph, and so has the reference knowledge
of ``data/reference/`` (identifiers, containment, memberships from public reference sources, with
those sources and a date). See ``data/README.md`` for the format. Every problem is reported as
``file#fact: what is wrong``, all at once.

Evidence is per statement: a quote's annotation (``mg:Evidence``) has as bodies the n-ary fact nodes
it states, an ``rdf:Statement`` for each plain triple it states (``<subject>#<property>-<hash>``, one
node per triple however many documents state it), one for each name of a named entity the quote
writes (its ``skos:prefLabel``, ``altLabel``, ``hiddenLabel`` or ``mg:acronym``), and, as mentions,
the entities it names.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import CurationError
from kg.namespaces import GENRE, MG, OA, PREFIXES, WD, bind_prefixes

ENTITY_ID = re.compile(r"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$")
VOCABULARY_PREFIXES = ("theme", "role", "post", "genre")
CONTEXT = 32  # characters of prefix/suffix kept in a quote selector
FACT_KINDS = ("about", "funding", "participation", "post", "membership")
FACT_OPTIONS = {"quote", "occurrence", "confidence", "note"}
DATE_PROPERTIES = {MG[p] for p in ("startDate", "endDate", "dateSigned", "dateAdopted", "dateInForce",
                                   "dateLaunched", "dateFounded", "attestedOn")}
TEXT_PROPERTIES = {MG.officialTheme, MG.postTitle, DCTERMS.description}
# What only data/reference/ says of an entity: the registry keeps identity and labels.
REFERENCE_KEYS = ("wikidata", "iso2", "iso3", "iso3166_2", "partOf", "country", "memberOf")
REFERENCE_OPTIONS = {"id", "type", "label", "alt", "note"}
COUNT_KEYS = {"value", "of", "what", "minimum", "estimate"}
NAME_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, MG.acronym)
# What may stand before a name inside the word that writes it (و ف ب ل ك and their pairs: بالمغرب، وبرنامج).
CLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
# libyaml's safe loader when PyYAML was built with it (ten times faster on a thousand documents' facts).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Source:
    id: str
    iri: URIRef
    graph: URIRef
    text: str
    language: str
    issued: Any


class Curation:
    """Reads ``data_dir`` into ``self.graphs`` (``self.dataset`` together); collects every error before raising."""

    def __init__(self, data_dir: Path, ontology: Graph, base_iri: str) -> None:
        self.data_dir = data_dir
        self.base = base_iri
        self.object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
        self.known_properties = self.object_properties | set(ontology.subjects(RDF.type, OWL.DatatypeProperty)) \
            | set(ontology.subjects(RDF.type, OWL.AnnotationProperty))
        self.classes = set(ontology.subjects(RDF.type, OWL.Class))
        # Properties whose values are amounts of money ({value, currency, estimate} in the YAML).
        self.amount_properties = set(ontology.subjects(RDFS.range, MG.MonetaryAmount))
        # Properties whose values are counts ({value, of: Class, what, minimum, estimate} in the YAML).
        self.count_properties = set(ontology.subjects(RDFS.range, MG.Count))
        self.class_labels = {c: str(label) for c in self.classes for label in ontology.objects(c, RDFS.label)
                             if isinstance(label, Literal) and label.language == "en"}
        self.concepts = set(ontology.subjects(RDF.type, SKOS.Concept))
        self.graphs: dict[URIRef, Graph] = {}
        self.errors: list[str] = []
        self.entities: dict[str, URIRef] = {}
        self.sources: dict[str, Source] = {}
        self.source_entries: dict[str, dict] = {}
        self.fact_counts: dict[str, int] = {}
        self.publishers: list[tuple[Graph, URIRef, str, str]] = []  # resolved once entities are known
        self.spans: dict[URIRef, tuple[Source, int, int]] = {}          # evidence → its quote
        self.named_by: dict[URIRef, set[URIRef]] = defaultdict(set)     # evidence → the entities its facts name
        self.entity_iris: set[URIRef] = set()

    def graph(self, name: URIRef) -> Graph:
        """The named graph ``name``, a graph of its own: rdflib is slow to look into one context of a
        dataset of a thousand, and a document's graph leaves for its unit as it is."""
        if name not in self.graphs:
            self.graphs[name] = Graph(identifier=name)
        return self.graphs[name]

    @property
    def dataset(self) -> Dataset:
        """Every graph read so far, together (a copy)."""
        dataset = Dataset()
        bind_prefixes(dataset)
        for name, g in self.graphs.items():
            dataset.graph(name).__iadd__(g)
        return dataset

    # IRIs -------------------------------------------------------------------------------
    def iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    @property
    def entities_graph(self) -> URIRef:
        return self.iri("graph/entities")

    @property
    def reference_graph(self) -> URIRef:
        return self.iri("graph/reference")

    def source_graph(self, source_id: str) -> URIRef:
        return self.iri(f"graph/source/{source_id}")

    # Loading ----------------------------------------------------------------------------
    def load(self) -> Dataset:
        self.load_registry()
        for sid in self.sources:
            self.load_unit(sid)
        self.raise_errors()
        return self.dataset

    def load_registry(self) -> None:
        """Sources, entity registry and reference knowledge; the fact files grouped by their source
        (``kg.build.units`` then reads each document's on its own)."""
        self._load_sources()
        self._load_entities()
        self._load_reference()
        self.entity_iris = set(self.entities.values())
        self.names = self._name_index()
        self.fact_files: dict[str, list[Path]] = defaultdict(list)
        for path in sorted((self.data_dir / "facts").glob("*.yaml")):
            self.fact_files[self._source_of(path)].append(path)
        for sid in [sid for sid in self.fact_files if sid not in self.sources]:
            for path in self.fact_files.pop(sid):
                self._load_facts(path)  # which says what is wrong

    def load_unit(self, source_id: str) -> Graph:
        """The named graph of one source document: its description, its facts and their evidence.
        ``self.written`` is left holding the words its quotes write (what name lookups it depended on)."""
        self.named_by = defaultdict(set)
        self.written: set[str] = set()
        for path in self.fact_files.get(source_id, []):
            self._load_facts(path)
        self._attest_names()
        return self.graph(self.sources[source_id].graph)

    def _source_of(self, path: Path) -> str:
        """The source a fact file is about, from its plain ``source:`` line (no YAML parsing, which a
        thousand unchanged documents need not pay for), else from its YAML."""
        text = path.read_text(encoding="utf-8")
        head = re.search(r"^source:[ \t]*([\w.-]+)[ \t]*$", text, re.MULTILINE)
        if head:
            return head.group(1)
        try:
            doc = yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError:
            return ""  # _load_facts reports it
        return str(doc.get("source", "")) if isinstance(doc, dict) else ""

    def raise_errors(self) -> None:
        if self.errors:
            raise CurationError(f"{len(self.errors)} problem(s) in the curated data:\n"
                                + "\n".join(f"  - {e}" for e in self.errors))

    def _yaml(self, path: Path) -> Any:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            self.errors.append(f"{path.name}: not valid YAML: {exc}")
            return None

    def _load_sources(self) -> None:
        path = self.data_dir / "sources" / "sources.yaml"
        for entry in self._yaml(path) or []:
            sid = entry.get("id", "")
            file = self.data_dir / "sources" / entry.get("file", "")
            if not file.is_file():
                self.errors.append(f"sources.yaml#{sid}: no file {file.name}")
                continue
            raw = file.read_bytes()
            digest = hashlib.sha256(raw).hexdigest()
            if digest != entry.get("sha256"):
                self.errors.append(f"sources.yaml#{sid}: {file.name} has changed (sha256 {digest}); "
                                   "sources are vendored verbatim and never edited")
                continue
            text = raw.decode("utf-8")
            source = Source(sid, self.iri(f"source/{sid}"), self.source_graph(sid), text,
                            entry.get("language", "ar"), entry.get("issued"))
            self.sources[sid] = source
            self.source_entries[sid] = entry
            g = self.graph(source.graph)
            s = source.iri
            g.add((s, RDF.type, MG.SourceDocument))
            for lang, title in (entry.get("title") or {}).items():
                g.add((s, DCTERMS.title, Literal(title, lang=lang)))
            g.add((s, DCTERMS.language, Literal(source.language)))
            g.add((s, DCTERMS.identifier, Literal(file.name)))
            g.add((s, MG.genre, GENRE[entry.get("genre", "")]))
            g.add((s, MG.text, Literal(text)))
            g.add((s, MG.sha256, Literal(digest)))
            if entry.get("issued"):
                g.add((s, DCTERMS.issued, date_literal(entry["issued"])))
            if entry.get("note"):
                g.add((s, SKOS.note, Literal(entry["note"], lang="en")))
            if entry.get("publisher"):
                self.publishers.append((g, s, entry["publisher"], f"sources.yaml#{sid}"))

    def _load_entities(self) -> None:
        g = self.graph(self.entities_graph)
        slugs: dict[str, str] = {}
        entries = []
        for path in sorted((self.data_dir / "entities").glob("*.yaml")):
            for entry in self._yaml(path) or []:
                entries.append((path.name, entry))
                eid = entry.get("id", "")
                where = f"{path.name}#{eid}"
                if not ENTITY_ID.match(eid):
                    self.errors.append(f"{where}: id must be kind/slug in lowercase ASCII")
                    continue
                if eid in self.entities:
                    self.errors.append(f"{where}: {eid} is defined twice")
                    continue
                slug = eid.split("/", 1)[1]
                if slug in slugs:
                    self.errors.append(f"{where}: slug {slug!r} is already used by {slugs[slug]}")
                slugs[slug] = eid
                self.entities[eid] = self.iri("id/" + eid)
        for file, entry in entries:
            eid = entry.get("id", "")
            if eid not in self.entities:
                continue
            where = f"{file}#{eid}"
            s = self.entities[eid]
            self.identity(g, s, entry, where)
            for acronym in entry.get("acronym") or []:
                g.add((s, MG.acronym, Literal(str(acronym))))
            for key in REFERENCE_KEYS:
                if key in entry:
                    self.errors.append(f"{where}: {key} is reference knowledge: it goes in data/reference/")
        for graph, s, publisher, where in self.publishers:
            graph.add((s, DCTERMS.publisher, self.ref(publisher, where)))

    def identity(self, g: Graph, s: URIRef, entry: dict, where: str) -> None:
        """An entity's classes, labels and note (the registry's, or a reference-only entity's)."""
        types = entry.get("type") or []
        for t in [types] if isinstance(types, str) else types:
            cls = self.term(t)
            if cls not in self.classes:
                self.errors.append(f"{where}: unknown class {t}")
            g.add((s, RDF.type, cls))
        labels = entry.get("label") or {}
        for lang in ("ar", "en"):
            if not labels.get(lang):
                self.errors.append(f"{where}: needs a label in {lang}")
        for lang, label in labels.items():
            g.add((s, SKOS.prefLabel, Literal(label, lang=lang)))
        for lang, alts in (entry.get("alt") or {}).items():
            for alt in alts:
                g.add((s, SKOS.altLabel, Literal(alt, lang=lang)))
        # Spellings a text uses that are no name to show (a missing space, presentation forms): found by
        # search and given their evidence, never displayed nor put in the extractor's gazetteer.
        for lang, hidden in (entry.get("hidden") or {}).items():
            for name in hidden:
                g.add((s, SKOS.hiddenLabel, Literal(name, lang=lang)))
        if entry.get("note"):
            g.add((s, SKOS.note, Literal(entry["note"], lang="en")))

    def _load_reference(self) -> None:
        """``data/reference/*.yaml`` → ``graph/reference``: what public reference sources say of the
        entities (identifiers, containment, countries, memberships), kept apart from the documents'
        statements, with the sources it comes from (``dct:source``) and when it was compiled."""
        folder = self.data_dir / "reference"
        if not folder.is_dir():
            return
        g = self.graph(self.reference_graph)
        graph = self.reference_graph
        g.add((graph, DCTERMS.title, Literal("Reference knowledge: what public reference sources say of the "
                                             "entities, not what the documents state", lang="en")))
        entries = []
        for path in sorted(folder.glob("*.yaml")):
            doc = self._yaml(path)
            if not isinstance(doc, dict):
                self.errors.append(f"{path.name}: expected a mapping with 'created', 'sources' and 'entries'")
                continue
            if not doc.get("created") or not doc.get("sources"):
                self.errors.append(f"{path.name}: reference data names its sources and when it was compiled (created)")
            else:
                g.add((graph, DCTERMS.created, date_literal(doc["created"])))
            for number, source in enumerate(doc.get("sources") or [], start=1):
                if not isinstance(source, dict) or not source.get("iri") or not source.get("title"):
                    self.errors.append(f"{path.name}#source {number}: a source has an iri and a title")
                    continue
                s = URIRef(source["iri"])
                g.add((graph, DCTERMS.source, s))
                g.add((s, RDF.type, MG.ReferenceSource))
                g.add((s, DCTERMS.title, Literal(source["title"], lang="en")))
                if source.get("gives"):
                    g.add((s, DCTERMS.description, Literal(source["gives"], lang="en")))
                if doc.get("created"):
                    g.add((s, DCTERMS.created, date_literal(doc["created"])))
            sources = {str(s.get("id", s["iri"])): URIRef(s["iri"])
                       for s in doc.get("sources") or [] if isinstance(s, dict) and s.get("iri")}
            entries += [(f"{path.name}#{e.get('id', '') if isinstance(e, dict) else e}", e, sources)
                        for e in doc.get("entries") or []]
        # Entities no document names (a region that contains a named city) are defined here first.
        for where, entry, _ in entries:
            if not isinstance(entry, dict) or "type" not in entry:
                continue
            eid = entry.get("id", "")
            if eid in self.entities or not ENTITY_ID.match(eid):
                self.errors.append(f"{where}: {eid} is already defined (in the registry or above), or not kind/slug")
                continue
            self.entities[eid] = self.iri("id/" + eid)
            self.identity(g, self.entities[eid], entry, where)
        for where, entry, sources in entries:
            if not isinstance(entry, dict):
                self.errors.append(f"{where}: an entry is a mapping with an id")
                continue
            self.reference_entry(g, entry, sources, where)

    def reference_entry(self, g: Graph, entry: dict, sources: dict[str, URIRef], where: str) -> None:
        s = self.ref(entry.get("id", ""), where)
        for key in entry:
            if key not in REFERENCE_KEYS and key not in REFERENCE_OPTIONS:
                self.errors.append(f"{where}: unknown field {key!r}")
        if entry.get("wikidata"):
            g.add((s, SKOS.exactMatch, WD[str(entry["wikidata"])]))
        for key, predicate in (("iso2", MG.iso3166Alpha2), ("iso3", MG.iso3166Alpha3),
                               ("iso3166_2", MG.iso3166SubdivisionCode)):
            if entry.get(key):
                g.add((s, predicate, Literal(str(entry[key]))))
        for container in as_list(entry.get("partOf") or []):
            g.add((s, MG.partOf, self.ref(container, where)))
        if entry.get("country"):
            g.add((s, MG.country, self.ref(entry["country"], where)))
        for membership in as_list(entry.get("memberOf") or []):
            body = dict(membership) if isinstance(membership, dict) else {"organization": membership}
            node, _ = self._member_of(g, {"member": entry.get("id"), **body}, "member", ORG.Membership,
                                      "membership", where)
            body.pop("organization", None)
            source = body.pop("source", None)
            if source not in sources:
                self.errors.append(f"{where}: a membership names its source, one of {', '.join(sources)}")
            else:
                g.add((node, PROV.wasDerivedFrom, sources[source]))
            self.period(g, node, body)
            self.leftovers(body, where)

    def _load_facts(self, path: Path) -> None:
        doc = self._yaml(path)
        if not isinstance(doc, dict):
            self.errors.append(f"{path.name}: expected a mapping with 'source' and 'facts'")
            return
        source = self.sources.get(doc.get("source", ""))
        if source is None:
            self.errors.append(f"{path.name}: unknown source {doc.get('source')!r}")
            return
        for number, fact in enumerate(doc.get("facts") or [], start=1):
            where = f"{path.name}#{number}"
            errors_before = len(self.errors)
            try:
                self._fact(fact, source, where)
            except (KeyError, TypeError, ValueError) as exc:
                self.errors.append(f"{where}: {exc.__class__.__name__}: {exc}")
            if len(self.errors) == errors_before:
                self.fact_counts[source.id] = self.fact_counts.get(source.id, 0) + 1

    # One fact ----------------------------------------------------------------------------
    def _fact(self, fact: dict, source: Source, where: str) -> None:
        kinds = [k for k in FACT_KINDS if k in fact]
        if len(kinds) != 1:
            self.errors.append(f"{where}: a fact has exactly one of {', '.join(FACT_KINDS)}")
            return
        evidence = self.evidence(source, fact.get("quote"), fact.get("occurrence", 1), where)
        if evidence is None:
            return
        g = self.graph(source.graph)
        kind = kinds[0]
        if kind == "about":
            subject = self.ref(fact["about"], where)
            named: list[URIRef] = [subject]
            triples: list[tuple] = []
            for key, value in fact.items():
                if key in FACT_OPTIONS or key == "about":
                    continue
                values, stated = self.statement(g, subject, key, value, source, where)
                named += values
                triples += stated
                g.add((evidence, MG.attestsProperty, self.term(key)))
            if fact.get("note"):
                g.add((evidence, SKOS.note, Literal(fact["note"], lang="en")))
            if "confidence" in fact:
                g.add((evidence, MG.confidence, decimal(fact["confidence"])))
            self.attest(g, evidence, [*named, *(self.reify(g, *t) for t in triples)])
            return
        body = dict(fact[kind])
        nodes = getattr(self, f"_{kind}")(g, body, source, where)
        for node, named in nodes:
            g.add((node, PROV.wasDerivedFrom, source.iri))
            g.add((node, MG.confidence, decimal(fact.get("confidence", 1))))
            if fact.get("note"):
                g.add((node, SKOS.note, Literal(fact["note"], lang="en")))
            self.attest(g, evidence, [node, *named])

    def _funding(self, g, body, source, where):
        # Several funders: one joint tie, its amount theirs together (the text does not split it).
        funders = [self.ref(f, where) for f in as_list(body.pop("funder"))]
        items = [self.ref(i, where) for i in as_list(body.pop("item"))]
        node = self.iri("id/funding/" + "--".join(slug(x) for x in [*funders, *items]))
        g.add((node, RDF.type, MG.Funding))
        for funder in funders:
            g.add((node, MG.funder, funder))
        for item in items:
            g.add((node, MG.fundedItem, item))
        named = [*funders, *items]
        if "recipient" in body:
            recipient = self.ref(body.pop("recipient"), where)
            g.add((node, MG.recipient, recipient))
            named.append(recipient)
        if "amount" in body:
            self.amount(g, node, MG.amount, {"value": body.pop("amount"), "currency": body.pop("currency"),
                                             "estimate": body.pop("estimate", False)}, where)
        self.period(g, node, body)
        self.leftovers(body, where)
        return [(node, named)]

    def _participation(self, g, body, source, where):
        target = self.ref(body.pop("in"), where)
        role = body.pop("role")
        nodes = []
        start_end = {k: body.pop(k) for k in ("start", "end") if k in body}
        for agent_id in as_list(body.pop("agent")):
            agent = self.ref(agent_id, where)
            node = self.iri(f"id/participation/{slug(agent)}--{role}--{slug(target)}")
            g.add((node, RDF.type, MG.Participation))
            g.add((node, MG.participant, agent))
            g.add((node, MG.participationIn, target))
            g.add((node, MG.participationRole, self.vocabulary("role", role, where)))
            self.period(g, node, dict(start_end))
            nodes.append((node, [agent, target]))
        self.leftovers(body, where)
        return nodes

    def _post(self, g, body, source, where):
        node, named = self._member_of(g, body, "person", MG.PostHolding, "post", where)
        if "role" in body:
            g.add((node, ORG.role, self.vocabulary("post", body.pop("role"), where)))
        g.add((node, MG.postTitle, Literal(body.pop("title"), lang=source.language)))
        attested = body.pop("attested", source.issued)
        if attested:
            g.add((node, MG.attestedOn, date_literal(attested)))
        self.period(g, node, body)
        self.leftovers(body, where)
        return [(node, named)]

    def _membership(self, g, body, source, where):
        node, named = self._member_of(g, body, "member", ORG.Membership, "membership", where)
        self.period(g, node, body)
        self.leftovers(body, where)
        return [(node, named)]

    def _member_of(self, g, body, member_key, cls, path, where):
        """The org:Membership-shaped node shared by posts and memberships."""
        member = self.ref(body.pop(member_key), where)
        organization = self.ref(body.pop("organization"), where)
        node = self.iri(f"id/{path}/{slug(member)}--{slug(organization)}")
        g.add((node, RDF.type, cls))
        g.add((node, ORG.member, member))
        g.add((node, ORG.organization, organization))
        return node, [member, organization]

    # Pieces ------------------------------------------------------------------------------
    def statement(self, g, subject, key, value, source, where) -> tuple[list[URIRef], list[tuple]]:
        """The triples of ``subject key: value``: (the nodes they name, the triples themselves)."""
        predicate = self.term(key)
        if predicate not in self.known_properties:
            self.errors.append(f"{where}: unknown property {key}")
            return [], []
        if predicate in self.amount_properties or predicate in self.count_properties:
            make = self.amount if predicate in self.amount_properties else self.count
            node = make(g, subject, predicate, value, where)
            return ([node], [(subject, predicate, node)]) if node is not None else ([], [])
        named, triples = [], []
        for v in as_list(value):
            obj: URIRef | Literal
            if predicate in self.object_properties:
                obj = self.ref(v, where)
                if isinstance(v, str) and ENTITY_ID.match(v):
                    named.append(obj)
            elif predicate in DATE_PROPERTIES:
                obj = date_literal(v)
            elif predicate in TEXT_PROPERTIES:
                obj = Literal(str(v), lang=source.language)
            elif isinstance(v, bool):
                obj = Literal(v)
            elif isinstance(v, int):
                obj = Literal(v, datatype=XSD.integer)
            else:
                obj = Literal(str(v))
            g.add((subject, predicate, obj))
            triples.append((subject, predicate, obj))
        return named, triples

    def amount(self, g, subject, predicate, spec, where) -> URIRef | None:
        if not isinstance(spec, dict) or "value" not in spec or "currency" not in spec:
            self.errors.append(f"{where}: an amount is {{value: …, currency: …}}")
            return None
        node = URIRef(f"{subject}#{local_name(predicate)}")  # …#budget, …#amount
        g.add((subject, predicate, node))
        g.add((node, RDF.type, MG.MonetaryAmount))
        g.add((node, MG.amountValue, decimal(spec["value"])))
        g.add((node, MG.currency, Literal(str(spec["currency"]))))
        if spec.get("estimate"):
            g.add((node, MG.isEstimate, Literal(True)))
        return node

    def count(self, g, subject, predicate, spec, where) -> URIRef | None:
        """A count that says what it counts: ``{value: 20, of: Project, what: projects}``, with
        ``minimum: true`` for a lower bound ("at least 60") and ``estimate: true`` for "about"."""
        if not isinstance(spec, dict) or not isinstance(spec.get("value"), int) or "of" not in spec:
            self.errors.append(f"{where}: a count is {{value: <whole number>, of: <class of what it counts>, what: …}}")
            return None
        for key in spec:
            if key not in COUNT_KEYS:
                self.errors.append(f"{where}: unknown field {key!r} of a count")
        counted = self.term(str(spec["of"]))
        if counted not in self.classes:
            self.errors.append(f"{where}: a count counts things of a class of the ontology, not {spec['of']}")
        node = URIRef(f"{subject}#{local_name(predicate)}-{local_name(counted)}")  # …#participantCount-Country
        g.add((subject, predicate, node))
        g.add((node, RDF.type, MG.Count))
        g.add((node, MG.countValue, Literal(spec["value"], datatype=XSD.integer)))
        g.add((node, MG.countedClass, counted))
        if spec.get("minimum"):
            g.add((node, MG.isMinimum, Literal(True)))
        if spec.get("estimate"):
            g.add((node, MG.isEstimate, Literal(True)))
        what = spec.get("what") or self.class_labels.get(counted, local_name(counted))
        # a lower bound reads "at least": true of «أكثر من 60» and of «مرتين على الأقل» alike
        qualifier = "at least " if spec.get("minimum") else "about " if spec.get("estimate") else ""
        g.add((node, RDFS.label, Literal(f"{qualifier}{spec['value']} {what}", lang="en")))
        return node

    def reify(self, g, subject, predicate, obj) -> URIRef:
        """The ``rdf:Statement`` of one triple, named after its subject, property and value: the
        same triple stated by several quotes or documents is one node with several pieces of evidence."""
        digest = hashlib.sha256(f"{predicate} {obj.n3()}".encode()).hexdigest()[:10]
        node = URIRef(f"{subject}#{local_name(predicate)}-{digest}")
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        return node

    def period(self, g, node, body) -> None:
        for key, predicate in (("start", MG.startDate), ("end", MG.endDate)):
            if key in body:
                g.add((node, predicate, date_literal(body.pop(key))))

    def leftovers(self, body, where) -> None:
        for key in body:
            self.errors.append(f"{where}: unknown field {key!r}")

    def evidence(self, source: Source, quote, occurrence: int, where: str) -> URIRef | None:
        if not quote:
            self.errors.append(f"{where}: a fact needs a quote")
            return None
        start = -1
        for _ in range(int(occurrence)):
            start = source.text.find(quote, start + 1)
            if start < 0:
                self.errors.append(f"{where}: quote not found in {source.id} (occurrence {occurrence}): {quote!r}")
                return None
        end = start + len(quote)
        ev = self.iri(f"evidence/{source.id}/{start}-{end}")
        self.spans[ev] = (source, start, end)
        g = self.graph(source.graph)
        if (ev, RDF.type, MG.Evidence) in g:
            return ev
        annotate(g, ev, source.iri, source.text, start, end, OA.describing)
        return ev

    def attest(self, g, evidence: URIRef, nodes) -> None:
        for node in nodes:
            g.add((evidence, OA.hasBody, node))
            g.add((node, MG.evidence, evidence))
            if node in self.entity_iris:
                self.named_by[evidence].add(node)

    def _name_index(self) -> dict[str, dict[str, list[tuple[URIRef, URIRef, Literal]]]]:
        """Every name of the registry and the reference knowledge → who bears it under which property,
        indexed by the name's last run of letters (``_last_word``)."""
        names: dict[str, dict[str, list[tuple[URIRef, URIRef, Literal]]]] = defaultdict(lambda: defaultdict(list))
        for graph in (self.entities_graph, self.reference_graph):
            g = self.graph(graph)
            for predicate in NAME_PROPERTIES:
                for s, o in g.subject_objects(predicate):
                    if isinstance(s, URIRef) and isinstance(o, Literal) and str(o).split():
                        names[_last_word(str(o))][str(o)].append((s, predicate, o))
        return names

    def _attest_names(self) -> None:
        """Every name of an entity that a quote naming it writes: the statement (entity, name
        property, name) is a body of the quote's evidence. A name inside a longer name of the same
        entity, or of a thing the quote's facts do not name, is not a use of it (نيبال in جمهورية نيبال
        الديمقراطية الاتحادية, المغرب in المغرب العربي); inside another named thing's name it is (برلين in
        لقاء برلين)."""
        for ev, entities in self.named_by.items():
            source, start, end = self.spans[ev]
            quote = source.text[start:end]
            # Only the names whose last word the quote writes can occur in it (an index, not a scan of every
            # name), and each distinct name is looked for once however many entities bear it.
            words = _written_words(quote)
            self.written |= words
            candidates = {name for word in words for name in self.names.get(word, {})}
            found = [(at, until, bearers) for name in candidates for at, until in name_occurrences(quote, name)
                     for bearers in [self.names[_last_word(name)][name]]]
            g = self.graph(source.graph)
            for at, until, bearers in found:
                enclosing = {other for a, u, longer in found if a <= at and until <= u and u - a > until - at
                             for other, *_ in longer}
                # inside a longer name: the same entity's, or a thing the fact does not name, is what it writes
                # (المغرب in المغرب العربي); another named thing's is a name within a name (برلين in لقاء برلين)
                if enclosing - entities:
                    continue
                for entity, predicate, name in bearers:
                    if entity in entities and entity not in enclosing:
                        self.attest(g, ev, [self.reify(g, entity, predicate, name)])

    def ref(self, value, where: str) -> URIRef:
        if isinstance(value, str) and ":" in value and value.split(":", 1)[0] in VOCABULARY_PREFIXES:
            prefix, name = value.split(":", 1)
            return self.vocabulary(prefix, name, where)
        if value not in self.entities:
            self.errors.append(f"{where}: unknown entity {value!r}")
            return self.iri(f"id/{value}")
        return self.entities[value]

    def vocabulary(self, scheme: str, name: str, where: str) -> URIRef:
        concept = URIRef(PREFIXES[scheme] + str(name))
        if concept not in self.concepts:
            self.errors.append(f"{where}: {scheme}:{name} is not a concept of the vocabularies")
        return concept

    def term(self, name: str) -> URIRef:
        if ":" in name:
            prefix, local = name.split(":", 1)
            return URIRef(PREFIXES.get(prefix, prefix + ":") + local)
        return MG[name]


def annotate(g: Graph, ev: URIRef, source: URIRef, text: str, start: int, end: int, motivation: URIRef,
             context: bool = True) -> None:
    """The evidence ``ev``: a Web Annotation quoting ``text[start:end]`` of ``source``, with the
    quote, its context and its code-point position (curated facts and ``kg extract`` candidates alike).
    ``context=False``: the context only where the quote occurs more than once in the text (what a
    TextQuoteSelector's prefix and suffix are for; the position fixes the place anyway)."""
    target, quote, position = URIRef(f"{ev}#target"), URIRef(f"{ev}#quote"), URIRef(f"{ev}#position")
    g.add((ev, RDF.type, MG.Evidence))
    g.add((ev, OA.motivatedBy, motivation))
    g.add((ev, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, source))
    g.add((target, OA.hasSelector, quote))
    g.add((target, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    if context or text.count(text[start:end]) > 1:
        g.add((quote, OA.prefix, Literal(text[max(0, start - CONTEXT):start])))
        g.add((quote, OA.suffix, Literal(text[end:end + CONTEXT])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))


def name_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` is written in ``text`` (start, end), as a whole word or words: any run of
    white space between its words (texts wrap lines inside names), nothing but a clitic (و ف ب ل ك)
    before it in its first word, and no letter or digit after it; after ل a name's article loses
    its alef (للمغرب العربي، للأمم المتحدة)."""
    words = name.split()
    if not words:
        return []
    found = []
    for match in _name_pattern(name).finditer(text):
        start, end = match.span()
        word = start
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "ـ"):
            word -= 1
        prefix = text[word:start].replace("ـ", "")
        if text.startswith(words[0], start):
            fits = prefix in CLITICS and not (name[:1].isascii() and prefix)
        else:
            fits = prefix in ("ل", "ول", "فل")
        if fits and (end == len(text) or not text[end].isalnum()):
            found.append((start, end))
    return found


@functools.lru_cache(maxsize=65536)
def _name_pattern(name: str) -> re.Pattern[str]:
    words = name.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    if words[0].startswith("ال") and len(words[0]) > 2:
        pattern = f"(?:{pattern})|(?<=ل)(?:" + r"\s+".join(re.escape(w) for w in [words[0][1:], *words[1:]]) + ")"
    return re.compile(pattern)


def _last_word(name: str) -> str:
    """The key under which a name is looked up: its last run of letters and digits."""
    runs = re.findall(r"\w+", name)
    return runs[-1] if runs else name


def _written_words(text: str) -> set[str]:
    """Every form in which ``text`` may write the last run of letters of a name: its own runs, and
    (for one-word names) without a clitic before them, or with the article whose alef ل took."""
    words: set[str] = set()
    for word in re.findall(r"\w+", text):
        words.add(word)
        for clitic in CLITICS:
            if clitic and word.startswith(clitic):
                words.add(word[len(clitic):])
                if clitic.endswith("ل"):
                    words.add("ا" + word[len(clitic):])
    return words


def local_name(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def slug(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def decimal(value) -> Literal:
    # From a string, never a float or an int: pySHACL rejects an int-valued xsd:decimal.
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def date_literal(value) -> Literal:
    """2013 → xsd:gYear, "2013-06" → xsd:gYearMonth, 2013-06-07 (YAML date) → xsd:date."""
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return Literal(text, datatype=XSD.date)
    raise ValueError(f"not a date, year-month or year: {value!r}")


def load(data_dir: Path, ontology: Graph, base_iri: str) -> Curation:
    curation = Curation(data_dir, ontology, base_iri)
    curation.load()
    return curation
