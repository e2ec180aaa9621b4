"""Argon2id hashing of passwords and security answers, at the cost the config sets."""

from __future__ import annotations

import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, current_app


def init_app(app: Flask) -> None:
    """Build the hasher once, with a dummy hash to spend the same work on unknown accounts."""
    hasher = PasswordHasher(
        time_cost=app.config["ARGON2_TIME_COST"],
        memory_cost=app.config["ARGON2_MEMORY_KIB"],
        parallelism=app.config["ARGON2_PARALLELISM"],
    )
    app.extensions["hasher"] = hasher
    app.extensions["dummy_hash"] = hasher.hash("not a real secret: spends equal time")


def _hasher() -> PasswordHasher:
    return current_app.extensions["hasher"]


def hash_secret(secret: str) -> str:
    """Hash a password (or a normalised answer) with a fresh salt."""
    return _hasher().hash(secret)


def verify(stored: str | None, secret: str) -> bool:
    """Tell whether the secret matches; with no stored hash, do the same work and say no."""
    try:
        if stored is None:
            _hasher().verify(current_app.extensions["dummy_hash"], secret + "\x00")
            return False
        return _hasher().verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def normalise_answer(answer: str) -> str:
    """Trim and case-fold an answer so "paul " and "Paul" are the same answer."""
    return unicodedata.normalize("NFC", answer.strip()).casefold()
