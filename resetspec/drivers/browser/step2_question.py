"""Step 2, "Réponse à la question de confiance"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labelled, labels
from resetspec.drivers.surface import Surface


def expect_shown(page: Page, s: Surface) -> None:
    expect(labels.field(page, s.step2.answer)).to_be_visible()


def expect_address(page: Page, email: str) -> None:
    expect(page.get_by_text(email, exact=False).first).to_be_visible()


def shown_question(page: Page, s: Surface) -> str:
    """The question beside its label, in whatever markup the page sets them."""
    return labelled.value(page, s.step2.question) or ""


def answer(page: Page, s: Surface, text: str) -> None:
    labels.field(page, s.step2.answer).fill(text)
    page.get_by_role("button", name=s.step2.next, exact=True).click()
