"""The login page, "Connexion à mon espace professionnel"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labels
from resetspec.drivers.surface import Surface


def open_page(page: Page, base_url: str, s: Surface) -> None:
    page.goto(base_url + s.login.path)
    expect_shown(page, s)


def expect_shown(page: Page, s: Surface) -> None:
    expect(page.get_by_role("heading", name=s.login.heading)).to_be_visible()


def log_in(page: Page, s: Surface, email: str, password: str) -> None:
    labels.field(page, s.login.email).fill(email)
    labels.field(page, s.login.password).fill(password)
    # Wait for the answer to the POST, so a caller can read the outcome without guessing.
    with page.expect_navigation():
        page.get_by_role("button", name=s.login.log_in, exact=True).click()


def start_forgotten_password(page: Page, s: Surface) -> None:
    page.get_by_role("link", name=s.login.forgotten).click()


def open_help(page: Page, s: Surface) -> None:
    page.get_by_role("link", name=s.login.help, exact=True).first.click()
