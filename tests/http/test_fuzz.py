"""The hostile corpus, replayed with seeds against the real server: whatever a client sends, the
answer is never a 5xx other than the documented 501 (an extension function we lack) and 503 (a
query stopped at its deadline, no store), and every error has the one shape."""

import random
import string

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ALLOWED_5XX = {501, 503}
SEEDS = (1, 2, 3)
PER_SEED = 120

QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 3",
    "ASK { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
    "PREFIX : <http://x/> DESCRIBE:a",
    "DESCRIBE <https://w3id.org/mgkg/id/organization/iom>",
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }",
    "SELECT ?x WHERE { BIND(IRI(\"javascript:alert(1)\") AS ?x) }",
    "SELECT (<x> AS ?r) {}",
    "INSERT DATA { <a:b> <a:c> <a:d> }",
    "LOAD <http://127.0.0.1:9/>",
    "SELECT * WHERE { ?s ?p ?o FILTER(<http://example.org/f>(?o)) }",
    "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1 OFFSET 999999999999",
    "SELECT (SUM(?o) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p \"\\u0000\" }",
    "SELECT * WHERE { " + "{ " * 300 + "?s ?p ?o" + " }" * 300 + " }",
    "SELECT * WHERE { " + "a." * 2000 + "a }",
]
PATHS = [
    "/sparql", "/id/organization/iom", "/id/organization/%00", "/id/", "/doc/id/organization/iom.ttl",
    "/doc/..%2f..%2fetc%2fpasswd", "/browse/mg:Organization", "/browse/%E2%80%AE", "/search", "/dumps/",
    "/dumps/%2e%2e%2fmanifest.json", "/.well-known/void", "/context.jsonld", "/api/queries",
    "/api/queries/funding-ties", "/api/queries/actors", "/dashboard", "/docs", "/healthz", "/",
    "/vendor/%2e%2e/package.json", "/static/../../pyproject.toml", "/source/x", "/graph/entities",
]
PARAMS = ["limit", "offset", "sort", "lang", "format", "funder", "q", "query", "since", "until", "kind",
          "default-graph-uri", "named-graph-uri", "output"]
VALUES = ["", "0", "-1", "²", "①", "١٠", "1e309", "9" * 40, "http://x:abc/", "http://x/%zz", "javascript:alert(1)",
          "<script>", "' OR 1=1", "\" } DROP ALL {", "ar", "xx", "csv", "html", "turtle", "-funder", "%00",
          "\u202e", "null", "[]", "{}", "a" * 3000]
ACCEPTS = ["*/*", "text/html", "application/json", "text/csv", "image/png", "text/turtle", "application/ld+json",
           "application/sparql-results+xml", "text/plain", "garbage;;q=x", ""]


def check(response: httpx.Response) -> None:
    status = response.status_code
    assert status < 500 or status in ALLOWED_5XX, (response.request.method, str(response.request.url)[:300],
                                                   status, response.text[:300])
    if status >= 400 and response.request.method != "HEAD" and \
            response.headers.get("content-type", "").startswith("application/json"):
        body = response.json()
        assert body["ok"] is False and body["status"] == status and body["request_id"]


def hostile(rng: random.Random, client: httpx.Client) -> httpx.Response:
    kind = rng.random()
    accept = rng.choice(ACCEPTS)
    headers = {"Accept": accept} if accept else {}
    if kind < 0.35:
        query = rng.choice(QUERIES)
        if rng.random() < 0.5:  # a mutation: cut, doubled or a random character in
            at = rng.randrange(len(query) + 1)
            query = rng.choice([query[:at], query[:at] + query[at:] * 2,
                                query[:at] + rng.choice(string.printable + "«»\u0600") + query[at:]])
        if rng.random() < 0.5:
            return client.get("/sparql", params={"query": query}, headers=headers)
        return client.post("/sparql", content=query.encode(), headers={**headers, "Content-Type": rng.choice(
            ["application/sparql-query", "application/x-www-form-urlencoded", "text/plain", ""])})
    path = rng.choice(PATHS)
    params = {rng.choice(PARAMS): rng.choice(VALUES) for _ in range(rng.randrange(4))}
    method = rng.choice(["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"])
    return client.request(method, path, params=params, headers=headers)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_hostile_corpus_gets_no_unexplained_5xx(live, seed):
    rng = random.Random(seed)
    with httpx.Client(base_url=live, timeout=30) as client:
        for _ in range(PER_SEED):
            check(hostile(rng, client))


SPARQL_ALPHABET = st.sampled_from(["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "SERVICE", "SILENT", "PREFIX",
                                   "OPTIONAL", "FILTER", "BIND", "VALUES", "UNION", "GRAPH", "ORDER BY", "LIMIT",
                                   "{", "}", "(", ")", ".", ";", ",", "*", "?s", "?p", "?o", ":x", "a", "<http://x/>",
                                   "\"s\"", "1", "@en", "^^", "#", "\n", " ", "IRI(", "COUNT(", "AS", "GROUP BY"])


@pytest.fixture(scope="module")
def fuzz_client(live):
    with httpx.Client(base_url=live, timeout=30) as client:
        yield client


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(SPARQL_ALPHABET, min_size=1, max_size=30))
def test_generated_sparql_gets_no_unexplained_5xx(fuzz_client, words):
    check(fuzz_client.post("/sparql", content=" ".join(words).encode(),
                           headers={"Content-Type": "application/sparql-query"}))
