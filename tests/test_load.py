"""The benchmarks' load generator against a real server on a loopback port: each request is
answered and counted, whatever the framing, and a keep-alive connection the server closes is
opened again."""

import asyncio
import threading
from contextlib import contextmanager, suppress

import pytest

from kg import load
from kg.bench import free_port


@contextmanager
def http_server(respond):
    """A small HTTP/1.1 server in a thread: ``respond(n)`` gives the raw response to the n-th request
    of a connection and whether to close the connection after it."""
    port = free_port()
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    served = []
    open_writers = set()

    async def handle(reader, writer):
        n = 0
        open_writers.add(writer)
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")   # our requests here have empty bodies (GET)
                n += 1
                served.append(n)
                raw, close = respond(n)
                writer.write(raw)
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        await closed(writer)

    async def closed(writer):
        writer.close()
        with suppress(ConnectionError):
            await writer.wait_closed()
        open_writers.discard(writer)

    stop = asyncio.Event()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        ready.set()
        async with server:
            await stop.wait()
        # every connection closed before the loop is: a transport left to the garbage collector warns
        # (an unraisable ResourceWarning, an error in this suite) in whichever test runs then
        await asyncio.gather(*(closed(w) for w in list(open_writers)))

    thread = threading.Thread(target=lambda: loop.run_until_complete(main()), daemon=True)
    thread.start()
    ready.wait(5)
    try:
        yield f"http://127.0.0.1:{port}/x", served
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)
        loop.close()


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"


@pytest.mark.parametrize("raw", [OK, CHUNKED], ids=["content-length", "chunked"])
def test_every_request_is_sent_and_answered(raw):
    with http_server(lambda n: (raw, False)) as (url, served):
        seconds, wall, failed = load.run(load.Call.get(url, {}), 50, 4)
    assert len(seconds) == 50 and failed == 0 and wall > 0
    assert len(served) == 50 + 4    # and one warm-up request per connection


def test_a_connection_the_server_closes_without_saying_so_is_opened_again():
    """As a server does when a keep-alive connection has been idle too long (uvicorn: 5 s)."""
    with http_server(lambda n: (OK, n == 2)) as (url, served):
        seconds, _, failed = load.run(load.Call.get(url, {}), 30, 3)
    assert len(seconds) == 30 and failed == 0


def test_answers_other_than_200_are_counted_as_failed():
    with http_server(lambda n: (b"HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n", False)) as (url, _):
        seconds, _, failed = load.run(load.Call.get(url, {}), 10, 2)
    assert len(seconds) == 10 and failed == 10
