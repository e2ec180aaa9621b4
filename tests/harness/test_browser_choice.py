"""Which Chromium a run launches when Playwright's own build is missing (a closed network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.run import browser

BINARIES = {
    "chromium": "/usr/bin/chromium",
    "chromium-headless-shell": "/usr/bin/chromium-headless-shell",
}


@pytest.fixture
def system_only(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """No Playwright build, no RESETSPEC_CHROMIUM; ``installed`` says what the system has."""
    installed = dict(BINARIES)
    monkeypatch.delenv(browser.ENV_VAR, raising=False)
    monkeypatch.setattr(browser, "playwright_build", lambda pw=None: None)
    monkeypatch.setattr(browser.shutil, "which", installed.get)
    return installed


def test_a_headless_run_takes_the_headless_shell(system_only: dict[str, str]) -> None:
    assert browser.executable_path(headless=True) == "/usr/bin/chromium-headless-shell"


def test_a_headed_run_takes_the_full_browser(system_only: dict[str, str]) -> None:
    assert browser.executable_path(headless=False) == "/usr/bin/chromium"


def test_without_the_headless_shell_a_headless_run_takes_chromium(
    system_only: dict[str, str],
) -> None:
    del system_only["chromium-headless-shell"]
    assert browser.executable_path(headless=True) == "/usr/bin/chromium"


def test_no_chromium_at_all_says_how_to_get_one(system_only: dict[str, str]) -> None:
    system_only.clear()
    with pytest.raises(browser.BrowserNotFound, match="make setup"):
        browser.executable_path()


def test_the_variable_wins_and_must_name_a_file(
    system_only: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = tmp_path / "my-chromium"
    chosen.write_text("")
    monkeypatch.setenv(browser.ENV_VAR, str(chosen))
    assert browser.executable_path() == str(chosen)
    monkeypatch.setenv(browser.ENV_VAR, str(tmp_path / "missing"))
    with pytest.raises(browser.BrowserNotFound, match="is not a file"):
        browser.executable_path()


def test_install_asks_apt_for_each_package_when_the_shell_is_missing(
    system_only: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One package at a time, so a distribution without the headless shell still gets Chromium."""
    del system_only["chromium-headless-shell"]
    system_only["apt-get"] = "/usr/bin/apt-get"
    commands: list[list[str]] = []
    monkeypatch.setattr(browser, "_run", lambda cmd, timeout: False)  # no download here
    monkeypatch.setattr(browser.subprocess, "run", lambda cmd, **kw: commands.append(cmd))
    assert browser.install() == "/usr/bin/chromium"
    installs = [c[c.index("install") + 1 :] for c in commands if "install" in c]
    assert [pkg for args in installs for pkg in args if not pkg.startswith("-")] == list(
        browser.APT_PACKAGES
    )
