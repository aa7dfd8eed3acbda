"""One error path: every error of every route, answered in the same shape.

Routes raise a ``kg.errors.RequestError`` (or let one rise from the engine); Starlette's own
errors (no such route, a method a route lacks) and FastAPI's parameter checks are turned into
one. The answer has the same status, message and request id whatever its form:

    JSON (machines, the default)   {"ok": false, "status": 404, "error": "…", "errors": ["…"], "request_id": "…"}
    HTML (browsers)                a page in the reader's language, with a way on
    plain text (text/plain)        the message, one problem a line, then the request id

The form follows ``Accept`` (``format=html|json|text`` wins); a client that accepts none of them
(a SPARQL client asking for CSV) gets JSON. Every response carries ``X-Request-ID``.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException

from kg.errors import MethodNotAllowed, NotFound, RequestError
from kg.http import negotiation, pages

PLAIN = negotiation.Format("text", "text/plain")
SHAPES = (negotiation.JSON, negotiation.HTML, PLAIN)

# The error's shape in JSON, for the OpenAPI document.
SCHEMA = {"type": "object", "required": ["ok", "status", "error", "errors", "request_id"], "properties": {
    "ok": {"const": False}, "status": {"type": "integer"}, "error": {"type": "string"},
    "errors": {"type": "array", "items": {"type": "string"}}, "request_id": {"type": "string"}}}


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "") or "-")


def shape(request: Request) -> negotiation.Format:
    asked = request.query_params.get("format", "")
    choice = negotiation.choose(SHAPES, request.headers.get("accept"), asked if asked in ("html", "json", "text") else None)
    return choice.format if choice is not None else negotiation.JSON


def answer(request: Request, error: RequestError) -> Response:
    """The response for ``error``, in the form this request asked for."""
    rid = request_id(request)
    headers = {**error.headers, "Vary": "Accept", "X-Request-ID": rid, "Cache-Control": "no-store"}
    form = shape(request)
    if form is negotiation.HTML:
        page = pages.error_page(request, error.status, error.message, error.errors, rid)
        return HTMLResponse(page, status_code=error.status, headers=headers)
    if form is PLAIN:
        lines = [error.message, *(e for e in error.errors if e != error.message), f"request id: {rid}"]
        return PlainTextResponse("\n".join(lines) + "\n", status_code=error.status, headers=headers)
    return JSONResponse({"ok": False, "status": error.status, "error": error.message, "errors": error.errors,
                         "request_id": rid}, status_code=error.status, headers=headers)


async def _request_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestError)
    return answer(request, error)


async def _starlette_error(request: Request, error: Exception) -> Response:
    """No route for this path, or a method its route lacks."""
    assert isinstance(error, HTTPException)
    headers = dict(error.headers or {})
    if error.status_code == 404:
        return answer(request, NotFound(f"nothing is known about {request.url.path}"))
    if error.status_code == 405:
        allowed = headers.get("Allow", "")
        return answer(request, MethodNotAllowed(f"{request.method} is not allowed on {request.url.path}"
                                                + (f"; use {allowed}" if allowed else ""), headers=headers))
    return answer(request, RequestError(str(error.detail), status=error.status_code, headers=headers))


async def _validation_error(request: Request, error: Exception) -> Response:
    """FastAPI's own parameter checks, in our words."""
    assert isinstance(error, RequestValidationError)
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}"
                for e in error.errors()]
    return answer(request, RequestError("; ".join(problems) or "invalid request", errors=problems, status=422))


def install(app: FastAPI) -> None:
    """Register the one error path on ``app``."""
    app.add_exception_handler(RequestError, _request_error)
    app.add_exception_handler(HTTPException, _starlette_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
