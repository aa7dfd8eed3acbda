"""The SPARQL editor page in headless Chromium: it loads, runs an example, shows a results table
a person reads — names in the page's language next to short IRIs linked to our own pages, amounts
as numbers — at desktop size and on a phone."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser_support import console_errors, screenshot

WINDOW = (1400, 1000)
SDC = {"en": "Swiss Agency for Development and Cooperation", "fr": "Direction du développement et de la coopération",
       "ar": "التعاون الإنمائي السويسري"}


def run_example(browser, live, lang: str, title: str) -> list:
    """Open the editor in ``lang``, run the example called ``title``, return the cells of its table."""
    browser.get(f"{live}/sparql?lang={lang}")
    wait = WebDriverWait(browser, 20)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    example = next(b for b in browser.find_elements(By.CSS_SELECTOR, "button.example") if b.text == title)
    example.click()
    return wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".tabPanel.active .yasr table tbody td div.cell"))


def test_editor_runs_an_example_and_shows_a_table(live, browser):
    browser.get(live + "/sparql")
    WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    assert browser.find_element(By.ID, "plain").get_attribute("hidden") is not None  # YASGUI replaced the form
    editor_text = browser.execute_script("return window.mgkgYasgui.getTab().getYasqe().getValue()")
    assert "PREFIX mg: <https://w3id.org/mgkg/ontology#>" in editor_text  # our prefixes, preloaded
    cells = [c.get_attribute("textContent") for c in run_example(browser, live, "en", "Funding ties")]
    assert any("organization/sdc" in c for c in cells) and any("programme/m4sd" in c for c in cells)
    screenshot(browser, "sparql-editor")
    assert console_errors(browser) == []


@pytest.mark.parametrize("lang, title, amount", [("en", "Funding ties", "2,400,000"),
                                                 ("fr", "Financements", "2\u202f400\u202f000"),
                                                 ("ar", "روابط التمويل", "2,400,000")])
def test_the_result_table_names_iris_links_them_here_and_shows_values(live, browser, lang, title, amount):
    cells = run_example(browser, live, lang, title)
    # textContent, not text: the ellipsis hides the end of a long cell, not what it holds
    names = {c.find_element(By.CSS_SELECTOR, "a.iri").get_attribute("textContent"): c for c in cells
             if c.find_elements(By.CSS_SELECTOR, "a.iri")}
    assert SDC[lang] in names  # the funder's name in the page's language, its short IRI after it
    sdc = names[SDC[lang]]
    assert sdc.find_element(By.CSS_SELECTOR, "small.iri").get_attribute("textContent") == "id/organization/sdc"
    assert sdc.find_element(By.CSS_SELECTOR, "a.iri").get_attribute("href") == f"{live}/id/organization/sdc?lang={lang}"
    links = [a.get_attribute("href") for c in cells for a in c.find_elements(By.TAG_NAME, "a")]
    assert links and not [h for h in links if not h.startswith(live + "/")]  # our pages, never w3id.org
    texts = [c.get_attribute("textContent") for c in cells]
    assert amount in texts and not [t for t in texts if "^^" in t or "XMLSchema" in t or t == "2400000"]
    # an Arabic name runs right to left in its cell, and is cut (ellipsis) at its logical end
    arabic = [c for c in cells if c.get_attribute("dir") == "rtl"]
    assert bool(arabic) == (lang == "ar")
    assert all(browser.execute_script("return getComputedStyle(arguments[0]).direction", c) == "rtl" for c in arabic)
    screenshot(browser, f"sparql-editor-table-{lang}")
    assert console_errors(browser) == []


def test_on_a_phone_the_result_table_scrolls_inside_its_box(live, browser):
    browser.set_window_size(390, 844)
    try:
        run_example(browser, live, "en", "Funding ties")
        box = browser.find_element(By.CSS_SELECTOR, ".tabPanel.active .yasr_results")
        assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 391
        browser.execute_script("arguments[0].scrollIntoView()", box)
        screenshot(browser, "phone-sparql-editor-table-en")
    finally:
        browser.set_window_size(*WINDOW)


def test_plain_form_works_without_javascript(live, browser):
    browser.get(live + "/sparql?query=" + "ASK%20%7B%7D&format=html")
    assert browser.find_element(By.CSS_SELECTOR, ".boolean").text == "true"
    browser.get(live + "/sparql?format=html&query=" +
                "PREFIX%20skos%3A%20%3Chttp%3A%2F%2Fwww.w3.org%2F2004%2F02%2Fskos%2Fcore%23%3E%0A"
                "SELECT%20%3Fl%20WHERE%20%7B%20%3Fs%20skos%3AprefLabel%20%3Fl%20FILTER(LANG(%3Fl)%3D%22ar%22)%20%7D")
    arabic = browser.find_elements(By.CSS_SELECTOR, "table.results td span[lang=ar]")
    assert arabic and arabic[0].get_attribute("dir") == "auto"
    screenshot(browser, "sparql-results")
