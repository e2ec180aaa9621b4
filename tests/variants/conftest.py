"""Fixtures: each variant of the reference app served once per module, its mail to a sink."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from variant_server import VariantServer, start

from resetspec.mail.mailsink import MailSink
from resetspec.run.ports import free_port


@pytest.fixture(scope="session")
def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """Start a variant once for the whole session: ``serve("plain")`` gives its server."""
    servers: dict[str, VariantServer] = {}
    sink = MailSink(port=free_port()).start()

    def get(name: str) -> VariantServer:
        if name not in servers:
            folder: Path = tmp_path_factory.mktemp(name)
            servers[name] = start(name, folder, sink.port)
        return servers[name]

    yield get
    for server in servers.values():
        server.stop()
    sink.stop()
