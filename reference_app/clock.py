"""The time the app sees: the real one, or the `X-Spec-Now` of the request when hooks are on."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import current_app, has_request_context, request

PARIS = ZoneInfo("Europe/Paris")
HEADER = "X-Spec-Now"


class BadSpecNow(ValueError):
    """The `X-Spec-Now` header is not an ISO-8601 datetime."""


def parse_iso(raw: str) -> datetime:
    """Parse an ISO-8601 datetime; a naive one is read as Europe/Paris time."""
    value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=PARIS)
    return value.astimezone(UTC)


def now() -> datetime:
    """Return the current time, aware and in UTC."""
    if has_request_context() and current_app.config["TEST_HOOKS"]:
        raw = request.headers.get(HEADER)
        if raw:
            try:
                return parse_iso(raw)
            except ValueError as exc:
                raise BadSpecNow(f"{HEADER}: {raw!r} is not an ISO-8601 datetime") from exc
    return datetime.now(UTC)


def paris(moment: datetime) -> datetime:
    """Return the same instant as seen in Europe/Paris."""
    return moment.astimezone(PARIS)
