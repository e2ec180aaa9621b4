"""The SMTP sink: real SMTP in, thread-safe store out, waiting with a deadline."""

from __future__ import annotations

import smtplib
import time
from email.message import EmailMessage

import pytest

from resetspec.mail.mailsink import MailNotReceived, MailSink


@pytest.fixture(scope="module")
def sink():
    with MailSink() as running:
        yield running


def send(sink: MailSink, to: str, subject: str = "Espace professionnel", body: str = "Bonjour,"):
    message = EmailMessage()
    message["From"] = "ne-pas-repondre@dgfip.finances.gouv.fr"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp:
        smtp.send_message(message)


def test_a_mail_sent_over_smtp_is_kept_and_parsed(sink):
    send(sink, "lila+1@orange.fr", subject="Modification du mot de passe", body="valable jusqu'au")
    mail = sink.store.wait_for("lila+1@orange.fr", time.monotonic() + 5)[0]
    assert mail.subject == "Modification du mot de passe"
    assert mail.from_header == "ne-pas-repondre@dgfip.finances.gouv.fr"
    assert "valable jusqu'au" in mail.text


def test_mail_is_found_per_recipient_and_case_insensitively(sink):
    send(sink, "Lila+2@Orange.fr")
    send(sink, "paul+2@orange.fr")
    assert len(sink.store.wait_for("lila+2@orange.fr", time.monotonic() + 5)) == 1
    assert [m.recipients for m in sink.store.for_recipient("paul+2@orange.fr")] == [
        ("paul+2@orange.fr",)
    ]


# test that waiting ends at the deadline: a fake clock that moves only when the store waits
def test_waiting_ends_at_the_deadline(sink, monkeypatch):
    now, waits = [1000.0], []
    monkeypatch.setattr("resetspec.mail.mailsink.time.monotonic", lambda: now[0])

    def wait(seconds: float) -> bool:
        waits.append(round(seconds, 6))
        now[0] += seconds
        return False

    monkeypatch.setattr(sink.store._changed, "wait", wait)
    with pytest.raises(MailNotReceived, match="nobody"):
        sink.store.wait_for("nobody@orange.fr", 1000.3)
    assert waits == [0.3]  # one wait, for exactly the time left


def test_a_refused_recipient_is_turned_away_then_accepted(sink):
    sink.store.refuse("lila+3@orange.fr")
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(sink, "lila+3@orange.fr")
    assert sink.store.wait_for_refusal("lila+3@orange.fr", time.monotonic() + 5) == 1
    sink.store.accept("lila+3@orange.fr")
    send(sink, "lila+3@orange.fr")
    assert len(sink.store.wait_for("lila+3@orange.fr", time.monotonic() + 5)) == 1
