"""The curated queries as a typed, cached HTTP API for dashboards (Datasette's canned queries,
grlc's decorators): every ``queries/*.rq`` is an operation of its own in the OpenAPI document.

    GET /api/queries               the catalogue: name, title, parameters, columns, links
    GET /api/queries/<name>?…      rows: flat JSON objects, CSV, or SPARQL JSON (Accept or format=)

Request parameters are the query's own (checked by type and joined as a ``VALUES`` row, never
pasted into the text) and ``lang``, ``limit``, ``offset``, ``sort``, ``format``. The whole result
is evaluated once per store version and parameters (the engine caches it) and cut into pages
here, so paging and polling cost no new evaluation; ``next`` and ``Link: rel="next"`` lead on.
IRIs come with their label in ``lang``, falling back to English, Arabic, French. Errors are
``kg.errors.RequestError``s, answered in the one shape of ``kg.http.errors``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Awaitable, Callable
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from kg import queryfiles
from kg.config import Config
from kg.errors import InvalidParameters, NoStore, NotAcceptable
from kg.http import conditional, errors, labels, negotiation, pages
from kg.namespaces import compact
from kg.query import catalogue as queries
from kg.query import engine
from kg.query.catalogue import CannedQuery, InvalidParameter

INSTANCE = queryfiles.text("api", "instance.rq")
SLUG = queryfiles.text("api", "slug.rq")
_SLUG = re.compile(queries.SLUG_PATTERN)   # an entity's slug for an IRI parameter: morocco, country/morocco
MAX_SLUG = 200      # longer is no slug: read as an IRI, and refused as one
MAX_OFFSET = 10**9
ROWS = negotiation.ROWS + (negotiation.HTML,)  # a table for a person, with its form
LABEL_LOOKUP_MAX = labels.MAX_IRIS  # distinct IRIs labelled for sorting the whole result; beyond, the page's only

# --- reading a request ------------------------------------------------------------------------------

def _single(request: Request, name: str) -> str | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise InvalidParameter(f"{name}: give it once, not {len(values)} times")
    return values[0] if values else None


def _integer(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    if raw is None:
        return default
    number = queries.parse_integer(raw)
    if number is None or not low <= number <= high:
        raise InvalidParameter(f"{name}: a whole number from {low} to {high}, not {raw[:40]!r}")
    return number


def _sort_keys(query: CannedQuery) -> list[str]:
    return [prefix + c.name for c in query.columns for prefix in ("", "-")]


class Call:
    """One validated request of a curated query."""

    def __init__(self, query: CannedQuery, request: Request) -> None:
        self.query = query
        errors: list[str] = []
        known = {p.name for p in query.parameters} | set(queries.RESERVED)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            errors.append(f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                          f"this query takes {', '.join(sorted(known))}")
        self.values: dict[str, str] = {}  # the parameters' raw values, defaults included
        self.terms: dict[str, engine.Term] = {}
        self.slugs: dict[str, str] = {}   # IRI parameters given by slug, resolved against the graph
        for parameter in query.parameters:
            try:
                raw = _single(request, parameter.name)
                if raw == "":
                    raw = None      # an HTML form sends its empty fields: an empty value is one not given
                if raw is None:
                    raw = parameter.default
                if raw is None:
                    if parameter.required:
                        raise InvalidParameter(f"{parameter.name}: required")
                    continue
                if parameter.type == "iri" and len(raw) <= MAX_SLUG and _SLUG.fullmatch(raw):
                    self.slugs[parameter.name] = raw
                else:
                    self.terms.update(parameter.terms(raw))
                self.values[parameter.name] = raw
            except InvalidParameter as error:
                errors.append(str(error))
        try:
            lang = _single(request, "lang")
            if lang is not None and lang not in pages.LANGUAGES:
                raise InvalidParameter(f"lang: one of {', '.join(pages.LANGUAGES)}, not {lang[:20]!r}")
            self.lang = pages.language(request)  # ?lang, now known good, else Accept-Language
            self.limit = _integer(_single(request, "limit"), "limit", query.page_size, 1, query.max_page_size)
            self.offset = _integer(_single(request, "offset"), "offset", 0, 0, MAX_OFFSET)
            sort = _single(request, "sort")
            if sort is not None and sort not in _sort_keys(query):
                raise InvalidParameter(f"sort: a column, or -column for descending: {', '.join(c.name for c in query.columns)}")
            self.sort = (sort,) if sort else query.order
            self.format_param = _single(request, "format")
        except InvalidParameter as error:
            errors.append(str(error))
        if errors:
            raise InvalidParameters("; ".join(errors), errors=errors)

    def key(self) -> tuple:
        """Everything the answer depends on, besides the store and the format."""
        return (self.query.name, sorted(self.values.items()), self.lang, self.limit, self.offset, self.sort)

    def table(self) -> engine.Values | None:
        if not self.terms:
            return None
        return engine.Values(tuple(self.terms), (tuple(self.terms.values()),))


# --- running it ---------------------------------------------------------------------------------------

async def _select(current: engine.Engine, text: str, values: engine.Values | None, max_rows: int = 0) -> tuple[dict, bool]:
    answer = await current.run(engine.Request(text=text, format="json", values=values, max_rows=max_rows))
    return json.loads(answer.body), answer.truncated


async def _resolve_slugs(current: engine.Engine, call: Call, base_iri: str) -> None:
    """IRI parameters given by slug: «country/morocco» is the IRI our policy mints for it; a bare
    «morocco» is the one entity of the parameter's class whose IRI ends with it — none or several
    is a 422 that names the candidates."""
    wrong = []
    for parameter in call.query.parameters:
        raw = call.slugs.get(parameter.name)
        if raw is None:
            continue
        if "/" in raw:
            call.terms[parameter.name] = ox.NamedNode(f"{base_iri}id/{raw}")   # its class is checked next
            continue
        cls = ox.NamedNode(parameter.cls) if parameter.cls else None
        document, _ = await _select(current, SLUG, engine.Values(("slug", "class"), ((ox.Literal(raw), cls),)))
        found = [row["entity"]["value"] for row in document["results"]["bindings"]]
        if len(found) == 1:
            call.terms[parameter.name] = ox.NamedNode(found[0])
            continue
        kind = f"{compact(parameter.cls)} " if parameter.cls else ""
        if found:
            named = ", ".join(f.removeprefix(f"{base_iri}id/") for f in found)
            wrong.append(f"{parameter.name}: {raw!r} names several {kind}entities; give one of {named}")
        else:
            wrong.append(f"{parameter.name}: no {kind}entity has the slug {raw!r}; give its IRI or kind/slug "
                         f"(e.g. country/morocco), or find it with /search?q={quote(raw)}")
    if wrong:
        raise InvalidParameters("; ".join(wrong), errors=wrong)


async def _check_classes(current: engine.Engine, call: Call) -> None:
    """An IRI parameter of a given class must name an instance of it in the graph."""
    wrong = []
    for parameter in call.query.parameters:
        if parameter.type == "iri" and parameter.cls and parameter.name in call.terms:
            value = engine.Values(("value", "class"), ((call.terms[parameter.name], ox.NamedNode(parameter.cls)),))
            document, _ = await _select(current, INSTANCE, value)
            if not document["boolean"]:
                wrong.append(f"{parameter.name}: {call.values[parameter.name]} is not a "
                             f"{compact(parameter.cls)} in the graph")
    if wrong:
        raise InvalidParameters("; ".join(wrong), errors=wrong)


def _number(value: str, integral: bool):
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if integral or number == number.to_integral_value():
        return int(number)
    return float(number)


def _value(term: dict | None, kind: str, named: dict[str, dict[str, str]], lang: str):
    """A SPARQL JSON term as the API writes it for a column of type ``kind``."""
    if term is None:
        return None
    value = term["value"]
    if term["type"] == "uri":
        if kind != "iri":
            return value
        names = named.get(value, {})
        return {"iri": value, "label": pages.pick(names, lang) if names else None}
    if kind in ("integer", "decimal"):
        return _number(value, kind == "integer")
    if kind == "boolean":
        return value in ("true", "1")
    return value


def _sort(pairs: list[tuple[dict, dict]], order: tuple[str, ...]) -> list[tuple[dict, dict]]:
    """(binding, row) pairs sorted by their rows: stable sorts from the last key to the first,
    IRIs by their label, absent values last whatever the direction."""
    for key in reversed(order):
        name, descending = key.lstrip("-"), key.startswith("-")

        def sort_key(pair, name=name):
            value = pair[1].get(name)
            if isinstance(value, dict):
                value = (value.get("label") or value.get("iri") or "").casefold()
            elif isinstance(value, str):
                value = value.casefold()
            elif isinstance(value, bool):
                value = int(value)
            return value

        present = [p for p in pairs if p[1].get(name) is not None]
        absent = [p for p in pairs if p[1].get(name) is None]
        try:
            present.sort(key=sort_key, reverse=descending)
        except TypeError:  # mixed numbers and text in one column: compare as text
            present.sort(key=lambda p: str(sort_key(p)), reverse=descending)
        pairs = present + absent
    return pairs


async def _page(current: engine.Engine, query: CannedQuery, call: Call, bindings: list[dict]) -> tuple[list, int]:
    """The requested page of (SPARQL binding, API row) pairs, in order, and the total. Labels are
    looked up for the whole result when an IRI column decides the order, else for the page."""
    kinds = {c.name: c.type for c in query.columns}
    iri_columns = [name for name, kind in kinds.items() if kind == "iri"]

    def iris(some: list[dict]) -> set[str]:
        return {b[c]["value"] for b in some for c in iri_columns if b.get(c, {}).get("type") == "uri"}

    def rows(some: list[dict], named: dict) -> list[tuple[dict, dict]]:
        return [(b, {name: _value(b.get(name), kind, named, call.lang) for name, kind in kinds.items()}) for b in some]

    named: dict | None = None
    if any(key.lstrip("-") in iri_columns for key in call.sort) and len(everything := iris(bindings)) <= LABEL_LOOKUP_MAX:
        named = await labels.names(current, everything)
    pairs = _sort(rows(bindings, named or {}), call.sort)
    page = pairs[call.offset:call.offset + call.limit]
    if named is None and iri_columns:
        on_page = [b for b, _ in page]
        page = rows(on_page, await labels.names(current, iris(on_page)))
    return page, len(pairs)


# --- answering ------------------------------------------------------------------------------------------

def _page_url(request: Request, offset: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    if offset:
        params.append(("offset", str(offset)))
    # Relative: answers are shared by caches (Cache-Control: public), so no link may carry the Host
    # a client sent.
    return f"{request.url.path}?{urlencode(params)}"


async def answer(request: Request, query: CannedQuery) -> Response:
    """The response to one call of ``query``. Finished answers are kept in the backend's cache by
    ETag (which names the store version and the whole request), so polling the same page again
    skips evaluation, labelling and serializing alike."""
    config: Config = request.app.state.config
    answers: engine.ResultCache = request.app.state.backend.cache
    call = Call(query, request)
    choice = negotiation.choose(ROWS, request.headers.get("accept"), call.format_param)
    if choice is None:
        raise NotAcceptable(f"rows are available as {negotiation.describe(ROWS)}")
    current = request.app.state.backend.engine()
    if current is None:
        raise NoStore()
    headers = {"Vary": "Accept, Accept-Language", "KG-Store-Version": current.version,
               "Cache-Control": f"public, max-age={config.cache_max_age}"}
    tag = (conditional.etag(current.version, call.key(), choice.format.name)
           if current.versioned else None)
    if tag and conditional.fresh(request, tag):
        return conditional.not_modified(tag, headers)
    if tag and (done := answers.get(("api", tag))) is not None:  # a dashboard polling: a dictionary lookup
        body, media_type, extra = done
        return Response(body, media_type=media_type, headers={**headers, **extra, "ETag": tag, "KG-Cache": "hit"})
    await _resolve_slugs(current, call, config.base_iri)
    await _check_classes(current, call)
    document, cut = await _select(current, query.text, call.table(), config.max_rows)

    page, total = await _page(current, query, call, document["results"]["bindings"])
    more = call.offset + call.limit < total
    next_url = _page_url(request, call.offset + call.limit) if more else None
    truncated = cut or len(page) < total
    if next_url:
        headers["Link"] = f'<{next_url}>; rel="next"'
    if truncated:
        headers["KG-Results-Truncated"] = "true" + (f"; limit={config.max_rows}" if cut else "")
    rows = [row for _, row in page]

    if choice.format is negotiation.HTML:
        body = pages.rows_page(request, query, call.values, rows, total, next_url).encode("utf-8")
    elif choice.format.name == "csv":
        body = _csv(query, rows).encode("utf-8")
    elif choice.format.name == "sparql-json":
        body = json.dumps({"head": document["head"], "results": {"bindings": [b for b, _ in page]}},
                          ensure_ascii=False).encode("utf-8")
    else:
        body = json.dumps({
            "ok": True, "query": query.name, "title": query.title, "parameters": call.values,
            "lang": call.lang, "columns": [c.name for c in query.columns], "rows": rows,
            "total": total, "offset": call.offset, "limit": call.limit, "next": next_url,
            "truncated": truncated, "version": current.version}, ensure_ascii=False).encode("utf-8")
    extra = {k: v for k, v in headers.items() if k in ("Link", "KG-Results-Truncated")}
    if tag:
        answers.put(("api", tag), (body, choice.content_type, extra), len(body))
    if tag is None:  # a remote endpoint: the tag can only come from the body
        tag = conditional.body_etag(body)
        if conditional.fresh(request, tag):
            return conditional.not_modified(tag, headers)
    return Response(body, media_type=choice.content_type, headers={**headers, "ETag": tag, "KG-Cache": "miss"})


def _csv(query: CannedQuery, rows: list[dict]) -> str:
    """One column per value; an IRI column is followed by its label (``funder``, ``funder_label``)."""
    header = []
    for column in query.columns:
        header += [column.name, f"{column.name}_label"] if column.type == "iri" else [column.name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(header)
    for row in rows:
        line = []
        for column in query.columns:
            value = row.get(column.name)
            if column.type == "iri":
                line += [value["iri"], value["label"] or ""] if isinstance(value, dict) else [value or "", ""]
            else:
                line.append("" if value is None else str(value).lower() if isinstance(value, bool) else value)
        writer.writerow(line)
    return out.getvalue()


# --- the catalogue and the routes ------------------------------------------------------------------------

def describe(query: CannedQuery) -> dict:
    return {
        "name": query.name, "title": query.title, "description": query.description, "tags": list(query.tags),
        "parameters": [{k: v for k, v in {
            "name": p.name, "type": p.type, "required": p.required, "default": p.default, "example": p.example,
            "class": p.cls, "values": list(p.values) or None, "description": p.description}.items() if v is not None}
            for p in query.parameters],
        "columns": [{"name": c.name, "type": c.type, "description": c.description} for c in query.columns],
        "order": list(query.order), "page_size": query.page_size, "max_page_size": query.max_page_size,
        "url": f"/api/queries/{query.name}",
        "csv": f"/api/queries/{query.name}?format=csv",
        "sparql": query.text,
    }


_COLUMN_SCHEMAS: dict[str, dict[str, Any]] = {
    "iri": {"type": ["object", "null"], "required": ["iri", "label"], "properties": {
        "iri": {"type": "string"}, "label": {"type": ["string", "null"]}}},
    "string": {"type": ["string", "null"]}, "date": {"type": ["string", "null"]},
    "integer": {"type": ["integer", "string", "null"]}, "decimal": {"type": ["number", "string", "null"]},
    "boolean": {"type": ["boolean", "null"]},
}


def _openapi(query: CannedQuery) -> dict:
    row = {"type": "object", "properties": {c.name: {**_COLUMN_SCHEMAS[c.type], "description": c.description}
                                             for c in query.columns}}
    page = {"type": "object", "required": ["ok", "query", "rows", "total", "offset", "limit", "next", "truncated"],
            "properties": {"ok": {"const": True}, "query": {"type": "string"}, "title": {"type": "string"},
                           "parameters": {"type": "object"}, "lang": {"type": "string"},
                           "columns": {"type": "array", "items": {"type": "string"}},
                           "rows": {"type": "array", "items": row}, "total": {"type": "integer"},
                           "offset": {"type": "integer"}, "limit": {"type": "integer"},
                           "next": {"type": ["string", "null"]}, "truncated": {"type": "boolean"},
                           "version": {"type": "string"}}}
    parameters = [{"name": p.name, "in": "query", "required": p.required, "description": p.description,
                   "schema": p.schema(), **({"example": p.example} if p.example else {})} for p in query.parameters]
    parameters += [
        {"name": "lang", "in": "query", "schema": {"type": "string", "enum": list(pages.LANGUAGES)},
         "description": "Language of the labels (falling back to en, ar, fr); default: from Accept-Language, else en."},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": query.max_page_size,
                                                     "default": query.page_size}, "description": "Rows per page."},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
         "description": "Rows to skip (follow `next` rather than computing it)."},
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": _sort_keys(query)},
         "description": "Sort by a column (IRIs by their label), -column for descending. Default: "
                        + (", ".join(query.order) or "the query's own order") + "."},
        {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv", "sparql-json", "html"]},
         "description": "Overrides Accept: json (rows as objects), csv, sparql-json (SPARQL 1.1 Query Results JSON), html (a table with its form)."},
    ]
    # The one error shape, in the three forms a client may ask for (kg.http.errors).
    error = {"application/json": {"schema": errors.SCHEMA}, "text/html": {"schema": {"type": "string"}},
             "text/plain": {"schema": {"type": "string"}}}
    return {"parameters": parameters, "responses": {
        "200": {"description": "A page of rows", "content": {
            "application/json": {"schema": page}, "text/csv": {"schema": {"type": "string"}},
            "application/sparql-results+json": {"schema": {"type": "object"}},
            "text/html": {"schema": {"type": "string"}}}},
        "304": {"description": "Not modified: the ETag sent in If-None-Match is still current"},
        "406": {"description": "None of the offered formats is acceptable", "content": error},
        "422": {"description": "A parameter is missing, unknown or invalid", "content": error},
        "503": {"description": "No store, or the query timed out", "content": error},
    }}


def _endpoint(query: CannedQuery) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return await answer(request, query)
    return endpoint


def router(catalogue: list[CannedQuery]) -> APIRouter:
    """The API's routes: the catalogue and one documented operation per query."""
    api = APIRouter()

    @api.get("/api/queries", summary="The catalogue of curated queries", tags=["Curated queries"],
             operation_id="queries_catalogue")
    def catalogue_route(request: Request, format: str | None = None) -> Response:
        if negotiation.wants_page(request.headers.get("accept"), format, "the catalogue"):
            return HTMLResponse(pages.catalogue_page(request, catalogue), headers={"Vary": "Accept, Accept-Language"})
        # Relative links: the catalogue is cached publicly, whatever Host a client sent.
        return JSONResponse({"queries": [describe(q) for q in catalogue]},
                            headers={"Cache-Control": "public, max-age=60", "Vary": "Accept"})

    for query in catalogue:
        api.add_api_route(f"/api/queries/{query.name}", _endpoint(query), methods=["GET"], response_class=Response,
                          summary=query.title, description=query.description, tags=["Curated queries"],
                          operation_id=f"query_{query.name.replace('-', '_')}", openapi_extra=_openapi(query))
    return api
