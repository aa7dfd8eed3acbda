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


# Text nodes whose first strong character is of the script asked for ('rtl': Arabic, 'ltr': Latin)
# and whose element does not run in that direction; and blocks holding only that script whose own
# direction is another (Arabic standing alone in an English page is right-aligned).
MISPLACED = r"""
const root = arguments[0], want = arguments[1];
const AR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/, LAT = /[A-Za-z\u00C0-\u024F]/;
const first = s => { for (const c of s) { if (AR.test(c)) return 'rtl'; if (LAT.test(c)) return 'ltr'; } return null; };
const other = want === 'rtl' ? LAT : AR, mine = want === 'rtl' ? AR : LAT;
const bad = [];
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const n = walker.currentNode, el = n.parentElement;
  if (first(n.data) !== want || el.closest('script, style, textarea, select')) continue;
  if (getComputedStyle(el).direction !== want) bad.push('text in ' + el.tagName + ': ' + n.data.trim().slice(0, 60));
}
for (const el of root.querySelectorAll('li, td, dd, p, h1, h2, h3, div')) {
  if (el.querySelector('div, p, ul, ol, table, blockquote')) continue;  // the innermost blocks
  const style = getComputedStyle(el), text = el.textContent;
  if (!['block', 'list-item', 'table-cell'].includes(style.display) || !mine.test(text) || other.test(text)) continue;
  if (style.direction !== want) bad.push('block ' + el.tagName + ': ' + text.trim().slice(0, 60));
}
return bad;
"""
BIDI_PAGES = ("/", "/doc/id/organization/iom.html", "/doc/id/organization/eu.html", "/source/m4sd-board-rabat-2022",
              "/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9", "/search?q=IOM", "/browse", "/browse/mg:Programme",
              "/api/queries/funding-ties?format=html", "/id/no-such-thing")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_names_and_values_run_in_their_own_direction(live, browser, lang):
    """Arabic in an English or French page in a right-to-left context (its full stop at its end,
    right-aligned where it stands alone); Latin names, IRIs and numbers in an Arabic page isolated
    left to right."""
    want = "ltr" if lang == "ar" else "rtl"
    for path in BIDI_PAGES:
        browser.get(f"{live}{path}{'&' if '?' in path else '?'}lang={lang}")
        misplaced = browser.execute_script(MISPLACED, browser.find_element(By.TAG_NAME, "body"), want)
        assert misplaced == [], f"{path}?lang={lang}: {misplaced[:5]}"
    # the log holds the 404 of /id/no-such-thing, and nothing else
    assert all("no-such-thing" in e for e in console_errors(browser))


def test_the_bidi_check_sees_an_unisolated_value(live, browser):
    """The check above fails on what it is for: a Latin value in an Arabic page without isolation,
    Arabic standing alone in an English page in a left-to-right block."""
    browser.get(f"{live}/?lang=ar")
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend', "
                           "'<p>جهة <span>UNHCR</span></p>')")
    assert browser.execute_script(MISPLACED, browser.find_element(By.TAG_NAME, "main"), "ltr") == ["text in SPAN: UNHCR"]
    browser.get(f"{live}/?lang=en")
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend', "
                           "'<ul><li><span>المنظمة الدولية للهجرة.</span></li></ul>')")
    found = browser.execute_script(MISPLACED, browser.find_element(By.TAG_NAME, "main"), "rtl")
    assert found and all("المنظمة" in f for f in found)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_search_facets_narrow_the_results_to_one_type(live, browser, lang):
    browser.get(f"{live}/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9&lang={lang}")
    total = len(browser.find_elements(By.CSS_SELECTOR, "ol.results-list > li"))
    facets = browser.find_elements(By.CSS_SELECTOR, "nav.facets a")
    assert len(facets) > 3
    counts = [int(f.find_element(By.CSS_SELECTOR, ".count").text) for f in facets]
    assert total > max(counts)
    label = facets[0].find_element(By.TAG_NAME, "bdi").text
    href = facets[0].get_attribute("href")
    assert "type=" in href
    browser.get(href)
    kinds = [k.text for k in browser.find_elements(By.CSS_SELECTOR, "ol.results-list > li .kind")]
    assert len(kinds) == counts[0] < total
    assert all(label in k.split(", ") for k in kinds)
    current = browser.find_element(By.CSS_SELECTOR, "nav.facets a[aria-current]")
    assert current.find_element(By.TAG_NAME, "bdi").text == label
    every = browser.find_element(By.CSS_SELECTOR, "nav.facets li:first-child a").get_attribute("href")
    assert "type=" not in every
    screenshot(browser, f"search-facet-{lang}")
    assert console_errors(browser) == []


@pytest.mark.parametrize("lang, typed", [("en", "Morocco"), ("ar", "المغرب"), ("fr", "Maroc")])
def test_a_query_form_picks_an_entity_by_its_name(live, browser, lang, typed):
    browser.get(f"{live}/api/queries/programmes?lang={lang}")
    place = browser.find_element(By.CSS_SELECTOR, "form.query-form input[name=place]")
    place.send_keys(typed)
    options = f"#{place.get_attribute('list')} option"
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, options))
    values = [o.get_attribute("value") for o in browser.find_elements(By.CSS_SELECTOR, options)]
    assert "country/morocco" in values
    place.clear()
    place.send_keys("country/morocco")
    place.submit()
    WebDriverWait(browser, 10).until(lambda b: "place=country" in b.current_url)
    assert browser.find_elements(By.CSS_SELECTOR, "table tbody tr")
    screenshot(browser, f"query-form-picker-{lang}")
    assert console_errors(browser) == []
