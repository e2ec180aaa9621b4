"""`--demo`: the personas seeded, a mail sink, and a page listing received mails."""

from __future__ import annotations

import re

import pytest
from app_pages import LILA, login, visible_text

from reference_app import demo, mailer


@pytest.fixture
def demo_app(monkeypatch, tmp_path):
    monkeypatch.setenv("RESETSPEC_DATABASE_URL", f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    monkeypatch.setenv("RESETSPEC_ARGON2_MEMORY_KIB", "8")
    monkeypatch.setenv("RESETSPEC_ARGON2_TIME_COST", "1")
    app = demo.create_demo_app()
    yield app
    app.extensions["demo_mail_sink"].stop()


# test that Lila is seeded exactly as in fixtures/personas.toml and can log in
def test_lila_is_seeded(demo_app):
    assert demo_app.config["ENV"] == "development" and demo_app.config["TEST_HOOKS"]
    client = demo_app.test_client()
    demo_app.config["WTF_CSRF_ENABLED"] = False
    assert login(client, LILA["email"], LILA["password"]).location == "/espace"
    details = visible_text(client.get("/espace/coordonnees").get_data(as_text=True))
    assert LILA["subscriber_number"] in details and LILA["question"] in details


# test that the start-up notes give the URLs and credentials
def test_notes(demo_app):
    notes = "\n".join(demo_app.config["DEMO_NOTES"])
    assert LILA["email"] in notes and LILA["password"] in notes
    assert demo.SUPPORT_LOGIN in notes and "/__demo__/courriels" in notes


# test that a mail sent through the demo's sink shows on the mails page
def test_mails_page(demo_app):
    client = demo_app.test_client()
    assert "Aucun courriel" in client.get("/__demo__/courriels").get_data(as_text=True)
    with demo_app.app_context():
        from reference_app.db import new_session

        with new_session(demo_app) as db:
            mailer.queue(db, LILA["email"], "05 juin 2026")
            db.commit()
    assert mailer.deliver_pending(demo_app) == 1
    # SMTP's "250" to DATA comes after the sink kept the mail: it is there once delivered.
    [mail] = demo_app.extensions["demo_mail_sink"].store.all()
    assert mail["To"] == LILA["email"]
    text = visible_text(client.get("/__demo__/courriels").get_data(as_text=True))
    assert "Espace professionnel - Modification du mot de passe" in text
    assert "05 juin 2026" in text
    # the date as the guide shows it (2022-12-06 11:17:45), and a breadcrumb of this page
    assert re.search(r"Date : \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text), text
    assert "Accueil Courriels reçus (démonstration)" in text and "Authentification" not in text


# test that the login page has the guide's "(?)" beside "Mot de passe", by keyboard too
def test_login_password_tip(demo_app):
    html = demo_app.test_client().get("/connexion").get_data(as_text=True)
    assert '<summary aria-label="Aide sur le mot de passe">(?)</summary>' in html
    assert "Accueil Authentification" in visible_text(html)


# test that --help gives the default host, port and threads
def test_help_gives_the_defaults(capsys):
    from reference_app.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert "(default 5000)" in out and "(default 127.0.0.1)" in out
