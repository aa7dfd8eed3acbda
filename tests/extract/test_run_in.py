"""Where a project runs, from who carries it out: «تنفذ X (ACR) في PLACE، على مدى …، مشروعا بعنوان «Y»» — the
place right after the implementing agent, the project after both (law_mauritania_sngm_eu_iom_2023); not a
place inside an aside on the agent, nor one of two places."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, fact", [
    # develop: law_mauritania_sngm_eu_iom_2023
    ("نواكشوط – تنفذ المنظمة الدولية للهجرة (OIM) في موريتانيا، على مدى ستة وثلاثين شهرا (2023-2026)، مشروعا "
     "بعنوان «تعزيز حكامة الهجرة في موريتانيا ودعم تنفيذ خطة عمل الاستراتيجية الوطنية لتسيير الهجرة».",
     ("«تعزيز حكامة الهجرة في موريتانيا ودعم تنفيذ خطة عمل الاستراتيجية الوطنية لتسيير الهجرة»", "country/mauritania")),
    # made up: a city, a date aside, the conjunction
    ("وتنفذ جمعية الأمل في وجدة، منذ يناير 2022، مشروعا بعنوان «تمكين» لدعم النساء المهاجرات.",
     ("«تمكين»", "city/oujda")),
])
def test_a_project_runs_where_its_implementer_carries_it_out(gazetteer, text, fact):
    assert fact in stated(extract(text, gazetteer), "located_in")


@pytest.mark.parametrize("text", [
    # a place inside an aside on the agent
    "وتنفذ المنظمة الدولية للهجرة، التي افتتحت مكتبا في موريتانيا، مشروعا بعنوان «حماية».",
    # two places: which one is not said
    "وتنفذ جمعية الأمل في وجدة وفي الناظور مشروعا بعنوان «حماية».",
])
def test_no_place_for_the_project(gazetteer, text):
    assert not {f for f in stated(extract(text, gazetteer), "located_in") if f[0] == "«حماية»"}


PROJECT = "أطلقت جمعية الأمل للتنمية مشروع «تمكين» لفائدة المهاجرين. "


@pytest.mark.parametrize("text, places", [
    # develop: fund_italy_iom_salem_2008 — the project named again by its head noun, after «أما» turned the talk to it
    ("وتمول إيطاليا مشروع «موارد» ومشروع «موارد» ومشروع «موارد». أما مشروع SALEM، فيأتي امتدادا لمرحلة أولى. "
     "وسينفذ المشروع على مدى ثمانية عشر شهرا في منطقة خريبكة، بشراكة مع مؤسسة التعاون الوطني.",
     {("«SALEM»", "city/khouribga")}),
    # made up: the places of its clause marked as where, a list of them, and the places it covers
    (PROJECT + "ويستهدف المشروع 200 مهاجر بمدينة وجدة.", {("«تمكين»", "city/oujda")}),
    (PROJECT + "وينفذ المشروع في مدن طنجة والناظور ووجدة.",
     {("«تمكين»", "city/tangier"), ("«تمكين»", "city/nador"), ("«تمكين»", "city/oujda")}),
    (PROJECT + "ويشمل المشروع مدينتي فاس ومكناس.", {("«تمكين»", "city/fes"), ("«تمكين»", "city/meknes")}),
    # a place not marked as where, or past the clause
    (PROJECT + "ويستهدف المشروع المهاجرين القادمين من السنغال.", set()),
    (PROJECT + "وينفذ المشروع فريق من الخبراء؛ وفي وجدة انطلقت ورشة أخرى.", set()),
])
def test_a_project_runs_where_its_clause_says(gazetteer, text, places):
    assert {(a, b) for a, b in stated(extract(text, gazetteer), "located_in") if a in ("«تمكين»", "«SALEM»")} == places


@pytest.mark.parametrize("text, countries", [
    # the countries a programme runs in are those it is for (the gold's targets), not places it is located in
    (PROJECT + "ويستهدف المشروع المهاجرين في المغرب والجزائر وتونس.",
     {"country/morocco", "country/algeria", "country/tunisia"}),
    (PROJECT + "ويهم المشروع ثلاث دول هي المغرب وتونس ومصر.", {"country/morocco", "country/tunisia", "country/egypt"}),
])
def test_the_countries_a_project_runs_in_are_its_targets(gazetteer, text, countries):
    result = extract(text, gazetteer)
    assert {a for a, b in stated(result, "targets") if b == "«تمكين»"} == countries
    assert not {b for a, b in stated(result, "located_in") if a == "«تمكين»"}
