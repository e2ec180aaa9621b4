"""Two resets of one account at once through the real server: one wins, history stays whole."""

from __future__ import annotations

import threading

from argon2 import PasswordHasher
from real_server import OLD_PASSWORD, new_account

from resetspec.proof.http_reset import SUMMARY, ResetVisitor, logs_in

ROUNDS = 3


def race(base_url: str, lila: dict[str, str]) -> dict[str, int]:
    """Bring two browsers to step 3, then submit two different passwords at the same instant."""
    visitors = {
        f"Concurrent{n}Reset2026Paris": ResetVisitor(base_url, lila["email"], lila["answer"])
        for n in (1, 2)
    }
    for visitor in visitors.values():
        visitor.reach_step3()
    start = threading.Barrier(len(visitors))
    outcomes: dict[str, int] = {}

    def submit(password: str, visitor: ResetVisitor) -> None:
        start.wait()
        response = visitor.choose_password(password)
        won = response.status_code == 302 and response.headers["Location"].endswith(SUMMARY)
        outcomes[password] = 1 if won else response.status_code

    threads = [threading.Thread(target=submit, args=item) for item in visitors.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


# test that of two simultaneous resets exactly one applies, with one history row and one mail
def test_one_of_two_concurrent_resets_wins(start_server, database):
    server = start_server()
    for _ in range(ROUNDS):
        lila = new_account(server.base_url)
        original = database.password_hash(lila["email"])
        outcomes = race(server.base_url, lila)
        winners = [password for password, outcome in outcomes.items() if outcome == 1]
        assert len(winners) == 1, outcomes
        assert all(outcome in (1, 302) for outcome in outcomes.values()), outcomes  # no 500
        [winner] = winners
        assert database.history(lila["email"]) == [original]
        assert len(database.mails(lila["email"])) == 1
        assert PasswordHasher().verify(database.password_hash(lila["email"]), winner)
        assert logs_in(server.base_url, lila["email"], winner)
        assert not logs_in(server.base_url, lila["email"], OLD_PASSWORD)
