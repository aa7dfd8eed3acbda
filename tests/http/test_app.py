import httpx
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
    index = httpx.get(live + "/").json()
    assert index["graphs"] == summary.graphs


def test_openapi_documents_the_endpoint(built):
    config, _ = built
    with TestClient(create_app(config)) as client:
        paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/sparql"])
    assert paths["/sparql"]["get"]["operationId"] != paths["/sparql"]["post"]["operationId"]
    assert "/.well-known/void" in paths
