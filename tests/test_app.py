import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from kg.app import create_app
from kg.config import Config

from .test_build import built  # noqa: F401  (the session-wide build)


def test_healthz_reports_the_store_version(built):  # noqa: F811
    config, summary = built
    client = TestClient(create_app(config))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["version"] == summary.version


def test_without_a_store_health_is_503(tmp_path):
    client = TestClient(create_app(Config(var_dir=str(tmp_path))))
    assert client.get("/healthz").status_code == 503


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(built, tmp_path):  # noqa: F811
    config, summary = built
    port = _free_port()
    env = {"KG_VAR_DIR": config.var_dir, "KG_HOST": "127.0.0.1", "KG_PORT": str(port), "PATH": ""}
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve"], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url, summary
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_real_server_serves_health_and_index(server):
    url, summary = server
    health = httpx.get(url + "/healthz")
    assert health.status_code == 200 and health.json()["version"] == summary.version
    index = httpx.get(url + "/").json()
    assert index["graphs"] == summary.graphs
