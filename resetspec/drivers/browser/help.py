"""The help page ("Aide"): the hotline's status now, the fallback, the lockout notice."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.contract import HOTLINE_STATUS as STATUS
from resetspec.drivers.contract import LOCKOUT
from resetspec.drivers.surface import Surface


def open_page(page: Page, base_url: str, s: Surface) -> None:
    page.goto(base_url + s.help.path)


def expect_shown(page: Page, s: Surface) -> None:
    expect(page.get_by_role("heading", name=s.help.heading, exact=True, level=1)).to_be_visible()


def expect_status(page: Page, s: Surface, is_open: bool) -> None:
    expect(page.locator(STATUS)).to_have_text(s.help.open_now if is_open else s.help.closed_now)


def expect_lockout(page: Page, message: str) -> None:
    lockout = page.locator(LOCKOUT)
    expect(lockout).to_have_text(message)
    expect(lockout).to_have_attribute("role", "alert")
