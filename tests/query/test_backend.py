"""Which engine answers: the server follows new builds, and can front a remote SPARQL server
(here the native `oxigraph serve-read-only`, started on the store that `kg build` made)."""

import json
import shutil
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from kg import store
from kg.build import pipeline
from tests.conftest import free_port, kg_server, running

# latency under load: `make test` runs these alone, after the parallel run (see pyproject's markers)
pytestmark = pytest.mark.serial

M4SD = "https://w3id.org/mgkg/id/programme/m4sd"
FUNDERS = f"PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT ?f WHERE {{ <{M4SD}> mg:fundedBy ?f }} ORDER BY ?f"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def native(built, tmp_path_factory):
    config, _ = built
    port = free_port()
    oxigraph = Path(sys.executable).with_name("oxigraph")
    command = [str(oxigraph), "serve-read-only", "--location", str(store.current_store(config)),
               "--bind", f"127.0.0.1:{port}"]
    with running(command, f"http://127.0.0.1:{port}/", tmp_path_factory.mktemp("logs") / "oxigraph.log"):
        yield f"http://127.0.0.1:{port}/query"


@pytest.fixture(scope="module")
def fronted(built, native, tmp_path_factory):
    config, _ = built
    log = tmp_path_factory.mktemp("logs") / "fronted.log"
    with kg_server(config.var_dir, log, sparql_endpoint=native, query_timeout="2") as url:
        yield url


def test_remote_backend_answers_as_the_embedded_one(fronted, live):
    for accept in ("application/sparql-results+json", "text/csv"):
        remote = httpx.get(fronted + "/sparql", params={"query": FUNDERS}, headers={"Accept": accept})
        local = httpx.get(live + "/sparql", params={"query": FUNDERS}, headers={"Accept": accept})
        assert remote.status_code == local.status_code == 200
        if accept == "text/csv":
            assert remote.text == local.text
        else:
            assert remote.json()["results"] == local.json()["results"]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert httpx.get(fronted + "/sparql", params={"query": count}).json() == \
        httpx.get(live + "/sparql", params={"query": count}).json()


@pytest.mark.parametrize("path", ["/doc/id/programme/m4sd.nt", "/doc/source/m4sd-board-rabat-2022.nt",
                                  "/doc/graph/entities.nt", "/search?q=%D9%84%D9%84%D9%87%D8%AC%D8%B1%D8%A9&format=json"])
def test_remote_backend_serves_the_same_linked_data(fronted, live, path):
    """Descriptions and search run as SPARQL with values bound by a VALUES block on a remote
    endpoint, by substitution on the embedded store: the same answers either way."""
    remote = httpx.get(fronted + path, timeout=30)
    local = httpx.get(live + path, timeout=30)
    assert remote.status_code == local.status_code == 200
    if "search" in path:
        assert remote.json() == local.json() and remote.json()["results"]
    else:
        assert sorted(remote.text.splitlines()) == sorted(local.text.splitlines())


@pytest.mark.parametrize("name, params", [
    ("funding-network", {"funder": "https://w3id.org/mgkg/id/organization/eu"}),
    ("agreements", {"party": "https://w3id.org/mgkg/id/country/morocco", "since": "2010"}),
    ("places", {"theme": "https://w3id.org/mgkg/vocab/theme/labour-migration"}),
    ("search", {"q": "والمنظمة الدولية", "lang": "ar"}),
    ("funding-totals", {}),
])
def test_remote_backend_serves_the_same_curated_queries(fronted, live, name, params):
    """The API binds its parameters as a VALUES block on both engines: the same rows, labels and
    totals from the native server; the remote answer's ETag is a digest of its body."""
    remote = httpx.get(f"{fronted}/api/queries/{name}", params=params, timeout=30)
    local = httpx.get(f"{live}/api/queries/{name}", params=params, timeout=30)
    assert remote.status_code == local.status_code == 200
    mine, theirs = local.json(), remote.json()
    assert theirs["rows"] == mine["rows"] and theirs["total"] == mine["total"] > 0
    assert httpx.get(f"{fronted}/api/queries/{name}", params=params,
                     headers={"If-None-Match": remote.headers["ETag"]}).status_code == 304
    wrong = httpx.get(f"{fronted}/api/queries/funding-ties", params={"funder": "https://w3id.org/mgkg/id/programme/m4sd"})
    assert wrong.status_code == 422 and "prov:Agent" in wrong.json()["error"]  # the class check, remotely too


def test_remote_backend_graph_results_and_errors(fronted):
    turtle = httpx.get(fronted + "/sparql", params={"query": f"DESCRIBE <{M4SD}>"}, headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and turtle.headers["content-type"].startswith("text/turtle")
    assert M4SD.rsplit("/", 1)[1] in turtle.text
    bad = httpx.get(fronted + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert bad.status_code == 400 and "1:" in bad.text


def test_remote_backend_keeps_the_safety_rules(fronted):
    update = httpx.post(fronted + "/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"})
    assert update.status_code == 403
    service = httpx.get(fronted + "/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert service.status_code == 403
    started = time.monotonic()
    slow = httpx.get(fronted + "/sparql", params={"query": RUNAWAY}, timeout=30)
    assert slow.status_code == 503 and time.monotonic() - started < 10


def test_the_server_follows_a_new_build(built, tmp_path):
    """A new build switched in by `var/current` is served within a couple of seconds, with its
    own cache; the old answers are not reused."""
    config, summary = built
    var = tmp_path / "var"
    first = var / "builds" / summary.version
    shutil.copytree(store.current_dir(config), first, symlinks=True)
    (var / "current").symlink_to(first.relative_to(var))
    ask = "ASK { <http://example.org/new> ?p ?o }"
    with kg_server(str(var), tmp_path / "server.log") as url:
        assert httpx.get(url + "/sparql", params={"query": ask}).json()["boolean"] is False
        second = var / "builds" / "second-build"
        shutil.copytree(first, second)
        oxi = ox.Store(str(second / "store"))
        oxi.add(ox.Quad(ox.NamedNode("http://example.org/new"), ox.NamedNode("http://example.org/p"),
                          ox.Literal("added")))
        oxi.flush()
        del oxi
        manifest = json.loads((second / "manifest.json").read_text())
        (second / "manifest.json").write_text(json.dumps({**manifest, "version": "second-build"}))
        pipeline._switch(var / "current", second)
        deadline = time.monotonic() + 10
        # Each HTTP worker switches on its own within a second: wait until the one answering has.
        while (response := httpx.get(url + "/sparql", params={"query": ask})).headers["kg-store-version"] != "second-build":
            assert time.monotonic() < deadline, "the server did not pick up the new build"
            time.sleep(0.2)
        assert response.json()["boolean"] is True


def test_several_http_workers_serve_the_same_answers(built, live, tmp_path):
    config, _ = built
    with kg_server(config.var_dir, tmp_path / "workers.log", http_workers="2", query_workers="1") as url:
        with httpx.Client() as client:
            answers = {client.get(url + "/sparql", params={"query": FUNDERS}, headers={"Accept": "text/csv"}).text
                       for _ in range(6)}
    assert answers == {httpx.get(live + "/sparql", params={"query": FUNDERS}, headers={"Accept": "text/csv"}).text}
