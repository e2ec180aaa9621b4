"""Two resets of one account at once through the real server: one wins, history stays whole."""

from __future__ import annotations

import threading

from argon2 import PasswordHasher
from real_server import OLD_PASSWORD, new_account

from resetspec.proof.visitor import ResetVisitor, logs_in

ROUNDS = 3


def race(base_url: str, lila: dict[str, str]) -> dict[str, tuple[bool, int]]:
    """Bring two browsers to step 3, then submit two different passwords at the same instant."""
    visitors = {
        f"Concurrent{n}Reset2026Paris": ResetVisitor(base_url, lila["email"], lila["answer"])
        for n in (1, 2)
    }
    for visitor in visitors.values():
        visitor.reach_step3()
    start = threading.Barrier(len(visitors))
    outcomes: dict[str, tuple[bool, int]] = {}

    def submit(password: str, visitor: ResetVisitor) -> None:
        start.wait()
        won = visitor.choose_password(password)  # the summary followed
        outcomes[password] = (won, visitor.status())

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
        winners = [password for password, (won, _) in outcomes.items() if won]
        assert len(winners) == 1, outcomes
        assert all(status < 500 for _, status in outcomes.values()), outcomes  # no crash
        [winner] = winners
        assert database.history(lila["email"]) == [original]
        assert len(database.mails(lila["email"])) == 1
        assert PasswordHasher().verify(database.password_hash(lila["email"]), winner)
        assert logs_in(server.base_url, lila["email"], winner)
        assert not logs_in(server.base_url, lila["email"], OLD_PASSWORD)
