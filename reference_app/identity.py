"""Keys derived from a login address: normalised form, HMAC key, decoy question."""

from __future__ import annotations

import hashlib
import hmac

from flask import current_app

from .messages import QUESTIONS


def normalise_email(email: str) -> str:
    """Return the address as accounts are stored: trimmed and lower-case."""
    return email.strip().lower()


def email_key(email: str, purpose: str) -> str:
    """Return a keyed hash of the address, so the raw address is not a table key."""
    secret = current_app.config["SECRET_KEY"].encode()
    message = f"{purpose}:{normalise_email(email)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def decoy_question(email: str) -> str:
    """Pick a real question for an unknown address, the same one every time it is typed."""
    index = int(email_key(email, "decoy-question"), 16) % len(QUESTIONS)
    return QUESTIONS[index]
