"""Step 4, "Récapitulatif": the guide's success texts and the validity date."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

PATH = "/mot-de-passe-oublie/recapitulatif"
STEP = "Récapitulatif"
HEADING = "Récapitulatif"
SUCCESS = "Votre mot de passe a été réinitialisé avec succès."
MAIL_ANNOUNCED = "Vous allez recevoir un courriel de confirmation."
CAN_LOG_IN = "Vous pouvez dès à présent vous connecter à votre espace professionnel."
VALID_UNTIL = re.compile(r"Ce mot de passe est valable jusqu'au (\d{1,2} \w+ \d{4})\.")
SERVICES = "Accédez à vos services en ligne"
QUIT = "Quitter"
TEXTS = (SUCCESS, MAIL_ANNOUNCED, CAN_LOG_IN)


def expect_shown(page: Page) -> None:
    expect(page.get_by_role("heading", name=HEADING)).to_be_visible()


def expect_texts(page: Page) -> None:
    for text in TEXTS:
        expect(page.get_by_text(text)).to_be_visible()


def validity_date(page: Page) -> str:
    """The date as the page writes it, for example ``05 juin 2026``."""
    line = page.get_by_text("Ce mot de passe est valable jusqu'au")
    expect(line).to_be_visible()
    found = VALID_UNTIL.search(" ".join(line.inner_text().split()))
    assert found, f"no validity date in {line.inner_text()!r}"
    return found.group(1)


def open_services(page: Page) -> None:
    page.get_by_role("link", name=SERVICES).click()


def quit_procedure(page: Page) -> None:
    page.get_by_role("link", name=QUIT).or_(page.get_by_role("button", name=QUIT)).first.click()


def services_link(page: Page):
    return page.get_by_role("link", name=SERVICES)


def quit_control(page: Page):
    return page.get_by_role("link", name=QUIT).or_(page.get_by_role("button", name=QUIT)).first
