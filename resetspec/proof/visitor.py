"""One visitor doing the reset over HTTP, step by step and timed: the load's and the fault tests'.

It is the HTTP driver (the page vocabulary of ``drivers/surface.toml``, each form sent as a
browser with its scripts off would send it) plus the test-control contract for the CAPTCHA's
characters and the accounts, so the server must offer its test hooks. Where it stands is read
from the trail, as a person reads it; nothing here knows the app's markup or addresses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from resetspec.drivers.http import HttpDriver
from resetspec.drivers.surface import Surface, reference
from resetspec.spec.control import ControlClient, client_headers

SURFACE: Surface = reference()
STEP1, STEP2, STEP3, SUMMARY = SURFACE.trail.steps
DONE = "Votre mot de passe a été réinitialisé avec succès."  # the guide's summary
T = TypeVar("T")


class UnexpectedPage(AssertionError):
    """The server answered something the procedure does not lead to."""


def create_account(base_url: str, **fields: Any) -> dict[str, Any]:
    return ControlClient(base_url).create_account(**fields)


def logs_in(base_url: str, email: str, password: str) -> bool:
    """Whether this address and password open the space, from a browser of its own."""
    driver = HttpDriver(base_url)
    try:
        driver.log_in(email, password)
        return driver.in_space()
    finally:
        driver.close()


@dataclass
class ResetVisitor:
    """One browser doing the reset; the seconds of each step it took are kept by name."""

    base_url: str
    email: str
    answer: str
    client_id: str = ""  # X-Spec-Client: a rate-limit budget of its own
    timings: dict[str, float] = field(default_factory=dict)
    driver: HttpDriver = field(init=False, repr=False)
    control: ControlClient = field(init=False, repr=False)

    def __post_init__(self) -> None:
        headers = client_headers(self.client_id) if self.client_id else {}
        self.driver = HttpDriver(self.base_url, headers=headers)
        self.control = ControlClient(self.base_url, headers=headers)

    def _timed(self, step: str, call: Callable[[], T]) -> T:
        started = time.perf_counter()
        result = call()
        self.timings[step] = time.perf_counter() - started
        return result

    def _at(self, step: str, what: str) -> None:
        shown = self.driver.current_step()
        if shown != step:
            status = self.driver.last_status()
            raise UnexpectedPage(f"{what}: the page shows {shown or 'no step'!r} (HTTP {status})")

    def step_shown(self) -> str:
        """The step the procedure's page shows now ("" when it shows none)."""
        return self.driver.current_step()

    def submit_address(self) -> None:
        self._timed("open", self.driver.open_step1)
        self._at(STEP1, "step 1")
        characters = self.control.captcha_answer(self.driver.captcha_id())
        if characters is None:
            raise UnexpectedPage("step 1 shows an image the app does not know")
        self._timed("address", lambda: self.driver.submit_address(self.email, characters))
        self._at(STEP2, "step 1 → step 2")

    def submit_answer(self) -> None:
        self._timed("answer", lambda: self.driver.answer(self.answer))
        self._at(STEP3, "step 2 → step 3")

    def reach_step3(self) -> None:
        self.submit_address()
        self.submit_answer()

    def choose_password(self, password: str) -> bool:
        """Step 3 sent; True when the summary follows (its page is fetched with the post)."""
        return self._timed("password", lambda: self.driver.choose_password(password, password))

    def status(self) -> int:
        """The HTTP status of the page last served."""
        return self.driver.last_status()

    def reopen_step3(self) -> str:
        """Step 3's page asked for again; the step the procedure shows instead, if it moved."""
        self.driver.open_new_password_step()
        return self.step_shown()

    def reset(self, password: str) -> None:
        """The whole procedure; raise UnexpectedPage at the first step that goes wrong."""
        self.reach_step3()
        if not self.choose_password(password):
            self._at(SUMMARY, "step 3 → summary")
        if not self.driver.page.shows(DONE):
            raise UnexpectedPage("the summary does not confirm the reset")

    def close(self) -> None:
        self.driver.close()
