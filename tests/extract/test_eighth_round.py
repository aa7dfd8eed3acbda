"""Readings found by the eighth round of made-up releases (places, partners, participation, values, cooperation;
no sentence of the measure split). Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

WORKSHOP = "نظمت المنظمة الدولية للهجرة ورشة عمل حول إدماج المهاجرين."


@pytest.mark.parametrize("attendees", [
    "السيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب",
    "السيد محمد العلوي، مدير الهجرة بوزارة الداخلية، والسيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب",
    "السيدة ماريا غارسيا، سفيرة إسبانيا بالمغرب، والسيد محمد العلوي، مدير الهجرة بوزارة الداخلية",
])
def test_the_country_an_envoy_serves_in_takes_no_part(gazetteer, attendees):
    participants = {who for who, _ in stated(extract(f"{WORKSHOP} وحضر أشغال الورشة {attendees}.", gazetteer),
                                             "participates_in")}
    assert "«ماريا غارسيا»" in participants and "country/morocco" not in participants


def test_a_country_attending_by_its_own_name_still_takes_part(gazetteer):
    text = f"{WORKSHOP} وحضر أشغال الورشة السيدة ماريا غارسيا، سفيرة إسبانيا، والمغرب."
    participants = {who for who, _ in stated(extract(text, gazetteer), "participates_in")}
    assert "country/morocco" in participants
