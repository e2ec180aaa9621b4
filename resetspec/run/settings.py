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

from resetspec.drivers.surface import SurfaceError, load

KNOWN_KEYS = (
    "target",
    "headed",
    "reports",
    "mail_port",
    "worker",
    "driver",
    "app",
    "mail_hub",
    "browser_ws",
    "trace",
    "claims",
    "stretch",
    "events",
    "surface",
)
DRIVERS = ("browser", "http")
# What a browser example records for the trace kept when it fails: nothing; its actions,
# network and console; or those and a DOM snapshot before and after every action, which
# costs about 100 ms an example (docs/speed.md).
TRACES = ("off", "actions", "full")
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
    worker: str = ""  # set by --workers: this process's number, to name its files
    driver: str = "browser"  # the protocol driver: "browser" (Playwright) or "http"
    app: str | None = None  # a reference app the parent `resetspec run` started for its workers
    mail_hub: str | None = None  # the parent's mail sink, over HTTP (resetspec.mail.mailhub)
    browser_ws: str | None = None  # a Playwright browser server to connect to
    trace: str = "actions"  # one of TRACES
    claims: Path | None = None  # set by --workers: the folder of claims (resetspec.run.claims)
    surface: Path | None = None  # the target's page vocabulary; None: the reference app's

    @property
    def shared_app_log(self) -> Path:
        """The log of the app the parent of ``--workers`` started for all of them."""
        return self.reports / "reference_app.log"

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
    # A worker's expected share is read by its progress line alone; a bad one is refused here.
    count("stretch", str(userdata.get("stretch", "")))

    def value(key: str, default: str = "") -> str:
        return str(userdata.get(key, environ.get(f"RESETSPEC_{key.upper()}", default)))

    return Settings(
        target=target_url(value("target")),
        headed=flag("headed", value("headed")),
        reports=Path(value("reports", "reports")),
        mail_port=port_number(value("mail_port")),
        worker=value("worker"),
        driver=driver_name(value("driver", "browser")),
        app=target_url(value("app")),
        mail_hub=target_url(value("mail_hub")),
        browser_ws=ws_url(value("browser_ws")),
        trace=trace_level(value("trace", "actions")),
        claims=claims_folder(value("claims")),
        surface=surface_file(value("surface")),
    )


def target_url(raw: str) -> str | None:
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(f"target {raw!r} is not an http(s) URL such as http://host:8000")
    return raw.rstrip("/")


def surface_file(raw: str) -> Path | None:
    """A surface file, checked now: a bad one stops the run before anything starts."""
    if not raw:
        return None
    try:
        load(Path(raw))
    except SurfaceError as exc:
        raise SettingsError(str(exc)) from None
    return Path(raw)


def driver_name(raw: str) -> str:
    if raw not in DRIVERS:
        raise SettingsError(f"driver={raw!r} is not a driver; use {' or '.join(DRIVERS)}")
    return raw


def trace_level(raw: str) -> str:
    if raw not in TRACES:
        raise SettingsError(f"trace={raw!r} is not a trace level; use {', '.join(TRACES)}")
    return raw


def ws_url(raw: str) -> str | None:
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("ws", "wss") or not parsed.netloc:
        raise SettingsError(f"browser_ws {raw!r} is not a ws:// URL such as ws://host:3000/")
    return raw


def claims_folder(raw: str) -> Path | None:
    if not raw:
        return None
    if not Path(raw).is_dir():
        raise SettingsError(f"claims={raw!r} is not a folder; resetspec run --workers makes it")
    return Path(raw)


def count(name: str, raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit():
        raise SettingsError(f"{name}={raw!r} is not a whole number")
    return int(raw)


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
