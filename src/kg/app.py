"""The HTTP application: thin routers over one ``Backend`` (the engine of the current build).

    /sparql               SPARQL 1.1 Protocol, service description, query editor   kg.sparql
    /id/… /source/… …     linked data: 303 to /doc/…, documents, index, search     kg.linked_data
    /dumps/, /.well-known/void, /context.jsonld                                     kg.linked_data
    /api/queries, /api/queries/<name>   the curated queries as a typed, cached API  kg.api
    /dashboard            the dashboard, on that API alone                           kg.dashboard
    /healthz, /           liveness; the front page (HTML) or a summary (JSON)       here
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import HTMLResponse, JSONResponse, Response

from kg import __version__, api, dashboard, engine, linked_data, negotiation, queries, sparql, web
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
    app.state.queries = queries.load()  # the curated queries: the API's operations, the editor's examples
    # Dashboards in other origins call us from the browser; nothing here is credentialed.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["*"], expose_headers=["KG-Results-Truncated", "KG-Store-Version", "KG-Cache", "ETag", "Link"],
                       max_age=86400)
    app.add_middleware(GZipMiddleware, minimum_size=sparql.GZIP_MIN)  # /sparql compresses (and caches) its own
    app.include_router(sparql.router)
    app.include_router(api.router(app.state.queries, config.number("cache_mb") / 4))
    app.include_router(dashboard.router)
    web.mount(app, config)
    app.include_router(linked_data.router)

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Response:
        """Any path nobody serves: the helpful 404 page for a browser, JSON for the rest."""
        if exc.status_code == 404:
            choice = negotiation.choose((negotiation.JSON, negotiation.HTML),
                                        request.headers.get("accept"))
            if choice is not None and choice.format is negotiation.HTML:
                return linked_data.not_found(request, choice)
        return await http_exception_handler(request, exc)

    @app.get("/healthz", summary="Liveness and the version of the store being served")
    def healthz() -> JSONResponse:
        current = backend.engine()
        if current is None:
            return JSONResponse({"status": "no store", "detail": "run `kg build`"}, status_code=503)
        return JSONResponse({"status": "ok", "version": current.version, "kg": __version__})

    @app.get("/", summary="What this service holds: a page for browsers, JSON for the rest")
    async def index(request: Request) -> Response:
        choice = negotiation.choose((negotiation.JSON, negotiation.HTML),
                                    request.headers.get("accept"), request.query_params.get("format"))
        if choice is not None and choice.format is negotiation.HTML:
            try:
                return HTMLResponse(await linked_data.home_page(request), headers={"Vary": "Accept"})
            except engine.QueryError as error:
                return JSONResponse({"status": "no store", "detail": str(error)}, status_code=error.status)
        manifest = backend.manifest()
        return JSONResponse({
            "name": "Migration Governance Knowledge Graph",
            "version": manifest.get("version"),
            "built": manifest.get("built"),
            "sparql": "/sparql",
            "void": "/.well-known/void",
            "dumps": "/dumps/",
            "search": "/search?q=",
            "queries": "/api/queries",
            "dashboard": "/dashboard",
            "graphs": manifest.get("graphs", {}),
            "entities_per_type": manifest.get("entities_per_type", {}),
        }, headers={"Vary": "Accept"})

    return app
