"""The proof commands' arguments, for the one command-line tree (``run/cli_args.py``).

Kept apart from the commands themselves, so that building ``resetspec --help`` loads neither
Playwright (the bench) nor the reference app's catalogue (the mutants): only argparse and the
shared types. Each command reads its defaults here too.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from resetspec.run.arg_types import bounded, comma_set, surface, url

ROOT = Path(__file__).resolve().parents[2]
REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or ROOT / "reports")
MEASURES = ("journey", "workers", "http")
CORES = os.cpu_count() or 1


def add_bench(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repeat", type=bounded(1, 50), default=3, help="repetitions (medians)")
    parser.add_argument(
        "--journeys", type=bounded(1, 200), default=6, help="journeys per repetition"
    )
    parser.add_argument(
        "--only",
        type=comma_set(MEASURES),
        default=set(MEASURES),
        help=f"comma list of {', '.join(MEASURES)}",
    )


def add_mutants(parser: argparse.ArgumentParser) -> None:
    """Three kinds of mutants: the rule mutants (the kill matrix), cosmic-ray's mechanical ones
    (``--mechanical``) and a folder of bug patches (``--patches``)."""
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--mechanical", action="store_true", help="cosmic-ray's mutants of mutation/scope.toml"
    )
    kind.add_argument("--patches", type=Path, metavar="DIR", help="a folder of *.patch bugs")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="one rule mutant by name, or (--mechanical) one module of the scope; repeatable",
    )
    parser.add_argument("--jobs", type=bounded(1, 16), default=CORES, help="runs at once")
    parser.add_argument(
        "--out",
        type=Path,
        help="where the report goes (default reports/mutants, or reports/mutation)",
    )
    parser.add_argument("--driver", default="browser", help="the rule mutants' driver")
    parser.add_argument(
        "--no-baseline", action="store_true", help="rule mutants: skip the fault-free run"
    )
    parser.add_argument("--fresh", action="store_true", help="--mechanical: discard sessions")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="--patches: the checkout the bugs go into"
    )


def add_flake(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=bounded(1, 100), default=20, help="whole-suite runs")
    parser.add_argument("--jobs", type=bounded(1, 16), default=1, help="behave processes per run")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "reports" / "flake", help="where the runs and report go"
    )


def add_conformance(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target", type=url, required=True, help="base URL")
    parser.add_argument("--surface", type=surface, help="its page vocabulary")
    parser.add_argument("--mail-port", type=bounded(1, 65535), help="where it sends its mail")
