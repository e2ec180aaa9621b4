"""Server-side login sessions, so that a password reset can end them all."""

from __future__ import annotations

import secrets

from flask import session
from sqlalchemy.orm import Session

from . import clock
from .models import Account, LoginSession

SESSION_KEY = "login_session_id"


def start(db: Session, account: Account) -> None:
    """Open a login session for the account in this browser (the caller commits)."""
    row = LoginSession(id=secrets.token_urlsafe(32), account_id=account.id, created_at=clock.now())
    db.add(row)
    session.clear()  # a fresh Flask session: nothing from before the login survives
    session[SESSION_KEY] = row.id


def current_account(db: Session) -> Account | None:
    """Return the logged-in account of this browser, if its session still exists."""
    session_id = session.get(SESSION_KEY)
    if not session_id:
        return None
    row = db.get(LoginSession, session_id)
    if row is None:
        session.pop(SESSION_KEY, None)
        return None
    return db.get(Account, row.account_id)


def end(db: Session) -> None:
    """Close this browser's login session, if any (the caller commits)."""
    session_id = session.pop(SESSION_KEY, None)
    if session_id:
        row = db.get(LoginSession, session_id)
        if row is not None:
            db.delete(row)
