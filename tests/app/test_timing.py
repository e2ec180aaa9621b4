"""The cost of one full reset, as argon2id work counted (measure_reset.py prints the time it takes).

A wall-time limit would flake on a busy machine; what makes a reset cost what it costs is the
number of argon2id operations and their parameters, and those are counted here exactly.
"""

from __future__ import annotations

from app_actions import Accounts, ResetActions
from app_pages import LILA
from argon2 import extract_parameters
from measure_reset import PRODUCTION_COST, measured_app


class _CountingHasher:
    """The app's hasher, noting each operation and the parameters of the hash it involves."""

    def __init__(self, hasher) -> None:
        self._hasher, self.operations = hasher, []

    def _note(self, kind: str, encoded: str) -> None:
        parameters = extract_parameters(encoded)
        self.operations.append((kind, parameters.time_cost, parameters.memory_cost))

    def hash(self, secret: str) -> str:
        encoded = self._hasher.hash(secret)
        self._note("hash", encoded)
        return encoded

    def verify(self, stored: str, secret: str) -> bool:
        self._note("verify", stored)
        return self._hasher.verify(stored, secret)

    def __getattr__(self, name: str):
        return getattr(self._hasher, name)


# test that one full reset at production cost does a fixed, small number of argon2id operations,
# all at the production parameters: the answer, the last password, and the new hash
def test_full_reset_work():
    app = measured_app()
    client = app.test_client()
    Accounts(client).create(email="mesure@example.fr", subscriber_number=None)
    work = _CountingHasher(app.extensions["hasher"])
    app.extensions["hasher"] = work
    page = ResetActions(client).run(email="mesure@example.fr", answer=LILA["answer"])
    assert page.status_code == 200
    production = (PRODUCTION_COST["ARGON2_TIME_COST"], PRODUCTION_COST["ARGON2_MEMORY_KIB"])
    assert {operation[1:] for operation in work.operations} == {production}, work.operations
    kinds = [operation[0] for operation in work.operations]
    assert kinds == ["verify", "verify", "hash"], kinds
