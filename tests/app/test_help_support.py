"""The help page (hotline open or closed, Europe/Paris) and the support lookup."""

from __future__ import annotations

import pytest
from app_pages import LILA, text_of, visible_text

from reference_app import messages

SUPPORT = {"login": "agent", "password": "Secret2026agent"}


# test that the help page gives the hotline, the online-form path and the fallback paths
def test_help_page(client):
    page = client.get("/aide").get_data(as_text=True)
    text = visible_text(page)
    for words in (
        "0809 400 210",
        "service gratuit + prix d'appel",
        "du lundi au vendredi de 8h à 19h30",
        "« Contact »",
        "« Professionnel »",
        "« Une assistance aux téléprocédures »",
        "avoir accès à l'adresse électronique choisie lors de la création de votre espace",
        "vous souvenir de la réponse à votre question de confiance",
        "Vous ne pouvez pas terminer la procédure ?",
        "Créer un nouvel espace professionnel en mode expert",
        "Demander le remplacement de l'utilisateur principal",
        "Désigner un administrateur suppléant",
        "Désigner des délégataires et consulter les délégations",
    ):
        assert words in text, words


# test that the hotline reads open 8:00–19:30 Monday to Friday in Paris, closed otherwise
@pytest.mark.parametrize(
    ("now", "is_open"),
    [
        ("2026-11-30T07:59:59", False),  # Monday, before opening
        ("2026-11-30T08:00:00", True),
        ("2026-11-30T19:29:59", True),
        ("2026-11-30T19:30:00", False),
        ("2026-12-04T12:00:00", True),  # Friday
        ("2026-12-05T12:00:00", False),  # Saturday
        ("2026-12-06T12:00:00", False),  # Sunday
        ("2026-07-01T06:30:00+00:00", True),  # 08:30 in Paris, summer time
        ("2026-12-01T07:30:00+00:00", True),  # 08:30 in Paris, winter time
        ("2026-12-01T18:45:00+00:00", False),  # 19:45 in Paris
    ],
)
def test_hotline_status(client, now, is_open):
    page = client.get("/aide", headers={"X-Spec-Now": now}).get_data(as_text=True)
    expected = messages.HOTLINE_OPEN if is_open else messages.HOTLINE_CLOSED
    assert text_of(page, "hotline-status") == expected


# test that every page links to the help
@pytest.mark.parametrize(
    "url", ["/connexion", "/mot-de-passe-oublie/adresse", "/aide", "/support/connexion"]
)
def test_help_link_everywhere(client, url):
    assert '<a class="help-link" href="/aide">Aide</a>' in client.get(url).get_data(as_text=True)


def _support_login(client, login: str = SUPPORT["login"], password: str = SUPPORT["password"]):
    return client.post("/support/connexion", data={"login": login, "password": password})


# test that the lookup needs a staff login, and a wrong one is refused
def test_support_needs_login(client):
    client.post("/__spec__/support-agents", json=SUPPORT)
    assert client.get("/support").location == "/support/connexion"
    page = _support_login(client, password="wrong").get_data(as_text=True)
    assert "Identifiant ou mot de passe incorrect." in page
    assert _support_login(client).location == "/support"


# test that support finds an account by number or address, never showing the answer
@pytest.mark.parametrize("query", [LILA["subscriber_number"], LILA["email"].upper()])
def test_support_lookup(client, lila, query):
    client.post("/__spec__/support-agents", json=SUPPORT)
    _support_login(client)
    page = client.get("/support", query_string={"q": query}).get_data(as_text=True)
    text = visible_text(page)
    assert f"N° d'abonné {LILA['subscriber_number']}" in text
    assert f"Adresse électronique de connexion {LILA['email']}" in text
    assert f"Question de confiance {LILA['question']}" in text
    assert "Paul" not in page


# test that an unknown search says so
def test_support_not_found(client):
    client.post("/__spec__/support-agents", json=SUPPORT)
    _support_login(client)
    page = client.get("/support", query_string={"q": "99999999999999"}).get_data(as_text=True)
    assert messages.SUPPORT_NOT_FOUND in page
    page = client.get("/support").get_data(as_text=True)
    assert 'for="q">N° d&#39;abonné ou adresse électronique' in page
    assert ">Rechercher</button>" in page


# test that a logged-in account holder is not support staff
def test_account_holder_is_not_staff(client, lila):
    client.post("/connexion", data={"email": LILA["email"], "password": LILA["password"]})
    assert client.get("/support").location == "/support/connexion"
