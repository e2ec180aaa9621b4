"""The cost of one full reset, as argon2id work counted (measure_reset.py prints the time it takes).

A wall-time limit would flake on a busy machine; what makes a reset cost what it costs is the
number of argon2id operations and their parameters, and those are counted here exactly.
"""

from __future__ import annotations

from app_actions import Accounts, ResetActions
from app_pages import LILA
from argon2_work import count_work
from measure_reset import PRODUCTION_COST, measured_app


# test that one full reset at production cost does a fixed, small number of argon2id operations,
# all at the production parameters: the answer, the last password, and the new hash
def test_full_reset_work():
    app = measured_app()
    client = app.test_client()
    Accounts(client).create(email="mesure@example.fr", subscriber_number=None)
    work = count_work(app)
    page = ResetActions(client).run(email="mesure@example.fr", answer=LILA["answer"])
    assert page.status_code == 200
    production = (PRODUCTION_COST["ARGON2_TIME_COST"], PRODUCTION_COST["ARGON2_MEMORY_KIB"])
    assert {operation[1:3] for operation in work.operations} == {production}, work.operations
    kinds = [operation[0] for operation in work.operations]
    assert kinds == ["verify", "verify", "hash"], kinds
