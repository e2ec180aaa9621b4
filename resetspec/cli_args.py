"""Command lines that fail in one line: the parser and the number type every command uses.

``resetspec run``, ``bench``, ``mutants``, ``flake`` and ``make load`` share them, so a QA
engineer reads the same kind of message whatever the command: ``<command>: <what is wrong>
(see --help)`` on one line, exit status 2, nothing started.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn


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
