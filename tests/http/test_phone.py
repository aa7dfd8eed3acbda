"""Every page at phone size (390×844), in the three languages: nothing wider than the screen, no
console errors. Screenshots go to var/screenshots/phone-*.png."""

from urllib.parse import quote

import pytest

from tests.browser_support import console_errors, screenshot

WINDOW = (390, 844)
PAGES = [
    ("/id/organization/iom", ("ar", "en", "fr")),
    ("/source/m4sd-board-rabat-2022", ("ar", "en")),
    ("/browse", ("ar", "fr")),
    ("/dumps/", ("ar", "en")),
    ("/search?q=IOM", ("ar", "fr")),
    ("/api/queries/funding-ties?format=html", ("ar", "en")),
    ("/api/queries?format=html", ("ar", "en", "fr")),
    ("/dashboard", ("ar", "en")),
    ("/sparql", ("ar", "en")),
    ("/sparql?format=html&query=" + quote(
        "PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT ?funder ?item ?amount WHERE { ?tie a mg:Funding ; "
        "mg:funder ?funder ; mg:fundedItem ?item OPTIONAL { ?tie mg:amount/mg:amountValue ?amount } }"), ("ar", "fr")),
]
CASES = [(path, lang) for path, langs in PAGES for lang in langs]


@pytest.mark.parametrize(("path", "lang"), CASES, ids=[f"{p}-{lang}" for p, lang in CASES])
def test_pages_fit_a_phone(live, browser, path, lang):
    browser.get(f"{live}{path}{'&' if '?' in path else '?'}lang={lang}")
    # Elements past the screen's edge; inside a scrolling table, a chart or the query editor's
    # CodeMirror (each clipped by its own box) they do not widen the page.
    overflow = browser.execute_script(
        "const w = document.documentElement.clientWidth;"
        "return [...document.querySelectorAll('body *')].filter(e => {"
        "  const r = e.getBoundingClientRect();"
        "  return r.width > 0 && (r.right > w + 1 || r.left < -1) && !e.closest('.table-box, table.results, svg, .CodeMirror');"
        "}).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 60));")
    name = "phone-" + "".join(c if c.isalnum() else "-" for c in path.strip("/"))[:40] + f"-{lang}"
    screenshot(browser, name)
    assert overflow == [], overflow
    assert browser.execute_script("return document.documentElement.scrollWidth") <= WINDOW[0] + 1
    assert console_errors(browser) == []
