"""``kg eval``: the extractor measured against the curated facts, leaving one document out.

For each source document D, the extractor runs with the gazetteer it would have had if D were new:
entities that other documents' facts name, plus reference entities (places, or an external identifier), and of
their names only those not attested in D alone (``Gazetteer.without``). Its proposals are compared
with what the curators recorded for D:

- **mentions**: the spans where D names an entity of the registry, found with every name of the
  registry, inside the quotes of D's facts (the text a curator has read; elsewhere nothing says
  what is right). Exact original offsets. Descriptions (مشروع هام, an indefinite head noun with
  only adjectives) are proposed as arguments of facts, not as names, and are not scored here.
- **linking**: a mention also links right: to the registry entity, or, for an entity the
  left-out gazetteer cannot know, to "new".
- **relations**, by type (funding, implementing, partner, organizer, host, party, post): the
  curated tuples (agent, item) of D. A proposed argument matches a curated entity when it links
  to it or, for a new entity, when its span overlaps a mention of that entity (or, where the quote
  never names it, the quote itself or, of the same kind, the sentence of the quote). **funding with
  amounts** also requires the same amount and currency, or none on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from kg import queryfiles
from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Fact, Mention
from kg.extract.pipeline import Extraction, extract

RELATION_TYPES = {"funding": "funding", "implementing": "implementing", "partner": "partner",
                  "organizer": "organizer", "host": "host", "party": "party", "signatory": "party"}
SCORED = set(RELATION_TYPES.values()) | {"post"}   # the relation types scored, each on its own
TARGETS = {"mentions": 0.90, "linking": 0.85, "relations": 0.70, "funding with amounts": 0.80}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self


@dataclass(frozen=True)
class GoldFact:
    type: str
    a: str
    b: str
    start: int
    end: int
    amount: tuple[Decimal, str] | None


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[tuple[str, str, str]] = field(default_factory=list)   # (document, what, detail)
    documents: int = 0
    characters: int = 0

    def passed(self) -> dict[str, bool]:
        return {name: self.scores[name].f1 >= target for name, target in TARGETS.items()}

    def table(self) -> str:
        lines = [f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}  target"]
        order = ["mentions", "linking", "relations", "funding with amounts"] + \
            [f"  {t}" for t in sorted(SCORED)]
        for name in order:
            s = self.scores[name.strip()]
            target = TARGETS.get(name)
            mark = "" if target is None else f"≥ {target:.2f} {'ok' if s.f1 >= target else 'BELOW'}"
            lines.append(f"{name:24} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:5} {s.fp:5} {s.fn:5}  {mark}")
        return "\n".join(lines)


class Corpus:
    """The curated graph as ``kg eval`` needs it: texts, gazetteer, facts and quotes per document."""

    def __init__(self, store: ox.Store, base_iri: str) -> None:
        def doc(iri) -> str:
            return iri.value.rsplit("/", 1)[-1]

        def entity(iri) -> str:
            return iri.value.removeprefix(base_iri + "id/")

        def select(name: str) -> ox.QuerySolutions:
            solutions = store.query(queryfiles.text("extract", name))
            assert isinstance(solutions, ox.QuerySolutions)  # the queries are SELECTs
            return solutions

        self.gazetteer = Gazetteer.from_store(store, base_iri)
        self.texts = {doc(r["source"]): r["text"].value for r in select("sources.rq")}
        self.quotes: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for r in select("quotes.rq"):
            self.quotes[doc(r["source"])].append((int(r["start"].value), int(r["end"].value)))
        self.facts: dict[str, set[GoldFact]] = defaultdict(set)
        for r in select("facts.rq"):
            role = r["role"].value
            kind = "post" if r["kind"].value == "post" else RELATION_TYPES.get(role)
            if kind is None:
                continue
            amount = (Decimal(r["value"].value), r["currency"].value) if r["value"] is not None else None
            self.facts[doc(r["source"])].add(GoldFact(kind, entity(r["a"]), entity(r["b"]), int(r["start"].value),
                                                      int(r["end"].value), amount))


def evaluate(corpus: Corpus, progress=lambda _: None, leave_out: bool = True) -> Report:
    """``leave_out=False`` reads each document with the whole graph as gazetteer: what the rules
    do when every entity is known (the gap to the left-out figures is what new entities cost)."""
    report = Report()
    for doc, text in sorted(corpus.texts.items()):
        progress(doc)
        known = corpus.gazetteer.without(doc, corpus.texts) if leave_out else corpus.gazetteer
        result = extract(text, known)
        report.documents += 1
        report.characters += len(text)
        _Document(doc, corpus, known, result, report).score()
    for name in list(report.scores):
        if name in SCORED:
            report.scores["relations"] += report.scores[name]
    return report


class _Document:
    def __init__(self, doc: str, corpus: Corpus, known: Gazetteer, result: Extraction, report: Report) -> None:
        self.doc, self.known, self.result, self.report = doc, known, result, report
        self.quotes = corpus.quotes[doc]
        self.gold_facts = corpus.facts[doc]
        # every mention the gazetteer finds has an entity: the test only narrows the type
        self.gold = {result.span(m): m.entity for m in corpus.gazetteer.match(result.text) if m.entity is not None}
        self.gold_by_entity: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for span, e in self.gold.items():
            self.gold_by_entity[e].append(span)

    def read(self, span: tuple[int, int]) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in self.quotes)

    def error(self, what: str, span: tuple[int, int], detail: str = "") -> None:
        quote = self.result.text.original[span[0]:span[1]].replace("\n", " ")
        self.report.errors.append((self.doc, what, f"{span[0]}-{span[1]} «{quote}» {detail}".rstrip()))

    def score(self) -> None:
        self.mentions()
        self.relations()

    def mentions(self) -> None:
        predicted = {self.result.span(m): m for m in self.result.mentions if m.rule != "description"}
        predicted = {span: m for span, m in predicted.items() if self.read(span)}
        gold = {span: e for span, e in self.gold.items() if self.read(span)}
        found, linked = Score(), Score()
        for span, m in predicted.items():
            if span not in gold:
                found.fp += 1
                linked.fp += 1
                self.error("mention: not in the curated data", span, m.entity or f"new {m.kind}")
                continue
            found.tp += 1
            expected = gold[span] if gold[span] in self.known.entries else None
            if m.entity == expected:
                linked.tp += 1
            else:
                linked.fp += 1
                linked.fn += 1
                self.error("linking: wrong entity", span, f"{m.entity or 'new'} instead of {expected or 'new'}")
        for span, e in gold.items():
            if span not in predicted:
                found.fn += 1
                linked.fn += 1
                self.error("mention: missed", span, e)
        self.report.scores["mentions"] += found
        self.report.scores["linking"] += linked

    def same(self, m: Mention, entity: str, quote: tuple[int, int], reach: int = 2) -> bool:
        """Is ``m`` the curated ``entity`` of a fact quoted at ``quote``? A new mention is when it
        overlaps a mention of the entity; with ``reach`` 1 also, where the quote never names the
        entity, when it overlaps the quote; with ``reach`` 2 also, of the entity's kind, anywhere in
        the sentence of the quote (a curated quote is the shortest clause: the thing it is about may
        stand earlier)."""
        if m.entity is not None:
            return m.entity == entity
        span = self.result.span(m)
        spans = self.gold_by_entity.get(entity, [])
        if any(s < span[1] and span[0] < e for s, e in spans):
            return True
        if reach == 0 or any(quote[0] <= s and e <= quote[1] for s, e in spans):
            return False
        if quote[0] < span[1] and span[0] < quote[1]:
            return True
        sentence = self.sentence_of(quote[0])
        return reach == 2 and m.kind == entity.split("/", 1)[0] and sentence[0] <= span[0] and span[1] <= sentence[1]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        text = self.result.text
        return next((span for s, e in text.sentences for span in [text.span(s, e)] if span[1] > offset), (0, 0))

    def matches(self, fact: Fact, gold: GoldFact, reach: int) -> bool:
        a, b = (m for _, m in fact.args)
        quote = (gold.start, gold.end)
        return self.same(a, gold.a, quote, reach) and self.same(b, gold.b, quote, reach)

    def relations(self) -> None:
        predicted = [f for f in self.result.facts if (f.role if f.kind != "post" else "post") in SCORED]
        unmatched = set(self.gold_facts)
        amounts = Score()

        def find(fact: Fact, kind: str, reach: int) -> GoldFact | None:
            return next((g for g in sorted(unmatched, key=lambda g: (g.start, g.end, g.type, g.a, g.b))
                         if g.type == kind and self.matches(fact, g, reach)), None)

        # the closest reading first, so that a looser one never takes a curated fact another proposal names
        pairs = {}
        for reach in (0, 1, 2):
            for fact in predicted:
                kind = "post" if fact.kind == "post" else fact.role
                if id(fact) not in pairs and (gold := find(fact, kind, reach)) is not None:
                    pairs[id(fact)] = gold
                    unmatched.discard(gold)
        for fact in predicted:
            kind = "post" if fact.kind == "post" else fact.role
            score = self.report.scores[kind]
            gold = pairs.get(id(fact))
            if gold is None:
                score.fp += 1
                if kind == "funding":
                    amounts.fp += 1
                self.error(f"{kind}: not in the curated data", self.result.span(fact), self.describe(fact))
                continue
            score.tp += 1
            if kind == "funding":
                said = (fact.amount.value, fact.amount.currency) if fact.amount else None
                if said == gold.amount:
                    amounts.tp += 1
                else:
                    amounts.fp += 1
                    amounts.fn += 1
                    self.error("funding: wrong amount", self.result.span(fact), f"{said} instead of {gold.amount}")
        for gold in unmatched:
            self.report.scores[gold.type].fn += 1
            if gold.type == "funding":
                amounts.fn += 1
            self.error(f"{gold.type}: missed", (gold.start, gold.end), f"{gold.a} → {gold.b}")
        self.report.scores["funding with amounts"] += amounts

    def describe(self, fact: Fact) -> str:
        return " → ".join(m.entity or f"new:{self.result.quote(m)}" for _, m in fact.args) + f" [{fact.rule}]"
