"""An SMTP sink for the tests: a real aiosmtpd server that keeps every mail it receives.

Steps never sleep waiting for mail: ``MailStore.wait_for`` blocks on a condition until the
mail arrives or the deadline passes. A recipient can be refused for a while (``refuse``) so a
scenario can simulate an SMTP outage for its own address without disturbing the others.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller

from resetspec.run.ports import LOOPBACK, free_port

DEFAULT_WAIT_SECONDS = 10.0
MAIL_POLL_SECONDS = 0.1  # how often the harness's own app looks at its outbox
MAIL_SECONDS = 30.0  # how long an example waits for a mail: covers the app's retry (H09)
TEMPORARY_FAILURE = "451 4.3.0 Mailbox temporarily unavailable (simulated outage)"


class MailNotReceived(AssertionError):
    """No mail for that recipient arrived before the deadline."""


@dataclass(frozen=True)
class Mail:
    """One received message, parsed."""

    sender: str
    recipients: tuple[str, ...]
    message: EmailMessage = field(repr=False)

    @property
    def subject(self) -> str:
        return str(self.message["Subject"] or "")

    @property
    def from_header(self) -> str:
        return str(self.message["From"] or "")

    @property
    def to_header(self) -> str:
        return str(self.message["To"] or "")

    @property
    def date_header(self) -> str:
        return str(self.message["Date"] or "")

    @property
    def text(self) -> str:
        """The plain-text body (the HTML part, if any, is not what the guide shows)."""
        part = self.message.get_body(preferencelist=("plain", "html"))
        return part.get_content() if part is not None else ""

    @property
    def html(self) -> str:
        part = self.message.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else ""

    @property
    def raw(self) -> str:
        return self.message.as_string()

    def is_for(self, address: str) -> bool:
        wanted = address.casefold()
        return any(r.casefold() == wanted for r in self.recipients)


def parse(sender: str, recipients: list[str], data: bytes) -> Mail:
    message = BytesParser(policy=policy.default).parsebytes(data)
    return Mail(sender=sender, recipients=tuple(recipients), message=message)


class MailStore:
    """Thread-safe: the SMTP thread adds, the test thread reads and waits."""

    def __init__(self) -> None:
        self._mails: list[Mail] = []
        self._refused: set[str] = set()
        self._refusals: dict[str, int] = {}
        self._changed = threading.Condition()

    def add(self, mail: Mail) -> None:
        with self._changed:
            self._mails.append(mail)
            self._changed.notify_all()

    def all(self) -> list[Mail]:
        with self._changed:
            return list(self._mails)

    def for_recipient(self, address: str) -> list[Mail]:
        return [m for m in self.all() if m.is_for(address)]

    def wait_for(self, recipient: str, deadline: float | None = None, count: int = 1) -> list[Mail]:
        """The first ``count`` mails to ``recipient``, waiting until ``deadline`` (monotonic)."""
        deadline = deadline if deadline is not None else time.monotonic() + DEFAULT_WAIT_SECONDS
        with self._changed:
            while True:
                found = [m for m in self._mails if m.is_for(recipient)]
                if len(found) >= count:
                    return found[:count]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise MailNotReceived(
                        f"expected {count} mail(s) to {recipient}, got {len(found)} in time"
                    )
                self._changed.wait(remaining)

    def refuse(self, recipient: str) -> None:
        with self._changed:
            self._refused.add(recipient.casefold())

    def accept(self, recipient: str) -> None:
        with self._changed:
            self._refused.discard(recipient.casefold())

    def turn_away(self, recipient: str) -> bool:
        """True (and counted) when ``recipient`` is in an outage: the SMTP thread asks this."""
        key = recipient.casefold()
        with self._changed:
            if key not in self._refused:
                return False
            self._refusals[key] = self._refusals.get(key, 0) + 1
            self._changed.notify_all()
            return True

    def wait_for_refusal(self, recipient: str, deadline: float, at_least: int = 1) -> int:
        """Block until deliveries to ``recipient`` have been turned away ``at_least`` times."""
        key = recipient.casefold()
        with self._changed:
            while self._refusals.get(key, 0) < at_least:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = self._refusals.get(key, 0)
                    raise MailNotReceived(
                        f"{seen} of {at_least} deliveries to {recipient} were attempted in time"
                    )
                self._changed.wait(remaining)
            return self._refusals[key]

    def clear(self) -> None:
        with self._changed:
            self._mails.clear()


class StoringHandler:
    """aiosmtpd handler: refuse the recipients in an outage, keep everything else."""

    def __init__(self, store: MailStore) -> None:
        self.store = store

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.store.turn_away(address):
            return TEMPORARY_FAILURE
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.store.add(parse(envelope.mail_from, list(envelope.rcpt_tos), data))
        return "250 Message accepted for delivery"


class MailSink:
    """The SMTP server and its store; ``start`` binds 127.0.0.1 on a free port."""

    def __init__(self, host: str = LOOPBACK, port: int | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.store = MailStore()
        self._controller = Controller(
            StoringHandler(self.store), hostname=host, port=self.port, decode_data=False
        )

    def start(self) -> MailSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> MailSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
