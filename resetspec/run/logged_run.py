"""A command run in the checkout with its output in a log file and a deadline.

``resetspec mutants`` and ``resetspec flake`` run whole suites this way: a hang must not stall
the others, so it ends the command and counts as exit status 124 (as ``timeout`` says it).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMED_OUT = 124


def run_logged(command: list[str], env: dict[str, str], log: Path, seconds: float) -> int:
    """The command's exit status; its output, both streams, in ``log``."""
    with log.open("w") as out:
        try:
            return subprocess.run(
                command,
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=seconds,
                check=False,
            ).returncode
        except subprocess.TimeoutExpired:
            return TIMED_OUT
