"""The professional space: its companies, and "Gérer vos coordonnées"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labelled

PATH = "/espace"
DETAILS_PATH = "/espace/coordonnees"
HEADING = "Votre espace professionnel"
SIREN = "SIREN"
NAME = "Dénomination"
DETAILS = "Gérer vos coordonnées"
SUBSCRIBER_NUMBER = "N° d'abonné"
LOGIN_ADDRESS = "Adresse électronique de connexion"
QUESTION = "Question de confiance"


def expect_shown(page: Page) -> None:
    expect(page.get_by_role("heading", name=HEADING)).to_be_visible()


def companies(page: Page) -> list[tuple[str, str]]:
    """(SIREN, Dénomination) of every row of the companies table."""
    table = page.get_by_role("table")
    expect(table).to_be_visible()
    headers = [h.strip() for h in table.get_by_role("columnheader").all_inner_texts()]
    siren_at, name_at = headers.index(SIREN), headers.index(NAME)
    rows = []
    for row in table.locator("tbody tr").all():
        cells = [c.strip() for c in row.get_by_role("cell").all_inner_texts()]
        rows.append((cells[siren_at], cells[name_at]))
    return rows


def open_details(page: Page) -> None:
    page.get_by_role("link", name=DETAILS).click()
    expect(page.get_by_role("heading", name=DETAILS)).to_be_visible()


def detail(page: Page, label: str) -> str:
    """The value beside ``label``, in whatever markup the page sets them."""
    return labelled.value(page, label) or ""
