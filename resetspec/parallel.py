"""``resetspec run --jobs N``: the feature files shared among N behave processes.

Each worker is a whole harness (its own app, mail sink and Chromium), so nothing is shared
but the machine; scenarios were written to run in any order, and this keeps them honest.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from behave.parser import parse_file


def scenario_count(path: Path) -> int:
    feature = parse_file(str(path))
    return sum(1 for _ in feature.walk_scenarios(with_outlines=False)) if feature else 0


def share(paths: list[Path], jobs: int) -> list[list[Path]]:
    """Largest files first, each to the least loaded worker."""
    groups: list[list[Path]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for path in sorted(paths, key=scenario_count, reverse=True):
        lightest = loads.index(min(loads))
        groups[lightest].append(path)
        loads[lightest] += scenario_count(path)
    return [group for group in groups if group]


def feature_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths or ["features"]:
        path = Path(raw)
        found += sorted(path.glob("*.feature")) if path.is_dir() else [path]
    return found


def run_workers(behave_args: list[str], paths: list[str], jobs: int, reports: Path) -> int:
    """Start every worker, wait for all, print each one's log; the worst exit code wins."""
    workers = []
    for number, group in enumerate(share(feature_files(paths), jobs), start=1):
        log = reports / f"worker-{number}.log"
        command = [sys.executable, "-m", "behave", *behave_args, "-D", f"worker={number}"]
        with log.open("w") as out:
            process = subprocess.Popen(
                [*command, *map(str, group)], stdout=out, stderr=subprocess.STDOUT
            )
        workers.append((number, process, log))
    codes = []
    for number, process, log in workers:
        codes.append(process.wait())
        print(f"---- worker {number} ({log}) ----")
        print(log.read_text(errors="replace"), end="")
    return max(codes, default=0)
