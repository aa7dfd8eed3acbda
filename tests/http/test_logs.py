"""Structured logs: one access line per request through the real server, and for a crash an
error line with its traceback and an answer in the one error shape."""

import logging
import re

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from kg.http import errors, logs
from tests.conftest import kg_server

ACCESS = re.compile(r"kg\.access method=(\S+) path=(\S+) status=(\d+) ms=[\d.]+ cache=(\S+) engine_ms=([\d.]+) id=(\S+)")


def test_every_request_has_one_access_line(built, tmp_path):
    config, _ = built
    log = tmp_path / "server.log"
    with kg_server(config.var_dir, log, http_workers="1", query_workers="1") as url:
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        first = httpx.get(url + "/sparql", params={"query": query})
        again = httpx.get(url + "/sparql", params={"query": query})
        missing = httpx.get(url + "/no/such/route")
    lines = [m.groups() for m in ACCESS.finditer(log.read_text())]
    by_id = {line[5]: line for line in lines}
    method, path, status, cache, engine_ms, _ = by_id[first.headers["x-request-id"]]
    assert (method, path, status, cache) == ("GET", "/sparql", "200", "miss") and float(engine_ms) > 0
    assert by_id[again.headers["x-request-id"]][2:4] == ("200", "hit")
    assert by_id[missing.headers["x-request-id"]][1:3] == ("/no/such/route", "404")
    assert len([line for line in lines if line[5] == first.headers["x-request-id"]]) == 1


@pytest.fixture
def crashing() -> FastAPI:
    app = FastAPI()
    errors.install(app)
    app.add_middleware(logs.RequestLog)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    return app


def test_a_crash_is_logged_with_its_traceback_and_answered_in_shape(crashing, caplog):
    with caplog.at_level(logging.INFO, logger="kg"), TestClient(crashing, raise_server_exceptions=False) as client:
        response = client.get("/boom", headers={"Accept": "application/json"})
    assert response.status_code == 500
    body = response.json()
    assert body["status"] == 500 and body["request_id"] == response.headers["x-request-id"]
    assert "a bug" not in body["error"]  # the traceback is for the log, not for the client
    failure = next(r for r in caplog.records if r.name == "kg.error")
    assert failure.exc_info and "a bug" in str(failure.exc_info[1])
    assert body["request_id"] in failure.getMessage()
    access = [r.getMessage() for r in caplog.records if r.name == "kg.access"]
    assert len(access) == 1 and "status=500" in access[0]
