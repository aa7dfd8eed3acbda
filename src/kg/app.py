"""The HTTP application: thin routers over one ``Backend`` (the engine of the current build).

    /sparql               SPARQL 1.1 Protocol, service description, query editor   kg.sparql
    /.well-known/void     VoID                                                      kg.sparql
    /healthz, /           liveness and a summary of what is served                  here
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from kg import __version__, sparql, web
from kg.backend import Backend
from kg.config import Config


def create_app(config: Config | None = None) -> FastAPI:
    config = config or Config()
    backend = Backend(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        backend.engine()  # start the workers before the first request
        yield
        backend.close()

    app = FastAPI(title="Migration Governance Knowledge Graph", version=__version__, lifespan=lifespan,
                  description="Read-only SPARQL 1.1 endpoint and linked data about who does what in "
                              "migration governance, built from Arabic source documents.")
    app.state.config, app.state.backend = config, backend
    # Dashboards in other origins call us from the browser; nothing here is credentialed.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["*"], expose_headers=["KG-Results-Truncated", "KG-Store-Version", "KG-Cache"],
                       max_age=86400)
    app.add_middleware(GZipMiddleware, minimum_size=sparql.GZIP_MIN)  # /sparql compresses (and caches) its own
    app.include_router(sparql.router)
    web.mount(app, config)

    @app.get("/healthz", summary="Liveness and the version of the store being served")
    def healthz() -> JSONResponse:
        engine = backend.engine()
        if engine is None:
            return JSONResponse({"status": "no store", "detail": "run `kg build`"}, status_code=503)
        return JSONResponse({"status": "ok", "version": engine.version, "kg": __version__})

    @app.get("/", summary="What this service holds")
    def index() -> JSONResponse:
        manifest = backend.manifest()
        return JSONResponse({
            "name": "Migration Governance Knowledge Graph",
            "version": manifest.get("version"),
            "built": manifest.get("built"),
            "sparql": "/sparql",
            "void": "/.well-known/void",
            "graphs": manifest.get("graphs", {}),
            "entities_per_type": manifest.get("entities_per_type", {}),
        })

    return app
