"""Each form answers only its method: GET (and HEAD) shows, POST acts, the rest act on nothing.

Every acting form is sent, with a body that its POST would act on (right CAPTCHA, right answer,
a valid password, the right credentials) and its anti-forgery token or not, by every other
method. The visitor stands where the POST would act; afterwards nothing it would have changed
has changed, and the answer is a 405 — or, for HEAD on a page that GET shows, what GET answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask
from flask.testing import FlaskClient
from fuzz_app import (
    CAPTCHA,
    LILA,
    STEP1,
    STEP2,
    STEP3,
    captcha_answer,
    ensure_lila,
    examples,
    open_step1,
    snapshot,
    token_of,
    visitor_at,
)
from hostile import text
from hypothesis import given
from hypothesis import strategies as st

NEW_PASSWORD = "NouveauMotDePasse2026Paris"
AGENT = {"login": "agent.methodes", "password": "MotDePasseAgent2026"}
OTHER_METHODS = ["HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"]


@dataclass
class Arranged:
    """A client standing where a form's POST would act, the body it would act on, and a
    check that the action did not happen."""

    client: FlaskClient
    body: dict[str, str]
    unchanged: Callable[[], None]


def _logged_out(client: FlaskClient) -> None:
    assert client.get("/espace").status_code == 302, "a session was opened"


def at_login(app: Flask) -> Arranged:
    client = app.test_client()
    token = token_of(client.get("/connexion").get_data(as_text=True))
    body = {"email": LILA["email"], "password": LILA["password"], "csrf_token": token}
    return Arranged(client, body, lambda: _logged_out(client))


def at_logout(app: Flask) -> Arranged:
    arranged = at_login(app)
    assert arranged.client.post("/connexion", data=arranged.body).status_code == 302

    def still_in() -> None:
        assert arranged.client.get("/espace").status_code == 200, "the session was ended"

    return Arranged(arranged.client, {"csrf_token": arranged.body["csrf_token"]}, still_in)


def _wizard_kept(app: Flask) -> Callable[[], None]:
    before = snapshot(app)

    def kept() -> None:
        assert snapshot(app) == before, "the procedure's state changed"

    return kept


def at_step1(app: Flask) -> Arranged:
    visitor, page = open_step1(app)
    answer = captcha_answer(visitor.client, page)
    body = {"email": LILA["email"], "captcha": answer, "csrf_token": visitor.token}
    return Arranged(visitor.client, body, _wizard_kept(app))


def at_change_image(app: Flask) -> Arranged:
    visitor, page = open_step1(app)
    found = CAPTCHA.search(page)
    assert found
    image = found.group(1)

    def alive() -> None:
        assert visitor.client.get(f"/__spec__/captcha/{image}").status_code == 200, "image killed"

    return Arranged(visitor.client, {"csrf_token": visitor.token}, alive)


def at_step(step: int, body: dict[str, str]) -> Callable[[Flask], Arranged]:
    def arrange(app: Flask) -> Arranged:
        visitor = visitor_at(app, step)
        return Arranged(visitor.client, {**body, "csrf_token": visitor.token}, _wizard_kept(app))

    return arrange


def at_support_login(app: Flask) -> Arranged:
    client = app.test_client()
    client.post("/__spec__/support-agents", json=AGENT)
    token = token_of(client.get("/support/connexion").get_data(as_text=True))

    def not_signed_in() -> None:
        assert client.get("/support").status_code == 302, "a staff session was opened"

    return Arranged(client, {**AGENT, "csrf_token": token}, not_signed_in)


def at_support_logout(app: Flask) -> Arranged:
    arranged = at_support_login(app)
    assert arranged.client.post("/support/connexion", data=arranged.body).status_code == 302

    def still_signed_in() -> None:
        assert arranged.client.get("/support").status_code == 200, "the staff session ended"

    return Arranged(arranged.client, {"csrf_token": arranged.body["csrf_token"]}, still_signed_in)


# path -> (how to stand where its POST acts, whether GET shows a page there)
FORMS: dict[str, tuple[Callable[[Flask], Arranged], bool]] = {
    "/connexion": (at_login, True),
    "/deconnexion": (at_logout, False),
    STEP1: (at_step1, True),
    "/mot-de-passe-oublie/changer-image": (at_change_image, False),
    STEP2: (at_step(2, {"answer": LILA["answer"]}), True),
    STEP3: (at_step(3, {"password": NEW_PASSWORD, "confirmation": NEW_PASSWORD}), True),
    "/mot-de-passe-oublie/etape-precedente": (at_step(3, {}), False),
    "/support/connexion": (at_support_login, True),
    "/support/deconnexion": (at_support_logout, False),
}


# test that no form acts on a method other than POST, whatever the body and the token
@examples(300)
@given(
    path=st.sampled_from(sorted(FORMS)),
    method=st.sampled_from(OTHER_METHODS),
    with_token=st.booleans(),
    noise=st.dictionaries(st.sampled_from(["x", "next", "step", "_method"]), text(), max_size=2),
)
def test_other_methods_act_on_nothing(app, count_case, path, method, with_token, noise):
    count_case()
    ensure_lila(app)
    arrange, shows = FORMS[path]
    arranged = arrange(app)
    body = {**noise, **arranged.body}
    if not with_token:
        body.pop("csrf_token", None)
    response = arranged.client.open(path, method=method, data=body)
    if method == "OPTIONS":
        assert response.status_code == 200 and "POST" in response.headers["Allow"]
    elif method == "HEAD" and shows:
        assert response.status_code in (200, 302), (path, response.status_code)
        assert response.get_data() == b"", "HEAD answered with a body"
    else:
        assert response.status_code == 405, (method, path, response.status_code)
    arranged.unchanged()


# test that a HEAD with the login form's body and no token opens no session (the scanner's find)
def test_head_with_the_login_body_opens_no_session(app):
    ensure_lila(app)
    client = app.test_client()
    client.get("/connexion")
    data = {"email": LILA["email"], "password": LILA["password"]}
    assert client.open("/connexion", method="HEAD", data=data).status_code == 200
    _logged_out(client)


# test that HEAD on step 3 with a valid password, token included, changes no password
def test_head_on_step3_changes_no_password(app):
    ensure_lila(app)
    visitor = visitor_at(app, 3)
    before = snapshot(app)
    data = {"password": NEW_PASSWORD, "confirmation": NEW_PASSWORD, "csrf_token": visitor.token}
    assert visitor.client.open(STEP3, method="HEAD", data=data).status_code == 200
    assert snapshot(app) == before
    # and the procedure still works by POST afterwards: the HEAD left it where it stood
    assert visitor.client.post(STEP3, data=data).status_code == 302
    assert snapshot(app).password_hash != before.password_hash
    assert visitor.client.get(STEP2).status_code == 302  # the procedure ended with the change
