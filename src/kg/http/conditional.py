"""Conditional requests (RFC 9110 §13): an ``ETag`` per answer and ``304 Not Modified`` when the
client already holds it.

The tag is computed before any work from what determines the answer — the store version and the
request — so a client polling an unchanged query costs a hash, not a query. Where the version
does not pin the data (a remote endpoint), the tag is a digest of the body instead. Tags are weak:
the same answer may go out gzipped or not.
"""

from __future__ import annotations

import hashlib

from fastapi import Request
from fastapi.responses import Response


def etag(*parts: object) -> str:
    digest = hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=12).hexdigest()
    return f'W/"{digest}"'


def body_etag(body: bytes) -> str:
    return f'W/"{hashlib.blake2b(body, digest_size=12).hexdigest()}"'


def fresh(request: Request, tag: str) -> bool:
    """The client's ``If-None-Match`` holds ``tag`` (weak comparison, ``*`` included)."""
    header = request.headers.get("if-none-match")
    if not header:
        return False
    opaque = tag.removeprefix("W/")
    return any(t.strip() == "*" or t.strip().removeprefix("W/") == opaque for t in header.split(","))


def not_modified(tag: str, headers: dict[str, str]) -> Response:
    """304, with the headers a 200 would carry that RFC 9110 §15.4.5 asks to repeat."""
    keep = {k: v for k, v in headers.items() if k.lower() in ("cache-control", "vary", "content-location", "expires")}
    return Response(status_code=304, headers={"ETag": tag, **keep})
