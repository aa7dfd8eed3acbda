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
from markupsafe import Markup, escape
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from starlette.types import ASGIApp, Receive, Scope, Send

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
from kg.http import conditional, errors, labels, negotiation, pages, querytext, templating
from kg.namespaces import DATASET_TITLE, PREFIXES, SD, TERMS_ROOT, VOID, bind_prefixes, compact, dataset_iri
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
    # lang= is the editor's page language, not a protocol parameter.
    if not queries_sent and request.method == "GET" and all(k in ("format", "output", "lang") for k, _ in params):
        return _describe_service(request, format_values)
    if len(queries_sent) != 1:
        raise RequestError("send exactly one query (the 'query' parameter)" if queries_sent else
                           "no query: send it as ?query=…, a query= form field, or an application/sparql-query body")
    return await _answer(request, config, queries_sent[0], params, format_values)


class Shortcut:
    """ASGI middleware: ``/sparql`` queries answered from here, ahead of ``app`` (FastAPI's stack,
    whose layers cost more than a cheap query does; ``kg.http.app.App``). The routes above stay
    what the OpenAPI document describes and what answers without this middleware; errors take the
    one error path all the same."""

    PATHS = ("/sparql", "/sparql/")

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in self.PATHS or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await sparql(request)
        except RequestError as error:
            response = errors.answer(request, error)
        await response(scope, receive, send)


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
    if html:  # the page is in the reader's language
        headers["Vary"] = "Accept, Accept-Language"
    tag = (conditional.etag(current.version, job, choice.media_type, pages.language(request) if html else None)
           if current.versioned else None)
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
        page = await _results_page(request, text, answer, shape.is_graph, job.max_rows)
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


# The results page and the editor in the reader's language (the page's language: ?lang, else
# Accept-Language), as the other pages are.
UI = {
    "en": {"results": "Query results", "query": "Query", "back": "Back to the editor", "download": "Download:",
           "truncated": "shown: the result is longer than the {limit}-row limit of this view; download it whole above",
           "true": "true", "false": "false", "editor": "SPARQL endpoint",
           "lead": "Read-only SPARQL 1.1 at {sparql}. The default graph is the merge of every named graph (one per "
                   "source document, and {graphs}); queries stop after the server's time limit. Any SPARQL client "
                   "works:",
           "examples": "Examples", "form_query": "Query", "form_format": "Results as", "run": "Run",
           "labels_note": "Names in the result table are looked up in this page's language; IRIs link to "
                          "their pages here."},
    "fr": {"results": "Résultats de la requête", "query": "Requête", "back": "Retour à l'éditeur",
           "download": "Télécharger :",
           "truncated": "affichées : le résultat dépasse la limite de {limit} lignes de cette vue ; "
                        "téléchargez-le en entier ci-dessus",
           "true": "vrai", "false": "faux", "editor": "Point d'accès SPARQL",
           "lead": "SPARQL 1.1 en lecture seule à {sparql}. Le graphe par défaut est la fusion de tous les graphes "
                   "nommés (un par document source, et {graphs}) ; une requête s'arrête au bout du temps imparti par "
                   "le serveur. Tout client SPARQL convient :",
           "examples": "Exemples", "form_query": "Requête", "form_format": "Résultats en", "run": "Exécuter",
           "labels_note": "Les noms du tableau de résultats sont donnés dans la langue de cette page ; les IRI "
                          "mènent à leurs pages ici."},
    "ar": {"results": "نتائج الاستعلام", "query": "الاستعلام", "back": "العودة إلى المحرر", "download": "تنزيل:",
           "truncated": "معروضة: النتيجة أطول من حد هذا العرض ({limit} صف)؛ نزّلها كاملة من الروابط أعلاه",
           "true": "صحيح", "false": "خطأ", "editor": "نقطة استعلام SPARQL",
           "lead": "نقطة SPARQL 1.1 للقراءة فقط على العنوان {sparql}. المخطط الافتراضي هو دمج كل المخططات المسماة "
                   "(مخطط لكل وثيقة مصدرية، إضافة إلى {graphs})؛ ويتوقف الاستعلام بعد المهلة التي يحددها الخادم. "
                   "ويصلح لذلك أي عميل SPARQL:",
           "examples": "أمثلة", "form_query": "الاستعلام", "form_format": "النتائج بصيغة", "run": "تشغيل",
           "labels_note": "الأسماء في جدول النتائج معروضة بلغة هذه الصفحة، وروابط المعرّفات تؤدي إلى صفحاتها هنا."},
}


async def _results_page(request: Request, text: str, answer: engine.Answer, graph: bool, limit: int) -> str:
    """The results as a table a person reads: each IRI named in the page's language (one bound
    query for all of them), shortened with our prefixes and linked to its page here; literals as
    values (an amount as a number of the page's language, a year as a year)."""
    config: Config = request.app.state.config
    page = pages.Page(request, pages.language(request), config.base_iri)
    if graph:
        triples = ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        columns = ["subject", "predicate", "object"]
        terms = [[engine.json_term(term) for term in (t.subject, t.predicate, t.object)] for t in triples]
        boolean = None
    else:
        document = json.loads(answer.body)
        boolean = document.get("boolean")
        columns = document.get("head", {}).get("vars", [])
        terms = [[b.get(c) for c in columns] for b in document.get("results", {}).get("bindings", [])]
    iris = {t["value"] for row in terms for t in row if t and t["type"] == "uri"}
    names = await labels.names(request.app.state.backend.engine(), _namable(iris)) if iris else {}
    rows = [[_cell(t, page, names) for t in row] for row in terms]
    return pages.render("results.html", page, r=UI[page.lang], query=text, columns=columns, rows=rows,
                        boolean=boolean, truncated=answer.truncated, limit=limit,
                        downloads=["turtle", "jsonld", "ntriples", "rdfxml"] if graph else
                        ["json", "xml"] if boolean is not None else ["json", "xml", "csv", "tsv"])


def _namable(iris: set[str]) -> set[str]:
    """The IRIs to look names up for: what a query can bind (a remote endpoint may answer
    anything), and no more than one lookup takes."""
    found = set()
    for iri in sorted(iris):
        try:
            ox.NamedNode(iri)
        except ValueError:
            continue
        found.add(iri)
        if len(found) == labels.MAX_IRIS:
            break
    return found


def _cell(term: dict | None, page: pages.Page, names: dict[str, dict[str, str]]) -> dict | None:
    """A value for the HTML table, from a SPARQL JSON term. An IRI: its name where it has one, its
    short form (``mg:Funding``, ``id/organization/iom``), and a link — to our own page for our
    IRIs, never to a scheme a click could run. A literal: its text as a reader reads it."""
    if term is None:
        return None
    kind, value = term["type"], term["value"]
    if kind == "uri":
        named = labels.chosen(names.get(value, {}), page.lang)
        return {"iri": value, "short": short(value, page.base_iri), "href": page.href(value),
                "label": named[0] if named else None, "lang": named[1] if named else None}
    if kind == "literal":
        datatype = term.get("datatype")
        text, note = pages.plain(value, datatype, page.lang)
        return {"text": text, "lang": term.get("xml:lang"), "note": note,
                "title": compact(datatype) if datatype else None,
                "dir": "auto" if term.get("xml:lang") or not datatype else "ltr"}
    return {"text": f"_:{value}" if kind == "bnode" else json.dumps(value), "dir": "ltr"}


def short(iri: str, base: str) -> str:
    """``mg:Funding`` with our prefixes; our own things by their path (``id/organization/iom``)."""
    compacted = compact(iri)
    if compacted != iri:
        return compacted
    return iri[len(base):] if base and iri.startswith(base) and len(iri) > len(base) else iri


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


def _folded(query: CannedQuery, title: str) -> str:
    """The example as the editor opens it: the ``#+`` settings folded into two comment lines (the
    query's title in the page's language, and where its parameters are documented), the query
    itself unchanged."""
    body = "\n".join(line for line in query.example_text().splitlines() if not line.startswith("#+"))
    header = f"# {title}\n# Parameters and rows as an API: /api/queries/{query.name}\n"
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
    """YASGUI in the page's language, with our prefixes and the curated queries as examples; its
    result table names IRIs in that language (``static/editor.js``, through ``/api/labels``)."""
    config: Config = request.app.state.config
    page = pages.Page(request, pages.language(request), config.base_iri)
    examples = []
    for query in request.app.state.queries:
        shown = querytext.described(query, page.lang)
        examples.append({"title": shown["title"], "description": shown["description"],
                         "text": _folded(query, shown["title"])})
    settings = {"prefixes": PREFIXES, "examples": examples, "lang": page.lang, "roots": [config.base_iri, TERMS_ROOT],
                "labels": "/api/labels", "max_labels": labels.MAX_IRIS}
    # Addresses and graph names stay left to right in every language: markup, put into the escaped sentence.
    graphs = Markup(" ").join(Markup('<code dir="ltr">graph/{}</code>').format(g)
                              for g in ("entities", "ontology", "inferred"))
    lead = escape(UI[page.lang]["lead"]).replace("{sparql}", Markup('<code dir="ltr">/sparql</code>')).replace(
        "{graphs}", graphs)
    return pages.render("editor.html", page, r=UI[page.lang], lead=lead, prefixes=PREFIXES, examples=examples,
                        settings=settings, endpoint=str(request.url.replace(query="")),
                        has_yasgui=templating.has_vendor(config, "@zazuko/yasgui/build/yasgui.min.js"))
