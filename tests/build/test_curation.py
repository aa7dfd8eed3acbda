import datetime as dt
import shutil

import pytest
from rdflib.namespace import XSD

from kg.build import curation
from kg.config import ROOT
from kg.errors import CurationError


def test_dates_keep_their_precision():
    assert curation.date_literal(2013).datatype == XSD.gYear
    assert curation.date_literal("2013-06").datatype == XSD.gYearMonth
    assert curation.date_literal(dt.date(2013, 6, 7)).datatype == XSD.date
    with pytest.raises(ValueError):
        curation.date_literal("June 2013")


def test_decimals_are_decimals():
    literal = curation.decimal("2400000")
    assert literal.datatype == XSD.decimal and str(literal) == "2400000"


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _load(data_dir, onto):
    return curation.load(data_dir, onto, "https://w3id.org/mgkg/")


def test_every_problem_is_reported_with_its_place(data_copy, onto):
    facts = data_copy / "facts" / "extra.yaml"
    facts.write_text(
        "source: m4sd-board-rabat-2022\n"
        "facts:\n"
        "  - quote: \"this sentence is not in the text\"\n"
        "    about: programme/m4sd\n"
        "    dateLaunched: 2019\n"
        "  - quote: \"بتمويل من التعاون الإنمائي السويسري (SDC)\"\n"
        "    funding: {funder: organization/nobody, item: programme/m4sd}\n"
        "  - quote: \"بتمويل من التعاون الإنمائي السويسري (SDC)\"\n"
        "    participation: {agent: organization/sdc, in: programme/m4sd, role: fundng}\n",
        encoding="utf-8")
    with pytest.raises(CurationError) as error:
        _load(data_copy, onto)
    message = str(error.value)
    assert "extra.yaml#1: quote not found" in message
    assert "extra.yaml#2: unknown entity 'organization/nobody'" in message
    assert "extra.yaml#3: role:fundng is not a concept of the vocabularies" in message


def test_an_edited_source_is_refused(data_copy, onto):
    text = data_copy / "sources" / "000_afd8cb1e22f30922.txt"
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    with pytest.raises(CurationError, match="has changed"):
        _load(data_copy, onto)


def test_the_same_tie_from_two_places_is_one_node(data_copy, onto):
    loaded = _load(data_copy, onto)
    ties = {s for s, _, _ in loaded.dataset.triples((None, curation.MG.funder, None))}
    assert all(str(t).startswith("https://w3id.org/mgkg/id/funding/") for t in ties)
