"""The HTTP application: a FastAPI app over the current store, opened read-only.

Later layers (the SPARQL protocol, linked-data dereferencing, the query API) are routers added
here; this module only wires them.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from kg import __version__
from kg import build as builds
from kg import store
from kg.config import Config


def create_app(config: Config | None = None) -> FastAPI:
    config = config or Config()
    app = FastAPI(title="Migration Governance Knowledge Graph", version=__version__)
    location = builds.current_store(config)
    app.state.store = store.open_read_only(location) if location.is_dir() else None
    app.state.manifest = builds.current_manifest(config) or {}

    @app.get("/healthz", summary="Liveness and the version of the store being served")
    def healthz() -> JSONResponse:
        if app.state.store is None:
            return JSONResponse({"status": "no store", "detail": "run `kg build`"}, status_code=503)
        return JSONResponse({"status": "ok", "version": app.state.manifest.get("version"), "kg": __version__})

    @app.get("/", summary="What this service holds")
    def index() -> JSONResponse:
        return JSONResponse({
            "name": "Migration Governance Knowledge Graph",
            "version": app.state.manifest.get("version"),
            "built": app.state.manifest.get("built"),
            "graphs": app.state.manifest.get("graphs", {}),
            "entities_per_type": app.state.manifest.get("entities_per_type", {}),
        })

    return app
