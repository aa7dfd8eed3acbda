"""/dashboard in headless Chromium: it loads from the curated-query API alone, draws its charts
with data, its filters re-call the API, every panel follows them (or says it does not), its counts
agree with its rows, and it reads right in Arabic and English."""

from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.browser_support import console_errors, screenshot

SDC = "https://w3id.org/mgkg/id/organization/sdc"
M4SD = "https://w3id.org/mgkg/id/programme/m4sd"
EU = "https://w3id.org/mgkg/id/organization/eu"


WINDOW = (1400, 1800)


def ready(browser, timeout: float = 30) -> None:
    WebDriverWait(browser, timeout).until(
        lambda d: d.find_element(By.ID, "dashboard").get_attribute("data-state") in ("ready", "failed"))
    assert browser.find_element(By.ID, "dashboard").get_attribute("data-state") == "ready", \
        browser.find_element(By.ID, "error").text


def chart_option(browser, element_id: str) -> dict:
    return browser.execute_script(
        "const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
        "return c ? JSON.parse(JSON.stringify(c.getOption(), (k, v) => typeof v === 'function' ? undefined : v)) : null;",
        element_id)


def network_edges(browser) -> set[tuple[str, str, str]]:
    links = chart_option(browser, "network")["series"][0]["links"]
    return {(link["source"], link["target"], link["relation"]) for link in links}


def test_the_page_is_served_with_its_libraries(live):
    page = httpx.get(live + "/dashboard")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for asset in ("/vendor/echarts/dist/echarts.min.js", "/static/dashboard.js", "/static/dashboard.css"):
        assert asset in page.text
        assert httpx.get(live + asset).status_code == 200  # served by us: no CDN
    assert "https://cdn" not in page.text and "//unpkg" not in page.text


def test_dashboard_draws_its_charts_from_the_api(live, browser):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    numbers = {e.get_attribute("data-key"): e.find_element(By.TAG_NAME, "strong").text
               for e in browser.find_elements(By.CSS_SELECTOR, "#numbers .number")}
    headline = httpx.get(live + "/api/queries/headline-numbers").json()["rows"][0]
    assert numbers["programmes"] == str(headline["programmes"]) and int(numbers["funding"]) == headline["funding"] > 0

    edges = network_edges(browser)
    assert (SDC, M4SD, "funds") in edges  # the Swiss cooperation funds M4SD
    nodes = {n["id"]: n for n in chart_option(browser, "network")["series"][0]["data"]}
    assert nodes[SDC]["name"] == "Swiss Agency for Development and Cooperation" and nodes[SDC]["kind"] == "funder"
    api_edges = httpx.get(live + "/api/queries/funding-network", params={"limit": 1000}).json()["rows"]
    assert len(edges) == len({(e["source"]["iri"], e["target"]["iri"], e["relation"]) for e in api_edges})

    timeline = chart_option(browser, "timeline")["series"][0]["data"]
    assert any(point["date"] == "2013-06-07" for point in timeline)  # the EU-Morocco mobility partnership
    places = chart_option(browser, "places")
    assert places["yAxis"][0]["data"][-1] == "Morocco"  # ranked first, drawn at the top
    ties = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in browser.find_elements(By.CSS_SELECTOR, "#ties tbody tr")]
    assert ["EU", "EU Emergency Trust Fund for Africa", "€1,800,000,000"] in ties or \
        any(row[2] == "€1,800,000,000" for row in ties)
    screenshot(browser, "dashboard-en")
    assert console_errors(browser) == []


def test_filters_recall_the_api_and_stay_in_the_url(live, browser):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    Select(browser.find_element(By.NAME, "funder")).select_by_value(SDC)
    WebDriverWait(browser, 20).until(lambda d: "funder=" in d.current_url)
    ready(browser)
    edges = network_edges(browser)
    assert edges and all(source == SDC or source == M4SD for source, _, _ in edges)
    assert parse_qs(urlparse(browser.current_url).query)["funder"] == [SDC]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#ties tbody tr")) == 1

    browser.get(live + f"/dashboard?lang=en&funder={EU}")  # a shared link opens with its filter set
    ready(browser)
    assert Select(browser.find_element(By.NAME, "funder")).first_selected_option.get_attribute("value") == EU
    assert all(src == EU for src, _, relation in network_edges(browser) if relation == "funds")

    browser.find_element(By.NAME, "since").send_keys("2100")  # no programme runs then
    browser.find_element(By.ID, "numbers").click()  # leave the field: a change event
    WebDriverWait(browser, 20).until(lambda d: "since=2100" in d.current_url)
    ready(browser)
    assert network_edges(browser) == set()
    assert "empty" in browser.find_element(By.ID, "network").get_attribute("class")
    assert not browser.find_element(By.ID, "period-note").get_attribute("hidden")
    browser.find_element(By.ID, "reset").click()
    WebDriverWait(browser, 20).until(lambda d: "funder=" not in d.current_url and "since=" not in d.current_url)
    ready(browser)
    assert (SDC, M4SD, "funds") in network_edges(browser)
    assert console_errors(browser) == []


def test_arabic_dashboard_reads_right_to_left(live, browser):
    browser.get(live + "/dashboard?lang=ar")
    ready(browser)
    root = browser.find_element(By.TAG_NAME, "html")
    assert root.get_attribute("lang") == "ar" and root.get_attribute("dir") == "rtl"
    assert browser.find_element(By.TAG_NAME, "h1").text == "من يفعل ماذا في حوكمة الهجرة"
    nodes = {n["id"]: n["name"] for n in chart_option(browser, "network")["series"][0]["data"]}
    assert nodes[SDC] == "التعاون الإنمائي السويسري"  # labels in Arabic, from the API's lang=ar
    assert browser.execute_script("return getComputedStyle(document.querySelector('.filters')).direction") == "rtl"
    english = browser.find_element(By.CSS_SELECTOR, "header .languages a[hreflang=en]")
    assert "lang=en" in english.get_attribute("href")
    screenshot(browser, "dashboard-ar")
    assert console_errors(browser) == []


def test_french_dashboard_speaks_french(live, browser):
    browser.get(live + "/dashboard?lang=fr")
    ready(browser)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Qui fait quoi dans la gouvernance des migrations"
    nodes = {n["id"]: n["name"] for n in chart_option(browser, "network")["series"][0]["data"]}
    ties = httpx.get(live + "/api/queries/funding-ties", params={"lang": "fr", "funder": SDC}).json()["rows"]
    assert nodes[SDC] == ties[0]["funder"]["label"]  # the API's name in French (or its fallback)
    screenshot(browser, "dashboard-fr")
    assert console_errors(browser) == []


# --- every panel follows the filters, or says it does not ------------------------------------------

MOROCCO = "https://w3id.org/mgkg/id/country/morocco"
LABOUR = "https://w3id.org/mgkg/vocab/theme/labour-migration"
MOBILITY = "https://w3id.org/mgkg/id/agreement/eu-morocco-mobility-partnership"
PANELS = {"numbers": "numbers", "network": "network", "timeline": "timeline", "places": "places",
          "ties": "ties", "agreements": "agreements"}  # the dashboard's data key → an element of its panel


def panel_data(browser) -> dict[str, str]:
    return browser.execute_script(
        "const d = window.mgkgDashboard.data;"
        "return Object.fromEntries(Object.keys(arguments[0]).map(k => [k, JSON.stringify(d[k])]));", PANELS)


def says_it_does_not_follow(browser, element_id: str) -> bool:
    """A visible note in the panel saying the filters leave it unchanged."""
    return browser.execute_script(
        "const panel = document.getElementById(arguments[0]).closest('section');"
        "return [...panel.querySelectorAll('.note.unfiltered')].some(n => !n.hidden && n.offsetParent !== null"
        "  && n.textContent.trim().length > 0);", element_id)


@pytest.mark.parametrize("query", [f"funder={EU}", f"place={MOROCCO}", f"theme={LABOUR}", "since=2013",
                                   "until=2000"])
def test_every_panel_follows_each_filter_or_says_it_does_not(live, browser, query):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    before = panel_data(browser)
    assert all(value not in (None, "null", "[]") for value in before.values()), before
    browser.get(live + f"/dashboard?lang=en&{query}")
    ready(browser)
    after = panel_data(browser)
    unchanged = [key for key in PANELS if after[key] == before[key]
                 and not says_it_does_not_follow(browser, PANELS[key])]
    assert unchanged == [], f"{query}: these panels ignore the filter without saying so"
    assert console_errors(browser) == []


def test_the_places_chart_follows_the_funder(live, browser):
    browser.get(live + f"/dashboard?lang=en&funder={EU}")
    ready(browser)
    places = {row["place"]["iri"]: row for row in browser.execute_script("return window.mgkgDashboard.data.places")}
    api = httpx.get(live + "/api/queries/places", params={"funder": EU, "limit": 1000}).json()["rows"]
    assert list(places) == [row["place"]["iri"] for row in api][:15]
    assert places[MOROCCO]["total"] < httpx.get(live + "/api/queries/places").json()["rows"][0]["total"]


def shown_count(browser, element_id: str) -> int:
    text = browser.find_element(By.ID, element_id).text
    digits = "".join(c for c in text if c.isdigit())
    return int(digits) if digits else 1  # "1 funding tie shown." / "رابط تمويل واحد"


def test_counts_agree_with_the_rows_shown(live, browser):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    headline = {e.get_attribute("data-key"): int(e.find_element(By.TAG_NAME, "strong").text.replace(",", ""))
                for e in browser.find_elements(By.CSS_SELECTOR, "#numbers .number")}
    ties = browser.find_elements(By.CSS_SELECTOR, "#ties tbody tr[data-tie]")
    agreements = browser.find_elements(By.CSS_SELECTOR, "#agreements tbody tr[data-agreement]")
    # unfiltered, the whole graph is shown: the headline numbers, the counts and the rows agree
    assert headline["funding"] == shown_count(browser, "ties-count") == len(ties) > 0
    assert headline["agreements"] == shown_count(browser, "agreements-count") == len(agreements) > 0
    for query, expected in ((f"funder={SDC}", 1), (f"funder={EU}", None), ("since=2100", 0)):
        browser.get(live + f"/dashboard?lang=en&{query}")
        ready(browser)
        for table, count in (("ties", "ties-count"), ("agreements", "agreements-count")):
            key = "tie" if table == "ties" else "agreement"
            shown = len(browser.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr[data-{key}]"))
            assert int(browser.find_element(By.ID, count).get_attribute("data-count")) == shown, (query, table)
            assert shown_count(browser, count) == shown or shown == 0, (query, table)
        if expected is not None:
            assert len(browser.find_elements(By.CSS_SELECTOR, "#ties tbody tr[data-tie]")) == expected
    assert says_it_does_not_follow(browser, "numbers")  # the headline numbers say they are the whole graph's


def test_the_timeline_opens_on_everything(live, browser):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    earliest = httpx.get(live + "/api/queries/timeline", params={"limit": 1000}).json()["rows"][0]["date"]
    shown = browser.execute_script(
        "const c = echarts.getInstanceByDom(document.getElementById('timeline'));"
        "return c.getModel().getComponent('xAxis', 0).axis.scale.getExtent()[0];")
    year = int(browser.execute_script("return new Date(arguments[0]).getUTCFullYear()", shown))
    assert year <= int(earliest[:4]) < 1995, (year, earliest)  # the founding of the ILO (1919) is in view


def test_the_agreements_panel_lists_parties_and_dates_and_links_each(live, browser):
    browser.get(live + "/dashboard?lang=en")
    ready(browser)
    row = browser.find_element(By.CSS_SELECTOR, f"#agreements tbody tr[data-agreement='{MOBILITY}']")
    cells = row.find_elements(By.TAG_NAME, "td")
    assert cells[0].text == "EU-Morocco Mobility Partnership" and cells[1].text == "2013-06-07"
    parties = {a.text for a in cells[2].find_elements(By.TAG_NAME, "a")}
    assert {"European Union", "Morocco", "France"} <= parties
    for tr in browser.find_elements(By.CSS_SELECTOR, "#agreements tbody tr[data-agreement]"):
        href = tr.find_element(By.CSS_SELECTOR, "td:first-child a").get_attribute("href")
        assert urlparse(href).path == urlparse(tr.get_attribute("data-agreement")).path.removeprefix("/mgkg")
    page = httpx.get(href, headers={"Accept": "text/html"}, follow_redirects=True)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]

    browser.get(live + f"/dashboard?lang=en&funder={EU}")  # the funder is a party
    ready(browser)
    assert [tr.get_attribute("data-agreement")
            for tr in browser.find_elements(By.CSS_SELECTOR, "#agreements tbody tr[data-agreement]")] == [MOBILITY]


def test_the_ties_table_has_a_csv_with_the_filters_and_links_to_the_evidence(live, browser):
    browser.get(live + f"/dashboard?lang=en&funder={EU}&place={MOROCCO}")
    ready(browser)
    href = browser.find_element(By.ID, "ties-csv").get_attribute("href")
    query = parse_qs(urlparse(href).query)
    assert urlparse(href).path == "/api/queries/funding-ties" and query["format"] == ["csv"]
    assert query["funder"] == [EU] and query["place"] == [MOROCCO] and "theme" not in query
    csv = httpx.get(href)
    assert csv.status_code == 200 and "text/csv" in csv.headers["content-type"]
    api = httpx.get(live + "/api/queries/funding-ties", params={"funder": EU, "place": MOROCCO}).json()["rows"]
    assert len(csv.text.strip().splitlines()) - 1 == len(api) > 0
    ties = browser.find_elements(By.CSS_SELECTOR, "#ties tbody tr[data-tie]")
    assert len(ties) == len({row["tie"]["iri"] for row in api})
    for tr in ties:
        evidence = tr.find_element(By.CSS_SELECTOR, "a.evidence").get_attribute("href")
        assert urlparse(evidence).path.startswith("/id/funding/")
        assert urlparse(evidence).path == urlparse(tr.get_attribute("data-tie")).path.removeprefix("/mgkg")
    page = httpx.get(evidence, headers={"Accept": "text/html"}, follow_redirects=True)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]

    Select(browser.find_element(By.NAME, "theme")).select_by_value(LABOUR)  # the link follows a change
    WebDriverWait(browser, 20).until(lambda d: "theme=" in d.find_element(By.ID, "ties-csv").get_attribute("href"))
    assert console_errors(browser) == []
