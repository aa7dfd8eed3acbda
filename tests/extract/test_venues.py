"""The body whose hall or seat holds an event hosts it (the gold's hosts). A sentence of the develop split
(inst_rabat_oujda_shared_governance_2021: «فقد احتضنت القاعة الكبرى لجماعة وجدة … لقاء تشاركيا») and made-up
variants («الذي احتضنته قاعة الاجتماعات بالمجلس الجماعي لطنجة»، «الذي احتضنه مقر جمعية …»); a hall of no body
named, or a city after its descriptor («التي احتضنتها مدينة فاس»: 1 host the measure split does not give), hosts
nothing."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.conftest import EXTRACTION_DEV
from tests.extract.test_genre_relations import stated


@pytest.mark.parametrize("text, host, event", [
    ("وشهد اللقاء التواصلي، الذي احتضنته قاعة الاجتماعات بالمجلس الجماعي لطنجة، نقاشا مستفيضا.",
     "«بالمجلس الجماعي لطنجة»", "«اللقاء التواصلي»"),
    ("وانطلق اللقاء التواصلي حول الهجرة، الذي احتضنه مقر جمعية أمل للتنمية.", "«جمعية أمل للتنمية»",
     "«اللقاء التواصلي حول الهجرة»"),
    ("احتضنت رحاب جمعية أمل للتنمية، يوم السبت، لقاء تواصليا حول الهجرة.", "«جمعية أمل للتنمية»",
     "«لقاء تواصليا حول الهجرة»"),
])
def test_the_body_of_the_hall_hosts(gazetteer, text, host, event):
    assert stated(extract(text, gazetteer), "hosts") == {(host, event)}


def test_the_great_hall_of_the_commune(gazetteer):
    text = (EXTRACTION_DEV / "inst_rabat_oujda_shared_governance_2021.txt").read_text(encoding="utf-8")
    result = extract(text, gazetteer)
    hosts = {(result.quote(f.args[0][1]), result.quote(f.args[1][1])) for f in result.facts if f.role == "host"}
    assert ("لجماعة وجدة", "لقاء تشاركيا") in hosts


@pytest.mark.parametrize("text", [
    "وشهد اللقاء التواصلي، الذي احتضنته قاعة الاجتماعات الكبرى، نقاشا مستفيضا.",
])
def test_a_hall_of_no_body_hosts_nothing(gazetteer, text):
    # (a city by its word does: test_twelfth_round)
    assert not stated(extract(text, gazetteer), "hosts")


@pytest.mark.parametrize("text, hosts", [
    ("وانعقد المؤتمر الإقليمي حول الهجرة بالمغرب يومي 5 و6 يونيو.", {("country/morocco", "«المؤتمر الإقليمي حول الهجرة»")}),
    # the country of a post named after the event: an ambassador's, not where the event was held
    ("وجرى حفل التوقيع بحضور سفير فرنسا بالمغرب، السيد كريستوف لوكورتيي.", set()),
])
def test_a_country_right_after_an_event_held_hosts_it(gazetteer, text, hosts):
    assert stated(extract(text, gazetteer), "hosts") == hosts


MEETING = "نظمت الوزارة اجتماعا تشاوريا حول الهجرة. "


@pytest.mark.parametrize("text, hosts", [
    # the seat or premises of a body, the event named again by its head noun
    (MEETING + "واحتضن مقر المنظمة الدولية للهجرة بالرباط هذا الاجتماع.", {("organization/iom", "«اجتماعا تشاوريا»")}),
    (MEETING + "وجرى الاجتماع في مقر المنظمة الدولية للهجرة.", {("organization/iom", "«اجتماعا تشاوريا»")}),
    ("نظمت الوزارة ندوة حول الهجرة برحاب جامعة محمد الخامس.", {("«جامعة محمد الخامس»", "«ندوة حول الهجرة»")}),
    # a seat that holds no event the sentence speaks of
    (MEETING + "ويوجد مقر المنظمة الدولية للهجرة بالرباط.", set()),
])
def test_the_body_of_the_seat_hosts(gazetteer, text, hosts):
    assert stated(extract(text, gazetteer), "hosts") == hosts
