"""Step 2, "Réponse à la question de confiance"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from resetspec.drivers.browser import labelled, labels

PATH = "/mot-de-passe-oublie/question"
PREVIOUS_PATH = "/mot-de-passe-oublie/etape-precedente"
STEP = "Réponse à la question de confiance"
QUESTION_PREFIX = "La question de confiance que vous aviez sélectionnée : "
ANSWER = "Saisissez la réponse à la question de confiance"
PREVIOUS = "Etape précédente"
CONTINUE = "Continuer"


def expect_shown(page: Page) -> None:
    expect(labels.field(page, ANSWER)).to_be_visible()


def expect_question(page: Page, text: str) -> None:
    shown = shown_question(page)
    assert shown == text, f"the question asked is {shown!r}, not {text!r}"


def expect_address(page: Page, email: str) -> None:
    expect(page.get_by_text(email, exact=False).first).to_be_visible()


def shown_question(page: Page) -> str:
    """The question beside its label, in whatever markup the page sets them."""
    return labelled.value(page, QUESTION_PREFIX.rstrip(" :")) or ""


def answer(page: Page, text: str) -> None:
    labels.field(page, ANSWER).fill(text)
    page.get_by_role("button", name=CONTINUE, exact=True).click()


def go_back(page: Page) -> None:
    page.get_by_role("button", name=PREVIOUS).click()
