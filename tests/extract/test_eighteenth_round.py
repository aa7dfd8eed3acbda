"""Readings found by the eighteenth round (five helpers wrote 40 made-up releases of new genres: laws and
ratifications, donors' funding announcements, joint statements after bilateral visits, cultural and sports events,
humanitarian appeals and response plans; no sentence of the measure split). Each with a variant that must not give
the fact."""

import pytest

from kg.extract.pipeline import extract

from .test_genre_relations import stated

# Implementing: who launches a plan carries it out ------------------------------------------------------------

@pytest.mark.parametrize("text, implementers", [
    ("أطلقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين وبرنامج الأمم المتحدة الإنمائي، اليوم الثلاثاء في العاصمة "
     "الأردنية عمان، الخطة الإقليمية للاجئين وتعزيز القدرة على الصمود لعام 2025.",
     {"organization/unhcr", "organization/undp"}),
    ("أعلنت المنظمة الدولية للهجرة، يوم الخميس بنيروبي، عن إطلاق خطة الاستجابة الإقليمية للمهاجرين.",
     {"organization/iom"}),
])
def test_who_launches_a_plan_carries_it_out(gazetteer, text, implementers):
    assert {s for s, _ in stated(extract(text, gazetteer), "implements")} == implementers


def test_a_plan_named_before_the_launch_is_not_launched(gazetteer):
    text = "وفي إطار الخطة الوطنية للهجرة، أطلقت المنظمة الدولية للهجرة حملة تحسيسية بمدينة وجدة."
    assert not stated(extract(text, gazetteer), "implements")
