"""The four-step trail shown on every page of the procedure (guide section 2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import step1_address, step2_question, step3_password, step4_summary

TRAIL = "Étapes de la procédure"
STEPS = (
    "Adresse électronique de connexion",
    "Réponse à la question de confiance",
    "Nouveau mot de passe",
    "Récapitulatif",
)
# Each step and the address of its page: what a walk's guard reads, as the page already knows it.
PATHS = dict(
    zip(
        STEPS,
        (step1_address.PATH, step2_question.PATH, step3_password.PATH, step4_summary.PATH),
        strict=True,
    )
)


def nav(page: Page) -> Locator:
    return page.get_by_role("navigation", name=TRAIL)


def expect_steps(page: Page) -> None:
    expect(nav(page).get_by_role("listitem")).to_have_text(list(STEPS))


def expect_current(page: Page, step: str) -> None:
    expect(nav(page).locator('[aria-current="step"]')).to_have_text(step)


def current(page: Page) -> str:
    return nav(page).locator('[aria-current="step"]').inner_text().strip()
