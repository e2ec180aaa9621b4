"""The wizard's server-side state: no skipping, no replay, going back, idle expiry, sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app_pages import LILA, NEW_PASSWORD, login, visible_text

from reference_app import messages

STEP1 = "/mot-de-passe-oublie/adresse"
STEP2 = "/mot-de-passe-oublie/question"
STEP3 = "/mot-de-passe-oublie/nouveau-mot-de-passe"
STEP4 = "/mot-de-passe-oublie/recapitulatif"


# test that later steps cannot be reached without the earlier ones
def test_steps_cannot_be_skipped(lila, client):
    for url in (STEP2, STEP3, STEP4):
        response = client.get(url)
        assert response.status_code == 302 and response.location == STEP1
    response = client.post(STEP3, data={"password": NEW_PASSWORD, "confirmation": NEW_PASSWORD})
    assert response.location == STEP1
    page = client.get(STEP1).get_data(as_text=True)
    assert messages.WIZARD_EXPIRED in visible_text(page)


# test that typing step 3's address on step 2 ends the procedure: it starts over at step 1
def test_skipping_ahead_restarts(lila, reset):
    reset.submit_address()
    assert reset.client.get(STEP3).location == STEP1
    assert messages.WIZARD_EXPIRED in visible_text(reset.client.get(STEP1).get_data(as_text=True))
    assert reset.client.get(STEP2).location == STEP1


# test that posting step 3 from step 2 changes nothing and starts over
def test_posting_ahead_restarts(app, lila, reset):
    reset.submit_address()
    assert reset.choose().location == STEP1
    assert login(app.test_client(), LILA["email"], LILA["password"]).location == "/espace"


# test that replaying step 2 once on step 3 (the browser's back button) starts over
def test_replaying_step2_restarts(lila, reset):
    reset.submit_address()
    reset.answer()
    assert reset.answer().location == STEP1
    assert reset.client.get(STEP3).location == STEP1


# test that after success the wizard is gone: step 3 cannot be replayed
def test_success_cannot_be_replayed(lila, reset):
    reset.run()
    assert reset.choose("Autre2026motdepasse777").location == STEP1
    assert reset.client.get(STEP2).location == STEP1


# test that "Etape précédente" goes back one step, and from step 2 back to step 1
def test_previous_step(lila, reset):
    reset.submit_address()
    reset.answer()
    assert reset.previous().location == STEP2
    assert reset.client.get(STEP2).status_code == 200
    assert reset.answer().location == STEP3  # going back means answering again
    assert reset.previous().location == STEP2
    assert reset.previous().location == STEP1
    assert reset.client.get(STEP2).location == STEP1


# test that the wizard expires after 15 idle minutes (X-Spec-Now moves this request's clock)
def test_wizard_expires_when_idle(lila, reset):
    reset.submit_address()
    state_time = _now_iso(minutes=16)
    response = reset.client.get(STEP2, headers={"X-Spec-Now": state_time})
    assert response.location == STEP1
    assert reset.client.get(STEP2).location == STEP1


# test that activity within 15 minutes keeps the wizard alive
def test_wizard_stays_alive_when_active(lila, reset):
    reset.submit_address()
    response = reset.client.get(STEP2, headers={"X-Spec-Now": _now_iso(minutes=14)})
    assert response.status_code == 200


# test that the reset does not log the user in, and the new password works at login
def test_reset_does_not_log_in(app, lila, reset):
    reset.run()
    assert reset.client.get("/espace").location == "/connexion"
    fresh = app.test_client()
    assert login(fresh, LILA["email"], LILA["password"]).status_code == 200
    assert login(fresh, LILA["email"], NEW_PASSWORD).location == "/espace"


# test that the reset ends the account's other login sessions
def test_reset_ends_other_sessions(app, lila, reset):
    elsewhere = app.test_client()
    assert login(elsewhere, LILA["email"], LILA["password"]).location == "/espace"
    assert elsewhere.get("/espace").status_code == 200
    reset.run()
    assert elsewhere.get("/espace").location == "/connexion"


def _now_iso(minutes: int) -> str:
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()


# test that of two procedures of one account side by side, the second to finish is stale
# however their requests interleave: it starts over and the first one's password stays
def test_a_procedure_overtaken_by_another_reset_is_stale(app, lila, browser):
    first, second = browser(), browser()
    for procedure in (first, second):
        procedure.submit_address()
        assert procedure.answer().location == STEP3
    assert first.choose(NEW_PASSWORD).location == STEP4
    assert second.choose("Deuxieme2026motdepasse77").location == STEP1
    assert messages.WIZARD_EXPIRED in visible_text(second.client.get(STEP1).get_data(as_text=True))
    assert login(app.test_client(), LILA["email"], NEW_PASSWORD).location == "/espace"
