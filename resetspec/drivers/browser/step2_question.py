"""Step 2, "Réponse à la question de confiance"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PATH = "/mot-de-passe-oublie/question"
STEP = "Réponse à la question de confiance"
QUESTION_PREFIX = "La question de confiance que vous aviez sélectionnée : "
ANSWER = "Saisissez la réponse à la question de confiance"
PREVIOUS = "Etape précédente"
CONTINUE = "Continuer"


def expect_shown(page: Page) -> None:
    expect(page.get_by_label(ANSWER)).to_be_visible()


def expect_question(page: Page, question: str) -> None:
    expect(page.get_by_text(QUESTION_PREFIX + question)).to_be_visible()


def expect_address(page: Page, email: str) -> None:
    expect(page.get_by_text(email, exact=False).first).to_be_visible()


def shown_question(page: Page) -> str:
    text = page.get_by_text(QUESTION_PREFIX).first.inner_text()
    return text.split(QUESTION_PREFIX.strip(), 1)[-1].strip()


def answer(page: Page, text: str) -> None:
    page.get_by_label(ANSWER).fill(text)
    page.get_by_role("button", name=CONTINUE, exact=True).click()


def go_back(page: Page) -> None:
    page.get_by_role("button", name=PREVIOUS).click()
