"""The support staff's pages: their login and the account lookup."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import labels

LOGIN_PATH = "/support/connexion"
LOOKUP_PATH = "/support"
LOGIN = "Identifiant"
PASSWORD = "Mot de passe"
SIGN_IN = "Se connecter"
SEARCH = "N° d'abonné ou adresse électronique"
FIND = "Rechercher"
NOTHING_FOUND = "Aucun compte ne correspond à votre recherche."
SIGN_IN_REFUSED = "Identifiant ou mot de passe incorrect."


def log_in(page: Page, base_url: str, login: str, password: str, signed_in: bool = True) -> None:
    """Sign in, and see the lookup offered — or, when ``signed_in`` is False, refused."""
    page.goto(base_url + LOGIN_PATH)
    labels.field(page, LOGIN).fill(login)
    labels.field(page, PASSWORD).fill(password)
    page.get_by_role("button", name=SIGN_IN).click()
    if signed_in:
        expect(labels.field(page, SEARCH)).to_be_visible()
        return
    expect(page.get_by_text(SIGN_IN_REFUSED)).to_be_visible()
    expect(labels.field(page, SEARCH)).to_have_count(0)


def search(page: Page, query: str) -> None:
    labels.field(page, SEARCH).fill(query)
    page.get_by_role("button", name=FIND).click()


def result(page: Page) -> Locator:
    """What the lookup shows: everything below the search form."""
    return page.locator("main")
