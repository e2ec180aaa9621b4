"""In-process actions on the app, in the flaskr style: one method per business step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app_pages import LILA, NEW_PASSWORD, captcha_id
from flask.testing import FlaskClient
from werkzeug.test import TestResponse


@dataclass
class Accounts:
    """Creates accounts through the test-control contract, as the browser harness does."""

    client: FlaskClient

    def create(self, **fields: Any) -> dict[str, Any]:
        response = self.client.post("/__spec__/accounts", json={**LILA, **fields})
        assert response.status_code == 201, response.get_data(as_text=True)
        return response.get_json()

    def lila(self, **fields: Any) -> dict[str, Any]:
        return self.create(**fields)


@dataclass
class ResetActions:
    """Walks the wizard in-process: one method per step, defaults for Lila."""

    client: FlaskClient
    headers: dict[str, str] | None = None

    def captcha_answer(self, page: str) -> str:
        url = f"/__spec__/captcha/{captcha_id(page)}"
        return self.client.get(url, headers=self.headers).get_json()["answer"]

    def open_step1(self) -> TestResponse:
        return self.client.get("/mot-de-passe-oublie/adresse", headers=self.headers)

    def submit_address(
        self, email: str = LILA["email"], captcha: str | None = None
    ) -> TestResponse:
        page = self.open_step1().get_data(as_text=True)
        typed = self.captcha_answer(page) if captcha is None else captcha
        return self.client.post(
            "/mot-de-passe-oublie/adresse",
            data={"email": email, "captcha": typed},
            headers=self.headers,
        )

    def answer(self, answer: str = LILA["answer"]) -> TestResponse:
        return self.client.post(
            "/mot-de-passe-oublie/question", data={"answer": answer}, headers=self.headers
        )

    def choose(self, password: str = NEW_PASSWORD, confirmation: str | None = None) -> TestResponse:
        data = {
            "password": password,
            "confirmation": password if confirmation is None else confirmation,
        }
        return self.client.post(
            "/mot-de-passe-oublie/nouveau-mot-de-passe", data=data, headers=self.headers
        )

    def previous(self) -> TestResponse:
        return self.client.post("/mot-de-passe-oublie/etape-precedente", headers=self.headers)

    def run(
        self,
        email: str = LILA["email"],
        answer: str = LILA["answer"],
        password: str = NEW_PASSWORD,
    ) -> TestResponse:
        """Do the whole procedure and return the step 4 page."""
        assert self.submit_address(email).status_code == 302
        assert self.answer(answer).status_code == 302
        response = self.choose(password)
        assert response.status_code == 302, response.get_data(as_text=True)
        return self.client.get(response.location, headers=self.headers)
