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


def log_in(page: Page, base_url: str, login: str, password: str) -> None:
    page.goto(base_url + LOGIN_PATH)
    labels.field(page, LOGIN).fill(login)
    labels.field(page, PASSWORD).fill(password)
    page.get_by_role("button", name=SIGN_IN).click()
    expect(labels.field(page, SEARCH)).to_be_visible()


def search(page: Page, query: str) -> None:
    labels.field(page, SEARCH).fill(query)
    page.get_by_role("button", name=FIND).click()


def result(page: Page) -> Locator:
    """What the lookup shows: everything below the search form."""
    return page.locator("main")
