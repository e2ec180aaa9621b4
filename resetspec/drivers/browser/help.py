"""The help page ("Aide"): the hotline's status now, the fallback, the lockout notice."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PATH = "/aide"
HEADING = "Aide"
STATUS = "#hotline-status"
OPEN_NOW = "La ligne d'assistance est ouverte en ce moment."
CLOSED_NOW = "La ligne d'assistance est fermée en ce moment."
FALLBACK_HEADING = "Vous ne pouvez pas terminer la procédure ?"
LOCKOUT = "#lockout"


def open_page(page: Page, base_url: str) -> None:
    page.goto(base_url + PATH)


def expect_shown(page: Page) -> None:
    expect(page.get_by_role("heading", name=HEADING, exact=True, level=1)).to_be_visible()


def expect_status(page: Page, is_open: bool) -> None:
    expect(page.locator(STATUS)).to_have_text(OPEN_NOW if is_open else CLOSED_NOW)


def expect_lockout(page: Page, message: str) -> None:
    lockout = page.locator(LOCKOUT)
    expect(lockout).to_have_text(message)
    expect(lockout).to_have_attribute("role", "alert")
