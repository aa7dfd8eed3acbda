"""kg.build.synthetic: N documents in the curated format, made from data/."""

import hashlib

import yaml

from kg.build import synthetic
from kg.config import ROOT

DATA = ROOT / "data"


def test_n_documents_copy_the_sources_under_new_ids_with_their_own_entities(tmp_path):
    out = synthetic.documents(DATA, tmp_path / "data", 12)
    sources = yaml.safe_load((out / "sources" / "sources.yaml").read_text(encoding="utf-8"))
    originals = yaml.safe_load((DATA / "sources" / "sources.yaml").read_text(encoding="utf-8"))
    assert len(sources) == 12 and len({s["id"] for s in sources}) == 12
    for s in sources:       # every text verbatim: the quotes and offsets of its facts hold
        text = (out / "sources" / s["file"]).read_bytes()
        assert hashlib.sha256(text).hexdigest() == s["sha256"]
    first = originals[0]["id"]
    facts = yaml.safe_load((out / "facts" / f"{first}-1.yaml").read_text(encoding="utf-8"))
    assert facts["source"] == f"{first}-1"
    own = {e["id"] for e in yaml.safe_load((DATA / "entities" / f"{first}.yaml").read_text(encoding="utf-8"))}
    copied = {e["id"] for e in yaml.safe_load((out / "entities" / f"{first}-1.yaml").read_text(encoding="utf-8"))}
    assert copied == {f"{i}-1" for i in own}
    text = (out / "facts" / f"{first}-1.yaml").read_text(encoding="utf-8")
    assert "organization/iom" in text                      # the shared registry stays one
    assert not any(f"{i}\n" in text or f"{i}," in text or f"{i}}}" in text for i in own)   # its own are renamed


def test_fewer_documents_than_the_data_keeps_only_theirs(tmp_path):
    out = synthetic.documents(DATA, tmp_path / "data", 2)
    sources = {s["id"] for s in yaml.safe_load((out / "sources" / "sources.yaml").read_text(encoding="utf-8"))}
    assert len(sources) == 2
    assert {yaml.safe_load(p.read_text(encoding="utf-8"))["source"] for p in out.glob("facts/*.yaml")} <= sources
