"""The HTTP server's protocol: uvicorn's, with a deadline for request headers.

uvicorn times out idle keep-alive connections but not a client that sends its request line and
headers a byte at a time: enough such clients hold every socket the process may open. Here a
connection must deliver a request's headers within ``KG_CLIENT_TIMEOUT`` seconds of connecting (or
of the request's first byte); otherwise it is closed. Bodies get the same time again
(``kg.http.sparql``).
"""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from kg.config import Config


@lru_cache(maxsize=1)
def _seconds() -> float:
    """Read once per process: uvicorn makes the protocol, not us, so the setting comes from KG_*."""
    return Config().client_timeout


class DeadlineProtocol(HttpToolsProtocol):
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(_seconds(), self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()
