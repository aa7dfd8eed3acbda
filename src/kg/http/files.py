"""The files a build wrote beside its store, served as they are or converted:

    GET /dumps/              the current version's dumps with sizes and counts, and every version
                             (JSON, or a page for browsers)
    GET /dumps/<name>        one dump file of the current version (only the names the build listed)
    GET /dumps/<version>/    the dumps of a version, kept after later builds; /dumps/<version>/<name>
    GET /dataset/<version>   a version's IRI: 303 to its dumps
    GET /changes             what each build added and removed, newest first (JSON, or a page)
    GET /context.jsonld      the JSON-LD @context of our documents
    GET /.well-known/void    the VoID description, in four RDF formats

The layout of the build directory and of ``dumps/<version>/`` is ``kg.store``'s; only versions
found there and files their index lists are reachable.
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


def current_dumps(request: Request) -> tuple[str, Path, dict[str, Any]]:
    """The current build's version, the folder of its dumps and their index, or NoStore."""
    config = request.app.state.config
    build = request.app.state.backend.build_dir()
    directory = store.current_dumps(config, build) if build else None
    index = store.dumps_index(directory) if directory else None
    if build is None or directory is None or index is None:
        raise NoStore()
    return (store.read_manifest(build) or {}).get("version", index["version"]), directory, index


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


def _listing(request: Request, version: str, index: dict[str, Any], prefix: str, current: str) -> Response:
    """One version's dumps (``prefix`` is where its files are) and every version, current first."""
    config = request.app.state.config
    others = [v for v in store.versions(config) if v["version"] != current]
    published = store.version_dir(config, current)
    head = [{**(store.dumps_index(published) or {}), "version": current}] if published else []
    versions = [{"version": v["version"], "built": v.get("built"), "current": v["version"] == current,
                 "url": f"/dumps/{v['version']}/", "iri": store.version_iri(config.base_iri, v["version"]),
                 "changes": f"/changes#v-{v['version']}"} for v in head + others]
    files = [{**f, "url": f"{prefix}{f['file']}"} for f in index["files"]]
    if negotiation.wants_page(request.headers.get("accept"), request.query_params.get("format"), "the list of dumps"):
        shown = {**index, "version": version, "files": files, "versions": versions, "current": version == current,
                 "citation": store.citation(config.base_iri, version)}
        return HTMLResponse(pages.dumps_page(request, pages.language(request), shown), headers={"Vary": "Accept"})
    document = {"version": version, "built": index.get("built"), "current": version == current,
                "iri": store.version_iri(config.base_iri, version), "licence": store.LICENCE,
                "citation": store.citation(config.base_iri, version), "files": files, "versions": versions}
    return Response(json.dumps(document, indent=1), media_type="application/json", headers={"Vary": "Accept"})


@router.get("/dumps/", summary="The downloadable dumps of the current version, and every version",
            tags=["Linked data"])
def dump_list(request: Request, format: str | None = None) -> Response:
    current, _, index = current_dumps(request)
    return _listing(request, current, index, "/dumps/", current)


@router.get("/dumps", include_in_schema=False)
def dump_list_slash() -> Response:
    return Response(status_code=301, headers={"Location": "/dumps/"})


def _file(directory: Path, index: dict[str, Any] | None, name: str) -> Response:
    entry = next((f for f in (index or {}).get("files", []) if f["file"] == name), None)
    if entry is None:  # only the listed names: nothing else of the folder is reachable
        raise NotFound(f"there is no dump called {name!r}; /dumps/ lists them")
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if entry["encoding"] == "gzip":  # a .gz download, not a transfer encoding to undo
        return FileResponse(directory / name, media_type="application/gzip", headers=headers)
    return FileResponse(directory / name, media_type=entry["media_type"], headers=headers)


def dump_file(request: Request, name: str) -> Response:
    """A file of the current version; a version's name goes to that version's list."""
    build = request.app.state.backend.build_dir()
    directory = store.current_dumps(request.app.state.config, build) if build else None
    index = store.dumps_index(directory) if directory else None
    if directory is not None and any(f["file"] == name for f in (index or {}).get("files", [])):
        return _file(directory, index, name)
    if store.version_dir(request.app.state.config, name) is not None:
        return Response(status_code=301, headers={"Location": f"/dumps/{name}/"})
    raise NotFound(f"there is no dump called {name!r}; /dumps/ lists them")


def _version(request: Request, version: str) -> tuple[Path, dict[str, Any]]:
    directory = store.version_dir(request.app.state.config, version)
    index = store.dumps_index(directory) if directory else None
    if directory is None or index is None:
        raise NotFound(f"there is no version {version!r}; /dumps/ lists them")
    return directory, index


def version_list(request: Request, version: str, format: str | None = None) -> Response:
    _, index = _version(request, version)
    build = request.app.state.backend.build_dir()
    current = (store.read_manifest(build) or {}).get("version", "") if build else ""
    return _listing(request, version, index, f"/dumps/{version}/", current)


def version_file(request: Request, version: str, name: str) -> Response:
    directory, index = _version(request, version)
    return _file(directory, index, name)


router.add_api_route("/dumps/{name}", dump_file, methods=["GET"], summary="One dump file of the current version",
                     tags=["Linked data"])
router.add_api_route("/dumps/{version}/", version_list, methods=["GET"], tags=["Linked data"],
                     summary="The dumps of one version, kept after later builds")
router.add_api_route("/dumps/{version}/{name}", version_file, methods=["GET"], tags=["Linked data"],
                     summary="One dump file of one version")


@router.get("/dataset/{version}", summary="One version of the dataset (303 to its dumps)", tags=["Linked data"])
def dataset_version(request: Request, version: str) -> Response:
    _version(request, version)
    return Response(status_code=303, headers={"Location": f"/dumps/{version}/", "Vary": "Accept"})


@router.get("/changes", summary="What each build added and removed: entities and facts", tags=["Linked data"])
def changes(request: Request, format: str | None = None) -> Response:
    config = request.app.state.config
    build = request.app.state.backend.build_dir()
    current = (store.read_manifest(build) or {}).get("version", "") if build else ""
    builds = []
    for v in store.versions(config):
        record = store.read_changes(config, v["version"])
        if record is not None:
            builds.append({**record, "version": v["version"], "current": v["version"] == current,
                           "dumps": f"/dumps/{v['version']}/", "iri": store.version_iri(config.base_iri, v["version"])})
    if negotiation.wants_page(request.headers.get("accept"), format, "the list of changes"):
        lang = pages.language(request)
        html = pages.render("changes.html", pages.Page(request, lang, config.base_iri), builds=builds)
        return HTMLResponse(html, headers={"Vary": "Accept"})
    return Response(json.dumps({"builds": builds}, indent=1, ensure_ascii=False), media_type="application/json",
                    headers={"Vary": "Accept"})


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
