"""The build per document (``kg.build.units``): reasoned and checked apart, the documents give what
the whole gives; a changed document alone is read again; what only documents together show is caught."""

import shutil

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV

from kg import build, queryfiles, store
from kg.build import ontology, reasoning
from kg.config import ROOT, Config
from kg.namespaces import MG

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

    def content(oxi):  # blank nodes (the ontology's) have no identity across two loads; what each build says of itself differs
        return {(q.subject, q.predicate, q.object, q.graph_name) for q in oxi
                if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
                and q.predicate.value not in (str(PROV.generatedAtTime), str(OWL.versionInfo))}
    assert content(a) == content(b)
    assert a.query('ASK { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#note> "Edited."@en } }')
    # the VoID statistics, corrected by what the default graph gained and lost, are the ones counted anew
    updated, counted = (store.current_manifest(c) for c in (config, scratch))
    assert updated["statistics"] == counted["statistics"] and updated["default_graph"] == counted["default_graph"]


def test_a_damaged_cache_entry_is_made_anew(data, tmp_path):
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    (tmp_path / "var" / "cache" / "units" / "m4sd-board-rabat-2022.pickle").write_bytes(b"not a pickle")
    assert build.build(config, force=True).documents_read == 1


def test_the_unit_of_a_document_carries_what_the_registry_check_needs(data):
    from kg.build import curation, units

    onto = ontology.load(ROOT / "ontology")
    cur = curation.Curation(data, onto, BASE)
    cur.load_registry()
    registry = units.Registry(cur)
    context = units.Context(onto, ontology.load_shapes(ROOT / "ontology"), queryfiles.directory("rules"), "test")
    unit, violations = units.make(cur, registry, "m4sd-board-rabat-2022", context, "inputs")
    assert unit is not None and not violations
    # every registry entity the document names and every node it describes, with a digest of what it says of it
    assert set(unit.said) == {*unit.refs, *unit.subjects}
    g = Graph().parse(data=unit.triples, format="nt")
    attested = [ref for ref in unit.refs if (URIRef(ref), MG.evidence, None) in g]
    assert attested and all(unit.said[ref] != units.said(b"", [ref])[ref] for ref in attested)
    assert unit.lookups == registry.lookups(unit.refs, unit.words)
