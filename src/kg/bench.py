"""``kg bench sparql``: our endpoint against the native ``oxigraph serve-read-only``, same store,
same queries (``queries/bench/*.rq``), same run. ``kg bench api``: a dashboard polling our curated
queries (``/api/queries/<name>``) against one sending the same SPARQL to the native server.

Both servers run on loopback as separate processes, on half of the cores; the load generator
(``kg.load``: one event loop, a keep-alive connection per concurrent client) runs on the other
half and sends each query ``requests`` times at each concurrency, once with ``Cache-Control:
no-cache`` (uncached: every request is evaluated) and once plain (repeated: identical requests,
which our result cache answers). Native Oxigraph has no result cache, so its "repeated" figures are
evaluations too. Ratios are ours / native throughput; read ratios, not absolute numbers.
"""

from __future__ import annotations

import concurrent.futures
import json
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kg import load, queryfiles
from kg.config import Config
from kg.errors import ConfigurationError, KGError
from kg.query import catalogue as curated
from kg.query import text as query_text


@dataclass
class Measure:
    query: str
    server: str
    mode: str
    concurrency: int
    seconds: list[float]
    wall: float
    errors: int

    @property
    def throughput(self) -> float:
        return len(self.seconds) / self.wall if self.wall else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(math.ceil(p * len(ordered))) - 1)] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(command: list[str], probe: str, env: dict | None = None, log: Path | None = None,
            cores: set[int] | None = None, warm: bool = False, seconds: float = 60):
    """Run a server (on ``cores`` only, if given: its children inherit them) until ``probe``
    answers (with ``warm``: until it answers 200 with ``"warm": true`` several times in a row, so
    that every HTTP process has loaded what it loads aside), stop it afterwards; its output goes to
    ``log`` (or a temporary file) and is shown if it never comes up within ``seconds``."""
    pin = (lambda: os.sched_setaffinity(0, cores)) if cores else None
    with (log.open("w+b") if log else tempfile.TemporaryFile()) as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, preexec_fn=pin)
        try:
            _wait_until_up(process, command, probe, out, warm, seconds)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


_WARM_IN_A_ROW = 12   # answers in a row that must say warm: each probe may meet another HTTP process


def _wait_until_up(process, command: list[str], probe: str, out, warm: bool, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    in_a_row = 0
    while True:
        try:
            answer = httpx.get(probe, timeout=5)
            if not warm:
                return
            in_a_row = in_a_row + 1 if answer.status_code == 200 and answer.json().get("warm") else 0
            if in_a_row >= _WARM_IN_A_ROW:
                return
        except httpx.TransportError:
            in_a_row = 0
        if process.poll() is not None or time.monotonic() > deadline:
            out.seek(0)
            raise RuntimeError(f"{command[0]} did not {'warm up' if warm else 'start'} within {seconds:g} s:\n"
                               f"{out.read().decode(errors='replace')}") from None
        time.sleep(0.05 if in_a_row else 0.5)


@contextmanager
def _on(cores: set[int] | None):
    """This process (the load generator) on ``cores`` while the block runs (None: where it was)."""
    before = os.sched_getaffinity(0)
    if cores:
        os.sched_setaffinity(0, cores)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


@contextmanager
def _servers(config: Config, store_dir: Path, progress: Callable[[str], None], pids: dict | None = None,
             **settings: str):
    """``kg serve`` (with ``settings`` as KG_ variables) and the native server on the same store;
    yields their base URLs (and puts their process ids in ``pids``)."""
    oxigraph = Path(sys.executable).with_name("oxigraph")
    if not oxigraph.exists():
        raise ConfigurationError("the native server is missing: install the 'bench' extra (pip install -e '.[bench]')")
    server_cores, load_cores = load.split_cores()
    ours_port, native_port = free_port(), free_port()
    env = {**os.environ, "KG_VAR_DIR": str(config.var_dir), "KG_HOST": "127.0.0.1", "KG_PORT": str(ours_port),
           **{f"KG_{k.upper()}": v for k, v in settings.items()}}
    ours, native = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{native_port}"
    with ExitStack() as stack:
        progress("starting kg serve and oxigraph serve-read-only on the same store, and waiting until both "
                 "have loaded it (our query workers and each HTTP process's copy) …")
        # Measured warm: a large store takes minutes to copy into memory, and queries meanwhile
        # would measure the copying.
        ours_process = stack.enter_context(serving([sys.executable, "-m", "kg.cli", "serve"], f"{ours}/healthz", env,
                                                   cores=server_cores, warm=True, seconds=1800))
        native_process = stack.enter_context(serving([str(oxigraph), "serve-read-only", "--location", str(store_dir),
                                                      "--bind", f"127.0.0.1:{native_port}"], f"{native}/",
                                                      cores=server_cores))
        if pids is not None:
            pids.update(ours=ours_process.pid, native=native_process.pid)
        stack.enter_context(_on(load_cores))  # the load comes from the other cores
        yield ours, native


def run(config: Config, store_dir: Path, requests: int, levels: list[int],
        progress: Callable[[str], None] = print, memory: dict[str, float] | None = None) -> list[Measure]:
    """The query mix on both servers; ``memory`` gets each server's resident MiB (all its
    processes) after the run."""
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(queryfiles.directory("bench").glob("*.rq"))}
    measures = []
    pids: dict[str, int] = {}
    with _servers(config, store_dir, progress, pids) as (ours, native):
        servers = {"ours": f"{ours}/sparql", "native": f"{native}/query"}
        for mode, headers in (("uncached", {"Cache-Control": "no-cache"}), ("repeated", {})):
            for concurrency in levels:
                for name, query in queries.items():
                    accept = "text/turtle" if query_text.shape(query).is_graph else "application/sparql-results+json"
                    for server, url in servers.items():
                        call = load.Call.post_form(url, {"query": query}, {"Accept": accept, **headers})
                        seconds, wall, errors = load.run(call, requests, concurrency)
                        measures.append(Measure(name, server, mode, concurrency, seconds, wall, errors))
                    progress(f"  {mode:<8} c={concurrency:<2} {name:<13} ours {measures[-2].throughput:7.1f} req/s · "
                             f"native {measures[-1].throughput:7.1f} req/s")
        if memory is not None:
            memory.update({server: _rss_mb([pid]) for server, pid in pids.items()})
    return measures


DASHBOARD_QUERIES = ("headline-numbers", "funding-network", "timeline", "places", "funding-totals", "themes")


def run_api(config: Config, store_dir: Path, requests: int, levels: list[int],
            progress: Callable[[str], None] = print) -> list[Measure]:
    """The dashboard's queries: ours through /api/queries (rows with labels, paged, cached per
    store version), polled plainly and revalidated with the ETag, against the native server
    answering the same SPARQL (without the labels) every time."""
    catalogue = {q.name: q for q in curated.load()}
    measures = []
    with _servers(config, store_dir, progress) as (ours, native):
        for mode in ("polling", "revalidating"):
            for concurrency in levels:
                for name in DASHBOARD_QUERIES:
                    url = f"{ours}/api/queries/{name}?lang=en"
                    headers = {"Accept": "application/json"}
                    if mode == "revalidating":
                        headers["If-None-Match"] = httpx.get(url).headers["ETag"]
                    calls = {"ours": load.Call.get(url, headers),
                             "native": load.Call.post_form(f"{native}/query", {"query": catalogue[name].text},
                                                           {"Accept": "application/sparql-results+json"})}
                    for server, call in calls.items():
                        seconds, wall, errors = load.run(call, requests, concurrency)
                        measures.append(Measure(name, server, mode, concurrency, seconds, wall, errors))
                    progress(f"  {mode:<12} c={concurrency:<2} {name:<17} ours {measures[-2].throughput:7.1f} req/s · "
                             f"native {measures[-1].throughput:7.1f} req/s")
    return measures


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Attack:
    """What cheap queries met while ``runaways`` runaway queries were sent again and again."""

    server: str
    cheap: list[float]  # seconds per cheap query (None answers count as the client's timeout)
    stopped: list[float]  # seconds from sending a runaway to its answer
    failed: int  # cheap queries not answered 200 within the client's timeout
    peak_mb: float  # the largest RSS of the server's processes together, sampled


def run_runaways(config: Config, store_dir: Path, seconds: float, runaways: int, timeout: float,
                 progress: Callable[[str], None] = print) -> list[Attack]:
    """``runaways`` clients sending a runaway query again and again for ``seconds``, while one
    client sends cheap uncached queries; ours with ``timeout`` (KG_QUERY_TIMEOUT), then native.
    The native server has no timeout: its runaways are abandoned by the client at ``timeout``."""
    attacks = []
    with _servers(config, store_dir, progress, query_timeout=str(timeout), http_workers="1") as (ours, native):
        for server, url, pid_port in (("ours", f"{ours}/sparql", ours), ("native", f"{native}/query", native)):
            progress(f"  {server}: {runaways} runaways for {seconds:g} s, cheap queries meanwhile …")
            attacks.append(_attack(server, url, int(pid_port.rsplit(":", 1)[1]), seconds, runaways, timeout))
    return attacks


def _attack(server: str, url: str, port: int, seconds: float, runaways: int, timeout: float) -> Attack:
    end = time.monotonic() + seconds
    stopped: list[float] = []
    cheap: list[float] = []
    failed = 0
    peak = 0.0
    pids = listening(port)

    def runaway() -> None:
        with httpx.Client(timeout=timeout + 10) as client:
            while time.monotonic() < end:
                started = time.monotonic()
                try:
                    client.post(url, data={"query": RUNAWAY}, headers={"Cache-Control": "no-cache"})
                except httpx.TimeoutException:
                    pass
                stopped.append(time.monotonic() - started)

    with concurrent.futures.ThreadPoolExecutor(runaways) as pool, httpx.Client(timeout=timeout) as client:
        running = [pool.submit(runaway) for _ in range(runaways)]
        time.sleep(0.5)
        n = 0
        while time.monotonic() < end:
            n += 1
            started = time.monotonic()
            try:
                response = client.post(url, data={"query": f"ASK {{ ?s ?p {n} }}"},
                                       headers={"Cache-Control": "no-cache", "Accept": "application/sparql-results+json"})
                ok = response.status_code == 200
            except httpx.TimeoutException:
                ok = False
            cheap.append(time.monotonic() - started)
            failed += not ok
            peak = max(peak, _rss_mb(pids))
            time.sleep(0.05)
        for future in running:
            future.result()
    return Attack(server, cheap, stopped, failed, peak)


def listening(port: int) -> list[int]:
    """The process listening on ``port`` (found by its socket inode) — its children are added at
    each sample."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":
                    inodes.add(fields[9])
        except OSError:
            continue
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if any(os.readlink(fd).removeprefix("socket:[").rstrip("]") in inodes for fd in (proc / "fd").iterdir()):
                    return [int(proc.name)]
            except OSError:
                continue
    return []


def processes(roots: list[int]) -> dict[int, tuple[int, int]]:
    """``roots`` and all their descendants: pid → (parent pid, RSS in KiB), read from /proc."""
    table: dict[int, tuple[int, int]] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                status = (proc / "status").read_text()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            table[int(proc.name)] = (int(fields.get("PPid", "0").strip()), int(fields.get("VmRSS", "0 kB").split()[0]))
    family, todo = set(roots), list(roots)
    while todo:
        parent = todo.pop()
        for pid, (ppid, _) in table.items():
            if ppid == parent and pid not in family:
                family.add(pid)
                todo.append(pid)
    return {pid: table[pid] for pid in family if pid in table}


def _rss_mb(roots: list[int]) -> float:
    return sum(rss for _, rss in processes(roots).values()) / 1024


def report_runaways(attacks: list[Attack], timeout: float) -> str:
    lines = [f"{'server':<8}{'cheap n':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'failed':>8}"
             f"{'runaway answered after s (min/max)':>36}{'peak RSS MiB':>14}"]
    by_server = {}
    for a in attacks:
        ordered = sorted(a.cheap)
        p50, p99 = ordered[len(ordered) // 2] * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * .99))] * 1000
        by_server[a.server] = p99
        lines.append(f"{a.server:<8}{len(a.cheap):>8}{p50:>9.1f}{p99:>9.1f}{ordered[-1] * 1000:>9.1f}{a.failed:>8}"
                     f"{min(a.stopped or [0]):>27.2f}/{max(a.stopped or [0]):<8.2f}{a.peak_mb:>14.0f}")
    if "native" in by_server and by_server["ours"]:
        lines.append(f"\ncheap-query p99 during the attack: ours / native = {by_server['ours'] / by_server['native']:.3f} "
                     f"(KG_QUERY_TIMEOUT {timeout:g} s; native has none, its client gives up at {timeout:g} s)")
    return "\n".join(lines)


def report(measures: list[Measure]) -> str:
    by_key = {(m.query, m.server, m.mode, m.concurrency): m for m in measures}
    lines = [f"{'mode':<13}{'c':>3}  {'query':<17}{'ours r/s':>9}{'native r/s':>11}{'ratio':>7}"
             f"{'ours p50/p99 ms':>18}{'native p50/p99 ms':>20}"]
    summary = []
    for mode in dict.fromkeys(m.mode for m in measures):
        for concurrency in sorted({m.concurrency for m in measures}):
            ratios = []
            for query in sorted({m.query for m in measures}):
                ours, native = by_key[(query, "ours", mode, concurrency)], by_key[(query, "native", mode, concurrency)]
                ratio = ours.throughput / native.throughput if native.throughput else float("inf")
                ratios.append(ratio)
                errors = f"  errors: ours {ours.errors}, native {native.errors}" if ours.errors or native.errors else ""
                lines.append(f"{mode:<13}{concurrency:>3}  {query:<17}{ours.throughput:>9.1f}{native.throughput:>11.1f}"
                             f"{ratio:>7.2f}{ours.percentile(.5):>9.1f}/{ours.percentile(.99):<8.1f}"
                             f"{native.percentile(.5):>11.1f}/{native.percentile(.99):<8.1f}{errors}")
            summary.append(f"{mode} queries, concurrency {concurrency}: ours/native throughput, geometric mean "
                           f"{statistics.geometric_mean(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")
    return "\n".join(lines + [""] + summary)



# kg bench build: the build at N documents -------------------------------------------------------------

_BUILD_PROBE = """
import json, resource, sys, time
from kg.build import pipeline
from kg.config import Config
started = time.perf_counter()
summary = pipeline.build(Config(), progress=lambda m: print(m, file=sys.stderr, flush=True), force=True)
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"seconds": summary.seconds, "wall": time.perf_counter() - started, "graphs": summary.graphs,
                  "read": summary.documents_read, "peak_mb": peak / 1024}))
"""


def run_build(config: Config, counts: list[int], progress: Callable[[str], None] = print) -> list[dict]:
    """``kg build`` from scratch on synthetic data of each of ``counts`` documents (made from
    ``data/`` by ``kg.build.synthetic``, under ``var/bench/build-N``), each in a process of its
    own, then again after one document's facts were edited (the cache of the first build serving
    the others): seconds per step, wall time, peak resident memory of the build and its workers, quads."""
    from kg.build import synthetic

    rows = []
    for count in counts:
        root = config.var_dir / "bench" / f"build-{count}"
        progress(f"making {count} documents under {root} …")
        data = synthetic.documents(config.data_dir, root / "data", count, progress)
        shutil.rmtree(root / "var", ignore_errors=True)  # the store and the cache: from scratch
        env = {**os.environ, "KG_DATA_DIR": str(data), "KG_VAR_DIR": str(root / "var")}
        for what in ("from scratch", "1 changed"):
            if what == "1 changed":
                _edit_one(data)
            progress(f"kg build on {count} documents, {what} …")
            done = subprocess.run([sys.executable, "-c", _BUILD_PROBE], env=env, stdout=subprocess.PIPE, text=True)
            if done.returncode:
                raise KGError(f"kg build on {count} documents failed (exit {done.returncode}); its output is above")
            row = json.loads(done.stdout.strip().splitlines()[-1])
            rows.append({"documents": count, "build": what, "quads": sum(row["graphs"].values()), **row})
    return rows


def _edit_one(data: Path) -> None:
    """A curator's edit of one document: a fact's confidence changed (a new triple in its graph)."""
    for path in sorted((data / "facts").glob("*.yaml"), reverse=True):
        text = path.read_text(encoding="utf-8")
        edited = re.sub(r"confidence: [0-9.]+", "confidence: 0.55", text, count=1)
        if edited != text:
            path.write_text(edited, encoding="utf-8")
            return
    raise KGError("no fact with a confidence to edit")


def report_build(rows: list[dict]) -> str:
    steps = list(dict.fromkeys(step for row in rows for step in row["seconds"]))
    lines = [f"{'documents':>9}  {'build':<12}{'read':>6}{'quads':>12}{'wall s':>9}{'peak MiB':>10}  " + "  ".join(steps)]
    for row in rows:
        lines.append(f"{row['documents']:>9}  {row['build']:<12}{row['read']:>6}{row['quads']:>12,}{row['wall']:>9.1f}"
                     f"{row['peak_mb']:>10.0f}  "
                     + "  ".join(f"{row['seconds'].get(step, 0):>{len(step)}.1f}" for step in steps))
    return "\n".join(lines)
