"""Fixtures in the flaskr style: an app per test, its client, and in-process action helpers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from app_actions import Accounts, ResetActions
from flask import Flask
from flask.testing import FlaskClient

from reference_app import create_app
from resetspec.mail.mailsink import MailSink

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
    # `resetspec mutants` runs these tests against a rule mutant through this variable.
    "FAULTS": os.environ.get("RESETSPEC_FAULTS", ""),
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


@pytest.fixture
def browser(app: Flask) -> Callable[..., ResetActions]:
    """Return a factory of reset actions in a fresh browser (a new test client) of the same app."""

    def open_browser(headers: dict[str, str] | None = None) -> ResetActions:
        return ResetActions(app.test_client(), headers=headers)

    return open_browser


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
