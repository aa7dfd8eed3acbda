"""What ``kg extract`` writes for each document, for a person to review:

- ``<doc>.trig``: the candidates in the ontology's terms, in the named graph
  ``<base>graph/candidates/<doc>`` — never in a curated graph. Every fact and new entity has
  ``mg:confidence``, ``prov:wasGeneratedBy`` (the rule) and ``mg:evidence`` (a Web Annotation
  quoting the text with its offsets), like curated facts.
- ``<doc>.md``: the review report, a table of facts and one of new entities (quote, confidence, rule).
- ``<doc>.review.yaml``: the same proposals in the curated format of ``data/facts`` with
  ``accept: false`` on each; a reviewer sets ``accept: true`` (and gives new entities an id), then
  ``kg extract --accept <doc>.review.yaml`` promotes exactly those (``kg.extract.accept``).
"""

from __future__ import annotations

import re
from functools import cached_property

import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.build.curation import annotate, date_literal
from kg.extract import places
from kg.extract.mentions import (
    described,
    head_of,
    headed_title,
    identity,
    label,
    phase_whole,
    title_within,
    with_place_word,
)
from kg.extract.model import Fact, Mention
from kg.extract.pipeline import Extraction
from kg.extract.reader import Document, digest
from kg.extract.values import Amount as FoundAmount
from kg.namespaces import MG, OA, POST, ROLE, bind_prefixes

_MINIMUM_NOTE = "a lower bound: the source says more than this amount"


# the letters attached before the article: a conjunction, a preposition («بال…»، «كال…»), ل on the article («لل…»)
_ATTACHED = re.compile(r"[وف]?(?:[بك](?=ال)|(?P<lam>لل))|[وف](?=ال)")
# links made by what the document calls a known entity: one of its names or its acronym, a state by its government
# («الحكومة اليابانية»), a long name like a known one («الصندوق الائتماني الأوروبي للطوارئ من أجل إفريقيا»: three words
# at least); not a short name like one («اللجنة التوجيهية»), a short form, a capital for its state or a unit by a plural
_LINKED_BY_NAME = {"gazetteer", "before-acronym", "acronym-in-brackets", "capital", "government"}
_LIKE_A_NAME, _LIKE_WORDS = "resembling-name", 3


class Candidates:
    """One document's extraction, named for output."""

    def __init__(self, document: Document, result: Extraction, base_iri: str, source_id: str | None = None,
                 path: str | None = None) -> None:
        self.document, self.result, self.base, self.path = document, result, base_iri, path
        self.source_id = source_id or document.id
        self.new: dict[tuple[int, int], str] = {}   # new entities by span → local key n1, n2 … (same text: same entity)
        # the parts of a name (the new office in «الاتفاقية المبرمة بين الوزارة ومكتب …») are named too
        # (a bare «الجمعية» standing for a new organization named before is that one: no name of its own)
        self.named = sorted(result.mentions + [m for m in result.implicit if m.new and not m.parts], key=lambda m: m.start)
        by_label: dict[tuple[str, str], str] = {}
        for m in self.named:
            if m.rule == "short-form" and m.parts and (m.parts[0].start, m.parts[0].end) in self.new:
                # «الوكالة اليابانية» after «الوكالة اليابانية للتعاون الدولي»: the same new entity
                self.new[(m.start, m.end)] = self.new[(m.parts[0].start, m.parts[0].end)]
            elif m.new:
                key = (m.kind, identity(result.text, m))
                by_label.setdefault(key, f"new-{len(by_label) + 1}")
                self.new[(m.start, m.end)] = by_label[key]

    @cached_property
    def by_first(self) -> dict[int, Mention]:
        """The mentions by their first token (``mentions.described`` reads the names after an item)."""
        return {m.first: m for m in self.result.mentions}

    def label(self, m: Mention) -> str:
        return label(self.result.text, m)

    def as_named(self, m: Mention) -> str:
        """A known entity's mention as the document names it: without the letters attached before the article
        («بالمغرب» → «المغرب»، «للمنظمة …» → «المنظمة …»), before a place's own name («بجهة الشرق») or the «و» of a list
        before a head noun («ومنظمة …»; not «وكالة …», whose و is its own), a place's own name kept whole («بالاو»);
        one space between words."""
        text = self.result.text
        norm = text.norm[m.start:m.end]
        names = places.normalized_names(m.entity) if m.entity else frozenset()
        attached = _ATTACHED.match(norm)
        if norm in names:
            words = text.quote(m.start, m.end)      # a place's own name («بالاو»، «وجدة»)
        elif cut := next((k for k in (1, 2) if norm[k:] in names), 0):
            words = text.quote(m.start + cut, m.end)      # («بجهة الشرق»، «والرباط»: a place's name with a letter on it)
        elif attached is not None and attached.group("lam"):
            words = "ال" + text.quote(m.start + attached.end(), m.end)      # (لل: the article's alif dropped after ل)
        elif attached is not None:
            words = text.quote(m.start + attached.end(), m.end)
        elif norm[:1] in "وف" and head_of(text.tokens[m.first].key[1:]) is not None:
            words = text.quote(m.start + 1, m.end)      # («ومنظمة الصحة العالمية»: «و» on a head noun; not «وكالة»)
        else:
            words = text.quote(m.start, m.end)
        return " ".join(words.split())

    def ref(self, m: Mention) -> str:
        return m.entity or f"{m.kind}/{self.new[(m.start, m.end)]}"

    def new_entities(self) -> dict[str, tuple[Mention, int]]:
        """Each new entity's first mention and how often it is mentioned."""
        out: dict[str, tuple[Mention, int]] = {}
        for m in self.named:
            if m.new:
                first, count = out.get(self.ref(m), (m, 0))
                out[self.ref(m)] = (first, count + 1)
        return out

    # TriG ----------------------------------------------------------------------------------
    def trig(self) -> str:
        return self.dataset().serialize(format="trig")

    def dataset(self) -> Dataset:
        """The candidates as one named graph: what ``trig`` writes (and ``kg eval`` hands its scorer as
        N-Quads: the pretty TriG writer was a seventh of an evaluation's time)."""
        ds = Dataset()
        bind_prefixes(ds)
        g = ds.graph(URIRef(f"{self.base}graph/candidates/{self.source_id}"))
        source = URIRef(f"{self.base}source/{self.source_id}")
        g.add((source, RDF.type, MG.SourceDocument))
        g.add((source, DCTERMS.identifier, Literal(self.document.name)))
        g.add((source, MG.sha256, Literal(self.document.sha256)))
        for m, _ in self.new_entities().values():
            node = self.iri(m)
            g.add((node, RDF.type, _class(m.cls)))
            g.add((node, SKOS.prefLabel, Literal(self.label(m), lang="ar")))
            if (span := described(self.result.text, m, self.by_first)) is not None:
                # an unnamed item with what its clause says of it: how a reviewer tells one «اتفاقية» from another
                g.add((node, SKOS.altLabel, Literal(" ".join(self.result.text.quote(*span).split()), lang="ar")))
            # «ورشة إقليمية حول «حماية …»»: the title alone; «برنامج «رعاية»»: the title with its head noun; as the
            # item is also called
            # («المرحلة الثانية من برنامج «سجلي»»: a phase with what it is a phase of)
            for span in (title_within(self.result.text, m), headed_title(self.result.text, m),
                         phase_whole(self.result.text, m, self.by_first)):
                if span is not None:
                    g.add((node, SKOS.altLabel, Literal(" ".join(self.result.text.quote(*span).split()), lang="ar")))
            g.add((node, MG.confidence, Literal(str(m.confidence), datatype=XSD.decimal)))
            g.add((node, PROV.wasGeneratedBy, self.rule(g, m.rule)))
        for entity, known in sorted(self.result.known.items()):
            # a known entity as the graph (or the reference tables) knows it: the candidates read on their own
            node = URIRef(f"{self.base}id/{entity}")
            g.add((node, RDF.type, _class(known.cls)))
            g.add((node, SKOS.prefLabel, Literal(known.label, lang="ar")))
        for m in self.named:
            g.add((self.evidence(g, source, m, OA.identifying), OA.hasBody, self.iri(m)))
            if m.entity and (describe := self.result.known.get(m.entity)) is not None \
                    and (m.rule in _LINKED_BY_NAME or m.rule == _LIKE_A_NAME and m.last - m.first >= _LIKE_WORDS) \
                    and (named := self.as_named(m)) != describe.label:
                # «الأونروا»، «منظمة الهجرة الدولية»: a known entity as the document names it too
                g.add((self.iri(m), SKOS.altLabel, Literal(named, lang="ar")))
            if (span := with_place_word(self.result.text, m)) is not None:
                # «مدينة أسوان»، «إقليم صقلية»: the place as the text calls it, its word before its name
                g.add((self.iri(m), SKOS.altLabel, Literal(self.result.text.quote(*span), lang="ar")))
        heads = self.joint_heads
        for i, fact in enumerate(self.result.facts, 1):
            node = URIRef(f"{self.base}candidate/{self.source_id}/fact/{heads[i - 1] + 1}")
            if heads[i - 1] != i - 1:       # another funder of a joint tie: on the tie's node
                g.add((node, MG.funder, self.iri(fact.arg("funder"))))
                continue
            self.fact(g, node, fact)
            g.add((node, MG.confidence, Literal(str(fact.confidence), datatype=XSD.decimal)))
            g.add((node, PROV.wasGeneratedBy, self.rule(g, fact.rule)))
            g.add((node, PROV.wasDerivedFrom, source))
            ev = self.evidence(g, source, fact, OA.describing)
            g.add((node, MG.evidence, ev))
            g.add((ev, OA.hasBody, node))
        self.values(g, source)
        self.located(g, source)
        return ds

    @cached_property
    def joint_heads(self) -> list[int]:
        """For each fact, the index of the fact whose node states it: itself, or for the funders of one
        joint amount (``Fact.joint``) the first of them, so that the tie is one node with several
        funders and a sum per funder counts the amount once per funder, as curators record it."""
        first: dict[tuple, int] = {}
        heads = []
        for i, f in enumerate(self.result.facts):
            key = (f.start, f.end, f.arg("item").start, f.amount) if f.kind == "funding" and f.joint else (i,)
            heads.append(first.setdefault(key, i))
        return heads

    def located(self, g, source: URIRef) -> None:
        """Where things are (``places.located``): a place in a place (mg:partOf), an event or an
        agreement at a place (mg:place), each statement with its evidence as the values have."""
        for fact in self.result.located:
            what, where = self.iri(fact.arg("what")), self.iri(fact.arg("where"))
            predicate = MG.partOf if fact.role == "partOf" else MG.place
            g.add((what, predicate, where))
            ev = self.evidence(g, source, fact, OA.describing)
            g.add((ev, OA.hasBody, what))
            g.add((ev, MG.attestsProperty, predicate))
            g.add((ev, MG.confidence, Literal(str(fact.confidence), datatype=XSD.decimal)))
            g.add((ev, PROV.wasGeneratedBy, self.rule(g, fact.rule)))

    def values(self, g, source: URIRef) -> None:
        """The dates and amounts on their subjects (``relations.attach``): a statement about an entity
        (mg:budget, mg:dateSigned, mg:startDate …) with its evidence, as curated ``about`` facts are,
        or a further mg:amount of a funding tie; a dateline's date is the document's dcterms:issued."""
        for k, v in enumerate(self.result.values, 1):
            if v.fact is not None:
                tie = URIRef(f"{self.base}candidate/{self.source_id}/fact/{self.joint_heads[v.fact] + 1}")
                fact = self.result.facts[v.fact]
                assert isinstance(v.value, FoundAmount)  # only amounts go on a tie
                if fact.amount is not None and (fact.amount.value, fact.amount.currency) == (v.value.value,
                                                                                          v.value.currency):
                    if v.value.minimum:  # the tie's own amount, written with it
                        g.add((URIRef(f"{tie}#amount"), SKOS.note, Literal(_MINIMUM_NOTE, lang="en")))
                    continue
                node = URIRef(f"{tie}#amount-{k}")
                self.amount(g, tie, MG.amount, node, v.value)
                g.add((self.iri(fact.arg("item")), MG.fundedAmount, node))
                continue
            assert v.subject is not None
            subject = self.iri(v.subject)
            if isinstance(v.value, FoundAmount):
                self.amount(g, subject, MG.budget, URIRef(f"{self.base}candidate/{self.source_id}/value/{k}"),
                            v.value)
            else:
                g.add((subject, MG[v.prop], date_literal(v.value.value)))
            start, end = self.result.text.span(v.start, v.end)
            ev = URIRef(f"{self.base}candidate/{self.source_id}/evidence/{start}-{end}")
            annotate(g, ev, source, self.result.text.original, start, end, OA.describing, context=False)
            g.add((ev, OA.hasBody, subject))
            g.add((ev, MG.attestsProperty, MG.budget if isinstance(v.value, FoundAmount) else MG[v.prop]))
            g.add((ev, MG.confidence, Literal(str(v.confidence), datatype=XSD.decimal)))
            g.add((ev, PROV.wasGeneratedBy, self.rule(g, v.rule)))
        for group in self.result.groups:      # who an item is for, as the text words it
            subject = self.iri(group.subject)
            g.add((subject, MG.targetGroup, Literal(self.result.text.quote(group.start, group.end), lang="ar")))
            start, end = self.result.text.span(group.quote_start, group.end)
            ev = URIRef(f"{self.base}candidate/{self.source_id}/evidence/{start}-{end}")
            annotate(g, ev, source, self.result.text.original, start, end, OA.describing, context=False)
            g.add((ev, OA.hasBody, subject))
            g.add((ev, MG.attestsProperty, MG.targetGroup))
            g.add((ev, MG.confidence, Literal(str(group.confidence), datatype=XSD.decimal)))
            g.add((ev, PROV.wasGeneratedBy, self.rule(g, group.rule)))
        for d in self.result.dates:
            if d.dateline:
                g.add((source, DCTERMS.issued, date_literal(d.value)))

    def amount(self, g, subject: URIRef, predicate: URIRef, node: URIRef, a: FoundAmount) -> None:
        g.add((subject, predicate, node))
        g.add((node, RDF.type, MG.MonetaryAmount))
        g.add((node, MG.amountValue, Literal(str(a.value), datatype=XSD.decimal)))
        g.add((node, MG.currency, Literal(a.currency)))
        if a.estimate:
            g.add((node, MG.isEstimate, Literal(True)))
        if a.minimum:  # the ontology has no term for a lower bound: a note for the reviewer
            g.add((node, SKOS.note, Literal(_MINIMUM_NOTE, lang="en")))

    def iri(self, m: Mention) -> URIRef:
        if m.entity:
            return URIRef(f"{self.base}id/{m.entity}")
        return URIRef(f"{self.base}candidate/{self.source_id}/{self.ref(m)}")

    def rule(self, g, name: str) -> URIRef:
        node = URIRef(f"{self.base}extract/rule/{name.replace(':', '/')}")
        g.add((node, RDF.type, PROV.Activity))
        g.add((node, RDFS.label, Literal(f"kg extract rule {name}", lang="en")))
        return node

    def evidence(self, g, source: URIRef, item, motivation: URIRef) -> URIRef:
        start, end = self.result.span(item)
        ev = URIRef(f"{self.base}candidate/{self.source_id}/evidence/{start}-{end}")
        annotate(g, ev, source, self.result.text.original, start, end, motivation, context=False)
        return ev

    def fact(self, g, node: URIRef, fact: Fact) -> None:
        if fact.kind == "funding":
            g.add((node, RDF.type, MG.Funding))
            g.add((node, MG.funder, self.iri(fact.arg("funder"))))
            g.add((node, MG.fundedItem, self.iri(fact.arg("item"))))
            if fact.amount:
                amount = URIRef(f"{node}#amount")
                g.add((node, MG.amount, amount))
                g.add((self.iri(fact.arg("item")), MG.fundedAmount, amount))
                g.add((amount, RDF.type, MG.MonetaryAmount))
                g.add((amount, MG.amountValue, Literal(str(fact.amount.value), datatype=XSD.decimal)))
                g.add((amount, MG.currency, Literal(fact.amount.currency)))
                if fact.amount.estimate:
                    g.add((amount, MG.isEstimate, Literal(True)))
        elif fact.kind == "participation":
            g.add((node, RDF.type, MG.Participation))
            g.add((node, MG.participant, self.iri(fact.arg("agent"))))
            g.add((node, MG.participationIn, self.iri(fact.arg("in"))))
            g.add((node, MG.participationRole, ROLE[fact.role]))
        else:
            g.add((node, RDF.type, MG.PostHolding))
            g.add((node, ORG.member, self.iri(fact.arg("person"))))
            g.add((node, ORG.organization, self.iri(fact.arg("organization"))))
            if fact.role != "post":
                g.add((node, ORG.role, POST[fact.role]))
            if fact.title:
                g.add((node, MG.postTitle, Literal(fact.title, lang="ar")))

    # Review file ---------------------------------------------------------------------------
    def curated(self, fact: Fact) -> dict:
        """The fact as ``data/facts`` writes it (a joint tie with the list of its funders)."""
        if fact.kind == "funding":
            n = self.result.facts.index(fact)
            heads = self.joint_heads
            funders = [self.ref(f.arg("funder")) for k, f in enumerate(self.result.facts) if heads[k] == heads[n]]
            body: dict[str, str | list[str] | int | float | bool] = {
                "funder": funders if len(funders) > 1 else funders[0], "item": self.ref(fact.arg("item"))}
            if fact.amount:
                body |= {"amount": int(fact.amount.value) if fact.amount.value == int(fact.amount.value)
                         else float(fact.amount.value), "currency": fact.amount.currency}
                if fact.amount.estimate:
                    body["estimate"] = True
            return {"funding": body}
        if fact.kind == "participation":
            return {"participation": {"agent": self.ref(fact.arg("agent")), "in": self.ref(fact.arg("in")),
                                      "role": fact.role}}
        body = {"person": self.ref(fact.arg("person")), "organization": self.ref(fact.arg("organization"))}
        if fact.role != "post":
            body["role"] = fact.role
        body["title"] = fact.title or ""
        return {"post": body}

    def review(self) -> str:
        entities = [{"ref": key, "accept": False, "id": "", "type": m.cls, "label": {"ar": self.label(m)},
                     "mentions": n, "rule": m.rule, "confidence": m.confidence}
                    for key, (m, n) in self.new_entities().items()]
        # a body or place of the reference tables the registry lacks: added with a fact that names it
        entities += [{"ref": entity, "accept": False, "id": entity, "type": known.cls, "label": known.registry,
                      "reference": True} for entity, known in sorted(self.result.known.items()) if known.registry]
        facts: list[dict] = []
        heads = self.joint_heads
        for n, fact in enumerate(self.result.facts):
            if heads[n] != n:               # a further funder of a joint tie: in the tie's entry
                continue
            start, end = self.result.span(fact)
            quote = self.result.text.original[start:end]
            occurrence = self.result.text.original.count(quote, 0, start) + 1
            entry = {"accept": False, "quote": quote, **({"occurrence": occurrence} if occurrence > 1 else {}),
                     **self.curated(fact), "confidence": fact.confidence, "rule": fact.rule}
            facts.append(entry)
        doc = {"source": {"id": self.source_id, "file": self.document.name, "path": self.path or self.document.name,
                          "sha256": digest(self.document.text),
                          "genre": "press-release", "language": "ar"},
               "entities": entities, "facts": facts}
        header = ("# Review of the candidates of `kg extract`. Set accept: true on what the text states,\n"
                  "# give each accepted new entity an id (kind/slug, see data/README.md), correct anything wrong,\n"
                  "# then run: kg extract --accept <this file>. Nothing without accept: true is promoted.\n")
        return header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)

    # Report --------------------------------------------------------------------------------
    def report(self) -> str:
        r = self.result
        known = len({m.entity for m in r.mentions if m.entity})
        lines = [f"# Candidates from {self.document.name}", "",
                 f"{len(r.text.original)} characters; {len(r.mentions)} mentions of {known} known entities and "
                 f"{len(self.new_entities())} new ones; {len(r.facts)} facts; {len(r.dates)} dates; "
                 f"{len(r.amounts)} amounts. Named graph `{self.base}graph/candidates/{self.source_id}`.", "",
                 "## Facts", "", "| # | fact | quote | confidence | rule |", "|---|---|---|---|---|"]
        for i, fact in enumerate(r.facts, 1):
            lines.append(f"| {i} | {self.describe(fact)} | {_cell(r.quote(fact))} | {fact.confidence:.2f} | {fact.rule} |")
        lines += ["", "## New entities", "", "| ref | class | label | mentions | confidence | rule |",
                  "|---|---|---|---|---|---|"]
        for key, (m, n) in self.new_entities().items():
            lines.append(f"| {key} | {m.cls} | {_cell(self.label(m))} | {n} | {m.confidence:.2f} | {m.rule} |")
        lines += ["", "## Dates and amounts", "", "| value | quote |", "|---|---|"]
        for d in r.dates:
            lines.append(f"| {d.value}{' – ' + d.end_value if d.end_value else ''} | {_cell(r.quote(d))} |")
        for a in r.amounts:
            qualifier = " (estimate)" if a.estimate else " (at least)" if a.minimum else ""
            lines.append(f"| {a.value} {a.currency}{qualifier} | {_cell(r.quote(a))} |")
        lines += ["", "## Values on their subjects", "", "| value | on | property | quote | confidence | rule |",
                  "|---|---|---|---|---|---|"]
        for v in r.values:
            shown = (f"{v.value.value} {v.value.currency}" if isinstance(v.value, FoundAmount) else v.value.value)
            on = f"fact {v.fact + 1}" if v.fact is not None else (
                f"{self.ref(v.subject)} «{_cell(self.label(v.subject))}»" if v.subject and v.subject.new
                else v.subject.entity if v.subject else "")
            lines.append(f"| {shown} | {on} | mg:{v.prop} | {_cell(r.text.quote(v.start, v.end))} | "
                         f"{v.confidence:.2f} | {v.rule} |")
        lines += ["", "## Who items are for", "", "| target group | of | quote | confidence | rule |", "|---|---|---|---|---|"]
        for t in r.groups:
            of = f"{self.ref(t.subject)} «{_cell(self.label(t.subject))}»" if t.subject.new else t.subject.entity
            lines.append(f"| {_cell(r.text.quote(t.start, t.end))} | {of} | {_cell(r.text.quote(t.quote_start, t.end))} | "
                         f"{t.confidence:.2f} | {t.rule} |")
        return "\n".join(lines) + "\n"

    def describe(self, fact: Fact) -> str:
        names = [f"{self.ref(m)} «{_cell(self.label(m))}»" if m.new else m.entity for _, m in fact.args]
        amount = f" ({fact.amount.value} {fact.amount.currency})" if fact.amount else ""
        return f"{names[0]} —{fact.role}→ {names[1]}{amount}"


def _class(cls: str) -> URIRef:
    return FOAF.Person if cls == "foaf:Person" else MG[cls]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
