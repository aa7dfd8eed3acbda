import asyncio
import csv
import io
import json
import time
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import SKOS

from kg import store
from kg.errors import QuerySyntaxError, QueryTimeout
from kg.namespaces import PREFIXES
from kg.query.engine import Answer, LocalEngine, Request, ResultCache, json_term, json_term_text
from tests.conftest import SMALL

# latency under load: `make test` runs these alone, after the parallel run (see pyproject's markers)
pytestmark = pytest.mark.serial

BASE = "https://w3id.org/mgkg/"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
LABELS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?s ?l WHERE { ?s skos:prefLabel ?l } ORDER BY ?s ?l"


@pytest.fixture(scope="module")
def engine(small):
    local = LocalEngine(store.current_store(small), "small", workers=2, timeout=2,
                        prefixes=PREFIXES, cache=ResultCache(8))
    yield local
    local.close()


def run(engine, **kwargs):
    return asyncio.run(engine.run(Request(**kwargs)))


def test_select_in_every_results_format(engine):
    as_json = json.loads(run(engine, text=LABELS, format="json").body)
    rows = as_json["results"]["bindings"]
    labels = {(s, o) for s, _, o, _ in Dataset().parse(SMALL, format="trig").quads((None, SKOS.prefLabel, None, None))}
    assert as_json["head"]["vars"] == ["s", "l"] and len(rows) == len(labels)
    arabic = [r for r in rows if r["l"].get("xml:lang") == "ar"]
    assert arabic and all(r["s"]["type"] == "uri" for r in rows)
    as_csv = list(csv.DictReader(io.StringIO(run(engine, text=LABELS, format="csv").body.decode())))
    assert len(as_csv) == len(rows) and as_csv[0]["s"] == rows[0]["s"]["value"]
    tsv = run(engine, text=LABELS, format="tsv").body.decode().splitlines()
    assert tsv[0] == "?s\t?l" and len(tsv) == len(rows) + 1
    tree = ET.fromstring(run(engine, text=LABELS, format="xml").body)
    assert len(tree.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == len(rows)


def test_typed_literals_keep_their_datatype(engine):
    text = "PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT ?v WHERE { ?a mg:amountValue ?v } LIMIT 1"
    value = json.loads(run(engine, text=text, format="json").body)["results"]["bindings"][0]["v"]
    assert value["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"


def test_construct_and_describe_in_rdf_formats(engine):
    text = f"DESCRIBE <{BASE}id/organization/iom>"
    turtle = Graph().parse(data=run(engine, text=text, format="turtle").body, format="turtle")
    assert len(turtle) >= 6  # its labels, type, acronym, what it implements and partners in
    assert b"@prefix mg:" in run(engine, text=text, format="turtle").body
    for fmt, parser in (("ntriples", "nt"), ("rdfxml", "xml"), ("jsonld", "json-ld")):
        other = Graph().parse(data=run(engine, text=text, format=fmt).body, format=parser)
        assert len(other) == len(turtle), fmt
    trig = Dataset().parse(data=run(engine, text=text, format="trig").body, format="trig")
    assert len(trig) == len(turtle)


def test_ask_answers_a_boolean(engine):
    assert json.loads(run(engine, text="ASK { ?s ?p ?o }", format="json").body)["boolean"] is True


def test_a_protocol_dataset_replaces_the_default_graph(engine):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    source = BASE + "graph/source/press-release"
    one = json.loads(run(engine, text=count, format="json", default_graphs=(source,)).body)
    everything = json.loads(run(engine, text=count, format="json").body)
    n_one = int(one["results"]["bindings"][0]["n"]["value"])
    assert 0 < n_one < int(everything["results"]["bindings"][0]["n"]["value"])
    only_named = json.loads(run(engine, text=count, format="json", named_graphs=(source,)).body)
    assert only_named["results"]["bindings"][0]["n"]["value"] == "0"  # the default graph is then empty


def test_rows_beyond_the_cap_are_cut_and_flagged(engine):
    cut = run(engine, text=LABELS, format="json", max_rows=7)
    assert cut.truncated and len(json.loads(cut.body)["results"]["bindings"]) == 7
    cut_csv = run(engine, text=LABELS, format="csv", max_rows=7)
    assert cut_csv.truncated and len(cut_csv.body.decode().splitlines()) == 8
    whole = run(engine, text=LABELS + " LIMIT 7", format="json", max_rows=7)
    assert not whole.truncated
    triples = run(engine, text="CONSTRUCT WHERE { ?s ?p ?o }", format="ntriples", max_rows=5)
    assert triples.truncated and len(triples.body.splitlines()) == 5


def test_syntax_errors_carry_the_parser_position(engine):
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        run(engine, text="SELECT * WHERE { ?s ?p }", format="json")


def test_relative_iris_resolve_against_the_base(engine):
    body = run(engine, text="SELECT (<x> AS ?iri) {}", format="json", base_iri=BASE + "sparql").body
    assert json.loads(body)["results"]["bindings"][0]["iri"]["value"] == BASE + "x"


def test_a_runaway_query_is_stopped_and_the_pool_recovers(engine):
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after"):
        run(engine, text=RUNAWAY, format="json")
    assert time.monotonic() - started < 10
    assert json.loads(run(engine, text="ASK {}", format="json").body)["boolean"] is True


def test_answers_are_cached_per_request(engine):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } # cache test"
    first = run(engine, text=text, format="json")
    again = run(engine, text=text, format="json")
    assert not first.cached and again.cached and again.body == first.body
    assert not asyncio.run(engine.run(Request(text=text, format="json"), use_cache=False)).cached
    assert not run(engine, text=text, format="csv").cached  # another format is another answer


def test_with_values_opens_the_where_clause_with_escaped_terms():
    from kg.query.engine import with_values
    text = 'SELECT ?x WHERE { ?x ?p "{not a brace}" FILTER(CONTAINS(?x, ?t)) }'
    bound = with_values(text, (("t", ox.Literal('a"b } DROP ALL')), ("r", ox.NamedNode("http://a/b"))))
    assert bound.startswith("SELECT ?x WHERE {\n  VALUES (?t ?r) { (\"a\\\"b } DROP ALL\" <http://a/b>) }")
    store = ox.Store()
    store.query(bound)  # it parses: the value stayed a literal
    assert with_values("ASK { ?s ?p ?o }", (("s", ox.NamedNode("http://a")),)).startswith("ASK {\n  VALUES (?s)")
    construct = with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", (("s", ox.NamedNode("http://a")),))
    assert construct.startswith("CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES")
    assert with_values(text, ()) == text


def test_the_cache_weighs_keys_and_values_within_one_budget():
    cache = ResultCache(1)  # 1 MiB
    for n in range(200):  # 200 distinct 20 KB query texts with tiny answers: 4 MB if keys weighed nothing
        cache.put(("v", "x" * 20_000 + str(n)), Answer(b"{}"), 20_000 + 2)
    kept = sum(cache.get(("v", "x" * 20_000 + str(n))) is not None for n in range(200))
    assert 0 < kept <= 2**20 // 20_000
    cache.put("too big", Answer(b"x"), 2**21)  # larger than the whole budget: not kept
    assert cache.get("too big") is None


def test_a_broken_pool_is_rebuilt_and_health_says_so(small):
    local = LocalEngine(store.current_store(small), "small", workers=1, timeout=5, prefixes=PREFIXES,
                        cache=ResultCache(0))
    try:
        assert asyncio.run(local.health()) is None
        local.pool.stop()  # as a pool whose workers cannot start
        assert not local.pool.active
        assert json.loads(run(local, text="ASK {}", format="json").body)["boolean"] is True
        assert asyncio.run(local.health()) is None
    finally:
        local.close()


def test_a_request_a_worker_answered_cheaply_is_answered_inline_after(small):
    """Inline: no worker is needed for a request known to be cheap, and only for such a request."""
    local = LocalEngine(store.current_store(small), "small", workers=1, timeout=5, prefixes=PREFIXES,
                        cache=ResultCache(0), fast_lane=2, inline_ms=5000)
    try:
        deadline = time.monotonic() + 30
        while not local.warm and time.monotonic() < deadline:  # its copy of the store is made aside
            time.sleep(0.05)
        assert local.warm
        first = run(local, text=LABELS, format="json")  # by a worker, found cheap
        local.pool.stop()  # no worker answers from here on, until a new pool starts
        stopped = local.pool
        assert run(local, text=LABELS, format="json").body == first.body
        assert local.pool is stopped  # answered without a worker
        run(local, text=LABELS + " LIMIT 3", format="json")  # never seen: it needs a worker
        assert local.pool is not stopped
    finally:
        local.close()


def test_a_worker_says_what_an_answer_cost_it(small, engine):
    """Cheapness is judged by the worker's CPU, not by the round trip (which grows with the queue)."""
    answer = asyncio.run(engine.run(Request(text=LABELS, format="json"), use_cache=False))
    assert 0 < answer.cpu < 5 and not answer.cached


def test_an_engine_without_inline_answers_is_warm_from_the_start(small):
    local = LocalEngine(store.current_store(small), "small", workers=1, timeout=5, prefixes=PREFIXES,
                        cache=ResultCache(0), inline_ms=0)
    try:
        assert local.warm
    finally:
        local.close()


# The memory budget (KG_MEMORY_MB) ------------------------------------------------------------------

def test_copies_of_the_store_are_made_only_within_the_memory_budget(small):
    from kg.config import Config

    location = store.current_store(small)
    size = store.size_on_disk(location)
    assert size > 0
    copy_mb = size * store.IN_MEMORY_FACTOR / 2**20
    workers = 2 * (2 + 1)           # two HTTP workers, each with two query workers and a slow lane
    inline = 2                      # and each HTTP worker's own copy (KG_INLINE_MS)

    def placed(memory_mb: int, **settings):
        config = Config(var_dir=str(small.var_dir), memory_mb=memory_mb, http_workers=2, query_workers=2, **settings)
        return store.placement(location, config)

    assert placed(int(copy_mb * (workers + inline)) + 1) == store.Placement(True, True)
    # the workers' copies fit, the HTTP processes' do not: those answer from the on-disk store
    assert placed(int(copy_mb * (workers + 1)) + 1) == store.Placement(True, False)
    # the workers' copies do not fit: theirs are left out first, and the HTTP processes' then fit
    assert placed(max(1, int(copy_mb * workers) - 1)) == store.Placement(False, True)
    assert placed(max(1, int(copy_mb * inline) - 1)) == store.Placement(False, False)
    assert placed(0) == store.Placement(True, True)                                  # 0: no budget
    assert placed(0, inline_ms=0) == store.Placement(True, False)                    # no inline answers, no copy
    # a store larger than KG_WORKER_COPY_MB is shared from disk by the workers, whatever the budget
    assert placed(0, worker_copy_mb=0) == store.Placement(False, True)
    assert store.placement(location, Config(var_dir=str(small.var_dir))).workers_in_memory   # the defaults: small


def test_workers_over_the_budget_answer_from_the_shared_on_disk_store(small, engine):
    on_disk = LocalEngine(store.current_store(small), "small", workers=1, timeout=5, prefixes=PREFIXES,
                          cache=ResultCache(1), in_memory=False)
    try:
        assert not on_disk.in_memory
        assert run(on_disk, text=LABELS, format="json").body == run(engine, text=LABELS, format="json").body
    finally:
        on_disk.close()


def test_a_remote_ask_answered_as_a_result_set_is_read_as_its_boolean():
    import json as j

    from kg.errors import EndpointError
    from kg.query.engine import _boolean

    as_rows = j.dumps({"head": {"vars": ["__ask_retval"]},
                       "results": {"bindings": [{"__ask_retval": {"type": "literal", "value": "1"}}]}}).encode()
    assert j.loads(_boolean(as_rows, "u")) == {"head": {}, "boolean": True}
    no = as_rows.replace(b'"1"', b'"0"')
    assert j.loads(_boolean(no, "u"))["boolean"] is False
    proper = b'{"head": {}, "boolean": false}'
    assert _boolean(proper, "u") == proper
    for bad in (b"<html>", b'{"results": {"bindings": [{}, {}]}}', b"[]"):
        with pytest.raises(EndpointError):
            _boolean(bad, "u")


def test_what_the_engine_remembers_of_requests_is_weighed_by_their_text():
    from kg.query.engine import _remembered

    remembered = _remembered(2**20)  # 1 MiB
    for n in range(200):  # 200 distinct 20 KB texts: 4 MB if kept by count
        remembered["x" * 20_000 + str(n)] = 20_000 + ResultCache.OVERHEAD
    assert 0 < len(remembered) <= 2**20 // 20_000
    assert ("x" * 20_000 + "199") in remembered  # the newest stay


@pytest.mark.parametrize("term", [
    ox.NamedNode("https://w3id.org/mgkg/id/place/f\u00e8s"),
    ox.Literal('he said "yes"\n\\ \u0001 \u0627\u0644\u0645\u063a\u0631\u0628', language="ar"),
    ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("tab\tand \u2028 line separator"),
    ox.BlankNode("b1"),
    ox.Triple(ox.NamedNode("http://s"), ox.NamedNode("http://p"), ox.Literal("o")),
])
def test_a_term_written_as_json_text_is_the_term_in_the_results_format(term):
    assert json.loads(json_term_text(term)) == json_term(term)
