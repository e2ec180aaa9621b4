"""The tables: accounts and their history, CAPTCHA and wizard state, sessions, outbox, staff."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Store naive UTC, hand back aware UTC: SQLite keeps no time zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused; use clock.now()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of the reference app."""


class Account(Base):
    """A professional space account: login address, password, security question."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_number: Mapped[str] = mapped_column(String(14), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    password_set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    question: Mapped[str] = mapped_column(String(255))
    answer_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    companies: Mapped[list[Company]] = relationship(
        back_populates="account", cascade="all, delete-orphan", order_by="Company.id"
    )


class Company(Base):
    """A company managed from an account's space."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    siren: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(String(255))
    account: Mapped[Account] = relationship(back_populates="companies")


class PasswordHistory(Base):
    """A password an account used before, kept as its hash only."""

    __tablename__ = "password_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaptchaChallenge(Base):
    """A CAPTCHA shown once: its characters stay on the server."""

    __tablename__ = "captcha_challenges"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    answer: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Wall-clock time, not clock.now(): purging must not depend on one request's X-Spec-Now.
    issued_wall: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class WizardState(Base):
    """Where one visitor stands in the reset procedure; the email never leaves the server."""

    __tablename__ = "wizard_states"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    # None when the address is unknown: the visitor sees the same pages, never a reset.
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    question: Mapped[str] = mapped_column(String(255))
    # The account's password hash when this procedure found it: a reset committed since, by
    # another browser, makes this procedure stale (the change is a compare-and-set on it).
    seen_password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    step: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    touched_wall: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class LoginSession(Base):
    """A logged-in browser session, kept server-side so a reset can end it."""

    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AnswerFailures(Base):
    """Wrong answers in a row for one login address (known or not) and any block in force."""

    __tablename__ = "answer_failures"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OutboxMail(Base):
    """A mail to send, written in the same transaction as the change it reports."""

    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)


class SupportAgent(Base):
    """A member of the support staff who may look accounts up."""

    __tablename__ = "support_agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
