"""Client of the test-control contract (docs/architecture.md, "Test-control contract")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import requests

from resetspec.run.ports import session_for

SPEC = "/__spec__"
TIMEOUT = 10
CLIENT_HEADER = "X-Spec-Client"  # the client a request counts as, for the rate limit


def client_headers(client: str) -> dict[str, str]:
    """The header that makes a request count as ``client`` (parallel scenarios share no budget)."""
    return {CLIENT_HEADER: client}


class ControlError(RuntimeError):
    """The target refused a test-control request."""


@dataclass
class ControlClient:
    """One scenario's view of the contract: its own client token and, maybe, its own clock."""

    base_url: str
    headers: dict[str, str] = field(default_factory=dict)
    session: requests.Session = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.session = session_for(self.base_url)

    def capabilities(self) -> frozenset[str]:
        body = self._call("GET", SPEC).json()
        return frozenset(body.get("capabilities", []))

    def create_account(
        self,
        email: str,
        password: str,
        question: str,
        answer: str,
        subscriber_number: str | None = None,
        companies: list[dict[str, str]] | None = None,
        password_set_at: str | None = None,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "email": email,
            "password": password,
            "question": question,
            "answer": answer,
        }
        optional = {
            "subscriber_number": subscriber_number,
            "companies": companies,
            "password_set_at": password_set_at,
        }
        payload.update({k: v for k, v in optional.items() if v is not None})
        return self._call("POST", f"{SPEC}/accounts", json=payload, expect=201).json()

    def captcha_answer(self, captcha_id: str) -> str | None:
        """The characters of a live challenge; None once it is used, replaced or expired."""
        response = self._call("GET", f"{SPEC}/captcha/{captcha_id}", expect=(200, 404))
        return response.json()["answer"] if response.status_code == 200 else None

    def create_support_agent(self, login: str, password: str) -> None:
        payload = {"login": login, "password": password}
        self._call("POST", f"{SPEC}/support-agents", json=payload, expect=201)

    def _call(
        self, method: str, path: str, expect: int | tuple[int, ...] = 200, **kwargs: Any
    ) -> requests.Response:
        expected = (expect,) if isinstance(expect, int) else expect
        try:
            response = self.session.request(
                method, self.base_url + path, headers=self.headers, timeout=TIMEOUT, **kwargs
            )
        except requests.ConnectionError:
            raise ControlError(f"nothing answers at {self.base_url}; is the target up?") from None
        if response.status_code not in expected:
            raise ControlError(
                f"{method} {path} answered {response.status_code}: {response.text[:200]}"
            )
        return response
