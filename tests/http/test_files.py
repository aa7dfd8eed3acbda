"""Versions a reader can cite, through the real server: every build's dumps at
/dumps/<version>/ after later builds, /changes, the licence and version in VoID and in every
page's footer, and nothing reachable outside the listed files."""

import gzip
import http.client
import shutil
from urllib.parse import urlsplit

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL

from kg import build, store
from kg.config import Config
from tests.build.test_pipeline import ADDED, copy_var, data_adding_an_entity
from tests.conftest import kg_server

BASE = "https://w3id.org/mgkg/"
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.fixture(scope="module")
def versions(built, tmp_path_factory):
    """A server over a var dir where a second build (adding an entity) followed the session's,
    and the first build's directory is gone, as pruning drops it after one more build."""
    tmp = tmp_path_factory.mktemp("files")
    var = tmp / "var"
    copy_var(built, var)
    first = built[1].version
    second = build.build(Config(var_dir=str(var), data_dir=str(data_adding_an_entity(tmp / "data")))).version
    shutil.rmtree(var / "builds" / first)
    with kg_server(var, tmp / "server.log") as url:
        yield url, first, second


def raw_get(url: str, path: str) -> int:
    """The status of ``path`` sent as it is: no client normalizes its dot segments."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    finally:
        connection.close()


def test_an_old_versions_dump_is_still_downloadable_after_a_new_build(versions, built):
    url, first, second = versions
    config, _ = built
    old = httpx.get(f"{url}/dumps/{first}/mgkg.trig.gz")
    assert old.status_code == 200 and old.headers["content-type"] == "application/gzip"
    assert old.content == (store.version_dir(config, first) / "mgkg.trig.gz").read_bytes()
    assert ADDED.encode() not in gzip.decompress(old.content)
    new = httpx.get(f"{url}/dumps/mgkg.trig.gz")  # /dumps/<file>: the current version's
    assert new.content == httpx.get(f"{url}/dumps/{second}/mgkg.trig.gz").content
    assert ADDED.encode() in gzip.decompress(new.content)
    assert httpx.get(f"{url}/dumps/{first}").status_code == 301
    assert httpx.get(f"{url}/dataset/{first}").headers["location"] == f"/dumps/{first}/"


def test_the_versions_are_listed_current_first(versions):
    url, first, second = versions
    listing = httpx.get(url + "/dumps/", headers={"Accept": "application/json"}).json()
    assert listing["version"] == second and listing["current"]
    assert [(v["version"], v["current"]) for v in listing["versions"]] == [(second, True), (first, False)]
    assert {f["url"] for f in listing["files"]} >= {"/dumps/mgkg.trig.gz", "/dumps/ontology.ttl"}
    old = httpx.get(f"{url}/dumps/{first}/", headers={"Accept": "application/json"}).json()
    assert old["version"] == first and not old["current"]
    assert f"/dumps/{first}/mgkg.nq.gz" in {f["url"] for f in old["files"]}
    assert old["citation"] == f"Migration Governance Knowledge Graph, version {first}, {BASE}dataset/{first}, CC BY 4.0"
    page = httpx.get(url + "/dumps/", headers={"Accept": "text/html"}).text
    assert page.index(f"/dumps/{second}/") < page.index(f"/dumps/{first}/")


def test_changes_lists_both_builds_with_the_added_entity(versions):
    url, first, second = versions
    builds = httpx.get(url + "/changes", headers={"Accept": "application/json"}).json()["builds"]
    assert [b["version"] for b in builds] == [second, first]
    newest, oldest = builds
    assert newest["previous"] == first and newest["current"] and newest["built"]
    assert newest["added"]["entities"] == [{"iri": ADDED, "label": "Test Added Association"}]
    assert oldest["previous"] is None and len(oldest["added"]["entities"]) > 100
    assert ADDED not in {e["iri"] for e in oldest["added"]["entities"]}
    page = httpx.get(url + "/changes", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    assert "Test Added Association" in page.text and f'id="v-{first}"' in page.text


@pytest.mark.parametrize("path", [
    "/dumps/../manifest.json", "/dumps/..%2fmanifest.json", "/dumps/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/{first}/../../current/manifest.json", "/dumps/{first}/..%2f..%2fcurrent%2fmanifest.json",
    "/dumps/{first}/store", "/dumps/..%2fbuilds/manifest.json",
    "/dumps/%2e%2e/builds/{first}/manifest.json", "/dumps/./dumps.json", "/dumps/{first}/%2e%2e",
    "/dumps/no-such-version/mgkg.trig.gz", "/dumps/{first}/nothing.gz", "/dataset/..%2fcurrent",
])
def test_path_traversal_is_refused(versions, path):
    url, first, _ = versions
    status = raw_get(url, path.format(first=first))
    assert status in (400, 404), (path, status)
    assert httpx.get(url + path.format(first=first), follow_redirects=True).status_code in (400, 404)


def test_only_the_listed_files_of_a_version_are_served(versions):
    url, first, _ = versions
    assert httpx.get(f"{url}/dumps/{first}/changes.json").status_code == 404  # on disk, not a dump
    assert httpx.get(f"{url}/dumps/{first}/dumps.json").status_code == 404


def test_void_has_the_licence_and_the_version_iri(versions):
    url, _, second = versions
    void = Graph().parse(data=httpx.get(url + "/.well-known/void", headers={"Accept": "text/turtle"}).text,
                         format="turtle")
    dataset, release = URIRef(BASE + "dataset"), URIRef(f"{BASE}dataset/{second}")
    assert (dataset, DCTERMS.license, CC_BY) in void
    assert (dataset, DCTERMS.hasVersion, release) in void
    assert str(void.value(dataset, OWL.versionInfo)) == second
    assert (release, DCTERMS.isVersionOf, dataset) in void
    assert URIRef(f"{BASE}dumps/{second}/mgkg.trig.gz") in set(void.objects(release, URIRef("http://rdfs.org/ns/void#dataDump")))


@pytest.mark.parametrize("path", ["/", "/id/organization/iom", "/dumps/", "/changes", "/sparql", "/no/such/page",
                                  "/dashboard"])
def test_the_footer_shows_the_version_and_how_to_cite(versions, path):
    url, _, second = versions
    page = httpx.get(url + path, headers={"Accept": "text/html"}, follow_redirects=True).text
    footer = page[page.index('<footer class="site">'):]
    assert f"<code>{second}</code>" in footer
    assert f"Migration Governance Knowledge Graph, version {second}, {BASE}dataset/{second}, CC BY 4.0" in footer
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in footer
