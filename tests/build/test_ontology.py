import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.build import ontology
from kg.errors import OntologyError
from kg.namespaces import MG, ONTOLOGY_IRI, ROLE, THEME, VANN
from tests.conftest import ONTOLOGY_DIR

ONT = URIRef(ONTOLOGY_IRI)


@pytest.mark.parametrize("module", ontology.MODULES + (ontology.SHAPES,))
def test_every_module_parses(module):
    assert len(Graph().parse(ONTOLOGY_DIR / module, format="turtle")) > 0


def test_header_has_what_widoco_and_pylode_read(onto):
    assert (ONT, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONT, OWL.versionIRI) == URIRef(ONTOLOGY_IRI + "/0.1.0")
    assert str(onto.value(ONT, OWL.versionInfo)) == "0.1.0"
    assert onto.value(ONT, URIRef("http://purl.org/dc/terms/license")) is not None
    assert onto.value(ONT, URIRef("http://purl.org/dc/terms/creator")) is not None
    assert str(onto.value(ONT, VANN.preferredNamespacePrefix)) == "mg"
    assert str(onto.value(ONT, VANN.preferredNamespaceUri)) == str(MG)


def test_every_term_and_concept_is_documented_in_three_languages():
    core = ontology.load(ONTOLOGY_DIR, ontology.CORE_MODULES)
    assert ontology.documentation_problems(core) == []


def test_documentation_check_reports_a_missing_label():
    g = Graph()
    g.add((MG.Undocumented, RDF.type, OWL.Class))
    g.add((MG.Undocumented, RDFS.label, Literal("undocumented", lang="en")))
    problems = ontology.documentation_problems(g)
    assert f"{MG.Undocumented} has no rdfs:label@ar" in problems
    assert f"{MG.Undocumented} has no English skos:definition" in problems


def test_no_term_is_used_without_declaration(onto, shapes):
    assert ontology.undeclared_terms(onto, shapes) == set()


def test_declaration_check_catches_a_stray_term(onto):
    data = Graph()
    data.add((URIRef("https://example.org/x"), MG.fundz, URIRef("https://example.org/y")))
    assert ontology.undeclared_terms(onto, data) == {MG.fundz}


REQUIRED_CLASSES = [
    "IntergovernmentalOrganization", "UNSystemEntity", "GovernmentBody", "Ministry", "GovernmentDepartment",
    "DevelopmentAgency", "RegionalOrLocalAuthority", "CivilSocietyOrganization", "Association",
    "PrivateSectorBody", "AcademicInstitution", "Fund", "Network", "ConsultativeProcess", "CountryOffice",
    "PostHolding", "Programme", "Project", "Phase", "Component", "Agreement", "BilateralAgreement",
    "MultilateralAgreement", "HeadquartersAgreement", "FrameworkAgreement", "MobilityPartnership",
    "GlobalCompact", "NationalStrategy", "Policy", "JointProgramme", "Funding", "Participation",
    "MonetaryAmount", "Event", "Meeting", "ForumMeeting", "Seminar", "Dialogue", "Country", "Region", "City",
    "SourceDocument", "Evidence",
]


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_the_classes_the_documents_need_exist(onto, name):
    assert (MG[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("a, b", [("funds", "fundedBy"), ("implements", "implementedBy"), ("hasPart", "partOf"),
                                  ("organizes", "organizedBy"), ("hosts", "hostedBy"), ("partnerIn", "hasPartner")])
def test_shortcuts_have_inverses(onto, a, b):
    assert (MG[a], OWL.inverseOf, MG[b]) in onto


def test_part_of_is_transitive(onto):
    assert (MG.partOf, RDF.type, OWL.TransitiveProperty) in onto
    assert (MG.hasPart, RDF.type, OWL.TransitiveProperty) in onto


def test_theme_scheme_covers_the_issue_list(onto):
    for slug in ["labour-migration", "return-and-reintegration", "asylum-and-refugees", "integration",
                 "diaspora-engagement", "remittances", "trafficking", "governance-and-policy-coherence"]:
        assert (THEME[slug], RDF.type, SKOS.Concept) in onto


def test_participation_roles_carry_iati_codes(onto):
    codes = {str(onto.value(ROLE[r], SKOS.notation)) for r in ("funding", "accountable", "extending", "implementing")}
    assert codes == {"1", "2", "3", "4"}


def test_hermit_finds_the_ontology_consistent(onto):
    report = ontology.check_consistency(onto)  # fails with a message if Java is missing
    assert report.classes >= len(REQUIRED_CLASSES)


def test_hermit_detects_a_disjointness_clash(onto):
    clash = Graph().parse(format="turtle", data="""
        @prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        <https://w3id.org/mgkg/id/x> a org:Organization , foaf:Person .""")
    with pytest.raises(OntologyError, match="inconsistent"):
        ontology.check_consistency(onto + clash)


def test_missing_java_is_a_clear_error(onto):
    from kg.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="Java was not found"):
        ontology.check_consistency(onto, java="no-such-java-here")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # pyLODE leaves its CSS file open
def test_pylode_documentation_lists_every_class(tmp_path, onto):
    html = ontology.write_docs(ONTOLOGY_DIR, tmp_path / "ontology.html").read_text(encoding="utf-8")
    for cls in sorted(onto.subjects(RDF.type, OWL.Class)):
        if str(cls).startswith(str(MG)):
            assert str(cls) in html, f"{cls} is missing from the documentation"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # pyLODE leaves its CSS file open
def test_pylode_documentation_is_in_one_language(tmp_path, onto):
    import re

    html = ontology.write_docs(ONTOLOGY_DIR, tmp_path / "ontology.html").read_text(encoding="utf-8")
    title = "Migration Governance Ontology"  # its dcterms:title@en
    assert re.findall(r"<title>(.*?)</title>", html) == [title]
    assert re.findall(r"<h1>(.*?)</h1>", html)[0] == title  # not the concept schemes' titles run together
    assert not re.search("[\u0600-\u06ff]", html), "no Arabic label or definition in the English page"
    assert "Ontologie de la gouvernance" not in html and "Thèmes migratoires" not in html
    assert 'id="Funding"' in html and 'id="fundedItem"' in html  # anchors are the terms' fragments
    core = ontology.load(ONTOLOGY_DIR, ontology.CORE_MODULES)
    assert any(lit.language == "ar" for lit in core.objects(None, RDFS.label))  # the RDF keeps them


def test_every_participation_role_has_its_shortcut(onto):
    """The table of ontology/README.md, checked: each role of the scheme names the property its
    participations are shortened to, a declared object property that is (or implies) mg:involvedIn."""
    roles = set(onto.subjects(SKOS.inScheme, URIRef(str(ROLE)[:-1])))
    assert len(roles) >= 20
    involved = set(onto.transitive_subjects(RDFS.subPropertyOf, MG.involvedIn))
    for role in roles:
        shortcut = onto.value(role, MG.shortcut)
        assert shortcut is not None, f"{role} has no mg:shortcut"
        assert (shortcut, RDF.type, OWL.ObjectProperty) in onto, shortcut
        assert shortcut in involved or shortcut == URIRef("http://www.w3.org/ns/org#memberOf"), shortcut


def test_narrower_roles_have_narrower_shortcuts(onto):
    for role in (ROLE["co-chair"], ROLE.signatory, ROLE.champion, ROLE.proposer, ROLE.launcher):
        broader = onto.value(role, SKOS.broader)
        assert (onto.value(role, MG.shortcut), RDFS.subPropertyOf, onto.value(broader, MG.shortcut)) in onto, role
