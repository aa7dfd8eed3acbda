"""Names of IRIs in a reader's language, looked up with one bound query (``queries/api/labels.rq``,
the IRIs joined as a ``VALUES`` table, never pasted into the text): for the curated-query API's
rows, the SPARQL results page, and the query editor, which asks ``/api/labels`` for the names of
the IRIs in its result table.

    GET  /api/labels?iri=…&iri=…&lang=ar        a few IRIs
    POST /api/labels  {"iris": […], "lang": "ar"}  many (a result table's worth)
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from kg import queryfiles
from kg.errors import InvalidParameters, NoStore, PayloadTooLarge, UnsupportedMediaType
from kg.http import pages
from kg.query import engine

LABELS = queryfiles.text("api", "labels.rq")
MAX_IRIS = 5000  # one result table's distinct IRIs; the editor asks for no more
MAX_BODY = MAX_IRIS * 300  # room for that many long IRIs as JSON

router = APIRouter()


async def names(current: engine.Engine, iris: set[str]) -> dict[str, dict[str, str]]:
    """Each IRI's names by language: skos:prefLabel, else dcterms:title, else rdfs:label. IRIs
    without a name are left out."""
    if not iris:
        return {}
    values = engine.Values(("resource",), tuple((ox.NamedNode(i),) for i in sorted(iris)))
    answer = await current.run(engine.Request(text=LABELS, format="json", values=values))
    found: dict[str, dict[int, dict[str, str]]] = {}
    for row in json.loads(answer.body)["results"]["bindings"]:
        ranks = found.setdefault(row["resource"]["value"], {})
        for rank, name in enumerate(("pref", "title", "label")):
            if name in row:
                ranks.setdefault(rank, {}).setdefault(row[name].get("xml:lang", ""), row[name]["value"])
    return {iri: ranks[min(ranks)] for iri, ranks in found.items() if ranks}


def chosen(labels: dict[str, str], lang: str) -> tuple[str, str | None] | None:
    """The name to show in ``lang`` (else the fallback languages) and the language it is in."""
    text = pages.pick(labels, lang)
    if text is None:
        return None
    return text, next((k for k, v in labels.items() if v == text and k), None)


def _checked(iris: list, lang: str | None) -> tuple[set[str], str]:
    problems = []
    if lang is not None and lang not in pages.LANGUAGES:
        problems.append(f"lang: one of {', '.join(pages.LANGUAGES)}, not {str(lang)[:20]!r}")
    if len(iris) > MAX_IRIS:
        problems.append(f"iri: at most {MAX_IRIS} IRIs at a time, not {len(iris)}")
    for iri in iris[:MAX_IRIS]:
        try:
            if not isinstance(iri, str):
                raise ValueError("not a string")
            ox.NamedNode(iri)
        except ValueError as error:
            problems.append(f"iri: {str(iri)[:80]!r} is not an IRI ({error})")
            break
    if problems:
        raise InvalidParameters("; ".join(problems), errors=problems)
    return set(iris), lang or ""


_PARAMETERS = {"parameters": [
    {"name": "iri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
     "description": "An IRI to name (repeat it); or POST {\"iris\": [...]} as JSON for many."},
    {"name": "lang", "in": "query", "schema": {"type": "string", "enum": list(pages.LANGUAGES)},
     "description": "Language of the names (falling back to en, ar, fr); default: from Accept-Language, else en."}]}


@router.get("/api/labels", tags=["Curated queries"], operation_id="labels_get", openapi_extra=_PARAMETERS,
            summary="The names of IRIs in a language")
@router.post("/api/labels", tags=["Curated queries"], operation_id="labels_post", openapi_extra=_PARAMETERS,
             summary="The names of many IRIs in a language (JSON body)")
async def labels(request: Request) -> JSONResponse:
    """``{"lang": …, "labels": {iri: {"label": …, "lang": …}}}``: each IRI's name in the language
    asked for where it has one (``lang`` says which it is), for IRIs that have a name at all."""
    iris: list = request.query_params.getlist("iri")
    lang = request.query_params.get("lang")
    if request.method == "POST":
        if (request.headers.get("content-type") or "").split(";")[0].strip().lower() != "application/json":
            raise UnsupportedMediaType('POST the IRIs as JSON: {"iris": ["…"], "lang": "ar"}')
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY:
                raise PayloadTooLarge(f"the request body is larger than {MAX_BODY} bytes")
        try:
            body = json.loads(raw or b"{}")
        except ValueError as error:
            raise InvalidParameters(f"the body is not JSON: {error}") from None
        if not isinstance(body, dict) or not isinstance(body.get("iris", []), list):
            raise InvalidParameters('the body must be {"iris": ["…"], "lang": "ar"}')
        iris = iris + body.get("iris", [])
        lang = body.get("lang", lang)
    wanted, lang = _checked(iris, lang)
    lang = lang or pages.language(request)
    current = request.app.state.backend.engine()
    if current is None:
        raise NoStore()
    found = {}
    for iri, by_language in (await names(current, wanted)).items():
        if (named := chosen(by_language, lang)) is not None:
            found[iri] = {"label": named[0], "lang": named[1]}
    return JSONResponse({"lang": lang, "labels": found}, headers={"Vary": "Accept-Language"})
