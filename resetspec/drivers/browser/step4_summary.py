"""Step 4, "Récapitulatif": where the procedure ends, and its two ways out."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PATH = "/mot-de-passe-oublie/recapitulatif"
STEP = "Récapitulatif"
HEADING = "Récapitulatif"
SERVICES = "Accédez à vos services en ligne"
QUIT = "Quitter"


def expect_shown(page: Page) -> None:
    expect(page.get_by_role("heading", name=HEADING)).to_be_visible()


def quit_procedure(page: Page) -> None:
    page.get_by_role("link", name=QUIT).or_(page.get_by_role("button", name=QUIT)).first.click()
