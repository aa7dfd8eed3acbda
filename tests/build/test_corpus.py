"""What only the documents together show (``kg.build.corpus``): checked over the registry with what
every document says of it, in full on a first build and then for what each change touched."""

import shutil

import pytest
import yaml
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg import build, queryfiles
from kg.build import corpus, curation, ontology, units
from kg.config import ROOT, Config
from kg.errors import ValidationError


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _quote(data, source_id: str) -> str:
    """Forty characters of a source's text, where no quote mark is."""
    entry = next(e for e in yaml.safe_load((data / "sources" / "sources.yaml").read_text(encoding="utf-8"))
                 if e["id"] == source_id)
    text = (data / "sources" / entry["file"]).read_text(encoding="utf-8")
    return next(text[i:i + 40] for i in range(200, len(text)) if not set('"\\\n') & set(text[i:i + 40]))


def test_what_two_documents_say_together_is_checked(data, tmp_path):
    """Each document alone gives the programme one start date; together they give it two. The
    second is added to a checked build (the check then looks at what the change touched), and a
    failed build caches nothing: the next one fails the same."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    for sid, year in (("m4sd-board-rabat-2022", 2010), ("afro-asian-seminar-concept-note", 2011)):
        (data / "facts" / f"extra-{sid}.yaml").write_text(
            f'source: {sid}\nfacts:\n  - quote: "{_quote(data, sid)}"\n    about: programme/m4sd\n'
            f'    startDate: {year}\n', encoding="utf-8")
        if year == 2010:
            assert build.build(config).documents_read == 5
    for _ in range(2):
        with pytest.raises(ValidationError, match="start date is one"):
            build.build(config)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_check_in_slices_reports_what_each_found(data, tmp_path, monkeypatch, workers):
    """A first build's check of many nodes is made in slices, shared among the build's workers
    (forked processes); a violation found in any slice fails the build as one check would."""
    monkeypatch.setattr(corpus, "_SHARED_FROM", 1)
    monkeypatch.setattr(corpus, "_SLICE", 7)
    (data / "entities" / "unattested.yaml").write_text(
        '- id: organization/nobody-quotes-us\n  type: IntergovernmentalOrganization\n'
        '  label: {ar: "منظمة لا يذكرها أحد", en: "An organization no document names"}\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="nobody-quotes-us.*attested by a quote"):
        build.build(Config(data_dir=str(data), var_dir=str(tmp_path / "var"), build_workers=workers))


def test_an_entity_no_document_attests_fails_the_build(data, tmp_path):
    """On a first build, and when it is added to a checked one (its part of the registry is new), and
    again on the build after (a failed build remembers nothing)."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    (data / "entities" / "unattested.yaml").write_text(
        '- id: organization/nobody-quotes-us\n  type: IntergovernmentalOrganization\n'
        '  label: {ar: "منظمة لا يذكرها أحد", en: "An organization no document names"}\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ValidationError, match="attested by a quote"):
            build.build(config)
    with pytest.raises(ValidationError, match="attested by a quote"):
        build.build(Config(data_dir=str(data), var_dir=str(tmp_path / "scratch")))


def test_of_the_values_of_a_registry_entity_the_shapes_ask_only_the_class():
    """The registry check gives the values of what documents say of a registry entity only their
    class (``corpus._lines_about``): a shape for the entities' classes, or for the subjects of a
    property, that read more of a value (a property of it, through sh:node, a qualified value shape
    or sh:or) would be checked against too little."""
    onto = ontology.load(ROOT / "ontology")
    shapes = ontology.load_shapes(ROOT / "ontology")
    cur = curation.Curation(ROOT / "data", onto, "https://w3id.org/mgkg/")
    cur.load_registry()
    registry = cur.graph(cur.entities_graph) + cur.graph(cur.reference_graph)
    classes = {c for e in cur.entities.values() for t in registry.objects(e, RDF.type)
               for c in onto.transitive_objects(t, RDFS.subClassOf)}
    targeting = {s for s, c in shapes.subject_objects(SH.targetClass) if c in classes}
    targeting |= set(shapes.subjects(SH.targetSubjectsOf, None))
    nesting = (SH.node, SH.qualifiedValueShape, SH["or"], SH["and"], SH.xone, SH["not"])

    def value_shapes(shape) -> list:
        found = []
        for kind in nesting:
            for value in shapes.objects(shape, kind):
                members = list(Collection(shapes, value)) if (value, RDF.first, None) in shapes else [value]
                found += members + [more for member in members for more in value_shapes(member)]
        return found

    checked = [v for shape in targeting for prop in shapes.objects(shape, SH.property) for v in value_shapes(prop)]
    assert checked, "the shapes have value shapes (the label languages, the date types)"
    assert not [v for v in checked if (v, SH.property, None) in shapes or (v, SH.path, None) in shapes]


@pytest.mark.parametrize("node", [
    "post/mohammed-vi--government-of-morocco",  # described by two documents: its holder's class is the registry's
    "event/las-dept-restructuring-2016",        # a change event: what it changed says so in a document
])
def test_a_node_checked_alone_is_checked_with_what_it_leads_to_and_what_points_at_it(built, node):
    """As after an edit of a document that touches it alone, or in one share of a split check: the
    post the King holds (described by two documents; a post is held by a person, and the holder's
    class is in the registry), the restructuring of the League's department (a change event changed
    an organization, which a document says of the organization)."""
    config, _ = built
    onto = ontology.load(ROOT / "ontology")
    cur = curation.Curation(config.data_dir, onto, config.base_iri)
    cur.load_registry()
    context = units.Context(onto, ontology.load_shapes(ROOT / "ontology"), queryfiles.directory("rules"), "test")
    cache = units.Cache(config.var_dir / "cache" / "units")
    made = [unit for sid in cur.sources for unit in [cache.load(sid)] if unit is not None]
    assert len(made) == len(cur.sources)
    corpus.check(made, units.Registry(cur), context, focus={config.base_iri + "id/" + node})


def test_a_change_to_what_points_at_an_entity_checks_the_entity_again(data, tmp_path):
    """A document stops saying that an organization was changed by a change event: the event (which
    the document still names, saying the same of it) is checked again, and a change event that
    changed nothing fails."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    facts = data / "facts" / "ministry-multilateral-cooperation.part2.yaml"
    text = facts.read_text(encoding="utf-8")
    edited = text.replace("    org:changedBy: event/las-dept-restructuring-2016\n", "", 1)
    assert edited != text
    facts.write_text(edited, encoding="utf-8")
    with pytest.raises(ValidationError, match="las-dept-restructuring-2016.*changed at least one organization"):
        build.build(config)


def test_a_change_to_a_registry_entity_checks_again_what_documents_say_it_is_the_value_of(data, tmp_path):
    """The ministry cooperates with a partner (a document says so of the ministry, a registry entity
    that no document's own check covers); the partner's class then changes in the registry to one
    that is no agent: the ministry is checked again, and fails."""
    (data / "entities" / "test-partner.yaml").write_text(
        '- id: organization/test-partner\n  type: UNSystemEntity\n'
        '  label: {ar: "منظمة العمل الدولية", en: "A partner"}\n', encoding="utf-8")
    (data / "facts" / "test-partner.yaml").write_text(
        'source: ministry-multilateral-cooperation\nfacts:\n'
        '  - quote: "انطلق التعاون بين الوزارة ومنظمة العمل الدولية"\n'
        '    about: organization/ministry-mre\n    cooperatesWith: organization/test-partner\n', encoding="utf-8")
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    partner = data / "entities" / "test-partner.yaml"
    partner.write_text(partner.read_text(encoding="utf-8").replace("UNSystemEntity", "Programme"), encoding="utf-8")
    with pytest.raises(ValidationError, match="ministry-mre.*An agent cooperates with another agent"):
        build.build(config)
