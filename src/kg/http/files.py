"""The files a build wrote beside its store, served as they are or converted:

    GET /dumps/              the dumps with sizes and counts (JSON, or a page for browsers)
    GET /dumps/<name>        one dump file (only the names the build listed)
    GET /context.jsonld      the JSON-LD @context of our documents
    GET /.well-known/void    the VoID description, in four RDF formats

The build directory's layout is ``kg.store``'s; nothing else of it is reachable.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from rdflib import Graph

from kg import store
from kg.errors import NoStore, NotAcceptable, NotFound
from kg.http import negotiation, pages
from kg.namespaces import bind_prefixes

router = APIRouter()


def of_build(build: Path | None, *parts: str) -> Path:
    """A file of the current build, or NoStore when there is none."""
    path = Path(build, *parts) if build else None
    if path is None or not path.is_file():
        raise NoStore()
    return path


def dumps_of(build: Path | None) -> dict[str, Any]:
    index = store.dumps_index(build) if build else None
    if index is None:
        raise NoStore()
    return index


@lru_cache(maxsize=32)
def _read_context(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text())["@context"])


def context(build: Path | None) -> dict[str, Any]:
    """The JSON-LD @context of a build's documents."""
    return _read_context(of_build(build, "context.jsonld"))


@lru_cache(maxsize=32)  # per file (a new build is a new path) and format
def convert(path: Path, fmt: str, context: Path | None = None) -> bytes:
    """A Turtle file of the build in another RDF format (JSON-LD compacted with ``context``)."""
    if fmt == "turtle":
        return path.read_bytes()
    graph = bind_prefixes(Graph().parse(path, format="turtle"))
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=_read_context(context) if context else None,
                               auto_compact=True, encoding="utf-8")
    return graph.serialize(format=negotiation.RDFLIB_FORMATS[fmt], encoding="utf-8")


@router.get("/dumps/", summary="The downloadable dumps: sizes, counts, store version", tags=["Linked data"])
def dump_list(request: Request, format: str | None = None) -> Response:
    index = dumps_of(request.app.state.backend.build_dir())
    offered = (negotiation.JSON, negotiation.HTML)
    choice = negotiation.choose(offered, request.headers.get("accept"), format)
    if choice is None:
        raise NotAcceptable(f"the list of dumps is available as {negotiation.describe(offered)}")
    if choice.format is negotiation.HTML:
        return HTMLResponse(pages.dumps_page(request, pages.language(request), index), headers={"Vary": "Accept"})
    files = [{**f, "url": f"/dumps/{f['file']}"} for f in index["files"]]
    return Response(json.dumps({"version": index["version"], "files": files}, indent=1),
                    media_type="application/json", headers={"Vary": "Accept"})


@router.get("/dumps", include_in_schema=False)
def dump_list_slash() -> Response:
    return Response(status_code=301, headers={"Location": "/dumps/"})


def dump_file(request: Request, name: str) -> Response:
    build = request.app.state.backend.build_dir()
    index = store.dumps_index(build) if build else None
    entry = next((f for f in (index or {}).get("files", []) if f["file"] == name), None)
    if build is None or entry is None:  # only the listed names: nothing else of the build directory is reachable
        raise NotFound(f"there is no dump called {name!r}; /dumps/ lists them")
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if entry["encoding"] == "gzip":  # a .gz download, not a transfer encoding to undo
        return FileResponse(build / "dumps" / name, media_type="application/gzip", headers=headers)
    return FileResponse(build / "dumps" / name, media_type=entry["media_type"], headers=headers)


router.add_api_route("/dumps/{name}", dump_file, methods=["GET"], summary="One dump file", tags=["Linked data"])


@router.get("/context.jsonld", summary="The JSON-LD @context of our documents", tags=["Linked data"])
def context_document(request: Request) -> Response:
    return FileResponse(of_build(request.app.state.backend.build_dir(), "context.jsonld"),
                        media_type="application/ld+json")


@router.get("/.well-known/void", summary="VoID description of the dataset", tags=["Linked data"])
def well_known_void(request: Request, format: str | None = None) -> Response:
    offered = negotiation.RDF[:4]
    choice = negotiation.choose(offered, request.headers.get("accept"), format)
    if choice is None:
        raise NotAcceptable(f"VoID is available as {negotiation.describe(offered)}")
    location = of_build(request.app.state.backend.build_dir(), "void.ttl")
    context = location.parent / "context.jsonld"
    return Response(convert(location, choice.format.name, context if context.is_file() else None),
                    media_type=choice.content_type, headers={"Vary": "Accept"})
