"""The four-step wizard: screens, order, state kept on the server."""

from __future__ import annotations

import re

from app_actions import ResetActions
from app_pages import (
    LILA,
    NEW_PASSWORD,
    current_step,
    field,
    field_errors,
    login,
    visible_text,
)
from app_pages import page as app_page

from reference_app import messages
from resetspec.drivers.http.page import own_text

STEP1 = "/mot-de-passe-oublie/adresse"
STEP2 = "/mot-de-passe-oublie/question"
STEP3 = "/mot-de-passe-oublie/nouveau-mot-de-passe"
STEP4 = "/mot-de-passe-oublie/recapitulatif"


# test that the whole procedure ends on the guide's summary with the validity date
def test_full_reset_shows_the_summary(lila, reset):
    page = reset.run().get_data(as_text=True)
    text = visible_text(page)
    assert current_step(page) == "Récapitulatif"
    assert "Votre mot de passe a été réinitialisé avec succès." in text
    assert re.search(r"Ce mot de passe est valable jusqu'au \d{2} \w+ \d{4}\.", text)
    assert "Vous allez recevoir un courriel de confirmation." in text
    assert "Vous pouvez dès à présent vous connecter à votre espace professionnel." in text
    assert 'href="/connexion">Accédez à vos services en ligne</a>' in page
    assert ">Quitter</button>" in page


# test that step 1 shows the guide's labels, placeholder, asterisk sentence and CAPTCHA controls
def test_step1_screen(client):
    page = client.get(STEP1).get_data(as_text=True)
    text = visible_text(page)
    assert current_step(page) == "Adresse électronique de connexion"
    for label in (
        "Adresse électronique de connexion",
        "Réponse à la question de confiance",
        "Nouveau mot de passe",
        "Récapitulatif",
    ):
        assert f">{label}</li>" in page
    assert 'aria-label="Étapes de la procédure"' in page
    assert "Les champs marqués d'un astérisque (*) doivent être renseignés." in text
    assert field(page, "email")["placeholder"] == "utilisateur@domaine"
    assert "Saisissez votre adresse électronique de connexion" in text
    assert "Recopiez les caractères de l'image" in text
    assert ">Changer l'image</button>" in page
    assert ">Ecouter l'extrait sonore</a>" in page
    audio = app_page(page).by_id("captcha-audio")
    assert audio is not None and audio.tag == "audio" and ".wav" in (audio.get("src") or "")
    assert ">Continuer</button>" in page


# test that step 1 refuses a missing or malformed address, each message tied to the field
def test_step1_email_errors(lila, reset):
    cases = (("", messages.EMAIL_MISSING), ("lila.orange.fr", messages.EMAIL_INVALID))
    for typed, message in cases:
        response = reset.submit_address(email=typed)
        assert response.status_code == 200
        assert field_errors(response.get_data(as_text=True), "email") == message


# test that step 2 shows the address, the question and the guide's buttons
def test_step2_screen(lila, reset):
    assert reset.submit_address().location == STEP2
    page = reset.client.get(STEP2).get_data(as_text=True)
    text = visible_text(page)
    assert current_step(page) == "Réponse à la question de confiance"
    assert LILA["email"] in text
    assert f"La question de confiance que vous aviez sélectionnée : {LILA['question']}" in text
    assert "Saisissez la réponse à la question de confiance" in text
    assert ">Etape précédente</button>" in page
    assert ">Continuer</button>" in page


# test that the email never rides in a hidden field on any step
def test_email_is_never_in_a_form_field(lila, reset):
    reset.submit_address()
    for url in (STEP2,):
        page = reset.client.get(url).get_data(as_text=True)
        assert not app_page(page).first("//input[@value=$v]", v=LILA["email"])
    reset.answer()
    page = reset.client.get(STEP3).get_data(as_text=True)
    assert not app_page(page).first("//input[@value=$v]", v=LILA["email"])


# test that step 2 refuses a missing or wrong answer and stays on step 2
def test_step2_answer_errors(lila, reset):
    reset.submit_address()
    for typed, message in (("  ", messages.ANSWER_MISSING), ("Pierre", messages.ANSWER_WRONG)):
        response = reset.answer(typed)
        assert response.status_code == 200
        assert field_errors(response.get_data(as_text=True), "answer") == message


# test that the answer is compared trimmed and case-folded
def test_answer_is_trimmed_and_case_folded(lila, reset):
    reset.submit_address()
    assert reset.answer("  pAUL ").location == STEP3


# test that step 3 shows the guide's fields, hint, indicator and dialog, without the answer
def test_step3_screen(lila, reset):
    reset.submit_address()
    reset.answer()
    page = reset.client.get(STEP3).get_data(as_text=True)
    text = visible_text(page)
    assert current_step(page) == "Nouveau mot de passe"
    assert "Saisissez votre nouveau mot de passe" in text
    assert "(20 caractères minimum)" in text
    assert "Confirmez votre nouveau mot de passe" in text
    shown = app_page(page)
    assert shown.by_id("security-level").get("aria-live") == "polite"
    assert "Niveau de sécurité : Faible" in text
    name = "Recommandations pour prévenir des usurpations"
    assert shown.first("//*[@aria-label=$n]", n=name) is not None
    dialog = shown.first("//dialog")
    assert own_text(dialog.xpath(".//h2")[0]) == name  # its title, read first
    assert "1tvmq2t1'A" in own_text(dialog) and shown.button("Fermer") is not None
    assert shown.button("Etape précédente") is not None and shown.button("Valider") is not None
    assert LILA["answer"] not in text  # hardening: the answer is never echoed


# test that a policy failure changes nothing: the old password still works
def test_rejected_password_changes_nothing(app, lila, reset):
    reset.submit_address()
    reset.answer()
    response = reset.choose("court1")
    assert response.status_code == 200
    assert current_step(response.get_data(as_text=True)) == "Nouveau mot de passe"
    other = app.test_client()
    assert login(other, LILA["email"], LILA["password"]).location == "/espace"


# test that a mismatched confirmation is tied to the confirmation field
def test_confirmation_mismatch(lila, reset):
    reset.submit_address()
    reset.answer()
    page = reset.choose(NEW_PASSWORD, NEW_PASSWORD + "x").get_data(as_text=True)
    assert field_errors(page, "confirmation") == messages.CONFIRMATION_MISMATCH


# test that the same companies are there after a reset (guide 1.3)
def test_companies_survive_the_reset(app, lila, reset):
    reset.run()
    fresh = app.test_client()
    login(fresh, LILA["email"], NEW_PASSWORD)
    text = visible_text(fresh.get("/espace").get_data(as_text=True))
    for company in LILA["companies"]:
        assert company["siren"] in text and company["name"] in text


# test that the summary's date is set time + validity days, in French, Europe/Paris
def test_summary_date(make_app):
    app = make_app(PASSWORD_VALIDITY_DAYS=365)
    client = app.test_client()
    client.post("/__spec__/accounts", json=LILA)
    actions = ResetActions(client, headers={"X-Spec-Now": "2025-06-05T23:30:00+00:00"})
    page = actions.run().get_data(as_text=True)
    # 23:30 UTC on 5 June is 01:30 on 6 June in Paris; 365 days later is 6 June 2026.
    assert "valable jusqu'au <strong>06 juin 2026</strong>" in page
