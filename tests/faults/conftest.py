"""Fixtures: a real server on a SQLite file of the test's own, and that file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from real_server import Database, KillableServer

from resetspec.run.app_server import app_environment
from resetspec.run.ports import free_port

ServerFactory = Callable[..., KillableServer]


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[ServerFactory]:
    servers: list[KillableServer] = []

    def start(smtp_port: int | None = None, **settings: str) -> KillableServer:
        env = app_environment(tmp_path / "app.sqlite3", smtp_port or free_port())
        env.pop("RESETSPEC_FAULTS", None)  # these tests are about the app as it should be
        env.update({f"RESETSPEC_{k}": v for k, v in settings.items()})
        server = KillableServer(env, log_path=tmp_path / f"app-{len(servers)}.log")
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return Database(tmp_path / "app.sqlite3")
