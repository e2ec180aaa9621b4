"""The help page ("Aide"): hotline, online form, prerequisites, fallback, lockout."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PATH = "/aide"
HOTLINE_NUMBER = "0809 400 210"
HOTLINE_PRICE = "service gratuit + prix d'appel"
HOTLINE_HOURS = "du lundi au vendredi de 8h à 19h30"
STATUS = "#hotline-status"
OPEN_NOW = "La ligne d'assistance est ouverte en ce moment."
CLOSED_NOW = "La ligne d'assistance est fermée en ce moment."
FORM_PATH = ("Contact", "Professionnel", "Une assistance aux téléprocédures")
PREREQUISITES = (
    "avoir accès à l'adresse électronique choisie lors de la création"
    " de votre espace professionnel",
    "vous souvenir de la réponse à votre question de confiance",
)
FALLBACK_HEADING = "Vous ne pouvez pas terminer la procédure ?"
FALLBACK = (
    "Créer un nouvel espace professionnel en mode expert",
    "Demander le remplacement de l'utilisateur principal",
    "Désigner un administrateur suppléant",
    "Désigner des délégataires et consulter les délégations",
)
LOCKOUT = "#lockout"


def open_page(page: Page, base_url: str) -> None:
    page.goto(base_url + PATH)


def expect_hotline(page: Page) -> None:
    for text in (HOTLINE_NUMBER, HOTLINE_PRICE, HOTLINE_HOURS):
        expect(page.get_by_text(text).first).to_be_visible()


def expect_status(page: Page, is_open: bool) -> None:
    expect(page.locator(STATUS)).to_have_text(OPEN_NOW if is_open else CLOSED_NOW)


def expect_online_form(page: Page) -> None:
    for text in FORM_PATH:
        expect(page.get_by_text(text).first).to_be_visible()


def expect_prerequisites(page: Page) -> None:
    for text in PREREQUISITES:
        expect(page.get_by_text(text).first).to_be_visible()


def expect_fallback(page: Page) -> None:
    expect(page.get_by_role("heading", name=FALLBACK_HEADING)).to_be_visible()
    for item in FALLBACK:
        expect(page.get_by_text(item).first).to_be_visible()


def expect_lockout(page: Page, message: str) -> None:
    lockout = page.locator(LOCKOUT)
    expect(lockout).to_have_text(message)
    expect(lockout).to_have_attribute("role", "alert")
