"""Both drivers walk the same variants of the reference app, and agree on what they see.

Each variant presents the same rules, texts and accessible names another faithful way
(``variant_apps``): the drivers read meaning, not shape, so the walk passes on each; a form the
browser's own validation would keep is refused at once, in the same words, by both.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from variant_apps import SURFACES

from resetspec.drivers import surface
from resetspec.drivers.http import HttpDriver
from resetspec.spec.control import ControlClient

QUESTION = "Le prénom de votre conjoint(e) ?"
OLD, NEW = "AncienMotDePasse2023Paris", "NouveauMotDePasse2026Lyon75"
DRIVERS = ("http", "browser")
WALKED = ("reference", "plain", "one-url", "prefix", "remapped", "native")


def with_driver(kind: str, base_url: str, words: surface.Surface, body: Callable) -> object:
    """Run ``body(driver)`` with a fresh driver of that kind, closed after. The browser runs in
    a thread of its own: Playwright's sync API refuses a thread where another test left an
    asyncio loop (the mail sink's, say)."""
    if kind == "http":
        driver = HttpDriver(base_url, surface=words)
        try:
            return body(driver)
        finally:
            driver.close()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(in_browser, base_url, words, body).result()


def in_browser(base_url: str, words: surface.Surface, body: Callable) -> object:
    from playwright.sync_api import sync_playwright

    from resetspec.drivers.browser import BrowserDriver
    from resetspec.run.browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright, headless=True)
        driver = BrowserDriver(browser.new_context(), base_url, words)
        try:
            return body(driver)
        finally:
            driver.close()
            browser.close()


def account(base_url: str) -> str:
    email = f"lila.{uuid.uuid4().hex[:10]}@orange.fr"
    ControlClient(base_url).create_account(email, OLD, QUESTION, "Paul")
    return email


def walk_to_step2(driver, control: ControlClient, email: str) -> None:
    driver.open_step1()
    driver.submit_address(email, control.captcha_answer(driver.shown_image()) or "")


@pytest.mark.parametrize("kind", DRIVERS)
@pytest.mark.parametrize("variant", WALKED)
def test_a_whole_reset_reads_the_same_on_every_variant(serve, variant, kind):
    """Step by step by the trail, the question beside its label, the note beside the field,
    the summary, and the new password opening the space, whatever the markup or the address."""
    server = serve(variant)
    words = surface.load(SURFACES.get(variant, surface.DEFAULT))
    steps = words.step_names()
    email, control = account(server.base_url), ControlClient(server.base_url)

    def body(driver) -> None:
        walk_to_step2(driver, control, email)
        driver.expect_reached(steps[1])
        assert driver.shown_question() == QUESTION
        driver.answer("Paul")
        driver.expect_reached(steps[2])
        driver.expect_password_note(words.step3.minimum_note)
        assert driver.choose_password(NEW, NEW)
        driver.expect_reached(steps[3])
        assert driver.can_log_in_elsewhere(email, NEW, {})
        driver.open_login()
        driver.expect_help_link()

    with_driver(kind, server.base_url, words, body)


@pytest.mark.parametrize("kind", DRIVERS)
@pytest.mark.parametrize("variant", ["reference", "native"])
def test_a_form_the_browser_would_keep_is_refused_at_once_in_the_same_words(serve, variant, kind):
    """Native validation on, an empty answer never leaves the browser: both drivers say so;
    with ``novalidate`` (the reference app) the server's own message comes back instead."""
    server = serve(variant)
    email, control = account(server.base_url), ControlClient(server.base_url)

    def body(driver) -> None:
        walk_to_step2(driver, control, email)
        if variant == "native":
            with pytest.raises(
                AssertionError, match="the browser refused to send the form: answer"
            ):
                driver.answer("")
        else:
            driver.answer("")
            driver.expect_field_error("answer", surface.reference().messages.answer_missing)

    with_driver(kind, server.base_url, surface.reference(), body)


@pytest.mark.parametrize("variant", ["plain", "reference"])
def test_both_drivers_read_the_details_in_any_markup(serve, variant):
    server = serve(variant)
    email = account(server.base_url)

    def body(driver) -> list[str]:
        driver.log_in(email, OLD)
        driver.open_details()
        return list(driver.details().values())[1:]

    seen = [with_driver(kind, server.base_url, surface.reference(), body) for kind in DRIVERS]
    assert seen == [[email, QUESTION]] * 2
