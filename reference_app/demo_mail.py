"""The demo's own mail sink: an aiosmtpd server on loopback that keeps what it receives.

Only `--demo` starts it; the app sends to it as to any SMTP server, and the demo's mail page
lists what arrived. The test harness has its own sink; app and harness share no code.
"""

from __future__ import annotations

import socket
import threading
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller

LOOPBACK = "127.0.0.1"


def shown(message: EmailMessage) -> dict[str, object]:
    """What the demo's mail page shows of one mail: its headers and its plain text."""
    body = message.get_body(preferencelist=("plain", "html"))
    return {
        "subject": str(message["Subject"] or ""),
        "from_header": str(message["From"] or ""),
        "to_header": str(message["To"] or ""),
        "message": message,
        "text": body.get_content() if body is not None else "",
    }


class Inbox:
    """Thread-safe: the SMTP thread adds, the page reads."""

    def __init__(self) -> None:
        self._mails: list[EmailMessage] = []
        self._lock = threading.Lock()

    def add(self, data: bytes) -> None:
        message = BytesParser(policy=policy.default).parsebytes(data)
        with self._lock:
            self._mails.append(message)

    def all(self) -> list[EmailMessage]:
        with self._lock:
            return list(self._mails)


class _Keep:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        data = envelope.original_content or envelope.content
        self.inbox.add(data.encode("utf-8") if isinstance(data, str) else data)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    # aiosmtpd's Controller cannot bind port 0 itself: ask the system for a free one first.
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


class DemoMailSink:
    """The SMTP server and its inbox; ``start`` binds 127.0.0.1 on a free port."""

    def __init__(self) -> None:
        self.host = LOOPBACK
        self.port = _free_port()
        self.store = Inbox()
        self._controller = Controller(_Keep(self.store), hostname=self.host, port=self.port)

    def start(self) -> DemoMailSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()
