"""How long a password stays valid, and the French date the pages and the mail show."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date
from flask import current_app

from . import clock, faults


def valid_until(password_set_at: datetime) -> date:
    """Return the last day (Europe/Paris) on which the password is valid."""
    days = current_app.config["PASSWORD_VALIDITY_DAYS"]
    if faults.active("expiry_one_day_off"):  # FAULT G10
        days += 1
    return clock.paris(password_set_at + timedelta(days=days)).date()


def is_expired(password_set_at: datetime, now: datetime) -> bool:
    """Tell whether the password has passed its last valid day ("valable jusqu'au" includes it)."""
    return clock.paris(now).date() > valid_until(password_set_at)


def french(day: date) -> str:
    """Format a date as the guide does, such as "05 juin 2026"."""
    return format_date(day, "dd MMMM yyyy", locale="fr_FR")
