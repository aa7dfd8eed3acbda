import json
import re

import httpx
import pytest
from fastapi.testclient import TestClient

from kg.config import Config
from kg.http.app import create_app


def test_healthz_reports_the_store_version(built):
    config, summary = built
    with TestClient(create_app(config)) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["version"] == summary.version


def test_without_a_store_health_is_503(tmp_path):
    with TestClient(create_app(Config(var_dir=str(tmp_path)))) as client:
        assert client.get("/healthz").status_code == 503


def test_real_server_serves_health_and_index(live, built):
    _, summary = built
    health = httpx.get(live + "/healthz")
    assert health.status_code == 200 and health.json()["version"] == summary.version
    assert isinstance(health.json()["warm"], bool)   # kg bench waits for true
    index = httpx.get(live + "/").json()
    assert index["graphs"] == summary.graphs


def test_openapi_documents_the_endpoint(built):
    config, _ = built
    with TestClient(create_app(config)) as client:
        paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/sparql"])
    assert paths["/sparql"]["get"]["operationId"] != paths["/sparql"]["post"]["operationId"]
    assert "/.well-known/void" in paths


@pytest.mark.parametrize("path", ["/api/queries", "/api/queries/themes", "/id/organization/iom", "/dumps/",
                                  "/sparql?query=ASK%7B%7D", "/dashboard", "/healthz", "/.well-known/void",
                                  "/no/such/route"])
def test_head_is_answered_wherever_get_is(live, path):
    got = httpx.get(live + path)
    head = httpx.head(live + path)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers.get("content-type") == got.headers.get("content-type")


def test_the_editor_opens_examples_with_their_settings_folded(live):
    page = httpx.get(live + "/sparql", headers={"Accept": "text/html"}).text
    block = re.search(r'<script type="application/json" id="mgkg-editor">(.*?)</script>', page, re.S)
    examples = json.loads(block.group(1))["examples"]
    assert examples and all("#+" not in e["text"] and e["text"].startswith(f"# {e['title']}\n") for e in examples)


def test_result_tables_link_our_iris_to_our_pages(live):
    query = "SELECT ?x WHERE { BIND(<https://w3id.org/mgkg/id/organization/iom> AS ?x) }"
    page = httpx.get(live + "/sparql", params={"query": query, "format": "html"}).text
    assert 'href="/id/organization/iom?lang=en"' in page
