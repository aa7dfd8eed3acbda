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

``kg eval --corpus DIR`` (``evaluate_corpus``) also scores a gold corpus such as
tests/data/extraction-dev: its own scorer (DIR/extraction_check.py, used as a library) on the quads of the TriG
that ``kg extract`` writes (as N-Quads, faster to write), and the typed relations (``score_typed``) against the gold's ten relation types.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
import yaml

from kg import queryfiles
from kg.extract.gazetteer import Gazetteer, Name
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


# A gold corpus (tests/data/extraction-dev) --------------------------------------------------------
#
# ``kg eval --corpus DIR`` reads every NAME.gold.yaml of DIR with the extractor as ``kg extract`` runs
# it (the current graph as gazetteer), writes the candidates (the quads of its TriG) and scores them twice: with the
# corpus's own scorer (DIR/extraction_check.py, loaded as a library: entities by their labels, facts
# as paths between entities whatever their type, values, must-not rules), and with the typed
# relations below, which that scorer leaves out.

GOLD_RELATIONS = ("funds", "implements", "partner_of", "organizes", "hosts", "participates_in", "signatory_of",
                  "holds_position_in", "located_in", "targets")
SYMMETRIC = {"partner_of"}          # X partner of Y: the same fact as Y partner of X
ITEM_FIRST = {"targets"}            # the gold says programme targets group; our fact is (beneficiary, item)
# the extractor's participation roles (vocab/role) as the gold's relation types; a post is holds_position_in
# (the gold has no «accountable»: it records a joint programme's owners as implementing it)
ROLE_RELATIONS = {"funding": "funds", "implementing": "implements", "accountable": "implements",
                  "partner": "partner_of", "organizer": "organizes",
                  "host": "hosts", "party": "signatory_of", "signatory": "signatory_of",
                  "participant": "participates_in", "member": "participates_in", "observer": "participates_in",
                  "chair": "participates_in", "co-chair": "participates_in", "champion": "participates_in",
                  "beneficiary": "targets"}
SPLITS = {"fund": "develop", "inst": "develop", "law": "develop", "agr": "measure", "ngo": "measure", "coop": "measure"}
Triple = tuple[str, str, str]       # (gold relation, subject entity id, object entity id)


def gold_relation(fact: Fact) -> str | None:
    """The gold relation type a proposed fact states, or None for a role the gold has no type for."""
    if fact.kind == "located":
        return "located_in"
    return "holds_position_in" if fact.kind == "post" else ROLE_RELATIONS.get(fact.role)


def split_of(name: str) -> str:
    """develop (fund_, inst_, law_), measure (agr_, ngo_, coop_) or other."""
    return SPLITS.get(name.split("_", 1)[0], "other")


def _key(relation: str, subject: str, obj: str) -> Triple:
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return relation, subject, obj


def gold_triples(gold: dict) -> set[Triple]:
    """The typed facts of a gold annotation between two entities, as the vendored scorer counts them:
    without optional facts and facts on optional entities. A ``targets`` fact with only an
    ``object_text`` (a group of people) has no entity to match and is not counted."""
    optional = {e["id"] for e in gold.get("entities") or [] if e.get("optional")}
    return {_key(f["relation"], f["subject"], f["object"]) for f in gold.get("facts") or []
            if f.get("relation") in GOLD_RELATIONS and f.get("object") and not f.get("optional")
            and f["subject"] not in optional and f["object"] not in optional}


def optional_triples(gold: dict) -> set[Triple]:
    """The typed facts between two entities that ``gold_triples`` leaves out as borderline: optional
    facts and facts on optional entities. The corpus's README lets a scorer ignore them, and its own
    scorer counts them as right in precision while leaving them out of recall; ``score_typed``
    neither rewards nor penalizes proposing one."""
    optional = {e["id"] for e in gold.get("entities") or [] if e.get("optional")}
    return {_key(f["relation"], f["subject"], f["object"]) for f in gold.get("facts") or []
            if f.get("relation") in GOLD_RELATIONS and f.get("object")
            and (f.get("optional") or f["subject"] in optional or f["object"] in optional)}


@dataclass(frozen=True)
class Proposal:
    """A proposed fact in the gold's terms: its type and the gold entities each argument may be
    (none when it names no gold entity; more than one when its label fits several equally)."""
    relation: str
    subject: frozenset[str]
    object: frozenset[str]
    subject_text: str = ""
    object_text: str = ""
    rule: str = ""


@dataclass
class TypedScore:
    """Typed relations of one or more documents: distinct (type, subject, object) triples, per type."""
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    found: list[Triple] = field(default_factory=list)
    spurious: list[tuple[str, str, str, str]] = field(default_factory=list)   # type, subject, object, rule
    missed: list[Triple] = field(default_factory=list)

    @property
    def total(self) -> Score:
        total = Score()
        for relation in GOLD_RELATIONS:
            total += self.scores[relation]
        return total

    def __iadd__(self, other: TypedScore) -> TypedScore:
        for relation, score in other.scores.items():
            self.scores[relation] += score
        self.found += other.found
        self.spurious += other.spurious
        self.missed += other.missed
        return self


def score_typed(proposals: list[Proposal], gold: set[Triple],
                ignored: set[Triple] | frozenset[Triple] = frozenset()) -> TypedScore:
    """Each proposal stands for one triple: one of its readings that is a gold triple if any, else
    (when both arguments are gold entities) its first reading, else its arguments as written. The
    triples proposed (each once, however often stated) are compared with the gold ones: a gold
    triple proposed is a true positive, one not proposed a false negative, any other proposed triple
    a false positive, except an ``ignored`` one (a borderline fact of the gold, ``optional_triples``),
    which counts neither way. ``partner_of`` is symmetric; every other type keeps its direction."""
    gold = {_key(*t) for t in gold}
    borderline = {_key(*t) for t in ignored} - gold
    said: dict[tuple[str, str, str], Proposal] = {}
    for p in proposals:
        readings = [_key(p.relation, s, o) for s in sorted(p.subject) for o in sorted(p.object)]
        if not any(r in gold for r in readings) and any(r in borderline for r in readings):
            continue
        hit = next((r for r in readings if r in gold), None)
        if hit is None and not readings:
            subject = min(p.subject) if p.subject else f"«{p.subject_text}»"
            obj = min(p.object) if p.object else f"«{p.object_text}»"
            hit = (p.relation, subject, obj)
        said.setdefault(hit or readings[0], p)
    result = TypedScore()
    for triple, p in sorted(said.items()):
        if triple in gold:
            result.scores[triple[0]].tp += 1
            result.found.append(triple)
        else:
            result.scores[triple[0]].fp += 1
            result.spurious.append((*triple, p.rule))
    for triple in sorted(gold - set(said)):
        result.scores[triple[0]].fn += 1
        result.missed.append(triple)
    return result


def load_scorer(directory: Path) -> Any:
    """The corpus's own scorer, ``DIR/extraction_check.py``, as a module (it imports
    ``gold_coverage`` from beside it)."""
    path = Path(directory) / "extraction_check.py"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no scorer in the corpus directory")
    spec = importlib.util.spec_from_file_location(f"_kg_extraction_check_{abs(hash(str(path.resolve())))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _faster(module)
    return module


def _faster(scorer: Any) -> None:
    """The same scorer, faster. Its word comparison asks for a word's proclitic variants tens of millions of
    times over a few thousand words (memoized here, and compared without building their intersection); it
    looks for each gold name at every position of a literal, word by word (here only where the name's first
    word stands, found in an index of the literal's words); it normalizes the same strings again and again
    (memoized); it compares every word of a literal with every word of every gold name for its fuzzy tier (here
    each word with the union of a name's variants); and it reads each gold twice with PyYAML's pure-Python loader
    (once here, with libyaml's: the same safe loader in C). Its answers do not change
    (``test_the_scorer_made_faster_answers_as_before``)."""
    variants = getattr(scorer, "tok_variants", None)
    if variants is None:
        return
    names = variants.__globals__       # the module's own, or the namespace a folder's stand-in runs it in
    word_variants = functools.cache(lambda word: frozenset(variants(word)))
    names["tok_variants"] = word_variants
    names["tok_eq"] = lambda a, b: a == b or not word_variants(a).isdisjoint(word_variants(b))
    if "GoldIndex" in names:
        names["GoldIndex"].spans = _indexed_spans(word_variants, names["tok_eq"])
        if {"content_tokens", "GENERIC_HEADS", "norm"} <= names.keys():
            names["GoldIndex"].match = _indexed_fuzzy(names["GoldIndex"].match, word_variants, names)
    coverage = names.get("gc")
    if coverage is not None and hasattr(coverage, "norm"):
        if not hasattr(coverage.norm, "cache_info"):      # (the shared module, patched once)
            coverage.norm = functools.lru_cache(maxsize=1 << 16, typed=True)(coverage.norm)
        names["norm"] = coverage.norm
    if getattr(names.get("yaml"), "__with_libyaml__", False):
        # (the last gold read is kept: each is read twice in a row, and neither reader changes it)
        names["yaml"] = SimpleNamespace(safe_load=functools.lru_cache(maxsize=1)(
            lambda text: yaml.load(text, Loader=yaml.CSafeLoader)))


def _indexed_spans(variants: Callable[[str], frozenset[str]], same: Callable[[str, str], bool]) -> Callable[..., Any]:
    """``GoldIndex.spans`` (every gold name found as a run of a literal's words), trying a name only where a
    word of the literal is its first word: each word's variants, the word among them, index its positions."""
    def spans(index: Any, words: list[str]) -> list[tuple[str, int, int, str, str]]:
        at: defaultdict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(words):
            for variant in variants(word):
                at[variant].append(i)
        found = []
        for key, (eid, kind) in index.keys.items():
            name = index.key_tokens[key]
            last = len(words) - len(name)
            starts = sorted({i for v in variants(name[0]) for i in at.get(v, ()) if i <= last}) if name \
                else range(last + 1)
            found += [(eid, i, i + len(name), kind, key) for i in starts
                      if all(same(words[i + j], name[j]) for j in range(len(name)))]
        return found
    return spans


def _indexed_fuzzy(match: Callable[..., Any], variants: Callable[[str], frozenset[str]],
                   names: dict[str, Any]) -> Callable[..., Any]:
    """``GoldIndex.match`` with its last tier, the fuzzy one, asked per gold name with the union of its words'
    variants: a word of the literal is like some word of the name when its variants meet that union (every word is
    among its own variants), so each name costs a set test per word, not one per pair of words. The tiers before
    it are the scorer's own, run with its fuzzy tier off."""
    def fuzzy_keys(index: Any) -> list[tuple[str, list[str], frozenset[str]]]:
        keys = index.__dict__.get("_kg_fuzzy_keys")
        if keys is None:
            keys = index._kg_fuzzy_keys = [
                (eid, words, frozenset().union(*map(variants, words)))
                for key, (eid, kind) in index.keys.items()
                if kind != "acronym" and len(words := index.key_content[key]) >= 2]
        return keys

    def fast_match(index: Any, literal: str) -> Any:
        if not index.fuzzy:
            return match(index, literal)
        index.fuzzy = False
        try:
            found = match(index, literal)
        finally:
            index.fuzzy = True
        if found is not None:
            return found
        key = names["norm"](literal)
        if not key or re.search(r"\d", key):
            return None
        words = names["content_tokens"](key)
        if len(words) < 2:
            return None
        word_variants = [variants(w) for w in words]
        all_variants = frozenset().union(*word_variants)
        best: dict[str, float] = {}
        for eid, name, name_variants in fuzzy_keys(index):
            of_literal = sum(1 for v in word_variants if not v.isdisjoint(name_variants)) / len(words)
            of_name = sum(1 for w in name if not variants(w).isdisjoint(all_variants)) / len(name)
            first = not word_variants[0].isdisjoint(name_variants) or words[0] in names["GENERIC_HEADS"]
            if of_literal >= 0.8 and of_name >= 0.6 and first:
                best[eid] = max(best.get(eid, 0), of_literal + of_name)
        if not best:
            return None
        top = max(best.values())
        winners = {eid for eid, score in best.items() if score == top}
        return ("fuzzy", winners) if len(winners) == 1 else ("ambiguous", winners)
    return fast_match


def scorer_options(**overrides: Any) -> argparse.Namespace:
    """The defaults of ``extraction_check.py``'s command line, which its ``Doc`` reads."""
    options = {"format": None, "no_fuzzy": False, "max_nodes": 10, "max_degree": 10, "hub": 8, "hub_share": 0.5,
               "date_hops": 3, "any_middle": False}
    return argparse.Namespace(**(options | overrides))


@dataclass
class DocumentResult:
    name: str
    split: str
    summary: dict[str, Any]          # extraction_check's counts: ent_tp, ent_pred, fact_found …
    typed: TypedScore
    unmapped: int                    # proposed facts of a role with no gold type
    detail: dict[str, Any]           # extraction_check's full result for the document

    @property
    def must_not(self) -> int:
        """The scorer's must-not violations, less those of a rule its own gold contradicts: the scorer reads a
        note such as "the 2009 framework agreement has no amount" as "no money in this document" (``no_money``),
        so in a document whose gold lists amounts every right amount, and every quote next to one, would count."""
        violations = [v for v in self.detail.get("violations", []) if not self._gold_fact(str(v.get("what", "")))]
        if not self.summary.get("amounts"):
            return len(violations)
        return sum(1 for v in violations if not str(v.get("what", "")).startswith("no_money:"))

    def _gold_fact(self, what: str) -> bool:
        """Whether a violation is a fact of the gold itself, found: a note the scorer reads as a rule about every fact of
        a relation and subject ("KSrelief does not fund forced deportations … no funds fact for them" as no
        ``funds(ksrelief, …)`` at all) forbids the gold's own ``funds(ksrelief, project)``. The violation names the gold
        fact's relation and subject, and the very fact of the output the scorer found the gold fact by (one fact node of
        the output ties one funder, partner … to one item: the same node is the same pair)."""
        relation, _, rest = what.partition("(")
        pair, _, path = rest.partition("): ")
        subject = pair.partition(", ")[0]
        return path.startswith("via <") and any(
            f.get("ok") and f.get("why") == path and str(f.get("id", "")).partition(":")[2].split(".")[:2] == [subject, relation]
            for f in self.detail.get("facts", []))

    @property
    def attached(self) -> Counter[str]:
        """The gold's amounts and dates that the output carries on their subject (within the scorer's reach of
        it), by value relation ("amount", "date"), and their totals ("amount_total", "date_total"): what the
        issue's "attached to the right subject" asks, where ``amounts``/``dates`` only ask that the value is
        found at all."""
        out: Counter[str] = Counter()
        for fact in self.detail.get("facts", []):
            if fact.get("relation") in ("amount", "date") and not fact.get("optional"):   # as the scorer's facts R
                out[fact["relation"] + "_total"] += 1
                out[fact["relation"]] += bool(fact.get("ok"))
        return out


@dataclass
class CorpusReport:
    documents: list[DocumentResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def splits(self) -> list[str]:
        order = ["develop", "measure", "other"]
        return sorted({d.split for d in self.documents}, key=order.index)

    def totals(self, split: str) -> dict[str, Any]:
        """extraction_check's figures micro-averaged over the documents of ``split``, with the typed relations."""
        docs = [d for d in self.documents if d.split == split]
        t: Counter[str] = Counter()
        typed = TypedScore()
        attached: Counter[str] = Counter()
        for d in docs:
            t.update({k: v for k, v in d.summary.items() if k != "doc"})
            typed += d.typed
            attached.update(d.attached)
        p = t["ent_tp"] / t["ent_pred"] if t["ent_pred"] else 0.0
        r = t["ent_found"] / t["ent_total"] if t["ent_total"] else 1.0
        rel = typed.total
        return {
            "documents": len(docs),
            "entities": {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
                         "found": t["ent_found"], "total": t["ent_total"]},
            "facts": {"R": t["fact_found"] / t["fact_total"] if t["fact_total"] else 1.0,
                      "found": t["fact_found"], "total": t["fact_total"]},
            "amounts": {"found": t["amounts_ok"], "total": t["amounts"]},
            "dates": {"found": t["dates_ok"], "total": t["dates"]},
            "attached": {"amounts": attached["amount"], "amounts_total": attached["amount_total"],
                         "dates": attached["date"], "dates_total": attached["date_total"],
                         "found": attached["amount"] + attached["date"],
                         "total": attached["amount_total"] + attached["date_total"]},
            "must_not": sum(d.must_not for d in docs),
            "must_not_scorer": t["must_not"],
            "evidence": {"ok": t["ev_ok"], "total": t["ev_total"]},
            "relations": _score_dict(rel),
            "by_relation": {r: _score_dict(typed.scores[r]) for r in GOLD_RELATIONS},
            "unmapped": sum(d.unmapped for d in docs),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "splits": {s: self.totals(s) for s in self.splits()},
            "documents": {d.name: {"split": d.split, "summary": d.summary, "unmapped": d.unmapped,
                                   "relations": {"total": _score_dict(d.typed.total),
                                                 **{r: _score_dict(d.typed.scores[r]) for r in GOLD_RELATIONS},
                                                 "found": [list(t) for t in d.typed.found],
                                                 "spurious": [list(t) for t in d.typed.spurious],
                                                 "missed": [list(t) for t in d.typed.missed]},
                                   "extraction_check": d.detail}
                          for d in self.documents},
            "errors": self.errors,
        }


def _score_dict(s: Score) -> dict[str, float | int]:
    return {"P": s.precision, "R": s.recall, "F1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}


def evaluate_corpus(directory: Path, gazetteer: Gazetteer, base_iri: str, progress=lambda _: None,
                    splits: set[str] | None = None, only: Container[str] | None = None) -> CorpusReport:
    """Every ``*.gold.yaml`` of ``directory`` (of ``splits`` only, and of the documents named in ``only``, if given)
    read and scored."""
    from kg.extract import reader
    from kg.extract.output import Candidates

    directory = Path(directory)
    scorer = load_scorer(directory)
    options = scorer_options()
    labels: dict[str, list[Name]] = defaultdict(list)
    for n in gazetteer.names:
        labels[n.entity].append(n)
    report = CorpusReport()
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        for gold_path in sorted(directory.glob("*.gold.yaml")):
            name = gold_path.name.removesuffix(".gold.yaml")
            split = split_of(name)
            if splits is not None and split not in splits or only is not None and name not in only:
                continue
            progress(name)
            try:
                gold, _, body, text_path = scorer.load_gold(gold_path)
                # the body after the «# source:» line is the document, as the scorer reads it
                document = reader.from_bytes(body.encode("utf-8"), str(text_path))
                result = extract(document.text, gazetteer)
                candidates = Candidates(document, result, base_iri, path=str(text_path))
                quads = Path(tmp) / f"{name}.nq"
                quads.write_text(candidates.dataset().serialize(format="nquads"), encoding="utf-8")
                known = Path(tmp) / f"{name}.labels.nt"
                known.write_text(_known_labels(result, labels, base_iri), encoding="utf-8")
                doc = scorer.Doc([str(quads), str(known)], gold_path, options)
                doc.run()
            except Exception as error:  # noqa: BLE001  (one unreadable document does not stop the others)
                report.errors.append(f"{gold_path.name}: {type(error).__name__}: {error}")
                continue
            proposals, unmapped = _proposals(result, candidates, doc)
            report.documents.append(DocumentResult(name, split, dict(doc.S), score_typed(proposals, gold_triples(gold),
                                                                                 optional_triples(gold)),
                                                   unmapped, doc.to_json()))
    return report


def _known_labels(result: Extraction, labels: dict[str, list[Name]], base_iri: str) -> str:
    """N-Triples: every name in the graph of each known entity the candidates link to. The
    candidates name a known entity by its IRI only; the corpus scorer finds entities by label."""
    lines = []
    for entity in sorted(result.known):     # what the TriG names (a name inside another, unused, is not written)
        for n in labels.get(entity, []):
            p = "prefLabel" if n.property == "prefLabel" else "altLabel"
            lines.append(f"<{base_iri}id/{entity}> <http://www.w3.org/2004/02/skos/core#{p}> {json.dumps(n.text)} .")
    return "\n".join(lines) + "\n"


def _proposals(result: Extraction, candidates: Any, doc: Any) -> tuple[list[Proposal], int]:
    """The proposed facts in the gold's terms. An argument is the gold entities whose names the
    scorer matched to its node's labels, or else (a known entity whose names in the graph are not
    the gold's) to its words in the text."""
    def entities(m: Mention) -> frozenset[str]:
        owners = doc.owner.get(("uri", str(candidates.iri(m))))
        if owners:
            return frozenset(owners)
        match = doc.idx.match(result.quote(m))
        return frozenset(match[1]) if match and match[0] != "ambiguous" else frozenset()

    proposals, unmapped = [], 0
    for fact in [*result.facts, *result.located]:
        relation = gold_relation(fact)
        if relation is None:
            unmapped += 1
            continue
        (_, a), (_, b) = fact.args
        if relation in ITEM_FIRST:
            a, b = b, a
        proposals.append(Proposal(relation, entities(a), entities(b), " ".join(result.quote(a).split()),
                                  " ".join(result.quote(b).split()), fact.rule))
    return proposals, unmapped


def corpus_table(corpus: CorpusReport, sources: Report | None = None, sources_label: str = "leave-one-out") -> str:
    """One line per split of the corpus (the scorer's figures and the typed relations) and, last, the
    source documents as ``kg eval`` scores them; then the typed relations by type and split."""
    head = (f"{'':26} {'docs':>4}  {'entities P':>10} {'R':>5} {'F1':>5}  {'facts R':>7}  {'amounts':>7} {'dates':>7}"
            f"  {'on subject':>10}  {'must-not':>8}  {'relations P':>11} {'R':>5} {'F1':>5} {'TP':>4} {'FP':>4} {'FN':>4}")
    lines = [head]
    splits = corpus.splits()
    totals = {s: corpus.totals(s) for s in splits}
    for split in splits:
        t = totals[split]
        e, r = t["entities"], t["relations"]
        lines.append(f"{split:26} {t['documents']:4}  {e['P']:10.2f} {e['R']:5.2f} {e['F1']:5.2f}  {t['facts']['R']:7.2f}"
                     f"  {t['amounts']['found']:>3}/{t['amounts']['total']:<3} {t['dates']['found']:>3}/{t['dates']['total']:<3}"
                     f"  {t['attached']['found']:>4}/{t['attached']['total']:<5}  {t['must_not']:8}  {r['P']:11.2f} {r['R']:5.2f} {r['F1']:5.2f} {r['tp']:4} {r['fp']:4} {r['fn']:4}")
    if sources is not None:
        m, r = sources.scores["mentions"], sources.scores["relations"]
        lines.append(f"{'sources (' + sources_label + ')':26} {sources.documents:4}  {m.precision:10.2f} {m.recall:5.2f} "
                     f"{m.f1:5.2f}  {'–':>7}  {'–':>7} {'–':>7}  {'–':>10}  {'–':>8}  {r.precision:11.2f} {r.recall:5.2f} {r.f1:5.2f} "
                     f"{r.tp:4} {r.fp:4} {r.fn:4}")
    lines.append("")
    lines.append("corpus: entities, facts R (any relation type), amounts, dates and must-not violations by the "
                 "corpus's extraction_check.py")
    lines.append("        (must-not: less a \"no amount\" rule in a document whose gold lists amounts, which the scorer "
                 "applies to every amount);")
    lines.append("        on subject: the gold's amounts and dates the output carries within the scorer's reach of the "
                 "entity they are of (amounts and dates: found anywhere);")
    lines.append("        relations: distinct typed (type, subject, object) triples against the gold's ten types.")
    if sources is not None:
        lines.append("sources: entities = mentions inside the curated quotes; relations = the curated facts "
                     "(funding, implementing, partner, organizer, host, party, post).")
    lines.append("")
    lines.append(f"{'typed relations':20}" + "".join(f"  {s + ' P':>11} {'R':>5} {'F1':>5} {'TP':>4} {'FP':>4} {'FN':>4}"
                                                  for s in splits))
    for relation in GOLD_RELATIONS:
        row = f"{relation:20}"
        for split in splits:
            s = totals[split]["by_relation"][relation]
            precision = f"{s['P']:11.2f}" if s["tp"] + s["fp"] else f"{'–':>11}"   # nothing proposed
            row += f"  {precision} {s['R']:5.2f} {s['F1']:5.2f} {s['tp']:4} {s['fp']:4} {s['fn']:4}"
        lines.append(row)
    unmapped = {s: totals[s]["unmapped"] for s in splits if totals[s]["unmapped"]}
    if unmapped:
        lines.append("facts of a role without a gold type (not scored): "
                     + ", ".join(f"{s} {n}" for s, n in unmapped.items()))
    return "\n".join(lines)
