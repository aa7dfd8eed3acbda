"""Linked data: every IRI of the graph dereferences, for machines and for people.

The IRI policy (the README has it for users):

    <base>id/<kind>/<slug>            things: organizations, programmes, places, people, facts …
    <base>source/<id>                 source documents
    <base>evidence/<source>/<a>-<b>   evidence: the span of characters a–b of a source
    <base>graph/<name>                named graphs (graph/source/<id>, graph/entities, …)
    <base>dataset                     the dataset (VoID)
    https://w3id.org/mgkg/ontology    the ontology; its terms are hash IRIs (…/ontology#Funding)
    https://w3id.org/mgkg/vocab/…     the SKOS vocabularies (themes, roles, posts, genres)

The server answers for these IRIs on whatever host it runs: a request path is read relative to
the base. Cool URIs, the 303 recipe: the IRI of a thing answers ``303 See Other`` to the document
that describes it in the format asked for (``/doc/<path>.ttl|.nt|.rdf|.jsonld|.html``); a document
IRI without an extension negotiates and answers 200 with ``Content-Location`` and ``Vary: Accept``.
Format by ``Accept`` (q-values) or ``format=``; an extension wins over both.

What a description holds is ``queries/ld/describe.rq``; the HTML pages are ``kg.pages``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from rdflib import Graph

from kg import dumps, engine, negotiation, pages
from kg.config import ROOT, Config
from kg.namespaces import PREFIXES, TERMS_ROOT, bind_prefixes
from kg.normalize import search_key, search_terms
from kg.web import text as _text

QUERIES = ROOT / "queries" / "ld"
SEARCH_RESULTS = 100
SEARCH_WORDS = 5  # the words of a search that must all match: ?t1 … ?t5 in queries/ld/search.rq
THING_PREFIXES = ("id", "source", "evidence", "graph", "vocab")
FORMATS = negotiation.RDF[:4] + (negotiation.HTML,)  # turtle, ntriples, rdfxml, jsonld, html
EXTENSIONS = {"ttl": "turtle", "nt": "ntriples", "rdf": "rdfxml", "jsonld": "jsonld", "html": "html"}
EXTENSION = {name: ext for ext, name in EXTENSIONS.items()}

router = APIRouter()


class NotFound(Exception):
    """No such resource: answered 404, as a page for browsers and plain text for machines."""


# --- IRIs and paths -----------------------------------------------------------------------------

def thing_iri(config: Config, path: str) -> str:
    """The canonical IRI a request path stands for (``path`` without its leading slash)."""
    if path == "ontology" or path.startswith("vocab/"):
        return TERMS_ROOT + path
    return config.base_iri + path


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise NotFound(iri) from None


def _kind(path: str) -> str:
    if path in ("ontology", "dataset"):
        return path
    return "graph" if path.startswith("graph/") else "source" if path.startswith("source/") else "resource"


def language(request: Request) -> str:
    """``?lang=ar|en|fr``, else the best of them for ``Accept-Language``, else English."""
    asked = request.query_params.get("lang", "")
    if asked in pages.LANGUAGES:
        return asked
    best, best_q = "en", 0.0
    for part in (request.headers.get("accept-language") or "").split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in pages.LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


# --- engine calls ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def query(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


async def run(request: Request, name: str, fmt: str, **bindings) -> bytes:
    """Run ``queries/ld/<name>.rq`` with ``bindings`` (RDF terms, never text) on the current engine."""
    current = request.app.state.backend.engine()
    if current is None:
        raise engine.QueryError("no store has been built yet: run `kg build`", 503)
    job = engine.Request(text=query(name), format=fmt, bindings=tuple(sorted(bindings.items())))
    return (await current.run(job)).body


async def select(request: Request, name: str, **bindings) -> list[dict]:
    document = json.loads(await run(request, name, "json", **bindings))
    return document["results"]["bindings"]


async def exists(request: Request, iri: str) -> bool:
    answer = await run(request, "exists", "json", resource=_named_node(iri))
    return json.loads(answer)["boolean"]


async def describe(request: Request, iri: str) -> list[ox.Triple]:
    body = await run(request, "describe", "ntriples", resource=_named_node(iri))
    return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


# --- routes --------------------------------------------------------------------------------------

async def thing(request: Request) -> Response:
    """The IRI of a thing: 303 See Other to the document describing it in the format asked for."""
    config: Config = request.app.state.config
    path = request.url.path.lstrip("/")
    choice = negotiation.choose(FORMATS, request.headers.get("accept"), request.query_params.get("format"))
    try:
        if path != "dataset" and not await exists(request, thing_iri(config, path)):
            raise NotFound(path)
    except NotFound:
        return not_found(request, choice)
    except engine.QueryError as error:
        return _text(error.status, str(error))
    if choice is None:
        return _not_acceptable()
    lang = request.query_params.get("lang")
    location = f"/doc/{path}.{EXTENSION[choice.format.name]}" + (f"?{urlencode({'lang': lang})}" if lang else "")
    return Response(status_code=303, headers={"Location": location, "Vary": "Accept",
                                              "Cache-Control": "public, max-age=3600"})


def _route(path: str, endpoint, summary: str | None = None) -> None:
    """GET (documented in OpenAPI when it has a summary) and HEAD, which linked-data clients use."""
    router.add_api_route(path, endpoint, methods=["GET"], summary=summary, tags=["Linked data"],
                         include_in_schema=summary is not None, operation_id=f"ld_{endpoint.__name__}_"
                         + "".join(c for c in path if c.isalnum()))
    router.add_api_route(path, endpoint, methods=["HEAD"], include_in_schema=False)


for _prefix in THING_PREFIXES:
    _route(f"/{_prefix}/{{rest:path}}", thing, f"A thing's IRI under /{_prefix}/: 303 to its document")
_route("/ontology", thing, "The ontology (303 to its documents)")
_route("/dataset", thing, "The dataset (303 to its VoID description)")


async def document(request: Request, rest: str) -> Response:
    config: Config = request.app.state.config
    path, dot, ext = rest.rpartition(".")
    if not dot or ext not in EXTENSIONS or "/" in ext:
        path, ext = rest, ""
    choice = negotiation.choose(FORMATS, request.headers.get("accept"),
                                EXTENSIONS.get(ext) or request.query_params.get("format"))
    kind = _kind(path)
    iri = thing_iri(config, path)
    try:
        if not (path in ("ontology", "dataset") or path.split("/")[0] in THING_PREFIXES):
            raise NotFound(path)
        if choice is None:
            return _not_acceptable()
        fmt = choice.format.name
        if fmt == "html":
            response = await _page(request, kind, path, iri)
        else:
            response = Response(await _rdf(request, kind, iri, fmt), media_type=choice.content_type)
    except NotFound:
        return not_found(request, choice)
    except engine.QueryError as error:
        return _text(error.status, str(error))
    if not ext:
        response.headers["Content-Location"] = f"/doc/{path}.{EXTENSION[fmt]}"
        response.headers["Vary"] = "Accept"
    response.headers.setdefault("Cache-Control", "public, max-age=300")
    version = getattr(request.app.state.backend.engine(), "version", "")
    response.headers["KG-Store-Version"] = version
    return response


_route("/doc/{rest:path}", document, "The document describing a resource: Turtle, N-Triples, RDF/XML, JSON-LD or HTML")


async def _rdf(request: Request, kind: str, iri: str, fmt: str) -> bytes:
    backend = request.app.state.backend
    build = backend.build_dir()
    if kind == "ontology":
        return convert_file(_build_file(build, "dumps", "ontology.ttl"), fmt, _build_file(build, "context.jsonld"))
    if kind == "dataset":
        return convert_file(_build_file(build, "void.ttl"), fmt, _build_file(build, "context.jsonld"))
    if kind == "graph":
        body = await run(request, "graph", "ntriples", graph=_named_node(iri))
        triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    else:
        triples = await describe(request, iri)
    if not triples:
        raise NotFound(iri)
    if "lang" in request.query_params:
        triples = pages.in_language(triples, ox.NamedNode(iri), language(request))
    return serialize(triples, fmt, _context(build))


def serialize(triples: list[ox.Triple], fmt: str, context: dict | None) -> bytes:
    if fmt != "jsonld":
        return ox.serialize(triples, format=engine.RDF_FORMATS[fmt], prefixes=PREFIXES if fmt != "ntriples" else None)
    # JSON-LD compacted with our published @context, embedded so that the document stands alone.
    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format="json-ld", context=context, auto_compact=True, encoding="utf-8")


def _build_file(build: Path | None, *parts: str) -> Path:
    path = Path(build, *parts) if build else None
    if path is None or not path.is_file():
        raise engine.QueryError("no store has been built yet: run `kg build`", 503)
    return path


@lru_cache(maxsize=32)
def _read_context(path: Path) -> dict:
    return json.loads(path.read_text())["@context"]


def _context(build: Path | None) -> dict:
    return _read_context(_build_file(build, "context.jsonld"))


@lru_cache(maxsize=32)  # per file (a new build is a new path) and format
def convert_file(path: Path, fmt: str, context: Path | None = None) -> bytes:
    """A Turtle file of the build in another RDF format (JSON-LD compacted with ``context``)."""
    if fmt == "turtle":
        return path.read_bytes()
    graph = bind_prefixes(Graph().parse(path, format="turtle"))
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=_read_context(context) if context else None,
                               auto_compact=True, encoding="utf-8")
    return graph.serialize(format=negotiation.RDFLIB_FORMATS[fmt], encoding="utf-8")


async def _page(request: Request, kind: str, path: str, iri: str) -> Response:
    lang = language(request)
    build = request.app.state.backend.build_dir()
    if kind == "ontology":
        return FileResponse(_build_file(build, "ontology.html"), media_type="text/html; charset=utf-8")
    if kind == "dataset":
        return HTMLResponse(pages.dumps_page(request, lang, _dump_index(build)))
    triples = await describe(request, iri)
    if not triples:
        raise NotFound(iri)
    terms = await _terms(request)
    if kind == "source":
        spans = await select(request, "spans", resource=ox.NamedNode(iri))
        return HTMLResponse(pages.source_page(request, lang, iri, triples, terms, spans))
    return HTMLResponse(pages.entity_page(request, lang, iri, triples, terms, graph=kind == "graph"))


# --- index and search -------------------------------------------------------------------------------

async def _terms(request: Request) -> list[dict]:
    return await select(request, "terms", ontology=ox.NamedNode(request.app.state.config.base_iri + "graph/ontology"))


async def home_page(request: Request) -> str:
    """The types with their counts and a search box: the front page and ``/browse``."""
    rows = await select(request, "types", space=ox.Literal(request.app.state.config.base_iri + "id/"))
    return pages.browse_page(request, language(request), rows, await _terms(request))


@router.get("/browse", summary="The types of things, with counts (HTML)", tags=["Linked data"],
            response_class=HTMLResponse)
async def browse(request: Request) -> Response:
    try:
        return HTMLResponse(await home_page(request))
    except engine.QueryError as error:
        return _text(error.status, str(error))


@router.get("/browse/{name}", summary="The things of one type, alphabetical in the page's language (HTML)",
            tags=["Linked data"], response_class=HTMLResponse)
async def browse_type(request: Request, name: str) -> Response:
    prefix, _, local = name.partition(":")
    if prefix not in PREFIXES or not local:
        return not_found(request, negotiation.Choice(negotiation.HTML, "text/html"))
    cls = _named_node(PREFIXES[prefix] + local) if local.replace("_", "").isalnum() else None
    try:
        rows = await select(request, "entities", **{"class": cls}) if cls else []
        if not rows:
            return not_found(request, negotiation.Choice(negotiation.HTML, "text/html"))
        return HTMLResponse(pages.type_page(request, language(request), cls.value, rows, await _terms(request)))
    except engine.QueryError as error:
        return _text(error.status, str(error))


@router.get("/search", summary="Name search, Arabic-aware (HTML, or JSON by Accept)", tags=["Linked data"])
async def search(request: Request, q: str = "", format: str | None = None) -> Response:
    words = search_terms(q[:200], SEARCH_WORDS)
    choice = negotiation.choose((negotiation.HTML, negotiation.JSON),
                                request.headers.get("accept"), format)
    if choice is None:
        return _not_acceptable()
    results: dict[str, dict] = {}
    if words:
        slots = words + [""] * (SEARCH_WORDS - len(words))
        bindings = {f"t{i + 1}": ox.Literal(w) for i, w in enumerate(slots)}
        try:
            rows = await select(request, "search", phrase=ox.Literal(search_key(q[:200])), **bindings)
        except engine.QueryError as error:
            return _text(error.status, str(error))
        for row in rows:
            entry = results.setdefault(row["resource"]["value"], {"score": 3, "labels": {}, "types": set()})
            entry["score"] = min(entry["score"], int(row["rank"]["value"]))
            if "label" in row:
                entry["labels"].setdefault(row["label"].get("xml:lang", "en"), row["label"]["value"])
            if "type" in row:
                entry["types"].add(row["type"]["value"])
    ranked = sorted(results.items(), key=lambda item: (item[1]["score"], pages.pick(item[1]["labels"], "en") or ""))
    ranked = ranked[:SEARCH_RESULTS]
    headers = {"Vary": "Accept, Accept-Language"}
    if choice.format is negotiation.HTML:
        lang = language(request)
        terms = pages.Terms(await _terms(request)) if ranked else None
        found = [(iri, e["labels"], ", ".join(terms.label(c, lang) for c in terms.most_specific(e["types"])))
                 for iri, e in ranked]
        return HTMLResponse(pages.search_page(request, lang, q, found), headers=headers)
    body = {"query": q, "words": words, "results": [
        {"iri": iri, "labels": e["labels"], "types": sorted(e["types"]), "score": e["score"]} for iri, e in ranked]}
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json", headers=headers)


# --- dumps, context, VoID --------------------------------------------------------------------------

def _dump_index(build: Path | None) -> dict:
    index = dumps.index(build / "dumps") if build else None
    if index is None:
        raise engine.QueryError("no store has been built yet: run `kg build`", 503)
    return index


@router.get("/dumps/", summary="The downloadable dumps: sizes, counts, store version", tags=["Linked data"])
def dump_list(request: Request, format: str | None = None) -> Response:
    try:
        index = _dump_index(request.app.state.backend.build_dir())
    except engine.QueryError as error:
        return _text(error.status, str(error))
    choice = negotiation.choose((negotiation.JSON, negotiation.HTML),
                                request.headers.get("accept"), format)
    if choice is None:
        return _not_acceptable()
    if choice.format is negotiation.HTML:
        return HTMLResponse(pages.dumps_page(request, language(request), index), headers={"Vary": "Accept"})
    files = [{**f, "url": f"/dumps/{f['file']}"} for f in index["files"]]
    return Response(json.dumps({"version": index["version"], "files": files}, indent=1),
                    media_type="application/json", headers={"Vary": "Accept"})


@router.get("/dumps", include_in_schema=False)
def dump_list_slash() -> Response:
    return Response(status_code=301, headers={"Location": "/dumps/"})


def dump_file(request: Request, name: str) -> Response:
    build = request.app.state.backend.build_dir()
    index = dumps.index(build / "dumps") if build else None
    entry = next((f for f in (index or {}).get("files", []) if f["file"] == name), None)
    if entry is None:  # only the listed names: nothing else of the build directory is reachable
        return not_found(request, negotiation.choose(FORMATS, request.headers.get("accept")))
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if entry["encoding"] == "gzip":  # a .gz download, not a transfer encoding to undo
        return FileResponse(build / "dumps" / name, media_type="application/gzip", headers=headers)
    return FileResponse(build / "dumps" / name, media_type=entry["media_type"], headers=headers)


_route("/dumps/{name}", dump_file, "One dump file")


@router.get("/context.jsonld", summary="The JSON-LD @context of our documents", tags=["Linked data"])
def context_document(request: Request) -> Response:
    try:
        path = _build_file(request.app.state.backend.build_dir(), "context.jsonld")
    except engine.QueryError as error:
        return _text(error.status, str(error))
    return FileResponse(path, media_type="application/ld+json")


@router.get("/.well-known/void", summary="VoID description of the dataset", tags=["Linked data"])
def well_known_void(request: Request, format: str | None = None) -> Response:
    location = request.app.state.backend.void_path()
    if location is None:
        return _text(503, "no store has been built yet: run `kg build`")
    offered = negotiation.RDF[:4]
    choice = negotiation.choose(offered, request.headers.get("accept"), format)
    if choice is None:
        return _text(406, f"VoID is available as {negotiation.describe(offered)}")
    context = location.parent / "context.jsonld"
    return Response(convert_file(location, choice.format.name, context if context.is_file() else None),
                    media_type=choice.content_type,
                    headers={"Vary": "Accept"})


# --- answers -------------------------------------------------------------------------------------

def _not_acceptable() -> Response:
    return _text(406, f"this resource is available as {negotiation.describe(FORMATS)}")


def not_found(request: Request, choice: negotiation.Choice | None) -> Response:
    """404: a page that helps a person on, or one plain line for a machine."""
    if choice is not None and choice.format is negotiation.HTML:
        return HTMLResponse(pages.not_found_page(request, language(request)), status_code=404,
                            headers={"Vary": "Accept"})
    return _text(404, f"nothing is known about {request.url.path}")
