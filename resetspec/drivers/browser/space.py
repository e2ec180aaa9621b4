"""The professional space: its companies, and "Gérer vos coordonnées"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labelled
from resetspec.drivers.surface import Surface


def expect_shown(page: Page, s: Surface) -> None:
    expect(page.get_by_role("heading", name=s.space.heading)).to_be_visible()


def companies(page: Page, s: Surface) -> list[tuple[str, str]]:
    """(SIREN, Dénomination) of every row of the companies table."""
    table = page.get_by_role("table")
    expect(table).to_be_visible()
    headers = [h.strip() for h in table.get_by_role("columnheader").all_inner_texts()]
    siren_at, name_at = headers.index(s.space.siren), headers.index(s.space.name)
    rows = []
    for row in table.locator("tbody tr").all():
        cells = [c.strip() for c in row.get_by_role("cell").all_inner_texts()]
        rows.append((cells[siren_at], cells[name_at]))
    return rows


def open_details(page: Page, s: Surface) -> None:
    page.get_by_role("link", name=s.space.details).click()
    expect(page.get_by_role("heading", name=s.space.details)).to_be_visible()


def details(page: Page, s: Surface) -> dict[str, str]:
    """The values beside their labels, in whatever markup the page sets them."""
    names = (s.space.subscriber_number, s.space.login_address, s.space.question)
    return {name: labelled.value(page, name) or "" for name in names}
