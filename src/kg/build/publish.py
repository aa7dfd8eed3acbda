"""``kg publish``: the current build, put into any SPARQL 1.1 store through the Graph Store HTTP
Protocol, so that ``kg serve`` with ``KG_SPARQL_ENDPOINT`` answers from it as from the embedded store.

One ``PUT ?graph=<IRI>`` per named graph, its triples as N-Triples, and one for the default graph:
our store's default graph is the RDF merge of the named graphs (each distinct triple once, see
``kg.store``), and a query without ``GRAPH`` or ``FROM`` reads it. A store with a default graph of
its own (Oxigraph) takes the merge there (``PUT ?default``). A store whose default graph is the
union of all its graphs (Virtuoso: a triple stated by two documents counts twice, and its system
graphs come along) takes the merge into a named graph (``Target.default_graph``), and the server
names its dataset on every query: ``KG_SPARQL_ENDPOINT=<query url>?default-graph-uri=<IRI>&``
``named-graph-uri=<each graph of the build>`` (``Published.dataset``). Virtuoso needs the named
graphs listed too: given only a default graph, it finds nothing in ``GRAPH <iri>``.

Two ways to replace what the store held:

- **atomically**, given the store's SPARQL Update endpoint (``Target.update``): every graph is
  uploaded into a temporary graph (``urn:uuid:…``) while readers keep seeing the old data, then
  one update request moves them all into place (``MOVE``) and empties the graphs under
  ``<base>graph/`` that the build no longer has (a document removed; SPARQL Update cannot ``DROP``
  graphs it finds by a pattern, so their names may stay, holding nothing). One update request is one
  transaction in Oxigraph; Virtuoso runs it as one request, at its own isolation. A failure before
  the move leaves the store as it was (the temporary graphs are dropped).
- **graph by graph**, without it: each ``PUT`` replaces one graph atomically, but a reader may see
  some graphs of the new build beside some of the old for the seconds the publish takes, and
  graphs the build no longer has stay.

Blank nodes shared between named graphs (OWL lists in ``graph/ontology`` typed in
``graph/inferred``) cannot stay shared: the protocol parses each request on its own. The default
graph's merge is one request, so every query on the default graph sees them whole.

Credentials come from ``KG_PUBLISH_AUTH``: ``user:password`` (Basic, or Digest when the store
asks for it, as Virtuoso's ``…-auth`` endpoints do) or ``Bearer TOKEN``. Redirects are followed
only to this machine (loopback), and each one is reported; any other is an error naming it.
"""

from __future__ import annotations

import ipaddress
import re
import time
import uuid
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

import httpx
import pyoxigraph as ox

from kg import store
from kg.config import Config
from kg.errors import ConfigurationError, EndpointError, NoStore

NTRIPLES = "application/n-triples"
REDIRECTS = 5


@dataclass(frozen=True)
class Target:
    """Where a build goes: the store's Graph Store Protocol endpoint, and optionally its SPARQL
    Update endpoint (atomic replacement) and the named graph that takes the default graph."""

    store: str
    update: str | None = None
    default_graph: str | None = None


@dataclass
class Published:
    """What a publish did."""

    version: str
    target: Target
    graphs: dict[str, int]  # named graph → triples sent
    default: int  # triples of the default graph's merge
    atomic: bool
    seconds: float
    bytes: int = 0
    redirects: list[str] = field(default_factory=list)

    def text(self) -> str:
        where = f"named graph <{self.target.default_graph}>" if self.target.default_graph else "the default graph"
        how = ("atomically (temporary graphs, then one update moved them into place and emptied the graphs "
               "this build no longer has)" if self.atomic else
               "graph by graph (each PUT replaces one graph; graphs this build no longer has were left in place: "
               "give --update to replace atomically and remove them)")
        lines = [f"published version {self.version} to {self.target.store}: {len(self.graphs)} named graphs "
                 f"({sum(self.graphs.values()):,} triples) and the merge in {where} ({self.default:,} triples), "
                 f"{self.bytes / 2**20:.1f} MiB in {self.seconds:.1f} s, {how}"]
        if self.dataset():
            lines.append(f"serve it with KG_SPARQL_ENDPOINT='<the store's query URL>?{self.dataset()}'")
        return "\n".join(lines)

    def dataset(self) -> str:
        """For a store whose default graph is the union of all graphs: the query string that makes
        its dataset ours (the merge as the default graph, the build's graphs as the named graphs,
        and nothing else: not the store's system graphs, not the merge's named graph)."""
        if not self.target.default_graph:
            return ""
        pairs = [("default-graph-uri", self.target.default_graph)] + [("named-graph-uri", g) for g in self.graphs]
        return urlencode(pairs)


# --- credentials ---------------------------------------------------------------------------------

class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header
        yield request


class _UserPassword(httpx.Auth):
    """``user:password`` in the scheme the store asks for: the first request goes without
    credentials, and the store's challenge (``WWW-Authenticate``) picks Basic or Digest for it and
    every later request. The first request of a publish is a tiny probe, so nothing is sent twice."""

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme is not None:
            yield from self._scheme.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("WWW-Authenticate", "").strip().lower()
        self._scheme = self._digest if challenge.startswith("digest") else self._basic
        flow = self._scheme.auth_flow(request)
        retry = next(flow)
        if self._scheme is self._digest:  # it would ask again for the challenge it is answering: give it this one
            retry = flow.send(response)
        response = yield retry
        try:
            flow.send(response)
        except StopIteration:
            pass


def credentials(auth: str) -> httpx.Auth | None:
    """``KG_PUBLISH_AUTH`` as an httpx authentication: empty (none), ``user:password`` or
    ``Bearer TOKEN``."""
    text = auth.strip()
    if not text:
        return None
    scheme, _, rest = text.partition(" ")
    if scheme.lower() == "bearer" and rest.strip():
        return _Bearer(rest.strip())
    user, colon, password = text.partition(":")
    if not colon or not user:
        raise ConfigurationError("KG_PUBLISH_AUTH must be `user:password` (Basic, or Digest when the store asks) "
                                 "or `Bearer TOKEN`")
    return _UserPassword(user, password)


# --- talking to the store ------------------------------------------------------------------------

def loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Store:
    """One client for a publish: its errors say which store, what it answered, and what to do."""

    def __init__(self, auth: httpx.Auth | None, timeout: float, progress: Callable[[str], None],
                 transport: httpx.BaseTransport | None = None) -> None:
        self.client = httpx.Client(auth=auth, timeout=httpx.Timeout(timeout, connect=10.0), follow_redirects=False,
                                   transport=transport)
        self.progress = progress
        self.redirects: list[str] = []
        self.sent = 0

    def close(self) -> None:
        self.client.close()

    def send(self, method: str, url: str, *, params: dict[str, str] | None = None, content: bytes = b"",
             content_type: str | None = None, ok: Iterable[int] = (200, 201, 204)) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        target = str(httpx.URL(url, params=params)) if params else url
        for _ in range(REDIRECTS + 1):
            try:
                response = self.client.request(method, target, content=content or None, headers=headers)
            except httpx.TimeoutException:
                raise EndpointError(f"the store at {_origin(target)} did not answer {method} in time") from None
            except httpx.HTTPError as error:
                raise EndpointError(f"the store at {_origin(target)} could not be reached ({error}); is it "
                                    "running, and is the URL right?") from None
            if not response.is_redirect:
                break
            location = urljoin(target, response.headers.get("Location", ""))
            keeps_method = method in ("GET", "HEAD") or response.status_code in (307, 308)
            if not (loopback(location) and keeps_method):
                why = ("it is not on this machine" if keeps_method and not loopback(location)
                       else f"a {response.status_code} would turn {method} into GET")
                raise EndpointError(f"the store answered {method} {_origin(target)}{urlsplit(target).path} with "
                                    f"{response.status_code} to {location}; not followed ({why}): give that "
                                    "address if it is the store")
            self.progress(f"  following {response.status_code} from {target} to {location}")
            self.redirects.append(location)
            target = location
        else:
            raise EndpointError(f"the store redirected {method} more than {REDIRECTS} times, last to {target}")
        if response.status_code in (401, 403):
            raise EndpointError(f"the store refused {method} {_where(target)} ({response.status_code}): "
                                + ("set KG_PUBLISH_AUTH to `user:password` or `Bearer TOKEN`"
                                   if response.request.headers.get("Authorization") is None
                                   else "the credentials in KG_PUBLISH_AUTH were not accepted"
                                   if response.status_code == 401 else
                                   "the credentials in KG_PUBLISH_AUTH may not write there"))
        if response.status_code not in ok:
            raise EndpointError(f"the store answered {method} {_where(target)} with {response.status_code}: "
                                f"{_gist(response.text)}")
        self.sent += len(content)
        return response


def _where(url: str) -> str:
    """A request's address as a reader wants it: the endpoint, and which graph (not the probe's)."""
    parts = urlsplit(url)
    params = httpx.QueryParams(parts.query)
    graph = params.get("graph", "")
    what = (" (the default graph)" if "default" in params else
            f" (graph <{graph}>)" if graph and not graph.startswith("urn:uuid:") else "")
    return parts._replace(query="").geturl() + what


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _gist(text: str, limit: int = 300) -> str:
    """A store's error page, shortened to its words (Virtuoso answers HTML)."""
    words = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    return (words[:limit] + " …") if len(words) > limit else (words or "(no message)")


# --- the build -----------------------------------------------------------------------------------

def _ntriples(oxi: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    """One graph as N-Triples, and how many triples: serialized as read, so the request body is the
    only copy held (one graph at a time; the default graph's merge is the largest)."""
    count = 0

    def triples():
        nonlocal count
        for quad in oxi.quads_for_pattern(None, None, None, graph):
            count += 1
            yield ox.Triple(quad.subject, quad.predicate, quad.object)
    body = ox.serialize(triples(), format=ox.RdfFormat.N_TRIPLES)
    assert body is not None
    return body, count


def _short(iri: str, base: str) -> str:
    return iri[len(base):] if iri.startswith(base) else iri


def _iri(value: str, what: str) -> str:
    parts = urlsplit(value)
    if not parts.scheme or any(c in value for c in '<>"{}|\\^` \n'):
        raise ConfigurationError(f"{what} must be an absolute IRI, not {value!r}")
    return value


def _url(value: str, what: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"{what} must be an http(s) URL, not {value!r}")
    return value


def publish(config: Config, target: Target, *, auth: str = "", progress: Callable[[str], None] = lambda _: None,
            timeout: float = 300.0, transport: httpx.BaseTransport | None = None) -> Published:
    """Put the current build into the store at ``target``; see the module's documentation."""
    _url(target.store, "--to")
    if target.update:
        _url(target.update, "--update")
    if target.default_graph:
        _iri(target.default_graph, "--default-graph")
    build = store.current_dir(config)
    if not (build / "store").is_dir():
        raise NoStore("no build to publish: run `kg build` first")
    manifest = store.read_manifest(build) or {}
    version = manifest.get("version", build.resolve().name)
    base = manifest.get("base_iri", config.base_iri)
    oxi = store.open_read_only(build / "store")
    names = sorted(store.graph_sizes(oxi))
    if target.default_graph in names:
        raise ConfigurationError(f"--default-graph <{target.default_graph}> is one of the build's own graphs")
    atomic = bool(target.update)
    started = time.perf_counter()
    client = _Store(credentials(auth), timeout, progress, transport)
    try:
        progress(f"publishing version {version} ({len(names)} named graphs and the default graph) to {target.store}"
                 + (", atomically: temporary graphs, then one update moves them into place" if atomic
                    else ", graph by graph"))
        temporary = {name: f"urn:uuid:{uuid.uuid4()}" for name in [*names, ""]} if atomic else {}
        # A graph that cannot exist: the store answers 404 (or a challenge, which settles the credentials).
        client.send("GET", target.store, params={"graph": f"urn:uuid:{uuid.uuid4()}"}, ok=(200, 204, 404))
        sizes: dict[str, int] = {}
        default = 0
        try:
            for name in [*names, ""]:
                graph: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(name) if name else ox.DefaultGraph()
                body, count = _ntriples(oxi, graph)
                into = temporary.get(name) or name or target.default_graph
                params = {"graph": into} if into else {"default": ""}
                began = time.perf_counter()
                client.send("PUT", target.store, params=params, content=body, content_type=NTRIPLES)
                label = _short(name, base) if name else "default graph (the merge)"
                progress(f"  {label}: {count:,} triples, {len(body) / 1024:,.0f} KiB, "
                         f"{time.perf_counter() - began:.2f} s" + (f" → {into}" if atomic else ""))
                if name:
                    sizes[name] = count
                else:
                    default = count
            if atomic:
                assert target.update is not None
                began = time.perf_counter()
                moves = {name: (temp, sizes[name] if name else default) for name, temp in temporary.items()}
                client.send("POST", target.update, content=_move(moves, target.default_graph, base).encode(),
                            content_type="application/sparql-update")
                progress(f"  moved {len(temporary)} graphs into place and emptied those the build no longer has "
                         f"in one update, {time.perf_counter() - began:.2f} s")
        except EndpointError:
            if atomic:
                _drop(client, target, temporary.values())
            raise
    finally:
        client.close()
        del oxi
    return Published(version, target, sizes, default, atomic, time.perf_counter() - started, client.sent,
                     client.redirects)


def _move(moves: dict[str, tuple[str, int]], default_graph: str | None, base: str) -> str:
    """One update: every temporary graph moved onto its graph (``""``: the default graph), then
    the graphs under ``<base>graph/`` that the build does not have emptied (the default graph's
    named graph kept). An empty graph may not exist once uploaded: its target is cleared instead."""
    operations = []
    for name, (temp, count) in moves.items():
        into = f"<{name}>" if name else (f"<{default_graph}>" if default_graph else "DEFAULT")
        if count:
            operations.append(f"MOVE <{temp}> TO {into}")
        else:
            operations += [f"DROP SILENT GRAPH <{temp}>", f"CLEAR SILENT {'GRAPH ' if into != 'DEFAULT' else ''}{into}"]
    keep = [f"<{name}>" for name in moves if name] + ([f"<{default_graph}>"] if default_graph else [])
    prefix = base + "graph/"
    operations.append("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
                      f'FILTER(STRSTARTS(STR(?g), "{prefix}") && ?g NOT IN ({", ".join(keep)})) }}')
    return " ;\n".join(operations)


def _drop(client: _Store, target: Target, graphs: Iterable[str]) -> None:
    """Best effort, after a failure: the temporary graphs go, the store is left as it was."""
    assert target.update is not None
    text = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)
    try:
        client.send("POST", target.update, content=text.encode(), content_type="application/sparql-update")
        client.progress("  dropped the temporary graphs; the store holds what it held before")
    except EndpointError as error:
        client.progress(f"  could not drop the temporary graphs (urn:uuid:…): {error}")
