"""The benchmarks' load generator: the same HTTP request sent again and again from keep-alive
connections, as cheaply as Python can, so that it measures the server and not itself.

A thread per connection with httpx costs about a millisecond of the client's CPU per request: at
a thousand requests a second the client, not the server, was what ``kg bench`` measured (a cached
answer and the native server came out even). Here one event loop drives every connection, each
request is encoded once, and a response is read by its framing alone (status line,
``Content-Length`` or chunks). It speaks only what our benchmarks need: HTTP/1.1, no TLS, no
redirects.

On a machine with two or more cores the benchmark keeps the servers on one set of cores and this
generator on the others (``split_cores``), so neither takes time from the other.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass(frozen=True)
class Call:
    """One request, encoded once."""

    host: str
    port: int
    raw: bytes

    @classmethod
    def get(cls, url: str, headers: dict[str, str]) -> Call:
        return cls._make("GET", url, headers, b"")

    @classmethod
    def post_form(cls, url: str, form: dict[str, str], headers: dict[str, str]) -> Call:
        return cls._make("POST", url, {**headers, "Content-Type": "application/x-www-form-urlencoded"},
                         urlencode(form).encode())

    @classmethod
    def _make(cls, method: str, url: str, headers: dict[str, str], body: bytes) -> Call:
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"{method} {target} HTTP/1.1", f"Host: {parts.netloc}", *(f"{k}: {v}" for k, v in headers.items())]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        return cls(parts.hostname or "127.0.0.1", parts.port or 80, raw)


async def _response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one response; its status and whether the server keeps the connection open."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip().lower()
    if "chunked" in fields.get("transfer-encoding", ""):
        while size := int((await reader.readline()).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        while await reader.readline() not in (b"\r\n", b""):
            pass  # trailers
    elif "content-length" in fields:
        await reader.readexactly(int(fields["content-length"]))
    elif status not in (204, 304):
        await reader.read()  # framed by closing the connection
        return status, False
    return status, fields.get("connection") != "close"


async def _drive(call: Call, requests: int, concurrency: int) -> tuple[list[float], float, int]:
    seconds: list[float] = []
    failed = 0
    left = requests

    async def connection() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection(call.host, call.port)

    async def send(stream: list) -> tuple[float, bool]:
        """One request on ``stream`` ([reader, writer], replaced when the server closes it); a
        connection the server closed while it was idle (its keep-alive timeout: uvicorn's is 5 s,
        and slow queries keep others waiting) is opened again and the request sent again, once."""
        for attempt in (1, 2):
            started = time.perf_counter()
            try:
                stream[1].write(call.raw)
                status, keep = await _response(stream[0])
            except (asyncio.IncompleteReadError, ConnectionError):
                if attempt == 2:
                    raise
                stream[1].close()
                stream[:] = await connection()
                continue
            spent = time.perf_counter() - started
            if not keep:
                stream[1].close()
                stream[:] = await connection()
            return spent, status in (200, 304)
        raise AssertionError("unreachable")

    streams = [list(await connection()) for _ in range(concurrency)]
    await asyncio.gather(*(send(stream) for stream in streams))   # warm-up: one request per connection, together

    async def worker(stream: list) -> None:
        nonlocal left, failed
        while left > 0:
            left -= 1
            spent, ok = await send(stream)
            seconds.append(spent)
            failed += not ok
        stream[1].close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(s) for s in streams))
    return seconds, time.perf_counter() - started, failed


def run(call: Call, requests: int, concurrency: int) -> tuple[list[float], float, int]:
    """``requests`` sends of ``call`` over ``concurrency`` connections after one warm-up request
    each: seconds per request, wall seconds, and how many were not answered 200 or 304."""
    try:
        import uvloop  # installed with uvicorn's standard extra; a faster loop is a cheaper client
    except ImportError:  # pragma: no cover
        return asyncio.run(_drive(call, requests, concurrency))
    return uvloop.run(_drive(call, requests, concurrency))


def split_cores() -> tuple[set[int] | None, set[int] | None]:
    """Cores for the servers and for the load generator: the first half and the rest of the
    cores this process may use; (None, None) on a single core, where nothing can be kept apart."""
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return None, None
    half = len(cores) // 2
    return set(cores[:half]), set(cores[half:])
