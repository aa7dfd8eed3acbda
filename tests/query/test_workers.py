"""The worker processes behind the engine: calls through a pipe each, stopped at their deadline,
healed when a worker dies, usable from any event loop."""

import asyncio
import os
import signal
import threading
import time

import pytest

from kg.query.workers import StartFailed, Withdrawn, WorkerDied, Workers

# latency under load: `make test` runs these alone, after the parallel run (see pyproject's markers)
pytestmark = pytest.mark.serial


def nothing() -> None:
    pass


def failing() -> None:
    raise RuntimeError("no store here")


def echo(value):
    return value


def sleep_then(seconds: float, value):
    time.sleep(seconds)
    return value


def die() -> None:
    os._exit(3)


def pid() -> int:
    return os.getpid()


def raise_value_error(message: str) -> None:
    raise ValueError(message)


def handle(kind: str, *args):
    return {"echo": echo, "sleep": sleep_then, "die": die, "pid": pid, "raise": raise_value_error}[kind](*args)


def call(workers: Workers, *args, budget: float = 10, wait: float = 30, **kwargs):
    return asyncio.run(workers.call(args, budget, time.perf_counter() + wait, **kwargs))


@pytest.fixture
def two():
    workers = Workers(2, handle, nothing)
    yield workers
    workers.stop()


def test_a_call_answers_or_raises_what_the_handler_raised(two):
    assert call(two, "echo", {"a": [1, 2]}) == {"a": [1, 2]}
    with pytest.raises(ValueError, match="bad value"):
        call(two, "raise", "bad value")
    assert call(two, "echo", b"x" * 5_000_000) == b"x" * 5_000_000  # larger than a pipe's buffer


def test_a_call_past_its_budget_is_stopped_and_its_worker_replaced(two):
    before = _pids_until(two, 2)
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        call(two, "sleep", 30, "late", budget=0.3)
    assert time.perf_counter() - started < 2
    after = _pids_until(two, 2)
    assert len(after) == 2 and len(before & after) == 1  # one of the two is new


def test_a_worker_killed_while_idle_is_replaced_and_the_call_goes_elsewhere(two):
    victims = _pids_until(two, 2)
    for victim in victims:
        os.kill(victim, signal.SIGKILL)
    time.sleep(0.2)
    assert call(two, "echo", 1) == 1  # the dead ones were found before the call started
    assert not victims & _pids_until(two, 2)


def test_a_worker_dying_under_a_call_is_reported_and_replaced(two):
    with pytest.raises(WorkerDied):
        call(two, "die")
    assert call(two, "echo", "still serving") == "still serving"


def test_a_cancelled_call_stops_its_work():
    workers = Workers(1, handle, nothing)
    try:
        busy = call(workers, "pid")

        async def cancel_soon() -> None:
            task = asyncio.create_task(workers.call(("sleep", 30, "never"), 60, time.perf_counter() + 60))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(cancel_soon())
        assert call(workers, "pid") != busy  # the worker running it was ended and replaced
        with pytest.raises(ProcessLookupError):
            os.kill(busy, 0)
    finally:
        workers.stop()


def test_calls_wait_for_a_free_worker_until_their_deadline():
    workers = Workers(1, handle, nothing)
    try:
        call(workers, "echo", 0)

        async def crowd() -> list:
            slow = asyncio.create_task(workers.call(("sleep", 0.5, "first"), 5, time.perf_counter() + 5))
            await asyncio.sleep(0.05)
            waiting = workers.call(("echo", "second"), 5, time.perf_counter() + 5)
            hopeless = workers.call(("echo", "never"), 5, time.perf_counter() + 0.1)
            return await asyncio.gather(slow, waiting, hopeless, return_exceptions=True)

        first, second, hopeless = asyncio.run(crowd())
        assert (first, second) == ("first", "second") and isinstance(hopeless, TimeoutError)
        with pytest.raises(Withdrawn):
            call(workers, "echo", 1, still_wanted=lambda: False)
        assert call(workers, "echo", 2) == 2  # the withdrawn call gave its worker back
    finally:
        workers.stop()


def test_calls_from_several_event_loops_share_the_workers(two):
    answers: list = []

    def in_a_thread(n: int) -> None:
        answers.extend(call(two, "echo", n) for _ in range(20))

    threads = [threading.Thread(target=in_a_thread, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(answers) == sorted(n for n in range(4) for _ in range(20))


def test_workers_that_cannot_start_break_the_pool_and_say_why():
    workers = Workers(1, handle, failing)
    try:
        with pytest.raises(StartFailed, match="no store here"):
            call(workers, "echo", 1)
        assert not workers.active
    finally:
        workers.stop()


def test_closing_ends_the_workers():
    workers = Workers(2, handle, nothing)
    pids = {call(workers, "pid") for _ in range(10)}
    workers.close()
    assert not workers.active
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    assert not any(_alive(p) for p in pids)


def _pids_until(workers: Workers, count: int) -> set[int]:
    """The workers' process ids, asked until ``count`` distinct ones answered (replacements take a
    moment to start)."""
    seen: set[int] = set()
    deadline = time.monotonic() + 20
    while len(seen) < count and time.monotonic() < deadline:
        seen.add(call(workers, "pid"))
        time.sleep(0.01)
    return seen


def _alive(process: int) -> bool:
    try:
        os.kill(process, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        with open(f"/proc/{process}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
