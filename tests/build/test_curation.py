import datetime as dt
import shutil

import pytest
from rdflib.namespace import XSD

from kg.build import curation
from kg.config import ROOT
from kg.errors import CurationError


def test_dates_keep_their_precision():
    assert curation.date_literal(2013).datatype == XSD.gYear
    assert curation.date_literal("2013-06").datatype == XSD.gYearMonth
    assert curation.date_literal(dt.date(2013, 6, 7)).datatype == XSD.date
    with pytest.raises(ValueError):
        curation.date_literal("June 2013")


def test_decimals_are_decimals():
    literal = curation.decimal("2400000")
    assert literal.datatype == XSD.decimal and str(literal) == "2400000"


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _load(data_dir, onto):
    return curation.load(data_dir, onto, "https://w3id.org/mgkg/")


def test_every_problem_is_reported_with_its_place(data_copy, onto):
    facts = data_copy / "facts" / "extra.yaml"
    facts.write_text(
        "source: m4sd-board-rabat-2022\n"
        "facts:\n"
        "  - quote: \"this sentence is not in the text\"\n"
        "    about: programme/m4sd\n"
        "    dateLaunched: 2019\n"
        "  - quote: \"بتمويل من التعاون الإنمائي السويسري (SDC)\"\n"
        "    funding: {funder: organization/nobody, item: programme/m4sd}\n"
        "  - quote: \"بتمويل من التعاون الإنمائي السويسري (SDC)\"\n"
        "    participation: {agent: organization/sdc, in: programme/m4sd, role: fundng}\n",
        encoding="utf-8")
    with pytest.raises(CurationError) as error:
        _load(data_copy, onto)
    message = str(error.value)
    assert "extra.yaml#1: quote not found" in message
    assert "extra.yaml#2: unknown entity 'organization/nobody'" in message
    assert "extra.yaml#3: role:fundng is not a concept of the vocabularies" in message


def test_an_edited_source_is_refused(data_copy, onto):
    text = data_copy / "sources" / "000_afd8cb1e22f30922.txt"
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    with pytest.raises(CurationError, match="has changed"):
        _load(data_copy, onto)


def test_the_same_tie_from_two_places_is_one_node(data_copy, onto):
    loaded = _load(data_copy, onto)
    ties = {s for s, _, _ in loaded.dataset.triples((None, curation.MG.funder, None))}
    assert all(str(t).startswith("https://w3id.org/mgkg/id/funding/") for t in ties)


def test_reference_identifiers_are_refused_in_the_registry(data_copy, onto):
    registry = data_copy / "entities" / "places.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        'label: {ar: "الرباط", en: "Rabat", fr: "Rabat"}',
        'label: {ar: "الرباط", en: "Rabat", fr: "Rabat"}\n  wikidata: Q3551'), encoding="utf-8")
    with pytest.raises(CurationError, match="wikidata is reference knowledge"):
        _load(data_copy, onto)


def test_reference_knowledge_goes_to_its_own_graph(data_copy, onto):
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS

    cur = _load(data_copy, onto)
    reference = cur.dataset.graph(cur.reference_graph)
    registry = cur.dataset.graph(cur.entities_graph)
    rabat, region = cur.entities["city/rabat"], cur.entities["region/rabat-sale-kenitra"]
    assert (rabat, curation.MG.partOf, region) in reference and not list(registry.triples((rabat, curation.MG.partOf, None)))
    assert (region, curation.SKOS.prefLabel, None) in reference  # a place no document names, defined there
    assert (cur.reference_graph, DCTERMS.source, URIRef("https://www.wikidata.org/")) in reference


def test_a_reference_membership_names_its_source(data_copy, onto):
    extra = data_copy / "reference" / "extra.yaml"
    extra.write_text("created: 2026-12-01\nsources:\n  - {id: x, iri: 'https://example.org/', title: X}\n"
                     "entries:\n  - {id: country/morocco, memberOf: [{organization: organization/eu, start: 2000}]}\n",
                     encoding="utf-8")
    with pytest.raises(CurationError, match="a membership names its source"):
        _load(data_copy, onto)


def test_joint_funding_is_one_tie_with_several_funders(data_copy, onto):
    extra = data_copy / "facts" / "joint.yaml"
    extra.write_text(
        "source: ministry-multilateral-cooperation\nfacts:\n"
        "  - quote: \"والذي يحتوي على 1.8 مليار أورو من ميزانية الاتحاد الأوروبي والصندوق الأوروبي للتنمية\"\n"
        "    funding: {funder: [organization/eu, organization/edf], item: organization/eutf-africa,\n"
        "              amount: 1800000000, currency: EUR}\n", encoding="utf-8")
    cur = _load(data_copy, onto)
    tie = cur.iri("id/funding/eu--edf--eutf-africa")
    graph = cur.dataset.graph(cur.source_graph("ministry-multilateral-cooperation"))
    assert {str(f).rsplit("/", 1)[1] for f in graph.objects(tie, curation.MG.funder)} == {"eu", "edf"}
    assert len(set(graph.objects(tie, curation.MG.amount))) == 1


# Evidence per statement, names with evidence, counts (#18) ------------------------------------

def test_name_occurrences_are_whole_words_through_clitics_line_breaks_and_the_article():
    find = curation.name_occurrences
    assert find("بالمغرب وبالمغربي", "المغرب") == [(1, 7)]            # ب before it; not المغربي
    assert find("دعم الهجرة العادلة للمغرب العربي", "المغرب العربي") == [(20, 32)]  # ل + article
    assert find("الاجتماع الثاني لمجلس\nالبرنامج العالمي", "مجلس البرنامج العالمي") == [(17, 38)]
    assert find("المقدمة لـصندوق الائتمان الأوروبي", "صندوق الائتمان الأوروبي") == [(10, 33)]
    assert find("(التعاون التقني البلجيكي، GIZ، FE…)", "FE") == [(31, 33)]
    assert find("UNDP", "UN") == [] and find("xGIZ", "GIZ") == []
    assert find("شراكات", "شراكة") == []


def test_the_name_index_finds_every_written_form_of_a_name():
    """The names a quote may write are looked up by their last run of letters; every form the quote
    may write it in is a key, so the index misses nothing that name_occurrences would find."""
    for quote, name in (("دعم للمغرب العربي", "المغرب العربي"), ("قمة «la valette»،", "قمة « la valette »"),
                        ("للمغرب", "المغرب"), ("وبالمغرب/الجزائر", "المغرب"), ("(HCR)", "HCR"), ("COVID-19", "COVID-19")):
        assert curation._last_word(name) in curation._written_words(quote), (quote, name)


def _statements(graph, subject, predicate, obj=None):
    return [s for s in graph.subjects(curation.RDF.subject, subject)
            if (s, curation.RDF.predicate, predicate) in graph and (obj is None or (s, curation.RDF.object, obj) in graph)]


def test_every_plain_triple_a_quote_states_is_a_statement_with_that_evidence(data_copy, onto):
    from rdflib import Literal
    from rdflib.namespace import XSD

    cur = _load(data_copy, onto)
    policy = cur.entities["policy/national-migration-policy-2013"]
    year = Literal("2013", datatype=XSD.gYear)
    documents = set()
    for sid in ("m4sd-board-rabat-2022", "ministry-multilateral-cooperation"):
        graph = cur.dataset.graph(cur.source_graph(sid))
        [statement] = _statements(graph, policy, curation.MG.dateAdopted, year)
        assert (statement, curation.RDF.type, curation.RDF.Statement) in graph
        for evidence in graph.objects(statement, curation.MG.evidence):
            assert (evidence, curation.OA.hasBody, statement) in graph
            documents.add(sid)
            quote = graph.value(graph.value(evidence, curation.OA.hasTarget), curation.OA.hasSelector)
            assert quote is not None
    assert documents == {"m4sd-board-rabat-2022", "ministry-multilateral-cooperation"}
    # one statement node for one triple, however many documents state it
    assert len({s for sid in ("m4sd-board-rabat-2022", "ministry-multilateral-cooperation")
                for s in _statements(cur.dataset.graph(cur.source_graph(sid)), policy, curation.MG.dateAdopted, year)}) == 1


def test_each_name_a_source_uses_has_its_evidence(data_copy, onto):
    from rdflib import Literal

    cur = _load(data_copy, onto)
    nepal = cur.entities["country/nepal"]
    m4sd = cur.dataset.graph(cur.source_graph("m4sd-board-rabat-2022"))
    long_form = Literal("جمهورية نيبال الديمقراطية الاتحادية", lang="ar")
    [statement] = _statements(m4sd, nepal, curation.SKOS.altLabel, long_form)
    assert list(m4sd.objects(statement, curation.MG.evidence))
    assert (nepal, curation.SKOS.altLabel, long_form) in cur.dataset.graph(cur.entities_graph)
    # «نيبال» is written only inside the long form: not a use of the short name
    assert not _statements(m4sd, nepal, curation.SKOS.prefLabel)
    # «المغرب» inside «المغرب العربي» is not Morocco's name
    ministry = cur.dataset.graph(cur.source_graph("ministry-multilateral-cooperation"))
    maghreb = cur.entities["area/maghreb"]
    assert _statements(ministry, maghreb, curation.SKOS.prefLabel, Literal("المغرب العربي", lang="ar"))
    # a spelling kept for matching only is a hidden label, with its evidence too
    ilo = cur.entities["organization/ilo"]
    assert _statements(ministry, ilo, curation.SKOS.hiddenLabel)


def test_a_count_says_what_it_counts(data_copy, onto):
    cur = _load(data_copy, onto)
    snia = cur.entities["programme/un-joint-programme-snia"]
    ministry = cur.dataset.graph(cur.source_graph("ministry-multilateral-cooperation"))
    count = ministry.value(snia, curation.MG.partCount)
    assert int(ministry.value(count, curation.MG.countValue)) == 20
    assert ministry.value(count, curation.MG.countedClass) == curation.MG.Project
    assert str(ministry.value(count, curation.RDFS.label)) == "20 projects"
    extra = data_copy / "facts" / "bare.yaml"
    extra.write_text("source: m4sd-board-rabat-2022\nfacts:\n"
                     "  - quote: \"اجتمع أكثر من 60 خبيرًا\"\n    about: event/m4sd-board-2022\n    participantCount: 60\n",
                     encoding="utf-8")
    with pytest.raises(CurationError, match="a count is"):
        _load(data_copy, onto)


def test_the_joint_eu_and_edf_amount_is_one_tie(data_copy, onto):
    cur = _load(data_copy, onto)
    ministry = cur.dataset.graph(cur.source_graph("ministry-multilateral-cooperation"))
    ties = set(ministry.subjects(curation.MG.fundedItem, cur.entities["organization/eutf-africa"]))
    assert ties == {cur.iri("id/funding/eu--edf--eutf-africa")}
    [tie] = ties
    assert set(ministry.objects(tie, curation.MG.funder)) == {cur.entities["organization/eu"], cur.entities["organization/edf"]}
    assert len(set(ministry.objects(tie, curation.MG.amount))) == 1
