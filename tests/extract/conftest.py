"""What the kg.extract tests share, computed once per session from the real built graph (the
``built`` fixture of tests/conftest.py): the store, the full gazetteer, the corpus of ``kg eval``
and each document's leave-one-out gazetteer."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest
import yaml

from kg import store
from kg.config import ROOT
from kg.extract.evaluate import Corpus
from kg.extract.gazetteer import Gazetteer
from kg.extract.pipeline import extract

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


EXTRACTION_DEV = ROOT / "tests" / "data" / "extraction-dev"
ROUNDS = ROOT / "tests" / "data" / "rounds"       # made-up documents with gold in the corpus's schema
# A made-up document and its gold annotation in the schema of tests/data/extraction-dev (none of its
# sentences comes from that corpus): what the corpus evaluation finds, misses and matches. (Its located_in is
# missed on purpose, in a wording no rule reads, so that the report of a miss stays tested.)
MADE_UP_TEXT = ("# source: made up for the tests of kg eval --corpus\n"
                "الرباط، 3 مارس 2024 – أعلنت الوزارة أن مشروع “DEPOMI” يستفيد بدعم مالي من الوكالة البلجيكية للتنمية. "
                "وتتولى جمعية الأمل للتنمية تنفيذ المشروع. ويعرف شباب الجهة الشرقية المشروع جيدا. "
                "وقال السيد كريم الوردي، مدير جمعية الأمل للتنمية، إن المشروع يخدم الشباب.\n")
MADE_UP_GOLD = {
    "doc": "fund_made_up", "text_file": "fund_made_up.txt",
    "entities": [
        {"id": "enabel", "type": "organization", "name_en": "Belgian Development Agency (Enabel)",
         "surface": ["الوكالة البلجيكية للتنمية"]},
        {"id": "depomi", "type": "programme", "name_en": "DEPOMI", "surface": ["DEPOMI"]},
        {"id": "amal", "type": "organization", "name_en": "Al Amal Association for Development",
         "surface": ["جمعية الأمل للتنمية"]},
        {"id": "wardi", "type": "person", "name_en": "Karim El Wardi", "surface": ["كريم الوردي"]},
        {"id": "oriental", "type": "region", "name_en": "Oriental region", "surface": ["الجهة الشرقية"]},
        {"id": "rabat", "type": "city", "name_en": "Rabat", "surface": ["الرباط"], "optional": True},
    ],
    "facts": [
        {"subject": "enabel", "relation": "funds", "object": "depomi",
         "quote": "يستفيد بدعم مالي من الوكالة البلجيكية للتنمية"},
        {"subject": "amal", "relation": "implements", "object": "depomi",
         "quote": "وتتولى جمعية الأمل للتنمية تنفيذ المشروع"},
        {"subject": "wardi", "relation": "holds_position_in", "object": "amal", "position": "مدير",
         "position_en": "Director", "quote": "كريم الوردي، مدير جمعية الأمل للتنمية"},
        {"subject": "depomi", "relation": "located_in", "object": "oriental",
         "quote": "ويعرف شباب الجهة الشرقية المشروع جيدا"},
        {"subject": "depomi", "relation": "located_in", "object": "rabat", "quote": "الرباط"},   # optional entity
        {"subject": "depomi", "relation": "date", "value": "2024-03-03", "quote": "3 مارس 2024"},
    ],
    "dates": [{"surface": "3 مارس 2024", "iso": "2024-03-03", "refers_to": "depomi"}],
    "amounts": [],
    "must_not_extract": [],
}


@pytest.fixture(scope="session")
def made_up_corpus(tmp_path_factory):
    """A corpus folder of one made-up document (develop split, by its fund_ prefix) with the
    vendored scorer beside it."""
    directory = tmp_path_factory.mktemp("made-up-corpus")
    for name in ("extraction_check.py", "gold_coverage.py"):
        (directory / name).write_bytes((EXTRACTION_DEV / name).read_bytes())
    (directory / "fund_made_up.txt").write_text(MADE_UP_TEXT, encoding="utf-8")
    (directory / "fund_made_up.gold.yaml").write_text(yaml.safe_dump(MADE_UP_GOLD, allow_unicode=True),
                                                       encoding="utf-8")
    return directory


def cpu_seconds(text: str, gazetteer: Gazetteer) -> float:
    """CPU seconds of one read of ``text``, the collector off: what the extractor costs, not what the rest of the
    suite's heap or the other core adds to it (a collection of a large heap during one read made a linear reading
    look quadratic). Nor is the heap collected before each read: that took 0.1 to 0.25 s, often longer than the
    read, and half of the hostile-input checks' time."""
    gc.disable()
    try:
        start = time.process_time()
        extract(text, gazetteer)
        return time.process_time() - start
    finally:
        gc.enable()


def assert_scales(small: str, large: str, gazetteer: Gazetteer, holds: Callable[[float, float], bool]) -> None:
    """``holds(cost of small, cost of large)``, each read once, or else on the better of two reads of each: a read
    the other core slowed is read again, a quadratic reading fails twice. (Every read twice, these tests took a third
    of the suite's CPU time; the second read is needed only when the first pair fails.)"""
    once, twice = cpu_seconds(small, gazetteer), cpu_seconds(large, gazetteer)
    if not holds(once, twice):
        once, twice = min(once, cpu_seconds(small, gazetteer)), min(twice, cpu_seconds(large, gazetteer))
    assert holds(once, twice), (once, twice)


def assert_linear(unit: str, gazetteer: Gazetteer, times: int = 250) -> None:
    """A document of ``unit`` 4 × ``times`` times costs at most about four times one of ``times`` times (6 times, give
    or take 0.5 s of noise: a quadratic reading costs 16 times), and under ten seconds: the hostile-input check of
    every new reading. For a cost of a·n + b·n² it fails once b·n² > a·n/5 + 0.05: read at 250 and 1,000 units, it
    catches every quadratic term the former check (twice the size costing 3 times, read at 500 and 1,000 units)
    caught, reading a sixth less. (At 250 and 500 units with a ratio of 2.5 it failed now and then on a busy machine:
    a linear reading's cost grows by 2.1 to 2.5 times at that size.)"""
    assert_scales(unit * times, unit * 4 * times, gazetteer, lambda once, four: four < 10 and four < 6 * once + 0.5)


def assert_output_names_every_argument(text: str, gazetteer: Gazetteer, base_iri: str) -> None:
    """Every fact's argument is a mention the candidates' output names, and the TriG is written (a name a relation read
    again, longer or shorter than the document's mention of it, once made ``kg extract`` fail)."""
    from kg.extract import reader
    from kg.extract.output import Candidates
    from kg.extract.pipeline import extract

    document = reader.from_bytes(text.encode("utf-8"), "document.txt")
    result = extract(document.text, gazetteer)
    named = {(m.start, m.end, m.kind, m.entity) for m in result.mentions + result.implicit}
    assert all((m.start, m.end, m.kind, m.entity) in named for f in result.facts + result.located for _, m in f.args)
    assert Candidates(document, result, base_iri, path="document.txt").trig()


def alternative_names(text: str, gazetteer: Gazetteer, base_iri: str, new_only: bool = False) -> set[str]:
    """The skos:altLabel values of ``kg extract``'s candidates for ``text`` (of the new entities only, or all)."""
    from rdflib import Dataset
    from rdflib.namespace import SKOS

    from kg.extract.output import Candidates
    from kg.extract.pipeline import extract
    from kg.extract.reader import from_bytes

    document = from_bytes(text.encode(), "made-up.txt")
    ds = Dataset()
    ds.parse(data=Candidates(document, extract(document.text, gazetteer), base_iri).trig(), format="trig")
    return {str(o) for s, _, o, _ in ds.quads((None, SKOS.altLabel, None, None))
            if not new_only or str(s).startswith(f"{base_iri}candidate/")}
