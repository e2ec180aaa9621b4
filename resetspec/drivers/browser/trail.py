"""The four-step trail shown on every page of the procedure (guide section 2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.surface import Surface


def nav(page: Page, s: Surface) -> Locator:
    return page.get_by_role("navigation", name=s.trail.name)


def expect_steps(page: Page, s: Surface) -> None:
    expect(nav(page, s).get_by_role("listitem")).to_have_text(list(s.trail.steps))


def current_item(page: Page, s: Surface) -> Locator:
    return nav(page, s).locator('[aria-current="step"]')


def expect_current(page: Page, s: Surface, step: str) -> None:
    expect(current_item(page, s)).to_have_text(step)
