"""``kg extract --accept REVIEW``: reviewed candidates become curated data, with their evidence.

Only what the reviewer marked ``accept: true`` is promoted; a fact naming a new entity needs that
entity accepted too, with an id (``kind/slug``; an id already in the registry links the mention to
it instead of creating an entity). The document is vendored into ``data/sources`` if it is not
there yet (by its SHA-256), the facts go to ``data/facts/<doc>.extracted.yaml`` and the new
entities to ``data/entities/<doc>.extracted.yaml``. The curated data is then read back exactly as
``kg build`` reads it; if anything is wrong (a quote not in the text, an unknown role …) every file
is restored and the problems are reported. Nothing is half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.build import curation
from kg.errors import CurationError
from kg.extract import reader

ENTITY_ID = curation.ENTITY_ID
_REF = re.compile(r"^[a-z]+/new-\d+$")
_SOURCE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # also keeps every file it names inside data/


@dataclass
class Accepted:
    source: str
    facts: int
    entities: int
    vendored: bool
    files: list[Path]


def accept(review_path: Path, data_dir: Path, ontology, base_iri: str) -> Accepted:
    try:
        review = yaml.safe_load(review_path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CurationError(f"{review_path.name}: not a readable review file: {exc}") from None
    if not isinstance(review, dict) or not isinstance(review.get("source"), dict):
        raise CurationError(f"{review_path.name}: not a review file of kg extract (no source: mapping)")
    source = review["source"]
    if not _SOURCE_ID.match(str(source.get("id", ""))):
        raise CurationError(f"{review_path.name}: source id {source.get('id')!r} is not a slug like press-release-2024")
    problems: list[str] = []
    sources_file = data_dir / "sources" / "sources.yaml"
    registered = yaml.safe_load(sources_file.read_text(encoding="utf-8")) or []
    registry = {e["id"] for path in (data_dir / "entities").glob("*.yaml")
                for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []}

    ids: dict[str, str] = {}
    new_entities = []
    for entity in review.get("entities") or []:
        if not entity.get("accept"):
            continue
        eid = str(entity.get("id") or "")
        if not ENTITY_ID.match(eid):
            problems.append(f"entity {entity.get('ref')}: accepted without an id like organization/some-slug")
            continue
        ids[entity["ref"]] = eid
        if eid not in registry:
            new_entities.append(_registered(eid, entity))
            registry.add(eid)
    facts = []
    for i, fact in enumerate(review.get("facts") or [], 1):
        if not fact.get("accept"):
            continue
        clean = {k: v for k, v in fact.items() if k not in ("accept", "rule")}
        unresolved: list[str] = []

        def resolve(value, unresolved=unresolved):
            if isinstance(value, str) and _REF.match(value):
                if value not in ids:
                    unresolved.append(value)
                return ids.get(value, value)
            if isinstance(value, list):
                return [resolve(v, unresolved) for v in value]
            if isinstance(value, dict):
                return {k: resolve(v) for k, v in value.items()}
            return value

        clean = resolve(clean)
        if unresolved:
            problems.append(f"fact {i}: names {', '.join(unresolved)}, which is not an accepted entity")
        facts.append(clean)
    # a body or place of the reference tables goes into the registry with the first accepted fact that names it
    named = {value for value in _strings(facts) if ENTITY_ID.match(value)}
    for entity in review.get("entities") or []:
        eid = str(entity.get("id") or "")
        if entity.get("reference") and eid in named and eid not in registry and ENTITY_ID.match(eid):
            new_entities.append(_registered(eid, entity))
            registry.add(eid)
    if problems:
        raise CurationError(f"{len(problems)} problem(s) in {review_path.name}:\n" + "\n".join(f"  - {p}" for p in problems))

    sid = source["id"]
    if not facts and not new_entities:
        return Accepted(sid, 0, 0, False, [])    # nothing accepted: nothing written, not even the source
    known = next((s for s in registered if s.get("id") == sid), None)
    vendored = False
    text_file = None
    if known is None:
        document = reader.read(Path(source.get("path") or source.get("file") or ""))
        text = document.text.encode("utf-8")
        text_file = data_dir / "sources" / f"{sid}.txt"
        entry = {"id": sid, "file": text_file.name, "sha256": reader.digest(document.text),
                 "title": source.get("title") or {"ar": document.text.strip().splitlines()[0][:200]},
                 "language": source.get("language", "ar"), "genre": source.get("genre", "press-release")}
        if source.get("issued"):
            entry["issued"] = source["issued"]
        vendored = True

    facts_file = data_dir / "facts" / f"{sid}.extracted.yaml"
    entities_file = data_dir / "entities" / f"{sid}.extracted.yaml"
    touched = [p for p in (sources_file, facts_file, entities_file, text_file) if p is not None]
    backup = {p: p.read_bytes() if p.exists() else None for p in touched}
    try:
        if vendored:
            assert text_file is not None  # set with vendored, above
            text_file.write_bytes(text)
            sources_file.write_text(sources_file.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
                                    + yaml.safe_dump([entry], allow_unicode=True, sort_keys=False), encoding="utf-8")
        if facts:
            existing = yaml.safe_load(facts_file.read_text(encoding="utf-8")) if facts_file.exists() else None
            existing = existing or {"source": sid, "facts": []}
            existing["facts"] += facts
            facts_file.write_text(_HEADER + yaml.safe_dump(existing, allow_unicode=True, sort_keys=False, width=120),
                                  encoding="utf-8")
        if new_entities:
            existing = yaml.safe_load(entities_file.read_text(encoding="utf-8")) if entities_file.exists() else None
            entities_file.write_text(_HEADER + yaml.safe_dump((existing or []) + new_entities, allow_unicode=True,
                                                             sort_keys=False, width=120), encoding="utf-8")
        curation.load(data_dir, ontology, base_iri)
    except BaseException:
        for path, content in backup.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        raise
    return Accepted(sid, len(facts), len(new_entities), vendored,
                    [p for p in touched if p.exists() and backup[p] != p.read_bytes()])


def _registered(eid: str, entity: dict) -> dict:
    """A registry entry of an accepted entity: its id, class and the labels given (an empty one left out:
    the build then says which language is missing)."""
    labels = entity.get("label") or {}
    return {"id": eid, "type": entity.get("type"),
            "label": {k: v for k, v in labels.items() if v} if isinstance(labels, dict) else labels}


def _strings(value):
    """Every string in a fact (its arguments' ids among them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


_HEADER = "# Promoted from a reviewed `kg extract` proposal (kg extract --accept); edit like any curated file.\n"
