"""Wrong answers counted per login address across sessions, and the block they trigger."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy.orm import Session

from . import clock, faults
from .identity import email_key
from .models import AnswerFailures

# Known and unknown addresses are counted alike, keyed by address: blocking reveals nothing.
PURPOSE = "answer-failures"


def _row(db: Session, email: str) -> AnswerFailures:
    key = email_key(email, PURPOSE)
    row = db.get(AnswerFailures, key)
    if row is None:
        row = AnswerFailures(key=key, count=0, locked_until=None)
        db.add(row)
    return row


def is_locked(db: Session, email: str) -> bool:
    """Tell whether resetting this address is blocked now; a block that ran out is lifted."""
    row = db.get(AnswerFailures, email_key(email, PURPOSE))
    if row is None or row.locked_until is None:
        return False
    if row.locked_until > clock.now():
        return True
    row.locked_until = None
    row.count = 0
    return False


def record_failure(db: Session, email: str) -> bool:
    """Count one wrong answer; return True when this one triggers the block."""
    row = _row(db, email)
    row.count += 1
    threshold = current_app.config["LOCKOUT_THRESHOLD"]
    if faults.active("lockout_too_early"):  # FAULT H02
        threshold -= 1
    if row.count < threshold or faults.active("no_lockout"):
        return False  # FAULT H02 above: no_lockout never blocks
    row.count = 0
    row.locked_until = clock.now() + timedelta(seconds=current_app.config["LOCKOUT_SECONDS"])
    return True


def clear(db: Session, email: str) -> None:
    """Forget the wrong answers in a row after a right one."""
    row = db.get(AnswerFailures, email_key(email, PURPOSE))
    if row is not None:
        row.count = 0
