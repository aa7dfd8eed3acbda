"""Structured logs: one access line per request, one error line with its traceback per 5xx.

Lines are logfmt (``key=value``), on the ``kg.access`` and ``kg.error`` loggers:

    method=GET path=/sparql status=200 ms=4.1 cache=miss engine_ms=3.2 id=5f0c…

``engine_ms`` is the time the query engine took for this request (queue and evaluation, all its
queries together); ``cache`` is the ``KG-Cache`` header. The middleware also gives every request
its id (``X-Request-ID``, kept from the client when it is a plain token) and answers a crash with
the one error shape instead of a bare 500.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request

from kg.errors import RequestError
from kg.http import errors
from kg.query import engine

ACCESS = logging.getLogger("kg.access")
ERROR = logging.getLogger("kg.error")
_CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class RequestLog:
    """ASGI middleware: request id, timing, the access line, and the last word on crashes."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _CLIENT_ID.fullmatch(incoming) else secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = rid
        started = time.perf_counter()
        seen: dict[str, Any] = {"status": 500, "cache": "-", "started": False}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen.update(status=message["status"], started=True)
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                seen["cache"] = dict(headers).get(b"kg-cache", b"-").decode("latin-1")
                message["headers"] = [*headers, (b"x-request-id", rid.encode())]
            await send(message)

        with engine.timed() as spent:
            try:
                await self.app(scope, receive, sending)
            except Exception:
                ERROR.exception("id=%s method=%s path=%s unhandled error", rid, scope.get("method"), scope.get("path"))
                seen["status"] = 500
                if not seen["started"]:
                    failure = RequestError(f"internal error: the server failed on this request (id {rid}); "
                                           "it has been logged", status=500)
                    await errors.answer(Request(scope), failure)(scope, receive, send)
            finally:
                ACCESS.info("method=%s path=%s status=%s ms=%.1f cache=%s engine_ms=%.1f id=%s",
                            scope.get("method"), scope.get("path"), seen["status"],
                            (time.perf_counter() - started) * 1000, seen["cache"], spent.seconds * 1000, rid)


def uvicorn_config() -> dict[str, Any]:
    """uvicorn's logging configuration with our ``kg.*`` lines added (applied in every worker
    process); uvicorn's own access log is off, ours replaces it."""
    from uvicorn.config import LOGGING_CONFIG

    config = {**LOGGING_CONFIG, "formatters": dict(LOGGING_CONFIG["formatters"]),
              "handlers": dict(LOGGING_CONFIG["handlers"]), "loggers": dict(LOGGING_CONFIG["loggers"])}
    config["formatters"]["kg"] = {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    config["handlers"]["kg"] = {"class": "logging.StreamHandler", "formatter": "kg", "stream": "ext://sys.stderr"}
    config["loggers"]["kg"] = {"handlers": ["kg"], "level": "INFO", "propagate": False}
    return config
