"""The shared mail sink: mail sent to the parent's SMTP sink is read by a worker over HTTP."""

from __future__ import annotations

import smtplib
import time
from email.message import EmailMessage

import pytest

from resetspec.mail.mailhub import MailHub, RemoteMailStore
from resetspec.mail.mailsink import MailNotReceived


@pytest.fixture(scope="module")
def hub():
    running = MailHub().start()
    yield running
    running.stop()


def send(hub: MailHub, to: str, subject: str = "Modification du mot de passe") -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "ne-pas-repondre@dgfip.fr", to, subject
    message.set_content("Votre mot de passe est valable jusqu'au 1er janvier.")
    with smtplib.SMTP("127.0.0.1", hub.smtp_port, timeout=5) as smtp:
        smtp.send_message(message)


def test_a_worker_reads_the_mail_the_parent_received(hub):
    send(hub, "lila+hub1@orange.fr")
    mail = RemoteMailStore(hub.url).wait_for("lila+hub1@orange.fr", time.monotonic() + 5)[0]
    assert mail.subject == "Modification du mot de passe"
    assert "valable jusqu'au" in mail.text


# test that the hub is never asked to wait past the caller's deadline (a fake clock: no wall time)
def test_waiting_for_mail_ends_at_the_deadline(hub, monkeypatch):
    store, asked = RemoteMailStore(hub.url), []
    real_get = store.session.get
    monkeypatch.setattr("resetspec.mail.mailhub.time.monotonic", lambda: 1000.0)

    def spy(url, params, timeout):
        asked.append((float(params["wait"]), timeout))
        return real_get(url, params={**params, "wait": "0"}, timeout=timeout)

    monkeypatch.setattr(store.session, "get", spy)
    with pytest.raises(MailNotReceived, match="nobody"):
        store.wait_for("nobody@orange.fr", 1000.0 + 0.3)
    assert asked == [(0.3, pytest.approx(10.3))]


# test that a deadline already past gets an immediate "not received", not a wait
def test_a_past_deadline_asks_for_no_wait(hub, monkeypatch):
    store, asked = RemoteMailStore(hub.url), []
    real_get = store.session.get
    monkeypatch.setattr(
        store.session,
        "get",
        lambda url, params, timeout: (
            asked.append(params) or real_get(url, params=params, timeout=timeout)
        ),
    )
    with pytest.raises(MailNotReceived):
        store.wait_for("nobody@orange.fr", time.monotonic() - 5)
    assert asked[0]["wait"] == "0.000"


def test_a_worker_can_turn_a_recipient_away_then_accept_it(hub):
    store = RemoteMailStore(hub.url)
    store.refuse("lila+hub2@orange.fr")
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(hub, "lila+hub2@orange.fr")
    assert store.wait_for_refusal("lila+hub2@orange.fr", time.monotonic() + 5) == 1
    store.accept("lila+hub2@orange.fr")
    send(hub, "lila+hub2@orange.fr")
    assert len(store.for_recipient("lila+hub2@orange.fr")) == 1


# test that a query the hub cannot read is answered 400 with one line, not a traceback
@pytest.mark.parametrize("query", ["count=two", "wait=soon"])
def test_a_bad_query_is_a_one_line_400(hub, query):
    response = RemoteMailStore(hub.url).session.get(f"{hub.url}/mails?to=a@b.fr&{query}", timeout=5)
    assert response.status_code == 400
    assert response.json()["error"].count("\n") == 0
    assert "is not a number" in response.json()["error"]


# test that an unknown endpoint or method is refused, not served
def test_unknown_paths_and_methods_are_refused(hub):
    session = RemoteMailStore(hub.url).session
    assert session.get(f"{hub.url}/nothing", timeout=5).status_code == 404
    assert session.get(f"{hub.url}/refuse?to=a@b.fr", timeout=5).status_code == 405
