"""The types every command's arguments use, and the parser whose errors are one line.

``resetspec run``, ``doc``, ``merge``, ``bench``, ``mutants``, ``flake``, ``conformance`` and
``make load`` share them, so a QA engineer reads the same kind of message whatever the
command: ``<command>: <what is wrong> (see --help)`` on one line, exit status 2, nothing
started. A leaf: it imports no command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from resetspec.run import schedule
from resetspec.run.settings import SettingsError, surface_file, target_url, ws_url


def refuse(prog: str, message: str) -> NoReturn:
    """What argparse cannot check, said as its own errors are: one line, exit status 2."""
    sys.stderr.write(f"{prog}: {message} (see --help)\n")
    raise SystemExit(2)


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, with exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def whole_number(raw: str) -> int:
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number from {low} to {high}")
        return int(raw)

    return whole_number


def url(raw: str) -> str:
    try:
        found = target_url(raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if found is None:
        raise argparse.ArgumentTypeError("an empty target; give a URL such as http://host:8000")
    return found


def port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port between 1 and 65535")
    return int(raw)


def shard(raw: str) -> tuple[int, int]:
    try:
        return schedule.parse_shard(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def websocket(raw: str) -> str:
    try:
        return ws_url(raw) or ""
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def seed(raw: str) -> int:
    if not raw.isdigit():
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number")
    return int(raw)


def surface(raw: str) -> str:
    """A surface file that exists and reads, as an absolute path (workers run elsewhere)."""
    try:
        surface_file(raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return str(Path(raw).resolve())


def comma_set(known: tuple[str, ...]) -> Callable[[str], set[str]]:
    """An argparse type: a comma list, each a name of ``known``."""

    def names(raw: str) -> set[str]:
        chosen = {part.strip() for part in raw.split(",") if part.strip()}
        unknown = sorted(chosen - set(known))
        if unknown or not chosen:
            raise argparse.ArgumentTypeError(
                f"{raw!r} names none or an unknown one; use {', '.join(known)}"
            )
        return chosen

    return names
