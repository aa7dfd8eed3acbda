"""Curated data for any number of documents, in the real format, for ``kg bench build``.

The documents of ``data/`` are copied again and again: copy ``k`` of a source is a new source
(``<id>-k``, its text copied verbatim, so every quote and offset still holds) whose fact files
are the original's with the source renamed and the entities that document first named
(``entities/<source>.yaml``) renamed ``<id>-k`` in its own entity file. The shared registry
(organizations, places, initiatives, agreements) and the reference data stay one: as in a real
corpus, a thousand documents name the same IOM and the same Morocco, each also naming things of its
own.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import yaml


def documents(data_dir: Path, target: Path, count: int, progress: Callable[[str], None] = lambda _: None) -> Path:
    """``target`` filled with a data dir of ``count`` documents made from ``data_dir``; returns it."""
    data_dir, target = Path(data_dir), Path(target)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(data_dir, target)
    sources_file = target / "sources" / "sources.yaml"
    header = "".join(line for line in sources_file.read_text(encoding="utf-8").splitlines(keepends=True)
                     if line.startswith("#"))
    sources = yaml.safe_load(sources_file.read_text(encoding="utf-8"))
    facts = {path: yaml.safe_load(path.read_text(encoding="utf-8"))["source"] for path in sorted(data_dir.glob("facts/*.yaml"))}
    entries = list(sources)
    for n in range(len(sources), count):
        k, source = n // len(sources), sources[n % len(sources)]
        entries.append(_copy(data_dir, target, source, k, [p for p, s in facts.items() if s == source["id"]]))
        if (n + 1) % 100 == 0:
            progress(f"  {n + 1} of {count} documents")
    kept = entries[:count]
    dropped = {e["id"] for e in entries[count:]}
    for path in target.glob("facts/*.yaml"):     # fewer documents than data/ has: drop the others' facts
        if yaml.safe_load(path.read_text(encoding="utf-8"))["source"] in dropped:
            path.unlink()
    sources_file.write_text(header + yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=120),
                            encoding="utf-8")
    return target


def _copy(data_dir: Path, target: Path, source: dict, k: int, fact_files: list[Path]) -> dict:
    new_id = f"{source['id']}-{k}"
    text = Path(source["file"])
    entry = {**source, "id": new_id, "file": f"{text.stem}-{k}{text.suffix}"}
    shutil.copyfile(data_dir / "sources" / source["file"], target / "sources" / entry["file"])
    renamed = {source["id"]: new_id}
    for own in sorted(data_dir.glob(f"entities/{source['id']}*.yaml")):
        ids = [e["id"] for e in yaml.safe_load(own.read_text(encoding="utf-8")) or []]
        renamed.update({i: f"{i}-{k}" for i in ids})
    pattern = re.compile(r"(?<![\w/-])(" + "|".join(re.escape(i) for i in sorted(renamed, key=len, reverse=True))
                         + r")(?![\w/-])")
    for path in [*sorted(data_dir.glob(f"entities/{source['id']}*.yaml")), *fact_files]:
        out = target / path.parent.name / f"{path.stem}-{k}{path.suffix}"
        out.write_text(pattern.sub(lambda m: renamed[m.group(1)], path.read_text(encoding="utf-8")), encoding="utf-8")
    return entry
