"""/dashboard in headless Chromium: it loads from the curated-query API alone, draws its charts
with data, its filters re-call the API, and it reads right in Arabic and English."""

from urllib.parse import parse_qs, urlparse

import httpx
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
