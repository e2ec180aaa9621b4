"""A form the browser itself will not send fails the press at once, naming the field."""

from __future__ import annotations

import pytest
from playwright.sync_api import Route, sync_playwright

from resetspec.drivers.browser.base import BrowserBase, BrowserRefused
from resetspec.drivers.surface import reference
from resetspec.run.browser import launch

BASE = "http://spec.test"
FORM = """<!doctype html><html lang="fr"><body><main>
<form method="post" action="/suite"{novalidate}>
<label for="email">Adresse</label><input id="email" name="email" type="email" required
 value="{value}"><button type="submit">Continuer</button></form>
<form method="post" action="/autre"><input name="code" required>
<button type="submit">Autre</button></form></main></body></html>"""
NEXT = "<!doctype html><html lang='fr'><body><main><h1>Suite</h1></main></body></html>"


def serve(route: Route) -> None:
    url = route.request.url
    if url.endswith("/suite"):
        route.fulfill(body=NEXT, content_type="text/html")
        return
    novalidate = " novalidate" if "novalidate" in url else ""
    value = "lila@orange.fr" if "filled" in url else ""
    route.fulfill(body=FORM.format(novalidate=novalidate, value=value), content_type="text/html")


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def driver(browser):
    context = browser.new_context()
    context.set_default_timeout(10_000)
    context.route(f"{BASE}/**", serve)
    yield BrowserBase(context, BASE, reference())
    context.close()


# test that a required field left empty in a form without novalidate stops the press at once
def test_an_empty_required_field_is_refused_by_name(driver):
    driver.open_path("/formulaire")
    with pytest.raises(BrowserRefused) as refused:
        driver.press("Continuer")
    message = str(refused.value)
    assert message.startswith("the browser refused to send the form: email: ")
    assert "code" not in message  # the other form on the page is not the one pressed
    assert "\n" not in message


# test that a form the browser lets go leads to the next page, its address unmarked
def test_a_valid_form_is_sent(driver):
    driver.open_path("/formulaire-filled")
    driver.press("Continuer")
    assert driver.page.url == f"{BASE}/suite"


# test that novalidate leaves the checking to the server: the empty form is sent
def test_novalidate_sends_the_form_as_it_is(driver):
    driver.open_path("/formulaire-novalidate")
    driver.press("Continuer")
    assert driver.page.url == f"{BASE}/suite"


# test that the page's own validity checks outside a press mark nothing
def test_a_script_checking_validity_is_not_a_refusal(driver):
    driver.open_path("/formulaire")
    assert driver.page.evaluate("document.querySelector('#email').checkValidity()") is False
    assert not driver.page.url.endswith("#resetspec-refused")
    driver.page.get_by_label("Adresse").fill("lila@orange.fr")
    driver.press("Continuer")
    assert driver.page.url == f"{BASE}/suite"
