"""A real `python -m reference_app` server that a test may kill, and looks at its database."""

from __future__ import annotations

import signal
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from resetspec.proof.visitor import create_account
from resetspec.run.app_server import AppServer

OLD_PASSWORD = "AncienMotDePasse2023Paris"


class KillableServer(AppServer):
    """The harness's server, plus SIGKILL and a restart on the same port and database."""

    def kill(self) -> None:
        assert self._process is not None
        self._process.send_signal(signal.SIGKILL)
        self._process.wait()


def new_account(base_url: str) -> dict[str, Any]:
    """A fresh account of its own, so tests never share state."""
    email = f"lila.{uuid.uuid4().hex[:10]}@orange.fr"
    fields = {
        "email": email,
        "password": OLD_PASSWORD,
        "question": "Le prénom de votre conjoint(e) ?",
        "answer": "Paul",
    }
    create_account(base_url, **fields)
    return fields


class Database:
    """Read-only looks at the server's SQLite file, as an operator would after a crash."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _one(self, sql: str, *args: Any) -> Any:
        with sqlite3.connect(self.path, timeout=10) as connection:
            return connection.execute(sql, args).fetchone()[0]

    def password_hash(self, email: str) -> str:
        return self._one("SELECT password_hash FROM accounts WHERE email = ?", email)

    def history(self, email: str) -> list[str]:
        with sqlite3.connect(self.path, timeout=10) as connection:
            rows = connection.execute(
                "SELECT h.password_hash FROM password_history h JOIN accounts a"
                " ON a.id = h.account_id WHERE a.email = ? ORDER BY h.id",
                (email,),
            ).fetchall()
        return [row[0] for row in rows]

    def mails(self, email: str) -> list[tuple[int, str | None]]:
        with sqlite3.connect(self.path, timeout=10) as connection:
            return connection.execute(
                "SELECT attempts, sent_at FROM mail_outbox WHERE recipient = ? ORDER BY id",
                (email,),
            ).fetchall()


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)  # polling with a deadline, not a fixed wait
