"""Who takes part in an event, in the wordings of wire copy on conferences: delegations, experts or ministers
from countries («وشاركت في المؤتمر وفود من X وY»، «مشاركة وزراء داخلية X وY»), and attending the sessions of an
event («وحضر أشغال المؤتمر …»). Made-up sentences, with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

OPENED = "انطلقت أشغال المؤتمر الإقليمي حول الهجرة. "


@pytest.mark.parametrize("text, agents", [
    (OPENED + "وشاركت في المؤتمر وفود من المغرب والسنغال ومالي.",
     {"country/morocco", "country/senegal", "country/mali"}),
    (OPENED + "وشارك في المؤتمر خبراء من فرنسا وبلجيكا.", {"country/france", "country/belgium"}),
    (OPENED + "وحضر أشغال المؤتمر السيد أحمد العلوي، وزير الشغل.", {"«أحمد العلوي»"}),
    # countries the event is about, not who came
    (OPENED + "وتناول المؤتمر أوضاع المهاجرين في المغرب والسنغال.", set()),
])
def test_who_takes_part_by_delegation(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents
