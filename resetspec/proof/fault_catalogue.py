"""The reference app's rule mutants, read as data from `reference_app/faults.toml`.

The harness imports nothing of the app: the catalogue the app switches on (RESETSPEC_FAULTS) is a
file both read, so `resetspec mutants` runs without Flask and a bad file gets one line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from resetspec.proof.checkout import ROOT

FILE = ROOT / "reference_app" / "faults.toml"


@dataclass(frozen=True)
class Fault:
    """One mutant: the rule it breaks, what it does, and the pytest tests that also judge it."""

    name: str
    rule: str
    description: str
    pytest: str | None = None


def load(path: Path = FILE) -> tuple[Fault, ...]:
    """Every fault of the catalogue file, in its order; SystemExit with one line if it is bad."""
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8"))["fault"]
        return tuple(Fault(**entry) for entry in entries)
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise SystemExit(f"resetspec: the fault catalogue {path} cannot be read: {error}") from None


CATALOGUE = load()
BY_NAME = {fault.name: fault for fault in CATALOGUE}
