import os
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset

from kg import build, store
from kg.config import ROOT, Config
from kg.errors import ValidationError

BASE = "https://w3id.org/mgkg/"
ID = BASE + "id/"


@pytest.fixture(scope="session")
def oxi(built):
    config, _ = built
    return store.open_read_only(store.current_store(config))


def rows(oxi, query):
    result = oxi.query(query)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def test_build_reports_every_graph(built):
    _, summary = built
    graphs = summary.graphs
    assert graphs[BASE + "graph/ontology"] > 1000
    assert graphs[BASE + "graph/inferred"] > 0
    assert graphs[BASE + "graph/entities"] > 0
    sources = [g for g in graphs if g.startswith(BASE + "graph/source/")]
    assert len(sources) == 5


def test_every_source_has_facts(built):
    _, summary = built
    assert len(summary.facts_per_source) == 5
    assert all(n > 0 for n in summary.facts_per_source.values())


def test_every_quote_is_at_its_offsets(oxi):
    found = rows(oxi, """
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX mg: <https://w3id.org/mgkg/ontology#>
        SELECT ?text ?exact ?start ?end WHERE {
          ?ev a mg:Evidence ; oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
          ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . ?doc mg:text ?text }""")
    assert len(found) > 100
    for row in found:
        assert row["text"][int(row["start"]):int(row["end"])] == row["exact"]


# The competency questions are tests/test_competency.py's (queries/competency/).


def test_reference_knowledge_has_its_own_graph_with_its_sources(oxi):
    reference = f"<{BASE}graph/reference>"
    assert oxi.query(f"""ASK {{ GRAPH {reference} {{
        {reference} <http://purl.org/dc/terms/source> <https://www.wikidata.org/> ;
                    <http://purl.org/dc/terms/created> ?created .
        <https://www.wikidata.org/> a <https://w3id.org/mgkg/ontology#ReferenceSource> ;
                                    <http://purl.org/dc/terms/title> ?title }} }}""")
    # identifiers and containment are reference knowledge, not the registry's nor a document's
    for statement in (f"<{ID}city/rabat> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q3551>",
                      f"<{ID}region/oriental> <https://w3id.org/mgkg/ontology#partOf> <{ID}country/morocco>",
                      f"<{ID}country/morocco> <https://w3id.org/mgkg/ontology#iso3166Alpha2> \"MA\""):
        graphs = {r["g"] for r in rows(oxi, f"SELECT ?g WHERE {{ GRAPH ?g {{ {statement} }} }}")}
        assert graphs == {BASE + "graph/reference"}, statement


def test_reference_memberships_carry_their_source_and_dates(oxi):
    found = rows(oxi, f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX mg: <https://w3id.org/mgkg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?start ?end ?source WHERE {{ GRAPH <{BASE}graph/reference> {{
          ?m org:member <{ID}country/united-kingdom> ; org:organization <{ID}organization/eu> ;
             mg:startDate ?start ; mg:endDate ?end ; prov:wasDerivedFrom ?source }} }}""")
    assert found == [{"start": "1973-01-01", "end": "2020-01-31",
                      "source": "https://european-union.europa.eu/principles-countries-history/eu-countries_en"}]
    assert oxi.query(f"ASK {{ <{ID}country/belgium> <http://www.w3.org/ns/org#memberOf> <{ID}organization/eu> }}")


def test_every_participation_gives_the_shortcut_of_its_role(oxi):
    """One meaning, one shape: each participation's agent and thing are linked by its role's shortcut
    (mg:shortcut on the role) and no participation is left with mg:involvedIn alone."""
    missing = rows(oxi, """PREFIX mg: <https://w3id.org/mgkg/ontology#>
        SELECT ?p ?role WHERE {
          ?p a mg:Participation ; mg:participant ?agent ; mg:participationIn ?thing ; mg:participationRole ?role .
          ?role mg:shortcut ?shortcut .
          FILTER NOT EXISTS { ?agent ?shortcut ?thing }
        }""")
    assert missing == []
    assert oxi.query(f"ASK {{ <{ID}project/sharaka> <https://w3id.org/mgkg/ontology#implementedBy> <{ID}organization/expertise-france> }}")
    assert oxi.query(f"ASK {{ <{ID}event/gfmd-2018> <https://w3id.org/mgkg/ontology#chairedBy> <{ID}country/germany> }}")


def test_a_funded_item_receives_its_ties_amount(oxi):
    """Every stated amount of a tie is also on each item it funds (mg:fundedAmount); no item has one of a tie
    that does not fund it."""
    stray = rows(oxi, """PREFIX mg: <https://w3id.org/mgkg/ontology#>
        SELECT ?item ?amount WHERE {
          { ?tie a mg:Funding ; mg:fundedItem ?item ; mg:amount ?amount . FILTER NOT EXISTS { ?item mg:fundedAmount ?amount } }
          UNION
          { ?item mg:fundedAmount ?amount . FILTER NOT EXISTS { ?tie mg:fundedItem ?item ; mg:amount ?amount } }
        }""")
    assert stray == []
    assert oxi.query(f"""PREFIX mg: <https://w3id.org/mgkg/ontology#>
        ASK {{ <{ID}project/fair-migration-maghreb> mg:fundedAmount [ mg:amountValue ?v ; mg:currency "EUR" ] FILTER (?v = 2400000) }}""")


def test_reasoning_types_an_implementing_agency_as_organization_and_agent(oxi):
    inferred = f"<{BASE}graph/inferred>"
    for cls in ("http://www.w3.org/ns/org#Organization", "http://www.w3.org/ns/prov#Agent"):
        assert oxi.query(f"ASK {{ GRAPH {inferred} {{ <{ID}organization/enabel> a <{cls}> }} }}")


def test_reasoning_adds_inverses_and_transitive_parts(oxi):
    assert oxi.query(f"ASK {{ <{ID}programme/m4sd> <https://w3id.org/mgkg/ontology#fundedBy> <{ID}organization/sdc> }}")
    assert oxi.query(f"ASK {{ <{ID}organization/enabel> <https://w3id.org/mgkg/ontology#involvedIn> <{ID}project/depomi> }}")
    assert oxi.query(f"ASK {{ <{ID}region/beni-mellal-khenifra> <http://purl.org/dc/terms/isPartOf> <{ID}country/morocco> }}")


def test_default_graph_is_the_merge_of_the_named_graphs(oxi, built):
    _, summary = built
    merged = {(q.subject, q.predicate, q.object) for q in store.named_quads(oxi)}
    assert store.default_graph_size(oxi) == len(merged) < sum(summary.graphs.values())
    assert store.current_manifest(built[0])["default_graph"] == len(merged)


def test_unchanged_inputs_rebuild_is_a_no_op(built):
    config, summary = built
    again = build.build(config)
    assert again.unchanged and again.version == summary.version


def test_export_is_a_parseable_dataset(built, tmp_path):
    config, summary = built
    out = tmp_path / "dump.trig"
    with out.open("wb") as handle:
        store.export(store.open_read_only(store.current_store(config)), handle, "trig")
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len(list(dataset.quads((None, None, None, None)))) == sum(summary.graphs.values())


def test_a_broken_fact_fails_the_build_and_keeps_the_old_store(built, tmp_path):
    config, summary = built
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    broken = data / "facts" / "broken.yaml"
    broken.write_text(
        "source: m4sd-board-rabat-2022\n"
        "facts:\n"
        "  - quote: \"بتمويل من التعاون الإنمائي السويسري (SDC)\"\n"
        "    funding: {funder: organization/sdc, item: programme/m4sd, amount: 5, currency: euro}\n",
        encoding="utf-8")
    broken_config = Config(var_dir=config.var_dir, data_dir=str(data))
    with pytest.raises(ValidationError, match="ISO 4217"):
        build.build(broken_config)
    assert store.current_manifest(config)["version"] == summary.version
    assert store.open_read_only(store.current_store(config)).query("ASK { ?s ?p ?o }")
    assert not [p for p in (Path(config.var_dir) / "builds").iterdir() if p.name.startswith(".")]


def test_a_forced_rebuild_goes_beside_the_build_it_replaces(tmp_path):
    from kg.build.pipeline import _fresh_dir

    builds = tmp_path / "builds"
    (builds / "abc").mkdir(parents=True)
    assert _fresh_dir(builds, "new") == builds / "new"
    assert _fresh_dir(builds, "abc") == builds / "abc.2"
    (builds / "abc.2").mkdir()
    assert _fresh_dir(builds, "abc") == builds / "abc.3"


def test_staging_folders_of_dead_builds_are_pruned(tmp_path):
    import subprocess
    import sys

    from kg.build.pipeline import _prune

    builds = tmp_path / "builds"
    keep = builds / "current-one"
    keep.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    (builds / f".v1.{dead}.tmp").mkdir()
    (builds / f".v2.{os.getpid()}.tmp").mkdir()  # a build still running (this process): kept
    _prune(builds, keep)
    assert not (builds / f".v1.{dead}.tmp").exists() and (builds / f".v2.{os.getpid()}.tmp").exists()


# --- versions: dumps kept after pruning, and what each build changed ------------------------------

ADDED = ID + "organization/test-added-org"
ENTITY = """
- id: organization/{slug}
  type: Association
  label: {{ar: "جمعية الاختبار", en: "{label}", fr: "Association ajoutée"}}
"""
FACT = """
  - quote: "مشاهد بريس"
    about: organization/{slug}
"""


def copy_var(built, var: Path) -> None:
    """A var dir of its own holding the session's build (store, its published dumps, ``current``)."""
    config, summary = built
    shutil.copytree(Path(config.var_dir) / "builds" / summary.version, var / "builds" / summary.version)
    shutil.copytree(store.version_dir(config, summary.version), var / "dumps" / summary.version)
    (var / "current").symlink_to(Path("builds") / summary.version)


def data_adding_an_entity(data: Path, slug: str = "test-added-org", label: str = "Test Added Association") -> Path:
    """The repository's data and one more organization, attested by a quote."""
    shutil.copytree(ROOT / "data", data)
    with (data / "entities" / "organizations.yaml").open("a", encoding="utf-8") as out:
        out.write(ENTITY.format(slug=slug, label=label))
    with (data / "facts" / "depomi-launch-interview-2021.yaml").open("a", encoding="utf-8") as out:
        out.write(FACT.format(slug=slug))
    return data


@pytest.fixture(scope="module")
def later_builds(built, tmp_path_factory):
    """Two more builds after the session's: one adds an entity, the next replaces it by another,
    so the first build's directory is pruned."""
    tmp = tmp_path_factory.mktemp("versions")
    var = tmp / "var"
    copy_var(built, var)
    data = data_adding_an_entity(tmp / "data")
    second = build.build(Config(var_dir=str(var), data_dir=str(data)))
    other = data_adding_an_entity(tmp / "other", "test-other-org", "Test Other Association")
    third = build.build(Config(var_dir=str(var), data_dir=str(other)))
    return Config(var_dir=str(var)), [built[1].version, second.version, third.version]


def test_a_build_records_what_it_added_compared_to_the_one_before(later_builds):
    config, (first, second, third) = later_builds
    added = store.read_changes(config, second)
    assert added["previous"] == first and added["built"]
    assert added["added"]["entities"] == [{"iri": ADDED, "label": "Test Added Association"}]
    assert added["added"]["facts"] == [] and added["removed"] == {"entities": [], "facts": []}
    removed = store.read_changes(config, third)
    assert removed["previous"] == second
    assert removed["removed"]["entities"] == [{"iri": ADDED, "label": "Test Added Association"}]
    assert removed["added"]["entities"] == [{"iri": ID + "organization/test-other-org",
                                             "label": "Test Other Association"}]


def test_the_dumps_of_a_pruned_build_are_kept(later_builds):
    config, (first, second, third) = later_builds
    assert not (config.var_dir / "builds" / first).exists()  # pruned: the current and the one before stay
    assert [v["version"] for v in store.versions(config)] == [third, second, first]
    for version in (first, second, third):
        directory = store.version_dir(config, version)
        index = store.dumps_index(directory)
        assert index["version"] == version and index["built"]
        for f in index["files"]:
            assert (directory / f["file"]).stat().st_size == f["bytes"]
    assert store.current_dumps(config, store.current_dir(config)) == config.var_dir / "dumps" / third
    assert not list((config.var_dir / "dumps").glob(".*"))  # no staging folder left


def test_the_first_build_adds_everything_and_needs_no_previous(built):
    config, summary = built
    first = store.read_changes(config, summary.version)
    assert first["previous"] is None and first["removed"] == {"entities": [], "facts": []}
    entities = {e["iri"]: e["label"] for e in first["added"]["entities"]}
    assert entities[ID + "organization/iom"] == "International Organization for Migration"
    kinds = {f["kind"] for f in first["added"]["facts"]}
    assert {"funding tie", "participation", "post holding", "membership"} <= kinds
    assert ID + "funding/sdc--m4sd" in {f["iri"] for f in first["added"]["facts"]}


def test_only_published_versions_are_reachable(built):
    config, summary = built
    assert store.version_dir(config, summary.version) is not None
    for name in ("..", "../builds", ".", "", f".{summary.version}.1.tmp", "current", "a/b", "x" * 200):
        assert store.version_dir(config, name) is None, name


def test_void_names_the_licence_and_the_version(built):
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCTERMS, OWL

    config, summary = built
    void = Graph().parse(store.current_dir(config) / "void.ttl", format="turtle")
    dataset, release = URIRef(BASE + "dataset"), URIRef(f"{BASE}dataset/{summary.version}")
    assert (dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in void
    assert (dataset, DCTERMS.hasVersion, release) in void
    assert str(void.value(release, OWL.versionInfo)) == summary.version
    assert str(void.value(dataset, DCTERMS.bibliographicCitation)) == (
        f"Migration Governance Knowledge Graph, version {summary.version}, {release}, CC BY 4.0")


def test_which_document_states_a_triple_is_one_exact_query(oxi, built):
    found = rows(oxi, f"""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX mg: <https://w3id.org/mgkg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?g ?source WHERE {{ GRAPH ?g {{
          ?statement rdf:subject <{ID}organization/eutf-africa> ; rdf:predicate mg:launchedAt ;
                     rdf:object <{ID}event/valletta-summit-2015> .
          ?evidence oa:hasBody ?statement ; oa:hasTarget/oa:hasSource ?source }} }}""")
    assert found == [{"g": BASE + "graph/source/ministry-multilateral-cooperation",
                      "source": BASE + "source/ministry-multilateral-cooperation"}]
    # every quote supports a fact node or a statement, not only the things it names
    assert not rows(oxi, """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX mg: <https://w3id.org/mgkg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?evidence WHERE { ?evidence a mg:Evidence .
          FILTER NOT EXISTS { ?evidence oa:hasBody ?b . { ?b a rdf:Statement } UNION { ?b a/rdfs:subClassOf* mg:Fact } } }""")
    _, summary = built
    assert summary.facts_per_kind["statements with evidence"] > summary.facts_per_kind["evidence quotes"]
