"""The linked-data pages in headless Chromium: an organization and a source, in Arabic and English."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser_support import console_errors, screenshot

WINDOW = (1366, 1200)


@pytest.mark.parametrize("lang, direction, title", [
    ("ar", "rtl", "المنظمة الدولية للهجرة"), ("en", "ltr", "International Organization for Migration")])
def test_organization_page(live, browser, lang, direction, title):
    browser.get(f"{live}/id/organization/iom?lang={lang}")  # the thing's IRI: 303 to its HTML document
    assert browser.current_url.endswith(f"/doc/id/organization/iom.html?lang={lang}")
    root = browser.find_element(By.TAG_NAME, "html")
    assert root.get_attribute("dir") == direction
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert heading.text == title
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", heading) == direction
    quotes = browser.find_elements(By.CSS_SELECTOR, "ul.quotes blockquote")
    assert quotes, "facts show the sentences they came from"
    assert all(browser.execute_script("return getComputedStyle(arguments[0]).direction", q) == "rtl" for q in quotes)
    link = browser.find_element(By.CSS_SELECTOR, "ul.quotes a.cite").get_attribute("href")
    assert "/source/" in link and "#q-" in link
    screenshot(browser, f"organization-iom-{lang}")
    assert console_errors(browser) == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_source_page_highlights_the_quotes(live, browser, lang):
    browser.get(f"{live}/source/m4sd-board-rabat-2022?lang={lang}#q-407-448")
    text = browser.find_element(By.CSS_SELECTOR, ".source-text")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", text) == "rtl"
    marks = text.find_elements(By.TAG_NAME, "mark")
    assert len(marks) > 20
    background = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", marks[0])
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly highlighted
    funding = next(m for m in marks if "q-407-448" in m.get_attribute("data-quotes").split())
    assert "بتمويل من التعاون الإنمائي السويسري" in text.text
    assert funding.find_element(By.TAG_NAME, "a").get_attribute("href")  # the quote links to what it supports
    assert browser.find_element(By.ID, "q-407-448")  # the anchor entity pages link to
    screenshot(browser, f"source-m4sd-board-{lang}")
    assert console_errors(browser) == []


def test_search_box_finds_an_entity(live, browser):
    browser.get(f"{live}/?lang=en")
    box = browser.find_element(By.CSS_SELECTOR, "main form.search input[type=search]")
    box.send_keys("للهجرة")
    box.submit()
    # submit() returns before the results page has loaded: wait for it rather than race it
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.results-list a"))
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "ol.results-list a")]
    assert any(link.endswith("/id/organization/iom?lang=en") for link in links)
    screenshot(browser, "search")


def test_counts_take_the_plural_form_their_number_governs():
    from kg.http.pages import counted

    assert [counted(n, "entities", "ar") for n in (1, 2, 3, 10, 11, 67, 100)] == [
        "1 كيان", "2 كيانان", "3 كيانات", "10 كيانات", "11 كيانًا", "67 كيانًا", "100 كيان"]
    assert counted(1, "entities", "en") == "1 entity" and counted(1000, "rows", "fr") == "1\u202f000 lignes"


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_the_front_page_says_what_this_is_and_offers_three_ways_in(live, browser, lang):
    browser.get(f"{live}/?lang={lang}")
    ways = browser.find_elements(By.CSS_SELECTOR, ".ways section h2 a")
    assert [a.get_attribute("href").split("?")[0].removeprefix(live) for a in ways] == ["/api/queries", "/browse",
                                                                                        "/dashboard"]
    figures = browser.find_element(By.CSS_SELECTOR, "p.figures").text
    assert any(c.isdigit() for c in figures)
    sources = browser.find_elements(By.CSS_SELECTOR, "ul.sources-list a")
    assert len(sources) == 5 and all("/source/" in a.get_attribute("href") for a in sources)
    screenshot(browser, f"home-{lang}")
    assert console_errors(browser) == []
