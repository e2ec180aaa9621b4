"""What must hold before a run starts, checked before any example, each failure in one line.

A run that cannot start (a target that does not answer or has its hooks off, a headed browser
with no display, no Chromium) exits with ``CANNOT_START`` and says what to do, instead of
failing every example and writing a living doc of that.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import requests

from resetspec.run.browser import ENV_VAR, BrowserNotFound, executable_path, system_build

CANNOT_START = 3
SPEC_PATH = "/__spec__"
TARGET_SECONDS = 5.0


class CannotStart(Exception):
    """The run cannot start; the message says what to do."""


def check_target(target: str, seconds: float = TARGET_SECONDS) -> None:
    """The target answers, and its test-control hooks are on."""
    try:
        answer = requests.get(target + SPEC_PATH, timeout=seconds)
    except requests.RequestException as exc:
        kind = type(exc).__name__
        raise CannotStart(f"nothing answers at {target} ({kind}); is the target up?") from None
    if answer.status_code != 200:
        raise CannotStart(
            f"{target}{SPEC_PATH} answered {answer.status_code}: the target's test-control"
            " hooks are off; start it with RESETSPEC_TEST_HOOKS=1 (docs/architecture.md)"
        )


def check_display(environ: Mapping[str, str] = os.environ) -> None:
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        raise CannotStart(
            "--headed needs a display and neither DISPLAY nor WAYLAND_DISPLAY is set;"
            " drop --headed, or run under xvfb-run"
        )


def check_browser(headless: bool, environ: Mapping[str, str] = os.environ) -> None:
    """Some Chromium to launch: the system's is found at once, Playwright's own takes a driver
    start (half a second), so it is asked only when the system has none."""
    if not environ.get(ENV_VAR) and system_build(headless):
        return
    try:
        executable_path(headless=headless)
    except BrowserNotFound as exc:
        raise CannotStart(str(exc)) from None


def check(
    target: str | None, driver: str, headed: bool, browser_ws: str | None, mail_port: int | None
) -> None:
    """Every check that applies to this run; CannotStart at the first that fails."""
    if target:
        check_target(target)
    if driver == "browser" and not browser_ws:
        if headed:
            check_display()
        check_browser(headless=not headed)
