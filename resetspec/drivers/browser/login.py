"""The login page, "Connexion à mon espace professionnel"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labels

PATH = "/connexion"
LOGOUT_PATH = "/deconnexion"
HEADING = "Connexion à mon espace professionnel"
EMAIL = "Adresse électronique"
PASSWORD = "Mot de passe"
LOG_IN = "Connexion"
FORGOTTEN = "Mot de passe oublié"
HELP = "Aide"
OTHER_PROCEDURES = (
    "Créer mon espace professionnel",
    "Activer mon espace / mes services",
    "Payer mes impôts locaux",
)


def open_page(page: Page, base_url: str) -> None:
    page.goto(base_url + PATH)
    expect_shown(page)


def expect_shown(page: Page) -> None:
    expect(page.get_by_role("heading", name=HEADING)).to_be_visible()


def log_in(page: Page, email: str, password: str) -> None:
    labels.field(page, EMAIL).fill(email)
    labels.field(page, PASSWORD).fill(password)
    # Wait for the answer to the POST, so a caller can read the outcome without guessing.
    with page.expect_navigation():
        page.get_by_role("button", name=LOG_IN, exact=True).click()


def start_forgotten_password(page: Page) -> None:
    page.get_by_role("link", name=FORGOTTEN).click()


def open_help(page: Page) -> None:
    page.get_by_role("link", name=HELP, exact=True).first.click()


def expect_message(page: Page, message: str) -> None:
    expect(page.get_by_text(message)).to_be_visible()
