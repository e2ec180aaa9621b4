"""Fuzzing fixtures: one app per module with CSRF on, and a count of the cases tried."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from reference_app import create_app

# Cheap argon2id, CSRF on, no rate limit or lockout in the way of thousands of attempts.
FUZZ_CONFIG: dict[str, Any] = {
    "ENV": "test",
    "SECRET_KEY": "fuzz-secret",
    "TEST_HOOKS": True,
    "DATABASE_URL": "sqlite://",
    "ARGON2_TIME_COST": 1,
    "ARGON2_MEMORY_KIB": 8,
    "ARGON2_PARALLELISM": 1,
    "WTF_CSRF_ENABLED": True,
    "STEP1_RATE_LIMIT": "1000000 per minute",
    "LOCKOUT_THRESHOLD": 1_000_000,
    "SMTP_HOST": "127.0.0.1",
    "SMTP_PORT": 9,
}

CASES = pytest.StashKey[list[int]]()


class CaseCounter:
    """Counts the inputs sent, for the summary line (the issue asks for the number)."""

    def __init__(self, store: list[int]) -> None:
        self._store = store

    def __call__(self, n: int = 1) -> None:
        self._store[0] += n


@pytest.fixture(scope="session")
def count_case(pytestconfig: pytest.Config) -> CaseCounter:
    return CaseCounter(pytestconfig.stash.setdefault(CASES, [0]))


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app(dict(FUZZ_CONFIG))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    total = config.stash.get(CASES, [0])[0]
    if total:
        terminalreporter.write_line(f"fuzz: {total} hostile inputs sent to the reference app")
