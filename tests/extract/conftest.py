"""What the kg.extract tests share, computed once per session from the real built graph (the
``built`` fixture of tests/conftest.py): the store, the full gazetteer, the corpus of ``kg eval``
and each document's leave-one-out gazetteer."""

from __future__ import annotations

import pytest
import yaml

from kg import store
from kg.config import ROOT
from kg.extract.evaluate import Corpus
from kg.extract.gazetteer import Gazetteer

SOURCES_DIR = ROOT / "data" / "sources"
# source id → path of its vendored text, from sources.yaml
SOURCES = {entry["id"]: SOURCES_DIR / entry["file"]
           for entry in yaml.safe_load((SOURCES_DIR / "sources.yaml").read_text(encoding="utf-8"))}


@pytest.fixture(scope="session")
def kg_config(built):
    config, _ = built
    return config


@pytest.fixture(scope="session")
def kg_store(kg_config):
    return store.open_read_only(store.current_store(kg_config))


@pytest.fixture(scope="session")
def base_iri(kg_config) -> str:
    return kg_config.base_iri


@pytest.fixture(scope="session")
def gazetteer(kg_store, base_iri) -> Gazetteer:
    """Every name of the built graph."""
    return Gazetteer.from_store(kg_store, base_iri)


@pytest.fixture(scope="session")
def corpus(kg_store, base_iri) -> Corpus:
    return Corpus(kg_store, base_iri)


@pytest.fixture(scope="session")
def texts(corpus) -> dict[str, str]:
    return corpus.texts


@pytest.fixture(scope="session")
def left_out(gazetteer, texts) -> dict[str, Gazetteer]:
    """For each document, the gazetteer it would have had as a new document."""
    return {doc: gazetteer.without(doc, texts) for doc in texts}
