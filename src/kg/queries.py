"""The curated queries in ``queries/*.rq``: SPARQL files whose leading ``#+`` comment lines are
YAML metadata (grlc's decorators, Datasette's canned queries).

    #+ title: Funding ties
    #+ description: Who funds what, with amounts.
    #+ tags: [funding]
    PREFIX mg: <https://w3id.org/mgkg/ontology#>
    SELECT …

The file stays a plain SPARQL query: the metadata is a comment, so it runs as-is in any editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.config import ROOT
from kg.errors import CurationError

QUERIES_DIR = ROOT / "queries"
MARK = "#+"


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    text: str
    description: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    meta: dict = field(default_factory=dict, compare=False, hash=False)


def parse(name: str, text: str) -> CannedQuery:
    header = []
    for line in text.splitlines():
        if not line.startswith(MARK):
            break
        header.append(line[len(MARK):].removeprefix(" "))
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
    except yaml.YAMLError as error:
        raise CurationError(f"queries/{name}.rq: its #+ header is not YAML: {error}") from None
    if not isinstance(meta, dict) or "title" not in meta:
        raise CurationError(f"queries/{name}.rq: its #+ header needs at least a title")
    return CannedQuery(name=name, title=str(meta["title"]), text=text,
                       description=str(meta.get("description", "")).strip(),
                       tags=tuple(meta.get("tags", ())), meta=meta)


def load(directory: Path = QUERIES_DIR) -> list[CannedQuery]:
    """Every curated query, by file name (subfolders hold the build's own queries)."""
    return [parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.rq"))]
