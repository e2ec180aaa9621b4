"""The server SIGKILLed and restarted mid-wizard on the same SQLite file: nothing half-written."""

from __future__ import annotations

import threading
import time

import pytest
from argon2 import PasswordHasher
from real_server import OLD_PASSWORD, Database, new_account

from resetspec.proof.visitor import STEP1, STEP3, ResetVisitor, logs_in

NEW_PASSWORD = "NouveauMotDePasse2026Paris"
SECRET = {"SECRET_KEY": "fault-tests-fixed-key-not-a-secret"}  # sessions survive a restart


def assert_all_or_nothing(database: Database, email: str, original: str) -> bool:
    """Either the whole reset is there (password, history, mail) or none of it; say which."""
    current, history, mails = (
        database.password_hash(email),
        database.history(email),
        database.mails(email),
    )
    if current == original:
        assert history == [] and mails == [], (history, mails)
        return False
    assert history == [original] and len(mails) == 1, (history, mails)
    assert PasswordHasher().verify(current, NEW_PASSWORD)
    return True


# test that a wizard at step 3 survives a SIGKILL when sessions are signed with a fixed key
def test_wizard_intact_after_restart(start_server, database):
    server, lila, original, visitor = _at_step3(start_server(**SECRET), database)
    server.kill()
    server.start()
    assert visitor.reopen_step3() == STEP3  # step 3 after the restart
    assert visitor.choose_password(NEW_PASSWORD)  # the summary follows
    assert assert_all_or_nothing(database, lila["email"], original)
    assert logs_in(server.base_url, lila["email"], NEW_PASSWORD)


# test that with a per-process key the wizard is cleanly gone: back to step 1, nothing changed
def test_wizard_cleanly_gone_after_restart(start_server, database):
    server = start_server()  # no RESETSPEC_SECRET_KEY: a new key at each start
    lila = new_account(server.base_url)
    original = database.password_hash(lila["email"])
    visitor = ResetVisitor(server.base_url, lila["email"], lila["answer"])
    visitor.reach_step3()
    server.kill()
    server.start()
    assert not visitor.choose_password(NEW_PASSWORD)  # a form signed by the dead process
    assert visitor.status() == 400  # its anti-forgery token died with it
    assert visitor.reopen_step3() == STEP1  # after the restart, the procedure starts over
    assert not assert_all_or_nothing(database, lila["email"], original)
    assert logs_in(server.base_url, lila["email"], OLD_PASSWORD)


# test the first branch on its own: killed before the change reaches it, nothing is written
def test_kill_before_the_password_change(start_server, database):
    server, lila, original, visitor = _at_step3(start_server(**SECRET), database)
    server.kill()
    _submit_ignoring_errors(visitor)  # nothing listens: the change never reaches an app
    server.start()
    assert not assert_all_or_nothing(database, lila["email"], original)
    assert logs_in(server.base_url, lila["email"], OLD_PASSWORD)


# test the second branch on its own: killed once the summary was answered, all of it is there
def test_kill_after_the_password_change(start_server, database):
    server, lila, original, visitor = _at_step3(start_server(**SECRET), database)
    assert visitor.choose_password(NEW_PASSWORD)  # the summary was answered
    server.kill()
    server.start()
    assert assert_all_or_nothing(database, lila["email"], original)
    assert logs_in(server.base_url, lila["email"], NEW_PASSWORD)


# test that a SIGKILL while step 3 is being submitted leaves the whole reset or none of it
@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1])
def test_kill_during_the_password_change(start_server, database, delay):
    server, lila, original, visitor = _at_step3(start_server(**SECRET), database)
    submit = threading.Thread(target=lambda: _submit_ignoring_errors(visitor), daemon=True)
    submit.start()
    time.sleep(delay)  # the point of the kill within the request, not a wait for a result
    server.kill()
    submit.join(timeout=30)
    server.start()
    if not assert_all_or_nothing(database, lila["email"], original):
        # The change never happened: the procedure carries on, or starts over, cleanly.
        assert visitor.reopen_step3() in (STEP3, STEP1)
        assert logs_in(server.base_url, lila["email"], OLD_PASSWORD)
    else:
        assert logs_in(server.base_url, lila["email"], NEW_PASSWORD)


def _at_step3(server, database: Database):
    """A new account's procedure at step 3 on that server, and the account's hash before it."""
    lila = new_account(server.base_url)
    original = database.password_hash(lila["email"])
    visitor = ResetVisitor(server.base_url, lila["email"], lila["answer"])
    visitor.reach_step3()
    return server, lila, original, visitor


def _submit_ignoring_errors(visitor: ResetVisitor) -> None:
    try:
        visitor.choose_password(NEW_PASSWORD)
    except Exception:  # the connection dies with the server; the database tells the outcome
        return
