"""The reset procedure over plain HTTP with `requests`: for fault and load tests on a real server.

It reads the anti-forgery token and the CAPTCHA id from the pages and the CAPTCHA's characters
from the test-control contract, so the server must run with RESETSPEC_TEST_HOOKS=1.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

STEP1 = "/mot-de-passe-oublie/adresse"
STEP2 = "/mot-de-passe-oublie/question"
STEP3 = "/mot-de-passe-oublie/nouveau-mot-de-passe"
SUMMARY = "/mot-de-passe-oublie/recapitulatif"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
CAPTCHA = re.compile(r'data-captcha-id="([^"]+)"')
TIMEOUT = 30.0


class UnexpectedPage(AssertionError):
    """The server answered something the procedure does not lead to."""


def create_account(base_url: str, **fields: Any) -> dict[str, Any]:
    response = requests.post(f"{base_url}/__spec__/accounts", json=fields, timeout=TIMEOUT)
    if response.status_code != 201:
        raise UnexpectedPage(f"account not created: {response.status_code} {response.text}")
    return response.json()


@dataclass
class ResetVisitor:
    """One browser doing the reset, step by step; each step's duration is recorded."""

    base_url: str
    email: str
    answer: str
    client_id: str = ""  # X-Spec-Client: a rate-limit budget of its own
    session: requests.Session = field(default_factory=requests.Session)
    timings: dict[str, float] = field(default_factory=dict)
    token: str = ""

    def __post_init__(self) -> None:
        if self.client_id:
            self.session.headers["X-Spec-Client"] = self.client_id

    def _timed(self, step: str, call: Callable[[], requests.Response]) -> requests.Response:
        started = time.perf_counter()
        response = call()
        self.timings[step] = time.perf_counter() - started
        return response

    def get(self, path: str) -> requests.Response:
        return self.session.get(self.base_url + path, timeout=TIMEOUT, allow_redirects=False)

    def post(self, path: str, data: dict[str, str]) -> requests.Response:
        body = {**data, "csrf_token": self.token}
        return self.session.post(
            self.base_url + path, data=body, timeout=TIMEOUT, allow_redirects=False
        )

    def open_step1(self) -> str:
        response = self._timed("open", lambda: self.get(STEP1))
        expect(response, 200, "step 1")
        self.token = TOKEN.search(response.text).group(1)  # type: ignore[union-attr]
        return response.text

    def captcha_answer(self, page: str) -> str:
        found = CAPTCHA.search(page)
        if not found:
            raise UnexpectedPage("step 1 without a CAPTCHA")
        url = f"{self.base_url}/__spec__/captcha/{found.group(1)}"
        return self.session.get(url, timeout=TIMEOUT).json()["answer"]

    def submit_address(self) -> requests.Response:
        page = self.open_step1()
        data = {"email": self.email, "captcha": self.captcha_answer(page)}
        response = self._timed("address", lambda: self.post(STEP1, data))
        return expect(response, 302, "step 1 → step 2", STEP2)

    def submit_answer(self) -> requests.Response:
        response = self._timed("answer", lambda: self.post(STEP2, {"answer": self.answer}))
        return expect(response, 302, "step 2 → step 3", STEP3)

    def reach_step3(self) -> None:
        self.submit_address()
        self.submit_answer()

    def choose_password(self, password: str) -> requests.Response:
        data = {"password": password, "confirmation": password}
        return self._timed("password", lambda: self.post(STEP3, data))

    def summary(self) -> requests.Response:
        return self._timed("summary", lambda: self.get(SUMMARY))

    def reset(self, password: str) -> None:
        """The whole procedure; raise UnexpectedPage at the first step that goes wrong."""
        self.reach_step3()
        expect(self.choose_password(password), 302, "step 3 → summary", SUMMARY)
        page = self.summary()
        expect(page, 200, "summary")
        if "Votre mot de passe a été réinitialisé avec succès." not in page.text:
            raise UnexpectedPage("the summary does not confirm the reset")


def expect(
    response: requests.Response, status: int, what: str, location: str | None = None
) -> requests.Response:
    if response.status_code != status:
        raise UnexpectedPage(f"{what}: HTTP {response.status_code}, not {status}")
    if location and not response.headers.get("Location", "").endswith(location):
        raise UnexpectedPage(f"{what}: sent to {response.headers.get('Location')}")
    return response


def logs_in(base_url: str, email: str, password: str) -> bool:
    """Tell whether this address and password open the space."""
    session = requests.Session()
    page = session.get(f"{base_url}/connexion", timeout=TIMEOUT).text
    token = TOKEN.search(page).group(1)  # type: ignore[union-attr]
    response = session.post(
        f"{base_url}/connexion",
        data={"email": email, "password": password, "csrf_token": token},
        timeout=TIMEOUT,
        allow_redirects=False,
    )
    return response.status_code == 302 and response.headers["Location"].endswith("/espace")
