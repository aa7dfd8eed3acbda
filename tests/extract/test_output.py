"""kg.extract.output: the TriG candidates, the review report and the review file of a real source."""

import re
from decimal import Decimal

import pytest
import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.extract import reader
from kg.extract.output import Candidates, digest
from kg.extract.pipeline import extract
from kg.namespaces import MG, OA

from .conftest import SOURCES

FACT_CLASSES = (MG.Funding, MG.Participation, MG.PostHolding)
ROLES = {"funding", "accountable", "extending", "implementing", "partner", "supporting", "beneficiary", "initiator",
         "organizer", "host", "chair", "co-chair", "party", "signatory", "participant", "champion", "member",
         "observer", "secretariat", "supervisor"}


class Output:
    """One source through the extractor (as a new document) and the three files made of it."""

    def __init__(self, doc, gazetteer, base):
        self.doc, self.base = doc, base
        self.document = reader.read(SOURCES[doc])
        self.result = extract(self.document.text, gazetteer)
        self.candidates = Candidates(self.document, self.result, base, source_id=doc, path=str(SOURCES[doc]))
        self.trig = self.candidates.trig()
        self.dataset = Dataset()
        self.dataset.parse(data=self.trig, format="trig")
        self.graph = self.dataset.graph(URIRef(f"{base}graph/candidates/{doc}"))
        self.report = self.candidates.report()
        self.review = yaml.safe_load(self.candidates.review())


@pytest.fixture(scope="module", params=sorted(SOURCES))
def output(request, left_out, base_iri):
    return Output(request.param, left_out[request.param], base_iri)


@pytest.fixture(scope="module")
def ministry(left_out, base_iri):
    return Output("ministry-multilateral-cooperation", left_out["ministry-multilateral-cooperation"], base_iri)


# TriG -------------------------------------------------------------------------------------------

def test_the_only_named_graph_is_the_candidates_graph(output):
    graphs = {g.identifier for g in output.dataset.graphs() if len(g)}
    assert graphs == {URIRef(f"{output.base}graph/candidates/{output.doc}")}
    assert not output.trig.count("/graph/source/") and "/graph/entities" not in output.trig


def test_every_known_entity_named_carries_its_class_and_arabic_label(output):
    # the candidates read without the graph: a reviewer (or a body of the reference tables) sees what is linked
    g = output.graph
    known = {o for o in g.objects() if isinstance(o, URIRef) and o.startswith(f"{output.base}id/")}
    assert known
    for node in known:
        assert any(str(c).startswith(str(MG)) or c == URIRef("http://xmlns.com/foaf/0.1/Person")
                   for c in g.objects(node, RDF.type)), node
        labels = list(g.objects(node, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "ar" and re.search("[\u0600-\u06ff]", labels[0]), node


def test_the_source_is_described(output):
    source = URIRef(f"{output.base}source/{output.doc}")
    g = output.graph
    assert (source, RDF.type, MG.SourceDocument) in g
    assert g.value(source, MG.sha256) == Literal(output.document.sha256)


def test_every_evidence_quotes_the_text_at_its_offsets(output):
    g, text = output.graph, output.document.text
    evidence = list(g.subjects(RDF.type, MG.Evidence))
    spans = {output.result.span(m) for m in output.candidates.named} | {output.result.span(f) for f in output.result.facts}
    spans |= {output.result.span(v) for v in output.result.values if v.fact is None}   # dates and budgets on entities
    spans |= {output.result.span(f) for f in output.result.located}   # a place in a place, an event at a place
    spans |= {output.result.text.span(t.quote_start, t.end) for t in output.result.groups}   # who an item is for
    assert len(evidence) == len(spans)
    for ev in evidence:
        assert g.value(ev, OA.motivatedBy) in (OA.identifying, OA.describing)
        assert list(g.objects(ev, OA.hasBody))
        target = g.value(ev, OA.hasTarget)
        assert g.value(target, OA.hasSource) == URIRef(f"{output.base}source/{output.doc}")
        selectors = list(g.objects(target, OA.hasSelector))
        [quote] = [s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g]
        [position] = [s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g]
        start, end = g.value(position, OA.start), g.value(position, OA.end)
        assert start.datatype == end.datatype == XSD.nonNegativeInteger
        assert 0 <= start.toPython() < end.toPython() <= len(text)
        assert str(g.value(quote, OA.exact)) == text[start.toPython():end.toPython()]


def test_every_fact_has_confidence_rule_and_evidence(output):
    g = output.graph
    nodes = {s for cls in FACT_CLASSES for s in g.subjects(RDF.type, cls)}
    heads = output.candidates.joint_heads     # the funders of one joint amount share one tie
    assert len(nodes) == len(set(heads)) > 0
    for n, head in enumerate(heads):
        if head != n:
            tie = URIRef(f"{output.base}candidate/{output.doc}/fact/{head + 1}")
            funders = set(g.objects(tie, MG.funder))
            assert output.candidates.iri(output.result.facts[n].arg("funder")) in funders and len(funders) > 1
    for node in nodes:
        confidence = g.value(node, MG.confidence)
        assert confidence.datatype == XSD.decimal and 0 < confidence.toPython() <= 1
        rule = g.value(node, PROV.wasGeneratedBy)
        assert (rule, RDF.type, PROV.Activity) in g and g.value(rule, RDFS.label)
        assert g.value(node, PROV.wasDerivedFrom) == URIRef(f"{output.base}source/{output.doc}")
        ev = g.value(node, MG.evidence)
        assert (ev, RDF.type, MG.Evidence) in g and (ev, OA.hasBody, node) in g
        assert g.value(ev, OA.motivatedBy) == OA.describing


def test_fact_arguments_are_registry_or_candidate_iris(output):
    g, base = output.graph, output.base
    allowed = (f"{base}id/", f"{base}candidate/{output.doc}/")
    for predicate in (MG.funder, MG.fundedItem, MG.participant, MG.participationIn, ORG.member, ORG.organization):
        for value in g.objects(None, predicate):
            assert str(value).startswith(allowed), value
    for role in g.objects(None, MG.participationRole):
        assert str(role).removeprefix("https://w3id.org/mgkg/vocab/role/") in ROLES


def test_every_new_entity_has_type_label_confidence_and_rule(output):
    g = output.graph
    new = output.candidates.new_entities()
    assert new, "a new document names entities the graph does not know"
    for ref, (mention, count) in new.items():
        node = URIRef(f"{output.base}candidate/{output.doc}/{ref}")
        assert count >= 1
        assert list(g.objects(node, RDF.type))
        label = g.value(node, SKOS.prefLabel)
        # the quote, less a conjunction or preposition written onto its first word («ولمنتدى …» → «منتدى …»)
        quote = " ".join(output.result.quote(mention).split())
        assert label.language == "ar" and str(label) in {quote, quote[1:], quote[2:], "ال" + quote[2:]}
        assert not re.match(r"(?:و|ف|ب|ك)ال|لل", str(label)) or mention.kind == "person"
        assert g.value(node, MG.confidence).datatype == XSD.decimal
        assert g.value(node, PROV.wasGeneratedBy) is not None


def test_funding_amounts_are_decimals_with_a_currency(ministry):
    g = ministry.graph
    amounts = list(g.objects(None, MG.amount))
    assert amounts
    for amount in amounts:
        assert (amount, RDF.type, MG.MonetaryAmount) in g
        value = g.value(amount, MG.amountValue)
        assert value.datatype == XSD.decimal
        assert re.fullmatch(r"[A-Z]{3}", str(g.value(amount, MG.currency)))
    values = {(g.value(a, MG.amountValue).toPython(), str(g.value(a, MG.currency))) for a in amounts}
    assert (Decimal("2400000"), "EUR") in values
    estimated = [a for a in amounts if g.value(a, MG.isEstimate) == Literal(True)]
    assert estimated


# Report -----------------------------------------------------------------------------------------

def section(report: str, title: str) -> list[str]:
    lines = report.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0].splitlines()
    return [line for line in lines if line.startswith("| ") and not line.startswith(("| # ", "| ref ", "| value "))]


def test_the_report_has_a_row_per_fact(output):
    rows = section(output.report, "Facts")
    facts = output.result.facts
    assert len(rows) == len(facts)
    for i, (row, fact) in enumerate(zip(rows, facts, strict=False), 1):
        assert row.startswith(f"| {i} | ")
        assert f" {fact.confidence:.2f} | {fact.rule} |" in row
        assert f"—{fact.role}→" in row
        assert row.count(" | ") >= 4


def test_the_report_has_a_row_per_new_entity(output):
    rows = section(output.report, "New entities")
    new = output.candidates.new_entities()
    assert len(rows) == len(new)
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == list(new)


def test_the_report_has_a_row_per_date_and_amount(output):
    rows = section(output.report, "Dates and amounts")
    assert len(rows) == len(output.result.dates) + len(output.result.amounts)


def test_the_report_names_the_graph(output):
    assert f"`{output.base}graph/candidates/{output.doc}`" in output.report
    assert output.report.startswith(f"# Candidates from {SOURCES[output.doc]}")


# Review file ------------------------------------------------------------------------------------

def test_the_review_file_accepts_nothing(output):
    review = output.review
    assert review["facts"] and review["entities"]
    assert all(entry["accept"] is False for entry in review["facts"] + review["entities"])
    # a new entity waits for the curator's id; a reference entity the registry lacks has its own already
    assert all(entity["id"] == ("" if not entity.get("reference") else entity["ref"]) for entity in review["entities"])


def test_the_review_file_describes_the_source(output):
    source = output.review["source"]
    assert source["id"] == output.doc
    assert source["sha256"] == digest(output.document.text)
    assert source["path"] == str(SOURCES[output.doc])
    assert source["language"] == "ar"


def test_each_fact_is_in_the_curated_format(output):
    text, refs = output.document.text, {e["ref"] for e in output.review["entities"]}

    def ref_ok(value):
        return value in refs or value in {m.entity for m in output.result.mentions if m.entity}

    heads = output.candidates.joint_heads
    stated = [f for n, f in enumerate(output.result.facts) if heads[n] == n]   # a joint tie is one entry
    for entry, fact in zip(output.review["facts"], stated, strict=True):
        kinds = [k for k in ("funding", "participation", "post") if k in entry]
        assert len(kinds) == 1 and kinds[0] == fact.kind
        assert set(entry) <= {"accept", "quote", "occurrence", "funding", "participation", "post", "confidence", "rule"}
        assert entry["rule"] == fact.rule and entry["confidence"] == fact.confidence
        start = -1
        for _ in range(entry.get("occurrence", 1)):   # how kg build finds a quote
            start = text.find(entry["quote"], start + 1)
        assert (start, start + len(entry["quote"])) == output.result.span(fact)
        body = entry[kinds[0]]
        if fact.kind == "funding":
            funders = body["funder"] if isinstance(body["funder"], list) else [body["funder"]]
            assert all(ref_ok(f) for f in funders) and ref_ok(body["item"])
            assert (len(funders) > 1) == fact.joint
            assert ("amount" in body) == (fact.amount is not None)
            if fact.amount:
                assert Decimal(str(body["amount"])) == fact.amount.value and body["currency"] == fact.amount.currency
        elif fact.kind == "participation":
            assert set(body) == {"agent", "in", "role"}
            assert ref_ok(body["agent"]) and ref_ok(body["in"]) and body["role"] in ROLES
        else:
            assert ref_ok(body["person"]) and ref_ok(body["organization"]) and "title" in body
        assert output.candidates.curated(fact) == {kinds[0]: body}


def test_each_new_entity_is_ready_for_an_id(output):
    for entity in output.review["entities"]:
        if entity.get("reference"):
            continue        # a reference entity the registry lacks: its id and labels are the table's
        assert re.fullmatch(r"[a-z]+/new-\d+", entity["ref"])
        assert set(entity) == {"ref", "accept", "id", "type", "label", "mentions", "rule", "confidence"}
        assert entity["label"]["ar"].strip() and entity["mentions"] >= 1
        assert entity["type"]


def test_the_same_new_name_twice_is_one_entity(gazetteer, base_iri, tmp_path):
    path = tmp_path / "twice.txt"
    path.write_text("أعلنت جمعية الأمل للتنمية عن مشروع “DEPOMI”. وتتولى جمعية الأمل للتنمية تنفيذ المشروع.\n",
                    encoding="utf-8")
    document = reader.read(path)
    candidates = Candidates(document, extract(document.text, gazetteer), base_iri)
    new = candidates.new_entities()
    [(ref, (mention, count))] = [(r, v) for r, v in new.items() if r.startswith("organization/")]
    assert count == 2 and candidates.label(mention) == "جمعية الأمل للتنمية"
    assert candidates.source_id == "twice"


# ---------------------------------------------------------------- values on their subjects (issue #17)

def made_up(tmp_path, gazetteer, base, body: str) -> tuple[Output, Dataset]:
    path = tmp_path / "made-up.txt"
    path.write_text(body, encoding="utf-8")
    out = Output.__new__(Output)
    out.document = reader.read(path)
    out.result = extract(out.document.text, gazetteer)
    out.candidates = Candidates(out.document, out.result, base, source_id="made-up")
    ds = Dataset(default_union=True)
    ds.parse(data=out.candidates.trig(), format="trig")
    return out, ds


def statements(ds: Dataset, predicate) -> set[tuple[str, str]]:
    """(label of the subject, value) of each statement of ``predicate``."""
    out = set()
    for s, _, o, _ in ds.quads((None, predicate, None, None)):
        label = next((str(x) for x in ds.objects(s, SKOS.prefLabel)), str(s))
        out.add((label, str(o)))
    return out


def test_an_agreement_signing_date(tmp_path, gazetteer, base_iri):
    _, ds = made_up(tmp_path, gazetteer, base_iri, "وقعت الوزارة يوم 12 مارس 2019 على اتفاقية الشراكة والتعاون في مجال التكوين.")
    assert any(v == "2019-03-12" for _, v in statements(ds, MG.dateSigned))


def test_an_event_range_is_a_start_and_an_end(tmp_path, gazetteer, base_iri):
    _, ds = made_up(tmp_path, gazetteer, base_iri, "نظمت الجمعية ندوة دولية حول الهجرة يومي 22 و23 فبراير 2019 بالرباط.")
    assert any(v == "2019-02-22" for _, v in statements(ds, MG.startDate))
    assert any(v == "2019-02-23" for _, v in statements(ds, MG.endDate))


def test_a_programme_period(tmp_path, gazetteer, base_iri):
    _, ds = made_up(tmp_path, gazetteer, base_iri,
                    "ويمتد مشروع «دعم إدماج المهاجرين» من مارس إلى شتنبر ٢٠٢١ في ثلاث جهات.")
    assert {v for _, v in statements(ds, MG.startDate)} >= {"2021-03"}
    assert {v for _, v in statements(ds, MG.endDate)} >= {"2021-09"}


def test_an_amount_is_the_budget_of_its_item_with_its_qualifier(tmp_path, gazetteer, base_iri):
    out, ds = made_up(tmp_path, gazetteer, base_iri,
                      "خصص مشروع «دعم إدماج المهاجرين» أزيد من ثلاثة ملايين درهم، أي نحو 280 ألف يورو.")
    budgets = {o for _, _, o, _ in ds.quads((None, MG.budget, None, None))}
    values = {(ds.value(b, MG.amountValue).toPython(), str(ds.value(b, MG.currency))) for b in budgets}
    assert values == {(Decimal(3000000), "MAD"), (Decimal(280000), "EUR")}
    for b in budgets:
        if str(ds.value(b, MG.currency)) == "MAD":
            assert ds.value(b, SKOS.note) is not None and ds.value(b, MG.isEstimate) is None
        else:
            assert ds.value(b, MG.isEstimate) == Literal(True)
    # each statement has its evidence, with the property it attests, a confidence and a rule
    attested = {o for _, _, o, _ in ds.quads((None, MG.attestsProperty, None, None))}
    assert MG.budget in attested
    assert "## Values on their subjects" in out.candidates.report()


def test_a_funding_tie_keeps_its_amount_and_gets_its_equivalent(tmp_path, gazetteer, base_iri):
    _, ds = made_up(tmp_path, gazetteer, base_iri,
                    "ينفذ مشروع «دعم إدماج المهاجرين» بتمويل من الاتحاد الأوروبي بقيمة مليوني يورو، أي نحو 21 مليون درهم.")
    ties = set(ds.subjects(RDF.type, MG.Funding))
    assert ties
    amounts = {(ds.value(a, MG.amountValue).toPython(), str(ds.value(a, MG.currency)))
               for t in ties for a in ds.objects(t, MG.amount)}
    assert amounts == {(Decimal(2000000), "EUR"), (Decimal(21000000), "MAD")}
    # and the funded item receives them (mg:fundedAmount, the shortcut the build derives): what it got, one hop away
    received = {(ds.value(a, MG.amountValue).toPython(), str(ds.value(a, MG.currency)))
                for t in ties for item in ds.objects(t, MG.fundedItem) for a in ds.objects(item, MG.fundedAmount)}
    assert received == amounts


def test_a_dateline_dates_the_document(tmp_path, gazetteer, base_iri):
    _, ds = made_up(tmp_path, gazetteer, base_iri, "الرباط، ٢٦ فبراير ٢٠٢١ – وقعت الوزارة اتفاقية الشراكة مع الجمعية.")
    assert {v for _, v in statements(ds, DCTERMS.issued)} == {"2021-02-26"}


def test_ten_thousand_dates_in_a_row_stay_linear(gazetteer):
    import time
    body = "نظمت الجمعية ندوة دولية. " + "وفي 22 نونبر 2019 " * 10000
    start = time.perf_counter()
    result = extract(body, gazetteer)
    assert len(result.values) >= 10000
    assert time.perf_counter() - start < 10


def test_where_things_are_reaches_the_trig_with_its_evidence():
    from rdflib import Dataset

    from kg.extract.gazetteer import Gazetteer, with_places
    from kg.extract.output import Candidates
    from kg.extract.pipeline import extract
    from kg.extract.reader import from_bytes

    text = "افتتحت الجمعية مكتبا في مدينة الدار البيضاء بالمغرب لدعم المهاجرين."
    document = from_bytes(text.encode(), "made-up.txt")
    entries: dict = {}
    names: list = []
    with_places(entries, names)  # the reference places alone: no store needed
    result = extract(document.text, Gazetteer(entries, names))
    assert result.located
    trig = Dataset().parse(data=Candidates(document, result, "https://w3id.org/mgkg/").trig(), format="trig")
    assert list(trig.quads((None, MG.partOf, None, None)))
    assert list(trig.quads((None, MG.attestsProperty, MG.partOf, None)))  # with its evidence


def test_who_an_item_is_for_reaches_the_trig_with_its_evidence(tmp_path, gazetteer, base_iri):
    out, ds = made_up(tmp_path, gazetteer, base_iri,
                      "أطلقت المنظمة مشروع «أمل» لفائدة القاصرين غير المصحوبين في وضعية هشاشة بمدينة وجدة.")
    assert statements(ds, MG.targetGroup) == {("أمل", "القاصرين غير المصحوبين في وضعية هشاشة")}
    [literal] = list(ds.objects(None, MG.targetGroup))
    assert literal.language == "ar"
    assert MG.targetGroup in {o for _, _, o, _ in ds.quads((None, MG.attestsProperty, None, None))}
    assert "## Who items are for" in out.candidates.report()


def test_a_candidate_quote_has_its_context_only_where_it_occurs_twice(tmp_path, gazetteer, base_iri):
    """A TextQuoteSelector's prefix and suffix tell occurrences of the same words apart; the position selector fixes
    the place anyway (and the corpus scorer reads a context holding a currency word and a count as money)."""
    _, ds = made_up(tmp_path, gazetteer, base_iri, "نظمت المنظمة الدولية للهجرة ورشة بالرباط. وشاركت المنظمة "
                                                   "الدولية للهجرة في ندوة بطنجة.")
    quotes = list(ds.subjects(RDF.type, OA.TextQuoteSelector))
    text = "نظمت المنظمة الدولية للهجرة ورشة بالرباط. وشاركت المنظمة الدولية للهجرة في ندوة بطنجة."
    assert quotes
    for quote in quotes:
        exact = str(ds.value(quote, OA.exact))
        assert (ds.value(quote, OA.prefix) is not None) == (text.count(exact) > 1), exact
