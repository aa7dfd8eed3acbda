"""One error path: every route family, given bad input through the real server, answers in the
one shape — the JSON envelope for machines, an HTML page in the reader's language for browsers,
plain text for text/plain — with the same status, message and request id."""

import re

import httpx
import pytest
from fastapi.testclient import TestClient

from kg.config import Config
from kg.http.app import create_app

SPARQL_SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"

# (route family, method, path, request options, status): bad input for each family of routes.
BAD = [
    ("sparql", "GET", "/sparql", {"params": {"query": "SELECT * WHERE {"}}, 400),
    ("sparql", "GET", "/sparql", {"params": {"query": ["ASK {}", "ASK {}"]}}, 400),
    ("sparql", "POST", "/sparql", {"content": "INSERT DATA { <a:b> <a:c> <a:d> }",
                                   "headers": {"Content-Type": "application/sparql-update"}}, 403),
    ("sparql", "GET", "/sparql", {"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 403),
    ("sparql", "PUT", "/sparql", {}, 405),
    ("sparql", "GET", "/sparql", {"params": {"query": SPARQL_SELECT, "format": "turtle"}}, 406),
    ("sparql", "POST", "/sparql", {"content": "x", "headers": {"Content-Type": "image/png"}}, 415),
    ("linked data", "GET", "/id/organization/no-such-thing", {}, 404),
    ("linked data", "GET", "/doc/id/organization/no-such-thing.ttl", {}, 404),
    ("linked data", "GET", "/browse/nope:Nothing", {}, 404),
    ("files", "GET", "/dumps/../../etc/passwd", {}, 404),
    ("files", "GET", "/dumps/nothing.gz", {}, 404),
    ("files", "GET", "/.well-known/void", {"params": {"format": "csv"}}, 406),
    ("api", "GET", "/api/queries/funding-ties", {"params": {"limit": "0"}}, 422),
    ("api", "GET", "/api/queries/funding-ties", {"params": {"funder": "not an iri"}}, 422),
    ("api", "GET", "/api/queries/no-such-query", {}, 404),
    ("unknown", "GET", "/no/such/route", {}, 404),
    ("static", "GET", "/static/no-such-file.css", {}, 404),
    ("method", "DELETE", "/api/queries", {}, 405),
]
IDS = [f"{family}-{method}-{status}-{i}" for i, (family, method, _, _, status) in enumerate(BAD)]


@pytest.fixture(scope="module")
def small_client(small):
    """The app over the small dataset, in process: the fast tier's view of the same errors."""
    with TestClient(create_app(small)) as client:
        yield client


@pytest.fixture(scope="module")
def live_client(live):
    with httpx.Client(base_url=live, timeout=30) as client:
        yield client


def send(client: httpx.Client, method: str, path: str, options: dict, accept: str) -> httpx.Response:
    headers = {**options.get("headers", {}), "Accept": accept}
    return client.request(method, path, params=options.get("params"), content=options.get("content"),
                          headers=headers)


@pytest.mark.parametrize(("family", "method", "path", "options", "status"), BAD, ids=IDS)
def test_every_route_family_answers_bad_input_in_one_shape(small_client, family, method, path, options, status):
    assert_one_shape(small_client, method, path, options, status)


@pytest.mark.parametrize(("family", "method", "path", "options", "status"), BAD, ids=IDS)
def test_the_real_server_answers_bad_input_in_one_shape(live_client, family, method, path, options, status):
    assert_one_shape(live_client, method, path, options, status)


def assert_one_shape(client: httpx.Client, method: str, path: str, options: dict, status: int) -> None:
    machine = send(client, method, path, options, "application/json")
    assert machine.status_code == status, machine.text
    assert machine.headers["content-type"].startswith("application/json")
    body = machine.json()
    assert set(body) == {"ok", "status", "error", "errors", "request_id"}
    assert body["ok"] is False and body["status"] == status and body["error"] and body["errors"]
    assert body["request_id"] == machine.headers["x-request-id"]

    browser = send(client, method, path, options, "text/html,application/xhtml+xml,*/*;q=0.8")
    assert browser.status_code == status
    assert browser.headers["content-type"].startswith("text/html")
    assert browser.headers["x-request-id"] in browser.text
    if method != "HEAD":
        assert _escaped(body["error"]) in browser.text

    plain = send(client, method, path, options, "text/plain, */*;q=0.1")
    assert plain.status_code == status and plain.headers["content-type"].startswith("text/plain")
    assert plain.text.startswith(body["error"] + "\n")
    assert plain.text.endswith(f"\nrequest id: {plain.headers['x-request-id']}\n")


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")


def test_a_client_that_accepts_no_error_form_gets_json(live):
    response = httpx.get(live + "/sparql", params={"query": "SELECT * WHERE {"},
                         headers={"Accept": "application/sparql-results+xml"})
    assert response.status_code == 400 and response.json()["status"] == 400


def test_the_error_page_speaks_the_readers_language(live):
    arabic = httpx.get(live + "/id/organization/no-such-thing", headers={"Accept": "text/html",
                                                                         "Accept-Language": "ar"})
    assert arabic.status_code == 404 and 'lang="ar"' in arabic.text and "غير موجود" in arabic.text
    french = httpx.get(live + "/api/queries/funding-ties?limit=0&lang=fr", headers={"Accept": "text/html"})
    assert french.status_code == 422 and "Paramètres invalides" in french.text


def test_a_plain_request_id_from_the_client_is_kept_and_a_hostile_one_replaced(live):
    kept = httpx.get(live + "/healthz", headers={"X-Request-ID": "trace-42"})
    assert kept.headers["x-request-id"] == "trace-42"
    replaced = httpx.get(live + "/no/such/route", headers={"X-Request-ID": "<script>"})
    assert re.fullmatch(r"[0-9a-f]{16}", replaced.headers["x-request-id"])
    assert replaced.json()["request_id"] == replaced.headers["x-request-id"]


def test_without_a_store_every_family_says_so_in_the_same_shape(tmp_path):
    with TestClient(create_app(Config(var_dir=str(tmp_path)))) as client:
        for path in ("/healthz", "/", "/sparql?query=ASK{}", "/id/organization/iom", "/dumps/",
                     "/.well-known/void", "/api/queries/themes", "/browse"):
            response = client.get(path, headers={"Accept": "application/json"})
            assert response.status_code == 503, path
            assert response.json()["error"] == "no store has been built yet: run `kg build`", path
