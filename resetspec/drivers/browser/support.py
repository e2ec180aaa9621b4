"""The support staff's pages: their login and the account lookup."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import labels
from resetspec.drivers.surface import Surface


def log_in(
    page: Page, base_url: str, s: Surface, login: str, password: str, signed_in: bool = True
) -> None:
    """Sign in, and see the lookup offered — or, when ``signed_in`` is False, refused."""
    page.goto(base_url + s.support.login_path)
    labels.field(page, s.support.login).fill(login)
    labels.field(page, s.support.password).fill(password)
    page.get_by_role("button", name=s.support.sign_in).click()
    if signed_in:
        expect(labels.field(page, s.support.search)).to_be_visible()
        return
    expect(page.get_by_text(s.support.sign_in_refused)).to_be_visible()
    expect(labels.field(page, s.support.search)).to_have_count(0)


def search(page: Page, s: Surface, query: str) -> None:
    labels.field(page, s.support.search).fill(query)
    page.get_by_role("button", name=s.support.find).click()


def result(page: Page) -> Locator:
    """What the lookup shows: everything below the search form."""
    return page.locator("main")
