"""The curated-query API (``/api/queries``) through the real server (uvicorn on loopback) with
httpx: answers checked against the source data, validation, injection, paging, formats, ETags,
the catalogue and the OpenAPI description (with schemathesis)."""

import csv
import io
import json
import re

import httpx
import pytest
import schemathesis
import yaml
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks

from kg.config import ROOT
from kg.http.app import create_app
from kg.query import catalogue as queries
from kg.query.catalogue import parse

ID = "https://w3id.org/mgkg/id/"
MG = "https://w3id.org/mgkg/ontology#"
ROLE = "https://w3id.org/mgkg/vocab/role/"
THEME = "https://w3id.org/mgkg/vocab/theme/"
SDC, EU, IOM = ID + "organization/sdc", ID + "organization/eu", ID + "organization/iom"
MOROCCO, GFMD, M4SD = ID + "country/morocco", ID + "organization/gfmd", ID + "programme/m4sd"
MOBILITY = ID + "agreement/eu-morocco-mobility-partnership"
CATALOGUE = {q.name: q for q in queries.load()}
NAMES = sorted(CATALOGUE)
REQUIRED = {name: [p.name for p in q.parameters if p.required] for name, q in CATALOGUE.items()}
SOURCES = ROOT / "data" / "sources"


@pytest.fixture(scope="module")
def client(live):
    with httpx.Client(base_url=live, timeout=60) as c:
        yield c


def get(client, name: str, **params) -> httpx.Response:
    return client.get(f"/api/queries/{name}", params=params)


def page(client, name: str, **params) -> dict:
    response = get(client, name, **params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and body["query"] == name
    return body


def rows(client, name: str, **params) -> list[dict]:
    """Every row of a query (one page of the largest size)."""
    body = page(client, name, limit=CATALOGUE[name].max_page_size, **params)
    assert body["total"] == len(body["rows"]) and body["next"] is None
    return body["rows"]


def iri(value) -> str | None:
    return value["iri"] if value else None


def assert_error(response: httpx.Response, status: int, *mentions: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["errors"] and all(isinstance(e, str) for e in body["errors"])
    for mention in mentions:
        assert mention in body["error"], (mention, body["error"])
    return body


def headline(client) -> dict:
    [row] = page(client, "headline-numbers")["rows"]
    return row


def triple_count(client) -> int:
    response = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                          headers={"Cache-Control": "no-cache"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


# --- answers checked against the source data -------------------------------------------------------

def test_funding_ties_of_one_funder_with_labels_in_each_language(client):
    body = page(client, "funding-ties", funder=SDC, lang="ar")
    assert body["total"] == 1 and body["parameters"] == {"funder": SDC} and body["lang"] == "ar"
    [row] = body["rows"]
    assert row["funder"] == {"iri": SDC, "label": "التعاون الإنمائي السويسري"}
    assert iri(row["item"]) == M4SD and row["amount"] is None and row["currency"] is None
    [english] = page(client, "funding-ties", funder=SDC, lang="en")["rows"]
    assert english["funder"]["label"] == "Swiss Agency for Development and Cooperation"
    [french] = page(client, "funding-ties", funder=SDC, lang="fr")["rows"]
    assert french["funder"]["label"] == "Direction du développement et de la coopération"


def test_a_funding_tie_with_its_amount_as_a_number(client):
    ties = rows(client, "funding-ties")
    [aics] = [r for r in ties if iri(r["funder"]) == ID + "organization/aics"]
    assert iri(aics["item"]) == ID + "project/fair-migration-maghreb"
    assert aics["amount"] == 2400000 and isinstance(aics["amount"], int) and aics["currency"] == "EUR"
    by_item = rows(client, "funding-ties", item=ID + "project/depomi")
    assert {iri(r["funder"]) for r in by_item} == {EU, ID + "organization/eutf-africa"}


def test_funding_totals_per_currency(client):
    totals = rows(client, "funding-totals")
    [eu_eur] = [r for r in totals if iri(r["funder"]) == EU and r["currency"] == "EUR"]
    assert eu_eur["total"] == 1800000000 and type(eu_eur["total"]) is int and eu_eur["ties"] == 1
    assert rows(client, "funding-totals", funder=EU) == [r for r in totals if iri(r["funder"]) == EU]
    assert totals[0]["total"] == eu_eur["total"]  # the default order: largest total first
    # a joint tie (EU and EDF, one amount) is in the total of each of its funders
    [edf_eur] = [r for r in totals if iri(r["funder"]) == ID + "organization/edf" and r["currency"] == "EUR"]
    assert edf_eur["total"] == eu_eur["total"] and edf_eur["ties"] == 1


def test_the_funding_network_has_the_edge_from_funder_to_programme(client):
    edges = rows(client, "funding-network")
    assert {"source": SDC, "target": M4SD, "relation": "funds"} in [
        {"source": iri(e["source"]), "target": iri(e["target"]), "relation": e["relation"]} for e in edges]
    assert {e["relation"] for e in edges} == {"funds", "implements", "partner"}
    only_sdc = rows(client, "funding-network", funder=SDC)
    assert only_sdc and {iri(e["item"]) for e in only_sdc} == {M4SD}
    [aics] = [e for e in edges if iri(e["source"]) == ID + "organization/aics"]
    assert aics["amount"] == 2400000 and aics["currency"] == "EUR"


def test_agreements_of_morocco_and_a_range_of_years(client):
    agreements = rows(client, "agreements", party=MOROCCO)
    mobility = [r for r in agreements if iri(r["agreement"]) == MOBILITY]
    assert mobility and all(r["date"] == "2013-06-07" and r["year"] == 2013 for r in mobility)
    assert iri(mobility[0]["type"]) == MG + "MobilityPartnership"
    assert {iri(r["member"]) for r in mobility} >= {MOROCCO, EU}
    within = rows(client, "agreements", party=MOROCCO, since=2013, until=2013)
    assert {iri(r["agreement"]) for r in within} == {MOBILITY}
    assert MOBILITY not in {iri(r["agreement"]) for r in rows(client, "agreements", party=MOROCCO, since=2014)}
    before = rows(client, "agreements", party=MOROCCO, until=2012)
    assert before and MOBILITY not in {iri(r["agreement"]) for r in before}
    assert all(r["year"] <= 2012 for r in before)


def test_events_of_the_gfmd_series_and_by_year(client):
    editions = rows(client, "events", series=GFMD)
    assert len(editions) == 11
    assert all(iri(r["series"]) == GFMD and iri(r["event"]).startswith(ID + "event/gfmd-") for r in editions)
    assert sorted(r["edition"] for r in editions) == list(range(1, 12))
    assert [r["start"] for r in editions] == sorted(r["start"] for r in editions)
    some = rows(client, "events", series=GFMD, since=2010, until=2014)
    assert [iri(r["event"]) for r in some] == [ID + f"event/gfmd-{y}" for y in (2010, 2011, 2012, 2014)]
    assert all(2010 <= r["year"] <= 2014 for r in some)
    everything = rows(client, "events")
    assert len(everything) > len(editions)


def test_gfmd_meetings_in_order(client):
    meetings = rows(client, "gfmd-meetings")
    numbers = [r["edition"] for r in meetings]
    assert numbers == sorted(numbers) and numbers[0] == 1 and numbers[-1] == 11
    assert iri(meetings[0]["meeting"]) == ID + "event/gfmd-2007"
    assert iri(meetings[-1]["meeting"]) == ID + "event/gfmd-2018"
    assert {iri(r["meeting"]) for r in meetings} == {iri(r["event"]) for r in rows(client, "events", series=GFMD)}
    [marrakesh] = {iri(r["place"]) for r in meetings if r["edition"] == 11}
    assert marrakesh == ID + "city/marrakesh"


def test_programmes_by_place_and_by_theme(client):
    everything = {iri(r["programme"]) for r in rows(client, "programmes")}
    in_morocco = {iri(r["programme"]) for r in rows(client, "programmes", place=MOROCCO)}
    assert M4SD in in_morocco and in_morocco < everything
    labour = rows(client, "programmes", theme=THEME + "labour-migration")
    assert labour and {iri(r["programme"]) for r in labour} < everything
    [m4sd] = [r for r in rows(client, "programmes") if iri(r["programme"]) == M4SD]
    assert m4sd["funders"] == 1 and iri(m4sd["type"]) == MG + "Programme"


def test_programme_actors_by_role(client):
    funding = rows(client, "programme-actors", role="funding")
    assert funding and all(iri(r["role"]) == ROLE + "funding" for r in funding)
    assert {iri(r["actor"]) for r in funding if iri(r["programme"]) == M4SD} == {SDC}
    m4sd = rows(client, "programme-actors", programme=M4SD)
    assert {(iri(r["role"]), iri(r["actor"])) for r in m4sd} >= {(ROLE + "funding", SDC), (ROLE + "accountable", IOM)}


def test_actors_by_kind_and_country(client):
    ministries = rows(client, "actors", kind="Ministry")
    named = {iri(r["actor"]) for r in ministries}
    assert {ID + "organization/ministry-mre", ID + "organization/ministry-labour"} <= named
    assert all(iri(r["type"]) == MG + "Ministry" for r in ministries)
    moroccan = rows(client, "actors", country=MOROCCO)
    assert moroccan and all(iri(r["country"]) == MOROCCO for r in moroccan)
    assert ID + "organization/iom-morocco" in {iri(r["actor"]) for r in moroccan}
    counts = [r["involvements"] for r in rows(client, "actors")]
    assert counts == sorted(counts, reverse=True)


def test_the_neighbourhood_of_iom(client):
    relations = rows(client, "neighbourhood", resource=IOM)
    assert {r["direction"] for r in relations} <= {"in", "out"}
    outgoing = {(iri(r["property"]), iri(r["other"])) for r in relations if r["direction"] == "out"}
    assert (MG + "hasCountryOffice", ID + "organization/iom-morocco") in outgoing
    assert all(r["other"]["label"] for r in relations)  # only named resources


def test_people_of_an_organization(client):
    people = rows(client, "people", organization=ID + "organization/iom-morocco")
    [laura] = [r for r in people if iri(r["person"]) == ID + "person/laura-palatini"]
    assert laura["title"] == "رئيسة بعثة المنظمة الدولية للهجرة في المغرب"
    assert all(iri(r["organization"]) == ID + "organization/iom-morocco" for r in people)


def source_texts() -> dict[str, str]:
    entries = yaml.safe_load((SOURCES / "sources.yaml").read_text(encoding="utf-8"))
    return {f"https://w3id.org/mgkg/source/{e['id']}": (SOURCES / e["file"]).read_bytes().decode("utf-8")
            for e in entries}


@pytest.mark.parametrize("resource", [IOM, SDC, M4SD, MOROCCO])
def test_evidence_quotes_are_exact_slices_of_the_source_texts(client, resource):
    texts = source_texts()
    quotes = rows(client, "evidence", resource=resource)
    assert quotes
    for quote in quotes:
        text = texts[iri(quote["source"])]
        assert text[quote["start"]:quote["end"]] == quote["quote"]
    assert any(iri(q["fact"]) == resource for q in quotes)


def test_evidence_of_a_funding_tie_is_the_sentence_that_states_it(client):
    quotes = rows(client, "evidence", resource=SDC)
    assert ID + "funding/sdc--m4sd" in {iri(q["fact"]) for q in quotes}
    assert all("التعاون الإنمائي السويسري" in q["quote"] for q in quotes)


def test_arabic_search_ignores_the_attached_article_and_prepositions(client):
    found = page(client, "search", q="والمنظمة الدولية للهجرة", lang="ar")["rows"]
    assert iri(found[0]["resource"]) == IOM and found[0]["rank"] == 0
    assert found[0]["resource"]["label"] == "المنظمة الدولية للهجرة"
    assert [r["rank"] for r in found] == sorted(r["rank"] for r in found)


def test_latin_search_ignores_case(client):
    upper = rows(client, "search", q="MIGRATION")
    assert THEME + "labour-migration" in {iri(r["resource"]) for r in upper}
    assert upper == rows(client, "search", q="migration") == rows(client, "search", q="Migration")


def test_headline_numbers_agree_with_the_other_queries(client):
    numbers = headline(client)
    assert set(numbers) == {c.name for c in CATALOGUE["headline-numbers"].columns}
    assert all(type(n) is int and n > 0 for n in numbers.values())
    ties = rows(client, "funding-ties")
    assert numbers["funding"] == len({iri(r["tie"]) for r in ties})
    # a tie is one row per funder in funding-ties, and counts for each of its funders in funding-totals
    pairs = {(iri(r["tie"]), iri(r["funder"])) for r in ties}
    assert sum(r["ties"] for r in rows(client, "funding-totals")) == len(pairs) > numbers["funding"]
    assert numbers["programmes"] == len(rows(client, "programmes"))
    assert numbers["events"] == len(rows(client, "events"))
    assert numbers["agreements"] == len({iri(r["agreement"]) for r in rows(client, "agreements")})
    assert numbers["countries"] == len(rows(client, "actors", kind="Country"))
    assert numbers["sources"] == len(yaml.safe_load((SOURCES / "sources.yaml").read_text(encoding="utf-8")))
    per_type = {iri(r["type"]): r["entities"] for r in rows(client, "entities-per-type")}
    assert numbers["countries"] == per_type[MG + "Country"]


def test_the_timeline_is_in_date_order_and_respects_the_range(client):
    everything = rows(client, "timeline")
    dates = [r["date"] for r in everything]
    assert dates == sorted(dates)
    assert all(int(r["date"][:4]) == r["year"] for r in everything)
    within = rows(client, "timeline", since=2013, until=2014)
    assert within and all(2013 <= r["year"] <= 2014 for r in within)
    assert len(within) == sum(1 for r in everything if 2013 <= r["year"] <= 2014)
    events = rows(client, "timeline", category="event")
    assert events and {r["category"] for r in events} == {"event"}


def test_places_rank_morocco_first(client):
    places = rows(client, "places")
    assert iri(places[0]["place"]) == MOROCCO and places[0]["iso"] == "MA"
    assert all(r["total"] == r["programmes"] + r["events"] + r["agreements"] for r in places)
    totals = [r["total"] for r in places]
    assert totals == sorted(totals, reverse=True)
    cities = rows(client, "places", kind="City")
    assert cities and all(iri(r["type"]) == MG + "City" for r in cities)


def test_theme_counts_match_the_programmes_on_each_theme(client):
    themes = rows(client, "themes")
    counts = [r["programmes"] for r in themes]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    for row in themes[:4] + themes[-1:]:
        assert len(rows(client, "programmes", theme=iri(row["theme"]))) == row["programmes"], iri(row["theme"])


def test_entities_per_type(client):
    per_type = rows(client, "entities-per-type")
    counts = {iri(r["type"]): r["entities"] for r in per_type}
    assert counts[MG + "Country"] == 28 == len(rows(client, "actors", kind="Country"))
    assert counts[MG + "MobilityPartnership"] == 1
    assert [r["entities"] for r in per_type] == sorted((r["entities"] for r in per_type), reverse=True)


# --- every query, and its required parameters -----------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_every_query_answers_without_parameters_unless_one_is_required(client, name):
    response = get(client, name)
    if REQUIRED[name]:
        body = assert_error(response, 422)
        for parameter in REQUIRED[name]:
            assert f"{parameter}: required" in body["errors"]
    else:
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["columns"] == [c.name for c in CATALOGUE[name].columns]
        assert all(set(row) == set(body["columns"]) for row in body["rows"])
        assert body["rows"], name


def test_the_queries_with_required_parameters_are_evidence_neighbourhood_and_search():
    assert {name for name, required in REQUIRED.items() if required} == {"evidence", "neighbourhood", "search"}


# --- validation of each parameter type -------------------------------------------------------------

@pytest.mark.parametrize("name, params, mention", [
    ("funding-ties", {"funder": "not an iri"}, "funder"),
    ("funding-ties", {"funder": "ftp://example.org/x"}, "funder"),
    ("funding-ties", {"item": "https://a b"}, "item"),
    ("events", {"since": "twenty"}, "since"),
    ("events", {"since": "0"}, "since"),
    ("events", {"until": "10000"}, "until"),
    ("events", {"since": "2010.5"}, "since"),
    ("timeline", {"category": "Event"}, "category"),
    ("actors", {"kind": "Ministry "}, "kind"),
    ("programme-actors", {"role": "funder"}, "role"),
    ("search", {"q": "!!!"}, "q"),
    ("search", {"q": ""}, "q"),
    ("search", {"q": "x" * 201}, "q"),
    ("evidence", {"resource": "the IOM"}, "resource"),          # neither an IRI nor a slug
    ("evidence", {"resource": "iomm"}, "resource"),             # a slug of nothing
])
def test_an_invalid_value_is_422(client, name, params, mention):
    assert_error(get(client, name, **params), 422, mention)


def test_an_empty_value_is_a_value_not_given_as_html_forms_send_them(client):
    assert rows(client, "timeline", category="", since="", until="") == rows(client, "timeline")
    assert_error(get(client, "search", q=""), 422, "q")            # a required one is still required


def test_every_invalid_parameter_is_reported_at_once(client):
    body = assert_error(get(client, "events", since="x", until="y", host="no such place", lang="de"), 422)
    assert len(body["errors"]) == 4
    assert [e.split(":")[0] for e in body["errors"]] == ["since", "until", "host", "lang"]


@pytest.mark.parametrize("name, params, mention", [
    ("funding-ties", {"funder": M4SD}, "prov:Agent"),
    ("actors", {"country": ID + "city/rabat"}, "mg:Country"),
    ("events", {"place": IOM}, "mg:Place"),
    ("programmes", {"theme": MOROCCO}, "skos:Concept"),
    ("people", {"person": IOM}, "foaf:Person"),
    ("programme-actors", {"programme": SDC}, "mg:Initiative"),
    ("funding-ties", {"funder": "https://example.org/nobody"}, "prov:Agent"),
])
def test_an_iri_of_the_wrong_class_is_422(client, name, params, mention):
    body = assert_error(get(client, name, **params), 422, mention)
    assert list(params.values())[0] in body["error"]


def test_an_unknown_parameter_is_422_and_names_the_known_ones(client):
    body = assert_error(get(client, "funding-ties", funders=SDC), 422, "unknown parameter funders")
    assert "funder" in body["error"] and "limit" in body["error"]


@pytest.mark.parametrize("name", ["funder", "limit", "lang", "sort", "format"])
def test_a_repeated_parameter_is_422(client, name):
    value = {"funder": SDC, "limit": "5", "lang": "en", "sort": "funder", "format": "json"}[name]
    response = client.get("/api/queries/funding-ties", params=[(name, value), (name, value)])
    assert_error(response, 422, name, "once")


@pytest.mark.parametrize("params, mention", [
    ({"limit": "0"}, "limit"), ({"limit": "-1"}, "limit"), ({"limit": "1001"}, "limit"), ({"limit": "ten"}, "limit"),
    ({"limit": "1.5"}, "limit"), ({"offset": "-1"}, "offset"), ({"offset": "x"}, "offset"),
    ({"sort": "nope"}, "sort"), ({"sort": "--amount"}, "sort"), ({"sort": "amount,item"}, "sort"),
    ({"lang": "de"}, "lang"), ({"lang": ""}, "lang"), ({"lang": "AR"}, "lang"),
])
def test_bad_paging_sorting_and_language_are_422(client, params, mention):
    assert_error(get(client, "funding-ties", **params), 422, mention)


def test_the_largest_page_size_is_per_query(client):
    assert_error(get(client, "search", q="migration", limit=101), 422, "limit")
    assert page(client, "search", q="migration", limit=100)["limit"] == 100
    assert page(client, "search", q="migration")["limit"] == CATALOGUE["search"].page_size == 20


def test_sort_by_a_column_either_way(client):
    ascending = [r["amount"] for r in rows(client, "funding-ties", sort="amount")]
    descending = [r["amount"] for r in rows(client, "funding-ties", sort="-amount")]
    present = [a for a in ascending if a is not None]
    assert present == sorted(present) and len(present) == 4     # a joint tie's amount once per funder row
    assert [a for a in descending if a is not None] == sorted(present, reverse=True)
    assert ascending[-1] is None and descending[-1] is None  # absent values last either way
    labels = [r["funder"]["label"].casefold() for r in rows(client, "funding-ties", sort="-funder", lang="en")]
    assert labels == sorted(labels, reverse=True)


def test_the_language_comes_from_accept_language_unless_given(client):
    response = client.get("/api/queries/funding-ties", params={"funder": SDC}, headers={"Accept-Language": "fr"})
    assert response.json()["lang"] == "fr"
    assert response.json()["rows"][0]["funder"]["label"] == "Direction du développement et de la coopération"
    explicit = client.get("/api/queries/funding-ties", params={"funder": SDC, "lang": "ar"},
                          headers={"Accept-Language": "fr"})
    assert explicit.json()["lang"] == "ar"


# --- typed parameters that no curated query uses yet (string, langstring, integer, date) ----------

ECHO = """#+ title: Typed echo
#+ description: Echoes its typed parameters (a test query).
#+ parameters:
#+   text: {type: string, description: A string.}
#+   name: {type: langstring, description: A language-tagged string.}
#+   n: {type: integer, minimum: 1, maximum: 10, description: A number.}
#+   day: {type: date, description: A day.}
#+ columns:
#+   text: {type: string, description: The string.}
#+   name: {type: string, description: The langstring's text.}
#+   language: {type: string, description: Its language.}
#+   n: {type: integer, description: The number.}
#+   day: {type: date, description: The day.}
#+   datatype: {type: iri, description: The day's datatype.}
SELECT ?text ?name ?language ?n ?day ?datatype WHERE {
  BIND(LANG(?name) AS ?language)
  BIND(DATATYPE(?day) AS ?datatype)
}
"""


@pytest.fixture(scope="module")
def echo(built):
    config, _ = built
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(queries, "load", lambda *args: [parse("typed-echo", ECHO)])
        with TestClient(create_app(config)) as test_client:
            yield test_client


def test_string_langstring_integer_and_date_parameters_over_http(echo):
    hostile = 'a" } ; DROP ALL ; """ \n { <x> #'
    response = echo.get("/api/queries/typed-echo", params={"text": hostile, "name": "الرباط@AR", "n": "7",
                                                           "day": "2024-02-29"})
    assert response.status_code == 200, response.text
    [row] = response.json()["rows"]
    assert row.pop("datatype")["iri"] == "http://www.w3.org/2001/XMLSchema#date"
    assert row == {"text": hostile, "name": "الرباط", "language": "ar", "n": 7, "day": "2024-02-29"}
    for params, mention in [({"text": "x" * 201}, "text"), ({"name": "الرباط"}, "name"), ({"name": "x@"}, "name"),
                            ({"n": "0"}, "n"), ({"n": "11"}, "n"), ({"n": "2.5"}, "n"), ({"day": "2023-02-30"}, "day"),
                            ({"day": "2023-2-3"}, "day"), ({"day": "yesterday"}, "day")]:
        assert_error(echo.get("/api/queries/typed-echo", params=params), 422, mention)
    schema = echo.get("/openapi.json").json()["paths"]["/api/queries/typed-echo"]["get"]["parameters"]
    types = {p["name"]: p["schema"] for p in schema}
    assert types["n"] == {"type": "integer", "minimum": 1, "maximum": 10}
    assert types["day"] == {"type": "string", "format": "date"}
    assert types["text"]["maxLength"] == 200 and "pattern" in types["name"]


# --- injection --------------------------------------------------------------------------------------

HOSTILE = ['"', "'", '"""', "'''", '" } ; DROP ALL ; #', "} } DROP ALL {", "\\", "\\u0022",
           "x\n} DELETE WHERE { ?s ?p ?o }", "\u0000", "a\u0000b", "DROP ALL", "CLEAR DEFAULT",
           "INSERT DATA { <http://a> <http://b> <http://c> }", "LOAD <http://127.0.0.1:9/x.ttl>",
           "?q1 ?q2", "$q", "<https://w3id.org/mgkg/id/organization/iom>", "#", "{}", ")", "( ?q )"]


@pytest.mark.parametrize("name, parameter", [
    ("funding-ties", "funder"), ("funding-ties", "item"), ("events", "series"), ("evidence", "resource"),
    ("events", "since"), ("timeline", "category"), ("actors", "kind"), ("programme-actors", "role"),
])
def test_injections_into_typed_parameters_are_refused(client, name, parameter):
    for value in ["https://x/> } ; DROP ALL ; <y", "<x> } DROP ALL", "https://x/>DROP", "https://x/ } DROP ALL",
                  "2010 } DROP ALL", "Ministry> } DROP ALL #", 'event" } DROP ALL #', "funding\nDROP ALL"]:
        assert_error(get(client, name, **{parameter: value}), 422, parameter)


def test_injections_into_searches_are_values(client):
    before, triples = headline(client), triple_count(client)
    for value in HOSTILE:
        response = get(client, "search", q=value)
        assert response.status_code in (200, 422), (value, response.text)
        body = response.json()
        if response.status_code == 200:
            assert body["ok"] is True and body["query"] == "search"
        else:
            assert_error(response, 422, "q")
    for value in ["} DROP ALL {", 'DELETE WHERE { ?s ?p ?o } "']:  # words: answered, as the words they are
        assert get(client, "search", q=value).status_code == 200
    for name, parameter in [("funding-ties", "sort"), ("funding-ties", "lang"), ("funding-ties", "limit"),
                            ("funding-ties", "offset")]:
        for value in HOSTILE:
            assert_error(get(client, name, **{parameter: value}), 422, parameter)
    assert headline(client) == before
    assert triple_count(client) == triples


def test_a_hostile_format_is_406(client):
    for value in ['json" } DROP ALL', "csv;DROP ALL", "../../etc/passwd"]:
        assert_error(get(client, "themes", format=value), 406)


# --- paging -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, params, limit", [("funding-ties", {}, 2), ("timeline", {"since": "2000"}, 7),
                                                 ("search", {"q": "migration"}, 4)])
def test_following_next_collects_the_whole_result_once(client, name, params, limit):
    whole = page(client, name, limit=CATALOGUE[name].max_page_size, **params)
    assert whole["truncated"] is False and whole["next"] is None and whole["total"] > limit
    response = get(client, name, limit=limit, **params)
    collected, pages = [], 0
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        pages += 1
        assert body["total"] == whole["total"] and body["limit"] == limit
        assert body["offset"] == len(collected)
        assert 0 < len(body["rows"]) <= limit
        collected += body["rows"]
        if body["next"] is None:
            assert "link" not in response.headers and body["truncated"] is (pages > 1)
            break
        assert len(body["rows"]) == limit and body["truncated"] is True
        assert response.headers["link"] == f'<{body["next"]}>; rel="next"'
        assert response.headers["kg-results-truncated"].startswith("true")
        response = client.get(body["next"])
    assert pages == -(-whole["total"] // limit)
    assert collected == whole["rows"]
    assert len({json.dumps(r, sort_keys=True) for r in collected}) == whole["total"]


def test_the_first_page_is_truncated_and_an_offset_past_the_end_is_empty(client):
    first = page(client, "funding-ties", limit=2)
    assert len(first["rows"]) == 2 and first["total"] > 2 and first["truncated"] is True
    assert first["next"].endswith("limit=2&offset=2")
    beyond = page(client, "funding-ties", offset=1000)
    assert beyond["rows"] == [] and beyond["next"] is None and beyond["total"] == first["total"]


def test_the_next_link_keeps_the_parameters(client):
    body = page(client, "agreements", party=MOROCCO, lang="ar", limit=3)
    following = client.get(body["next"]).json()
    assert following["parameters"] == {"party": MOROCCO} and following["lang"] == "ar" and following["offset"] == 3


# --- formats ----------------------------------------------------------------------------------------

def csv_header(query) -> list[str]:
    header = []
    for column in query.columns:
        header += [column.name, column.name + "_label"] if column.type == "iri" else [column.name]
    return header


@pytest.mark.parametrize("name", ["funding-ties", "agreements", "headline-numbers", "timeline"])
def test_csv_has_a_label_column_after_each_iri_column(client, name):
    response = get(client, name, format="csv", lang="ar")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == csv_header(CATALOGUE[name])
    as_json = rows(client, name, lang="ar")
    assert len(table) - 1 == len(as_json)
    first = dict(zip(table[0], table[1], strict=False))
    for column in CATALOGUE[name].columns:
        value = as_json[0][column.name]
        if column.type == "iri":
            assert first[column.name] == (value["iri"] if value else "")
            assert first[column.name + "_label"] == ((value or {}).get("label") or "")
        else:
            assert first[column.name] == ("" if value is None else str(value))


def test_csv_of_funding_ties_with_arabic_labels(client):
    table = list(csv.DictReader(io.StringIO(get(client, "funding-ties", funder=SDC, format="csv", lang="ar").text)))
    assert table == [{"funder": SDC, "funder_label": "التعاون الإنمائي السويسري", "item": M4SD,
                      "item_label": "البرنامج العالمي للهجرة من أجل التنمية المستدامة", "amount": "", "currency": "",
                      "tie": ID + "funding/sdc--m4sd", "tie_label": ""}]


@pytest.mark.parametrize("name", ["funding-totals", "events", "places"])
def test_sparql_json_has_the_columns_as_its_variables(client, name):
    response = get(client, name, format="sparql-json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    document = response.json()
    assert document["head"]["vars"] == [c.name for c in CATALOGUE[name].columns]
    assert len(document["results"]["bindings"]) == page(client, name)["total"]


@pytest.mark.parametrize("accept, media_type", [
    ("text/csv", "text/csv"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/json"),
    ("*/*", "application/json"),
    ("text/csv;q=0.4, application/sparql-results+json;q=0.8", "application/sparql-results+json"),
    ("text/html, text/csv;q=0.5", "text/html"),  # a browser gets the table
    ("image/png, text/csv;q=0.5", "text/csv"),
])
def test_accept_negotiates_the_format(client, accept, media_type):
    response = client.get("/api/queries/themes", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert "Accept" in response.headers["vary"]


def test_the_format_parameter_wins_over_accept(client):
    response = client.get("/api/queries/themes", params={"format": "csv"}, headers={"Accept": "application/json"})
    assert response.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize("accept", ["image/png", "application/xml"])
def test_an_unsupported_accept_is_a_406_json_error(client, accept):
    body = assert_error(client.get("/api/queries/themes", headers={"Accept": accept}), 406)
    assert "text/csv" in body["error"]


def test_a_browser_gets_the_rows_as_a_table_with_its_form_and_a_csv_link(client):
    response = client.get("/api/queries/funding-ties", params={"funder": SDC, "lang": "en"},
                          headers={"Accept": "text/html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    rows = client.get("/api/queries/funding-ties", params={"funder": SDC, "lang": "en"}).json()["rows"]
    assert rows and all(row["funder"]["label"] in response.text for row in rows)
    assert 'href="/id/organization/sdc?lang=en"' in response.text  # our page, not the IRI's host
    assert 'name="funder"' in response.text and "format=csv" in response.text


def test_a_browser_gets_the_catalogue_as_a_page_with_a_form_per_query(client):
    page = client.get("/api/queries", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.count('<form class="query-form"') == len(CATALOGUE)


# --- conditional requests ---------------------------------------------------------------------------

def test_the_same_request_has_the_same_etag_and_304_follows(client):
    first = get(client, "funding-ties", funder=SDC)
    second = get(client, "funding-ties", funder=SDC)
    tag = first.headers["etag"]
    assert tag.startswith('W/"') and tag == second.headers["etag"]
    assert "max-age=" in first.headers["cache-control"] and "public" in first.headers["cache-control"]
    again = client.get("/api/queries/funding-ties", params={"funder": SDC}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == tag and "max-age=" in again.headers["cache-control"]
    other = client.get("/api/queries/funding-ties", params={"funder": SDC}, headers={"If-None-Match": 'W/"other"'})
    assert other.status_code == 200 and other.json()["total"] == 1


def test_the_etag_changes_with_parameters_language_paging_and_format(client):
    tags = {
        get(client, "funding-ties", funder=SDC).headers["etag"],
        get(client, "funding-ties", funder=EU).headers["etag"],
        get(client, "funding-ties").headers["etag"],
        get(client, "funding-ties", funder=SDC, lang="ar").headers["etag"],
        get(client, "funding-ties", funder=SDC, limit=5).headers["etag"],
        get(client, "funding-ties", funder=SDC, format="csv").headers["etag"],
        get(client, "funding-totals").headers["etag"],
    }
    assert len(tags) == 7
    stale = client.get("/api/queries/funding-ties", params={"funder": EU},
                       headers={"If-None-Match": get(client, "funding-ties", funder=SDC).headers["etag"]})
    assert stale.status_code == 200


def test_an_error_is_not_cached_as_a_page(client):
    response = get(client, "funding-ties", funder="nope")
    assert response.status_code == 422 and "etag" not in response.headers


def test_sparql_get_has_an_etag_and_answers_304(client):
    query = {"query": "SELECT ?s WHERE { ?s a <https://w3id.org/mgkg/ontology#Country> } LIMIT 3"}
    first = client.get("/sparql", params=query)
    tag = first.headers["etag"]
    assert first.status_code == 200 and tag
    assert client.get("/sparql", params=query).headers["etag"] == tag
    again = client.get("/sparql", params=query, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    other = client.get("/sparql", params={"query": query["query"].replace("LIMIT 3", "LIMIT 4")},
                       headers={"If-None-Match": tag})
    assert other.status_code == 200


# --- the catalogue ----------------------------------------------------------------------------------

def test_the_catalogue_lists_every_query_file(client):
    response = client.get("/api/queries")
    assert response.status_code == 200 and "max-age" in response.headers["cache-control"]
    listed = {q["name"]: q for q in response.json()["queries"]}
    assert sorted(listed) == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    for name, entry in listed.items():
        query = CATALOGUE[name]
        assert entry["title"] == query.title and entry["description"] == query.description
        assert [(p["name"], p["type"], p["required"]) for p in entry["parameters"]] == [
            (p.name, p.type, p.required) for p in query.parameters]
        assert [(c["name"], c["type"]) for c in entry["columns"]] == [(c.name, c.type) for c in query.columns]
        assert all(c["description"] for c in entry["columns"])
        assert entry["sparql"] == (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        enum = [p for p in entry["parameters"] if p["type"] == "enum"]
        assert all(p["values"] for p in enum)


def test_the_catalogue_links_answer(client):
    for entry in client.get("/api/queries").json()["queries"]:
        for link in (entry["url"], entry["csv"]):
            response = client.get(link)
            if REQUIRED[entry["name"]]:
                assert_error(response, 422, "required")
            else:
                assert response.status_code == 200, link
        if REQUIRED[entry["name"]]:
            examples = {p["name"]: p["example"] for p in entry["parameters"] if p["required"]}
            assert client.get(entry["url"], params=examples).status_code == 200


# --- the OpenAPI description ------------------------------------------------------------------------

def test_openapi_has_one_operation_per_query_with_its_parameters(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {p for p in paths if p.startswith("/api/queries/")} == {f"/api/queries/{n}" for n in NAMES}
    operation_ids = set()
    for name in NAMES:
        query = CATALOGUE[name]
        operation = paths[f"/api/queries/{name}"]["get"]
        operation_ids.add(operation["operationId"])
        assert operation["summary"] == query.title
        documented = {p["name"]: p for p in operation["parameters"]}
        assert set(documented) == {p.name for p in query.parameters} | set(queries.RESERVED)
        assert all(p["in"] == "query" for p in documented.values())
        for parameter in query.parameters:
            doc = documented[parameter.name]
            assert doc["required"] is parameter.required
            assert doc["schema"] == parameter.schema()
            expected_type = "integer" if parameter.type in ("integer", "year") else "string"
            assert doc["schema"]["type"] == expected_type
            if parameter.type == "enum":
                assert doc["schema"]["enum"] == list(parameter.values)
            if parameter.type == "iri":   # an IRI, or an entity's slug (no format: "iri" would refuse those)
                pattern = re.compile(doc["schema"]["pattern"])
                assert pattern.search("https://w3id.org/mgkg/id/country/morocco")
                assert pattern.search("country/morocco") and pattern.search("morocco")
                assert not pattern.search("Morocco!") and not pattern.search("javascript:alert(1)")
        assert documented["limit"]["schema"]["maximum"] == query.max_page_size
        assert set(documented["sort"]["schema"]["enum"]) == {k + c.name for c in query.columns for k in ("", "-")}
        assert documented["lang"]["schema"]["enum"] == ["ar", "en", "fr"]
        assert {"200", "304", "406", "422"} <= set(operation["responses"])
    assert len(operation_ids) == len(NAMES)


@pytest.fixture(scope="module")
def api_schema(live):
    return schemathesis.openapi.from_url(live + "/openapi.json").include(path_regex=r"^/api/queries/")


CONFORMANCE = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
               checks.response_schema_conformance]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("name", NAMES)
def test_each_operation_conforms_to_its_openapi_description(api_schema, live, name, mode):
    """Schemathesis generates requests from the operation's own description (valid ones, then
    invalid ones) and checks each answer: no 5xx, a documented status, content type and schema."""
    operation = api_schema[f"/api/queries/{name}"]["GET"]
    statuses = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=10, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def conforms(case):
        response = case.call_and_validate(base_url=live, checks=CONFORMANCE, timeout=30)
        statuses.append(response.status_code)

    conforms()
    assert statuses
    if mode is GenerationMode.NEGATIVE:
        assert set(statuses) & {406, 422}
    elif not REQUIRED[name]:
        assert 200 in statuses


@pytest.mark.parametrize("name", ["programmes", "funding-network", "events"])
def test_a_place_filter_includes_the_places_within_it(client, name):
    """What happens in a region or a city happens in its country: the filter follows mg:partOf."""
    morocco = "https://w3id.org/mgkg/id/country/morocco"
    key = {"programmes": "programme", "funding-network": "item", "events": "event"}[name]
    in_country = {iri(r[key]) for r in rows(client, name, place=morocco)}
    inner = [r["place"]["iri"] for r in rows(client, "places") if r["place"]["iri"] != morocco
             and ("/region/" in r["place"]["iri"] or "/city/rabat" in r["place"]["iri"])]
    assert inner
    found = set()
    for place in inner:
        found |= {iri(r[key]) for r in rows(client, name, place=place)}
    assert found <= in_country
    if name == "programmes":
        assert found  # the regional programmes are there


# --- the catalogue for people, in three languages ------------------------------------------------------

@pytest.mark.parametrize("lang, heading, title, label, description", [
    ("en", "Curated queries", "Funding ties", "Funder", "Only the ties of this funder."),
    ("fr", "Requêtes préparées", "Financements", "Bailleur", "Seulement les financements de ce bailleur."),
    ("ar", "الاستعلامات الجاهزة", "روابط التمويل", "الممول", "روابط تمويل هذا الممول فقط.")])
def test_the_catalogue_page_is_in_the_readers_language(client, lang, heading, title, label, description):
    page = client.get("/api/queries", params={"lang": lang}, headers={"Accept": "text/html"}).text
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in page
    assert f"<h1>{heading}</h1>" in page
    section = page[page.index('<section class="query" id="funding-ties">'):]
    section = section[:section.index("</section>")]
    assert f'<a href="/api/queries/funding-ties?lang={lang}">{title}</a>' in section
    assert f'<bdi>{label}</bdi> <code dir="ltr">funder</code>' in section and description in section
    assert 'name="funder"' in section  # the parameter keeps its name


@pytest.mark.parametrize("lang, headings", [
    ("en", ["Funder", "Funded item", "Amount", "Currency", "Funding tie"]),
    ("fr", ["Bailleur", "Élément financé", "Montant", "Devise", "Financement"]),
    ("ar", ["الممول", "البند الممول", "المبلغ", "العملة", "رابط التمويل"])])
def test_a_querys_table_has_its_title_and_headings_in_the_readers_language(client, lang, headings):
    page = client.get("/api/queries/funding-ties", params={"funder": SDC, "lang": lang},
                      headers={"Accept": "text/html"}).text
    shown = [th.split("<bdi>")[1].split("</bdi>")[0] for th in page.split("<th ")[1:]]
    assert shown == headings
    assert f'<a href="/api/queries?lang={lang}">' in page
    title = {"en": "Funding ties", "fr": "Financements", "ar": "روابط التمويل"}[lang]
    assert f'<h1 dir="auto">{title}</h1>' in page and f"<title>{title} — MGKG</title>" in page


# --- an entity by its slug ------------------------------------------------------------------------------

def test_an_iri_parameter_takes_an_entity_slug_alone_or_with_its_kind(client):
    by_iri = rows(client, "programmes", place="https://w3id.org/mgkg/id/country/morocco")
    assert by_iri
    assert rows(client, "programmes", place="country/morocco") == by_iri
    assert rows(client, "programmes", place="morocco") == by_iri


def test_a_slug_that_names_nothing_is_a_422_that_says_how_to_find_it(client):
    body = assert_error(get(client, "programmes", place="marocco"), 422)
    assert "marocco" in body["error"] and "/search?q=marocco" in body["error"]
    # a slug of something that is not of the parameter's class
    body = assert_error(get(client, "programmes", place="iom"), 422)
    assert "iom" in body["error"]
    # a kind/slug is the IRI our policy mints, then checked like any IRI
    assert_error(get(client, "programmes", place="country/atlantis"), 422)


def test_a_huge_slug_like_value_is_refused_briefly(client):
    body = assert_error(get(client, "programmes", place="a" * 5000), 422, "place")
    assert len(body["error"]) < 500
