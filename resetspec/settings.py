"""Run settings, from behave's userdata (``-D name=value``) or ``RESETSPEC_*`` variables.

``resetspec run`` passes its flags as userdata; plain ``behave`` can use either form. Unknown
userdata keys are rejected, because a typo should not silently run against the wrong target.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

KNOWN_KEYS = ("target", "headed", "reports", "mail_port", "worker")
TRUE = {"1", "true", "yes", "on"}
FALSE = {"", "0", "false", "no", "off"}


class SettingsError(ValueError):
    """A setting has a value the harness cannot use."""


@dataclass(frozen=True)
class Settings:
    target: str | None  # None: start our own reference app
    headed: bool
    reports: Path
    mail_port: int | None = None  # None: any free port
    worker: str = ""  # set by --jobs: this process's number, to name its files

    @property
    def app_log(self) -> Path:
        suffix = f".worker-{self.worker}" if self.worker else ""
        return self.reports / f"reference_app{suffix}.log"


def from_userdata(userdata: Mapping[str, str], environ: Mapping[str, str] = os.environ) -> Settings:
    unknown = sorted(set(userdata) - set(KNOWN_KEYS))
    if unknown:
        raise SettingsError(
            f"unknown userdata {', '.join(unknown)}; known: {', '.join(KNOWN_KEYS)}"
        )

    def value(key: str, default: str = "") -> str:
        return str(userdata.get(key, environ.get(f"RESETSPEC_{key.upper()}", default)))

    return Settings(
        target=target_url(value("target")),
        headed=flag("headed", value("headed")),
        reports=Path(value("reports", "reports")),
        mail_port=port_number(value("mail_port")),
        worker=value("worker"),
    )


def target_url(raw: str) -> str | None:
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(f"target {raw!r} is not an http(s) URL such as http://host:8000")
    return raw.rstrip("/")


def flag(name: str, raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in TRUE | FALSE:
        return lowered in TRUE
    raise SettingsError(f"{name}={raw!r} is not a yes/no value; use 1 or 0")


def port_number(raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"mail_port={raw!r} is not a port between 1 and 65535")
    return int(raw)
