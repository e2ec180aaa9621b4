"""Hostile input to the other forms, every query parameter, and wrong methods."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from fuzz_app import (
    LILA,
    assert_refused_cleanly,
    ensure_lila,
    examples,
    form,
    snapshot,
    token_accepted,
    token_of,
    unescape,
)
from hostile import email, field_values, text, token_variant
from hypothesis import given
from hypothesis import strategies as st

from reference_app import messages

AGENT = {"login": "agent.fuzz", "password": "MotDePasseAgent2026"}


@pytest.fixture
def agent(app: Flask) -> FlaskClient:
    """A support agent signed in, to reach the lookup's query parameter."""
    ensure_lila(app)
    client = app.test_client()
    client.post("/__spec__/support-agents", json=AGENT)
    token = token_of(client.get("/support/connexion").get_data(as_text=True))
    assert client.post("/support/connexion", data={**AGENT, "csrf_token": token}).status_code == 302
    return client


# test that a hostile login never opens the space and always answers in French
@examples(1400)
@given(emails=field_values(email()), passwords=field_values(text()), variant=token_variant())
def test_login(app, count_case, emails, passwords, variant):
    count_case()
    ensure_lila(app)
    client = app.test_client()
    token = token_of(client.get("/connexion").get_data(as_text=True))
    fields = {"email": emails, "password": passwords}
    response = client.post("/connexion", data=form(fields, token, variant))
    if not token_accepted(variant):
        assert_refused_cleanly(response, set())
        return
    assert response.status_code == 200, response.status_code
    assert messages.LOGIN_FAILED in unescape(response.get_data(as_text=True))


# test that a hostile staff login never signs in and answers in French
@examples(600)
@given(logins=field_values(text()), passwords=field_values(text()), variant=token_variant())
def test_support_login(app, count_case, logins, passwords, variant):
    count_case()
    client = app.test_client()
    token = token_of(client.get("/support/connexion").get_data(as_text=True))
    response = client.post(
        "/support/connexion", data=form({"login": logins, "password": passwords}, token, variant)
    )
    if not token_accepted(variant):
        assert_refused_cleanly(response, set())
        return
    assert response.status_code == 200
    assert messages.SUPPORT_LOGIN_FAILED in unescape(response.get_data(as_text=True))


# test that the support lookup takes any query: a match, or the French "nothing found"
@examples(800)
@given(queries=field_values(text() | st.just(LILA["subscriber_number"])))
def test_support_lookup(agent, count_case, queries):
    count_case()
    response = agent.get("/support", query_string=[("q", q) for q in queries])
    assert response.status_code == 200
    page = unescape(response.get_data(as_text=True))
    query = queries[0].strip() if queries else ""
    if query and query != LILA["subscriber_number"]:
        assert messages.SUPPORT_NOT_FOUND in page
    assert LILA["answer"] not in page


GET_PAGES = [
    "/",
    "/connexion",
    "/aide",
    "/espace",
    "/espace/coordonnees",
    "/support",
    "/support/connexion",
    "/mot-de-passe-oublie/adresse",
    "/mot-de-passe-oublie/question",
    "/mot-de-passe-oublie/nouveau-mot-de-passe",
    "/mot-de-passe-oublie/recapitulatif",
]
SEGMENT_PAGES = [
    "/hors-procedure/{}",
    "/mot-de-passe-oublie/captcha/{}.png",
    "/mot-de-passe-oublie/captcha/{}.wav",
    "/__spec__/captcha/{}",
]
PARAMS = st.lists(st.tuples(st.sampled_from(["motif", "q", "next", "step", "x"]) | text(), text()))


# test that every page takes any query string and any path segment without a 500
@examples(1500)
@given(
    page=st.sampled_from(GET_PAGES + SEGMENT_PAGES),
    segment=text().filter(lambda s: "/" not in s and s not in (".", "..")),
    params=PARAMS,
)
def test_query_parameters(app, count_case, page, segment, params):
    count_case()
    before = snapshot(app)
    path = page.format(quote(segment, safe=""))
    response = app.test_client().get(path, query_string=params)
    assert response.status_code in (200, 302, 404), (page, response.status_code)
    assert snapshot(app).password_hash == before.password_hash


ROUTES: dict[str, set[str]] = {
    "/connexion": {"GET", "POST"},
    "/deconnexion": {"POST"},
    "/aide": {"GET"},
    "/mot-de-passe-oublie/adresse": {"GET", "POST"},
    "/mot-de-passe-oublie/question": {"GET", "POST"},
    "/mot-de-passe-oublie/nouveau-mot-de-passe": {"GET", "POST"},
    "/mot-de-passe-oublie/recapitulatif": {"GET"},
    "/mot-de-passe-oublie/etape-precedente": {"POST"},
    "/mot-de-passe-oublie/changer-image": {"POST"},
    "/support/connexion": {"GET", "POST"},
    "/support": {"GET"},
    "/espace": {"GET"},
}


# test that a wrong method gets a clean 405 and changes nothing
@examples(600)
@given(
    route=st.sampled_from(sorted(ROUTES)),
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    body=st.dictionaries(st.sampled_from(["email", "answer", "password", "x"]), text()),
)
def test_wrong_methods(app, count_case, route, method, body):
    if method in ROUTES[route]:
        return  # the right methods are fuzzed above
    count_case()
    before = snapshot(app)
    response = app.test_client().open(route, method=method, data=body)
    assert response.status_code == 405, (method, route, response.status_code)
    assert snapshot(app) == before
