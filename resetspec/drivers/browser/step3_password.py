"""Step 3, "Nouveau mot de passe": the password twice, its level, the recommendations."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import labels

PATH = "/mot-de-passe-oublie/nouveau-mot-de-passe"
STEP = "Nouveau mot de passe"
PASSWORD = "Saisissez votre nouveau mot de passe"
CONFIRMATION = "Confirmez votre nouveau mot de passe"
MINIMUM_NOTE = "(20 caractères minimum)"
LEVEL = "#security-level"
LEVEL_PREFIX = "Niveau de sécurité : "
RECOMMENDATIONS = "Recommandations pour prévenir des usurpations"
CLOSE = "Fermer"
PREVIOUS = "Etape précédente"
VALIDATE = "Valider"


def expect_shown(page: Page) -> None:
    expect(labels.field(page, PASSWORD)).to_be_visible()
    expect(page.get_by_text(MINIMUM_NOTE)).to_be_visible()


def type_password(page: Page, password: str) -> None:
    """Type as a person would, so the live level indicator reacts key by key."""
    field = labels.field(page, PASSWORD)
    field.fill("")
    field.press_sequentially(password)


def fill(page: Page, password: str, confirmation: str) -> None:
    labels.field(page, PASSWORD).fill(password)
    labels.field(page, CONFIRMATION).fill(confirmation)


def validate(page: Page) -> None:
    page.get_by_role("button", name=VALIDATE, exact=True).click()


def go_back(page: Page) -> None:
    page.get_by_role("button", name=PREVIOUS).click()


def recommendations(page: Page) -> Locator:
    return page.get_by_role("dialog", name=RECOMMENDATIONS)


def open_recommendations(page: Page) -> Locator:
    page.get_by_role("button", name=RECOMMENDATIONS).click()
    dialog = recommendations(page)
    expect(dialog).to_be_visible()
    return dialog


def close_recommendations(page: Page) -> None:
    recommendations(page).get_by_role("button", name=CLOSE).click()
    expect(recommendations(page)).to_be_hidden()
