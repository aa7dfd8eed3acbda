"""All configuration, in one place: environment variables with the ``KG_`` prefix, typed.

``Config`` declares every setting once, with its type, default and help; ``SETTINGS`` lists them
for ``kg --help`` and for the test that checks the README's table, so a setting cannot go
undocumented. ``Config()`` reads the environment; ``Config(max_rows=5)`` overrides (tests).
A value that does not parse as its type is a ``ConfigurationError`` naming the variable.

Paths default to folders of the project: of the checkout when running from one, else of the
current directory (an installed wheel is run from the folder that holds ``data/``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

from kg.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]


def project_dir() -> Path:
    """The checkout this package runs from, else the current directory."""
    return ROOT if (ROOT / "pyproject.toml").is_file() else Path.cwd()


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, init=False)
class Config:
    """Settings resolved from the environment (or explicit overrides, for tests)."""

    host: str = _setting("127.0.0.1", "Interface that `kg serve` listens on.")
    port: int = _setting(8000, "Port that `kg serve` listens on.")
    base_iri: str = _setting("https://w3id.org/mgkg/", "Canonical base of every IRI the graph mints.")
    data_dir: Path = _setting(Path("data"), "Sources and curated facts that `kg build` reads.")
    ontology_dir: Path = _setting(Path("ontology"), "Ontology, vocabularies and SHACL shapes.")
    var_dir: Path = _setting(Path("var"), "Where builds, the current store and generated docs live.")
    build_workers: int = _setting(2, "Processes that read, check and reason the documents of a build (each "
                                     "document whose inputs changed; the others come from the cache).")
    java: str = _setting("java", "Java executable used by owlready2's HermiT reasoner.")
    sparql_endpoint: str = _setting("", "Remote SPARQL 1.1 endpoint to serve instead of the embedded store "
                                        "(empty: embedded).")
    publish_auth: str = _setting("", "Credentials `kg publish` sends to the store: `user:password` (Basic, or Digest "
                                     "when the store asks for it) or `Bearer TOKEN` (empty: none).")
    query_timeout: float = _setting(30.0, "Seconds a SPARQL query may run before it is stopped and answered 503.")
    http_workers: int = _setting(2, "HTTP server processes (uvicorn workers); each has its own query workers "
                                    "and cache.")
    query_workers: int = _setting(2, "Worker processes that evaluate queries on the embedded store (each holds "
                                     "it in memory).")
    fast_lane: float = _setting(1.0, "Seconds a query may run among the query workers before it is moved to the "
                                     "slow lane (one worker of its own), so that runaways cannot starve cheap "
                                     "queries (0: one lane).")
    inline_ms: float = _setting(2.0, "A query that cost its worker at most this many milliseconds of CPU is "
                                     "answered from then on by the HTTP process itself, from its own copy of "
                                     "the store (the same request costs the same on the same build): no hop "
                                     "to a worker for cheap queries. 0: every query goes to a worker, and the "
                                     "HTTP processes hold no copy.")
    memory_mb: int = _setting(8192, "Memory budget for copies of the store, in MiB (each about 4x the store's "
                                     "size on disk). Query workers hold their own copy while all of theirs "
                                     "(KG_HTTP_WORKERS x (KG_QUERY_WORKERS + 1)) fit and the store is within "
                                     "KG_WORKER_COPY_MB; each HTTP process (with KG_INLINE_MS) holds one while "
                                     "it fits what the workers leave. Otherwise they read the on-disk store, "
                                     "shared through the OS page cache (0: no budget).")
    worker_copy_mb: int = _setting(64, "Largest store on disk, in MiB, that query workers copy into memory; a "
                                       "larger one they share from disk, which answers heavy queries faster "
                                       "under load (copies compete for the CPU's caches) in a fifth of the "
                                       "memory at a million triples.")
    worker_memory_mb: int = _setting(2048, "Address space each query worker may use, in MiB (an rlimit; a query "
                                           "needing more fails with 503 and its worker is replaced; 0: no cap).")
    client_timeout: float = _setting(10.0, "Seconds a client has to send a request's headers, and again its body; "
                                           "a slower one is cut off (408, or the connection closed).")
    max_query_length: int = _setting(65536, "Longest query text accepted, in bytes (longer: 413).")
    max_rows: int = _setting(100000, "Most solutions or triples one response carries; a longer result is cut "
                                     "and says so in a header.")
    html_rows: int = _setting(1000, "Most rows shown by the HTML results view.")
    allow_service: tuple[str, ...] = _setting((), "Space-separated endpoint IRIs that SPARQL SERVICE may call "
                                                  "(empty: SERVICE refused).")
    cache_mb: float = _setting(64.0, "Memory for cached answers (query results and finished API pages), in MiB "
                                     "(0: no cache).")
    cache_max_age: int = _setting(60, "Seconds browsers and proxies may reuse a curated query's answer before "
                                      "revalidating it with its ETag.")
    web_dir: Path = _setting(Path("web/node_modules"), "Front-end libraries installed from the npm registry "
                                                       "(`make web`).")

    def __init__(self, **overrides: object) -> None:
        unknown = set(overrides) - {f.name for f in fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        types = get_type_hints(type(self))
        for f in fields(self):
            env = "KG_" + f.name.upper()
            raw = overrides[f.name] if f.name in overrides else os.environ.get(env, f.default)
            object.__setattr__(self, f.name, _parse(raw, types[f.name], env))


def _parse(raw: object, kind: Any, env: str) -> object:
    if not isinstance(raw, str):  # a default, or an override already of its type
        if kind is Path and not Path(str(raw)).is_absolute():
            return project_dir() / str(raw)
        return raw
    text = raw.strip()
    try:
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigurationError(f"{env} must be {what}, not {raw!r}") from None
    if kind is Path:
        return project_dir() / text if not Path(text).is_absolute() else Path(text)
    if kind == tuple[str, ...]:
        return tuple(text.split())
    return raw


@dataclass(frozen=True)
class Setting:
    """One setting as documentation shows it."""

    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "KG_" + self.name.upper()


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return " ".join(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


SETTINGS: tuple[Setting, ...] = tuple(Setting(f.name, _shown(f.default), f.metadata["help"])
                                      for f in fields(Config))
