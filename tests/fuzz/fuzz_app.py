"""In-process helpers for the fuzz tests: forms with tokens, state snapshots, verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from sqlalchemy import text
from werkzeug.datastructures import MultiDict
from werkzeug.test import TestResponse

from reference_app import messages

FUZZ = settings(
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout; every run draws afresh
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def examples(count: int) -> settings:
    """The fuzz settings with this many examples."""
    return settings(FUZZ, max_examples=count)


LILA = {
    "email": "lila.rosemonde@orange.fr",
    "password": "AncienMotDePasse2023Paris",
    "question": "Le prénom de votre conjoint(e) ?",
    "answer": "Paul",
    "subscriber_number": "20232990000101",
}
STEP1 = "/mot-de-passe-oublie/adresse"
STEP2 = "/mot-de-passe-oublie/question"
STEP3 = "/mot-de-passe-oublie/nouveau-mot-de-passe"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
CAPTCHA = re.compile(r'data-captcha-id="([^"]+)"')
ERROR = re.compile(r'<p id="([a-z]+)-error" class="field-error">(.*?)</p>', re.S)
ITEM = re.compile(r'<span class="field-error-item">(.*?)</span>', re.S)
FRENCH = {v for k, v in vars(messages).items() if k.isupper() and isinstance(v, str)}


@dataclass(frozen=True)
class Snapshot:
    """What a refused input must leave as it was."""

    password_hash: str
    outbox: int
    wizards: tuple[tuple[str, int], ...]


SNAPSHOT_SQL = (
    "SELECT (SELECT password_hash FROM accounts WHERE email = :email),"
    " (SELECT count(*) FROM mail_outbox),"
    " (SELECT group_concat(id || ':' || step) FROM"
    "  (SELECT id, step FROM wizard_states ORDER BY id))"
)


def snapshot(app: Flask) -> Snapshot:
    """One cheap query: thousands of examples take two snapshots each."""
    with app.extensions["db_engine"].connect() as connection:
        row = connection.execute(text(SNAPSHOT_SQL), {"email": LILA["email"]}).one()
    wizards = tuple(
        (part.rsplit(":", 1)[0], int(part.rsplit(":", 1)[1]))
        for part in (row[2] or "").split(",")
        if part
    )
    return Snapshot(row[0] or "", row[1], wizards)


def ensure_lila(app: Flask) -> None:
    client = app.test_client()
    client.post("/__spec__/accounts", json=LILA)  # 201, or 409 when the module made her already


def token_of(page: str) -> str:
    found = TOKEN.search(page)
    assert found, "no anti-forgery token on the page"
    return found.group(1)


def form(fields: dict[str, list[str]], token: str, variant: str) -> MultiDict[str, str]:
    """Build a form body: each field's values in order, the token as the variant says."""
    body: MultiDict[str, str] = MultiDict()
    tokens = {
        "right": [token],
        "missing": [],
        "wrong": [token[::-1]],
        "garbage": ["x" * 40],
        "second": ["forged", token],
    }[variant]
    for value in tokens:
        body.add("csrf_token", value)
    for name, values in fields.items():
        for value in values:
            body.add(name, value)
    return body


def token_accepted(variant: str) -> bool:
    return variant == "right"


def field_errors(response: TestResponse) -> dict[str, list[str]]:
    """The French messages tied to each field, as `<p id="<name>-error">` holds them."""
    html = response.get_data(as_text=True)
    return {name: [unescape(m) for m in ITEM.findall(body)] for name, body in ERROR.findall(html)}


def unescape(html: str) -> str:
    return html.replace("&#39;", "'").replace("&#34;", '"').replace("&amp;", "&").strip()


def assert_refused_cleanly(response: TestResponse, fields: set[str]) -> None:
    """A 400 anti-forgery page in French, or the form again with French messages on fields."""
    if response.status_code == 400:
        assert messages.CSRF_FAILED in unescape(response.get_data(as_text=True))
        return
    assert response.status_code == 200, response.status_code
    errors = field_errors(response)
    assert errors, "refused without a message on a field"
    assert set(errors) <= fields, errors
    for texts in errors.values():
        assert texts and set(texts) <= FRENCH, texts


@dataclass
class Visitor:
    """One browser in the wizard, with its token and the step it stands at."""

    client: FlaskClient
    token: str
    step: int


def open_step1(app: Flask) -> tuple[Visitor, str]:
    client = app.test_client()
    page = client.get(STEP1).get_data(as_text=True)
    return Visitor(client, token_of(page), 1), page


def captcha_answer(client: FlaskClient, page: str) -> str:
    found = CAPTCHA.search(page)
    assert found, "no CAPTCHA on step 1"
    return client.get(f"/__spec__/captcha/{found.group(1)}").get_json()["answer"]


def visitor_at(app: Flask, step: int) -> Visitor:
    """A new browser walked to step 2 or 3 with Lila's right entries."""
    visitor, page = open_step1(app)
    client, token = visitor.client, visitor.token
    data = {"email": LILA["email"], "captcha": captcha_answer(client, page), "csrf_token": token}
    assert client.post(STEP1, data=data).status_code == 302
    if step == 3:
        answer = {"answer": LILA["answer"], "csrf_token": token}
        assert client.post(STEP2, data=answer).status_code == 302
    return Visitor(client, token, step)
