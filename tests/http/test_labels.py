"""``/api/labels``, the names the query editor shows next to the IRIs of its result table, through the
real server with httpx: in the language asked for, falling back where a thing has no name in it,
for a few IRIs by GET and many by POST; bad input in the one error shape."""

import httpx
import pytest

ID = "https://w3id.org/mgkg/id/"
IOM, SOURCE = ID + "organization/iom", "https://w3id.org/mgkg/source/m4sd-board-rabat-2022"
FUNDING = "https://w3id.org/mgkg/ontology#Funding"


@pytest.fixture(scope="module")
def client(live):
    with httpx.Client(base_url=live, timeout=30) as c:
        yield c


@pytest.mark.parametrize("lang, iom, funding", [
    ("en", "International Organization for Migration", "funding tie"),
    ("fr", "Organisation internationale pour les migrations", "lien de financement"),
    ("ar", "المنظمة الدولية للهجرة", "علاقة تمويل")])
def test_names_in_the_language_asked_for(client, lang, iom, funding):
    body = client.get("/api/labels", params={"iri": [IOM, FUNDING], "lang": lang}).json()
    assert body == {"lang": lang, "labels": {IOM: {"label": iom, "lang": lang}, FUNDING: {"label": funding, "lang": lang}}}


def test_a_name_in_another_language_says_which_and_the_nameless_are_left_out(client):
    body = client.get("/api/labels", params={"iri": [SOURCE, "http://example.org/nothing"], "lang": "fr"}).json()
    assert body["labels"][SOURCE]["lang"] == "en"  # the source's title exists in English and Arabic only
    assert "http://example.org/nothing" not in body["labels"]


def test_the_language_comes_from_accept_language_without_lang(client):
    response = client.get("/api/labels", params={"iri": IOM}, headers={"Accept-Language": "ar, en;q=0.5"})
    assert response.json()["labels"][IOM]["label"] == "المنظمة الدولية للهجرة"
    assert "Accept-Language" in response.headers["vary"]


def test_many_iris_by_post(client):
    iris = [r["s"]["value"] for r in client.post("/sparql", data={
        "query": "SELECT DISTINCT ?s WHERE { ?s a <http://www.w3.org/ns/org#Organization> }"},
        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]]
    assert len(iris) > 50
    body = client.post("/api/labels", json={"iris": iris, "lang": "fr"}).json()
    assert set(body["labels"]) == set(iris) and body["labels"][IOM]["label"] == "Organisation internationale pour les migrations"


@pytest.mark.parametrize("send, status, says", [
    (lambda c: c.get("/api/labels", params={"iri": "not an iri"}), 422, "not an IRI"),
    (lambda c: c.get("/api/labels", params={"iri": IOM, "lang": "de"}), 422, "lang"),
    (lambda c: c.post("/api/labels", json={"iris": [IOM] * 5001}), 422, "at most 5000"),
    (lambda c: c.post("/api/labels", json=["not", "an", "object"]), 422, "iris"),
    (lambda c: c.post("/api/labels", json={"iris": [42]}), 422, "not an IRI"),
    (lambda c: c.post("/api/labels", content=b"{", headers={"Content-Type": "application/json"}), 422, "not JSON"),
    (lambda c: c.post("/api/labels", data={"iri": IOM}), 415, "JSON"),
    (lambda c: c.post("/api/labels", content=b" " * 2_000_000, headers={"Content-Type": "application/json"}), 413,
     "larger"),
])
def test_bad_input_is_refused_in_the_one_error_shape(client, send, status, says):
    response = send(client)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and body["status"] == status and says in body["error"]
