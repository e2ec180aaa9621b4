"""Fixtures of the living doc's tests: a real behave run of a tiny project, and a browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import livingdoc_project
import pytest
from playwright.sync_api import Browser, expect, sync_playwright

from resetspec.livingdoc.results import Results, load
from resetspec.run.browser import launch


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny project, once run with the formatter: its folder (results under reports/)."""
    folder = livingdoc_project.write(tmp_path_factory.mktemp("sample"))
    livingdoc_project.run_behave(folder)
    return folder


@pytest.fixture
def sample_results(sample_run: Path) -> Results:
    return load(sample_run / "reports" / "results" / "results-local.json")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = launch(pw)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session", autouse=True)
def quick_expect() -> None:
    """A page built from disk answers at once: fail in seconds, not Playwright's default 30."""
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="session", autouse=True)
def own_history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tests' own run history: the project's reports/history is the developer's."""
    folder = tmp_path_factory.mktemp("history")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RESETSPEC_HISTORY", str(folder))
        yield folder
