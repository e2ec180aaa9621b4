"""Step 3, "Nouveau mot de passe": the password twice, its level, the recommendations."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import labels
from resetspec.drivers.surface import Surface


def expect_shown(page: Page, s: Surface) -> None:
    expect(labels.field(page, s.step3.password)).to_be_visible()
    expect(page.get_by_text(s.step3.minimum_note)).to_be_visible()


def type_password(page: Page, s: Surface, password: str) -> None:
    """Type as a person would, so the live level indicator reacts key by key."""
    field = labels.field(page, s.step3.password)
    field.fill("")
    field.press_sequentially(password)


def fill(page: Page, s: Surface, password: str, confirmation: str) -> None:
    labels.field(page, s.step3.password).fill(password)
    labels.field(page, s.step3.confirmation).fill(confirmation)


def validate(page: Page, s: Surface) -> None:
    page.get_by_role("button", name=s.step3.validate, exact=True).click()


def recommendations(page: Page, s: Surface) -> Locator:
    return page.get_by_role("dialog", name=s.step3.recommendations)


def open_recommendations(page: Page, s: Surface) -> Locator:
    page.get_by_role("button", name=s.step3.recommendations).click()
    dialog = recommendations(page, s)
    expect(dialog).to_be_visible()
    return dialog


def close_recommendations(page: Page, s: Surface) -> None:
    recommendations(page, s).get_by_role("button", name=s.step3.close).click()
    expect(recommendations(page, s)).to_be_hidden()
