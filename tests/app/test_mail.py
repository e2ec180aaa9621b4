"""The confirmation mail: outbox in the reset's transaction, real SMTP, retries, exactly once."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from app_actions import Accounts, ResetActions
from app_pages import LILA, NEW_PASSWORD
from app_pages import page as app_page
from sqlalchemy import select

from reference_app import mailer, messages
from reference_app.db import new_session
from reference_app.models import OutboxMail
from resetspec.drivers.http.page import own_text
from resetspec.mail.mailsink import MailSink
from resetspec.run.ports import free_port


def _app_with_smtp(make_app, port: int, **settings):
    app = make_app(SMTP_HOST="127.0.0.1", SMTP_PORT=port, **settings)
    client = app.test_client()
    Accounts(client).lila()
    return app, ResetActions(client)


def _outbox(app) -> list[OutboxMail]:
    with new_session(app) as db:
        return list(db.scalars(select(OutboxMail)))


# test that the mail has the guide's sender, recipient, subject and body with the real date
def test_confirmation_mail(make_app, mail_sink):
    app, reset = _app_with_smtp(make_app, mail_sink.port)
    page = reset.run().get_data(as_text=True)
    valid_until = own_text(app_page(page).first("//p[contains(., 'valable jusqu')]/strong"))
    assert mailer.deliver_pending(app) == 1
    (mail,) = mail_sink.store.wait_for(LILA["email"])
    assert mail.from_header == "ne-pas-repondre@dgfip.finances.gouv.fr"
    assert mail.to_header == LILA["email"]
    assert mail.subject == "Espace professionnel - Modification du mot de passe"
    body = mail.text.replace("\r\n", "\n")
    assert body == messages.MAIL_BODY.format(date=valid_until)
    assert f"Celui-ci est valable jusqu'au {valid_until}." in body
    assert '("Gérer vos coordonnées")' in body
    assert "il s'agit sans doute d'un message de phishing" in body


# test that the mail holds no password, no answer and no link
def test_mail_has_no_secret_and_no_link(make_app, mail_sink):
    app, reset = _app_with_smtp(make_app, mail_sink.port)
    reset.run()
    mailer.deliver_pending(app)
    (mail,) = mail_sink.store.wait_for(LILA["email"])
    raw = mail.raw
    for secret in (NEW_PASSWORD, LILA["password"], LILA["answer"]):
        assert secret not in raw
    assert not re.search(r"https?://|www\.|<a\b|href", raw, re.IGNORECASE)


# test that the mail row is written with the password change, before any delivery
def test_outbox_row_written_with_the_change(make_app):
    app, reset = _app_with_smtp(make_app, free_port())
    assert _outbox(app) == []
    reset.run()
    (row,) = _outbox(app)
    assert row.recipient == LILA["email"] and row.sent_at is None


# test that an SMTP outage neither fails the reset nor loses the mail: delivered once, later
def test_smtp_down_then_up(make_app):
    port = free_port()
    app, reset = _app_with_smtp(make_app, port)
    page = reset.run().get_data(as_text=True)
    assert "réinitialisé avec succès" in page
    assert mailer.deliver_pending(app) == 0
    (row,) = _outbox(app)
    assert row.attempts == 1 and row.sent_at is None and row.last_error
    with MailSink(port=port) as sink:
        assert mailer.deliver_pending(app) == 0  # the retry is not due yet
        later = datetime.now(UTC) + timedelta(minutes=2)
        assert mailer.deliver_pending(app, now=later) == 1
        assert mailer.deliver_pending(app, now=later + timedelta(hours=1)) == 0
        assert len(sink.store.wait_for(LILA["email"])) == 1
        assert len(sink.store.all()) == 1


# test that a recipient refused for a while (451) is retried, not dropped
def test_temporary_refusal_is_retried(make_app, mail_sink):
    app, reset = _app_with_smtp(make_app, mail_sink.port)
    mail_sink.store.refuse(LILA["email"])
    reset.run()
    assert mailer.deliver_pending(app) == 0
    mail_sink.store.accept(LILA["email"])
    assert mailer.deliver_pending(app, now=datetime.now(UTC) + timedelta(minutes=2)) == 1
    assert len(mail_sink.store.for_recipient(LILA["email"])) == 1


# test that retries back off, doubling up to the configured cap
def test_backoff_doubles_and_caps(app):
    delays = [mailer.backoff(app.config, attempt).total_seconds() for attempt in range(1, 10)]
    assert delays[:4] == [1, 2, 4, 8]
    assert max(delays) == app.config["MAIL_RETRY_MAX_SECONDS"]


# test that the server's background sender delivers without anyone calling it
def test_background_sender(make_app, mail_sink, tmp_path):
    database = f"sqlite:///{tmp_path / 'mail.sqlite3'}"
    app, reset = _app_with_smtp(make_app, mail_sink.port, DATABASE_URL=database)
    sender = mailer.start_sender(app)
    try:
        reset.run()
        deadline = time.monotonic() + 10
        assert len(mail_sink.store.wait_for(LILA["email"], deadline=deadline)) == 1
    finally:
        sender.stop()
        sender.join(5)
