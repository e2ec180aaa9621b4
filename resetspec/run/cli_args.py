"""The one command-line tree: ``resetspec COMMAND``, each command's arguments in one parser.

``run``'s arguments are here; ``doc`` and ``merge`` add theirs from ``livingdoc/cli.py``; the
proof commands (``bench``, ``mutants``, ``flake``, ``conformance``) from ``proof/arguments.py``,
which loads neither Playwright nor the app. Each command's own ``main(argv)`` parses with this
same tree (``command_line``), so ``resetspec bench --help`` and ``python -m`` read alike.
"""

from __future__ import annotations

import argparse
import os

from resetspec.livingdoc import cli as livingdoc_cli
from resetspec.proof import arguments as proof_arguments
from resetspec.run.arg_types import (
    OneLineParser,
    bounded,
    port,
    seed,
    shard,
    surface,
    url,
    websocket,
)
from resetspec.run.settings import DRIVERS, TRACES

MAX_DEFAULT_WORKERS = 8
# The other commands: a sentence each, and who adds their arguments.
COMMANDS = {
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
    adders = {
        "doc": livingdoc_cli.add_doc_arguments,
        "merge": livingdoc_cli.add_merge_arguments,
        "bench": proof_arguments.add_bench,
        "mutants": proof_arguments.add_mutants,
        "flake": proof_arguments.add_flake,
        "conformance": proof_arguments.add_conformance,
    }
    for name, sentence in COMMANDS.items():
        adders[name](commands.add_parser(name, help=sentence, description=sentence + "."))
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


def command_line(command: str, argv: list[str] | None) -> argparse.Namespace:
    """``argv`` read as ``resetspec COMMAND …``: a command's own ``main`` parses through the
    tree, with the same messages and ``--help``."""
    return parser().parse_args([command, *(argv or [])])


def default_workers() -> int:
    """One per core: each worker keeps a core busy (its browser or its share of the app)."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))
