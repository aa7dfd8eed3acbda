"""All configuration, in one place: environment variables with the ``KG_`` prefix.

``SETTINGS`` is the single declarative list (name, default, help); the README's
configuration table is checked against it by a test, so a setting cannot go
undocumented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "Interface that `kg serve` listens on."),
    Setting("port", "8000", "Port that `kg serve` listens on."),
    Setting("base_iri", "https://w3id.org/mgkg/", "Canonical base of every IRI the graph mints."),
    Setting("data_dir", str(ROOT / "data"), "Sources and curated facts that `kg build` reads."),
    Setting("ontology_dir", str(ROOT / "ontology"), "Ontology, vocabularies and SHACL shapes."),
    Setting("var_dir", str(ROOT / "var"), "Where builds, the current store and generated docs live."),
    Setting("java", "java", "Java executable used by owlready2's HermiT reasoner."),
    Setting("sparql_endpoint", "", "Remote SPARQL 1.1 endpoint to serve instead of the embedded store (empty: embedded)."),
    Setting("query_timeout", "30", "Seconds a SPARQL query may run before it is stopped and answered 503."),
    Setting("http_workers", "2", "HTTP server processes (uvicorn workers); each has its own query workers and cache."),
    Setting("query_workers", "2", "Worker processes that evaluate queries on the embedded store (each holds it in memory)."),
    Setting("max_query_length", "65536", "Longest query text accepted, in bytes (longer: 413)."),
    Setting("max_rows", "100000", "Most solutions or triples one response carries; a longer result is cut and says so in a header."),
    Setting("html_rows", "1000", "Most rows shown by the HTML results view."),
    Setting("allow_service", "", "Space-separated endpoint IRIs that SPARQL SERVICE may call (empty: SERVICE refused)."),
    Setting("cache_mb", "64", "Memory for cached query results, in MiB (0: no cache)."),
    Setting("cache_max_age", "60", "Seconds browsers and proxies may reuse a curated query's answer before revalidating it with its ETag."),
    Setting("web_dir", str(ROOT / "web" / "node_modules"), "Front-end libraries installed from the npm registry (`make web`)."),
)


class Config:
    """Settings resolved from the environment (or explicit overrides, for tests)."""

    def __init__(self, **overrides: str) -> None:
        known = {s.name for s in SETTINGS}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        self._values = {
            s.name: str(overrides.get(s.name, os.environ.get(s.env, s.default))) for s in SETTINGS
        }

    def __getattr__(self, name: str) -> str:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def port_number(self) -> int:
        return int(self.port)

    def number(self, name: str) -> float:
        """A numeric setting, with a clear error when the environment holds something else."""
        value = self._values[name]
        try:
            return float(value)
        except ValueError:
            raise ConfigurationError(f"KG_{name.upper()} must be a number, not {value!r}") from None

    def integer(self, name: str) -> int:
        return int(self.number(name))

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)

    @property
    def ontology_path(self) -> Path:
        return Path(self.ontology_dir)

    @property
    def var_path(self) -> Path:
        return Path(self.var_dir)
