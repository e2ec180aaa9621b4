"""A text the page does not show fails once the page has settled, with expected versus actual."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect, sync_playwright

from resetspec.drivers.browser import settled
from resetspec.run.browser import launch
from resetspec.spec.behave_fixtures import EXPECT_TIMEOUT_MS

PAGE = """<main><h1>Identification</h1>
<p role="alert">L'adresse électronique saisie est inconnue.</p></main>"""


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        expect.set_options(timeout=EXPECT_TIMEOUT_MS)
        page = browser.new_page()
        page.set_content(PAGE)
        yield page
        browser.close()


# test that a mismatch fails after the settled wait, not the expect time-out, and says what the
# page shows (the waits asked for are counted, not timed)
def test_a_missing_message_fails_fast_with_what_is_shown(page, monkeypatch):
    asked: list[float] = []
    real = settled.expect

    class Spy:
        def __init__(self, locator):
            self.assertions = real(locator)

        def to_be_visible(self, timeout: float) -> None:
            asked.append(timeout)
            self.assertions.to_be_visible(timeout=timeout)

    monkeypatch.setattr(settled, "expect", Spy)
    with pytest.raises(AssertionError) as failed:
        settled.expect_message(page, "Votre adresse est inconnue")
    assert asked == [settled.SETTLED_MS] and settled.SETTLED_MS < EXPECT_TIMEOUT_MS
    message = str(failed.value)
    assert message.count("\n") == 0
    assert "expected the page to show 'Votre adresse est inconnue'" in message
    assert "it shows: L'adresse électronique saisie est inconnue." in message


# test that the case of a message is part of it
def test_the_message_is_found_case_and_all(page):
    settled.expect_message(page, "saisie est inconnue")
    with pytest.raises(AssertionError):
        settled.expect_message(page, "SAISIE est inconnue")
