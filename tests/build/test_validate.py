from rdflib import Graph

from kg.build.validate import validate
from tests.conftest import DATA


def _report(name, shapes, onto):
    return validate(Graph().parse(DATA / "shapes" / name), shapes, onto)


def test_conforming_example_conforms(shapes, onto):
    report = _report("conforming.ttl", shapes, onto)
    assert report.conforms, report.text()


def test_nonconforming_example_is_rejected_for_each_breakage(shapes, onto):
    report = _report("nonconforming.ttl", shapes, onto)
    assert not report.conforms
    messages = report.text()
    for expected in [
        "A funding tie has a funder, an agent",
        "An amount has exactly one non-negative xsd:decimal value",
        "ISO 4217",
        "Every asserted fact has evidence",
        "Every named thing has an Arabic preferred label",
        "A start date is one xsd:date, xsd:gYearMonth or xsd:gYear",
        "start is before its end",
    ]:
        assert expected in messages, f"missing: {expected}\n{messages}"


def test_violations_name_the_thing_by_its_label(shapes, onto):
    report = _report("nonconforming.ttl", shapes, onto)
    assert any("«Swiss Agency for Development and Cooperation»" in v.focus for v in report.violations)
