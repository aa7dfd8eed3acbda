"""The one way to the SPARQL files of ``queries/``, in a checkout and in an installed wheel alike.

``queries/`` sits at the top of the repository, where curators and researchers look for it, and is
shipped inside the package as ``kg/queries`` (a link in the source tree, package data in a wheel).
Every module that reads a query file asks here, never builds a path of its own.

    queries/*.rq        the curated queries: the API's operations, the editor's examples
    queries/ld/         linked-data descriptions, pages and search (bound, never pasted)
    queries/api/        labels and class checks of the API
    queries/rules/      build-time inference rules (CONSTRUCT)
    queries/void/       the VoID statistics of a build
    queries/build/      the counts a build reports
    queries/extract/    the gazetteer of ``kg extract``
    queries/bench/      the query mix of ``kg bench``
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

ROOT = Path(str(resources.files("kg") / "queries"))


def directory(*parts: str) -> Path:
    """A folder of query files, e.g. ``directory("rules")``."""
    return ROOT.joinpath(*parts)


def path(*parts: str) -> Path:
    """One query file, e.g. ``path("ld", "describe.rq")``."""
    return ROOT.joinpath(*parts)


@cache
def text(*parts: str) -> str:
    """The text of one query file (read once per process: query files change only with the code)."""
    return path(*parts).read_text(encoding="utf-8")
