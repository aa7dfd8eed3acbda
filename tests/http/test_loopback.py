"""Every kind of page, at desktop (1400×1000) and phone (390×844) size and in the three languages,
asks for nothing but loopback: no CDN, no font or validator service. The requests are read off
Chrome's DevTools log once the page has settled (its scripts have fetched what they fetch).
Screenshots go to var/screenshots/loopback-*.png."""

from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser_support import console_errors, not_loopback, screenshot, seen, settled

RESULTS = "/sparql?format=html&query=" + quote(
    "PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT ?funder ?item ?amount WHERE { "
    "?tie a mg:Funding ; mg:funder ?funder ; mg:fundedItem ?item OPTIONAL { ?tie mg:amount/mg:amountValue ?amount } }")
# Each page, and what shows that it is ready (its scripts ran).
PAGES = {
    "home": ("/", "main h1"),
    "entity": ("/id/organization/iom", "main h1"),
    "search": ("/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9", "ol.results-list"),
    "editor": ("/sparql", ".yasqe .CodeMirror"),
    "results": (RESULTS, "table.results"),
    "dashboard": ("/dashboard", '#dashboard[data-state="ready"]'),
    "catalogue": ("/api/queries?format=html", "form.query-form"),
    "query": ("/api/queries/funding-ties?format=html", "table.results"),
    "docs": ("/docs", "#swagger-ui .opblock"),
    "ontology": ("/ontology", "h1"),
}
SIZES = {"desktop": (1400, 1000), "phone": (390, 844)}
CASES = [(page, lang, size) for page in PAGES for lang in ("en", "ar", "fr") for size in SIZES]


@pytest.mark.parametrize(("page", "lang", "size"), CASES, ids=["-".join(case) for case in CASES])
def test_pages_ask_for_nothing_beyond_loopback(live, browser, page, lang, size):
    path, ready = PAGES[page]
    browser.set_window_size(*SIZES[size])
    browser.get(f"{live}{path}{'&' if '?' in path else '?'}lang={lang}")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))
    made = settled(browser)
    assert made, "the log shows the page's own requests"  # the check reads a live log
    screenshot(browser, f"loopback-{page}-{lang}-{size}")
    assert not_loopback(made) == []
    assert console_errors(browser) == []


def test_the_check_sees_a_request_beyond_loopback(live, browser):
    """An image from elsewhere (which the Content-Security-Policy then blocks) is a request all the
    same, and the check names it with the page that made it."""
    browser.set_window_size(*SIZES["desktop"])
    browser.get(f"{live}/?lang=en")
    browser.execute_script("document.body.insertAdjacentHTML('beforeend', '<img src=\"http://192.0.2.1/logo.png\">')")
    found = not_loopback(settled(browser))
    assert found == [f"http://192.0.2.1/logo.png (from {live}/?lang=en)"]
    console_errors(browser)  # the blocked image, reported
    seen(browser).clear()  # the request was this test's own doing: the per-test check must not see it
