"""SMTP down during a reset: the reset completes, the mail leaves once the server is back, once."""

from __future__ import annotations

import time

import pytest
from real_server import new_account, wait_until

from resetspec.mail.mailsink import MailNotReceived, MailSink
from resetspec.proof.visitor import ResetVisitor
from resetspec.run.ports import free_port

NEW_PASSWORD = "NouveauMotDePasse2026Paris"


# test that with no SMTP server at all the reset succeeds, and the mail arrives once it is back
def test_mail_waits_for_the_smtp_server_and_arrives_once(start_server, database):
    smtp_port = free_port()  # nothing listens here yet: every delivery attempt is refused
    server = start_server(smtp_port, MAIL_RETRY_MAX_SECONDS="1")
    lila = new_account(server.base_url)
    ResetVisitor(server.base_url, lila["email"], lila["answer"]).reset(NEW_PASSWORD)
    wait_until(lambda: database.mails(lila["email"])[0][0] >= 2, 15, "two refused attempts")
    assert database.mails(lila["email"])[0][1] is None  # still waiting, not given up

    with MailSink(port=smtp_port) as sink:
        [mail] = sink.store.wait_for(lila["email"], deadline=time.monotonic() + 15)
        assert "valable jusqu'au" in mail.text
        # Two more poll cycles of the sender: a duplicate would show up by then.
        with pytest.raises(MailNotReceived):
            sink.store.wait_for(lila["email"], deadline=time.monotonic() + 3, count=2)
    [(attempts, sent_at)] = database.mails(lila["email"])
    assert sent_at is not None and attempts >= 3
