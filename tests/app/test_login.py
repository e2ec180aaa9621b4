"""The login page, its links, password expiry, logout, and the professional space."""

from __future__ import annotations

import pytest
from app_pages import LILA, login, text_of, visible_text

from reference_app import messages


# test that the login page shows the guide's header, breadcrumb, fields and links
def test_login_screen(client):
    assert client.get("/").location == "/connexion"
    page = client.get("/connexion").get_data(as_text=True)
    text = visible_text(page)
    assert '<html lang="fr">' in page
    for words in (
        "RÉPUBLIQUE FRANÇAISE",
        "Liberté Égalité Fraternité",
        "impots.gouv.fr",
        "Accueil Authentification",
        "Connexion à mon espace professionnel",
        "Direction générale des Finances publiques",
    ):
        assert words in text
    assert '<label for="email">Adresse électronique' in page
    assert '<label for="password">Mot de passe' in page
    assert ">Connexion</button>" in page
    for link in (
        "Mot de passe oublié",
        "Créer mon espace professionnel",
        "Activer mon espace / mes services",
        "Payer mes impôts locaux",
        "Aide",
    ):
        assert f">{link}</a>" in page


# test that the three outside links lead to a short page saying so
@pytest.mark.parametrize("what", ["creer", "activer", "payer"])
def test_outside_pages(client, what):
    page = client.get(f"/hors-procedure/{what}").get_data(as_text=True)
    assert "ne fait pas partie de la procédure" in page
    assert client.get("/hors-procedure/autre").status_code == 404


# test that a good login opens the space and a bad one says so without saying which part
@pytest.mark.parametrize(
    ("email", "password"),
    [(LILA["email"], "wrong"), ("nobody@example.fr", LILA["password"]), ("", "")],
)
def test_login_failures(client, lila, email, password):
    response = login(client, email, password)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert text_of(page, "login-error") == messages.LOGIN_FAILED


# test that a password is valid through its last day (Paris) and refused as expired the day after
def test_expiry_at_login(client, accounts):
    accounts.lila(password_set_at="2025-06-05T12:00:00")
    last_day = {"X-Spec-Now": "2026-06-05T23:59:00"}
    day_after = {"X-Spec-Now": "2026-06-06T00:00:01"}
    assert login(client, LILA["email"], LILA["password"], headers=last_day).location == "/espace"
    response = login(client, LILA["email"], LILA["password"], headers=day_after)
    page = response.get_data(as_text=True)
    assert text_of(page, "login-error") == messages.PASSWORD_EXPIRED
    assert ">Mot de passe oublié</a>" in page


# test that an expired password is only reported to whoever knows it
def test_expiry_needs_the_right_password(client, accounts):
    accounts.lila(password_set_at="2020-01-01T00:00:00")
    page = login(client, LILA["email"], "wrong").get_data(as_text=True)
    assert text_of(page, "login-error") == messages.LOGIN_FAILED


# test that after a reset the expired account can log in again with the new password
def test_reset_cures_expiry(client, accounts, reset):
    accounts.lila(password_set_at="2020-01-01T00:00:00")
    reset.run()
    assert login(client, LILA["email"], "Nouveau2026motdepasse99").location == "/espace"


# test that the space lists SIREN and name, and "Gérer vos coordonnées" shows the details
def test_space_and_details(client, lila):
    login(client, LILA["email"], LILA["password"])
    page = client.get("/espace").get_data(as_text=True)
    text = visible_text(page)
    assert "<h1>Votre espace professionnel</h1>" in page
    assert '<th scope="col">SIREN</th>' in page and '<th scope="col">Dénomination</th>' in page
    assert "812345676 ROSEMONDE CONSEIL" in text and "442306908 ATELIER LONGCHAMP SARL" in text
    assert ">Gérer vos coordonnées</a>" in page
    details = visible_text(client.get("/espace/coordonnees").get_data(as_text=True))
    assert f"N° d'abonné {LILA['subscriber_number']}" in details
    assert f"Adresse électronique de connexion {LILA['email']}" in details
    assert f"Question de confiance {LILA['question']}" in details
    assert "Paul" not in details


# test that the space needs a login, and "Quitter" ends it
def test_logout(client, lila):
    assert client.get("/espace").location == "/connexion"
    assert client.get("/espace/coordonnees").location == "/connexion"
    login(client, LILA["email"], LILA["password"])
    assert client.post("/deconnexion").location == "/connexion"
    assert client.get("/espace").location == "/connexion"
