"""Where SPARQL queries run: the embedded store in killable worker processes, or a remote endpoint.

Embedded: a pool of worker processes (``kg.query.workers``), each holding the built store in memory
or, past ``KG_WORKER_COPY_MB``, sharing the on-disk one (``kg.store.placement``). pyoxigraph has no
query timeout, so a query that outlives
``KG_QUERY_TIMEOUT`` is stopped by killing its worker; the pool starts a fresh one and every other
request keeps being served by the rest. Results are serialized in the worker, so the server process
only moves bytes, and they are cached per store version: a dashboard polling the same query costs a
dictionary lookup.

Remote (``KG_SPARQL_ENDPOINT``): the same requests forwarded to any SPARQL 1.1 server.

Both answer with an ``Answer`` or raise a ``kg.errors.QueryError`` whose class (and so ``status``)
says why. The time the engine spends for a request is added up while ``timed()`` runs, which the
HTTP side logs.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import cachetools
import httpx
import pyoxigraph as ox

from kg.errors import EndpointError, QueryError, QuerySyntaxError, QueryTimeout, QueryUnsupported
from kg.query import text as query_text
from kg.query.workers import StartFailed, Withdrawn, WorkerDied, Workers

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
               "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
QUAD_FORMATS = {"trig", "nquads"}
BOOLEAN_FORMATS = {name: RESULT_FORMATS[name] for name in ("json", "xml")}


Term = ox.NamedNode | ox.Literal


@dataclass(frozen=True)
class Values:
    """A table of values joined to a query's WHERE clause as a ``VALUES`` block, on every engine:
    the way to bind variables that are not projected (aggregates, filters), and to bind many rows.
    ``None`` in a row is ``UNDEF``: that variable stays free in that row."""

    names: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


@dataclass(frozen=True)
class Request:
    """One query operation, everything that determines its answer (and so its cache key)."""

    text: str
    format: str  # a name from RESULT_FORMATS or RDF_FORMATS
    default_graphs: tuple[str, ...] | None = None  # protocol default-graph-uri; None: not given
    named_graphs: tuple[str, ...] | None = None  # protocol named-graph-uri
    max_rows: int = 0  # 0: no cap
    base_iri: str | None = None  # against which relative IRIs in the query resolve
    # Values for variables, as RDF terms: never pasted into ``text`` by the caller. The embedded
    # engine substitutes them (SEP-0007); a remote one gets them as a VALUES block (with_values).
    bindings: tuple[tuple[str, Term], ...] = ()
    values: Values | None = None  # joined as a VALUES block, on every engine


@dataclass(frozen=True)
class Answer:
    body: bytes
    truncated: bool = False  # the result had more than ``max_rows`` rows and was cut
    cached: bool = False
    cpu: float = 0.0         # seconds of a worker's CPU it cost (what makes a request cheap: not its round trip)


# --- the worker side: these run in the pool's processes -----------------------------------------

_store: ox.Store | None = None


def open_store(location: str, in_memory: bool) -> ox.Store:
    """The on-disk store copied into memory (faster to query), or opened read-only where it is
    (when the copies would not fit the memory budget). The copy goes through N-Quads: pyoxigraph
    lets go of the GIL while it dumps and loads (``bulk_extend`` from a store holds it for seconds,
    and a server process must keep answering meanwhile); it takes as long."""
    on_disk = ox.Store.read_only(location)
    if not in_memory:
        return on_disk
    memory = ox.Store()
    memory.bulk_load(on_disk.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    return memory


def _load(location: str, memory_mb: int = 0, in_memory: bool = True) -> None:
    """Worker initializer: the store (``open_store``), under a memory cap."""
    global _store
    # SIGTERM ends a worker at once, even while Rust evaluates a query (a Python handler could not
    # run until the query ended).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if memory_mb:  # address space: a query that needs more fails in this worker, not the machine
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _store = open_store(location, in_memory)


def _evaluate(request: Request, prefixes: dict[str, str]) -> Answer:
    assert _store is not None, "a worker evaluates only after its initializer loaded the store"
    started = time.process_time()
    answer = evaluate(_store, request, prefixes)
    return replace(answer, cpu=time.process_time() - started)


def evaluate(store: ox.Store, request: Request, prefixes: dict[str, str]) -> Answer:
    """``request`` answered from ``store``, serialized; or a ``QueryError`` saying why not."""
    text = with_table(request.text, request.values)
    kwargs: dict[str, Any] = {"base_iri": request.base_iri}
    if request.bindings:
        kwargs["substitutions"] = {ox.Variable(name): term for name, term in request.bindings}
    if request.default_graphs is not None or request.named_graphs is not None:
        # A protocol-specified dataset is exactly what it lists (SPARQL 1.1 Protocol §2.1.4).
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs or ()]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs or ()]
    try:
        result = store.query(text, **kwargs)
        if isinstance(result, ox.QueryBoolean):
            return Answer(_serialized(result.serialize(format=_format(BOOLEAN_FORMATS, request, "ASK"))))
        if isinstance(result, ox.QuerySolutions):
            _format(RESULT_FORMATS, request, "SELECT")
            return _solutions(result, request)
        _format(RDF_FORMATS, request, "CONSTRUCT or DESCRIBE")
        return _triples(result, request, prefixes)
    except SyntaxError as error:
        raise QuerySyntaxError(str(error)) from None
    except (OSError, RuntimeError, ValueError, TypeError) as error:
        # A well-formed query asking for what this engine lacks (an extension function): 501.
        if "is not supported" in str(error):
            raise QueryUnsupported(f"the query failed: {error}") from None
        raise QueryError(f"the query failed: {error}") from None


def _format(formats: dict[str, Any], request: Request, form: str) -> Any:
    """The serializer format for this kind of result; a format of another kind is a 406, not a
    crash (the endpoint negotiates on what it read of the query, the engine knows)."""
    if request.format not in formats:
        raise QueryError(f"a {form} query cannot be answered as {request.format}; ask for one of "
                         f"{', '.join(formats)}", status=406)
    return formats[request.format]


def _capped(rows, max_rows: int) -> tuple[list, bool]:
    if not max_rows:
        return list(rows), False
    head = list(itertools.islice(rows, max_rows + 1))
    return head[:max_rows], len(head) > max_rows


def _solutions(solutions: ox.QuerySolutions, request: Request) -> Answer:
    variables = [v.value for v in solutions.variables]
    rows, truncated = _capped(solutions, request.max_rows)
    # Written as text, each distinct term encoded once: results repeat their terms, and building a
    # dictionary per binding for json.dumps cost as much as evaluating the query.
    keys = [json.dumps(name, ensure_ascii=False) + ":" for name in variables]
    encoded: dict[Any, str] = {}
    bindings = []
    for row in rows:
        parts = []
        for index, key in enumerate(keys):
            term = row[index]
            if term is not None:
                text = encoded.get(term)
                if text is None:
                    text = encoded[term] = json_term_text(term)
                parts.append(key + text)
        bindings.append("{" + ",".join(parts) + "}")
    document = ('{"head":{"vars":' + json.dumps(variables, ensure_ascii=False) + '},"results":{"bindings":['
                + ",".join(bindings) + "]}}").encode()
    if request.format != "json":
        # One serializer of ours (JSON), pyoxigraph's for the others.
        parsed = ox.parse_query_results(document, format=ox.QueryResultsFormat.JSON)
        document = _serialized(parsed.serialize(format=RESULT_FORMATS[request.format]))
    return Answer(document, truncated)


_STRING = json.encoder.encode_basestring   # a JSON string, in C; what json.dumps(…, ensure_ascii=False) writes


def json_term_text(term) -> str:
    """``json_term(term)`` as JSON text, written directly: json.dumps of a small dictionary per
    term cost more than evaluating a cheap query."""
    if isinstance(term, ox.NamedNode):
        return '{"type":"uri","value":' + _STRING(term.value) + "}"
    if isinstance(term, ox.Literal):
        value = '{"type":"literal","value":' + _STRING(term.value)
        if term.language:
            return value + ',"xml:lang":' + _STRING(term.language) + "}"
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return value + "}"
        return value + ',"datatype":' + _STRING(datatype) + "}"
    if isinstance(term, ox.BlankNode):
        return '{"type":"bnode","value":' + _STRING(term.value) + "}"
    return json.dumps(json_term(term), ensure_ascii=False)   # a triple term: rare


def json_term(term) -> dict:
    """A term in the SPARQL 1.1 Query Results JSON Format (with RDF-star triple terms)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return {"type": "literal", "value": term.value}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "triple", "value": {"subject": json_term(term.subject),
                                        "predicate": json_term(term.predicate),
                                        "object": json_term(term.object)}}


def _triples(triples, request: Request, prefixes: dict[str, str]) -> Answer:
    rows, truncated = _capped(triples, request.max_rows)
    if request.format in QUAD_FORMATS:
        rows = [ox.Quad(t.subject, t.predicate, t.object) for t in rows]
    fmt = RDF_FORMATS[request.format]
    wants_prefixes = fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)
    return Answer(_serialized(ox.serialize(rows, format=fmt, prefixes=prefixes if wants_prefixes else None)), truncated)


def _serialized(body: bytes | None) -> bytes:
    """pyoxigraph's serializers return the bytes when given no output file, as here."""
    assert body is not None
    return body


def with_values(text: str, bindings) -> str:
    """``text`` with its bindings as a ``VALUES`` block opening the WHERE clause, for an engine
    that cannot substitute: joined there, the values reach every pattern and FILTER of the
    clause, as a substitution would."""
    if not bindings:
        return text
    return with_table(text, Values(tuple(name for name, _ in bindings), (tuple(term for _, term in bindings),)))


def with_table(text: str, values: Values | None) -> str:
    """``text`` with ``values`` as a ``VALUES`` block opening the WHERE clause. The terms are
    pyoxigraph's, so their text is the N-Triples serializer's, escapes and all; only our own
    query files are bound this way."""
    if values is None:
        return text
    at = query_text.where_group_start(text)
    if at is None:
        raise QueryError("cannot bind values in a query without a WHERE clause")
    names = " ".join(f"?{name}" for name in values.names)
    rows = " ".join("(" + " ".join("UNDEF" if term is None else str(term) for term in row) + ")"
                    for row in values.rows)
    return f"{text[:at]}\n  VALUES ({names}) {{ {rows} }}\n{text[at:]}"


def _boolean(body: bytes, url: str) -> bytes:
    """An ASK answer in the SPARQL JSON form: a store that answers ASK as a one-row result set
    (Virtuoso: ``__ask_retval`` = 1 or 0) is read as the boolean it stands for."""
    try:
        document = json.loads(body)
    except ValueError:
        raise EndpointError(f"the endpoint {url} answered an ASK with something that is not JSON") from None
    if isinstance(document, dict) and isinstance(document.get("boolean"), bool):
        return body
    rows = document.get("results", {}).get("bindings") if isinstance(document, dict) else None
    if not isinstance(rows, list) or len(rows) > 1:
        raise EndpointError(f"the endpoint {url} answered an ASK without a boolean")
    values = [term.get("value") for row in rows for term in row.values() if isinstance(term, dict)]
    answer = bool(values) and str(values[0]).lower() in ("1", "true")
    return json.dumps({"head": {}, "boolean": answer}).encode()


# --- the server side ----------------------------------------------------------------------------

@dataclass
class Timing:
    """Seconds the engine spent for one request, all its queries together."""

    seconds: float = 0.0


_timing: ContextVar[Timing | None] = ContextVar("kg_engine_timing", default=None)


@contextmanager
def timed() -> Iterator[Timing]:
    """Count the engine's time in this context (one HTTP request) while the block runs."""
    timing = Timing()
    token = _timing.set(timing)
    try:
        yield timing
    finally:
        _timing.reset(token)


def _spent(started: float) -> None:
    timing = _timing.get()
    if timing is not None:
        timing.seconds += time.perf_counter() - started


class ResultCache:
    """Finished answers by key within one byte budget (``KG_CACHE_MB``), shared by everything that
    keeps answers: the engine's query results and the API's finished pages. An entry weighs what
    its owner says (key and value: a long query text costs as much as a long answer). Keys
    include the store version, so a new build never sees an old answer."""

    OVERHEAD = 512  # bytes of bookkeeping per entry, beyond the sizes given

    def __init__(self, megabytes: float) -> None:
        size = int(megabytes * 2**20)
        self._lru: cachetools.LRUCache | None = (
            cachetools.LRUCache(maxsize=size, getsizeof=lambda entry: entry[0]) if size else None)
        self._lock = threading.Lock()

    def get(self, key: object) -> Any:
        if self._lru is None:
            return None
        with self._lock:
            entry = self._lru.get(key)
        return None if entry is None else entry[1]

    def put(self, key: object, value: object, size: int) -> None:
        weight = size + self.OVERHEAD
        if self._lru is None or weight > self._lru.maxsize:
            return
        with self._lock:
            self._lru[key] = (weight, value)


class Engine:
    version: str = ""
    versioned = True  # the version names the data exactly (so it can make ETags); not so for a remote endpoint

    async def run(self, request: Request, use_cache: bool = True) -> Answer:
        raise NotImplementedError

    async def health(self) -> str | None:
        """None when the engine can answer now, else a sentence saying why not."""
        return None

    @property
    def warm(self) -> bool:
        """Whether the engine answers as fast as it will: what it loads aside is loaded."""
        return True

    def close(self) -> None:
        pass


def _remembered(size: int) -> cachetools.LRUCache:
    """Keys remembered within ``size`` bytes, each value being its key's weight."""
    return cachetools.LRUCache(maxsize=size, getsizeof=lambda weight: weight)


class _OverBudget(Exception):
    """A query outlived the fast lane's budget: it goes on in the slow lane."""


class LocalEngine(Engine):
    """The built store, evaluated in pools of worker processes: two lanes, so that runaways
    cannot starve cheap queries, and cheap queries answered in the server process itself.

    Every query starts in the fast lane (``workers`` processes). One still running after
    ``fast_lane`` seconds is stopped there and run again in the slow lane (one process) for what
    is left of its ``timeout``; its text is remembered and goes straight to the slow lane next
    time. The ``timeout`` counts from arrival, queue included; at the deadline the query's worker
    is killed (and replaced) and the answer is 503. A worker that dies is replaced; a pool whose
    workers cannot start is made anew on the next request.

    A request that cost its worker at most ``inline_ms`` of CPU is remembered as cheap, and answered
    from then on by the server process from its own copy of the store, without the hop to a worker: on this
    machine that hop costs several times what a cheap query does. The store never changes under
    an engine (a build makes a new one), so a request that was cheap stays cheap; one never seen
    is never run inline, so a runaway always meets a worker that can be killed.
    """

    # What is remembered of requests (texts known to be slow, requests known to be cheap) is
    # weighed by its text, as the result cache weighs its keys: 4,096 distinct 64 KB queries would
    # otherwise hold 256 MB.
    REMEMBERED_BYTES = 4 * 2**20

    def __init__(self, store_dir: Path, version: str, *, workers: int, timeout: float,
                 prefixes: dict[str, str], cache: ResultCache, fast_lane: float = 0.0,
                 memory_mb: int = 0, in_memory: bool = True, inline_ms: float = 0.0,
                 inline_in_memory: bool | None = None) -> None:
        self.version, self.timeout, self.prefixes, self.cache = version, timeout, prefixes, cache
        self.in_memory = in_memory     # the workers' stores (``kg.store.placement``)
        self.inline_in_memory = in_memory if inline_in_memory is None else inline_in_memory
        self.fast_lane = fast_lane if 0 < fast_lane < timeout else 0.0
        self._store_dir, self._memory_mb, self._workers = str(store_dir), memory_mb, max(1, workers)
        self._lock = threading.Lock()
        self._slow_texts = _remembered(self.REMEMBERED_BYTES)
        self.pool = self._new_pool(self._workers)
        self._slow_pool: Workers | None = None
        self.inline_seconds = inline_ms / 1000
        self._cheap = _remembered(self.REMEMBERED_BYTES)
        self._inline: ox.Store | None = None
        if self.inline_seconds > 0:  # made aside; until it is ready, every query goes to a worker
            threading.Thread(target=self._open_inline, daemon=True).start()

    def _open_inline(self) -> None:
        self._inline = open_store(self._store_dir, self.inline_in_memory)

    @property
    def warm(self) -> bool:
        """The copy for inline answers is made (or none is wanted)."""
        return self.inline_seconds <= 0 or self._inline is not None

    def _new_pool(self, workers: int) -> Workers:
        return Workers(workers, _evaluate, _load, (self._store_dir, self._memory_mb, self.in_memory))

    def _lane(self, slow: bool) -> Workers:
        """The pool of a lane, made anew if it broke (a worker could not start)."""
        with self._lock:
            if slow:
                if self._slow_pool is None or not self._slow_pool.active:
                    self._slow_pool = self._new_pool(1)
                return self._slow_pool
            if not self.pool.active:
                self.pool.stop()
                self.pool = self._new_pool(self._workers)
            return self.pool

    async def run(self, request: Request, use_cache: bool = True) -> Answer:
        key = (self.version, request)
        if use_cache and (hit := self.cache.get(key)) is not None:
            return Answer(hit.body, hit.truncated, cached=True)
        started = time.perf_counter()
        try:
            if self._inline is not None and request in self._cheap:
                answer = evaluate(self._inline, request, self.prefixes)
            else:
                answer = await self._in_a_lane(request, started + self.timeout)
        finally:
            _spent(started)
        self.cache.put(key, answer, len(answer.body) + len(request.text))
        return answer

    async def _in_a_lane(self, request: Request, deadline: float) -> Answer:
        """The fast lane, then the slow one for what is left of the time if it outlives its budget."""
        slow = not self.fast_lane or request.text in self._slow_texts
        try:
            return await self._attempt(request, deadline, slow)
        except _OverBudget:
            self._slow_texts[request.text] = len(request.text) + ResultCache.OVERHEAD
            return await self._attempt(request, deadline, slow=True)

    async def _attempt(self, request: Request, deadline: float, slow: bool) -> Answer:
        remaining = deadline - time.perf_counter()
        budget = remaining if slow else min(self.fast_lane, remaining)
        for tries in (1, 2):  # a broken pool is made anew and the query sent again, once
            pool = self._lane(slow)
            try:
                # A text found slow while this one waited (the same runaway sent many times at
                # once) goes to the slow lane rather than take a fast worker until its budget.
                answer = await pool.call((request, self.prefixes), budget, deadline,
                                         None if slow else lambda: request.text not in self._slow_texts)
                # Cheap by what it cost the worker, not by its round trip: under load the queue
                # and the hop take longer than a cheap query, and nothing would be found cheap.
                if answer.cpu <= self.inline_seconds:
                    self._cheap[request] = len(request.text) + ResultCache.OVERHEAD
                return answer
            except Withdrawn:
                raise _OverBudget() from None
            except TimeoutError:
                if not slow and time.perf_counter() < deadline - 0.001:
                    raise _OverBudget() from None
                raise QueryTimeout(f"the query was stopped after the {self.timeout:g} s limit (KG_QUERY_TIMEOUT); "
                                   "narrow it or add a LIMIT") from None
            except WorkerDied as error:
                raise QueryError(f"the query's worker process died ({error}), most likely over its memory limit "
                                 "(KG_WORKER_MEMORY_MB); it has been replaced", status=503) from None
            except StartFailed as error:
                if tries == 2:
                    raise QueryError(f"the query engine failed ({error})", status=503) from None
        raise AssertionError("unreachable")

    async def health(self) -> str | None:
        """None when the engine answers a trivial query now, else why not."""
        try:
            await self._attempt(Request(text="ASK {}", format="json"), time.perf_counter() + 5, slow=False)
        except (QueryError, _OverBudget) as error:
            return str(error) or "the engine did not answer ASK {} in time"
        return None

    def close(self) -> None:
        """Let running queries finish, then end the workers (they hold an older store)."""
        self.pool.close()
        if self._slow_pool is not None:
            self._slow_pool.close()


class RemoteEngine(Engine):
    """Any SPARQL 1.1 endpoint, spoken to with the protocol we serve."""

    ACCEPT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
              "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
              "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
              "jsonld": "application/ld+json", "trig": "application/trig", "nquads": "application/n-quads"}

    def __init__(self, url: str, *, timeout: float) -> None:
        self.url, self.timeout, self.version, self.versioned = url, timeout, "remote", False
        self.client = httpx.AsyncClient(timeout=timeout)

    async def run(self, request: Request, use_cache: bool = True) -> Answer:
        form = [("query", with_table(with_values(request.text, request.bindings), request.values))]
        form += [("default-graph-uri", g) for g in request.default_graphs or ()]
        form += [("named-graph-uri", g) for g in request.named_graphs or ()]
        started = time.perf_counter()
        try:
            # One deadline for the whole exchange: httpx's own timeouts are per read, and an
            # endpoint that trickles a byte at a time would never trip them.
            response = await asyncio.wait_for(self.client.post(self.url, content=urlencode(form), headers={
                "Accept": self.ACCEPT[request.format], "Content-Type": "application/x-www-form-urlencoded"}),
                timeout=self.timeout)
        except (TimeoutError, httpx.TimeoutException):
            raise QueryTimeout(f"the endpoint {self.url} did not answer within {self.timeout:g} s") from None
        except httpx.HTTPError as error:
            raise EndpointError(f"the endpoint {self.url} could not be reached: {error!r}") from None
        finally:
            _spent(started)
        if response.status_code == 400:
            raise QuerySyntaxError(response.text.strip() or "the endpoint rejected the query")
        if response.status_code >= 400:
            raise EndpointError(f"the endpoint {self.url} answered {response.status_code}: {response.text.strip()[:500]}",
                                status=503 if response.status_code in (503, 504) else 502)
        if request.format == "json" and query_text.shape(request.text).form == "ASK":
            return Answer(_boolean(response.content, self.url))
        return Answer(response.content)

    async def health(self) -> str | None:
        try:
            await self.run(Request(text="ASK {}", format="json"), use_cache=False)
        except QueryError as error:
            return str(error)
        return None

    def close(self) -> None:
        try:
            asyncio.get_running_loop().create_task(self.client.aclose())
        except RuntimeError:
            pass

