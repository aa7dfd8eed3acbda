"""HEAD wherever GET is (RFC 9110 §9.3.2): the GET route answers, and its body is dropped on the
way out, so the headers are exactly those of the GET."""

from __future__ import annotations

from typing import Any


class HeadAsGet:
    """ASGI middleware: a HEAD request is served as GET without the body."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Any) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": message.get("more_body", False)}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
