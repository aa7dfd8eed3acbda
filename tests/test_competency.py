"""The researcher's guide, checked: every competency question of ``queries/competency/`` runs against the
real build and gives the answer its front matter expects (read from the source texts and the curated
facts, not from what the query returns); ``ontology/README.md`` lists every one of them."""

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml

from kg import queryfiles, store
from kg.config import ROOT

BASE = "https://w3id.org/mgkg/"
KINDS = {"lookup", "reverse lookup", "temporal filter", "aggregation with amounts", "counting", "negation",
         "multi-hop", "provenance", "multilingual"}
SHORT = {BASE + "id/": "", BASE + "source/": "source:", BASE + "vocab/theme/": "theme:", BASE + "vocab/role/": "role:",
         BASE + "vocab/post/": "post:", "https://w3id.org/mgkg/ontology#": "mg:",
         "http://www.w3.org/2004/02/skos/core#": "skos:", "http://www.wikidata.org/entity/": "wd:"}
QUESTIONS = sorted(queryfiles.directory("competency").glob("*.rq"))


def front_matter(path: Path) -> dict:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#+ "):
            break
        lines.append(line[3:])
    return yaml.safe_load("\n".join(lines))


def value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for namespace, prefix in SHORT.items():
            if term.value.startswith(namespace):
                return prefix + term.value[len(namespace):]
        return term.value
    return number(term.value)


def number(text) -> str:
    """A number in one canonical form (2400000, 2400000.0 and 2.4E6 alike); anything else as it is."""
    text = str(text)
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return text
    try:
        canonical = format(Decimal(text), "f")
    except InvalidOperation:
        return text
    return canonical.rstrip("0").rstrip(".") if "." in canonical else canonical


@pytest.fixture(scope="module")
def oxi(built):
    config, _ = built
    return store.open_read_only(store.current_store(config))


def test_there_are_at_least_forty_questions_of_every_kind():
    kinds = [front_matter(p)["kind"] for p in QUESTIONS]
    assert len(QUESTIONS) >= 40
    assert set(kinds) == KINDS, set(kinds) ^ KINDS
    for path in QUESTIONS:
        meta = front_matter(path)
        assert meta["question"] and meta["answer"] and meta["source"] and meta["expect"]["rows"], path.name


def test_the_guide_lists_every_question_with_its_file():
    guide = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    for path in QUESTIONS:
        assert f"queries/competency/{path.name}" in guide, path.name


@pytest.mark.parametrize("path", QUESTIONS, ids=[p.stem for p in QUESTIONS])
def test_competency_question_gives_the_expected_answer(oxi, path):
    meta = front_matter(path)
    expect = meta["expect"]
    result = oxi.query(path.read_text(encoding="utf-8"))
    solutions = list(result)
    columns = expect["columns"]
    got = {tuple(value(s[c]) for c in columns) for s in solutions}
    wanted = {tuple(number(v) for v in row) for row in expect["rows"]}
    if expect["mode"] == "exact":
        assert got == wanted, f"{meta['question']}\n missing {wanted - got}\n unexpected {got - wanted}"
    else:
        assert wanted <= got, f"{meta['question']}\n missing {wanted - got}"
    if "language" in expect:
        column, language = expect["language"]["column"], expect["language"]["is"]
        assert solutions and all(s[column].language == language for s in solutions)
