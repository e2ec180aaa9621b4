"""The test-control contract of docs/architecture.md; registered only with test hooks on."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from flask import Blueprint, abort, request
from sqlalchemy import select

from .. import accounts, captchas, clock, hashing, validity
from ..db import get_db
from ..models import Account, SupportAgent

bp = Blueprint("spec_hooks", __name__, url_prefix="/__spec__")

CAPABILITIES = ["accounts", "captcha", "clock", "client-id", "support-agents"]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
Reply = tuple[dict[str, Any], int]


class BadInput(ValueError):
    """A request body the contract does not accept."""


@bp.errorhandler(BadInput)
def bad_input(error: BadInput) -> Reply:
    return {"error": str(error)}, 400


@bp.errorhandler(404)
def not_found(_error: Exception) -> Reply:
    return {"error": "no live CAPTCHA challenge with this id"}, 404


@bp.get("")
def capabilities() -> dict[str, Any]:
    """List what this implementation of the contract offers."""
    return {"capabilities": CAPABILITIES}


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadInput("expected a JSON object")
    return body


def _text(body: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise BadInput(f"{key}: a non-empty string is required")
    return value


def _companies(raw: Any) -> list[tuple[str, str]]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise BadInput("companies: expected a list of {siren, name}")
    out = []
    for item in raw:
        siren = item.get("siren") if isinstance(item, dict) else None
        name = item.get("name") if isinstance(item, dict) else None
        if not (isinstance(siren, str) and re.fullmatch(r"\d{9}", siren)):
            raise BadInput("companies: each siren must be 9 digits")
        if not (isinstance(name, str) and name.strip()):
            raise BadInput("companies: each name must be a non-empty string")
        out.append((siren, name))
    return out


def _set_at(raw: Any) -> datetime | None:
    if raw is None:
        return None
    try:
        return clock.parse_iso(str(raw))
    except ValueError:
        raise BadInput("password_set_at: expected an ISO-8601 datetime") from None


def _public(account: Account) -> dict[str, Any]:
    return {
        "email": account.email,
        "subscriber_number": account.subscriber_number,
        "question": account.question,
        "companies": [{"siren": c.siren, "name": c.name} for c in account.companies],
        "password_set_at": account.password_set_at.isoformat(),
        "password_valid_until": validity.valid_until(account.password_set_at).isoformat(),
    }


@bp.post("/accounts")
def create_account() -> Reply:
    """Create an account from JSON and answer with it, secrets left out."""
    body = _body()
    email = _text(body, "email") or ""
    if not EMAIL.match(email.strip()):
        raise BadInput("email: not a valid address")
    number = _text(body, "subscriber_number", required=False)
    if number is not None and not re.fullmatch(r"\d{14}", number):
        raise BadInput("subscriber_number: expected 14 digits")
    db = get_db()
    if accounts.find(db, email) is not None:
        return {"error": f"an account with email {email.strip().lower()} exists"}, 409
    if number and db.scalar(select(Account.id).where(Account.subscriber_number == number)):
        return {"error": f"an account with subscriber_number {number} exists"}, 409
    account = accounts.create(
        db,
        email=email,
        password=_text(body, "password") or "",
        question=_text(body, "question") or "",
        answer=_text(body, "answer") or "",
        subscriber_number=number,
        companies=_companies(body.get("companies")),
        password_set_at=_set_at(body.get("password_set_at")),
    )
    db.commit()
    return _public(account), 201


@bp.get("/captcha/<challenge_id>")
def captcha_answer(challenge_id: str) -> dict[str, str]:
    """Reveal the characters of a live CAPTCHA."""
    challenge = captchas.live(get_db(), challenge_id) or abort(404)
    return {"answer": challenge.answer}


@bp.post("/support-agents")
def create_support_agent() -> Reply:
    """Create a member of support staff."""
    body = _body()
    login_name = (_text(body, "login") or "").strip()
    db = get_db()
    if db.scalar(select(SupportAgent.id).where(SupportAgent.login == login_name)):
        return {"error": f"a support agent with login {login_name} exists"}, 409
    agent = SupportAgent(
        login=login_name, password_hash=hashing.hash_secret(_text(body, "password") or "")
    )
    db.add(agent)
    db.commit()
    return {"login": agent.login}, 201
