"""Readings found by writing made-up releases of regional cooperation in the UN News register (no sentence of the
measure split): a country director is no country's, «كسلا» is not «ك + سلا», a place word is no word of a name, an
acronym with a hyphen is one, and a clause of another subject («بينما …») keeps its item. Each with a variant that
must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear


def test_a_country_director_is_the_body_s(gazetteer):
    result = extract("وأشاد المدير القطري لبرنامج الأغذية العالمي، بيير أونورات، بسخاء المانحين.", gazetteer)
    assert stated(result, "holds_position_in") == {("«بيير أونورات»", "organization/wfp")}
    result = extract("وقال وزير الخارجية القطري، محمد آل ثاني، إن التعاون مهم.", gazetteer)
    assert stated(result, "holds_position_in") == {("«محمد آل ثاني»", "country/qatar")}


def test_a_three_letter_place_after_kaf_is_no_clitic(gazetteer):
    places = {m.entity for m in extract("أطلق برنامج الأغذية العالمي مشروع «الصمود الغذائي» في مدينة كسلا.",
                                        gazetteer).mentions if m.kind == "city"}
    assert places == {"city/kassala"}
    assert {m.entity for m in extract("وتعمل المنظمة في دول كالمغرب وتونس.", gazetteer).mentions} \
        == {"country/morocco", "country/tunisia"}


def test_a_place_word_is_no_word_of_a_name(gazetteer):
    result = extract("وزار الوزير مدينة سلا.", gazetteer)
    assert [(m.kind, m.entity) for m in result.mentions] == [("city", "city/sale")]


def test_an_acronym_with_a_hyphen_is_one(gazetteer):
    result = extract("أطلقت المنظمة الدولية للهجرة برنامج «حماية المهاجرين في ليبيا» (PROTECT-LY) بتمويل من الاتحاد "
                     "الأوروبي قدره 12 مليون يورو.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "programme"] \
        == ["حماية المهاجرين في ليبيا", "PROTECT-LY"]


def test_a_clause_of_another_subject_keeps_its_item(gazetteer):
    result = extract("وخصصت الحكومة الألمانية 8 ملايين يورو للمنظمة الدولية للهجرة، بينما قدم الاتحاد الأوروبي 15 مليون "
                     "يورو لبرنامج «الحماية والحلول الدائمة».", gazetteer)
    assert stated(result, "funds") == {("country/germany", "organization/iom"),
                                       ("organization/eu", "«الحماية والحلول الدائمة»")}


@pytest.mark.parametrize("unit", ["(PROTECT-LY-", "كسلا كالمغرب ", "بينما خصصت الحكومة 8 ملايين يورو ",
                                  "وقال سفير إيطاليا، فابريزيو سابيلي، إن ", "المديرة التنفيذية للمنظمة، سيندي ماكين. "])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_the_country_of_the_people_a_programme_is_for(gazetteer):
    for text in ("أطلقت المنظمة الدولية للهجرة برنامج «الإدماج» لفائدة المهاجرين في النيجر.",
                 "أطلقت المنظمة الدولية للهجرة برنامج «الإدماج» لفائدة المهاجرين بالنيجر."):
        assert stated(extract(text, gazetteer), "targets") == {("country/niger", "«الإدماج»")}, text
    result = extract("أطلقت المنظمة الدولية للهجرة برنامج «الإدماج» لفائدة المهاجرين القادمين من النيجر.", gazetteer)
    assert stated(result, "targets") == set()


def test_the_cities_a_project_runs_in(gazetteer):
    result = extract("أطلقت المنظمة الدولية للهجرة مشروع «الصمود الغذائي» في مدن سبها وطرابلس وإربد.", gazetteer)
    assert stated(result, "located_in") == {("«الصمود الغذائي»", c) for c in ("city/sabha", "city/tripoli", "city/irbid")}
