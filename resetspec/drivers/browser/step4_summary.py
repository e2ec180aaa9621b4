"""Step 4, "Récapitulatif": where the procedure ends, and its two ways out."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.surface import Surface


def expect_shown(page: Page, s: Surface) -> None:
    expect(page.get_by_role("heading", name=s.step4.heading)).to_be_visible()


def quit_procedure(page: Page, s: Surface) -> None:
    quit_ = s.step4.quit
    page.get_by_role("link", name=quit_).or_(page.get_by_role("button", name=quit_)).first.click()
