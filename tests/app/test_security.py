"""Hardening: headers, CSRF, rate limit, hashed secrets, hooks and clock only under test hooks."""

from __future__ import annotations

import logging
import re

import pytest
from app_actions import Accounts
from app_pages import LILA, NEW_PASSWORD, captcha_id, csrf_token
from sqlalchemy import select

from reference_app import messages
from reference_app.db import new_session
from reference_app.models import Account

PAGES = ["/connexion", "/mot-de-passe-oublie/adresse", "/aide", "/support/connexion"]


# test that every page carries the CSP (frame-ancestors 'none'), Referrer-Policy and no-store
@pytest.mark.parametrize("url", PAGES)
def test_security_headers(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


# test that every wizard step is no-store
def test_wizard_is_never_cached(lila, reset):
    reset.submit_address()
    assert reset.client.get("/mot-de-passe-oublie/question").headers["Cache-Control"] == "no-store"


# test that pages hold no inline script or style, so the CSP needs no exception
@pytest.mark.parametrize("url", PAGES)
def test_no_inline_script_or_style(client, url):
    page = client.get(url).get_data(as_text=True)
    assert "<script>" not in page and "style=" not in page and "<style" not in page
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers either


# test that the session cookie is HttpOnly and SameSite=Lax
def test_session_cookie_flags(client):
    cookie = client.get("/mot-de-passe-oublie/adresse").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


# test that with CSRF on, a form posted without its token is refused, and with it accepted
def test_csrf_enforced(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    Accounts(client).lila()
    refused = client.post("/connexion", data={"email": LILA["email"], "password": "x"})
    assert refused.status_code == 400
    assert messages.CSRF_FAILED in refused.get_data(as_text=True)
    page = client.get("/mot-de-passe-oublie/adresse").get_data(as_text=True)
    answer = client.get(f"/__spec__/captcha/{captcha_id(page)}").get_json()["answer"]
    data = {"email": LILA["email"], "captcha": answer}
    assert client.post("/mot-de-passe-oublie/adresse", data=data).status_code == 400
    data["csrf_token"] = csrf_token(page)
    assert client.post("/mot-de-passe-oublie/adresse", data=data).status_code == 302


# test that the whole procedure works with CSRF on: every form carries its token
def test_full_reset_with_csrf(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    Accounts(client).lila()
    page = client.get("/mot-de-passe-oublie/adresse").get_data(as_text=True)
    answer = client.get(f"/__spec__/captcha/{captcha_id(page)}").get_json()["answer"]
    token = csrf_token(page)
    steps = [
        ("/mot-de-passe-oublie/adresse", {"email": LILA["email"], "captcha": answer}),
        ("/mot-de-passe-oublie/question", {"answer": LILA["answer"]}),
        (
            "/mot-de-passe-oublie/nouveau-mot-de-passe",
            {"password": NEW_PASSWORD, "confirmation": NEW_PASSWORD},
        ),
    ]
    for url, data in steps:
        response = client.post(url, data={**data, "csrf_token": token})
        assert response.status_code == 302, (url, response.status_code)
        token = csrf_token(client.get(response.location).get_data(as_text=True))


# test that step 1 is rate-limited per client, with the French message and HTTP 429
def test_step1_rate_limit(make_app):
    app = make_app(STEP1_RATE_LIMIT="3 per minute")
    client = app.test_client()
    statuses = [
        client.post("/mot-de-passe-oublie/adresse", data={"email": "", "captcha": ""}).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    page = client.post("/mot-de-passe-oublie/adresse").get_data(as_text=True)
    assert messages.RATE_LIMITED in page
    assert client.get("/mot-de-passe-oublie/adresse").status_code == 200  # GET is not limited


# test that X-Spec-Client gives each scenario its own budget under test hooks
def test_spec_client_has_its_own_budget(make_app):
    client = make_app(STEP1_RATE_LIMIT="2 per minute").test_client()

    def post(token: str) -> int:
        headers = {"X-Spec-Client": token}
        return client.post("/mot-de-passe-oublie/adresse", headers=headers).status_code

    assert [post("a"), post("a"), post("a")] == [200, 200, 429]
    assert post("b") == 200


# test that without hooks X-Spec-Client is ignored: one address, one budget
def test_spec_client_ignored_without_hooks(make_app):
    client = make_app(TEST_HOOKS=False, STEP1_RATE_LIMIT="1 per minute").test_client()
    client.post("/mot-de-passe-oublie/adresse", headers={"X-Spec-Client": "a"})
    response = client.post("/mot-de-passe-oublie/adresse", headers={"X-Spec-Client": "b"})
    assert response.status_code == 429


# test that without hooks the /__spec__ routes do not exist and X-Spec-Now is ignored
def test_hooks_off(make_app):
    client = make_app(TEST_HOOKS=False).test_client()
    assert client.get("/__spec__").status_code == 404
    assert client.post("/__spec__/accounts", json=LILA).status_code == 404
    headers = {"X-Spec-Now": "2026-11-28T03:00:00"}  # a Saturday night: closed
    sunday = client.get("/aide", headers=headers).get_data(as_text=True)
    real = client.get("/aide").get_data(as_text=True)
    assert sunday == real


# test that a malformed X-Spec-Now is a clear 400 rather than a silent real time
def test_bad_spec_now(client):
    response = client.get("/aide", headers={"X-Spec-Now": "demain"})
    assert response.status_code == 400
    assert "X-Spec-Now" in response.get_json()["error"]


# test that passwords and answers are stored as argon2id hashes, the answer case-folded
def test_secrets_are_hashed(app, lila):
    with new_session(app) as db:
        account = db.scalar(select(Account))
    assert account.password_hash.startswith("$argon2id$")
    assert account.answer_hash.startswith("$argon2id$")
    assert LILA["password"] not in account.password_hash
    assert "Paul" not in account.answer_hash and "paul" not in account.answer_hash


# test that no secret reaches the logs during a full reset
def test_no_secret_in_logs(lila, reset, caplog):
    caplog.set_level(logging.DEBUG)
    reset.run()
    for secret in (NEW_PASSWORD, LILA["password"], LILA["answer"]):
        assert secret not in caplog.text
