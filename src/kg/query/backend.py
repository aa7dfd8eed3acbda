"""Which engine answers now: the embedded store of the current build, or a remote endpoint.

Kept apart from ``kg.query.engine`` so that worker processes, which import ``kg.query.engine``, never load
the build pipeline.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kg import store
from kg.config import Config
from kg.namespaces import PREFIXES
from kg.query.engine import Engine, LocalEngine, RemoteEngine, ResultCache


class Backend:
    """The engine for whatever is current: follows ``kg build``'s switch of ``var/current``.

    Checked on every request (a readlink): once ``current`` has moved, no HTTP worker answers from
    the older build, so a client never sees versions go back. A new build gets a fresh worker
    pool; the old pool finishes its running queries and exits. A failed build never moves
    ``current``, so the old store serves on.
    """

    def __init__(self, config: Config) -> None:
        self.config = config
        self.cache = ResultCache(config.cache_mb)
        self._engine: Engine | None = None
        self._build: Path | None = None
        self._resolved: tuple[str, Path] | None = None  # what var/current pointed to, and where that is
        self._lock = threading.Lock()

    def engine(self) -> Engine | None:
        if self.config.sparql_endpoint:
            if self._engine is None:
                self._engine = RemoteEngine(self.config.sparql_endpoint, timeout=self.config.query_timeout)
            return self._engine
        build = self.build_dir()
        if build is None or build == self._build:
            return self._engine
        with self._lock:
            if build != self._build:
                old = self._engine
                # The manifest names the version; a forced rebuild of it lives in <version>.<n>.
                version = (store.read_manifest(build) or {}).get("version", build.name)
                placed = store.placement(build / "store", self.config)
                self._engine = LocalEngine(build / "store", version, workers=self.config.query_workers,
                                           timeout=self.config.query_timeout, prefixes=PREFIXES,
                                           cache=self.cache, fast_lane=self.config.fast_lane,
                                           memory_mb=self.config.worker_memory_mb, inline_ms=self.config.inline_ms,
                                           in_memory=placed.workers_in_memory,
                                           inline_in_memory=placed.inline_in_memory)
                self._build = build
                if old is not None:
                    old.close()
        return self._engine

    def build_dir(self) -> Path | None:
        """The current build's directory; a readlink on every call, resolved only when it changed."""
        current = store.current_dir(self.config)
        try:
            link = os.readlink(current)
        except OSError:
            return self._build  # nothing current (yet), or not a link: keep serving what we have
        if self._resolved is not None and self._resolved[0] == link:
            return self._resolved[1]
        try:
            build = current.resolve(strict=True)
        except (FileNotFoundError, RuntimeError):
            return self._build
        if not (build / "store").is_dir():
            return self._build
        self._resolved = (link, build)
        return build

    def manifest(self) -> dict:
        build = self.build_dir()
        return (store.read_manifest(build) if build else None) or {}

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
