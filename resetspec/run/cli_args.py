"""Command lines that fail in one line: the parser and the types every command uses, and
the top parser with ``run``'s arguments.

``resetspec run``, ``bench``, ``mutants``, ``flake`` and ``make load`` share them, so a QA
engineer reads the same kind of message whatever the command: ``<command>: <what is wrong>
(see --help)`` on one line, exit status 2, nothing started.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from resetspec.run import schedule
from resetspec.run.settings import (
    DRIVERS,
    TRACES,
    SettingsError,
    surface_file,
    target_url,
    ws_url,
)


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


MAX_DEFAULT_WORKERS = 8
# The other commands, each with its own parser (and --help) in its own module.
DELEGATED = {
    "doc": "write the living documentation from the last run's results (or --dry-run: the spec)",
    "merge": "merge the results folders of several workers or CI shards into one set of reports",
    "bench": "measure the harness's overhead and the speed-ups of workers and the HTTP driver",
    "mutants": "run each rule mutant of the reference app against its rule: the kill matrix",
    "flake": "run the whole suite N times and report every failure, to find flaky examples",
    "conformance": "check a deployment against the contract before any example: one line each",
}
EXIT_CODES = (
    "exit codes: 0 at least one example ran and none failed; 1 an example failed; 2 a bad"
    " command line; 3 the run could not start; 5 nothing selected, or everything skipped"
)


def parser() -> OneLineParser:
    top = OneLineParser(
        prog="resetspec",
        description="The executable specification's runner: `resetspec COMMAND --help` for each.",
        epilog=EXIT_CODES,
    )
    commands = top.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=OneLineParser
    )
    run = commands.add_parser(
        "run",
        help="run the features (all, or some by tag or path) with behave, on a browser or HTTP",
        description="Run the features with behave, against our reference app or a --target.",
        epilog=EXIT_CODES,
    )
    for name, sentence in DELEGATED.items():
        commands.add_parser(name, help=sentence, add_help=False)
    run.add_argument("paths", nargs="*", help="feature files or folders (default: features/)")
    run.add_argument(
        "--tags", action="append", default=[], help="behave tag expression, e.g. @G07 (repeatable)"
    )
    run.add_argument("--target", type=url, help="base URL of a deployment with the hooks on")
    run.add_argument("--mail-port", type=port, help="port of the mail sink (for a --target)")
    run.add_argument("--surface", type=surface, help="the target's page vocabulary (TOML)")
    run.add_argument("--headed", action="store_true", help="show the browser")
    run.add_argument("--seed", type=seed, help="seed of the generated data (RESETSPEC_SEED)")
    run.add_argument(
        "--workers",
        "--jobs",
        type=bounded(1, 16),
        dest="workers",
        help=f"behave processes on one app and sink (default: one per core, {default_workers()})",
    )
    run.add_argument("--driver", choices=DRIVERS, default="browser", help="protocol driver")
    run.add_argument("--shard", type=shard, help="I/N: run only CI shard I of N")
    run.add_argument("--browser-ws", type=websocket, help="a Playwright server's ws:// URL")
    run.add_argument(
        "--trace",
        choices=TRACES,
        default="actions",
        help="what a failed browser example's trace holds; full adds DOM snapshots (slower)",
    )
    run.add_argument(
        "--no-rerun",
        action="store_true",
        help="do not run a failed browser example again with DOM snapshots in its trace",
    )
    run.add_argument("-f", "--format", action="append", default=[], help="behave formatter")
    run.add_argument(
        "--dry-run",
        action="store_true",
        help="only check that every selected step has a definition; runs nothing, writes nothing",
    )
    return top


def default_workers() -> int:
    """One per core: each worker keeps a core busy (its browser or its share of the app)."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))
