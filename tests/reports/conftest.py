"""Fixtures of the reports' tests: the shapes project run once, and its merged reports read."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import reports_project


@pytest.fixture(scope="session")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shapes project after one behave run and ``resetspec merge``: its reports folder."""
    folder = reports_project.write(tmp_path_factory.mktemp("shapes"))
    reports_project.behave(folder)
    assert reports_project.merge(folder, "reports/results") == 0
    return folder / "reports"


@pytest.fixture(scope="session")
def envelopes(shapes: Path) -> list[dict[str, Any]]:
    lines = (shapes / "cucumber-messages.ndjson").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="session")
def by_kind(envelopes: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each message by its kind (``pickle``, ``testStepFinished``…), in stream order."""
    kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for envelope in envelopes:
        ((kind, message),) = envelope.items()
        kinds[kind].append(message)
    return kinds
