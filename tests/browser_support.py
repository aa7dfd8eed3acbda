"""Headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, for page tests."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).parent.parent / "var" / "screenshots"


def chromium() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # No background traffic: this machine's network is closed, and tests reach loopback only.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1366,900", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(flag)
    # The console, and every request the pages make (the DevTools Network events), for requests().
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def console_errors(driver: webdriver.Chrome) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# No request leaves the browser for these (chrome: is its own pages, the blank tab it opens on).
LOCAL_SCHEMES = {"data", "blob", "about", "chrome"}


def requests(driver: webdriver.Chrome) -> list[tuple[str, str]]:
    """Every request the pages made since the last call, as (URL, the page that made it), read off
    Chrome's DevTools log: documents, scripts, styles, images, fonts, fetches, WebSockets — and
    the images and scripts the Content-Security-Policy then blocked, which were attempted all the
    same (a fetch it blocks is never made, and shows as a console error instead). Reading the
    log empties it, so each call also adds what it read to ``seen(driver)``."""
    made: list[tuple[str, str]] = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            made.append((params["request"]["url"], params.get("documentURL", "")))
        elif message["method"] == "Network.webSocketCreated":
            made.append((params["url"], ""))
    seen(driver).extend(made)
    return made


def seen(driver: webdriver.Chrome) -> list[tuple[str, str]]:
    """The requests ``requests()`` has read since this list was last cleared."""
    return driver.__dict__.setdefault("seen_requests", [])


def not_loopback(made: list[tuple[str, str]]) -> list[str]:
    """The requests of ``made`` that go anywhere but this machine's loopback."""
    return [f"{url} (from {page})" for url, page in made
            if urlsplit(url).scheme not in LOCAL_SCHEMES and urlsplit(url).hostname not in LOOPBACK]


def settled(driver: webdriver.Chrome, quiet: float = 0.5, timeout: float = 15) -> list[tuple[str, str]]:
    """Wait until the page has made no new request for ``quiet`` seconds (its scripts have fetched
    what they fetch), and return the requests made meanwhile."""
    made, deadline = requests(driver), time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(quiet)
        more = requests(driver)
        if not more and driver.execute_script("return document.readyState") == "complete":
            break
        made += more
    return made
