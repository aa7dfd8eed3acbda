"""A programme's component and the countries listed as where it runs: «موّلت مكونا جديدا … يُنفَّذ في بلدان من
بينها X وY» (inst_au_jlmp_labour_migration_2018), as for a programme or project; a component whose
countries are not said to be where it runs targets none."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, countries", [
    # develop: inst_au_jlmp_labour_migration_2018
    ("كما موّلت مكونا جديدا مدته أربع سنوات يحمل اسم «الإجراءات التحفيزية» (JLMP Action)، يُنفَّذ في بلدان من "
     "بينها كوت ديفوار والكاميرون ومالاوي وإثيوبيا والمغرب.",
     {"country/cote-divoire", "country/cameroon", "country/malawi", "country/ethiopia", "country/morocco"}),
    # made up: «في كل من», another verb
    ("وأطلقت المنظمة مكونا ثانيا للتكوين المهني، سيُنجز في كل من تونس والسنغال.",
     {"country/tunisia", "country/senegal"}),
])
def test_a_component_targets_the_countries_it_runs_in(gazetteer, text, countries):
    assert {c for c, _ in stated(extract(text, gazetteer), "targets")} == countries


@pytest.mark.parametrize("text", [
    # the countries fund it: none is where it runs
    "وموّلت السويد والنرويج مكونا جديدا للتكوين المهني.",
    "وأطلقت المنظمة مكونا ثانيا للتكوين المهني بدعم من كل من السويد والنرويج.",
])
def test_a_component_with_no_countries_it_runs_in_targets_none(gazetteer, text):
    assert not stated(extract(text, gazetteer), "targets")
