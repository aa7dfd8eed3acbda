"""`kg publish`: the current build into a SPARQL store through the Graph Store HTTP Protocol. The
requests are checked against a store in memory (httpx's mock transport), the replacement against
the native `oxigraph serve`; the real build end to end is in tests/query/test_remote_store.py."""

import base64
import json

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import store
from kg.build.publish import Target, credentials, loopback, publish
from kg.cli import main
from kg.config import Config
from kg.errors import ConfigurationError, EndpointError, NoStore
from tests.conftest import free_port, oxigraph_store

STORE = "http://127.0.0.1:7878/store"
UPDATE = "http://127.0.0.1:7878/update"
BASE = "https://w3id.org/mgkg/"


class FakeStore:
    """A Graph Store Protocol endpoint in memory: it keeps what it was sent and answers as a store
    does, unless ``answer`` (a request → response or None) says otherwise."""

    def __init__(self, answer=None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()  # kept as it arrived: an authentication flow changes the same request when it retries
        self.requests.append(httpx.Request(request.method, request.url, headers=request.headers.copy(),
                                           content=request.content))
        if self.answer is not None and (response := self.answer(request)) is not None:
            return response
        return httpx.Response({"GET": 404, "PUT": 201, "POST": 204}.get(request.method, 405))

    def of(self, method: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method]


def run(config: Config, target: Target, fake: FakeStore, auth: str = "", progress=None):
    return publish(config, target, auth=auth, transport=httpx.MockTransport(fake),
                   progress=progress or (lambda _: None))


def expected_graphs(config: Config) -> dict[str, int]:
    return store.current_manifest(config)["graphs"]


def test_graph_by_graph_one_put_per_named_graph_and_the_merge(small):
    fake, lines = FakeStore(), []
    result = run(small, Target(STORE), fake, progress=lines.append)
    puts = fake.of("PUT")
    sent = {r.url.params.get("graph", "DEFAULT"): len(list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)))
            for r in puts}
    oxi = store.open_read_only(store.current_store(small))
    assert sent == {**expected_graphs(small), "DEFAULT": store.default_graph_size(oxi)}
    assert all(r.headers["Content-Type"] == "application/n-triples" for r in puts)
    assert "default" in puts[-1].url.params and not fake.of("POST")  # the merge last, no update
    assert not result.atomic and "graph by graph" in result.text() and result.default == sent["DEFAULT"]
    assert len(lines) == 1 + len(puts) and any("graph/entities:" in line for line in lines)


def test_atomic_uploads_temporary_graphs_then_moves_them_in_one_update(small):
    """The update, run on a store holding what was uploaded, an older publish's graph that the
    build no longer has, and someone else's graph: exactly the build's dataset, the other graph
    kept, no temporary graph left."""
    fake = FakeStore()
    result = run(small, Target(STORE, update=UPDATE), fake)
    puts, (update,) = fake.of("PUT"), fake.of("POST")
    assert all(r.url.params["graph"].startswith("urn:uuid:") for r in puts)
    assert update.url == UPDATE and update.headers["Content-Type"] == "application/sparql-update"
    remote = ox.Store()
    for r in puts:
        remote.load(r.content, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(r.url.params["graph"]))
    stale, other = ox.NamedNode(BASE + "graph/source/withdrawn"), ox.NamedNode("http://example.org/theirs")
    for graph in (stale, other, ox.DefaultGraph()):
        remote.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                           ox.Literal("old"), graph))
    remote.update(update.content.decode())
    after = {g.value: sum(1 for _ in remote.quads_for_pattern(None, None, None, g)) for g in remote.named_graphs()}
    assert {g: n for g, n in after.items() if n} == {**expected_graphs(small), other.value: 1}
    oxi = store.open_read_only(store.current_store(small))
    assert set(remote.quads_for_pattern(None, None, None, ox.DefaultGraph())) == \
        set(oxi.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert result.atomic and "atomically" in result.text()


def test_the_merge_into_a_named_graph_for_a_union_default_graph(small):
    """Virtuoso's way: the merge in a graph of its own, and the dataset to serve it with."""
    fake = FakeStore()
    result = run(small, Target(STORE, default_graph=BASE + "graph/default"), fake)
    assert fake.of("PUT")[-1].url.params["graph"] == BASE + "graph/default"
    dataset = httpx.QueryParams(result.dataset())
    assert dataset.get_list("default-graph-uri") == [BASE + "graph/default"]
    assert sorted(dataset.get_list("named-graph-uri")) == sorted(expected_graphs(small))
    assert f"KG_SPARQL_ENDPOINT='<the store's query URL>?{result.dataset()}'" in result.text()
    with pytest.raises(ConfigurationError, match="one of the build's own graphs"):
        run(small, Target(STORE, default_graph=BASE + "graph/entities"), FakeStore())


def _challenged(scheme: str):
    def answer(request: httpx.Request):
        if not request.headers.get("Authorization", "").startswith(scheme):
            return httpx.Response(401, headers={"WWW-Authenticate": f'{scheme} realm="store", nonce="n1", qop="auth"'
                                                if scheme == "Digest" else f'{scheme} realm="store"'})
        return None
    return answer


@pytest.mark.parametrize("scheme", ["Basic", "Digest"])
def test_user_and_password_in_the_scheme_the_store_asks_for(small, scheme):
    fake = FakeStore(_challenged(scheme))
    run(small, Target(STORE), fake, auth="kg:s3cret")
    first, *rest = fake.requests
    assert "Authorization" not in first.headers  # the probe finds out the scheme; no body is sent twice
    assert all(r.headers["Authorization"].startswith(scheme) for r in rest)
    assert len(fake.of("PUT")) == len(expected_graphs(small)) + 1  # every graph sent once
    if scheme == "Basic":
        assert rest[-1].headers["Authorization"] == "Basic " + base64.b64encode(b"kg:s3cret").decode()


def test_a_bearer_token_on_every_request(small):
    fake = FakeStore()
    run(small, Target(STORE), fake, auth="Bearer abc.def")
    assert {r.headers["Authorization"] for r in fake.requests} == {"Bearer abc.def"}


@pytest.mark.parametrize("auth", ["justaname", ":nouser", "Bearer "])
def test_malformed_credentials_are_a_configuration_error(auth):
    with pytest.raises(ConfigurationError, match="KG_PUBLISH_AUTH must be"):
        credentials(auth)


@pytest.mark.parametrize("status, auth, message", [
    (401, "", "set KG_PUBLISH_AUTH"),
    (401, "kg:wrong", "were not accepted"),
    (403, "Bearer t", "may not write there"),
])
def test_a_refusal_says_what_to_do(small, status, auth, message):
    fake = FakeStore(lambda r: httpx.Response(status))
    with pytest.raises(EndpointError, match=message):
        run(small, Target(STORE), fake, auth=auth)
    assert not fake.of("PUT")  # refused at the probe: nothing uploaded


def test_a_failing_store_is_quoted_in_words(small):
    page = "<html><body><h1>500 Request Failed</h1><xmp>SR324: transaction log full</xmp></body></html>"
    fake = FakeStore(lambda r: httpx.Response(500, text=page) if r.method == "PUT" else None)
    with pytest.raises(EndpointError, match=r"answered PUT .* with 500: 500 Request Failed SR324: transaction log full"):
        run(small, Target(STORE), fake)


def test_an_unreachable_store(small):
    port = free_port()  # nothing listens there
    with pytest.raises(EndpointError, match=rf"127.0.0.1:{port} could not be reached"):
        publish(small, Target(f"http://127.0.0.1:{port}/store"))


def test_a_failure_before_the_move_drops_the_temporary_graphs(small):
    puts = []

    def answer(request: httpx.Request):
        if request.method == "PUT":
            puts.append(request)
            if len(puts) == 3:
                return httpx.Response(507, text="disk full")
        return None
    fake = FakeStore(answer)
    lines: list[str] = []
    with pytest.raises(EndpointError, match="507: disk full"):
        run(small, Target(STORE, update=UPDATE), fake, progress=lines.append)
    (drop,) = fake.of("POST")
    text = drop.content.decode()
    assert "MOVE" not in text and text.count("DROP SILENT GRAPH <urn:uuid:") == len(expected_graphs(small)) + 1
    assert all(f"<{r.url.params['graph']}>" in text for r in puts)
    assert "the store holds what it held before" in lines[-1]


def test_redirects_only_to_this_machine(small):
    lines: list[str] = []

    def moved(request: httpx.Request):
        if request.url.host == "127.0.0.1" and request.url.port == 7878:
            return httpx.Response(307, headers={"Location": "http://localhost:7879/store" + (
                "?" + str(request.url.query, "ascii") if request.url.query else "")})
        return None
    fake = FakeStore(moved)
    result = run(small, Target(STORE), fake, progress=lines.append)
    followed = [r for r in fake.of("PUT") if r.url.host == "localhost"]
    assert len(result.redirects) == len(followed) + 1 == len(expected_graphs(small)) + 2  # and the probe
    assert any(line.strip().startswith("following 307 from") for line in lines)

    elsewhere = FakeStore(lambda r: httpx.Response(308, headers={"Location": "https://store.example.org/store"}))
    with pytest.raises(EndpointError, match=r"308 to https://store.example.org/store; not followed \(it is not on "
                                            r"this machine\)"):
        run(small, Target(STORE), elsewhere)
    assert len(elsewhere.requests) == 1

    to_get = FakeStore(lambda r: httpx.Response(302, headers={"Location": "/elsewhere"}) if r.method == "PUT" else None)
    with pytest.raises(EndpointError, match="a 302 would turn PUT into GET"):
        run(small, Target(STORE), to_get)


def test_loopback():
    assert loopback("http://127.0.0.1:1/") and loopback("http://[::1]:8890/x") and loopback("http://localhost/")
    assert not loopback("http://127.0.0.1.example.org/") and not loopback("http://10.0.0.1/")


def test_nothing_built_nothing_published(tmp_path):
    with pytest.raises(NoStore, match="run `kg build` first"):
        publish(Config(var_dir=str(tmp_path)), Target(STORE), transport=httpx.MockTransport(FakeStore()))


@pytest.mark.parametrize("arguments, message", [
    (["--to", "ftp://store/"], "--to must be an http(s) URL"),
    (["--to", STORE, "--default-graph", "not an iri"], "--default-graph must be an absolute IRI"),
])
def test_the_command_refuses_bad_addresses(small, arguments, message):
    done = CliRunner().invoke(main, ["publish", *arguments], env={"KG_VAR_DIR": str(small.var_dir)})
    assert done.exit_code == 1 and message in done.output


@pytest.mark.slow
def test_publish_replaces_what_the_native_server_held(small, tmp_path):
    """Into `oxigraph serve`, twice, atomically: the second publish replaces the first, removes
    a graph the build no longer has, keeps graphs that are not ours; the answers are the build's."""
    with oxigraph_store(tmp_path) as url:
        target = Target(f"{url}/store", update=f"{url}/update")
        publish(small, target)
        withdrawn = BASE + "graph/source/withdrawn"
        for graph in (withdrawn, "http://example.org/theirs"):
            put = httpx.put(f"{url}/store", params={"graph": graph}, content=b'<http://e/s> <http://e/p> "1" .',
                            headers={"Content-Type": "application/n-triples"})
            assert put.status_code in (201, 204)
        result = publish(small, target)
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } } GROUP BY ?g"
        answer = httpx.post(f"{url}/query", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        counts = {row.get("g", {}).get("value", "DEFAULT"): int(row["n"]["value"])
                  for row in answer.json()["results"]["bindings"]}
    oxi = store.open_read_only(store.current_store(small))
    assert counts == {**expected_graphs(small), "http://example.org/theirs": 1,
                      "DEFAULT": store.default_graph_size(oxi)}
    assert result.atomic and json.loads(json.dumps(result.graphs)) == expected_graphs(small)
