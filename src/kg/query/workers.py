"""Worker processes, each reached through a pipe of its own: the engine's way to evaluate queries
in processes it can kill.

Why not a general-purpose pool (pebble, ``concurrent.futures``): there a task passes through a
manager thread, a result thread and a future on its way and back, about 200 µs of the server's CPU,
more than a cheap query costs to evaluate. Here a call is one pickled message down a pipe and one
back, and the event loop waits on the pipe itself.

What a pool must still do, it does:

- **Stopping a call**: at its deadline, or when its caller is cancelled (the client went away),
  the worker is killed and a fresh one started in its place; the others serve on.
- **Healing**: a worker that dies (killed from outside, or over its memory limit) is replaced. A
  call that finds its worker already dead before it started goes to another worker; one whose
  worker dies under it raises ``WorkerDied``.
- **Any event loop**: calls may come from several loops (a server's, a test's ``asyncio.run``);
  the pool's own state is guarded by a lock, and a waiting call is woken in its own loop.

Worker side: ``initializer(*initargs)`` runs once, then each message ``args`` is answered with
``handler(*args)``, or with the exception it raised (so exceptions must pickle).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

_READY = b"ready"


class WorkerDied(Exception):
    """The worker evaluating the call died under it (killed, or over its memory limit)."""


class Withdrawn(Exception):
    """The call was withdrawn by its caller when a worker became free for it (``still_wanted``)."""


class StartFailed(Exception):
    """A worker could not start (its initializer failed): the pool is broken."""


def _serve(conn: Connection, initializer: Callable[..., None], initargs: tuple, handler: Callable[..., Any]) -> None:
    """A worker's whole life: initialize, say so, then answer messages until the pipe closes."""
    try:
        initializer(*initargs)
    except BaseException as error:  # noqa: BLE001 - said to the pool, which reports it
        conn.send_bytes(pickle.dumps(StartFailed(f"{type(error).__name__}: {error}")))
        return
    conn.send_bytes(_READY)
    while True:
        try:
            args = pickle.loads(conn.recv_bytes())
        except EOFError:
            return
        try:
            reply = (True, handler(*args))
        except Exception as error:  # noqa: BLE001 - every failure goes back to the caller
            reply = (False, error)
        conn.send_bytes(pickle.dumps(reply, pickle.HIGHEST_PROTOCOL))


def _settle(future: asyncio.Future, outcome: BaseException | None) -> None:
    """Resolve ``future`` (an exception, or None as its result) unless it already is."""
    if future.done():
        return
    if outcome is None:
        future.set_result(None)
    else:
        future.set_exception(outcome)


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process, self.conn = process, conn


class Workers:
    """``size`` worker processes (started with ``spawn``: the server has threads) answering
    ``handler`` calls."""

    def __init__(self, size: int, handler: Callable[..., Any], initializer: Callable[..., None],
                 initargs: tuple = ()) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._target = (initializer, initargs, handler)
        self._lock = threading.Lock()
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future]] = deque()
        self._all: set[_Worker] = set()
        self._closed = False
        self.failure: str | None = None
        for _ in range(size):
            self._start()

    @property
    def active(self) -> bool:
        """False once closed, or once a worker could not start (the caller makes a new pool)."""
        return not self._closed and self.failure is None

    async def call(self, args: tuple, budget: float, deadline: float,
                   still_wanted: Callable[[], bool] | None = None) -> Any:
        """``handler(*args)`` in a worker: wait for one until ``deadline`` (``time.perf_counter``),
        then let it run for at most ``budget`` seconds (and not past ``deadline``). Raises
        ``TimeoutError`` (the worker was killed), ``WorkerDied``, ``StartFailed``, ``Withdrawn``
        (``still_wanted`` said no once a worker was free: what was learnt while waiting), or what
        the handler raised."""
        message = pickle.dumps(args, pickle.HIGHEST_PROTOCOL)
        while True:
            worker = await self._acquire(deadline)
            if still_wanted is not None and not still_wanted():
                self._release(worker)
                raise Withdrawn()
            try:
                worker.conn.send_bytes(message)
            except OSError:  # it died while idle: this call has not started, another worker takes it
                self._replace(worker)
                continue
            break
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, _settle, readable, None)
        try:
            try:
                await asyncio.wait_for(readable, timeout=max(min(budget, deadline - time.perf_counter()), 0.001))
            finally:
                loop.remove_reader(fd)
            # A loop may leave the pipe non-blocking (uvloop does): the answer is read whole, as it is written.
            os.set_blocking(fd, True)
            data = worker.conn.recv_bytes()
        except BaseException as error:
            self._replace(worker)
            if isinstance(error, (EOFError, ConnectionError)) or type(error) is OSError:
                raise WorkerDied(f"exit code {worker.process.exitcode}") from None
            raise  # the deadline (TimeoutError), or the caller was cancelled: the work was stopped too
        self._release(worker)
        ok, value = pickle.loads(data)
        if ok:
            return value
        raise value

    async def _acquire(self, deadline: float) -> _Worker:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self.failure is not None:
                raise StartFailed(self.failure)
            if self._idle:
                return self._idle.popleft()
            waiting: asyncio.Future = loop.create_future()
            self._waiters.append((loop, waiting))
        try:
            return await asyncio.wait_for(waiting, timeout=max(deadline - time.perf_counter(), 0.001))
        except BaseException:
            with self._lock:
                try:
                    self._waiters.remove((loop, waiting))
                except ValueError:
                    pass
            if waiting.done() and not waiting.cancelled() and waiting.exception() is None:
                self._release(waiting.result())  # handed over just as the wait ended: give it back
            raise

    def _release(self, worker: _Worker) -> None:
        """``worker`` is free: to the first caller waiting (in its own loop), else idle."""
        with self._lock:
            if not self._closed:
                while self._waiters:
                    loop, waiting = self._waiters.popleft()
                    if not waiting.done() and not loop.is_closed():
                        loop.call_soon_threadsafe(self._hand, waiting, worker)
                        return
                self._idle.append(worker)
                return
        self._end(worker)

    def _hand(self, waiting: asyncio.Future, worker: _Worker) -> None:
        if waiting.done():  # its caller gave up meanwhile
            self._release(worker)
        else:
            waiting.set_result(worker)

    def _start(self) -> None:
        """A new worker, started and awaited in a thread of its own (loading a store takes a while)."""
        threading.Thread(target=self._starting, daemon=True).start()

    def _starting(self) -> None:
        ours, theirs = self._context.Pipe()
        initializer, initargs, handler = self._target
        process = self._context.Process(target=_serve, args=(theirs, initializer, initargs, handler), daemon=True)
        try:
            process.start()
            theirs.close()
            said = ours.recv_bytes()
            failure = None if said == _READY else str(pickle.loads(said))
        except (EOFError, OSError) as error:
            failure = f"the worker exited while starting (exit code {process.exitcode}, {error!r})"
        worker = _Worker(process, ours)
        if failure is not None:
            self._end(worker)
            with self._lock:
                self.failure = failure
                waiters, self._waiters = list(self._waiters), deque()
            for loop, waiting in waiters:
                if not loop.is_closed():
                    loop.call_soon_threadsafe(_settle, waiting, StartFailed(failure))
            return
        with self._lock:
            self._all.add(worker)
        self._release(worker)

    def _replace(self, worker: _Worker) -> None:
        self._end(worker)
        with self._lock:
            if self._closed:
                return
        self._start()

    def _end(self, worker: _Worker) -> None:
        """Kill ``worker`` and reap it (in a thread: joining may wait)."""
        with self._lock:
            self._all.discard(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.conn.close()
        if worker.process.pid is not None:
            threading.Thread(target=worker.process.join, daemon=True).start()

    def close(self) -> None:
        """End idle workers now, busy ones as their calls finish."""
        with self._lock:
            self._closed = True
            idle, self._idle = list(self._idle), deque()
        for worker in idle:
            self._end(worker)

    def stop(self) -> None:
        """End every worker now."""
        self.close()
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._end(worker)
