"""Fixtures in the flaskr style: an app per test, its client, and in-process action helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from app_pages import LILA, NEW_PASSWORD, captcha_id
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from reference_app import create_app
from resetspec.mailsink import MailSink

# Cheap argon2id so the suite stays fast; production defaults are tested in test_config.
TEST_CONFIG: dict[str, Any] = {
    "ENV": "test",
    "SECRET_KEY": "test-secret",
    "TEST_HOOKS": True,
    "DATABASE_URL": "sqlite://",
    "ARGON2_TIME_COST": 1,
    "ARGON2_MEMORY_KIB": 8,
    "ARGON2_PARALLELISM": 1,
    "WTF_CSRF_ENABLED": False,
    "STEP1_RATE_LIMIT": "1000 per minute",
    "SMTP_HOST": "127.0.0.1",
    "SMTP_PORT": 9,  # discard port: nothing listens, so no test mails anyone by accident
}

AppFactory = Callable[..., Flask]


@pytest.fixture
def make_app() -> AppFactory:
    """Return a factory of test apps, with settings overriding the test defaults."""

    def build(**overrides: Any) -> Flask:
        return create_app({**TEST_CONFIG, **overrides})

    return build


@pytest.fixture
def app(make_app: AppFactory) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@dataclass
class Accounts:
    """Creates accounts through the test-control contract, as the browser harness does."""

    client: FlaskClient

    def create(self, **fields: Any) -> dict[str, Any]:
        response = self.client.post("/__spec__/accounts", json={**LILA, **fields})
        assert response.status_code == 201, response.get_data(as_text=True)
        return response.get_json()

    def lila(self, **fields: Any) -> dict[str, Any]:
        return self.create(**fields)


@dataclass
class ResetActions:
    """Walks the wizard in-process: one method per step, defaults for Lila."""

    client: FlaskClient
    headers: dict[str, str] | None = None

    def captcha_answer(self, page: str) -> str:
        url = f"/__spec__/captcha/{captcha_id(page)}"
        return self.client.get(url, headers=self.headers).get_json()["answer"]

    def open_step1(self) -> TestResponse:
        return self.client.get("/mot-de-passe-oublie/adresse", headers=self.headers)

    def submit_address(
        self, email: str = LILA["email"], captcha: str | None = None
    ) -> TestResponse:
        page = self.open_step1().get_data(as_text=True)
        typed = self.captcha_answer(page) if captcha is None else captcha
        return self.client.post(
            "/mot-de-passe-oublie/adresse",
            data={"email": email, "captcha": typed},
            headers=self.headers,
        )

    def answer(self, answer: str = LILA["answer"]) -> TestResponse:
        return self.client.post(
            "/mot-de-passe-oublie/question", data={"answer": answer}, headers=self.headers
        )

    def choose(self, password: str = NEW_PASSWORD, confirmation: str | None = None) -> TestResponse:
        data = {
            "password": password,
            "confirmation": password if confirmation is None else confirmation,
        }
        return self.client.post(
            "/mot-de-passe-oublie/nouveau-mot-de-passe", data=data, headers=self.headers
        )

    def previous(self) -> TestResponse:
        return self.client.post("/mot-de-passe-oublie/etape-precedente", headers=self.headers)

    def run(
        self,
        email: str = LILA["email"],
        answer: str = LILA["answer"],
        password: str = NEW_PASSWORD,
    ) -> TestResponse:
        """Do the whole procedure and return the step 4 page."""
        assert self.submit_address(email).status_code == 302
        assert self.answer(answer).status_code == 302
        response = self.choose(password)
        assert response.status_code == 302, response.get_data(as_text=True)
        return self.client.get(response.location, headers=self.headers)


@pytest.fixture
def accounts(client: FlaskClient) -> Accounts:
    return Accounts(client)


@pytest.fixture
def lila(accounts: Accounts) -> dict[str, Any]:
    return accounts.lila()


@pytest.fixture
def reset(client: FlaskClient) -> ResetActions:
    return ResetActions(client)


@pytest.fixture
def mail_sink() -> Iterator[MailSink]:
    """A real aiosmtpd server on a free loopback port."""
    with MailSink() as sink:
        yield sink
