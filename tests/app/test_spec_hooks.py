"""The test-control contract of docs/architecture.md, answer by answer."""

from __future__ import annotations

import pytest
from app_pages import LILA, captcha_id

from reference_app.config import ConfigError


# test that the capabilities are listed
def test_capabilities(client):
    assert client.get("/__spec__").get_json() == {
        "capabilities": ["accounts", "captcha", "clock", "client-id", "support-agents"]
    }


# test that an account is created with 201 and returned without secrets
def test_create_account(client):
    response = client.post("/__spec__/accounts", json=LILA)
    assert response.status_code == 201
    body = response.get_json()
    assert body["email"] == LILA["email"]
    assert body["subscriber_number"] == LILA["subscriber_number"]
    assert body["question"] == LILA["question"]
    assert body["companies"] == LILA["companies"]
    text = response.get_data(as_text=True)
    assert LILA["password"] not in text and "Paul" not in text and "hash" not in text


# test that a subscriber number is made up when none is given, and the address is normalised
def test_defaults(client):
    body = client.post(
        "/__spec__/accounts",
        json={"email": " Some.One@Example.FR ", "password": "p", "question": "Q ?", "answer": "a"},
    ).get_json()
    assert body["email"] == "some.one@example.fr"
    assert len(body["subscriber_number"]) == 14 and body["subscriber_number"].isdigit()
    assert body["companies"] == []


# test that password_set_at sets the validity (a naive time is Europe/Paris)
def test_password_set_at(client):
    body = client.post(
        "/__spec__/accounts", json={**LILA, "password_set_at": "2025-06-05T12:00:00"}
    ).get_json()
    assert body["password_set_at"] == "2025-06-05T10:00:00+00:00"
    assert body["password_valid_until"] == "2026-06-05"


# test that an existing email is a 409
def test_duplicate_email(client):
    client.post("/__spec__/accounts", json=LILA)
    again = client.post("/__spec__/accounts", json={**LILA, "subscriber_number": None})
    assert again.status_code == 409 and "error" in again.get_json()


# test that bad input is a 400 with a one-line error
@pytest.mark.parametrize(
    "body",
    [
        [],
        {**LILA, "email": "not-an-email"},
        {**LILA, "password": ""},
        {**LILA, "question": None},
        {**LILA, "answer": 3},
        {**LILA, "subscriber_number": "123"},
        {**LILA, "companies": [{"siren": "12", "name": "X"}]},
        {**LILA, "companies": "ACME"},
        {**LILA, "password_set_at": "hier"},
    ],
)
def test_bad_input(client, body):
    response = client.post("/__spec__/accounts", json=body)
    assert response.status_code == 400
    assert "\n" not in response.get_json()["error"]


# test that the CAPTCHA answer is given for a live challenge and 404 otherwise
def test_captcha_answer(client):
    challenge = captcha_id(client.get("/mot-de-passe-oublie/adresse").get_data(as_text=True))
    assert len(client.get(f"/__spec__/captcha/{challenge}").get_json()["answer"]) == 6
    missing = client.get("/__spec__/captcha/nope")
    assert missing.status_code == 404 and "error" in missing.get_json()


# test that a support agent is created with 201, and a duplicate is a 409
def test_support_agents(client):
    body = {"login": "agent", "password": "Secret2026agent"}
    assert client.post("/__spec__/support-agents", json=body).status_code == 201
    assert client.post("/__spec__/support-agents", json=body).status_code == 409
    assert client.post("/__spec__/support-agents", json={"login": "x"}).status_code == 400


# test that hooks are refused at start-up in production mode
def test_hooks_refused_in_production(make_app):
    with pytest.raises(ConfigError, match="RESETSPEC_TEST_HOOKS"):
        make_app(ENV="production", TEST_HOOKS=True)
