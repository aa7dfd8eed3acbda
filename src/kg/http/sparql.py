"""The SPARQL 1.1 Protocol, query operation, at ``/sparql`` — and the endpoint's own pages.

    GET  /sparql?query=…                          a query
    POST /sparql  (form: query=…)                  a query
    POST /sparql  (application/sparql-query)       a query, as the body
    GET  /sparql  (no query; RDF wanted)           the SPARQL 1.1 Service Description
    GET  /sparql  (no query; a browser)            the query editor

This module reads a request into an ``engine.Request``, refuses what the service never does
(updates, SERVICE calls, oversized queries), picks the response format, and turns the engine's
answer into an HTTP response; every refusal is a ``kg.errors.RequestError``, answered by
``kg.http.errors``. Evaluation itself is ``kg.query.engine``'s.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.config import Config
from kg.errors import (
    Forbidden,
    MethodNotAllowed,
    NoStore,
    NotAcceptable,
    PayloadTooLarge,
    QuerySyntaxError,
    RequestError,
    UnsupportedMediaType,
)
from kg.http import conditional, negotiation, pages, templating
from kg.http.templating import templates
from kg.namespaces import DATASET_TITLE, PREFIXES, SD, VOID, bind_prefixes, compact, dataset_iri
from kg.query import engine
from kg.query import text as query_text
from kg.query.catalogue import CannedQuery
from kg.query.engine import ResultCache

FORMATS_NS = "http://www.w3.org/ns/formats/"
SD_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads")
QUERY_MEDIA = "application/sparql-query"
FORM_MEDIA = "application/x-www-form-urlencoded"
UPDATE_MEDIA = "application/sparql-update"
READ_ONLY = ("This endpoint is read-only: it answers SPARQL queries, never SPARQL Update "
             "(INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD). The data changes only "
             "through `kg build`.")

GZIP_MIN = 1024  # smaller answers go out as they are (as with the GZip middleware elsewhere)

router = APIRouter()


async def _read_body(request: Request, limit: int, seconds: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body is larger than {limit} bytes")
    body = bytearray()
    try:
        async with asyncio.timeout(seconds):  # a client trickling its body holds nothing for long
            async for chunk in request.stream():
                body += chunk
                if len(body) > limit:
                    raise PayloadTooLarge(f"the request body is larger than {limit} bytes")
    except TimeoutError:
        raise RequestError(f"the request body did not arrive within {seconds:g} s (KG_CLIENT_TIMEOUT)",
                           status=408) from None
    return bytes(body)


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RequestError(f"the {what} is not UTF-8 ({error}); the SPARQL protocol requires UTF-8") from None


async def _parameters(request: Request, config: Config) -> list[tuple[str, str]]:
    """Every protocol parameter of the request, in order, from the URL and the body."""
    params = list(request.query_params.multi_items())
    if request.method != "POST":
        return params
    media, _, options = (request.headers.get("content-type") or "").partition(";")
    media = media.strip().lower()
    limit = 4 * config.max_query_length + 4096  # room for percent-encoding and the dataset
    if media == UPDATE_MEDIA:
        raise Forbidden(READ_ONLY)
    if media == FORM_MEDIA:
        body = _decode(await _read_body(request, limit, config.client_timeout), "form body")
        return params + parse_qsl(body, keep_blank_values=True)
    if media == QUERY_MEDIA:
        charset = dict(p.strip().lower().partition("=")[::2] for p in options.split(";") if "=" in p).get("charset")
        if charset and charset.strip('"') not in ("utf-8", "utf8"):
            raise RequestError(f"a query must be sent as UTF-8, not {charset}")
        return params + [("query", _decode(await _read_body(request, limit, config.client_timeout), "query"))]
    raise UnsupportedMediaType(f"a POSTed query must be {FORM_MEDIA} (query=…) or {QUERY_MEDIA} (the query as the body), "
                       f"not {media or 'a body without Content-Type'}")


def _graph_iris(params: list[tuple[str, str]], name: str) -> tuple[str, ...] | None:
    values = tuple(v for k, v in params if k == name)
    for iri in values:
        try:
            ox.NamedNode(iri)
        except ValueError as error:
            raise RequestError(f"{name} {iri!r} is not an IRI: {error}") from None
    return values or None


_SPARQL_PARAMETERS = {"parameters": [
    {"name": "query", "in": "query", "schema": {"type": "string"},
     "description": "a SPARQL 1.1 query (GET, or POST as a form field or a sparql-query body); "
                    "without it, GET answers the service description or the editor"},
    {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    {"name": "format", "in": "query", "schema": {"type": "string"},
     "description": "json, xml, csv, tsv, html; turtle, ntriples, rdfxml, jsonld, trig, nquads (overrides Accept)"}]}


@router.get("/sparql", summary="SPARQL 1.1 query (GET), service description, editor", tags=["SPARQL"],
            operation_id="sparql_get", openapi_extra=_SPARQL_PARAMETERS)
@router.post("/sparql", summary="SPARQL 1.1 query (form or direct POST)", tags=["SPARQL"],
             operation_id="sparql_post", openapi_extra=_SPARQL_PARAMETERS)
@router.api_route("/sparql/", methods=["GET", "POST"], include_in_schema=False)
async def sparql(request: Request) -> Response:
    config: Config = request.app.state.config
    params = await _parameters(request, config)
    if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
        raise Forbidden(READ_ONLY)
    queries_sent = [v for k, v in params if k == "query"]
    # format= (ours, and SPARQLWrapper's, which sends it twice: rdf+xml and application/rdf+xml)
    # and output= (Fuseki's): the first value we understand wins.
    format_values = tuple(v for k, v in params if k in ("format", "output"))
    if not queries_sent and request.method == "GET" and all(k in ("format", "output") for k, _ in params):
        return _describe_service(request, format_values)
    if len(queries_sent) != 1:
        raise RequestError("send exactly one query (the 'query' parameter)" if queries_sent else
                           "no query: send it as ?query=…, a query= form field, or an application/sparql-query body")
    return await _answer(request, config, queries_sent[0], params, format_values)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
@router.api_route("/sparql/", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
def other_methods(request: Request) -> Response:
    raise MethodNotAllowed(f"{request.method} is not part of the SPARQL query operation: use GET or POST",
                           headers={"Allow": "GET, POST"})


async def _answer(request: Request, config: Config, text: str, params: list[tuple[str, str]],
                  format_values: tuple[str, ...]) -> Response:
    if len(text.encode("utf-8")) > config.max_query_length:
        raise PayloadTooLarge(f"the query is longer than {config.max_query_length} bytes (KG_MAX_QUERY_LENGTH)")
    shape = query_text.shape(text)
    if shape.is_update:
        raise Forbidden(READ_ONLY)
    allowed = set(config.allow_service)
    for target in shape.services:
        if target not in allowed:
            raise Forbidden(f"SERVICE {target} is not allowed: federated queries would make this server call "
                               "other addresses on anyone's behalf. The operator can allow endpoints with "
                               "KG_ALLOW_SERVICE.")
    offered: tuple[negotiation.Format, ...]
    if shape.is_graph:
        offered = negotiation.RDF
    else:
        offered = negotiation.BOOLEAN if shape.form == "ASK" else negotiation.RESULTS
    choice = negotiation.choose_any(offered, request.headers.get("accept"), format_values)
    if choice is None:
        raise NotAcceptable(f"cannot answer this {shape.form or 'query'} in the format asked for; "
                            f"available: {negotiation.describe(offered)}")
    html = choice.format is negotiation.HTML
    current = request.app.state.backend.engine()
    if current is None:
        raise NoStore()
    job = engine.Request(
        text=text,
        format=("ntriples" if shape.is_graph else "json") if html else choice.format.name,
        default_graphs=_graph_iris(params, "default-graph-uri"),
        named_graphs=_graph_iris(params, "named-graph-uri"),
        max_rows=config.html_rows if html else config.max_rows,
        base_iri=config.base_iri + "sparql",  # the protocol lets the service choose; ours is stable
    )
    use_cache = "no-cache" not in (request.headers.get("cache-control") or "")
    # Answers change only with a build: revalidate every time (no-cache), cheaply (ETag, 304).
    headers = {"Vary": "Accept", "KG-Store-Version": current.version, "Cache-Control": "no-cache"}
    tag = conditional.etag(current.version, job, choice.media_type) if current.versioned else None
    if tag and use_cache and conditional.fresh(request, tag):
        return conditional.not_modified(tag, headers)
    try:
        answer = await current.run(job, use_cache=use_cache)
    except QuerySyntaxError as error:
        raise QuerySyntaxError(f"SPARQL syntax error: {error}{_prefix_hint(text)}") from None
    headers.update({"ETag": tag or conditional.body_etag(answer.body), "KG-Cache": "hit" if answer.cached else "miss"})
    if conditional.fresh(request, headers["ETag"]):
        return conditional.not_modified(headers["ETag"], headers)
    if answer.truncated:
        headers["KG-Results-Truncated"] = f"true; limit={job.max_rows}"
    if html:
        page = _results_page(request, text, answer, shape.is_graph, job.max_rows)
        return HTMLResponse(page, headers=headers)
    body = answer.body
    if len(body) >= GZIP_MIN and "gzip" in (request.headers.get("accept-encoding") or ""):
        body = await _gzip(request.app.state.backend.cache, (current.version, job), body)
        headers.update({"Content-Encoding": "gzip", "Vary": "Accept, Accept-Encoding"})
    return Response(body, media_type=choice.content_type, headers=headers)


async def _gzip(cache: ResultCache, key: object, body: bytes) -> bytes:
    """The answer compressed once, kept in the one cache (weighed like any answer), and compressed
    in a thread: zlib lets go of the GIL, so the event loop keeps serving meanwhile."""
    if (done := cache.get(("gzip", key))) is not None:
        return bytes(done)
    compressed = await asyncio.to_thread(gzip.compress, body, 5)
    cache.put(("gzip", key), compressed, len(compressed))
    return compressed


def _prefix_hint(text: str) -> str:
    missing = query_text.undeclared_prefixes(text)
    if not missing:
        return ""
    known = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in missing if p in PREFIXES]
    return (f"\n\nUndeclared prefix{'es' if len(missing) > 1 else ''}: {', '.join(p + ':' for p in missing)}."
            + (" Add:\n" + "\n".join(known) if known else ""))


def _results_page(request: Request, text: str, answer: engine.Answer, graph: bool, limit: int) -> str:
    page = pages.Page(request, pages.language(request), request.app.state.config.base_iri)
    if graph:
        triples = ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        columns = ["subject", "predicate", "object"]
        rows = [[_cell(engine.json_term(term), page) for term in (t.subject, t.predicate, t.object)] for t in triples]
        boolean = None
    else:
        document = json.loads(answer.body)
        boolean = document.get("boolean")
        columns = document.get("head", {}).get("vars", [])
        rows = [[_cell(b.get(c), page) for c in columns] for b in document.get("results", {}).get("bindings", [])]
    return templates.get_template("results.html").render(
        request=request, query=text, columns=columns, rows=rows, boolean=boolean,
        truncated=answer.truncated, limit=limit,
        downloads=["turtle", "jsonld", "ntriples", "rdfxml"] if graph else
        ["json", "xml"] if boolean is not None else ["json", "xml", "csv", "tsv"])


def _cell(term: dict | None, page: pages.Page) -> dict | None:
    """A value for the HTML table, from a SPARQL JSON term: text, and a link when it is an IRI —
    to our own page for our IRIs, never to a scheme a click could run."""
    if term is None:
        return None
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return {"text": _compact(value), "href": page.href(value)}
    if kind == "literal":
        return {"text": value, "lang": term.get("xml:lang"), "datatype": _compact(term.get("datatype", ""))}
    return {"text": f"_:{value}" if kind == "bnode" else json.dumps(value)}


def _compact(iri: str) -> str:
    return "" if iri.endswith("#string") else compact(iri)


def _describe_service(request: Request, format_values: tuple[str, ...]) -> Response:
    """The editor for a browser; the SPARQL 1.1 Service Description for an RDF client."""
    offered = negotiation.RDF[:4] + (negotiation.HTML,)
    choice = negotiation.choose_any(offered, request.headers.get("accept"), format_values)
    if choice is None:
        raise NotAcceptable(f"the service description is available as {negotiation.describe(offered)}")
    headers = {"Vary": "Accept"}
    if choice.format is negotiation.HTML:
        return HTMLResponse(_editor_page(request), headers=headers)
    graph = service_description(request.app.state.config, str(request.url.replace(query="")),
                                request.app.state.backend.manifest())
    body = graph.serialize(format=negotiation.RDFLIB_FORMATS[choice.format.name], encoding="utf-8")
    return Response(body, media_type=choice.content_type, headers=headers)


def _folded(query: CannedQuery) -> str:
    """The example as the editor opens it: the ``#+`` settings folded into two comment lines (the
    query's title, and where its parameters are documented), the query itself unchanged."""
    body = "\n".join(line for line in query.example_text().splitlines() if not line.startswith("#+"))
    header = f"# {query.title}\n# Parameters and rows as an API: /api/queries/{query.name}\n"
    return header + body.lstrip("\n")


def service_description(config: Config, endpoint: str, manifest: dict) -> Graph:
    g = bind_prefixes(Graph())
    g.bind("sd", SD)
    g.bind("void", VOID)
    service = BNode("service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for name in SD_RESULT_FORMATS:
        g.add((service, SD.resultFormat, URIRef(FORMATS_NS + name)))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    if config.allow_service:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    g.add((service, DCTERMS.title, Literal(DATASET_TITLE["en"] + " — SPARQL endpoint", lang="en")))
    g.add((service, RDFS.comment, Literal(
        "Read-only. The default graph is the RDF merge of all named graphs (each distinct triple once), "
        "graph/inferred included: it holds the OWL 2 RL closure computed at build time.", lang="en")))
    dataset = dataset_iri(config.base_iri)
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, RDFS.seeAlso, URIRef(config.base_iri + ".well-known/void")))
    default = BNode("default")
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    graphs = manifest.get("graphs", {})
    if "default_graph" in manifest:
        g.add((default, VOID.triples, Literal(manifest["default_graph"])))
    for name, size in graphs.items():
        named, description = BNode(), BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(name)))
        g.add((named, SD.graph, description))
        g.add((description, RDF.type, SD.Graph))
        g.add((description, VOID.triples, Literal(size)))
    return g


def _editor_page(request: Request) -> str:
    config: Config = request.app.state.config
    examples = [{"title": q.title, "description": q.description, "text": _folded(q)}
                for q in request.app.state.queries]
    return templates.get_template("editor.html").render(
        request=request, prefixes=PREFIXES, examples=examples,
        has_yasgui=templating.has_vendor(config, "@zazuko/yasgui/build/yasgui.min.js"),
        examples_json=json.dumps(examples, ensure_ascii=False))
