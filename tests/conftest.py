from pathlib import Path

import pytest
from rdflib import Graph

from kg import ontology
from kg.config import ROOT

ONTOLOGY_DIR = ROOT / "ontology"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def onto() -> Graph:
    return ontology.load(ONTOLOGY_DIR)


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return ontology.load_shapes(ONTOLOGY_DIR)


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch):
    """KG_* variables of the developer's shell never leak into a test."""
    import os

    for name in list(os.environ):
        if name.startswith("KG_"):
            monkeypatch.delenv(name)
