"""Running ``resetspec run`` in a folder of its own, and reading what it reported."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from resetspec.livingdoc.results import load
from resetspec.run import schedule

ROOT = Path(__file__).resolve().parents[2]
RUN_SECONDS = 300


def run(reports: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RESETSPEC_REPORTS": str(reports)}
    env.pop("RESETSPEC_WORKER", None)
    command = [sys.executable, "-m", "resetspec.run.cli", "run", "-f", "progress", *options]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_SECONDS
    )


def ran_per_file(reports: Path) -> Counter[str]:
    """How many results files report each example as run (passed, failed or skipped)."""
    counted: Counter[str] = Counter()
    for file in sorted((reports / "results").glob("results-*.json")):
        counted.update(k for k, e in load(file).examples.items() if e["status"] != "untested")
    return counted


def selected(tags: str) -> set[str]:
    return {unit.id for unit in schedule.select(["features"], [tags])}
