"""Account rules: creation, login, and the password change that ends a reset."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from . import clock, faults, hashing, lockout, mailer, validity
from .identity import normalise_email
from .models import Account, Company, LoginSession, PasswordHistory


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login attempt: the account when it may enter, or why not."""

    account: Account | None
    expired: bool = False


def find(db: Session, email: str) -> Account | None:
    """Return the account whose login address this is, ignoring case and spaces around."""
    return db.scalar(select(Account).where(Account.email == normalise_email(email)))


def create(
    db: Session,
    *,
    email: str,
    password: str,
    question: str,
    answer: str,
    subscriber_number: str | None = None,
    companies: list[tuple[str, str]] | None = None,
    password_set_at: datetime | None = None,
) -> Account:
    """Add an account with hashed secrets (the caller commits)."""
    now = clock.now()
    account = Account(
        email=normalise_email(email),
        subscriber_number=subscriber_number or new_subscriber_number(db),
        password_hash=hashing.hash_secret(password),
        password_set_at=password_set_at or now,
        question=question,
        answer_hash=hashing.hash_secret(hashing.normalise_answer(answer)),
        created_at=now,
        companies=[Company(siren=siren, name=name) for siren, name in companies or []],
    )
    if faults.active("support_sees_answer"):  # FAULT G14: the answer kept in clear for support
        current_app.extensions.setdefault("fault_answers", {})[account.email] = answer
    db.add(account)
    return account


def new_subscriber_number(db: Session) -> str:
    """Return a free 14-digit subscriber number."""
    while True:
        candidate = "2" + "".join(secrets.choice("0123456789") for _ in range(13))
        if db.scalar(select(Account.id).where(Account.subscriber_number == candidate)) is None:
            return candidate


def authenticate(db: Session, email: str, password: str) -> LoginResult:
    """Check a login; an unknown address costs the same hashing work as a known one."""
    account = find(db, email)
    matched = hashing.verify(account.password_hash if account else None, password)
    if account is not None and faults.active("login_ignores_password"):  # FAULT G01
        matched = True
    if not matched and account is not None and faults.active("old_password_still_works"):
        matched = _matches_history(db, account, password)  # FAULT G12
    if faults.active("lockout_blocks_login") and lockout.is_locked(db, email):  # FAULT H02
        matched = False
    if not matched:
        return LoginResult(None)
    assert account is not None
    expired = validity.is_expired(account.password_set_at, clock.now())
    if expired and not faults.active("expired_password_accepted"):  # FAULT H10
        return LoginResult(None, expired=True)
    return LoginResult(account)


def _matches_history(db: Session, account: Account, password: str) -> bool:
    hashes = db.scalars(
        select(PasswordHistory.password_hash).where(PasswordHistory.account_id == account.id)
    )
    return any(hashing.verify(stored, password) for stored in hashes)


def check_answer(account: Account | None, answer: str) -> bool:
    """Tell whether the answer is right; for an unknown address it never is."""
    if account is not None and faults.active("any_answer_accepted"):  # FAULT G04
        return True
    typed = hashing.normalise_answer(answer)
    if faults.active("answer_case_sensitive"):  # FAULT G04: no case folding
        typed = answer.strip()
    return hashing.verify(account.answer_hash if account else None, typed)


def is_last_password(account: Account, password: str) -> bool:
    """Tell whether the password is the one in use now (the last one used)."""
    return hashing.verify(account.password_hash, password)


class PasswordChangedMeanwhile(Exception):
    """Another reset of this account committed between this one's read and its write."""


def reset_password(db: Session, account: Account, password: str, seen_hash: str) -> None:
    """Set the new password, end the account's sessions and queue the mail, in one transaction.

    The change is a compare-and-set on the hash the procedure saw when it found the account
    (``seen_hash``), not on the one this request read: of two resets of one account running
    side by side only the first to commit applies, however their requests interleave, and the
    history never records the same old hash twice.
    """
    now = clock.now()
    old_hash = seen_hash
    new_hash = hashing.hash_secret(password)
    changed = db.execute(
        update(Account)
        .where(Account.id == account.id, Account.password_hash == old_hash)
        .values(password_hash=new_hash, password_set_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        raise PasswordChangedMeanwhile(account.id)
    db.expire(account, ["password_hash", "password_set_at"])
    db.add(PasswordHistory(account_id=account.id, password_hash=old_hash, set_at=now))
    if not faults.active("sessions_survive_reset"):  # FAULT H05 when skipped
        db.execute(delete(LoginSession).where(LoginSession.account_id == account.id))
    if faults.active("companies_dropped_after_reset"):  # FAULT G12
        account.companies.clear()
    if faults.active("no_mail"):  # FAULT G11
        return
    mail = mailer.queue(db, account.email, validity.french(validity.valid_until(now)))
    if faults.active("mail_contains_password"):  # FAULT G11
        mail.body += f"\nVotre nouveau mot de passe : {password}\n"


def validity_text(account: Account) -> str:
    """Return the password's last valid day as the guide writes it ("05 juin 2026")."""
    return validity.french(validity.valid_until(account.password_set_at))
