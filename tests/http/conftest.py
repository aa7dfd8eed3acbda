"""Every browser test of tests/http also checks that its pages asked for nothing but loopback:
no CDN, no font service, no validator badge, nothing a reader's browser would fetch from elsewhere."""

import pytest

from tests.browser_support import not_loopback, requests, seen


@pytest.fixture(autouse=True)
def loopback_only(request):
    if "browser" not in request.fixturenames:
        yield
        return
    driver = request.getfixturevalue("browser")
    requests(driver)  # what earlier tests' pages did is theirs
    seen(driver).clear()
    yield
    requests(driver)
    elsewhere = not_loopback(seen(driver))
    assert elsewhere == [], f"pages requested something beyond loopback: {elsewhere[:5]}"
