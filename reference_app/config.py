"""Settings read from `RESETSPEC_*` environment variables, each checked at start-up."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from limits import parse as parse_limit

from . import faults

PREFIX = "RESETSPEC_"
ENVIRONMENTS = ("production", "development", "test")


class ConfigError(ValueError):
    """A setting that cannot be used; its message is one line naming the variable."""


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("expected 0 or 1")


def _int(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ValueError("expected an integer") from None


def _positive_int(raw: str) -> int:
    value = _int(raw)
    if value <= 0:
        raise ValueError("expected a positive integer")
    return value


def _positive_seconds(raw: str) -> float:
    """A duration such as ``5`` or ``0.2``: finite and above zero."""
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("expected a number of seconds") from None
    if not 0 < value < float("inf"):
        raise ValueError("expected a positive number of seconds")
    return value


def _port(raw: str) -> int:
    value = _int(raw)
    if not 0 < value < 65536:
        raise ValueError("expected a port between 1 and 65535")
    return value


def _env(raw: str) -> str:
    if raw not in ENVIRONMENTS:
        raise ValueError("expected one of " + ", ".join(ENVIRONMENTS))
    return raw


def _rate_limit(raw: str) -> str:
    parse_limit(raw)  # raises ValueError on a malformed limit such as "20 per fortnight"
    return raw


def _text(raw: str) -> str:
    if not raw.strip():
        raise ValueError("must not be empty")
    return raw


@dataclass(frozen=True)
class Setting:
    """One environment variable: its parser and its default."""

    name: str
    parse: Callable[[str], Any]
    default: Any
    doc: str


SETTINGS: tuple[Setting, ...] = (
    Setting("ENV", _env, "production", "production, development or test"),
    Setting("SECRET_KEY", _text, None, "signs sessions; required in production"),
    Setting("DATABASE_URL", _text, None, "SQLAlchemy URL; default an SQLite file in instance/"),
    Setting("SMTP_HOST", _text, "localhost", "SMTP relay for the confirmation mail"),
    Setting("SMTP_PORT", _port, 25, "SMTP relay port"),
    Setting("MAIL_FROM", _text, "ne-pas-repondre@dgfip.finances.gouv.fr", "sender address"),
    Setting("PASSWORD_VALIDITY_DAYS", _positive_int, 365, "days a new password stays valid"),
    Setting("TEST_HOOKS", _bool, False, "1 turns on the test-control contract"),
    Setting("CAPTCHA_TTL_SECONDS", _positive_int, 600, "lifetime of a CAPTCHA challenge"),
    Setting("CAPTCHA_LENGTH", _positive_int, 6, "characters in a CAPTCHA"),
    Setting("WIZARD_IDLE_SECONDS", _positive_int, 900, "idle time after which the wizard expires"),
    Setting("LOCKOUT_THRESHOLD", _positive_int, 5, "wrong answers in a row before blocking"),
    Setting("LOCKOUT_SECONDS", _positive_int, 900, "how long the reset stays blocked"),
    Setting("STEP1_RATE_LIMIT", _rate_limit, "20 per minute", "step 1 POSTs allowed per client"),
    Setting("ARGON2_TIME_COST", _positive_int, 2, "argon2id iterations (OWASP: 2)"),
    Setting("ARGON2_MEMORY_KIB", _positive_int, 19456, "argon2id memory in KiB (OWASP: 19 MiB)"),
    Setting("ARGON2_PARALLELISM", _positive_int, 1, "argon2id lanes (OWASP: 1)"),
    Setting(
        "MAIL_RETRY_BASE_SECONDS", _positive_seconds, 1, "first retry delay after an SMTP failure"
    ),
    Setting("MAIL_RETRY_MAX_SECONDS", _positive_int, 60, "longest delay between two retries"),
    Setting("MAIL_POLL_SECONDS", _positive_seconds, 5, "how often the sender looks at the outbox"),
    Setting("COOKIE_SECURE", _bool, False, "1 marks cookies Secure (serve over HTTPS)"),
    Setting("FAULTS", faults.parse, frozenset(), "rule mutants (reference_app/faults.py)"),
)


def defaults() -> dict[str, Any]:
    """Return every setting at its default value."""
    return {s.name: s.default for s in SETTINGS}


def from_environ(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the settings present in the environment, parsed; raise ConfigError on a bad one."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(PREFIX + setting.name)
        if raw is None:
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigError(f"{PREFIX}{setting.name}={raw!r}: {exc}") from None
    return values


def finish(config: dict[str, Any], given: Collection[str] = ()) -> None:
    """Check settings that depend on each other and fill in derived defaults.

    `given` names the settings that were set explicitly rather than left at their default.
    """
    env = config["ENV"]
    if env == "production" and config["TEST_HOOKS"]:
        raise ConfigError(
            f"{PREFIX}TEST_HOOKS=1 is refused with {PREFIX}ENV=production;"
            f" set {PREFIX}ENV=development or test"
        )
    if isinstance(config["FAULTS"], str):  # a test's mapping may spell them as in the variable
        try:
            config["FAULTS"] = faults.parse(config["FAULTS"])
        except ValueError as exc:
            raise ConfigError(f"{PREFIX}FAULTS={config['FAULTS']!r}: {exc}") from None
    if env == "production" and config["FAULTS"]:
        raise ConfigError(
            f"{PREFIX}FAULTS is refused with {PREFIX}ENV=production;"
            f" rule mutants run only with {PREFIX}ENV=development or test"
        )
    if "hooks_on_by_default" in config["FAULTS"] and "TEST_HOOKS" not in given:  # FAULT H12
        config["TEST_HOOKS"] = True
    if not config.get("SECRET_KEY"):
        if env == "production":
            raise ConfigError(f"{PREFIX}SECRET_KEY is required with {PREFIX}ENV=production")
        # Outside production a per-process key is fine: sessions simply end at restart.
        config["SECRET_KEY"] = secrets.token_hex(32)
    config["TESTING"] = env == "test"
    config["SESSION_COOKIE_SECURE"] = config["COOKIE_SECURE"]
