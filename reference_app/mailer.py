"""The confirmation mail: queued with the change in an outbox, sent over SMTP with retries."""

from __future__ import annotations

import logging
import smtplib
import threading
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from flask import Flask, current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import clock, faults, messages
from .db import new_session
from .models import OutboxMail

log = logging.getLogger(__name__)


def queue(db: Session, recipient: str, valid_until: str) -> OutboxMail:
    """Add the confirmation mail to the outbox, inside the caller's transaction."""
    mail = OutboxMail(
        recipient=recipient,
        subject=messages.MAIL_SUBJECT,
        body=messages.MAIL_BODY.format(date=valid_until),
        created_at=clock.now(),
        attempts=0,
        # Wall-clock: the sender runs in real time even when the request lived on another date.
        next_attempt_at=datetime.now(UTC),
    )
    db.add(mail)
    return mail


def build_message(mail: OutboxMail, sender: str) -> EmailMessage:
    """Turn an outbox row into the MIME message sent over SMTP."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.recipient
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(clock.paris(mail.created_at))
    message["Message-ID"] = make_msgid(domain="dgfip.finances.gouv.fr")
    message.set_content(mail.body)
    return message


def backoff(config: dict, attempts: int) -> timedelta:
    """Return the wait before the next try: doubling from the base, capped."""
    base = config["MAIL_RETRY_BASE_SECONDS"]
    return timedelta(seconds=min(base * 2 ** (attempts - 1), config["MAIL_RETRY_MAX_SECONDS"]))


def deliver_pending(app: Flask, now: datetime | None = None) -> int:
    """Try every mail that is due; return how many were sent. Failures are retried later."""
    now = now or datetime.now(UTC)
    sent = 0
    with app.app_context(), new_session(app) as db:
        due = db.scalars(
            select(OutboxMail)
            .where(OutboxMail.sent_at.is_(None), OutboxMail.next_attempt_at <= now)
            .order_by(OutboxMail.id)
        ).all()
        for mail in due:
            sent += _try_send(app, db, mail, now)
    return sent


def _try_send(app: Flask, db: Session, mail: OutboxMail, now: datetime) -> int:
    config = app.config
    sender = config["MAIL_FROM"]
    if faults.active("wrong_sender"):  # FAULT G11
        sender = "contact@dgfip.finances.gouv.fr"
    try:
        with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=10) as smtp:
            smtp.send_message(build_message(mail, sender))
    except (OSError, smtplib.SMTPException) as exc:
        if faults.active("mail_lost_when_smtp_down"):  # FAULT H09: given up at once
            mail.sent_at = now
            db.commit()
            return 0
        mail.attempts += 1
        mail.next_attempt_at = now + backoff(config, mail.attempts)
        if faults.active("mail_duplicated_after_outage") and mail.attempts == 1:  # FAULT H09
            db.add(_copy(mail))
        mail.last_error = f"{type(exc).__name__}: {exc}"[:500]
        db.commit()
        log.warning("mail %s not sent (try %s): %s", mail.id, mail.attempts, mail.last_error)
        return 0
    mail.attempts += 1
    mail.sent_at = now
    db.commit()
    return 1


def _copy(mail: OutboxMail) -> OutboxMail:
    fields = ("recipient", "subject", "body", "created_at", "next_attempt_at")
    return OutboxMail(attempts=1, **{name: getattr(mail, name) for name in fields})


def seconds_until_next_due(app: Flask) -> float:
    """Return how long until the earliest retry is due (infinity when the outbox is empty)."""
    with new_session(app) as db:
        due = db.scalar(
            select(OutboxMail.next_attempt_at)
            .where(OutboxMail.sent_at.is_(None))
            .order_by(OutboxMail.next_attempt_at)
            .limit(1)
        )
    if due is None:
        return float("inf")
    return (due - datetime.now(UTC)).total_seconds()


class MailSender(threading.Thread):
    """Background thread of the server process that drains the outbox."""

    def __init__(self, app: Flask) -> None:
        super().__init__(name="mail-sender", daemon=True)
        self.app = app
        self.wakeup = threading.Event()
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            pause = float(self.app.config["MAIL_POLL_SECONDS"])
            try:
                deliver_pending(self.app)
                pause = min(pause, seconds_until_next_due(self.app))
            except Exception:  # the sender must outlive any one bad pass
                log.exception("mail sender pass failed")
            self.wakeup.wait(max(pause, 0.05))
            self.wakeup.clear()

    def stop(self) -> None:
        """Ask the thread to finish its pass and end."""
        self.stopping.set()
        self.wakeup.set()


def start_sender(app: Flask) -> MailSender:
    """Start the outbox sender for this app and return it."""
    sender = MailSender(app)
    app.extensions["mail_sender"] = sender
    sender.start()
    return sender


def wake() -> None:
    """Nudge the sender after a commit, so the mail leaves at once rather than at the next poll."""
    sender = current_app.extensions.get("mail_sender")
    if sender is not None:
        sender.wakeup.set()
