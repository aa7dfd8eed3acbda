"""The SPARQL editor page in headless Chromium: it loads, runs an example, shows a results table."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser_support import console_errors, screenshot


def test_editor_runs_an_example_and_shows_a_table(live, browser):
    browser.get(live + "/sparql")
    wait = WebDriverWait(browser, 20)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    assert browser.find_element(By.ID, "plain").get_attribute("hidden") is not None  # YASGUI replaced the form
    editor_text = browser.execute_script("return window.mgkgYasgui.getTab().getYasqe().getValue()")
    assert "PREFIX mg: <https://w3id.org/mgkg/ontology#>" in editor_text  # our prefixes, preloaded

    example = next(b for b in browser.find_elements(By.CSS_SELECTOR, "button.example") if b.text == "Funding ties")
    example.click()
    cells = wait.until(lambda d: [c.text for c in d.find_elements(By.CSS_SELECTOR, ".yasr table tbody td")] or None)
    assert any("organization/sdc" in c for c in cells) and any("programme/m4sd" in c for c in cells)
    screenshot(browser, "sparql-editor")
    assert console_errors(browser) == []


def test_plain_form_works_without_javascript(live, browser):
    browser.get(live + "/sparql?query=" + "ASK%20%7B%7D&format=html")
    assert browser.find_element(By.CSS_SELECTOR, ".boolean").text == "true"
    browser.get(live + "/sparql?format=html&query=" +
                "PREFIX%20skos%3A%20%3Chttp%3A%2F%2Fwww.w3.org%2F2004%2F02%2Fskos%2Fcore%23%3E%0A"
                "SELECT%20%3Fl%20WHERE%20%7B%20%3Fs%20skos%3AprefLabel%20%3Fl%20FILTER(LANG(%3Fl)%3D%22ar%22)%20%7D")
    arabic = browser.find_elements(By.CSS_SELECTOR, "table.results td span[lang=ar]")
    assert arabic and arabic[0].get_attribute("dir") == "auto"
    screenshot(browser, "sparql-results")
