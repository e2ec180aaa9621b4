"""The reset wizard's server-side state: which step a visitor may see, until it expires."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app, session
from sqlalchemy import delete
from sqlalchemy.orm import Session

from . import clock, faults
from .identity import decoy_question
from .messages import QUESTIONS
from .models import Account, WizardState

SESSION_KEY = "wizard_id"
# The steps a procedure's state can stand at: step 1 keeps none, the summary (4) is the end.
ANSWER, PASSWORD = 2, 3


def start(db: Session, email: str, account: Account | None) -> WizardState:
    """Begin a wizard at the answer step; an unknown address gets a decoy question."""
    destroy(db)
    now = clock.now()
    question = account.question if account else decoy_question(email)
    if account and faults.active("wrong_question_shown"):  # FAULT G04: the next question
        index = QUESTIONS.index(question) + 1 if question in QUESTIONS else 0
        question = QUESTIONS[index % len(QUESTIONS)]
    state = WizardState(
        id=secrets.token_urlsafe(32),
        email=email.strip(),
        account_id=account.id if account else None,
        question=question,
        seen_password_hash=account.password_hash if account else None,
        step=ANSWER,
        updated_at=now,
        touched_wall=datetime.now(UTC),
    )
    db.add(state)
    _purge_abandoned(db)
    session[SESSION_KEY] = state.id
    return state


def current(db: Session) -> WizardState | None:
    """Return this visitor's live wizard, or None when there is none or it sat idle too long."""
    state_id = session.get(SESSION_KEY)
    state = db.get(WizardState, state_id) if state_id else None
    if state is None:
        return None
    idle = timedelta(seconds=current_app.config["WIZARD_IDLE_SECONDS"])
    if clock.now() - state.updated_at > idle and not faults.active("wizard_never_expires"):
        destroy(db)  # FAULT H04 above: wizard_never_expires skips this
        return None
    return state


def move(state: WizardState, step: int) -> None:
    """Put the wizard at a step and restart its idle timer."""
    state.step = step
    state.updated_at = clock.now()
    state.touched_wall = datetime.now(UTC)


def destroy(db: Session) -> None:
    """End this visitor's wizard (the caller commits)."""
    state_id = session.pop(SESSION_KEY, None)
    if state_id:
        db.execute(delete(WizardState).where(WizardState.id == state_id))


def _purge_abandoned(db: Session) -> None:
    # Wall-clock with a day's margin, so scenarios on other dates never lose their wizard.
    cutoff = datetime.now(UTC) - timedelta(days=1)
    db.execute(delete(WizardState).where(WizardState.touched_wall < cutoff))
