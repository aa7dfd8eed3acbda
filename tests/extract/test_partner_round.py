"""Readings found by writing made-up releases of associations, cooperation programmes, agreements, conferences and
diplomacy (no sentence of the measure split): an agreement named by bodies named again by their head nouns («بين
الصندوق والمنظمة»), a title in quotes described by its head noun and a nisba («المنظمة المغربية «أمل للتنمية»»),
a partner noun said of a name in quotes and its nisba. Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

QATAR_FUND = "صندوق قطر للتنمية"
IOM = "المنظمة الدولية للهجرة"


@pytest.mark.parametrize("text", [
    f"وقع {QATAR_FUND} اتفاقية مع {IOM}. وتندرج الاتفاقية الموقعة بين الصندوق والمنظمة في إطار دعم العودة.",
    f"وقع {QATAR_FUND} و{IOM} اتفاقية جديدة. ويأتي ذلك في إطار اتفاقية موقعة بين المنظمة والصندوق في الدوحة.",
])
def test_an_agreement_between_bodies_named_again_by_their_head_nouns(gazetteer, text):
    result = extract(text, gazetteer)
    between = {who for who, what in stated(result, "signatory_of") if "بين" in what}
    assert between == {"organization/qatar-fund", "organization/iom"}


def test_head_nouns_with_no_body_named_before_are_no_parties(gazetteer):
    text = "ويأتي ذلك في إطار اتفاقية موقعة بين الصندوق والمنظمة في الدوحة."
    assert stated(extract(text, gazetteer), "signatory_of") == set()


@pytest.mark.parametrize("text, relation", [
    ("نظمت المفوضية ورشة بالتعاون مع المنظمة المغربية «أمل للتنمية» بمدينة وجدة.", "partner_of"),
    ("وقعت المفوضية اتفاقية شراكة مع الجمعية المغربية «أمل للتنمية».", "signatory_of"),
])
def test_a_title_in_quotes_described_by_a_head_and_a_nisba_is_the_name(gazetteer, text, relation):
    result = extract(text, gazetteer)
    organizations = [result.quote(m) for m in result.mentions if m.kind == "organization" and m.entity is None]
    assert organizations == ["أمل للتنمية"]
    assert "«أمل للتنمية»" in {who for who, _ in stated(result, relation)}


def test_a_quoted_saying_after_a_body_and_its_nisba_stays_the_body(gazetteer):
    result = extract("وقالت المنظمة الدولية «إن الوضع صعب».", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == ["المنظمة الدولية"]


@pytest.mark.parametrize("text, partner", [
    ("وتستفيد من هذا التمويل منظمة «إنترسوس» الإيطالية، الشريك المنفذ للمفوضية السامية لشؤون اللاجئين.",
     "«إنترسوس»"),
    ("وتستفيد من هذا التمويل منظمة «إنترسوس»، الشريك المنفذ للمفوضية السامية لشؤون اللاجئين.", "«إنترسوس»"),
])
def test_a_partner_noun_said_of_a_quoted_name_and_its_nisba(gazetteer, text, partner):
    assert stated(extract(text, gazetteer), "partner_of") == {(partner, "organization/unhcr")}


def test_a_relative_pronoun_after_the_quoted_name_is_no_nisba(gazetteer):
    text = "وتستفيد منظمة «إنترسوس» التي تعمل مع الشريك المنفذ للمفوضية السامية لشؤون اللاجئين."
    assert stated(extract(text, gazetteer), "partner_of") == set()
