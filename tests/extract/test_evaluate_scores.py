"""kg.extract.evaluate beyond the floors of test_evaluate.py: the arithmetic of a score at its edges,
the report's verdicts, and that the gold standard and the errors point where they say."""

from collections import defaultdict
from decimal import Decimal

import pytest
import yaml

from kg.config import ROOT
from kg.extract.evaluate import RELATION_TYPES, TARGETS, Report, Score, evaluate

TYPES = sorted(set(RELATION_TYPES.values()) | {"post"})


# Score ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("tp, fp, fn, precision, recall, f1", [
    (0, 0, 0, 1.0, 1.0, 1.0),          # nothing to find and nothing proposed
    (0, 3, 0, 0.0, 1.0, 0.0),          # only spurious proposals
    (0, 0, 4, 1.0, 0.0, 0.0),          # only misses
    (0, 2, 2, 0.0, 0.0, 0.0),          # p + r == 0: no division by zero
    (5, 0, 0, 1.0, 1.0, 1.0),
    (2, 2, 0, 0.5, 1.0, 2 / 3),
    (1, 0, 3, 1.0, 0.25, 0.4),
])
def test_score_edges(tp, fp, fn, precision, recall, f1):
    s = Score(tp, fp, fn)
    assert s.precision == pytest.approx(precision)
    assert s.recall == pytest.approx(recall)
    assert s.f1 == pytest.approx(f1)


def test_f1_is_symmetric_in_precision_and_recall():
    assert Score(2, 6, 1).f1 == pytest.approx(Score(2, 1, 6).f1)


def test_adding_scores_in_place():
    s = Score(1, 2, 3)
    same = s
    s += Score(10, 20, 30)
    assert s is same and (s.tp, s.fp, s.fn) == (11, 22, 33)


def test_the_report_verdicts_follow_the_targets():
    report = Report()
    for name in TARGETS:
        report.scores[name] += Score(tp=1) if name != "relations" else Score(tp=1, fp=3, fn=3)
    assert report.passed() == {name: name != "relations" for name in TARGETS}
    lines = {line.split("  ")[0].strip(): line for line in report.table().splitlines()[1:]}
    assert lines["relations"].endswith("BELOW") and lines["mentions"].endswith("ok")
    assert all(f"  {t}" in report.table() for t in TYPES)


# Gold standard ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def curated_quotes():
    quotes = defaultdict(set)
    for path in (ROOT / "data" / "facts").glob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        quotes[doc["source"]] |= {fact["quote"] for fact in doc["facts"]}
    return quotes


def test_every_gold_fact_points_at_its_curated_quote(corpus, curated_quotes):
    assert set(corpus.facts) == set(corpus.texts)
    for doc, facts in corpus.facts.items():
        text = corpus.texts[doc]
        for fact in facts:
            assert 0 <= fact.start < fact.end <= len(text)
            assert text[fact.start:fact.end] in curated_quotes[doc], fact
            assert fact.type in TYPES
            if fact.amount is not None:
                value, currency = fact.amount
                assert isinstance(value, Decimal) and value > 0 and len(currency) == 3
                assert fact.type == "funding"


def test_the_gold_standard_has_the_funding_with_its_amount(corpus):
    funding = {(f.a, f.b): f.amount for f in corpus.facts["ministry-multilateral-cooperation"] if f.type == "funding"}
    assert funding[("organization/aics", "project/fair-migration-maghreb")] == (Decimal("2400000"), "EUR")


def test_every_quote_span_lies_in_its_document(corpus):
    for doc, spans in corpus.quotes.items():
        assert doc in corpus.texts
        assert all(0 <= s < e <= len(corpus.texts[doc]) for s, e in spans)


# One evaluation ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def report(corpus):
    return evaluate(corpus)


def test_relations_is_the_sum_of_the_relation_types(report):
    total = report.scores["relations"]
    for attribute in ("tp", "fp", "fn"):
        assert getattr(total, attribute) == sum(getattr(report.scores[t], attribute) for t in TYPES)


def test_funding_with_amounts_counts_the_same_facts_as_funding(report):
    funding, amounts = report.scores["funding"], report.scores["funding with amounts"]
    # every proposed funding tie is judged once more on its amount; a wrong amount is a miss and a false alarm
    assert amounts.tp + amounts.fp == funding.tp + funding.fp
    assert amounts.tp + amounts.fn == funding.tp + funding.fn
    assert amounts.tp <= funding.tp


def test_the_errors_point_at_their_documents(report, corpus):
    assert report.errors
    for doc, what, detail in report.errors:
        assert doc in corpus.texts and what
        span, quote = detail.split(" «", 1)
        start, end = map(int, span.split("-"))
        assert 0 <= start <= end <= len(corpus.texts[doc])
        assert quote.startswith(corpus.texts[doc][start:end].replace("\n", " ") + "»")


def test_every_gold_fact_is_found_or_reported_missed(report, corpus):
    missed = sum(1 for _, what, _ in report.errors if what.endswith(": missed") and not what.startswith("mention"))
    assert missed == sum(report.scores[t].fn for t in TYPES)
    assert sum(report.scores[t].tp + report.scores[t].fn for t in TYPES) == sum(len(f) for f in corpus.facts.values())


def test_a_no_amount_note_the_gold_contradicts_is_no_violation():
    """The scorer reads "the 2009 agreement has no amount" as "no money in the document" (``no_money``): in a
    document whose gold lists amounts, those violations are the right amounts themselves and are not counted;
    in one without amounts they are, and so is every other kind."""
    from kg.extract.evaluate import DocumentResult, TypedScore

    violations = [{"item": 4, "what": "no_money: '646535' (amount) on agreement"},
                  {"item": 1, "what": "not_amount: '293' (amount) on project"}]
    with_amounts = DocumentResult("d", "develop", {"amounts": 2}, TypedScore(), 0, {"violations": violations})
    without = DocumentResult("d", "develop", {"amounts": 0}, TypedScore(), 0, {"violations": violations})
    assert (with_amounts.must_not, without.must_not) == (1, 2)


def test_a_rule_that_forbids_the_golds_own_fact_is_no_violation():
    """The scorer reads "X does not fund forced deportations: no funds fact for them" as no ``funds(X, …)`` at all: a
    violation that is a gold fact the scorer found, by its subject, relation and the same fact of the output, is not
    counted; one of another subject, relation or path is."""
    from kg.extract.evaluate import DocumentResult, TypedScore

    via = "via <…/fact/3> (funder/fundedItem)"
    facts = [{"id": "17:ksrelief.funds.project", "relation": "funds", "ok": True, "why": via},
             {"id": "20:project.located_in.aden", "relation": "located_in", "ok": True, "why": "direct place"},
             {"id": "21:ksrelief.funds.mrp", "relation": "funds", "ok": False, "why": "no path ≤ 2"}]
    violations = [{"item": 2, "what": f"funds(ksrelief, مشروع حماية المهاجرين): {via}"},      # the gold's fact
                  {"item": 3, "what": "located_in(project, aden): direct place"},               # no fact node
                  {"item": 3, "what": f"located_in(ksrelief, مشروع حماية المهاجرين): {via}"},  # another relation
                  {"item": 2, "what": "funds(ksrelief, خطة الاستجابة): via <…/fact/9> (funder/fundedItem)"},
                  {"item": 1, "what": f"funds(sfd, مشروع حماية المهاجرين): {via}"}]            # another subject
    result = DocumentResult("d", "other", {"amounts": 0}, TypedScore(), 0, {"violations": violations, "facts": facts})
    assert result.must_not == 4


def test_values_on_their_subject_are_counted_apart_from_values_found():
    """``attached``: the gold's amounts and dates the scorer finds within reach of their subject; a currency
    goes with its amount and is not counted twice, an entity relation or an optional fact not at all."""
    from kg.extract.evaluate import CorpusReport, DocumentResult, TypedScore

    facts = [{"relation": "amount", "ok": True}, {"relation": "currency", "ok": True},
             {"relation": "date", "ok": False, "why": "no literal with 2016 near the subject"},
             {"relation": "date", "ok": True}, {"relation": "funds", "ok": True},
             {"relation": "date", "ok": False, "optional": True}]       # left out, as the scorer's facts R does
    doc = DocumentResult("d", "develop", {"amounts": 1, "amounts_ok": 1, "dates": 2, "dates_ok": 2}, TypedScore(),
                         0, {"facts": facts})
    assert dict(doc.attached) == {"amount": 1, "amount_total": 1, "date": 1, "date_total": 2}
    attached = CorpusReport([doc, doc]).totals("develop")["attached"]
    assert (attached["found"], attached["total"]) == (4, 6)
