"""Which Chromium the harness drives, how it is installed, and how it is launched.

Playwright's own build is preferred. Where it cannot be downloaded (a closed network), the
system's Chromium is used through ``executable_path``, and installed with apt when missing.
Headless runs take the system's "old headless shell" when there is one, as Playwright's own
headless runs do: it opens a page in a third of the time of the full browser and uses half
its CPU (measured in the README). ``python -m resetspec.run.browser install`` does the right
thing on either kind of machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line loads without Playwright; a run imports it when it starts
    from playwright.sync_api import Browser, Playwright

# Without the networking flags Chromium keeps trying hosts a closed machine cannot reach.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HEADLESS_SHELL = "chromium-headless-shell"  # Debian's package and command of that name
SYSTEM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
APT_PACKAGES = ("chromium", HEADLESS_SHELL, "fonts-dejavu-core")
ENV_VAR = "RESETSPEC_CHROMIUM"


class BrowserNotFound(RuntimeError):
    """No Chromium could be found or installed."""


def playwright_build(pw: Playwright | None = None) -> Path | None:
    """Playwright's own Chromium, when it has been downloaded."""
    if pw is None:
        # A thread of its own: the caller's thread may already run an asyncio loop (a test
        # runner, an SMTP sink), where Playwright's sync API refuses to start.
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(_own_build).result()
    path = Path(pw.chromium.executable_path)
    return path if path.exists() else None


def _own_build() -> Path | None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as own:
        return playwright_build(own)


def system_build(headless: bool = False) -> Path | None:
    """The system's Chromium; for a headless run its headless shell first, when installed."""
    for name in (HEADLESS_SHELL,) * headless + SYSTEM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def executable_path(pw: Playwright | None = None, headless: bool = True) -> str | None:
    """The executable to pass to Playwright; None means Playwright's own build."""
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        if not Path(chosen).is_file():
            raise BrowserNotFound(
                f"{ENV_VAR}={chosen} is not a file; unset it or point it at chromium"
            )
        return chosen
    if playwright_build(pw):
        return None
    system = system_build(headless)
    if system:
        return str(system)
    raise BrowserNotFound(
        "no Chromium found: run `make setup` (or python -m resetspec.run.browser install)"
    )


def launch(pw: Playwright, headless: bool = True) -> Browser:
    return pw.chromium.launch(
        headless=headless, executable_path=executable_path(pw, headless), args=LAUNCH_ARGS
    )


def _run(cmd: list[str], timeout: int) -> bool:
    """Run quietly: a failed download is expected on a closed network and says so in one line."""
    try:
        done = subprocess.run(cmd, timeout=timeout, check=False, capture_output=True, text=True)
        return done.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def install() -> str:
    """Make a Chromium available and say which one."""
    if os.environ.get(ENV_VAR) or playwright_build():
        return executable_path() or "playwright's chromium"
    downloaded = _run([sys.executable, "-m", "playwright", "install", "chromium"], timeout=600)
    if downloaded and playwright_build():
        return "playwright's chromium"
    print("playwright could not download its chromium; using the system's", flush=True)
    if not shutil.which(HEADLESS_SHELL) and shutil.which("apt-get"):
        apt_install()
    system = system_build(headless=True)
    if system is None:
        raise BrowserNotFound("could not install chromium: neither playwright nor apt-get worked")
    return str(system)


def apt_install() -> None:
    """Debian's Chromium (for --headed and the demo) and its headless shell (for runs).

    One package at a time: a distribution without the headless shell still gets Chromium."""
    print(f"installing {' '.join(APT_PACKAGES)} with apt-get", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False, env=env)
    for package in APT_PACKAGES:
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", package], check=False, env=env)


def full_browser() -> str:
    """The executable of a full Chromium, for tools other than Playwright (pa11y)."""
    chosen = executable_path(headless=False)
    if chosen is None:  # Playwright's own build
        chosen = str(playwright_build())
    return chosen


def main(argv: list[str]) -> int:
    if argv[1:] not in (["install"], ["path"]):
        print("usage: python -m resetspec.run.browser install|path", file=sys.stderr)
        return 2
    try:
        print(full_browser() if argv[1] == "path" else f"browser: {install()}")
    except BrowserNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
