"""The reset journey as a plain Playwright script: the yardstick of the harness's overhead.

No behave, no steps, no domain layer, no driver: one browser, then per journey an account
made through the test-control contract (as the harness makes it), a new context and the four
steps, by the same labels a person reads. ``resetspec bench`` times it against the same
journey through the harness, on the same app.
"""

from __future__ import annotations

import time
import uuid

from playwright.sync_api import Browser, expect, sync_playwright

from resetspec.run.browser import launch
from resetspec.spec.control import ControlClient

PASSWORD = "Rosemonde2025Longchamp75016"
NEW_PASSWORD = "Bench2026Longchamp75016Paris"
ANSWER = "Paul"


def account(control: ControlClient, token: str) -> str:
    email = f"bench+{token}@orange.fr"
    control.create_account(
        email=email,
        password=PASSWORD,
        question="Le prénom de votre conjoint(e) ?",
        answer=ANSWER,
        subscriber_number="2023" + str(uuid.uuid4().int)[:10],
    )
    return email


def journey(browser: Browser, base_url: str) -> float:
    """One reset from a new context to the summary; the seconds it took."""
    started = time.perf_counter()
    token = uuid.uuid4().hex[:12]
    headers = {"X-Spec-Client": token}
    control = ControlClient(base_url, headers=headers)
    email = account(control, token)
    context = browser.new_context(locale="fr-FR", extra_http_headers=headers)
    page = context.new_page()
    page.goto(base_url + "/mot-de-passe-oublie/adresse")
    image = page.locator("img[data-captcha-id]").get_attribute("data-captcha-id") or ""
    page.get_by_label("Saisissez votre adresse électronique de connexion").fill(email)
    page.get_by_label("Recopiez les caractères de l'image").fill(control.captcha_answer(image))
    page.get_by_role("button", name="Continuer", exact=True).click()
    page.get_by_label("Saisissez la réponse à la question de confiance").fill(ANSWER)
    page.get_by_role("button", name="Continuer", exact=True).click()
    page.get_by_label("Saisissez votre nouveau mot de passe").fill(NEW_PASSWORD)
    page.get_by_label("Confirmez votre nouveau mot de passe").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Valider", exact=True).click()
    expect(page.get_by_role("heading", name="Récapitulatif", exact=True)).to_be_visible()
    context.close()
    return time.perf_counter() - started


def journeys(base_url: str, count: int, ws_endpoint: str | None = None) -> list[float]:
    """``count`` journeys in one browser (launched once, as the harness does per worker)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.connect(ws_endpoint) if ws_endpoint else launch(playwright)
        try:
            journey(browser, base_url)  # warm-up, as the harness's first scenario is not timed
            return [journey(browser, base_url) for _ in range(count)]
        finally:
            browser.close()
