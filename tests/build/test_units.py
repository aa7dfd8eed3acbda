"""The build per document (``kg.build.units``): reasoned and checked apart, the documents give what
the whole gives; a changed document alone is read again; what only documents together show is caught."""

import shutil

import pyoxigraph as ox
import pytest
import yaml
from rdflib import Graph

from kg import build, queryfiles, store
from kg.build import ontology, reasoning
from kg.config import ROOT, Config
from kg.errors import ValidationError

BASE = "https://w3id.org/mgkg/"
DERIVED = {BASE + "graph/" + g for g in ("inferred", "search", "ontology")}


def _triples(oxi, graph: str) -> set:
    """The triples of a graph, less the build's description of the graphs themselves (PROV)."""
    return {(q.subject, q.predicate, q.object) for q in oxi.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            if not q.subject.value.startswith(BASE + "graph/")}


def test_documents_reasoned_apart_entail_what_all_of_them_do_together(built):
    """graph/inferred, made per document and over the registry with every document's links, is
    the closure of everything asserted, reasoned as one graph."""
    config, _ = built
    oxi = store.open_read_only(store.current_store(config))
    asserted = {t for name in store.graph_sizes(oxi) if name not in DERIVED for t in _triples(oxi, name)}
    data = ox.serialize((ox.Triple(*t) for t in asserted), format=ox.RdfFormat.N_TRIPLES) or b""
    onto = ontology.load(config.ontology_dir).serialize(format="nt", encoding="utf-8")
    whole = reasoning.materialise(data, onto, queryfiles.directory("rules"))
    expected = {(q.subject, q.predicate, q.object) for q in ox.parse(whole, format=ox.RdfFormat.N_TRIPLES)}
    assert _triples(oxi, BASE + "graph/inferred") == expected


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_a_changed_document_alone_is_read_again(data, tmp_path, built):
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"), build_workers=1)
    first = build.build(config)
    assert first.documents_read == 5
    assert first.graphs == built[1].graphs | {g: n for g, n in first.graphs.items() if g not in built[1].graphs}, \
        "one process builds what two do"
    facts = data / "facts" / "depomi-launch-interview-2021.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    assert build.build(config).documents_read == 1
    # a registry entity's name changes: only the documents that name it are read again, and it shows
    places = data / "entities" / "places.yaml"
    text = places.read_text(encoding="utf-8")
    assert 'fr: "Népal"' in text
    places.write_text(text.replace('fr: "Népal"', 'fr: "République fédérale du Népal"', 1), encoding="utf-8")
    again = build.build(config)
    assert 0 < again.documents_read < 5
    oxi = store.open_read_only(store.current_store(config))
    assert oxi.query('ASK { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> "République fédérale du Népal"@fr }')


def test_the_store_of_a_build_after_a_change_is_the_store_built_from_scratch(data, tmp_path):
    """Changed graphs are replaced in a checkpoint of the previous store: what they lost leaves
    them and the default graph (unless another graph holds it), what they gained comes in."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    assert build.build(config).loaded == "from scratch"
    facts = data / "facts" / "depomi-launch-interview-2021.yaml"
    text = facts.read_text(encoding="utf-8")
    edited = text.replace("    targetPlace: region/beni-mellal-khenifra\n",
                          "    targetPlace: region/beni-mellal-khenifra\n    note: \"Edited.\"\n", 1)
    edited = edited.replace("confidence: 0.9", "confidence: 0.7", 1)
    assert edited != text
    facts.write_text(edited, encoding="utf-8")
    after = build.build(config)
    assert after.documents_read == 1 and after.loaded.endswith("graphs changed")
    scratch = Config(data_dir=str(data), var_dir=str(tmp_path / "scratch"))
    assert build.build(scratch).loaded == "from scratch"
    a, b = (store.open_read_only(store.current_store(c)) for c in (config, scratch))

    def content(oxi):  # blank nodes (the ontology's) have no identity across two loads; PROV times differ
        return {(q.subject, q.predicate, q.object, q.graph_name) for q in oxi
                if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
                and not q.subject.value.startswith(BASE + "graph/")}
    assert content(a) == content(b)
    assert a.query('ASK { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#note> "Edited."@en } }')


def test_a_damaged_cache_entry_is_made_anew(data, tmp_path):
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    (tmp_path / "var" / "cache" / "units" / "m4sd-board-rabat-2022.pickle").write_bytes(b"not a pickle")
    assert build.build(config, force=True).documents_read == 1


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


def test_an_entity_no_document_attests_fails_the_build(data, tmp_path):
    (data / "entities" / "unattested.yaml").write_text(
        '- id: organization/nobody-quotes-us\n  type: IntergovernmentalOrganization\n'
        '  label: {ar: "منظمة لا يذكرها أحد", en: "An organization no document names"}\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="attested by a quote"):
        build.build(Config(data_dir=str(data), var_dir=str(tmp_path / "var")))


def test_the_unit_of_a_document_carries_what_the_registry_check_needs(data):
    from kg.build import curation, units

    onto = ontology.load(ROOT / "ontology")
    cur = curation.Curation(data, onto, BASE)
    cur.load_registry()
    registry = units.Registry(cur)
    context = units.Context(onto, ontology.load_shapes(ROOT / "ontology"), queryfiles.directory("rules"), "test")
    unit, violations = units.make(cur, registry, "m4sd-board-rabat-2022", context, "inputs")
    assert unit is not None and not violations
    exported = Graph().parse(data=unit.exported, format="nt")
    # every registry entity the document names, with its evidence there
    assert {str(s) for s in exported.subjects()} >= set(unit.refs)
    assert unit.lookups == registry.lookups(unit.refs, unit.words)
