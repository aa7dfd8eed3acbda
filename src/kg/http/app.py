"""The HTTP application: thin routers over one ``Backend`` (the engine of the current build).

    /sparql               SPARQL 1.1 Protocol, service description, query editor   kg.http.sparql
    /id/… /source/… …     linked data: 303 to /doc/…, documents, browse, search    kg.http.resources
    /dumps/, /changes, /.well-known/void, /context.jsonld   the builds' files    kg.http.files
    /api/queries, /api/queries/<name>   the curated queries as a typed, cached API  kg.http.api
    /api/labels           the names of IRIs in a language (the editor's result table)  kg.http.labels
    /dashboard            the dashboard, on that API alone                           kg.http.dashboard
    /healthz, /           liveness; the front page (HTML) or a summary (JSON)       here

Every error of every route goes through ``kg.http.errors``; every request is logged by
``kg.http.logs``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp

from kg import __version__
from kg.config import Config
from kg.errors import NoStore, RequestError
from kg.http import (
    api,
    dashboard,
    errors,
    files,
    head,
    labels,
    logs,
    negotiation,
    pages,
    resources,
    security,
    sparql,
    templating,
)
from kg.query import catalogue
from kg.query.backend import Backend


class App(FastAPI):
    """FastAPI with our edge around its whole stack: every request passes the access log, the
    security headers, HEAD-as-GET and CORS first, and ``/sparql`` queries are answered right there
    (``sparql.Shortcut``): FastAPI's own layers (its error and telemetry middlewares, body limits,
    router, parameter machinery) cost more than a cheap query, and that route uses none of them."""

    def build_middleware_stack(self) -> ASGIApp:
        stack: ASGIApp = sparql.Shortcut(super().build_middleware_stack())
        # Dashboards in other origins call us from the browser; nothing here is credentialed.
        stack = CORSMiddleware(stack, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                               allow_headers=["*"], expose_headers=["KG-Results-Truncated", "KG-Store-Version",
                                                                    "KG-Cache", "ETag", "Link", "X-Request-ID"],
                               max_age=86400)
        return logs.RequestLog(security.SecurityHeaders(head.HeadAsGet(stack)))  # the log outermost: sees every crash


def create_app(config: Config | None = None) -> FastAPI:
    config = config or Config()
    backend = Backend(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        backend.engine()  # start the workers before the first request
        yield
        backend.close()

    # /docs is ours (Swagger UI served from here, under our Content-Security-Policy), not the CDN's.
    app = App(title="Migration Governance Knowledge Graph", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Read-only SPARQL 1.1 endpoint and linked data about who does what in "
                              "migration governance, built from Arabic source documents.")
    app.state.config, app.state.backend = config, backend
    app.state.queries = catalogue.load()  # the curated queries: the API's operations, the editor's examples
    app.add_middleware(GZipMiddleware, minimum_size=sparql.GZIP_MIN)  # /sparql compresses (and caches) its own
    errors.install(app)
    app.include_router(sparql.router)
    app.include_router(api.router(app.state.queries))
    app.include_router(labels.router)
    app.include_router(dashboard.router)
    templating.mount(app)
    app.include_router(files.router)
    app.include_router(resources.router)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        page = pages.Page(request, "en", config.base_iri)
        html = templating.templates.get_template("docs.html").render(
            page=page, t=pages.UI["en"], lang="en", languages=pages.LANGUAGES,
            has_swagger=templating.has_vendor(config, "swagger-ui-dist/swagger-ui-bundle.js"))
        return HTMLResponse(html)

    @app.get("/healthz", summary="Liveness and the version of the store being served")
    async def healthz() -> JSONResponse:
        """Ok only while the engine answers: a store is built and a trivial query runs now. ``warm``
        says whether what the engine loads aside (its copy of the store for cheap requests) is
        loaded: until then it answers, only more slowly (``kg bench`` waits for it)."""
        current = backend.engine()
        if current is None:
            raise NoStore()
        problem = await current.health()
        if problem is not None:
            raise RequestError(f"the query engine cannot answer: {problem}", status=503)
        return JSONResponse({"status": "ok", "version": current.version, "kg": __version__, "warm": current.warm})

    @app.get("/", summary="What this service holds: a page for browsers, JSON for the rest")
    async def index(request: Request) -> Response:
        choice = negotiation.choose((negotiation.JSON, negotiation.HTML),
                                    request.headers.get("accept"), request.query_params.get("format"))
        if choice is not None and choice.format is negotiation.HTML:
            return HTMLResponse(await resources.home_page(request), headers={"Vary": "Accept"})
        manifest = backend.manifest()
        if not manifest and backend.engine() is None:
            raise NoStore()
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
